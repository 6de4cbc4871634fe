"""vCard 2.1, 3.0 and 4.0 files (relationdesk.importing.vcard)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.fields import Field, MappedRecord
from relationdesk.importing.problems import RowCode, Severity
from relationdesk.importing.readers import FileFormat, detect_format
from relationdesk.importing.values import ValueCode, convert_record
from relationdesk.importing.vcard import parse_vcards, read_vcards
from relationdesk.services.customer_validation import check_customer
from tests.unit.importing.helpers import DATA


def _values(record: MappedRecord, field: Field) -> list[str]:
    return [str(v.value) for v in record.values if v.field is field]


def test_phone_export_21_shift_jis_quoted_printable() -> None:
    """A feature phone's 2.1 file: Shift_JIS in QP with soft breaks, 髙 ① ㈱ decoded (cp932)."""
    first, second = read_vcards(DATA / "phone_21.vcf")
    assert first.line == 1
    assert _values(first, Field.FAMILY_NAME) == ["髙橋"]
    assert _values(first, Field.GIVEN_NAME) == ["一郎"]
    assert _values(first, Field.FAMILY_READING) == ["ﾀｶﾊｼ"]  # SOUND;X-IRMC-N
    assert _values(first, Field.COMPANY) == ["㈱髙橋商事"]
    # the ADR value was split by a soft line break inside it
    assert _values(first, Field.STREET) == ["東京都千代田区千代田1-1 ①号館"]
    assert _values(first, Field.NOTE) == ["長いメモです。" * 6 + "\r\n二行目"]
    mobile = next(v for v in first.values if v.field is Field.MOBILE)
    assert (mobile.value, mobile.primary) == ("090-1234-5678", True)
    assert _values(first, Field.HOME_PHONE) == ["03-1234-5678"]
    assert first.problems == ()

    assert second.line == 20
    assert _values(second, Field.FAMILY_NAME) == ["山﨑"]  # raw 8-bit Shift_JIS, no QP
    assert _values(second, Field.FAMILY_READING) == ["ヤマサキ"]
    assert _values(second, Field.FAX) == ["06-6123-4568"]
    assert _values(second, Field.WORK_PHONE) == ["06-6123-4567"]
    assert _values(second, Field.NOTE) == ["折り返し の行"]  # 2.1 unfolding keeps the space


def test_phone_export_21_converts() -> None:
    """The cards become customers; the bad BDAY is a warning at the card's line."""
    first, second = (convert_record(r) for r in read_vcards(DATA / "phone_21.vcf"))
    assert first.customer is not None
    customer = first.customer
    assert (customer.family_name, customer.given_name) == ("髙橋", "一郎")
    assert customer.reading == "タカハシ イチロウ"
    assert customer.birthday == date(1980, 7, 15)
    assert customer.title == "部長"
    assert first.company_name == "㈱髙橋商事"
    assert [(p.label, p.primary) for p in customer.phones] == [("mobile", True), ("home", False)]
    (address,) = customer.addresses
    assert (address.postal_code, address.prefecture, address.street, address.building) == (
        "100-0001",
        "東京都",
        "千代田区千代田1-1",
        "①号館",
    )
    assert address.label == "home"
    check_customer(customer, "JP")
    assert second.customer is not None
    assert [(p.line, p.column, p.code, p.value) for p in second.problems] == [
        (20, "BDAY", ValueCode.INVALID_DATE, "1990-02-30")
    ]
    assert [p.label for p in second.customer.phones] == ["fax", "work"]
    assert [e.label for e in second.customer.emails] == ["work"]


VCARD_30 = """BEGIN:VCARD
VERSION:3.0
N:山田;太郎;;;
FN:山田 太郎
SORT-STRING:ヤマダ タロウ
ORG:山田商店;営業部
TEL;TYPE=CELL,pref:090-1111-2222
TEL;TYPE=WORK,VOICE:03-1111-2222
item1.TEL:03-3333-4444
item1.X-ABLabel:_$!<Mobile>!$_
EMAIL;TYPE=INTERNET;TYPE=HOME:taro@example.jp
ADR;TYPE=WORK:;3F;丸の内1-1-1\\, 丸ビル;千代田区;東京都;100-0005;日本
NOTE:一行目\\n二行目\\, 三\\; 四 と
 続きの行
CATEGORIES:友人,VIP
BDAY:1985-04-01
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:佐藤;花子;;;
X-PHONETIC-LAST-NAME:さとう
X-PHONETIC-FIRST-NAME:はなこ
EMAIL:not-an-email
END:VCARD
"""


