import QtQuick

// A primary-source quotation, large, with who said it, when, and its context.
Item {
    id: view
    required property QtObject viewModel
    required property var panel
    readonly property bool hasImage: panel.images.length > 0
    readonly property bool portrait: height > width
    // The works cited go beside the quotation while there is comfortable room, else below it.
    readonly property bool notesBeside: width - 2 * Theme.margin - column.width - Theme.px(96) >= Theme.px(480)

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: view.hasImage ? parent.width * 0.4 : Theme.margin
        // Room below the last line for the "More below" fade, only when there is more to see.
        contentHeight: column.implicitHeight + (column.implicitHeight > height ? Theme.px(48) : 0)
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true
        Column {
            id: column
            width: Math.min(scroller.width, Theme.textColumn)
            spacing: Theme.px(28)
            PanelHeading { width: parent.width; text: view.panel.title }
            Row {
                width: parent.width
                spacing: Theme.px(28)
                Rectangle {
                    width: Theme.px(8)
                    height: quoteText.height
                    color: view.viewModel.packAccent
                }
                Text {
                    id: quoteText
                    objectName: "quoteText"
                    width: parent.width - Theme.px(36)
                    text: view.panel.quote  // with the quotation marks of its language
                    color: Theme.text
                    font.family: Theme.serif
                    font.italic: true
                    font.pixelSize: Theme.textPx(40)
                    lineHeight: 1.35
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Quotation") + ": " + view.panel.quote
                }
            }
            Text {
                objectName: "quoteSpeaker"
                width: parent.width
                text: "— " + view.panel.speaker + ", " + view.panel.dateLabel
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.bodySize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            BodyText {
                visible: text !== ""
                width: parent.width
                viewModel: view.viewModel
                text: view.panel.contextHtml
            }
            SourceNotesAside {
                width: parent.width
                viewModel: view.viewModel
                panel: view.panel
                wanted: !view.hasImage && !view.portrait && !view.notesBeside
            }
        }
    }
    PanelImage {
        visible: view.hasImage
        viewModel: view.viewModel
        image: view.hasImage ? view.panel.images[0]
                             : ({url: "", alt: "", caption: "", credit: "", sensitive: false, sensitiveNote: ""})
        imageIndex: 0
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: parent.top
        width: parent.width * 0.4 - Theme.margin - Theme.px(48)
        maxImageHeight: view.height * 0.66
    }
    SourceNotesAside {
        viewModel: view.viewModel
        panel: view.panel
        wanted: !view.hasImage && !view.portrait && view.notesBeside
        // Both edges anchored (an x beside a right anchor is ignored, and the notes shrank to
        // their implicit width at the far right, spilling onto the next page).
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin + column.width + Theme.px(96)
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: parent.top
        anchors.topMargin: Theme.px(8)
    }
    ScrollCue {
        anchors.left: scroller.left
        anchors.top: scroller.top
        anchors.bottom: scroller.bottom
        width: column.width
        flickable: scroller
    }
    ScrollBar {
        flickable: scroller
        x: Theme.margin + column.width + Theme.px(24)
        anchors.top: scroller.top
        anchors.bottom: scroller.bottom
    }
}
