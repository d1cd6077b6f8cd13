pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// A bar or line chart drawn from the pack's numbers, large enough to read from a step back,
// with a button that shows the same numbers as a table (also what screen readers get).
Item {
    id: view
    required property QtObject viewModel
    required property var panel
    readonly property var chart: panel.chart
    readonly property var seriesColours: ["#E9D29A", "#6FB0E8", "#F08A7E", "#B9A3E3"]
    property bool showTable: false

    function valueText(v) {
        if (v === null || v === undefined) return "–"
        return Number(v).toLocaleString(Qt.locale(view.viewModel.language), "f", v % 1 === 0 ? 0 : 1)
    }
    readonly property string tableText: {
        let rows = []
        for (let c = 0; c < chart.categories.length; ++c) {
            let cells = [chart.categories[c]]
            for (let s = 0; s < chart.series.length; ++s)
                cells.push(chart.series[s].name + " " + valueText(chart.series[s].values[c]))
            rows.push(cells.join(", "))
        }
        return chart.unit + ". " + rows.join("; ")
    }

    // Title, intro, plot and note scroll together when large text leaves too little room: the
    // plot keeps a readable height rather than shrinking to nothing.
    Flickable {
        id: scroller
        objectName: "chartScroller"
        anchors.fill: parent
        contentHeight: noteText.y + (noteText.visible ? noteText.height : 0) + Theme.px(24)
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height
        clip: true

        Column {
            id: header
            x: Theme.margin
            width: scroller.width - 2 * Theme.margin
            spacing: Theme.px(16)
            Item {
                width: parent.width
                height: Math.max(heading.implicitHeight, tableButton.height)
                PanelHeading { id: heading; width: parent.width - tableButton.width - Theme.gutter; text: view.panel.title }
                KioskButton {
                    id: tableButton
                    objectName: "chartTableButton"
                    anchors.right: parent.right
                    label: view.showTable ? qsTr("Show chart") : qsTr("Show table")
                    onActivated: view.showTable = !view.showTable
                }
            }
            BodyText {
                visible: text !== ""
                width: Math.min(parent.width, Theme.textColumn)
                viewModel: view.viewModel
                text: view.panel.intro
            }
            Row {
                spacing: Theme.px(32)
                Text {
                    text: view.chart.unit
                    color: Theme.textSecondary
                    font.family: Theme.sans
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.Bold
                }
                Repeater {
                    model: view.chart.series.length > 1 ? view.chart.series : []
                    Row {
                        required property var modelData
                        required property int index
                        spacing: Theme.px(10)
                        Rectangle {
                            width: Theme.px(24); height: width
                            anchors.verticalCenter: parent.verticalCenter
                            color: view.seriesColours[parent.index % view.seriesColours.length]
                        }
                        Text {
                            text: parent.modelData.name
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.captionSize
                        }
                    }
                }
            }
        }

        Item {
            id: plot
            objectName: "chartPlot"
            visible: !view.showTable
            x: Theme.margin
            y: header.height + Theme.px(24)
            width: scroller.width - 2 * Theme.margin
            // Fills the screen below the header when there is room, never less than a readable plot.
            height: Math.max(Theme.px(300) * Theme.textScale,
                             scroller.height - y - (noteText.visible ? noteText.height + Theme.px(16) : 0)
                             - Theme.px(24))
            Accessible.role: Accessible.Chart
            Accessible.name: view.panel.title
            Accessible.description: view.tableText

            readonly property real labelHeight: Theme.captionSize * 1.6
            readonly property real baseY: height - labelHeight
            readonly property real plotTop: labelHeight
            readonly property real slot: width / Math.max(1, view.chart.categories.length)
            function yFor(v) { return baseY - (baseY - plotTop) * (view.chart.max > 0 ? v / view.chart.max : 0) }

            Rectangle { x: 0; y: plot.baseY; width: plot.width; height: Theme.px(2); color: Theme.textSecondary }

            Repeater {
                model: view.chart.categories
                Item {
                    id: category
                    required property string modelData
                    required property int index
                    x: index * plot.slot
                    width: plot.slot
                    height: plot.height
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: plot.baseY + Theme.px(8)
                        text: category.modelData
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.captionSize
                    }
                    Repeater {
                        model: view.chart.type === "bar" ? view.chart.series : []
                        Item {
                            id: bar
                            required property var modelData
                            required property int index
                            readonly property var value: modelData.values[category.index]
                            readonly property real barWidth: Math.min(Theme.px(120), plot.slot * 0.7 / view.chart.series.length)
                            x: (plot.slot - barWidth * view.chart.series.length) / 2 + index * barWidth
                            width: barWidth
                            height: plot.height
                            Rectangle {
                                visible: bar.value !== null && bar.value !== undefined
                                x: Theme.px(3)
                                width: bar.width - Theme.px(6)
                                y: bar.value === null || bar.value === undefined ? 0 : plot.yFor(bar.value)
                                height: plot.baseY - y
                                color: view.seriesColours[bar.index % view.seriesColours.length]
                            }
                            Text {
                                anchors.horizontalCenter: parent.horizontalCenter
                                y: (bar.value === null || bar.value === undefined ? plot.baseY : plot.yFor(bar.value)) - height - Theme.px(4)
                                text: view.valueText(bar.value)
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.textPx(22)
                                font.weight: Font.Bold
                            }
                        }
                    }
                }
            }
            Repeater {
                model: view.chart.type === "line" ? view.chart.series : []
                Item {
                    id: line
                    required property var modelData
                    required property int index
                    anchors.fill: parent
                    readonly property color colour: view.seriesColours[index % view.seriesColours.length]
                    readonly property var points: {
                        let result = []
                        for (let c = 0; c < modelData.values.length; ++c)
                            if (modelData.values[c] !== null && modelData.values[c] !== undefined)
                                result.push({x: (c + 0.5) * plot.slot, y: plot.yFor(modelData.values[c]),
                                             v: modelData.values[c]})
                        return result
                    }
                    Shape {
                        anchors.fill: parent
                        preferredRendererType: Shape.CurveRenderer
                        ShapePath {
                            strokeColor: line.colour
                            strokeWidth: Theme.px(5)
                            fillColor: "transparent"
                            PathPolyline { path: line.points.map(p => Qt.point(p.x, p.y)) }
                        }
                    }
                    Repeater {
                        model: line.points
                        Item {
                            required property var modelData
                            required property int index
                            Rectangle {
                                x: parent.modelData.x - width / 2
                                y: parent.modelData.y - height / 2
                                width: Theme.px(16); height: width; radius: width / 2
                                color: line.colour
                            }
                            Text {
                                x: parent.modelData.x - width / 2
                                y: parent.modelData.y - height - Theme.px(14)
                                text: view.valueText(parent.modelData.v)
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.textPx(22)
                                font.weight: Font.Bold
                            }
                        }
                    }
                }
            }
        }

        Grid {
            id: table
            objectName: "chartTable"
            visible: view.showTable
            x: Theme.margin
            y: header.height + Theme.px(24)
            columns: view.chart.series.length + 1
            columnSpacing: Theme.px(48)
            rowSpacing: Theme.px(10)
            Accessible.role: Accessible.Table
            Accessible.name: view.panel.title
            Accessible.description: view.tableText
            Repeater {
                model: {
                    let cells = [""]
                    for (let s = 0; s < view.chart.series.length; ++s) cells.push(view.chart.series[s].name)
                    for (let c = 0; c < view.chart.categories.length; ++c) {
                        cells.push(view.chart.categories[c])
                        for (let s = 0; s < view.chart.series.length; ++s)
                            cells.push(view.valueText(view.chart.series[s].values[c]))
                    }
                    return cells
                }
                Text {
                    required property string modelData
                    required property int index
                    text: modelData
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.captionSize
                    font.weight: index <= view.chart.series.length ? Font.Bold : Font.Normal
                    horizontalAlignment: index % (view.chart.series.length + 1) === 0 ? Text.AlignLeft : Text.AlignRight
                }
            }
        }

        BodyText {
            id: noteText
            objectName: "chartNote"
            x: Theme.margin
            y: (view.showTable ? Math.max(plot.y + plot.height, table.y + table.height) : plot.y + plot.height)
               + Theme.px(16)
            width: Math.min(scroller.width - 2 * Theme.margin, Theme.textColumn)
            viewModel: view.viewModel
            text: view.chart.note
            visible: text !== ""
            color: Theme.textSecondary
            font.pixelSize: Theme.captionSize
            lineHeight: 1.3
        }
    }
    ScrollCue { anchors.fill: scroller; flickable: scroller }
    ScrollBar {
        flickable: scroller
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(40)
        anchors.top: scroller.top
        anchors.bottom: scroller.bottom
    }
}
