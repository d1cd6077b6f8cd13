pragma Singleton
import QtQuick

// Sizes are design pixels at 1080p; px() scales them with the shorter side of the window, so
// landscape 1920x1080 and portrait 1080x1920 read at the same size. Colours come from the
// Python palettes (kiosk/ui/palettes.py), where their contrast is tested.
QtObject {
    id: theme

    property real scale: 1.0
    property real textScale: 1.0
    property bool reducedMotion: false
    property var colours: ({})

    function px(value: real): real { return Math.round(value * scale) }
    // Reading text grows with the visitor's text-size choice; controls keep their size.
    function textPx(value: real): real { return Math.round(value * scale * textScale) }
    function ms(value: int): int { return reducedMotion ? 0 : value }
    function fade(colour: color, alpha: real): color {
        return Qt.rgba(colour.r, colour.g, colour.b, alpha)
    }

    readonly property color background: colours.background ?? "#16161A"
    readonly property color surface: colours.surface ?? "#202026"
    readonly property color surfaceRaised: colours.surfaceRaised ?? "#2A2A31"
    readonly property color text: colours.text ?? "#EDEAE4"
    readonly property color textSecondary: colours.textSecondary ?? "#B8B3AA"
    readonly property color accent: colours.accent ?? "#E4534F"
    readonly property color citation: colours.citation ?? "#E9D29A"
    readonly property color buttonFill: colours.buttonFill ?? "#26262D"
    readonly property color buttonBorder: colours.buttonBorder ?? "#7A7A86"
    readonly property color pressed: colours.pressed ?? "#3A3A44"
    readonly property color divider: colours.divider ?? "#3A3A44"
    readonly property color scrim: colours.scrim ?? "#CC08080A"

    readonly property string serif: "PT Serif"
    readonly property string sans: "PT Sans"

    readonly property real margin: px(96)
    readonly property real gutter: px(32)
    readonly property real displaySize: px(88)
    readonly property real titleSize: Math.round(px(58) * (1 + (textScale - 1) * 0.5))
    readonly property real subheadingSize: px(40)
    readonly property real bodySize: textPx(30)
    readonly property real captionSize: textPx(24)
    readonly property real buttonHeight: px(96)
    readonly property real buttonTextSize: px(30)
    readonly property real minTarget: px(72)
    // The measure of body text: about 65-68 characters a line of 30 px PT Sans (an average of
    // ~12.4 px a character), the same number of characters as the text grows. 800 px (62-64
    // characters) with a line height of 1.45 made 53 of the 60 bundled panels scroll at the
    // standard size; 840 px and 1.35 leave 43 scrolling (6 of them timelines), each with the
    // "More below" cue. Views cap it at
    // the room they have; tests/test_text_layout.py measures it.
    readonly property real textColumn: Math.round(px(840) * textScale)
}
