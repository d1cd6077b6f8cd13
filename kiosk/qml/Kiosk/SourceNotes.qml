pragma ComponentBehavior: Bound
import QtQuick

// "This panel draws on": the short form of each work a panel cites, numbered as its marks in
// the text. Tapping one opens the sources sheet at that entry.
Column {
    id: notes
    required property QtObject viewModel
    required property var notes
    objectName: "sourceNotes"
    spacing: Theme.px(8)
    Accessible.role: Accessible.List
    Accessible.name: heading.text

    Rectangle { width: Theme.px(48); height: Theme.px(4); color: Theme.divider }
    Text {
        id: heading
        text: qsTr("This panel draws on")
        color: Theme.textSecondary
        font.family: Theme.sans
        font.pixelSize: Theme.captionSize
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.px(2)
        bottomPadding: Theme.px(4)
    }
    Repeater {
        model: notes.notes
        delegate: Rectangle {
            id: note
            required property var modelData
            objectName: "sourceNote_" + modelData.sourceId
            width: notes.width
            height: Math.max(Theme.minTarget, entry.implicitHeight + Theme.px(24))
            radius: Theme.px(10)
            color: tap.pressed ? Theme.pressed : "transparent"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Source %1: %2").arg(modelData.number)
                                 .arg(modelData.text.replace(/<[^>]*>/g, ""))
            Accessible.onPressAction: notes.viewModel.activateLink("cite:" + note.modelData.sourceId)
            Row {
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.px(16)
                Text {
                    width: Theme.px(40)
                    text: "[" + note.modelData.number + "]"
                    color: Theme.citation
                    font.family: Theme.sans
                    font.pixelSize: Theme.captionSize
                    Accessible.ignored: true
                }
                Text {
                    id: entry
                    width: note.width - Theme.px(56)
                    text: note.modelData.text
                    textFormat: Text.StyledText
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.captionSize
                    lineHeight: 1.3
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
            TapHandler {
                id: tap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: notes.viewModel.activateLink("cite:" + note.modelData.sourceId)
            }
        }
    }
}
