pragma ComponentBehavior: Bound
import QtQuick

// "3 of 8" with a dot per panel; the pack's accent marks where the visitor is.
Row {
    id: dots
    required property int count
    required property int current
    property color accent: Theme.accent
    // Without the dots when the bar is crowded (long labels in some languages): "3 of 8" stays.
    property bool compact: false
    // The width with the dots, whether they are shown or not, so a bar can decide on it.
    readonly property real fullWidth: dotRow.implicitWidth + spacing + label.implicitWidth
    spacing: Theme.px(24)
    Accessible.role: Accessible.Indicator
    Accessible.name: label.text

    Row {
        id: dotRow
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(12)
        visible: dots.count <= 10 && !dots.compact
        Repeater {
            model: dots.count
            Rectangle {
                required property int index
                width: Theme.px(index === dots.current ? 36 : 14)
                height: Theme.px(14)
                radius: height / 2
                color: index === dots.current ? dots.accent : Theme.textSecondary
                Behavior on width { NumberAnimation { duration: Theme.ms(150) } }
            }
        }
    }
    TextMetrics {
        id: widestPosition
        font: label.font
        text: qsTr("%1 of %2").arg(dots.count).arg(dots.count)
    }
    Text {
        id: label
        objectName: "positionLabel"
        // As wide as "10 of 10", so the buttons after it do not move as the number changes.
        width: Math.ceil(widestPosition.advanceWidth)
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("%1 of %2").arg(dots.current + 1).arg(dots.count)
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Theme.bodySize
        font.weight: Font.Bold
    }
}