def test_vcard_30_several_cards(tmp_path: Path) -> None:
    """UTF-8 3.0 cards: escapes, folding, TYPE lists, Apple item labels, lines per card."""
    path = tmp_path / "contacts.vcf"
    path.write_bytes(VCARD_30.replace("\n", "\r\n").encode("utf-8"))
    assert detect_format(path) is FileFormat.VCARD
    first, second = read_vcards(path)
    assert (first.line, second.line) == (1, 18)
    taro = convert_record(first)
    assert taro.customer is not None
    customer = taro.customer
    assert customer.reading == "ヤマダ タロウ"
    assert customer.note == "一行目\n二行目, 三; 四 と続きの行"
    assert customer.tags == ("友人", "VIP")
    assert customer.birthday == date(1985, 4, 1)
    assert [(p.number, p.label, p.primary) for p in customer.phones] == [
        ("090-1111-2222", "mobile", True),
        ("03-1111-2222", "work", False),
        ("03-3333-4444", "mobile", False),
    ]
    assert [(e.address, e.label) for e in customer.emails] == [("taro@example.jp", "home")]
    (address,) = customer.addresses
    assert (address.prefecture, address.city, address.street, address.building) == (
        "東京都",
        "千代田区",
        "丸の内1-1-1, 丸ビル",
        "3F",
    )
    assert address.label == "work"
    assert taro.company_name == "山田商店"
    hanako = convert_record(second)
    assert hanako.customer is not None
    assert hanako.customer.reading == "さとう はなこ"
    assert [(p.line, p.column, p.code) for p in hanako.problems] == [
        (18, "EMAIL", ValueCode.INVALID_EMAIL)
    ]


VCARD_40 = """BEGIN:VCARD
VERSION:4.0
N;SORT-AS="ヤマダ,ハナコ":山田;花子;;;
FN:山田花子
TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+81-90-1234-5678
EMAIL;TYPE=work:hanako@example.co.jp
BDAY:--0715
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:株式会社テスト
ORG;SORT-AS="テスト":株式会社テスト
X-PHONETIC-ORG:カブシキガイシャテスト
TEL;TYPE=work:03-5555-6666
END:VCARD
"""


def test_vcard_40(tmp_path: Path) -> None:
    """4.0: SORT-AS readings, tel: URIs, PREF=1, a year-less birthday, a company card."""
    path = tmp_path / "v4.vcf"
    path.write_text(VCARD_40, encoding="utf-8")
    hanako, company = (convert_record(r) for r in read_vcards(path))
    assert hanako.customer is not None
    assert hanako.customer.reading == "ヤマダ ハナコ"
    assert [(p.number, p.label, p.primary) for p in hanako.customer.phones] == [
        ("+81-90-1234-5678", "mobile", True)
    ]
    assert hanako.customer.birthday is None
    assert [(p.code, p.value, p.severity) for p in hanako.problems] == [
        (ValueCode.NO_YEAR, "--0715", Severity.WARNING)
    ]
    # FN repeats ORG: the card is the company's own
    assert company.customer is not None
    assert (company.customer.kind, company.customer.display_name) == ("company", "株式会社テスト")
    assert company.customer.reading == "テスト"  # the first reading in the card wins
    assert [p.label for p in company.customer.phones] == ["work"]


def test_a_card_with_only_an_org_is_a_company(tmp_path: Path) -> None:
    """No N and no FN: the organisation is the customer."""
    path = tmp_path / "org.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nORG:㈱山﨑工務店\nX-PHONETIC-ORG:ヤマザキコウムテン\nEND:VCARD\n",
        encoding="utf-8",
    )
    (conversion,) = (convert_record(r) for r in read_vcards(path))
    assert conversion.customer is not None
    assert conversion.customer.kind == "company"
    assert conversion.customer.display_name == "㈱山﨑工務店"
    assert conversion.customer.reading == "ヤマザキコウムテン"
    check_customer(conversion.customer, "JP")


def test_an_unclosed_card_is_kept_with_a_warning() -> None:
    """BEGIN inside a card ends the unclosed card; both are read."""
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:A;B\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:C;D\r\nEND:VCARD\r\n"
    )
    first, second = parse_vcards(data)
    assert [p.code for p in first.problems] == [RowCode.CARD_NOT_CLOSED]
    assert (first.line, second.line) == (1, 4)
    assert _values(second, Field.FAMILY_NAME) == ["C"]
    assert second.problems == ()


def test_an_agent_card_inside_is_skipped() -> None:
    """A 2.1 AGENT property embeds a card; it is not a customer of its own."""
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;A\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N:Agent;B\r\nEND:VCARD\r\nTEL:03-1234-5678\r\nEND:VCARD\r\n"
    )
    (card,) = parse_vcards(data)
    assert _values(card, Field.FAMILY_NAME) == ["Boss"]
    assert _values(card, Field.PHONE) == ["03-1234-5678"]


def test_undecodable_value_is_a_warning() -> None:
    """Bytes valid in no charset are replaced and reported with the property and its line."""
    data = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:A;B\r\nNOTE;CHARSET=UTF-8:\x85\x40\r\nEND:VCARD\r\n"
    (card,) = parse_vcards(data)
    (problem,) = card.problems
    assert (problem.code, problem.column, dict(problem.params)) == (
        RowCode.UNDECODABLE,
        "NOTE",
        {"line": "4"},
    )


def test_utf8_bom_and_lowercase_markers() -> None:
    """A BOM and lower-case begin/end lines are accepted."""
    data = "\ufeffbegin:vcard\nversion:3.0\nn:髙橋;一郎\nend:vcard\n".encode()
    (card,) = parse_vcards(data)
    assert _values(card, Field.FAMILY_NAME) == ["髙橋"]


@pytest.mark.parametrize(
    ("content", "code"), [(b"", FileCode.EMPTY), (b"hello", FileCode.NO_CARDS)]
)
def test_file_without_cards(tmp_path: Path, content: bytes, code: str) -> None:
    """An empty file and a file without BEGIN:VCARD are coded errors."""
    path = tmp_path / "x.vcf"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_vcards(path)
    assert caught.value.code == code
