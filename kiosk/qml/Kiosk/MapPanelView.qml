pragma ComponentBehavior: Bound
import QtQuick

// A map of the region with highlighted countries, labels, a legend and a note on borders.
Item {
    id: view
    required property QtObject viewModel
    required property var panel
    readonly property var map: panel.mapData

    // The title, intro, legend and note scroll when they are longer than the screen
    // (large text, a long note), so nothing is hidden under the bottom bar.
    Flickable {
        id: side
        objectName: "mapSide"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        width: Math.min(Theme.px(620), parent.width * 0.34)
        contentHeight: sideColumn.implicitHeight + Theme.px(24)
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height
        clip: true
        Column {
            id: sideColumn
            width: side.width
            spacing: Theme.px(24)
            PanelHeading { width: parent.width; text: view.panel.title }
            BodyText {
                visible: text !== ""
                width: parent.width
                viewModel: view.viewModel
                text: view.panel.intro
            }
            Column {
                objectName: "mapLegend"
                spacing: Theme.px(14)
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Legend")
                Repeater {
                    model: view.map.legend
                    Row {
                        required property var modelData
                        spacing: Theme.px(16)
                        Accessible.role: Accessible.ListItem
                        Accessible.name: modelData.label
                        Rectangle {
                            width: Theme.px(36); height: Theme.px(28)
                            anchors.verticalCenter: parent.verticalCenter
                            color: parent.modelData.colour
                        }
                        Text {
                            width: side.width - Theme.px(52)
                            text: parent.modelData.label
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.captionSize
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            BodyText {
                visible: text !== ""
                width: parent.width
                viewModel: view.viewModel
                font.pixelSize: Theme.captionSize
                color: Theme.textSecondary
                text: view.map.note
            }
        }
    }
    Item {
        id: mapArea
        anchors.left: side.right
        anchors.leftMargin: Theme.px(48)
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        readonly property real drawWidth: Math.min(width, height * view.map.aspect)
        readonly property real drawHeight: drawWidth / view.map.aspect

        Image {
            id: mapImage
            objectName: "mapImage"
            width: mapArea.drawWidth
            height: mapArea.drawHeight
            anchors.right: parent.right
            source: view.map.url
            sourceSize.width: Math.ceil(width)
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Map") + ": " + view.map.legend.map(g => g.label).join("; ")
        }
        Repeater {
            model: view.map.labels
            Text {
                required property var modelData
                x: mapImage.x + modelData.x * mapImage.width - width / 2
                y: mapImage.y + modelData.y * mapImage.height - height / 2
                text: modelData.text
                color: "#FFFFFF"
                style: Text.Outline
                styleColor: "#000000"
                font.family: Theme.sans
                font.pixelSize: Theme.px(22)
                font.weight: Font.Bold
            }
        }
    }
    ScrollCue { anchors.fill: side; flickable: side }
    ScrollBar {
        flickable: side
        anchors.left: side.right
        anchors.leftMargin: Theme.px(24)
        anchors.top: side.top
        anchors.bottom: side.bottom
    }
}
