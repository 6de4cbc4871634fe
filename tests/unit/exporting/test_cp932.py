"""CSV in CP932: what it cannot hold is reported per customer and field, refused or replaced."""

from __future__ import annotations

import csv
import io

import pytest

from relationdesk.exporting.columns import Layout, columns
from relationdesk.exporting.cp932 import (
    REPLACEMENT,
    CharacterPolicy,
    UnencodableText,
    unencodable,
)
from relationdesk.exporting.csv_writer import write_csv
from relationdesk.exporting.options import CsvEncoding, ExportOptions
from tests.unit.exporting.conftest import customer

STRICT = ExportOptions(encoding=CsvEncoding.CP932, policy=CharacterPolicy.STRICT)
REPLACE = ExportOptions(encoding=CsvEncoding.CP932, policy=CharacterPolicy.REPLACE)


def read_cp932(data: bytes) -> list[dict[str, str]]:
    """Decode a CP932 CSV file the way Excel would and return its rows by header."""
    return list(csv.DictReader(io.StringIO(data.decode("cp932"), newline="")))


@pytest.mark.parametrize("text", ["①②③", "㈱テスト", "髙橋", "山﨑", "〓", "ｶﾀｶﾅ", "№", "∵"])
def test_japanese_windows_characters_encode(text):
    """NEC/IBM extensions and half-width kana are in CP932: nothing to report."""
    assert unencodable(text) == ""
    assert text.encode("cp932").decode("cp932") == text


@pytest.mark.parametrize("ch", ["🍣", "♡", "𠮷", "—", "\u00e9", "\u2764"])
def test_characters_outside_cp932_are_found(ch):
    """Emoji, ♡, Unicode-only kanji (𠮷), the em dash, é and ❤ are not in CP932."""
    assert unencodable(f"a{ch}b{ch}") == ch


def test_round_trip_of_the_characters_japanese_users_need():
    """① ㈱ 髙 﨑 survive a CP932 file and come back as written."""
    person = customer(
        family_name="髙橋", given_name="﨑子", display_name="髙橋 﨑子", company_name="㈱丸①"
    )
    out = io.BytesIO()
    report = write_csv([person], out, STRICT)
    row = read_cp932(out.getvalue())[0]
    assert (row["姓"], row["名"], row["会社名"]) == ("髙橋", "﨑子", "㈱丸①")
    assert report.unencodable == () and report.customers == 1
    assert not out.getvalue().startswith(b"\xef\xbb\xbf")


def test_strict_refuses_with_every_problem_listed():
    """Strict mode reads all customers, then refuses, listing each customer and field."""
    sushi = customer(display_name="寿司 好子", note="好物は🍣と🍣", title="♡担当")
    yoshida = customer(family_name="𠮷田", display_name="𠮷田 太郎")
    fine = customer()
    with pytest.raises(UnencodableText) as caught:
        write_csv([sushi, fine, yoshida], io.BytesIO(), STRICT)
    report = caught.value.report
    assert report.customers == 3 and report.unencodable_total == 4
    found = {(u.customer_id, u.field, u.header, u.characters) for u in report.unencodable}
    assert found == {
        (sushi.id, "note", "メモ", "🍣"),
        (sushi.id, "title", "役職", "♡"),
        (yoshida.id, "family_name", "姓", "𠮷"),
        (yoshida.id, "display_name", "表示名", "𠮷"),
    }
    assert {u.customer_name for u in report.unencodable} == {"寿司 好子", "𠮷田 太郎"}


def test_replace_writes_the_geta_mark_and_reports():
    """Replace mode writes 〓 for each such character and returns the same report."""
    sushi = customer(note="好物は🍣と♡", tags=("🍣好き",))
    out = io.BytesIO()
    report = write_csv([sushi], out, REPLACE)
    row = read_cp932(out.getvalue())[0]
    assert row["メモ"] == f"好物は{REPLACEMENT}と{REPLACEMENT}"
    assert row["タグ"] == f"{REPLACEMENT}好き"
    assert report.unencodable_total == 2
    assert {(u.field, u.characters) for u in report.unencodable} == {
        ("note", "🍣♡"),
        ("tags", "🍣"),
    }


def test_variation_selectors_are_reported_and_left_out():
    """葛󠄀 (葛 + an ideographic variation selector) is written 葛, the selector reported."""
    out = io.BytesIO()
    report = write_csv([customer(family_name="葛\U000e0100城")], out, REPLACE)
    assert read_cp932(out.getvalue())[0]["姓"] == "葛城"
    assert report.unencodable[0].characters == "\U000e0100"


def test_windows_forms_are_not_reported():
    """〜 (U+301C) is held by CP932 and reads back as ～ (U+FF5E), as in every Windows program."""
    out = io.BytesIO()
    report = write_csv([customer(note="10時〜18時")], out, STRICT)
    assert report.unencodable_total == 0
    assert read_cp932(out.getvalue())[0]["メモ"] == "10時～18時"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_headers_encode_in_cp932(language):
    """Our own headers are all in CP932."""
    layout = Layout(phones=3, emails=2, addresses=2)
    assert all(unencodable(c.header) == "" for c in columns(layout, language))


def test_utf8_keeps_everything_with_a_bom():
    """The default, UTF-8 with a BOM, holds 🍣 and 𠮷 and reports nothing."""
    out = io.BytesIO()
    report = write_csv([customer(family_name="𠮷田", note="🍣")], out, ExportOptions())
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert (row["姓"], row["メモ"]) == ("𠮷田", "🍣")
    assert report.unencodable_total == 0
