import QtQuick

// A panel's title.
Text {
    objectName: "panelTitle"
    color: Theme.text
    font.family: Theme.serif
    font.pixelSize: Theme.titleSize
    font.weight: Font.Bold
    wrapMode: Text.WordWrap
    lineHeight: 1.1
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
