"""Shortcuts taken for the import's speed give exactly what the plain code gave."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.models import ContactPoint, Customer
from relationdesk.services.customer_columns import CUSTOMER_COLUMNS, POINT_COLUMNS
from relationdesk.services.search_index import GRAM_FIELDS, PREFIX_LENGTHS, PREFIX_MARK, grams_of


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
