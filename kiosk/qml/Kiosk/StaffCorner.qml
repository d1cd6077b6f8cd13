import QtQuick

// The hidden staff gesture: press and hold the top-left corner for three seconds.
Item {
    id: corner
    required property QtObject viewModel
    objectName: "staffCorner"
    width: Theme.px(120)
    height: Theme.px(120)
    Accessible.ignored: true
    TapHandler {
        objectName: "staffLongPress"
        longPressThreshold: 3
        onLongPressed: corner.viewModel.staff.requestAccess()
    }
}
