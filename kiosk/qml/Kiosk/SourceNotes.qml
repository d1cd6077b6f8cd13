import QtQuick

// "This panel draws on": the short form of each work a panel cites, numbered as its marks in
// the text. Tapping one opens the sources sheet at that entry.
//
// Eight fixed rows, not a Repeater: these lists sit inside the panel list's pages, and a
// Repeater there is built asynchronously with its page; when the visitor opens another pack
// mid-build, Qt cancels its half-built rows and warns ("DelegateModel::cancel: index out
// range"). A text panel rests on at most a handful of works; the rest are under Sources.
Column {
    id: notes
    required property QtObject viewModel
    required property var notes
    readonly property int shown: 8
    objectName: "sourceNotes"
    spacing: Theme.px(8)
    Accessible.role: Accessible.List
    Accessible.name: heading.text

    Rectangle { width: Theme.px(48); height: Theme.px(4); color: Theme.divider }
    Text {
        id: heading
        width: notes.width
        wrapMode: Text.WordWrap
        text: qsTr("This panel draws on")
        color: Theme.textSecondary
        font.family: Theme.sans
        font.pixelSize: Theme.captionSize
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.px(2)
        bottomPadding: Theme.px(4)
    }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[0] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[1] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[2] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[3] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[4] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[5] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[6] }
    SourceNoteRow { viewModel: notes.viewModel; note: notes.notes[7] }
    Text {
        visible: notes.notes.length > notes.shown
        text: qsTr("More under Sources")
        color: Theme.textSecondary
        font.family: Theme.sans
        font.pixelSize: Theme.captionSize
    }
}
