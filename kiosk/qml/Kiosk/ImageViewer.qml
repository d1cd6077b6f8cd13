import QtQuick

// An image full screen: pinch to zoom, drag to pan, large zoom buttons for those who cannot
// pinch (no double tap needed), and a large Close button.
Item {
    id: viewer
    required property QtObject viewModel
    objectName: "imageViewer"
    visible: viewModel.imageOpen

    property real zoom: 1.0
    readonly property real minZoom: 1.0
    readonly property real maxZoom: 5.0
    function setZoom(value: real) {
        zoom = Math.max(minZoom, Math.min(maxZoom, value))
        if (zoom === 1.0) {
            photo.x = 0
            photo.y = 0
        }
    }
    onVisibleChanged: setZoom(1.0)

    Rectangle { anchors.fill: parent; color: "#000000" }
    InputBlocker { anchors.fill: parent }

    Item {
        id: stage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: bar.top
        clip: true

        Image {
            id: photo
            objectName: "viewerImage"
            width: stage.width
            height: stage.height
            source: viewer.viewModel.viewerImageUrl
            sourceSize.width: Math.ceil(stage.width * 2)
            sourceSize.height: Math.ceil(stage.height * 2)
            fillMode: Image.PreserveAspectFit
            scale: viewer.zoom
            Behavior on scale { NumberAnimation { duration: Theme.ms(150) } }
            Accessible.role: Accessible.Graphic
            Accessible.name: viewer.viewModel.viewerImageAlt
        }
        PinchHandler {
            id: pinch
            objectName: "viewerPinch"
            target: null
            property real startZoom: 1.0
            onActiveChanged: if (active) startZoom = viewer.zoom
            onActiveScaleChanged: if (active) viewer.setZoom(startZoom * activeScale)
        }
        DragHandler {
            target: photo
            enabled: viewer.zoom > 1.0
        }
    }

    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(Theme.buttonHeight + Theme.px(48), info.implicitHeight + Theme.px(48))
        color: Theme.surface
        Column {
            id: info
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.right: buttons.left
            anchors.rightMargin: Theme.gutter
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(6)
            Text {
                width: parent.width
                visible: text !== ""
                text: viewer.viewModel.viewerCaption
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.captionSize
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: viewer.viewModel.viewerCredit
                color: Theme.textSecondary
                font.family: Theme.sans
                font.pixelSize: Theme.px(22)
                wrapMode: Text.WordWrap
            }
        }
        Row {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(24)
            KioskButton {
                objectName: "zoomOutButton"
                label: qsTr("Zoom out")
                glyph: "−"
                enabled: viewer.zoom > viewer.minZoom
                onActivated: viewer.setZoom(viewer.zoom / 1.5)
            }
            KioskButton {
                objectName: "zoomInButton"
                label: qsTr("Zoom in")
                glyph: "+"
                enabled: viewer.zoom < viewer.maxZoom
                onActivated: viewer.setZoom(viewer.zoom * 1.5)
            }
            KioskButton {
                objectName: "closeImageButton"
                label: qsTr("Close")
                glyph: "×"
                primary: true
                onActivated: viewer.viewModel.closeImage()
            }
        }
    }
}
