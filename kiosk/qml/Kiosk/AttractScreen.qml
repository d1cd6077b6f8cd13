pragma ComponentBehavior: Bound
import QtQuick

// Shown when nobody has touched the kiosk for a while: pack covers cross-fade with a slow
// drift, and "Touch to begin" in every language. Nothing on it ever stands still, to spare
// the screen from burn-in; with reduced motion covers change without fading or drifting.
Item {
    id: attract
    required property QtObject viewModel
    objectName: "attractScreen"
    readonly property bool running: visible
    property int coverIndex: 0
    property int promptIndex: 0
    readonly property int coverCount: coverRepeater.count

    Rectangle { anchors.fill: parent; color: Theme.background }
    InputBlocker { anchors.fill: parent }

    Repeater {
        id: coverRepeater
        model: attract.viewModel.packs
        Image {
            id: cover
            required property int index
            required property string coverUrl
            required property string accent
            anchors.fill: parent
            // Decoded only while the attract screen shows (a full-screen image per pack, held
            // in memory and decoded on the UI thread at start-up otherwise), off the UI thread.
            source: attract.visible ? coverUrl : ""
            asynchronous: true
            sourceSize.width: Math.ceil(attract.width)
            sourceSize.height: Math.ceil(attract.height)
            fillMode: Image.PreserveAspectCrop
            opacity: index === attract.coverIndex ? 0.9 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.ms(2500) } }
            Accessible.ignored: true
            // A slow drift while shown.
            transform: Scale {
                origin.x: cover.width / 2
                origin.y: cover.height / 2
                xScale: drift.value
                yScale: drift.value
            }
            QtObject {
                id: drift
                property real value: 1.0
                NumberAnimation on value {
                    running: attract.running && !Theme.reducedMotion && cover.index === attract.coverIndex
                    from: 1.0; to: 1.08
                    duration: 24000
                }
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.fade(Theme.background, 0.25) }
            GradientStop { position: 0.6; color: Theme.fade(Theme.background, 0.75) }
            GradientStop { position: 1.0; color: Theme.fade(Theme.background, 0.95) }
        }
    }

    // Static text shifts by a few pixels over minutes (burn-in protection).
    Item {
        id: chrome
        anchors.fill: parent
        property real shift: 0
        SequentialAnimation on shift {
            running: attract.running
            loops: Animation.Infinite
            NumberAnimation { from: 0; to: 12; duration: 60000 }
            NumberAnimation { from: 12; to: 0; duration: 60000 }
        }
        // A highlight of the topic whose cover is showing: its title and summary fade in and
        // out with the cover, so the loop says what the exhibit holds, not only its name.
        Repeater {
            model: attract.viewModel.packs
            Column {
                id: highlight
                required property int index
                required property string title
                required property string summary
                required property string accent
                objectName: "attractHighlight_" + index
                x: Theme.margin + chrome.shift
                y: Theme.px(96) + chrome.shift / 2
                width: Math.min(chrome.width - 2 * Theme.margin, Theme.px(1100))
                spacing: Theme.px(14)
                visible: opacity > 0
                opacity: index === attract.coverIndex ? 1 : 0
                Behavior on opacity { NumberAnimation { duration: Theme.ms(2500) } }
                Text {
                    text: qsTr("In this exhibit")
                    color: Theme.textSecondary
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(28)
                    font.weight: Font.Bold
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: Theme.px(2)
                }
                Row {
                    spacing: Theme.px(20)
                    Rectangle {
                        width: Theme.px(10)
                        height: highlightTitle.height
                        color: highlight.accent
                    }
                    Text {
                        id: highlightTitle
                        text: highlight.title
                        color: Theme.text
                        font.family: Theme.serif
                        font.pixelSize: Theme.px(60)
                        font.weight: Font.Bold
                    }
                }
                Text {
                    width: parent.width
                    text: highlight.summary
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(34)
                    wrapMode: Text.WordWrap
                }
            }
        }
        Column {
            x: Theme.margin + chrome.shift
            y: parent.height * 0.52 + chrome.shift / 2
            width: parent.width - 2 * Theme.margin
            spacing: Theme.px(24)
            Rectangle { width: Theme.px(120); height: Theme.px(8); color: Theme.accent }
            Text {
                objectName: "attractTitle"
                width: parent.width
                text: attract.viewModel.exhibitTitle
                color: Theme.text
                font.family: Theme.serif
                font.pixelSize: Theme.px(96)
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                width: parent.width
                text: attract.viewModel.exhibitTagline
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.px(38)
                wrapMode: Text.WordWrap
            }
            Item { width: 1; height: Theme.px(24) }
            Rectangle {
                objectName: "touchToBegin"
                width: promptText.implicitWidth + Theme.px(96)
                height: Theme.px(120)
                radius: height / 2
                color: Theme.fade(Theme.surface, 0.9)
                border.width: Theme.px(3)
                border.color: Theme.text
                Accessible.role: Accessible.Button
                Accessible.name: promptText.text
                Text {
                    id: promptText
                    anchors.centerIn: parent
                    text: attract.viewModel.attractPrompts[attract.promptIndex % attract.viewModel.attractPrompts.length]
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(44)
                    font.weight: Font.Bold
                }
            }
        }
    }

    Timer {
        interval: 20000
        repeat: true
        running: attract.running && attract.coverCount > 1
        onTriggered: attract.coverIndex = (attract.coverIndex + 1) % attract.coverCount
    }
    Timer {
        interval: 4000
        repeat: true
        running: attract.running && attract.viewModel.attractPrompts.length > 1
        onTriggered: attract.promptIndex = attract.promptIndex + 1
    }
}
