"""Whole files through reader, guessed mapping and values, as the import will run them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.problems import Severity
from relationdesk.importing.readers import read_table
from relationdesk.importing.values import Conversion, ValueCode, convert_all
from relationdesk.services.customer_validation import check_customer
from tests.unit.importing.helpers import DATA, csv_bytes


def _convert(path: Path) -> list[Conversion]:
    table = read_table(path)
    return list(convert_all(guess_mapping(table.headers).map_rows(table), source=path.name))


def test_excel_cp932_file() -> None:
    """The Excel file: customers, warnings and the error, each at its physical line."""
    results = _convert(DATA / "excel_cp932.csv")
    assert [r.line for r in results] == [2, 4, 5, 7, 8, 9]
    takahashi, yamazaki, sato, nameless, company, suzuki = results

    assert takahashi.customer is not None
    customer = takahashi.customer
    assert (customer.family_name, customer.given_name) == ("髙橋", "一郎")
    assert customer.reading == "タカハシ イチロウ"
    assert customer.birthday == date(1980, 7, 15)
    assert customer.note == "いつもの\nお客様"
    assert customer.source == "excel_cp932.csv"
    assert [(p.number, p.label) for p in customer.phones] == [
        ("０３－１２３４－５６７８", ""),
        ("090-1234-5678", "mobile"),
    ]
    assert customer.addresses[0].building == "①号館"
    assert takahashi.company_name == "㈱髙橋商事"
    assert takahashi.problems == ()

    assert yamazaki.customer is not None
    assert yamazaki.customer.family_name == "山﨑"
    assert yamazaki.customer.reading == "ヤマザキ ハナコ"
    assert yamazaki.customer.birthday == date(1980, 7, 15)  # S55.7.15
    assert [p.number for p in yamazaki.customer.phones] == [
        "06(6123)4567",
        "０９０ー９８７６ー５４３２",
    ]

    assert sato.customer is not None
    assert {(p.line, p.column, p.code, p.value) for p in sato.problems} == {
        (5, "フリガナ", ValueCode.READING_NOT_KANA, "佐藤じろう"),
        (5, "メールアドレス", ValueCode.INVALID_EMAIL, "jiro@@example"),
        (5, "生年月日", ValueCode.INVALID_DATE, "H31.5.1"),
        (5, "携帯電話", ValueCode.INVALID_PHONE, "0901234567x"),
        (5, "郵便番号", ValueCode.INVALID_POSTAL_CODE, "12345"),
        (5, "電話番号", ValueCode.INVALID_PHONE, "123"),
    }
    assert (sato.customer.phones, sato.customer.emails, sato.customer.addresses) == ((), (), ())

    assert nameless.customer is None
    assert [(p.line, p.code, p.severity) for p in nameless.problems] == [
        (7, ValueCode.NO_NAME, Severity.ERROR)
    ]

    assert company.customer is not None
    assert (company.customer.kind, company.customer.display_name) == ("company", "㈲山﨑工務店")

    assert suzuki.customer is not None
    assert suzuki.customer.addresses[0].postal_code == "0600001"
    assert suzuki.customer.birthday == date(1975, 3, 3)

    for result in results:
        if result.customer is not None:
            check_customer(result.customer, "JP")


def test_problem_lines_after_multiline_cells(tmp_path: Path) -> None:
    """A problem in a row after multi-line cells names the row's physical line."""
    rows = [
        ["氏名", "備考", "電話"],
        ["A", "一\n二\n三", "03-1234-5678"],
        ["B", "x", "bad"],
        ["C", "四\n五", ""],
        ["", "名前なし", ""],
    ]
    path = tmp_path / "multi.csv"
    path.write_bytes(csv_bytes(rows, "cp932", newline="\r\n"))
    results = _convert(path)
    assert [r.line for r in results] == [2, 5, 6, 8]
    assert [(p.line, p.column, p.code) for p in results[1].problems] == [
        (5, "電話", ValueCode.INVALID_PHONE)
    ]
    assert [(p.line, p.code) for p in results[3].problems] == [(8, ValueCode.NO_NAME)]


def test_google_contacts_file() -> None:
    """Google's export: readings, typed phones and e-mails, labels, formatted address."""
    first, second = _convert(DATA / "google_contacts.csv")
    assert first.customer is not None
    customer = first.customer
    assert (customer.family_name, customer.given_name, customer.reading) == (
        "髙橋",
        "一郎",
        "たかはし いちろう",
    )
    assert customer.tags == ("友人",)
    assert [(p.number, p.label) for p in customer.phones] == [
        ("090-1234-5678", "mobile"),
        ("090-8765-4321", "mobile"),
        ("03-1234-5678", "work"),
    ]
    assert [(e.address, e.label, e.primary) for e in customer.emails] == [
        ("ichiro@example.co.jp", "home", True),
        ("ichiro@takahashi.example.jp", "work", False),
    ]
    (address,) = customer.addresses
    assert (address.postal_code, address.prefecture, address.city, address.street) == (
        "100-0001",
        "東京都",
        "千代田区",
        "千代田1-1",
    )
    assert (address.building, address.label) == ("①号館", "home")
    assert customer.title == "部長"
    assert first.company_name == "㈱髙橋商事"
    assert second.customer is not None
    assert [p.code for p in second.problems] == [ValueCode.NO_YEAR]
    assert [p.label for p in second.customer.phones] == ["fax"]
    check_customer(customer, "JP")


def test_outlook_file() -> None:
    """Outlook's CP932 export: "Title" (Mr.) is not the job title; business address."""
    (result,) = _convert(DATA / "outlook.csv")
    assert result.customer is not None
    customer = result.customer
    assert (customer.family_name, customer.given_name, customer.title) == ("髙橋", "一郎", "部長")
    assert customer.birthday == date(1980, 7, 15)
    assert [(p.number, p.label) for p in customer.phones] == [
        ("03-1234-5679", "fax"),
        ("03-1234-5678", "work"),
        ("090-1234-5678", "mobile"),
    ]
    (address,) = customer.addresses
    assert (address.label, address.prefecture, address.city, address.street, address.building) == (
        "work",
        "東京都",
        "千代田区",
        "千代田1-1",
        "①号館",
    )
    check_customer(customer, "JP")
