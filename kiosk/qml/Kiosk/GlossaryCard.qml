import QtQuick

// A short definition of a glossary term tapped in panel text.
Item {
    id: cardRoot
    required property QtObject viewModel
    objectName: "glossaryCard"
    visible: viewModel.glossaryOpen

    Scrim {
        anchors.fill: parent
        onDismissed: cardRoot.viewModel.closeGlossary()
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1100))
        height: column.implicitHeight + Theme.px(96)
        radius: Theme.px(20)
        color: Theme.surface
        border.width: Theme.px(2)
        border.color: Theme.divider
        Accessible.role: Accessible.Dialog
        Accessible.name: cardRoot.viewModel.glossaryTerm
        InputBlocker { anchors.fill: parent }
        Column {
            id: column
            x: Theme.px(56)
            y: Theme.px(48)
            width: parent.width - Theme.px(112)
            spacing: Theme.px(24)
            Text {
                width: parent.width
                text: cardRoot.viewModel.glossaryTerm
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.subheadingSize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: cardRoot.viewModel.glossaryDefinition
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.bodySize
                lineHeight: 1.45
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "closeGlossaryButton"
                label: qsTr("Close")
                glyph: "×"
                onActivated: cardRoot.viewModel.closeGlossary()
            }
        }
    }
}
