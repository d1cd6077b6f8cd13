pragma ComponentBehavior: Bound
import QtQuick

// Display choices for this visit: text size, contrast and motion. All reset for the next visitor.
Item {
    id: sheetRoot
    required property QtObject viewModel
    readonly property QtObject display: viewModel.display
    objectName: "displaySheet"
    visible: viewModel.settingsOpen

    Scrim {
        anchors.fill: parent
        onDismissed: sheetRoot.viewModel.closeSettings()
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1240))
        height: column.implicitHeight + Theme.px(96)
        radius: Theme.px(20)
        color: Theme.surface
        border.width: Theme.px(2)
        border.color: Theme.divider
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Display settings")
        InputBlocker { anchors.fill: parent }

        Column {
            id: column
            x: Theme.px(56)
            y: Theme.px(48)
            width: parent.width - Theme.px(112)
            spacing: Theme.px(36)

            Item {
                width: parent.width
                height: Theme.buttonHeight
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Display settings")
                    color: Theme.text
                    font.family: Theme.serif
                    font.pixelSize: Theme.subheadingSize
                    font.weight: Font.Bold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskButton {
                    objectName: "closeDisplayButton"
                    anchors.right: parent.right
                    label: qsTr("Close")
                    glyph: "×"
                    onActivated: sheetRoot.viewModel.closeSettings()
                }
            }
            ChoiceRow {
                title: qsTr("Text size")
                choices: [qsTr("Standard"), qsTr("Large"), qsTr("Largest")]
                names: ["textStandard", "textLarge", "textLargest"]
                current: sheetRoot.display.textSizeStep
                onChosen: index => sheetRoot.display.setTextSize(index)
            }
            ChoiceRow {
                title: qsTr("Contrast")
                choices: [qsTr("Standard"), qsTr("High contrast")]
                names: ["contrastStandard", "contrastHigh"]
                current: sheetRoot.display.highContrast ? 1 : 0
                onChosen: index => sheetRoot.display.setHighContrast(index === 1)
            }
            ChoiceRow {
                title: qsTr("Motion")
                choices: [qsTr("Standard"), qsTr("Reduced motion")]
                names: ["motionStandard", "motionReduced"]
                current: sheetRoot.display.reducedMotion ? 1 : 0
                onChosen: index => sheetRoot.display.setReducedMotion(index === 1)
            }
        }
    }

    component ChoiceRow: Column {
        id: row
        required property string title
        required property var choices
        required property var names
        required property int current
        signal chosen(int index)
        width: parent ? parent.width : 0
        spacing: Theme.px(14)
        Text {
            text: row.title
            color: Theme.textSecondary
            font.family: Theme.sans
            font.pixelSize: Theme.px(26)
            font.weight: Font.Bold
        }
        Row {
            spacing: Theme.px(20)
            Repeater {
                model: row.choices
                KioskButton {
                    required property int index
                    required property string modelData
                    objectName: row.names[index]
                    label: modelData
                    selected: index === row.current
                    onActivated: row.chosen(index)
                }
            }
        }
    }
}
