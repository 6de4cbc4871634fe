"""The reading suggested from a written name (bundled SudachiDict-derived table)."""

from __future__ import annotations

import pytest

from relationdesk.normalize.kana import is_kana_reading
from relationdesk.normalize.name_readings import NameReadings, shared


@pytest.fixture(scope="module")
def readings() -> NameReadings:
    return shared()


@pytest.mark.parametrize(
    ("family", "given", "expected"),
    [
        ("山田", "太郎", "ヤマダ タロウ"),
        ("長谷川", "翔太", "ハセガワ ショウタ"),
        ("東海林", "さとみ", "ショウジ サトミ"),  # a rare reading; a kana name reads as itself
        ("渡邊", "健一", "ワタナベ ケンイチ"),
        ("髙橋", "", "タカハシ"),  # an extended-JIS form found through its common one
        ("山田太郎", "", "ヤマダ タロウ"),  # a whole name typed in the family field
        ("ｻﾄｳ", "", "サトウ"),  # half-width kana widened
        ("  佐藤 ", "　花子", "サトウ ハナコ"),
    ],
)
def test_suggests_the_reading_of_common_names(
    readings: NameReadings, family: str, given: str, expected: str
) -> None:
    assert readings.suggest(family, given) == expected


@pytest.mark.parametrize(
    ("family", "given"),
    [("Smith", "John"), ("佐藤", "𠮷"), ("", ""), ("山田", "Bob")],
)
def test_no_suggestion_when_a_part_is_unknown(
    readings: NameReadings, family: str, given: str
) -> None:
    assert readings.suggest(family, given) == ""


def test_ambiguous_names_offer_every_reading(readings: NameReadings) -> None:
    assert set(readings.family_readings("角田")) >= {"カクタ", "ツノダ"}


def test_the_table_is_large_and_every_reading_is_kana(readings: NameReadings) -> None:
    table = NameReadings.load()
    assert len(table._family) > 10_000 and len(table._given) > 20_000
    for name in ("鈴木", "高橋", "田中", "伊藤", "中村", "小林", "加藤", "吉田"):
        (first, *_) = readings.family_readings(name)
        assert is_kana_reading(first) and first != name
