"""Dates as Japanese users write them: Gregorian and 和暦 (S55.7.15, 昭和55年7月15日, R6.1.1)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date


class InvalidDate(ValueError):
    """The text is not a date, or names a day that does not exist (2月30日, R1.4.30)."""


@dataclass(frozen=True, slots=True)
class Era:
    """One Japanese era: its names, and the first day it covers."""

    kanji: str
    letter: str
    start: date


ERAS: tuple[Era, ...] = (
    Era("明治", "M", date(1868, 1, 25)),
    Era("大正", "T", date(1912, 7, 30)),
    Era("昭和", "S", date(1926, 12, 25)),
    Era("平成", "H", date(1989, 1, 8)),
    Era("令和", "R", date(2019, 5, 1)),
)
_BY_NAME = {e.kanji: e for e in ERAS} | {e.letter: e for e in ERAS}
_BY_NAME |= {e.kanji[0]: e for e in ERAS}  # 昭55.7.15

_SEP = r"\s*[./\-]\s*"
_WAREKI = re.compile(
    r"^(?P<era>明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHR])\s*(?P<y>\d{1,2}|元)"
    rf"(?:\s*年\s*|{_SEP})(?P<m>\d{{1,2}})(?:\s*月\s*|{_SEP})(?P<d>\d{{1,2}})\s*日?$",
    re.IGNORECASE,
)
_YMD = re.compile(
    rf"^(?P<y>\d{{4}})(?:\s*年\s*|{_SEP})(?P<m>\d{{1,2}})(?:\s*月\s*|{_SEP})(?P<d>\d{{1,2}})\s*日?$"
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")


def parse_date(text: str) -> date:
    """Parse a Gregorian or 和暦 date; raise InvalidDate for anything else.

    Accepted: 1980-07-15, 1980/7/15, 1980.7.15, 1980年7月15日, 19800715, S55.7.15,
    S55/7/15, 昭和55年7月15日, 昭55.7.15, 令和元年5月1日, with full-width digits too.
    A 和暦 date must lie inside its era (H31.4.30 is fine, H31.5.1 is not).
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise InvalidDate(text)
    match = _WAREKI.match(cleaned)
    if match:
        era = _BY_NAME[match["era"].upper() if match["era"].isascii() else match["era"]]
        era_year = 1 if match["y"] == "元" else int(match["y"])
        if era_year < 1:
            raise InvalidDate(text)
        result = _make(era.start.year + era_year - 1, match["m"], match["d"], text)
        index = ERAS.index(era)
        ends = ERAS[index + 1].start if index + 1 < len(ERAS) else date.max
        if not era.start <= result < ends:
            raise InvalidDate(text)
        return result
    match = _YMD.match(cleaned) or _COMPACT.match(cleaned)
    if match:
        return _make(int(match["y"]), match["m"], match["d"], text)
    raise InvalidDate(text)


def _make(year: int, month: str, day: str, text: str) -> date:
    try:
        return date(year, int(month), int(day))
    except ValueError as exc:
        raise InvalidDate(text) from exc


def era_of(day: date) -> tuple[Era, int] | None:
    """Return the era a day falls in and its year within the era, or None before Meiji."""
    for era in reversed(ERAS):
        if day >= era.start:
            return era, day.year - era.start.year + 1
    return None


def format_wareki(day: date, short: bool = False) -> str:
    """Show a day in 和暦: 令和6年1月1日 (or R6.1.1 when *short*); 元年 for the first year."""
    found = era_of(day)
    if found is None:
        return day.isoformat()
    era, year = found
    if short:
        return f"{era.letter}{year}.{day.month}.{day.day}"
    year_text = "元" if year == 1 else str(year)
    return f"{era.kanji}{year_text}年{day.month}月{day.day}日"
