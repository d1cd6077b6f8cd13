pragma ComponentBehavior: Bound
import QtQuick

// The full citations behind the current panel, on a sheet that slides up over the panel.
Item {
    id: sheetRoot
    required property QtObject viewModel
    readonly property bool open: viewModel.sourcesOpen
    objectName: "sourcesSheet"
    visible: open || sheet.y < height

    Scrim {
        anchors.fill: parent
        opacity: sheetRoot.open ? 1 : 0
        onDismissed: sheetRoot.viewModel.closeSources()
    }

    Rectangle {
        id: sheet
        width: parent.width
        height: Math.max(parent.height * 0.62, Theme.px(560))
        y: sheetRoot.open ? parent.height - height : parent.height
        color: Theme.surface
        radius: Theme.px(24)
        Behavior on y { NumberAnimation { duration: Theme.ms(200); easing.type: Easing.OutCubic } }
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Sources for this panel")

        InputBlocker { anchors.fill: parent }

        Item {
            id: header
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            height: Theme.buttonHeight + Theme.px(56)
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Sources for this panel")
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.subheadingSize
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskButton {
                objectName: "closeSourcesButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                label: qsTr("Close")
                glyph: "×"
                onActivated: sheetRoot.viewModel.closeSources()
            }
        }

        ListView {
            id: list
            objectName: "sourcesList"
            // Nothing built ahead (a ListView's default is 320 px of delegates made asynchronously):
            // rows here are replaced wholesale, and Qt warns when it cancels a delegate it was still
            // building at a row that no longer exists (QTBUG-46487; seen once in a 466,000-event soak).
            cacheBuffer: 0
            anchors.top: header.bottom
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            anchors.bottomMargin: Theme.px(32)
            spacing: Theme.px(20)
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            // Built only while the sheet shows: the rows follow the current panel, and a
            // closed sheet that kept its list would build every entry (and its QR code) again
            // on every Next, inside the frame that shows the next panel.
            model: sheetRoot.visible ? sheetRoot.viewModel.sources : null
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sources")
            delegate: Rectangle {
                id: entry
                required property int number
                required property string sourceId
                required property string citation
                required property string url
                required property bool highlighted
                required property string qrUrl
                // From the data, not qr.visible: the list hides entries scrolled out of view,
                // and a height that followed that would loop (a binding loop on "height").
                readonly property bool hasQr: qrUrl !== ""
                objectName: "source_" + sourceId
                width: list.width
                height: Math.max(entryText.implicitHeight, Theme.px(56), hasQr ? qr.height : 0)
                        + Theme.px(40)
                radius: Theme.px(12)
                color: highlighted ? Theme.surfaceRaised : "transparent"
                border.width: highlighted ? Theme.px(2) : 0
                border.color: sheetRoot.viewModel.packAccent
                Accessible.role: Accessible.ListItem
                Accessible.name: number + ". " + citation.replace(/<[^>]*>/g, "")

                Rectangle {
                    x: Theme.px(20)
                    y: Theme.px(20)
                    width: Theme.px(56); height: width; radius: width / 2
                    color: "transparent"
                    border.width: Theme.px(2)
                    border.color: Theme.citation
                    visible: entry.number > 0
                    Text {
                        anchors.centerIn: parent
                        text: entry.number
                        color: Theme.citation
                        font.family: Theme.sans
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.Bold
                    }
                }
                Text {
                    id: entryText
                    x: Theme.px(104)
                    y: Theme.px(20)
                    width: Math.min(parent.width - x - Theme.px(40) - (entry.hasQr ? qr.width : 0),
                                    Theme.px(1400))
                    text: entry.number > 0 ? entry.citation
                                           : "<b>" + qsTr("Read more") + ":</b> " + entry.citation
                    textFormat: Text.RichText
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(26)
                    lineHeight: 1.35
                    wrapMode: Text.Wrap
                }
                Image {
                    id: qr
                    objectName: "qr_" + entry.sourceId
                    visible: entry.hasQr
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(20)
                    y: Theme.px(20)
                    width: Theme.px(132)
                    height: width
                    source: entry.qrUrl
                    sourceSize.width: width
                    smooth: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code for %1").arg(entry.url)
                }
            }
        }
    }
}
