import QtQuick

// A thin, always-visible position bar beside a scrolling area that overflows: how much there
// is and where the visitor is in it. Place it beside the area, as tall as it.
Item {
    id: track
    required property Flickable flickable
    objectName: "scrollIndicator"
    visible: flickable.contentHeight > flickable.height + 1
    implicitWidth: Theme.px(6)
    Accessible.ignored: true
    Rectangle {
        width: parent.width
        height: parent.height
        radius: width / 2
        color: Theme.divider
    }
    Rectangle {
        width: parent.width
        radius: width / 2
        color: Theme.textSecondary
        readonly property real share: track.flickable.height / Math.max(1, track.flickable.contentHeight)
        height: Math.max(Theme.px(48), track.height * share)
        y: (track.height - height) * Math.max(0, Math.min(1, track.flickable.contentY
              / Math.max(1, track.flickable.contentHeight - track.flickable.height)))
    }
}
