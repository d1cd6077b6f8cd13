pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// The kiosk window: one screen at a time, with the sources sheet and glossary card above.
Window {
    id: window
    required property QtObject viewModel
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    color: Theme.background
    title: viewModel.exhibitTitle

    // `kiosk run` draws its first frame with only the home screen's words and tiles. Python
    // then adds the image providers (kiosk.ui.engine.add_image_providers) and sets
    // imagesReady; the covers are drawn in the next frame, and the other screens are made
    // after that (together about 100 ms less before a visitor sees anything). Other users
    // make all of it at once.
    property bool deferScreens: false
    property bool imagesReady: !deferScreens
    property bool coversReady: !deferScreens
    property bool screensReady: !deferScreens
    onImagesReadyChanged: {
        if (imagesReady && !coversReady) {
            coversReady = true
            makeScreensAnyway.start()  // should the covers change nothing on screen
        }
    }
    onFrameSwapped: {
        if (coversReady && !screensReady && !makeScreens.running)
            makeScreens.start()
    }
    Timer { id: makeScreens; interval: 0; onTriggered: window.screensReady = true }
    Timer { id: makeScreensAnyway; interval: 200; onTriggered: window.screensReady = true }

    Binding { target: Theme; property: "scale"; value: Math.min(stage.width, stage.height) / 1080 }
    Binding { target: Theme; property: "reducedMotion"; value: window.viewModel.display.reducedMotion }
    Binding { target: Theme; property: "textScale"; value: window.viewModel.display.textScale }
    Binding { target: Theme; property: "colours"; value: window.viewModel.display.colours }

    Item {
        id: stage
        // A screen mounted on its side: turn the whole interface, and swap its sides.
        readonly property bool sideways: window.viewModel.rotation % 180 !== 0
        anchors.centerIn: parent
        width: sideways ? window.height : window.width
        height: sideways ? window.width : window.height
        rotation: window.viewModel.rotation

        HomeScreen {
            anchors.fill: parent
            viewModel: window.viewModel
            coversReady: window.coversReady
            visible: opacity > 0
            opacity: window.viewModel.screen === "home" ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.ms(150) } }
        }
        // The other screens by file name, not as inline components: Main's own compilation
        // then does not load their QML (and all it uses) before the first frame. Each is made
        // when screensReady turns true; its opacity and visibility are the Loader's.
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("PackScreen.qml", { viewModel: window.viewModel })
            visible: opacity > 0
            opacity: window.viewModel.screen === "pack" ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.ms(150) } }
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("PanelScreen.qml", { viewModel: window.viewModel })
            visible: opacity > 0
            opacity: window.viewModel.screen === "panel" ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.ms(150) } }
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("SourcesSheet.qml", { viewModel: window.viewModel })
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("GlossaryCard.qml", { viewModel: window.viewModel })
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("DisplaySheet.qml", { viewModel: window.viewModel })
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("ImageViewer.qml", { viewModel: window.viewModel })
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("IdleWarning.qml", { viewModel: window.viewModel })
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("AttractScreen.qml", { viewModel: window.viewModel })
            visible: opacity > 0
            opacity: window.viewModel.screen === "attract" ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.ms(400) } }
        }
        Loader {
            anchors.fill: parent
            active: window.screensReady
            Component.onCompleted: setSource("StaffOverlay.qml", { viewModel: window.viewModel })
        }
        StaffCorner {
            viewModel: window.viewModel
        }
        ProblemsBanner {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            viewModel: window.viewModel
        }
    }
}
