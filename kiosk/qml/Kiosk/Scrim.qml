import QtQuick

// Dims what is behind a sheet or card; a tap on it closes what is open, and no touch on it
// reaches the screen beneath.
Rectangle {
    id: scrim
    signal dismissed()
    color: Theme.scrim
    Accessible.ignored: true
    InputBlocker {
        anchors.fill: parent
        onReleased: scrim.dismissed()
    }
    Behavior on opacity { NumberAnimation { duration: Theme.ms(150) } }
}
