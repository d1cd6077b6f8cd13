import QtQuick

// Takes every touch and click that nothing above it used, so nothing beneath an overlay
// (or beneath a disabled button on it) can be pressed by accident.
MultiPointTouchArea {
    mouseEnabled: true
    Accessible.ignored: true
}
