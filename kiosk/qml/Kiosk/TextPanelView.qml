pragma ComponentBehavior: Bound
import QtQuick

// Title, a readable column of text that scrolls when long, and an image beside it (below it
// in portrait). A panel without an image shows, in the column beside its text, the works it
// rests on: evidence within reach, each one tap from its full entry.
Item {
    id: view
    required property QtObject viewModel
    required property var panel

    readonly property bool portrait: height > width
    readonly property bool hasImage: panel.images.length > 0
    readonly property bool showsSourceNotes: !hasImage && !portrait && panel.sourceNotes.length > 0
    // The works cited sit beside the text while that column can be a comfortable width, and
    // below the text (in its scrolling column) when large text leaves too little room.
    readonly property bool notesBeside: width - 2 * Theme.margin - scroller.width - Theme.px(96) >= Theme.px(480)

    Flickable {
        id: scroller
        objectName: "panelText"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: view.portrait && view.hasImage ? figure.top : parent.bottom
        anchors.leftMargin: Theme.margin
        width: view.hasImage && !view.portrait
               ? Math.min(Theme.textColumn, parent.width * 0.52)
               : Math.min(Theme.textColumn, parent.width - 2 * Theme.margin)
        // Room below the last line for the "More below" fade, only when there is more to see.
        contentHeight: textColumn.implicitHeight + (textColumn.implicitHeight > height ? Theme.px(48) : 0)
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height
        clip: true

        Column {
            id: textColumn
            width: scroller.width
            spacing: Theme.px(28)
            PanelHeading { width: parent.width; text: view.panel.title }
            BodyText {
                objectName: "panelBody"
                width: parent.width
                viewModel: view.viewModel
                text: view.panel.bodyHtml
            }
            SourceNotesAside {
                width: parent.width
                viewModel: view.viewModel
                panel: view.panel
                wanted: view.showsSourceNotes && !view.notesBeside
            }
        }
    }
    ScrollCue { anchors.fill: scroller; flickable: scroller }
    ScrollBar {
        flickable: scroller
        anchors.left: scroller.right
        anchors.leftMargin: Theme.px(24)
        anchors.top: scroller.top
        anchors.bottom: scroller.bottom
    }

    PanelImage {
        id: figure
        visible: view.hasImage
        viewModel: view.viewModel
        image: view.hasImage ? view.panel.images[0]
                             : ({url: "", alt: "", caption: "", credit: "", sensitive: false, sensitiveNote: ""})
        imageIndex: 0
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.bottom: view.portrait ? parent.bottom : undefined
        anchors.top: view.portrait ? undefined : parent.top
        anchors.topMargin: Theme.px(8)
        width: view.portrait ? parent.width - 2 * Theme.margin
                             : parent.width - scroller.width - 2 * Theme.margin - Theme.px(64)
        maxImageHeight: view.portrait ? view.height * 0.35 : view.height * 0.66
    }

    SourceNotesAside {
        viewModel: view.viewModel
        panel: view.panel
        wanted: view.showsSourceNotes && view.notesBeside
        anchors.left: scroller.right
        anchors.leftMargin: Theme.px(96)
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: parent.top
        anchors.topMargin: Theme.px(8)
    }
}
