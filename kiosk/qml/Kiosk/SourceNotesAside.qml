pragma ComponentBehavior: Bound
import QtQuick

// The works a panel rests on, in the column beside its text; built only when it is shown
// (a panel without an image, in landscape). Anchor its left edge to the text column.
Loader {
    id: aside
    required property QtObject viewModel
    required property var panel
    property bool wanted: true
    active: wanted && panel.sourceNotes.length > 0
    sourceComponent: SourceNotes {
        viewModel: aside.viewModel
        notes: aside.panel.sourceNotes
    }
}
