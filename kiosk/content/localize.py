"""Pick the visitor's language from a text that may be a plain string or a language map."""

from __future__ import annotations

from collections.abc import Mapping

LocalTextValue = str | Mapping[str, str]


def localized(text: LocalTextValue | None, language: str, fallback: str) -> str:
    """The text in ``language``, else in ``fallback`` (the pack's language), else the first."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (language, language.split("-")[0], fallback):
        if code in text:
            return text[code]
    return next(iter(text.values()), "")
