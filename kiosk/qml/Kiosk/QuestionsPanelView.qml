pragma ComponentBehavior: Bound
import QtQuick

// Questions visitors ask; tapping a question opens its answer (and closes the one open).
Item {
    id: view
    required property QtObject viewModel
    required property var panel
    property int openIndex: -1

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        // Room below the last line for the "More below" fade, only when there is more to see.
        contentHeight: column.implicitHeight + (column.implicitHeight > height ? Theme.px(48) : 0)
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        clip: true
        Column {
            id: column
            width: Math.min(scroller.width, Theme.textColumn + Theme.px(56))
            spacing: Theme.px(20)
            PanelHeading { width: parent.width; text: view.panel.title }
            BodyText {
                visible: text !== ""
                width: parent.width
                viewModel: view.viewModel
                text: view.panel.intro
            }
            Repeater {
                model: view.panel.questions
                Column {
                    id: item
                    required property var modelData
                    required property int index
                    readonly property bool open: view.openIndex === index
                    width: column.width
                    spacing: Theme.px(12)
                    Rectangle {
                        objectName: "question_" + item.index
                        width: parent.width
                        height: Math.max(Theme.buttonHeight, questionText.implicitHeight + Theme.px(40))
                        radius: Theme.px(14)
                        color: tap.pressed || item.open ? Theme.pressed : Theme.buttonFill
                        border.width: Theme.px(2)
                        border.color: item.open ? Theme.text : Theme.buttonBorder
                        Accessible.role: Accessible.Button
                        Accessible.name: item.modelData.question
                        Accessible.checkable: true
                        Accessible.checked: item.open
                        Accessible.onPressAction: view.openIndex = item.open ? -1 : item.index
                        Text {
                            id: questionText
                            anchors.verticalCenter: parent.verticalCenter
                            x: Theme.px(28)
                            width: parent.width - Theme.px(120)
                            text: item.modelData.question
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.bodySize
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.px(32)
                            anchors.verticalCenter: parent.verticalCenter
                            text: item.open ? "−" : "+"
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.px(44)
                            Accessible.ignored: true
                        }
                        TapHandler {
                            id: tap
                            gesturePolicy: TapHandler.ReleaseWithinBounds
                            onTapped: view.openIndex = item.open ? -1 : item.index
                        }
                    }
                    BodyText {
                        objectName: "answer_" + item.index
                        visible: item.open
                        x: Theme.px(28)
                        width: parent.width - Theme.px(56)
                        viewModel: view.viewModel
                        text: item.modelData.answer
                    }
                }
            }
        }
    }
    ScrollCue { anchors.fill: scroller; flickable: scroller }
    ScrollBar {
        flickable: scroller
        x: Theme.margin + column.width + Theme.px(24)
        anchors.top: scroller.top
        anchors.bottom: scroller.bottom
    }
}
