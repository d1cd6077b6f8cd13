pragma Singleton
import QtQuick

// Sizes are design pixels at 1080p; px() scales them with the shorter side of the window,
// so landscape 1920x1080 and portrait 1080x1920 read at the same size.
QtObject {
    property real scale: 1.0
    property bool reducedMotion: false

    function px(value: real): real { return Math.round(value * scale) }
    function ms(value: int): int { return reducedMotion ? 0 : value }

    readonly property color background: "#16161A"
    readonly property color surface: "#202026"
    readonly property color surfaceRaised: "#2A2A31"
    readonly property color text: "#EDEAE4"
    readonly property color textSecondary: "#B8B3AA"
    readonly property color accent: "#E0474C"
    readonly property color citation: "#E9D29A"
    readonly property color buttonFill: "#26262D"
    readonly property color buttonBorder: "#55555F"
    readonly property color pressed: "#3A3A44"
    readonly property color scrim: "#CC08080A"

    readonly property string serif: "PT Serif"
    readonly property string sans: "PT Sans"

    readonly property real margin: px(96)
    readonly property real gutter: px(32)
    readonly property real displaySize: px(88)
    readonly property real titleSize: px(58)
    readonly property real subheadingSize: px(40)
    readonly property real bodySize: px(30)
    readonly property real captionSize: px(24)
    readonly property real buttonHeight: px(96)
    readonly property real minTarget: px(72)
    // About 65 characters of body text at 30 px PT Sans.
    readonly property real textColumn: px(1000)
}
