import QtQuick

// One pack on the home screen: its cover, accent, title and one-line summary.
Item {
    id: tile

    required property int index
    required property string packId
    required property string title
    required property string summary
    required property string accent
    required property string coverUrl
    required property string coverAlt
    required property int panelCount
    // The square box the cover is decoded into: set from the screen, not from the tile's own
    // size, which changes several times while the grid lays out (each change decoded the
    // cover again, once at full size, on the first frame).
    property int coverEdge: 0
    // False only until a starting kiosk's first frame: see HomeScreen.coversReady.
    property bool coverReady: true
    // The height the title and whole summary need at this width; the grid grows every tile to
    // the tallest need, so no summary is cut.
    readonly property real neededHeight: words.implicitHeight + Theme.px(104)
    signal chosen(int index)

    objectName: "packTile_" + packId
    Accessible.role: Accessible.Button
    Accessible.name: title + ". " + summary
    Accessible.onPressAction: tile.chosen(tile.index)

    Rectangle {
        id: card
        anchors.fill: parent
        radius: Theme.px(16)
        color: Theme.surface
        clip: true
        border.width: Theme.px(2)
        border.color: tap.pressed ? tile.accent : Theme.divider

        Image {
            id: cover
            objectName: "packCover"
            anchors.fill: parent
            source: tile.coverEdge > 0 && tile.coverReady ? tile.coverUrl : ""
            sourceSize.width: tile.coverEdge
            sourceSize.height: tile.coverEdge
            fillMode: Image.PreserveAspectCrop
            asynchronous: false
            opacity: 0.85
            Accessible.ignored: true
        }
        Rectangle {
            anchors.fill: parent
            gradient: Gradient {
                GradientStop { position: 0.0; color: Theme.fade(Theme.background, 0.0) }
                GradientStop { position: 0.45; color: Theme.fade(Theme.background, 0.7) }
                GradientStop { position: 1.0; color: Theme.fade(Theme.background, 0.95) }
            }
        }
        Rectangle {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Theme.px(10)
            color: tile.accent
        }
        Column {
            id: words
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.px(32)
            anchors.leftMargin: Theme.px(40)
            spacing: Theme.px(8)
            Text {
                width: parent.width
                text: tile.title
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.px(42)
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: tile.summary
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.captionSize
                wrapMode: Text.WordWrap
                lineHeight: 1.2
            }
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: tile.chosen(tile.index)
    }
}
