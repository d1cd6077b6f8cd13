pragma ComponentBehavior: Bound
import QtQuick

// In `kiosk preview`: the validator's problems, over the exhibit, until they are fixed.
Rectangle {
    id: banner
    required property QtObject viewModel
    objectName: "problemsBanner"
    visible: viewModel.problems.length > 0
    height: Math.min(list.contentHeight + Theme.px(110), parent ? parent.height * 0.5 : 400)
    color: "#3A1214"
    border.width: Theme.px(3)
    border.color: "#FF8A80"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: viewModel.problems.join("\n")
    Text {
        id: heading
        x: Theme.px(32)
        y: Theme.px(20)
        text: qsTr("This pack has problems; the kiosk would not show it:")
        color: "#FFFFFF"
        font.family: Theme.sans
        font.pixelSize: Theme.captionSize
        font.weight: Font.Bold
    }
    ListView {
        id: list
        cacheBuffer: 0  // as in SourcesSheet.qml: rows are replaced wholesale
        anchors.top: heading.bottom
        anchors.topMargin: Theme.px(16)
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(20)
        x: Theme.px(32)
        width: parent.width - Theme.px(64)
        clip: true
        spacing: Theme.px(8)
        model: banner.viewModel.problems
        delegate: Text {
            required property string modelData
            width: ListView.view.width
            text: modelData
            textFormat: Text.PlainText
            color: "#FFFFFF"
            font.family: "monospace"
            font.pixelSize: Theme.px(22)
            wrapMode: Text.WrapAnywhere
        }
    }
}
