"""When a reminder is due, as people type it: 15:30, 明日 10時, 30分後, +2h, 11/25 9:00, R8.12.1.

The grammar is the app's own (no library reads Japanese relative times): an optional day
(今日/明日/明後日/today/tomorrow, a weekday, N日後, a date in any form ``parse_date``
reads, or month/day) and an optional time (15:30, 15時30分, 15時, 3pm), or an offset
from now (30分後, 2時間後, +30m, +2h, in 10 min). Times are on the user's local clock.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

from relationdesk.normalize.dates import InvalidDate, parse_date

DEFAULT_TIME = time(10, 0)

_OFFSET = re.compile(
    r"^(?:\+|in\s*)?(\d+)\s*(分|min|mins|minutes?|m|時間|h|hours?|日|d|days?|週間|w|weeks?)"
    r"\s*(?:後|later)?$"
)
_UNITS = {
    "分": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "minutes": "minutes",
    "m": "minutes",
    "時間": "hours",
    "h": "hours",
    "hour": "hours",
    "hours": "hours",
    "日": "days",
    "d": "days",
    "day": "days",
    "days": "days",
    "週間": "weeks",
    "w": "weeks",
    "week": "weeks",
    "weeks": "weeks",
}
_TIME = re.compile(
    r"(?:(午前|午後|am|pm)\s*)?(\d{1,2})(?:[:：](\d{2})|時(?:(\d{1,2})分|半)?)(?:\s*(am|pm))?$"
    r"|(?:(午前|午後)\s*)?(\d{1,2})\s*(am|pm)$"
)
_DAYS = {
    "今日": 0,
    "きょう": 0,
    "today": 0,
    "明日": 1,
    "あした": 1,
    "あす": 1,
    "tomorrow": 1,
    "明後日": 2,
    "あさって": 2,
}
_WEEKDAYS = {
    "月": 0,
    "火": 1,
    "水": 2,
    "木": 3,
    "金": 4,
    "土": 5,
    "日": 6,
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_WEEKDAY = re.compile(
    r"^(?:(来週)\s*)?(?:(月|火|水|木|金|土|日)曜日?|(mon|tue|wed|thu|fri|sat|sun)\w*)$"
)
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[/月.-]\s*(\d{1,2})\s*日?$")


class InvalidWhen(ValueError):
    """The text is not a time this reader understands."""


def parse_when(text: str, now: datetime) -> datetime:
    """Return the moment *text* names, counted from *now* (an aware local datetime).

    A bare time that has passed today means tomorrow; a bare day means 10:00 that day;
    a month/day that has passed this year means next year. Raises InvalidWhen.
    """
    raw = unicodedata.normalize("NFKC", text).strip().lower()
    if not raw:
        raise InvalidWhen(text)
    offset = _OFFSET.match(raw.replace(" ", ""))
    if offset:
        return now + timedelta(**{_UNITS[offset.group(2)]: int(offset.group(1))})
    day_part, at = _split_time(raw)
    if day_part:
        day = _day(day_part, now.date())
        if day is None:
            raise InvalidWhen(text)
        return datetime.combine(day, at or DEFAULT_TIME, now.tzinfo)
    if at is None:
        raise InvalidWhen(text)
    moment = datetime.combine(now.date(), at, now.tzinfo)
    return moment if moment > now else moment + timedelta(days=1)


def _split_time(raw: str) -> tuple[str, time | None]:
    """Cut a time off the end of *raw*: ("明日", 10:00) from "明日 10時"."""
    for start in range(len(raw)):
        if start and raw[start - 1] not in " 　" and not _boundary(raw, start):
            continue
        match = _TIME.match(raw[start:].strip())
        if match:
            return raw[:start].strip(), _time_of(match)
    return raw, None


def _boundary(raw: str, start: int) -> bool:
    """A time may follow a day word without a space (明日10時), not split a number."""
    return not (raw[start - 1].isdigit() or raw[start - 1] in "/:.-年月")


def _time_of(match: re.Match[str]) -> time:
    if match.group(7):  # 3pm, 午後3pm
        hour, minute, half = int(match.group(7)), 0, False
        marker = match.group(8) or match.group(6) or ""
    else:
        hour = int(match.group(2))
        minute = int(match.group(3) or match.group(4) or 0)
        half = match.group(0).endswith("半")
        marker = match.group(1) or match.group(5) or ""
    if half:
        minute = 30
    if marker in ("午後", "pm") and hour < 12:
        hour += 12
    elif marker in ("午前", "am") and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InvalidWhen(match.group(0))
    return time(hour, minute)


def _day(text: str, today: date) -> date | None:
    if text in _DAYS:
        return today + timedelta(days=_DAYS[text])
    weekday = _WEEKDAY.match(text)
    if weekday:
        target = _WEEKDAYS[weekday.group(2) or (weekday.group(3) or "")[:3]]
        ahead = (target - today.weekday()) % 7 or 7
        if weekday.group(1):  # 来週: the weekday of next week
            ahead = 7 - today.weekday() + target
        return today + timedelta(days=ahead)
    month_day = _MONTH_DAY.match(text)
    if month_day:
        month, day = int(month_day.group(1)), int(month_day.group(2))
        for year in (today.year, today.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                return None
            if candidate >= today:
                return candidate
        return None
    try:
        return parse_date(text)
    except InvalidDate:
        return None
