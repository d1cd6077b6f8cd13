import QtQuick

// A pack's opening screen: cover, title, summary and, where the pack has one, its content
// advisory, with "Begin" and "Back to the exhibit" of equal weight.
Item {
    id: packScreen
    required property QtObject viewModel
    objectName: "packScreen"

    readonly property bool portrait: height > width

    Image {
        id: cover
        objectName: "packCover"
        anchors.right: parent.right
        anchors.top: parent.top
        width: packScreen.portrait ? parent.width : parent.width * 0.42
        height: packScreen.portrait ? parent.height * 0.3 : parent.height - bar.height
        source: packScreen.viewModel.packCoverUrl
        sourceSize.width: Math.ceil(width)
        sourceSize.height: Math.ceil(height)
        fillMode: Image.PreserveAspectCrop
        Accessible.role: Accessible.Graphic
        Accessible.name: packScreen.viewModel.packCoverAlt
    }
    Rectangle {
        anchors.fill: cover
        gradient: Gradient {
            orientation: packScreen.portrait ? Gradient.Vertical : Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.fade(Theme.background, packScreen.portrait ? 0 : 1) }
            GradientStop { position: 0.35; color: Theme.fade(Theme.background, 0.4) }
            GradientStop { position: 1.0; color: Theme.fade(Theme.background, packScreen.portrait ? 1 : 0) }
        }
    }

    Flickable {
        id: scroller
        anchors.left: parent.left
        anchors.top: packScreen.portrait ? cover.bottom : parent.top
        anchors.bottom: packScreen.portrait && readMore.visible ? readMore.top : actions.top
        anchors.bottomMargin: Theme.px(16)
        // In landscape the text stops short of the read-more box at the bottom right.
        width: packScreen.portrait ? parent.width
                                   : readMore.visible ? Math.min(parent.width * 0.62, readMore.x - Theme.px(32))
                                                      : parent.width * 0.62
        contentHeight: column.implicitHeight + Theme.px(120)
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true

        Column {
            id: column
            x: Theme.margin
            y: Theme.px(96)
            width: Math.min(scroller.width - Theme.margin - Theme.gutter, Theme.px(1040))
            spacing: Theme.px(28)

            Rectangle { width: Theme.px(96); height: Theme.px(6); color: packScreen.viewModel.packAccent }
            Text {
                objectName: "packTitle"
                width: parent.width
                text: packScreen.viewModel.packTitle
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.displaySize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                lineHeight: 1.05
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                width: parent.width
                text: packScreen.viewModel.packSummary
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.px(36)
                wrapMode: Text.WordWrap
                lineHeight: 1.3
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                text: qsTr("Panels in this section: %1").arg(packScreen.viewModel.panelCount)
                color: Theme.textSecondary
                font.family: Theme.sans
                font.pixelSize: Theme.captionSize
            }
            Rectangle {
                objectName: "advisory"
                visible: packScreen.viewModel.packAdvisory !== ""
                width: parent.width
                height: advisoryColumn.implicitHeight + Theme.px(56)
                radius: Theme.px(14)
                color: Theme.surface
                border.width: Theme.px(2)
                border.color: Theme.divider
                Accessible.role: Accessible.Note
                Accessible.name: qsTr("Content advisory") + ". " + packScreen.viewModel.packAdvisory
                Column {
                    id: advisoryColumn
                    x: Theme.px(36)
                    y: Theme.px(28)
                    width: parent.width - Theme.px(72)
                    spacing: Theme.px(10)
                    Text {
                        text: qsTr("Content advisory")
                        color: Theme.textSecondary
                        font.family: Theme.sans
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.Bold
                        font.capitalization: Font.AllUppercase
                        font.letterSpacing: Theme.px(2)
                    }
                    Text {
                        width: parent.width
                        text: packScreen.viewModel.packAdvisory
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                        lineHeight: 1.35
                    }
                }
            }
        }
    }

    // Begin and Back stay in view above the bar, whatever the length of the text above them
    // (which scrolls, with a cue, when large text makes it longer than the screen).
    Row {
        id: actions
        objectName: "packActions"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.bottom: bar.top
        anchors.bottomMargin: Theme.px(40)
        spacing: Theme.px(24)
        KioskButton {
            id: beginButton
            objectName: "beginButton"
            width: Math.max(implicitWidth, backButton.implicitWidth)
            label: qsTr("Begin")
            glyph: "›"
            glyphAfter: true
            onActivated: packScreen.viewModel.begin()
        }
        KioskButton {
            id: backButton
            objectName: "backToExhibitButton"
            width: beginButton.width
            label: qsTr("Back to the exhibit")
            onActivated: packScreen.viewModel.goHome()
        }
    }

    ScrollCue { anchors.fill: scroller; flickable: scroller }

    // Beside Begin and Back in landscape; above them in portrait, where the row is too narrow
    // for both (it covered the buttons there).
    Row {
        id: readMore
        objectName: "packReadMore"
        visible: packScreen.viewModel.packReadMoreQr !== ""
        anchors.right: packScreen.portrait ? undefined : parent.right
        anchors.left: packScreen.portrait ? parent.left : undefined
        anchors.bottom: packScreen.portrait ? actions.top : bar.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: packScreen.portrait ? Theme.px(32) : Theme.px(40)
        spacing: Theme.px(20)
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Read more") + ": " + packScreen.viewModel.packReadMore
        Rectangle {
            width: readMoreText.width + Theme.px(40)
            height: qrImage.height
            color: Theme.fade(Theme.background, 0.85)
            radius: Theme.px(10)
            Column {
                id: readMoreText
                anchors.centerIn: parent
                width: Math.min(urlText.implicitWidth, Theme.px(520))
                Text {
                    text: qsTr("Read more")
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(22)
                    font.weight: Font.Bold
                }
                Text {
                    id: urlText
                    width: parent.width
                    text: packScreen.viewModel.packReadMore
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(22)
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
        Image {
            id: qrImage
            width: Theme.px(150)
            height: width
            source: packScreen.viewModel.packReadMoreQr
            sourceSize.width: width
            smooth: false
        }
    }

    BottomBar {
        id: bar
        viewModel: packScreen.viewModel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        KioskButton {
            objectName: "homeButton"
            label: qsTr("Home")
            onActivated: packScreen.viewModel.goHome()
        }
    }
}
