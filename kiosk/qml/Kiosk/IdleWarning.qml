import QtQuick

// The countdown before a visit is reset. Any touch anywhere continues the visit.
Item {
    id: warning
    required property QtObject viewModel
    objectName: "idleWarning"
    visible: viewModel.idle.phase === "warning" && viewModel.screen !== "attract"

    Scrim { anchors.fill: parent }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1100))
        height: column.implicitHeight + Theme.px(96)
        radius: Theme.px(20)
        color: Theme.surface
        border.width: Theme.px(2)
        border.color: Theme.divider
        Accessible.role: Accessible.AlertMessage
        Accessible.name: message.text
        Column {
            id: column
            x: Theme.px(56)
            y: Theme.px(48)
            width: parent.width - Theme.px(112)
            spacing: Theme.px(28)
            Text {
                text: qsTr("Are you still there?")
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.subheadingSize
                font.weight: Font.Bold
            }
            Text {
                id: message
                objectName: "idleCountdown"
                width: parent.width
                text: qsTr("The exhibit will start again in %1 seconds.").arg(warning.viewModel.idle.secondsLeft)
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "continueButton"
                label: qsTr("Continue")
                primary: true
                onActivated: warning.viewModel.idle.noteActivity()
            }
        }
    }
}
