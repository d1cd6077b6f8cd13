import QtQuick

// Dims what is behind a sheet or card; a tap on it closes what is open.
Rectangle {
    id: scrim
    signal dismissed()
    color: Theme.scrim
    Accessible.ignored: true
    TapHandler { onTapped: scrim.dismissed() }
    Behavior on opacity { NumberAnimation { duration: Theme.ms(150) } }
}
