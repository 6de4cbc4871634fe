"""Gregorian and 和暦 dates (relationdesk.normalize.dates)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.normalize.dates import (
    ERAS,
    InvalidDate,
    era_of,
    format_wareki,
    parse_date,
)

_FULLWIDTH = str.maketrans("0123456789./-", "０１２３４５６７８９．／－")


@pytest.mark.parametrize(
    "text",
    [
        # Every form listed in parse_date's docstring.
        "1980-07-15",
        "1980/7/15",
        "1980.7.15",
        "1980年7月15日",
        "19800715",
        "S55.7.15",
        "S55/7/15",
        "昭和55年7月15日",
        "昭55.7.15",
        # ... with full-width digits too.
        "１９８０-０７-１５",
        "１９８０／７／１５",
        "１９８０年７月１５日",
        "１９８００７１５",
        "Ｓ５５．７．１５",
        "昭和５５年７月１５日",
        # Variations: lower-case letter, spaces, '-' after an era, no 日.
        "s55.7.15",
        "S55-7-15",
        "S 55.7.15",
        "昭和 55 年 7 月 15 日",
        "1980 年 7 月 15 日",
        "昭和55年7月15",
        "  1980-07-15  ",
        "\u30001980/07/15\u3000",
    ],
)
def test_accepted_forms_of_1980_07_15(text: str) -> None:
    """Every documented spelling of 1980-07-15 (and full-width variants) parses to that day."""
    assert parse_date(text) == date(1980, 7, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H2.1.8", date(1990, 1, 8)),
        ("平成2年1月8日", date(1990, 1, 8)),
        ("R6.1.1", date(2024, 1, 1)),
        ("令和6年1月1日", date(2024, 1, 1)),
        ("令6.1.1", date(2024, 1, 1)),
        ("Ｒ６．１．１", date(2024, 1, 1)),
        ("M45.7.29", date(1912, 7, 29)),
        ("明治45年7月29日", date(1912, 7, 29)),
        ("T1.7.30", date(1912, 7, 30)),
        ("大正15年12月24日", date(1926, 12, 24)),
        ("大15.12.24", date(1926, 12, 24)),
        ("S1.12.25", date(1926, 12, 25)),
        ("H1.1.8", date(1989, 1, 8)),
        ("平1.1.8", date(1989, 1, 8)),
    ],
)
def test_wareki_forms(text: str, expected: date) -> None:
    """和暦 dates with letter, one-kanji and full era names give the right Gregorian day."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和元年12月31日", date(2019, 12, 31)),
        ("R元.5.1", date(2019, 5, 1)),
        ("令元.5.1", date(2019, 5, 1)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("大正元年7月30日", date(1912, 7, 30)),
        ("明治元年10月23日", date(1868, 10, 23)),
        ("令和元年５月１日", date(2019, 5, 1)),
    ],
)
def test_gannen(text: str, expected: date) -> None:
    """元年 is the first year of its era."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H31.4.30", date(2019, 4, 30)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("R1.5.1", date(2019, 5, 1)),
        ("S64.1.7", date(1989, 1, 7)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("H1.1.8", date(1989, 1, 8)),
        ("T15.12.24", date(1926, 12, 24)),
        ("S1.12.25", date(1926, 12, 25)),
        ("M45.7.29", date(1912, 7, 29)),
        ("T1.7.30", date(1912, 7, 30)),
        ("R99.12.31", date(2117, 12, 31)),  # 令和 has no end yet
    ],
)
def test_era_boundaries_inside(text: str, expected: date) -> None:
    """The last and first days of each era are accepted with the right era."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "R1.4.30",
        "令和元年4月30日",
        "H31.5.1",
        "平成31年5月1日",
        "S64.1.8",
        "H1.1.7",
        "平成元年1月7日",
        "T15.12.25",
        "S1.12.24",
        "M45.7.30",
        "T1.7.29",
        "H0.1.1",
        "S00.1.1",
        "S99.1.1",
    ],
)
def test_era_boundaries_outside(text: str) -> None:
    """A 和暦 date outside its era (or in year 0) raises InvalidDate."""
    with pytest.raises(InvalidDate):
        parse_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\u3000",
        "2023-02-30",
        "2023年2月30日",
        "20230230",
        "2019/02/29",
        "2020-13-01",
        "2020-00-10",
        "2020-01-00",
        "0000-01-01",
        "R6.2.30",
        "令和6年2月30日",
        "R6.13.1",
        "13/1/2020",
        "1/13/2020",
        "15.7.1980",
        "1980-07",
        "1980",
        "80-7-15",
        "1980-007-15",
        "1980-7-15-1",
        "R6.1.1.1",
        "X55.7.15",
        "昭和",
        "令和元年",
        "S.7.15",
        "abc",
        "yesterday",
        "1980年7月15日 10:00",
    ],
)
def test_invalid_dates_raise(text: str) -> None:
    """Impossible days, garbage and empty text raise InvalidDate."""
    with pytest.raises(InvalidDate):
        parse_date(text)


