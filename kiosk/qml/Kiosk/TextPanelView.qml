import QtQuick

// A text panel: title, a readable column of text that scrolls when long, and an image beside it.
Item {
    id: view
    required property QtObject viewModel
    required property string title
    required property string bodyHtml
    required property string imageUrl
    required property string imageAlt
    required property string imageCaption
    required property string imageCredit

    readonly property bool portrait: height > width
    readonly property bool hasImage: imageUrl !== ""

    Flickable {
        id: scroller
        objectName: "panelText"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: view.portrait && view.hasImage ? figure.top : parent.bottom
        anchors.leftMargin: Theme.margin
        width: view.hasImage && !view.portrait
               ? Math.min(Theme.textColumn, parent.width * 0.52)
               : Math.min(Theme.textColumn + Theme.px(120), parent.width - 2 * Theme.margin)
        contentHeight: textColumn.implicitHeight + Theme.px(48)
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height
        clip: true

        Column {
            id: textColumn
            width: scroller.width
            spacing: Theme.px(28)
            Text {
                objectName: "panelTitle"
                width: parent.width
                text: view.title
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.titleSize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                lineHeight: 1.1
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "panelBody"
                width: parent.width
                text: view.bodyHtml
                textFormat: Text.RichText
                color: Theme.text
                linkColor: Theme.citation
                font.family: Theme.sans
                font.pixelSize: Theme.bodySize
                lineHeight: 1.45
                wrapMode: Text.Wrap
                onLinkActivated: link => view.viewModel.activateLink(link)
                Accessible.role: Accessible.Paragraph
                Accessible.name: view.title
                Accessible.description: text.replace(/<[^>]*>/g, "")
            }
        }
    }

    Column {
        id: figure
        visible: view.hasImage
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.bottom: view.portrait ? parent.bottom : undefined
        anchors.top: view.portrait ? undefined : parent.top
        anchors.topMargin: Theme.px(8)
        width: view.portrait ? parent.width - 2 * Theme.margin
                             : parent.width - scroller.width - 2 * Theme.margin - Theme.px(64)
        spacing: Theme.px(14)
        Image {
            objectName: "panelImage"
            width: parent.width
            readonly property real maxHeight: view.portrait ? view.height * 0.35 : view.height * 0.72
            readonly property real aspect: implicitWidth > 0 ? implicitHeight / implicitWidth : 0.75
            height: Math.min(width * aspect, maxHeight)
            source: view.imageUrl
            sourceSize.width: Math.ceil(width)
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Enlarge image: %1").arg(view.imageAlt)
            Accessible.onPressAction: view.viewModel.openImage()
            TapHandler { onTapped: view.viewModel.openImage() }
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: view.imageCaption
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: view.imageCredit
            color: Theme.textSecondary
            font.family: Theme.sans
            font.pixelSize: Theme.px(22)
            wrapMode: Text.WordWrap
        }
        Text {
            text: qsTr("Tap the image to enlarge it")
            color: Theme.textSecondary
            font.family: Theme.sans
            font.pixelSize: Theme.px(22)
        }
    }
}
