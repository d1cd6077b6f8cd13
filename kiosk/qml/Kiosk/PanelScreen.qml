pragma ComponentBehavior: Bound
import QtQuick

// The panels of one pack, side by side: swipe (the page follows the finger) or use the
// large Previous and Next buttons. The view model owns the position; this view follows it.
Item {
    id: panelScreen
    required property QtObject viewModel
    objectName: "panelScreen"

    Column {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.topMargin: Theme.px(48)
        spacing: Theme.px(10)
        Row {
            spacing: Theme.px(16)
            Rectangle {
                width: Theme.px(48); height: Theme.px(6)
                anchors.verticalCenter: parent.verticalCenter
                color: panelScreen.viewModel.packAccent
            }
            Text {
                objectName: "panelPackTitle"
                text: panelScreen.viewModel.packTitle
                color: Theme.textSecondary
                font.family: Theme.sans
                font.pixelSize: Theme.captionSize
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.px(2)
            }
        }
    }

    ListView {
        id: pages
        objectName: "panelPages"
        anchors.top: header.bottom
        anchors.topMargin: Theme.px(28)
        anchors.bottom: bar.top
        anchors.bottomMargin: Theme.px(32)
        anchors.left: parent.left
        anchors.right: parent.right
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.ms(250)
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        clip: true
        // The pages on either side are built ahead, asynchronously, while the visitor reads:
        // Next and Back then show a page that exists (bench/touch.py: text p95 ~25 ms -> 12).
        // Before the rows change, Python finishes any page still being built, so Qt never
        // cancels one mid-build (QTBUG-46487; kiosk.ui.engine.IncubationFlusher).
        cacheBuffer: width
        model: panelScreen.viewModel.panels
        // Follows the view model's position imperatively, not by a binding: a binding here
        // and the swipe handler below would re-enter each other when a swipe and a change of
        // rows meet (Qt reports a binding loop on currentIndex).
        function follow() {
            if (count > 0 && currentIndex !== panelScreen.viewModel.panelIndex)
                currentIndex = panelScreen.viewModel.panelIndex
        }
        onCountChanged: follow()
        Component.onCompleted: follow()
        Connections {
            target: panelScreen.viewModel
            function onPositionChanged() { pages.follow() }
        }
        // Only a swipe moves the visitor: the index also changes while the rows are being
        // replaced (another pack, another language), and that must not navigate.
        onCurrentIndexChanged: {
            if (moving && currentIndex >= 0 && currentIndex !== panelScreen.viewModel.panelIndex)
                panelScreen.viewModel.goToPanel(currentIndex)
        }
        Accessible.role: Accessible.PageTabList
        Accessible.name: panelScreen.viewModel.packTitle

        delegate: Loader {
            id: page
            required property var row
            required property int index
            objectName: "panel_" + row.panelId
            width: pages.width
            height: pages.height
            sourceComponent: {
                switch (row.kind) {
                case "timeline": return timelineView
                case "quote": return quoteView
                case "questions": return questionsView
                case "gallery": return galleryView
                case "chart": return chartView
                case "map": return mapView
                default: return textView
                }
            }
            Component {
                id: textView
                TextPanelView { viewModel: panelScreen.viewModel; panel: page.row }
            }
            Component {
                id: timelineView
                TimelinePanelView {
                    viewModel: panelScreen.viewModel
                    panel: page.row
                    accent: panelScreen.viewModel.packAccent
                }
            }
            Component {
                id: quoteView
                QuotePanelView { viewModel: panelScreen.viewModel; panel: page.row }
            }
            Component {
                id: questionsView
                QuestionsPanelView { viewModel: panelScreen.viewModel; panel: page.row }
            }
            Component {
                id: galleryView
                GalleryPanelView { viewModel: panelScreen.viewModel; panel: page.row }
            }
            Component {
                id: chartView
                ChartPanelView { viewModel: panelScreen.viewModel; panel: page.row }
            }
            Component {
                id: mapView
                MapPanelView { viewModel: panelScreen.viewModel; panel: page.row }
            }
        }
    }

    BottomBar {
        id: bar
        viewModel: panelScreen.viewModel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        KioskButton {
            id: homeButton
            objectName: "homeButton"
            label: qsTr("Home")
            onActivated: panelScreen.viewModel.goHome()
        }
        KioskButton {
            id: previousButton
            objectName: "previousButton"
            label: qsTr("Back")
            glyph: "‹"
            enabled: panelScreen.viewModel.panelIndex > 0
            onActivated: panelScreen.viewModel.previous()
        }
        PositionDots {
            id: positionDots
            objectName: "positionDots"
            // Drop the dots rather than let the buttons run into each other.
            compact: homeButton.implicitWidth + previousButton.implicitWidth
                     + nextButton.implicitWidth + fullWidth + 4 * bar.spacing
                     + bar.trailingWidth + 2 * Theme.margin > bar.width
            height: Theme.buttonHeight
            count: panelScreen.viewModel.panelCount
            current: panelScreen.viewModel.panelIndex
            accent: panelScreen.viewModel.packAccent
        }
        KioskButton {
            id: nextButton
            objectName: "nextButton"
            label: qsTr("Next")
            glyph: "›"
            glyphAfter: true
            enabled: panelScreen.viewModel.panelIndex < panelScreen.viewModel.panelCount - 1
            onActivated: panelScreen.viewModel.next()
        }
        trailing: KioskButton {
                objectName: "sourcesButton"
                // As wide as its widest label ("Sources (88)"), so the bar does not shift
                // from panel to panel and Next stays under a finger tapping through.
                width: Math.max(implicitWidth, widestLabel.advanceWidth + Theme.px(120))
                label: qsTr("Sources (%1)").arg(panelScreen.viewModel.sourceCount)
                TextMetrics {
                    id: widestLabel
                    font.family: Theme.sans
                    font.pixelSize: Theme.buttonTextSize
                    font.weight: Font.Bold
                    text: qsTr("Sources (%1)").arg(88)
                }
                glyph: "≡"
                primary: true
                accentColour: panelScreen.viewModel.packAccent
                onActivated: panelScreen.viewModel.openSources()
            }
    }
}
