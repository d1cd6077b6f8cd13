import QtQuick

// A large labelled touch button. TapHandler takes touch and mouse once each, so a touch
// never also fires through a synthesized mouse event.
Rectangle {
    id: button

    required property string label
    property string glyph: ""
    property bool glyphAfter: false
    property bool primary: false
    property bool selected: false
    property color accentColour: Theme.accent
    signal activated()

    implicitHeight: Theme.buttonHeight
    implicitWidth: Math.max(Theme.px(176), content.implicitWidth + Theme.px(72))
    radius: Theme.px(14)
    color: tap.pressed || selected ? Theme.pressed : Theme.buttonFill
    border.width: Theme.px(primary || selected ? 4 : 2)
    border.color: selected ? Theme.text : (primary ? accentColour : Theme.buttonBorder)
    opacity: enabled ? 1.0 : 0.35

    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.checkable: selected
    Accessible.checked: selected
    Accessible.focusable: true
    Accessible.onPressAction: if (button.enabled) button.activated()

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.px(14)
        layoutDirection: button.glyphAfter ? Qt.RightToLeft : Qt.LeftToRight
        Text {
            visible: button.glyph !== ""
            text: button.glyph
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.px(44)
            anchors.verticalCenter: parent.verticalCenter
            Accessible.ignored: true
        }
        Text {
            text: button.label
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.buttonTextSize
            font.weight: Font.Bold
            anchors.verticalCenter: parent.verticalCenter
            Accessible.ignored: true
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.activated()
    }
}
