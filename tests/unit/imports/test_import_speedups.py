"""Shortcuts taken for the import's speed give exactly what the plain code gave."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.importing.fields import Field, FieldValue, MappedRecord
from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import read_table
from relationdesk.importing.values import Conversion, convert_record
from relationdesk.importing.vcard import read_vcards
from relationdesk.models import ContactPoint, Customer
from relationdesk.services.customer_columns import CUSTOMER_COLUMNS, POINT_COLUMNS
from relationdesk.services.customer_data import PhoneInput
from relationdesk.services.customer_validation import check_converted, check_customer
from relationdesk.services.errors import ValidationError
from relationdesk.services.import_prepare import Preparer
from relationdesk.services.search_index import GRAM_FIELDS, PREFIX_LENGTHS, PREFIX_MARK, grams_of
from tests.unit.importing.helpers import DATA
from tests.unit.importing.test_values import _field_values


def reference_grams(document: str) -> str:
    """grams_of as it was written first, character by character."""
    lines = document.split("\n")
    grams: dict[str, None] = {}
    for key in lines[:2]:
        letters = "".join(ch for ch in key if ch.isalnum())
        for length in PREFIX_LENGTHS:
            if len(letters) >= length:
                grams[PREFIX_MARK + letters[:length]] = None
    for line in lines[:GRAM_FIELDS]:
        for word in line.split(" "):
            chars = [ch for ch in word if ch.isalnum()]
            for index, ch in enumerate(chars):
                grams[ch] = None
                if index + 1 < len(chars):
                    grams[ch + chars[index + 1]] = None
    return " ".join(grams)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab山田ｱｲ1２ -.\n　_①@", max_size=40))
def test_grams_of_equals_the_character_by_character_version(document: str) -> None:
    """The same tokens in the same order, whatever the text."""
    assert grams_of(document) == reference_grams(document)


def test_the_helper_processes_load_neither_sqlalchemy_nor_openpyxl() -> None:
    """A helper process imports ``import_pipeline`` before its first record: SQLAlchemy
    (~0.5 s) and openpyxl (~0.1 s) would be paid twice per import for nothing."""
    code = (
        "import sys\n"
        "import relationdesk.services.import_pipeline\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'openpyxl'}))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


def test_the_column_lists_are_the_tables_columns_in_order() -> None:
    """``customer_columns`` is written out; it must stay the models' tables."""
    assert tuple(c.name for c in Customer.__table__.columns) == CUSTOMER_COLUMNS
    assert tuple(c.name for c in ContactPoint.__table__.columns) == POINT_COLUMNS


def _conversions_of_the_sample_files() -> list[Conversion]:
    found = []
    for path in sorted(DATA.iterdir()):
        if path.suffix == ".vcf":
            found += [convert_record(card, "JP", path.name) for card in read_vcards(path)]
        elif path.suffix == ".csv":
            table = read_table(path)
            records = guess_mapping(table.headers).map_rows(table)
            found += [convert_record(r, "JP", path.name) for r in records]
    return found


def _same_check(conversion: Conversion, region: str = "JP") -> None:
    """check_converted answers as check_customer does: the same values or the same errors."""
    assert conversion.customer is not None and conversion.parsed is not None
    try:
        expected: object = check_customer(conversion.customer, region)
    except ValidationError as exc:
        expected = exc.errors
    try:
        found: object = check_converted(conversion.customer, region, conversion.parsed)
    except ValidationError as exc:
        found = exc.errors
    assert found == expected


def test_check_converted_is_check_customer_for_the_sample_files() -> None:
    """Every customer of the committed sample files, in two regions."""
    conversions = [c for c in _conversions_of_the_sample_files() if c.customer is not None]
    assert len(conversions) >= 10
    for conversion in conversions:
        _same_check(conversion)
        _same_check(conversion, "US")  # parsed for JP: check_customer decides


@settings(max_examples=500, deadline=None)
@given(items=_field_values)
def test_check_converted_is_check_customer_for_any_record(
    items: list[tuple[Field, object, str]],
) -> None:
    """Whatever a record holds, the fast path gives check_customer's CheckedCustomer."""
    values = tuple(
        FieldValue(f, v, f"c{i}", g)  # type: ignore[arg-type]
        for i, (f, v, g) in enumerate(items)
    )
    conversion = convert_record(MappedRecord(4, values))
    if conversion.customer is not None:
        _same_check(conversion)


def test_check_converted_refuses_what_check_customer_refuses() -> None:
    """Input the converter would not make (too long, a bad choice, parsed values that do
    not fit) goes to check_customer and fails there with its errors."""
    conversion = convert_record(
        MappedRecord(
            2,
            (
                FieldValue(Field.FULL_NAME, "山田 太郎", "氏名"),
                FieldValue(Field.PHONE, "03-1234-5678", "電話"),
            ),
        )
    )
    assert conversion.customer is not None and conversion.parsed is not None
    customer = conversion.customer
    bad = [
        replace(customer, title="t" * 201),
        replace(customer, stage="nope"),
        replace(customer, kind="robot"),
        replace(customer, family_name="", given_name=""),
        replace(customer, birthday="1980-02-30"),
        replace(customer, phones=(*customer.phones, PhoneInput(number="123"))),
        replace(customer, tags=("t" * 101,)),
    ]
    for data in bad:
        with pytest.raises(ValidationError):
            check_customer(data, "JP")
        _same_check(replace(conversion, customer=data))


class _CountingIds:
    def __init__(self) -> None:
        self.count = 0

    def new(self) -> bytes:
        self.count += 1
        return self.count.to_bytes(16, "big")


def test_prepared_rows_are_the_same_with_and_without_the_fast_path() -> None:
    """What the importer is sent (and stores) is the same as through check_customer."""
    fast, plain = Preparer("JP", 1), Preparer("JP", 1)
    for conversion in _conversions_of_the_sample_files():
        fast.ids, plain.ids = _CountingIds(), _CountingIds()
        assert fast.prepare(conversion) == plain.prepare(replace(conversion, parsed=None))
