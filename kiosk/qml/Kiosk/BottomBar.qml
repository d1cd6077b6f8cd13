import QtQuick

// The bar of large controls along the bottom of every screen.
Rectangle {
    id: bar
    default property alias content: row.data
    property alias trailing: trailingRow.data
    implicitHeight: Theme.buttonHeight + Theme.px(48)
    color: Theme.surface
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Controls")

    Rectangle { anchors.top: parent.top; width: parent.width; height: Theme.px(2); color: "#2E2E36" }

    Row {
        id: row
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(24)
    }
    Row {
        id: trailingRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(24)
    }
}
