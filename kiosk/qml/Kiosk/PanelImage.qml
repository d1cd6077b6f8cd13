import QtQuick

// One image with its caption and credit. Tap to enlarge. A sensitive image stays covered,
// with a description of what it shows, until the visitor chooses "Show image".
Column {
    id: figure
    required property QtObject viewModel
    required property var image
    required property int imageIndex
    property real maxImageHeight: Theme.px(600)
    readonly property bool covered: image.sensitive && viewModel.revealedImages.indexOf(image.url) < 0
    spacing: Theme.px(12)

    Item {
        width: figure.width
        height: figure.covered ? Math.max(coverColumn.implicitHeight + Theme.px(64), Theme.px(320))
                               : photo.height
        Image {
            id: photo
            objectName: "panelImage"
            visible: !figure.covered
            width: parent.width
            readonly property real aspect: implicitWidth > 0 ? implicitHeight / implicitWidth : 0.75
            height: Math.min(width * aspect, figure.maxImageHeight)
            source: figure.covered ? "" : figure.image.url
            // Decoded off the UI thread: a first decode never holds up the frame after a tap.
            asynchronous: true
            sourceSize.width: Math.ceil(width)
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Enlarge image: %1").arg(figure.image.alt)
            Accessible.onPressAction: figure.viewModel.openImage(figure.imageIndex)
            TapHandler { onTapped: figure.viewModel.openImage(figure.imageIndex) }
        }
        Rectangle {
            objectName: "sensitiveCover"
            visible: figure.covered
            anchors.fill: parent
            radius: Theme.px(12)
            color: Theme.surface
            border.width: Theme.px(2)
            border.color: Theme.divider
            Accessible.role: Accessible.Note
            Accessible.name: qsTr("Covered image") + ". " + figure.image.sensitiveNote
            Column {
                id: coverColumn
                anchors.centerIn: parent
                width: parent.width - Theme.px(64)
                spacing: Theme.px(20)
                Text {
                    width: parent.width
                    text: qsTr("This image is covered")
                    color: Theme.textSecondary
                    font.family: Theme.sans
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.Bold
                }
                Text {
                    width: parent.width
                    text: figure.image.sensitiveNote
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.captionSize
                    lineHeight: 1.3
                    wrapMode: Text.WordWrap
                }
                KioskButton {
                    objectName: "showImageButton"
                    label: qsTr("Show image")
                    onActivated: figure.viewModel.revealImage(figure.image.url)
                }
            }
        }
    }
    Text {
        width: figure.width
        visible: text !== ""
        text: figure.image.caption
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Theme.captionSize
        wrapMode: Text.WordWrap
    }
    Text {
        width: figure.width
        text: figure.image.credit
        color: Theme.textSecondary
        font.family: Theme.sans
        font.pixelSize: Theme.px(22)
        wrapMode: Text.WordWrap
    }
    Text {
        visible: !figure.covered
        text: qsTr("Tap the image to enlarge it")
        color: Theme.textSecondary
        font.family: Theme.sans
        font.pixelSize: Theme.px(22)
    }
}
