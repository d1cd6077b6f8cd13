pragma ComponentBehavior: Bound
import QtQuick

// The exhibit's front page: title, framing line and one large tile per pack.
Item {
    id: home
    required property QtObject viewModel
    objectName: "homeScreen"

    // A starting kiosk draws its first frame with every word and tile but without the covers,
    // which are decoration (their images are ignored by screen readers); they are drawn in the
    // next frame (Main.qml). Decoding six covers and scaling them in that first frame doubled
    // its cost; bench/cold_start.py reports both frames.
    property bool coversReady: true

    readonly property bool portrait: height > width
    readonly property int columns: portrait ? 2 : 3

    Column {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.px(72)
        spacing: Theme.px(12)
        Rectangle { width: Theme.px(96); height: Theme.px(6); color: Theme.accent }
        Text {
            objectName: "exhibitTitle"
            width: parent.width
            text: home.viewModel.exhibitTitle
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.displaySize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            width: Math.min(parent.width, Theme.px(1400))
            text: home.viewModel.exhibitTagline
            color: Theme.textSecondary
            font.family: Theme.sans
            font.pixelSize: Theme.px(34)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    GridView {
        id: grid
        objectName: "packGrid"
        // Nothing built ahead (a ListView's default is 320 px of delegates made asynchronously):
        // rows here are replaced wholesale, and Qt warns when it cancels a delegate it was still
        // building at a row that no longer exists (QTBUG-46487; seen once in a 466,000-event soak).
        cacheBuffer: 0
        anchors.top: header.bottom
        anchors.topMargin: Theme.px(48)
        anchors.bottom: bar.top
        anchors.bottomMargin: Theme.px(40)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin - Theme.gutter
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: home.viewModel.packs
        readonly property int rows: Math.max(1, Math.ceil(count / home.columns))
        cellWidth: width / home.columns
        // Each tile reports the height its words need; every row grows to the tallest, and the
        // grid scrolls (with a cue) if the rows no longer fit. Tiles report many times while
        // they are made and laid out; the reports are applied once per turn of the event loop,
        // not each on its own (that was 5 ms of a kiosk's cold start).
        property var needs: []
        property real tallest: 0
        function need(index: int, value: real) {
            needs[index] = value
            Qt.callLater(applyNeeds)
        }
        function applyNeeds() {
            tallest = needs.reduce((a, b) => Math.max(a, b || 0), 0)
        }
        cellHeight: Math.max(Theme.px(260), height / rows, tallest + Theme.gutter)
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Topics")
        delegate: PackTile {
            width: grid.cellWidth - Theme.gutter
            height: grid.cellHeight - Theme.gutter
            // Wide enough to cover a tall portrait tile too, once the cover is cropped.
            coverEdge: Math.ceil(Math.max(home.width, home.height) / home.columns)
            coverReady: home.coversReady
            onChosen: index => home.viewModel.openPack(index)
            onNeededHeightChanged: grid.need(index, neededHeight)
            Component.onCompleted: grid.need(index, neededHeight)
        }
    }
    ScrollCue { anchors.fill: grid; flickable: grid }

    BottomBar {
        id: bar
        viewModel: home.viewModel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        Text {
            text: qsTr("Touch a topic to begin")
            color: Theme.textSecondary
            font.family: Theme.sans
            font.pixelSize: Theme.bodySize
            height: Theme.buttonHeight
            verticalAlignment: Text.AlignVCenter
        }
    }
}
