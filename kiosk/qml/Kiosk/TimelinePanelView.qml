pragma ComponentBehavior: Bound
import QtQuick

// A timeline panel: dated events down a rule in the pack's accent colour.
Item {
    id: view
    required property QtObject viewModel
    required property var panel
    property color accent: Theme.accent

    Flickable {
        id: scroller
        objectName: "timeline"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        // Room below the last line for the "More below" fade, only when there is more to see.
        contentHeight: column.implicitHeight + (column.implicitHeight > height ? Theme.px(48) : 0)
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height
        clip: true

        Column {
            id: column
            width: scroller.width
            spacing: Theme.px(24)
            PanelHeading {
                width: Math.min(parent.width, Theme.textColumn + Theme.px(200))
                text: view.panel.title
            }
            BodyText {
                visible: text !== ""
                width: Math.min(parent.width, Theme.textColumn)
                viewModel: view.viewModel
                text: view.panel.intro
            }
            Column {
                width: parent.width
                spacing: 0
                Repeater {
                    model: view.panel.events
                    Item {
                        id: event
                        required property var modelData
                        required property int index
                        width: parent.width
                        height: Math.max(eventText.implicitHeight, dateText.implicitHeight) + Theme.px(30)
                        Accessible.role: Accessible.ListItem
                        Accessible.name: modelData.date + ": " + modelData.title + ". "
                                         + modelData.text.replace(/<[^>]*>/g, "")

                        Text {
                            id: dateText
                            width: Theme.px(330)
                            text: event.modelData.date
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.px(28)
                            font.weight: Font.Bold
                            horizontalAlignment: Text.AlignRight
                            wrapMode: Text.WordWrap
                        }
                        Rectangle {
                            x: Theme.px(360)
                            y: Theme.px(10)
                            width: Theme.px(18); height: width; radius: width / 2
                            color: view.accent
                        }
                        Rectangle {
                            x: Theme.px(368)
                            y: Theme.px(34)
                            width: Theme.px(2)
                            height: parent.height - Theme.px(30)
                            color: Theme.divider
                        }
                        Column {
                            id: eventText
                            x: Theme.px(410)
                            width: Math.min(parent.width - x, Theme.textColumn)
                            spacing: Theme.px(4)
                            Text {
                                width: parent.width
                                text: event.modelData.title
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.bodySize
                                font.weight: Font.Bold
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                width: parent.width
                                visible: text !== ""
                                text: event.modelData.text
                                textFormat: Text.RichText
                                onLinkActivated: link => view.viewModel.activateLink(link)
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.px(28)
                                lineHeight: 1.35
                                wrapMode: Text.WordWrap
                            }
                        }
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
