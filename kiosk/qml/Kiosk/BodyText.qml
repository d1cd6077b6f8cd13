import QtQuick

// Reading text rendered from the pack's Markdown; citation and glossary marks are tappable.
Text {
    id: body
    required property QtObject viewModel
    textFormat: Text.RichText
    color: Theme.text
    linkColor: Theme.citation
    font.family: Theme.sans
    font.pixelSize: Theme.bodySize
    lineHeight: 1.35
    wrapMode: Text.Wrap
    onLinkActivated: link => body.viewModel.activateLink(link)
    Accessible.role: Accessible.Paragraph
    Accessible.name: text.replace(/<[^>]*>/g, "")
}
