import QtQuick

// The bar of large controls along the bottom of every screen. Display settings and the
// language switch are on every screen, at the right.
Rectangle {
    id: bar
    required property QtObject viewModel
    default property alias content: row.data
    property alias trailing: extraRow.data
    // The width of the controls at the right, for screens that fit their own controls beside.
    readonly property real trailingWidth: rightRow.implicitWidth
    readonly property real spacing: Theme.px(24)
    implicitHeight: Theme.buttonHeight + Theme.px(48)
    color: Theme.surface
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Controls")

    Rectangle { anchors.top: parent.top; width: parent.width; height: Theme.px(2); color: Theme.divider }

    Row {
        id: row
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(24)
    }
    Row {
        id: rightRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(24)
        Row { id: extraRow; spacing: Theme.px(24) }
        KioskButton {
            objectName: "displayButton"
            label: qsTr("Display")
            glyph: "Aa"
            onActivated: bar.viewModel.openSettings()
        }
        KioskButton {
            objectName: "languageButton"
            visible: bar.viewModel.nextLanguageName !== ""
            label: bar.viewModel.nextLanguageName
            onActivated: bar.viewModel.cycleLanguage()
        }
    }
}
