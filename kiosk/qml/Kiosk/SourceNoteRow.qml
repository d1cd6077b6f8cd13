import QtQuick

// One work a panel cites, short form, as a 72 px touch target that opens its full entry.
Rectangle {
    id: row
    required property QtObject viewModel
    property var note: undefined
    objectName: note ? "sourceNote_" + note.sourceId : ""
    visible: note !== undefined
    width: parent ? parent.width : 0
    height: visible ? Math.max(Theme.minTarget, entry.implicitHeight + Theme.px(24)) : 0
    radius: Theme.px(10)
    color: tap.pressed ? Theme.pressed : "transparent"
    Accessible.role: Accessible.Button
    Accessible.name: note ? qsTr("Source %1: %2").arg(note.number).arg(note.text.replace(/<[^>]*>/g, ""))
                          : ""
    Accessible.onPressAction: row.open()

    function open() {
        if (row.note)
            row.viewModel.activateLink("cite:" + row.note.sourceId)
    }

    Row {
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(16)
        Text {
            width: Theme.px(40)
            text: row.note ? "[" + row.note.number + "]" : ""
            color: Theme.citation
            font.family: Theme.sans
            font.pixelSize: Theme.captionSize
            Accessible.ignored: true
        }
        Text {
            id: entry
            width: row.width - Theme.px(56)
            text: row.note ? row.note.text : ""
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
        onTapped: row.open()
    }
}
