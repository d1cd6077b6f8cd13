pragma ComponentBehavior: Bound
import QtQuick

// Several images in a grid, each with its caption and credit; tap one to enlarge it.
Item {
    id: view
    required property QtObject viewModel
    required property var panel
    readonly property int columns: width > height ? Math.min(3, panel.images.length) : 2

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        // Room below the last line for the "More below" fade, only when there is more to see.
        contentHeight: column.implicitHeight + (column.implicitHeight > height ? Theme.px(48) : 0)
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true
        Column {
            id: column
            width: scroller.width
            spacing: Theme.px(28)
            PanelHeading { width: Math.min(parent.width, Theme.textColumn + Theme.px(200)); text: view.panel.title }
            BodyText {
                visible: text !== ""
                width: Math.min(parent.width, Theme.textColumn)
                viewModel: view.viewModel
                text: view.panel.intro
            }
            Flow {
                width: parent.width
                spacing: Theme.gutter
                Repeater {
                    model: view.panel.images
                    PanelImage {
                        required property var modelData
                        required property int index
                        width: (column.width - (view.columns - 1) * Theme.gutter) / view.columns
                        viewModel: view.viewModel
                        image: modelData
                        imageIndex: index
                        maxImageHeight: view.height * 0.45
                    }
                }
            }
        }
    }
    ScrollCue { anchors.fill: scroller; flickable: scroller }
    ScrollBar {
        flickable: scroller
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(40)
        anchors.top: scroller.top
        anchors.bottom: scroller.bottom
    }
}
