"""vCard 3.0: escaping, folding at 75 octets on character boundaries, read back by vobject."""

from __future__ import annotations

import io
from datetime import date

import pytest
import vobject

from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.vcard import CRLF, LINE_OCTETS, card_lines, escape, fold, write_vcard
from tests.unit.exporting.conftest import address, customer, email, phone


def unfold(text: str) -> list[str]:
    """Undo folding (RFC 2425 5.8.1): a CRLF followed by one space joins the lines."""
    return text.replace(CRLF + " ", "").split(CRLF)


def write(*customers) -> bytes:
    """The vCard file of *customers*."""
    out = io.BytesIO()
    write_vcard(customers, out, ExportOptions())
    return out.getvalue()


def test_escape():
    """Backslash, comma, semicolon and every kind of line break are escaped."""
    assert escape("a\\b,c;d\ne\r\nf\rg") == "a\\\\b\\,c\\;d\\ne\\nf\\ng"


@pytest.mark.parametrize(
    "text",
    [
        "NOTE:" + "あ" * 100,
        "NOTE:a" + "🍣" * 40,
        "NOTE:" + "x" * 74 + "漢字" * 30,
        "NOTE:" + "x" * 75,
    ],
)
def test_fold_keeps_lines_short_and_characters_whole(text):
    """Every physical line is at most 75 octets and valid UTF-8 on its own; unfolding restores."""
    folded = fold(text)
    for line in folded.split(CRLF):
        raw = line.encode("utf-8")
        assert len(raw) <= LINE_OCTETS
        raw.decode("utf-8")  # a split character would raise here
    assert unfold(folded) == [text]
    assert CRLF in folded or len(text.encode()) <= LINE_OCTETS


def test_short_lines_are_not_folded():
    """A line of exactly 75 octets stays one line."""
    assert fold("N:" + "x" * 73) == "N:" + "x" * 73


def test_file_uses_crlf_only_and_every_line_fits(taro):
    """No bare LF or CR anywhere; no physical line over 75 octets; the note's newline escaped."""
    data = write(taro, customer(note="🍣" * 60))
    text = data.decode("utf-8")
    assert text.replace(CRLF, "").count("\n") == 0 and text.replace(CRLF, "").count("\r") == 0
    assert all(len(line.encode()) <= LINE_OCTETS for line in text.split(CRLF))
    logical = unfold(text)
    assert "NOTE:一行目\\n二行目\\, 「引用」" in logical
    assert logical.count("BEGIN:VCARD") == 2 and logical.count("END:VCARD") == 2


def test_person_card_fields(taro):
    """FN, N, phonetic readings, ORG, TITLE, several TEL/EMAIL with TYPE, ADR, BDAY, NOTE."""
    lines = list(card_lines(taro))
    assert lines[:3] == ["BEGIN:VCARD", "VERSION:3.0", "FN:山田 太郎"]
    assert "N:山田;太郎;;;" in lines
    assert "X-PHONETIC-LAST-NAME:ヤマダ" in lines and "X-PHONETIC-FIRST-NAME:タロウ" in lines
    assert "SORT-STRING:ヤマダ タロウ" in lines
    tels = [line for line in lines if line.startswith("TEL")]
    assert tels == ["TEL;TYPE=CELL,PREF:090-1234-5678", "TEL;TYPE=HOME:03-1234-5678"]
    assert [x for x in lines if x.startswith("EMAIL")] == [
        "EMAIL;TYPE=INTERNET,PREF:taro@example.com",
        "EMAIL;TYPE=INTERNET:t@example.jp",
    ]
    assert "ADR;TYPE=PREF:;テストビル 3F;北1条西2-1;札幌市中央区;北海道;060-0000;日本" in lines
    assert "BDAY:1980-07-15" in lines and "ORG:株式会社テスト" in lines and "TITLE:部長" in lines
    assert "CATEGORIES:常連,VIP" in lines
    assert f"UID:urn:uuid:{taro.id}" in lines


def test_vobject_reads_our_cards_back(taro):
    """The vobject parser reads every field back as written, escapes and folds undone."""
    tricky = customer(
        family_name="O'Brien; Jr.",
        given_name="Ann, Marie",
        display_name="O'Brien; Jr. Ann, Marie",
        reading="オブライエン アン",
        note="線1\n線2 \\ back; semi, comma " + "長い" * 50,
        tags=("a,b", "c"),
        phones=(phone("0120-123-456", "FAX"), phone("090-0000-0000", "mobile", primary=True)),
        emails=(email("x@example.jp"),),
        addresses=(address(postal_code="1000001", city="千代田区", label="勤務先"),),
    )
    cards = list(vobject.readComponents(write(taro, tricky).decode("utf-8")))
    assert len(cards) == 2
    first, second = cards
    assert first.fn.value == "山田 太郎"
    assert (first.n.value.family, first.n.value.given) == ("山田", "太郎")
    assert first.contents["x-phonetic-last-name"][0].value == "ヤマダ"
    assert [t.value for t in first.contents["tel"]] == ["090-1234-5678", "03-1234-5678"]
    assert first.contents["tel"][0].params["TYPE"] == ["CELL", "PREF"]
    assert first.bday.value == date(1980, 7, 15).isoformat()
    assert first.note.value == "一行目\n二行目, 「引用」"
    adr = first.adr.value
    assert (adr.code, adr.region, adr.city, adr.street, adr.extended) == (
        "060-0000",
        "北海道",
        "札幌市中央区",
        "北1条西2-1",
        "テストビル 3F",
    )
    assert second.n.value.family == "O'Brien; Jr." and second.n.value.given == "Ann, Marie"
    assert second.note.value == tricky.note
    assert second.categories.value == ["a,b", "c"]
    assert [t.params["TYPE"] for t in second.contents["tel"]] == [["CELL", "PREF"], ["FAX"]]
    assert second.adr.params["TYPE"] == ["WORK"]


def test_company_card():
    """A company card: FN and ORG are its name, N is empty, shown as a company."""
    lines = list(
        card_lines(
            customer(
                kind="company",
                family_name="",
                given_name="",
                display_name="株式会社テスト",
                reading="テスト",
            )
        )
    )
    assert "FN:株式会社テスト" in lines and "ORG:株式会社テスト" in lines and "N:;;;;" in lines
    assert "X-ABShowAs:COMPANY" in lines and "X-PHONETIC-ORG:テスト" in lines
    assert not any(line.startswith("X-PHONETIC-LAST-NAME") for line in lines)
