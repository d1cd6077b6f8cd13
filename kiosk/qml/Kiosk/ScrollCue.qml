import QtQuick

// Tells the visitor a scrolling area has more below: the last lines fade into the background,
// a "More below" tab sits at the bottom edge, and a bar at the right shows how far down they
// are. Shown only while there is more to see; no hover, no motion needed (under reduced motion
// it appears and goes at once). Lay it over the area: anchors.fill the Flickable.
Item {
    id: cue
    required property Flickable flickable
    readonly property real overflow: flickable.contentHeight - flickable.height
    readonly property bool overflows: overflow > 1
    readonly property bool moreBelow: overflows
                                      && flickable.contentY + flickable.height < flickable.contentHeight - Theme.px(8)
    objectName: "moreBelow"
    visible: opacity > 0
    opacity: moreBelow ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.ms(150) } }
    Accessible.ignored: true

    Rectangle {
        id: fade
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.min(Theme.px(140), parent.height / 3)
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.fade(Theme.background, 0) }
            GradientStop { position: 0.75; color: Theme.fade(Theme.background, 0.92) }
            GradientStop { position: 1.0; color: Theme.background }
        }
    }
    Rectangle {
        objectName: "moreBelowLabel"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        width: label.implicitWidth + Theme.px(40)
        height: label.implicitHeight + Theme.px(12)
        radius: height / 2
        color: Theme.surfaceRaised
        border.width: Theme.px(2)
        border.color: Theme.buttonBorder
        Text {
            id: label
            anchors.centerIn: parent
            text: qsTr("More below") + "  ↓"
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.px(24)
            font.weight: Font.Bold
        }
    }
}