def test_invalid_date_is_value_error() -> None:
    """InvalidDate is a ValueError carrying the text."""
    with pytest.raises(ValueError, match=r"R6\.2\.30") as info:
        parse_date("R6.2.30")
    assert isinstance(info.value, InvalidDate)


def test_leap_day() -> None:
    """29 February exists in leap years only, in both calendars."""
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date("R6.2.29") == date(2024, 2, 29)
    assert parse_date("H12.2.29") == date(2000, 2, 29)
    with pytest.raises(InvalidDate):
        parse_date("R5.2.29")
    with pytest.raises(InvalidDate):
        parse_date("1900-02-29")


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (date(2019, 5, 1), "令和元年5月1日", "R1.5.1"),
        (date(2019, 4, 30), "平成31年4月30日", "H31.4.30"),
        (date(2024, 1, 1), "令和6年1月1日", "R6.1.1"),
        (date(1989, 1, 7), "昭和64年1月7日", "S64.1.7"),
        (date(1989, 1, 8), "平成元年1月8日", "H1.1.8"),
        (date(1980, 7, 15), "昭和55年7月15日", "S55.7.15"),
        (date(1926, 12, 25), "昭和元年12月25日", "S1.12.25"),
        (date(1926, 12, 24), "大正15年12月24日", "T15.12.24"),
        (date(1912, 7, 30), "大正元年7月30日", "T1.7.30"),
        (date(1912, 7, 29), "明治45年7月29日", "M45.7.29"),
        (date(1868, 1, 25), "明治元年1月25日", "M1.1.25"),
    ],
)
def test_format_wareki(day: date, long: str, short: str) -> None:
    """format_wareki writes 元年 in the long form and era letter plus numbers in the short form."""
    assert format_wareki(day) == long
    assert format_wareki(day, short=True) == short


def test_format_wareki_before_meiji_is_iso() -> None:
    """Days before 明治 have no era and are shown in ISO form."""
    assert format_wareki(date(1868, 1, 24)) == "1868-01-24"
    assert format_wareki(date(1800, 1, 1), short=True) == "1800-01-01"


@pytest.mark.parametrize(
    ("day", "kanji", "year"),
    [
        (date(2019, 5, 1), "令和", 1),
        (date(2019, 4, 30), "平成", 31),
        (date(2026, 11, 23), "令和", 8),
        (date(1989, 1, 7), "昭和", 64),
        (date(1989, 1, 8), "平成", 1),
        (date(1926, 12, 25), "昭和", 1),
        (date(1912, 7, 30), "大正", 1),
        (date(1868, 1, 25), "明治", 1),
    ],
)
def test_era_of(day: date, kanji: str, year: int) -> None:
    """era_of names the era a day falls in and the year within it."""
    found = era_of(day)
    assert found is not None
    era, era_year = found
    assert (era.kanji, era_year) == (kanji, year)


def test_era_of_before_meiji() -> None:
    """era_of returns None before the first day of 明治."""
    assert era_of(date(1868, 1, 24)) is None
    assert era_of(date.min) is None


def test_eras_are_in_order() -> None:
    """ERAS is in chronological order with distinct letters M T S H R."""
    assert [e.start for e in ERAS] == sorted(e.start for e in ERAS)
    assert "".join(e.letter for e in ERAS) == "MTSHR"


_DAYS = st.dates(min_value=date(1873, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=200, deadline=None)
@given(_DAYS)
def test_round_trip_wareki(day: date) -> None:
    """parse_date(format_wareki(d)) == d for the long and the short form."""
    assert parse_date(format_wareki(day)) == day
    assert parse_date(format_wareki(day, short=True)) == day


@settings(max_examples=200, deadline=None)
@given(_DAYS)
def test_round_trip_gregorian(day: date) -> None:
    """ISO, YYYY年M月D日, slashes and the compact form all parse back to the day."""
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day
    assert parse_date(f"{day.year}/{day.month}/{day.day}") == day
    assert parse_date(day.strftime("%Y%m%d")) == day


@settings(max_examples=200, deadline=None)
@given(_DAYS)
def test_round_trip_fullwidth(day: date) -> None:
    """Full-width spellings of the 和暦 and ISO forms parse back to the day."""
    assert parse_date(format_wareki(day).translate(_FULLWIDTH)) == day
    assert parse_date(format_wareki(day, short=True).translate(_FULLWIDTH)) == day
    assert parse_date(day.isoformat().translate(_FULLWIDTH)) == day


@settings(max_examples=200, deadline=None)
@given(_DAYS)
def test_wareki_matches_era_of(day: date) -> None:
    """The short form starts with era_of's letter and year."""
    found = era_of(day)
    assert found is not None
    era, year = found
    assert format_wareki(day, short=True).startswith(f"{era.letter}{year}.")
    assert year >= 1
