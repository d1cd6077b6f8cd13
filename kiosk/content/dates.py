"""Show historical dates (``1929``, ``1929-11``, ``1929-11-07``) as words a visitor reads."""

from __future__ import annotations

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ru": [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
}
# Russian uses the genitive after a day number: «7 ноября 1929».
_MONTHS_GENITIVE_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def format_date(value: str, language: str = "en") -> str:
    """``1929-11-07`` -> ``7 November 1929`` (English) or ``7 ноября 1929`` (Russian)."""
    negative = value.startswith("-")
    parts = value.lstrip("-").split("-")
    year = parts[0].lstrip("0") or "0"
    year_text = f"{year} BCE" if negative else year
    if len(parts) == 1:
        return year_text
    base = language.split("-")[0]
    month_index = int(parts[1]) - 1
    if len(parts) == 2:
        month = _MONTHS.get(base, _MONTHS["en"])[month_index]
        return f"{month.capitalize()} {year_text}"
    day = int(parts[2])
    month = _MONTHS_GENITIVE_RU[month_index] if base == "ru" else _MONTHS["en"][month_index]
    return f"{day} {month} {year_text}"
