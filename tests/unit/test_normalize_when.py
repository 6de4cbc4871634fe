"""Due times as people type them, in Japanese and English."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from relationdesk.normalize.when import InvalidWhen, parse_when

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 23, 14, 5, tzinfo=JST)  # a Monday afternoon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15:30", "2026-11-23 15:30"),
        ("１５：３０", "2026-11-23 15:30"),
        ("9:00", "2026-11-24 09:00"),  # passed today: tomorrow
        ("明日", "2026-11-24 10:00"),
        ("明日 10時", "2026-11-24 10:00"),
        ("明日10時半", "2026-11-24 10:30"),
        ("あさって 午後3時", "2026-11-25 15:00"),
        ("30分後", "2026-11-23 14:35"),
        ("+2h", "2026-11-23 16:05"),
        ("in 10 min", "2026-11-23 14:15"),
        ("2時間後", "2026-11-23 16:05"),
        ("3日後", "2026-11-26 14:05"),
        ("11/25 9:00", "2026-11-25 09:00"),
        ("1/5", "2027-01-05 10:00"),  # passed this year: next year
        ("12月1日 14:00", "2026-12-01 14:00"),
        ("R8.12.1 14:00", "2026-12-01 14:00"),
        ("2026/12/24 18:30", "2026-12-24 18:30"),
        ("金曜", "2026-11-27 10:00"),
        ("月曜", "2026-11-30 10:00"),  # today is Monday: the next one
        ("来週月曜 9時", "2026-11-30 09:00"),
        ("3pm", "2026-11-23 15:00"),
        ("午後3時15分", "2026-11-23 15:15"),
        ("tomorrow 8:15", "2026-11-24 08:15"),
        ("Today 20:00", "2026-11-23 20:00"),
    ],
)
def test_reads_common_ways_of_saying_when(text: str, expected: str) -> None:
    moment = parse_when(text, NOW)
    assert moment.tzinfo == JST
    assert moment.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("text", ["", "25:00", "10:75", "hello", "13/40", "明日 ほげ", "2/30"])
def test_refuses_what_is_not_a_time(text: str) -> None:
    with pytest.raises(InvalidWhen):
        parse_when(text, NOW)
