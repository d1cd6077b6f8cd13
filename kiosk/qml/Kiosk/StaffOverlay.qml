pragma ComponentBehavior: Bound
import QtQuick

// For staff only: a PIN pad, then the status of every pack, reload, visibility and order, exit.
Item {
    id: overlay
    required property QtObject viewModel
    readonly property QtObject staff: viewModel.staff
    objectName: "staffOverlay"
    visible: staff.pinOpen || staff.menuOpen

    Rectangle { anchors.fill: parent; color: Theme.background }
    InputBlocker { anchors.fill: parent }

    // PIN pad
    Column {
        objectName: "pinPad"
        visible: overlay.staff.pinOpen
        anchors.centerIn: parent
        spacing: Theme.px(24)
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Staff PIN")
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.subheadingSize
            font.weight: Font.Bold
        }
        Text {
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            text: "●".repeat(overlay.staff.digitsEntered) || " "
            color: Theme.text
            font.pixelSize: Theme.px(40)
        }
        Text {
            objectName: "staffMessage"
            anchors.horizontalCenter: parent.horizontalCenter
            text: overlay.staff.message
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.captionSize
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.px(20)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                KioskButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    width: Theme.px(150)
                    label: modelData === "⌫" ? qsTr("Delete") : modelData
                    onActivated: {
                        if (modelData === "⌫") overlay.staff.deleteDigit()
                        else if (modelData === "OK") overlay.staff.submitPin()
                        else overlay.staff.enterDigit(modelData)
                    }
                }
            }
        }
        KioskButton {
            objectName: "pinCancel"
            anchors.horizontalCenter: parent.horizontalCenter
            label: qsTr("Cancel")
            onActivated: overlay.staff.close()
        }
    }

    // The menu
    Item {
        objectName: "staffMenu"
        visible: overlay.staff.menuOpen
        anchors.fill: parent
        anchors.margins: Theme.margin / 2
        Row {
            id: actions
            spacing: Theme.px(24)
            Text {
                text: qsTr("Staff menu")
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.subheadingSize
                font.weight: Font.Bold
                anchors.verticalCenter: parent.verticalCenter
            }
            KioskButton {
                objectName: "staffReload"
                label: qsTr("Reload packs")
                onActivated: overlay.staff.reload()
            }
            KioskButton {
                objectName: "staffClose"
                label: qsTr("Back to the exhibit")
                onActivated: overlay.staff.close()
            }
            KioskButton {
                objectName: "staffExit"
                label: qsTr("Close the kiosk")
                onActivated: overlay.staff.exitKiosk()
            }
        }
        ListView {
            objectName: "staffPackList"
            cacheBuffer: 0  // as in SourcesSheet.qml: rows are replaced wholesale
            anchors.top: actions.bottom
            anchors.topMargin: Theme.px(24)
            anchors.bottom: parent.bottom
            width: parent.width
            clip: true
            spacing: Theme.px(12)
            model: overlay.staff.packs
            delegate: Rectangle {
                id: packRow
                required property var modelData
                width: ListView.view.width
                height: Math.max(rowColumn.implicitHeight, buttons.height)
                        + Theme.px(28)
                radius: Theme.px(12)
                color: Theme.surface
                border.width: Theme.px(2)
                border.color: modelData.state === "shown" ? Theme.divider : Theme.accent
                Column {
                    id: rowColumn
                    x: Theme.px(20)
                    y: Theme.px(14)
                    width: parent.width - Theme.px(40) - buttons.width
                    spacing: Theme.px(6)
                    Text {
                        width: parent.width
                        text: packRow.modelData.title + (packRow.modelData.version ? "  ·  v" + packRow.modelData.version : "")
                              + "  ·  " + packRow.modelData.source + "  ·  " + packRow.modelData.state
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.Bold
                        elide: Text.ElideRight
                    }
                    Repeater {
                        model: packRow.modelData.errors
                        Text {
                            required property string modelData
                            width: rowColumn.width
                            text: modelData
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.px(22)
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }
                Row {
                    id: buttons
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(12)
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.px(16)
                    visible: packRow.modelData.packId !== ""
                    KioskButton {
                        label: packRow.modelData.state === "hidden" ? qsTr("Show") : qsTr("Hide")
                        onActivated: overlay.staff.toggleHidden(packRow.modelData.packId)
                    }
                    KioskButton {
                        label: "↑"
                        width: Theme.px(96)
                        onActivated: overlay.staff.move(packRow.modelData.packId, -1)
                    }
                    KioskButton {
                        label: "↓"
                        width: Theme.px(96)
                        onActivated: overlay.staff.move(packRow.modelData.packId, 1)
                    }
                }
            }
        }
    }
}
