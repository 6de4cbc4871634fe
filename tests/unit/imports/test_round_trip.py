"""Export, then import into an empty database, then export again: the same customers."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from relationdesk.app import open_app
from relationdesk.exporting.formats import ExportFormat
from relationdesk.exporting.options import CsvEncoding, ExportOptions
from relationdesk.services.customer_data import (
    AddressInput,
    CustomerInput,
    EmailInput,
    PhoneInput,
)

MOVING = ("Customer ID", "Created", "Updated", "顧客ID", "登録日時", "更新日時")


def shop(app, now) -> None:
    """Customers using every exported field: companies and their people, several phones,
    e-mails and addresses, consents, 殿, stages, tags, notes over lines, formula-like text."""
    company = app.customers.create(
        CustomerInput(
            kind="company",
            display_name="株式会社山田商事",
            reading="ヤマダショウジ",
            phones=(PhoneInput("03-1234-5678", label="main"),),
            stage="customer",
        ),
        now,
    )
    app.customers.create(
        CustomerInput(
            family_name="山田",
            given_name="太郎",
            reading="ヤマダ タロウ",
            honorific="殿",
            company_id=company.id,
            title="部長",
            birthday=date(1980, 7, 15),
            stage="repeat",
            source="紹介",
            preferred_channel="email",
            consent_dm=True,
            consent_email=True,
            line_id="taro_line",
            note="いつもの\n二行目\n=SUM(A1)",
            tags=("常連", "VIP"),
            phones=(
                PhoneInput("090-1111-2222", label="mobile", primary=True),
                PhoneInput("03-3333-4444", label="home"),
            ),
            emails=(EmailInput("taro@example.jp"), EmailInput("yamada@work.example.jp")),
            addresses=(
                AddressInput(
                    postal_code="100-0001",
                    prefecture="東京都",
                    city="千代田区",
                    street="千代田1-1",
                    building="①ビル",
                    label="home",
                    primary=True,
                ),
                AddressInput(
                    postal_code="530-0001",
                    prefecture="大阪府",
                    city="大阪市北区",
                    street="梅田1-1-1",
                    label="work",
                ),
            ),
        ),
        now,
    )
    app.customers.create(
        CustomerInput(
            family_name="髙橋",
            given_name="﨑子",
            reading="タカハシ サキコ",
            stage="lead",
            consent_line=True,
            preferred_channel="line",
            phones=(PhoneInput("+44 20 7946 0958"),),
            note="-5% off",
        ),
        now,
    )
    app.customers.create(CustomerInput(family_name="一人", stage="prospect"), now)


def rows(path: Path, fmt: ExportFormat, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    """The exported rows (by header) without the columns that differ between databases."""
    if fmt is ExportFormat.XLSX:
        sheet = load_workbook(path).active
        values = [
            [("" if v is None else str(v)) for v in r] for r in sheet.iter_rows(values_only=True)
        ]
        found = [dict(zip(values[0], r, strict=True)) for r in values[1:]]
    else:
        text = path.read_text(encoding=encoding)
        found = list(csv.DictReader(io.StringIO(text, newline="")))
    for row in found:
        for column in MOVING:
            row.pop(column, None)
    return found


@pytest.mark.parametrize(
    ("fmt", "language", "encoding"),
    [
        (ExportFormat.CSV, "ja", CsvEncoding.UTF8),
        (ExportFormat.CSV, "en", CsvEncoding.UTF8),
        (ExportFormat.CSV, "ja", CsvEncoding.CP932),
        (ExportFormat.XLSX, "ja", CsvEncoding.UTF8),
    ],
)
def test_export_import_export_gives_the_same_file(app, now, tmp_path, fmt, language, encoding):
    """Every exported column but ids and times comes back as it was."""
    shop(app, now)
    suffix = "xlsx" if fmt is ExportFormat.XLSX else "csv"
    first = tmp_path / f"first.{suffix}"
    options = ExportOptions(language=language, encoding=encoding)
    app.exports.export(first, fmt, options=options)
    other = open_app(tmp_path / "other", now)
    try:
        result = other.imports.run(first, None, now)
        assert result.counts.rejected == 0 and result.counts.companies == 0
        assert result.counts.merged == 0, "a company row must not merge with the company made"
        assert [p for p in result.problems] == []
        second = tmp_path / f"second.{suffix}"
        other.exports.export(second, fmt, options=options)
    finally:
        other.close()
    text_encoding = "cp932" if encoding is CsvEncoding.CP932 else "utf-8-sig"
    before, after = rows(first, fmt, text_encoding), rows(second, fmt, text_encoding)
    source = "獲得経路" if language == "ja" else "Source"
    for row in before:  # a customer with no source of its own came from the file
        row[source] = row[source] or first.name
    for old, new in zip(before, after, strict=True):
        assert {k: (v, new[k]) for k, v in old.items() if v != new[k]} == {}
    assert after == before


def test_vcard_export_imports_back_with_what_vcard_holds(app, now, tmp_path):
    """A vCard export read back: names, readings, company, title, birthday, note, phones,
    e-mails, addresses and tags (consents and stages are not vCard properties)."""

    def held(service):
        return sorted(
            (
                c.kind,
                c.display_name,
                c.reading,
                c.company_name,
                c.title,
                c.birthday,
                c.note,
                tuple(p.e164 for p in c.phones),
                tuple(e.address for e in c.emails),
                tuple(
                    (a.postal_code, a.prefecture, a.city, a.street, a.building) for a in c.addresses
                ),
                c.tags,
            )
            for c in (service.get(r.id) for r in service.list_page(limit=100).rows)
        )

    shop(app, now)
    path = tmp_path / "customers.vcf"
    app.exports.export(path, ExportFormat.VCF)
    other = open_app(tmp_path / "other", now)
    try:
        result = other.imports.run(path, None, now)
        assert (result.counts.new, result.problems) == (4, ())
        assert held(other.customers) == held(app.customers)
    finally:
        other.close()
