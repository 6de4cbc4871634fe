"""The value classes with an ``__init__`` of their own (FAST_INIT in
``relationdesk.services.customer_data``) take exactly their fields, with the fields'
defaults, and stay frozen dataclasses: compared, replaced and refused new values."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import Any

import pytest

from relationdesk.importing.addresses import AddressParts
from relationdesk.importing.fields import Field, FieldValue, MappedRecord
from relationdesk.importing.problems import Problem, Severity
from relationdesk.importing.values import Conversion
from relationdesk.normalize.phones import Phone
from relationdesk.services.customer_data import (
    AddressInput,
    CustomerInput,
    EmailInput,
    PhoneInput,
)
from relationdesk.services.customer_validation import Parsed
from relationdesk.services.duplicate_rules import Identity

_PHONE = PhoneInput("090-1234-5678", "mobile", True, uuid.uuid4())
_VALUES: dict[type, dict[str, Any]] = {
    PhoneInput: {"number": "03-1234-5678", "label": "work", "primary": True, "id": uuid.uuid4()},
    EmailInput: {"address": "a@example.jp", "label": "home", "primary": True, "id": uuid.uuid4()},
    AddressInput: {
        "postal_code": "100-0001",
        "prefecture": "東京都",
        "city": "千代田区",
        "street": "千代田1-1",
        "building": "①ビル",
        "label": "work",
        "primary": True,
        "country": "US",
        "id": uuid.uuid4(),
    },
    CustomerInput: {
        "kind": "company",
        "family_name": "髙橋",
        "given_name": "一郎",
        "display_name": "髙橋商店",
        "reading": "タカハシ",
        "honorific": "御中",
        "company_id": uuid.uuid4(),
        "company_name": "㈱髙橋",
        "title": "店主",
        "birthday": date(1980, 7, 15),
        "stage": "customer",
        "source": "import",
        "preferred_channel": "email",
        "consent_dm": True,
        "consent_email": True,
        "consent_line": True,
        "line_id": "takahashi",
        "note": "備考",
        "tags": ("常連",),
        "custom_fields": {"会員番号": "42"},
        "phones": (_PHONE,),
        "emails": (EmailInput("a@example.jp"),),
        "addresses": (AddressInput(city="千代田区"),),
    },
    Phone: {"raw": "０３", "e164": "+81312345678", "national": "03-1234-5678", "display": "x"},
    AddressParts: {
        "postal_code": "1",
        "prefecture": "2",
        "city": "3",
        "street": "4",
        "building": "5",
    },
    MappedRecord: {
        "line": 7,
        "values": (FieldValue(Field.NOTE, "x", "備考"),),
        "problems": (Problem(7, "a", "b"),),
    },
    Problem: {
        "line": 3,
        "column": "電話",
        "code": "invalid_phone",
        "value": "123",
        "severity": Severity.ERROR,
        "params": (("max", "40"),),
    },
    Identity: {
        "kind": "person",
        "name_key": "a",
        "reading_key": "b",
        "family_key": "c",
        "given_key": "d",
        "birthday": "1980-07-15",
        "postal_codes": frozenset({"1000001"}),
        "emails": frozenset({"a@example.jp"}),
        "phones": frozenset({"+81312345678"}),
    },
    Conversion: {
        "line": 2,
        "customer": CustomerInput(family_name="髙橋"),
        "problems": (Problem(2, "a", "b"),),
        "company_name": "㈱髙橋",
        "company_reading": "カブシキガイシャタカハシ",
        "parsed": Parsed("JP", (), (), ()),
    },
}


@pytest.mark.parametrize("cls", list(_VALUES), ids=lambda cls: cls.__name__)
def test_init_takes_every_field_with_its_default(cls: type) -> None:
    """Every field can be given by keyword and is kept; left out, it gets the field's
    default; the instance compares, is replaced and is frozen as a dataclass is."""
    values = _VALUES[cls]
    fields = dataclasses.fields(cls)
    assert [f.name for f in fields] == list(values)
    made = cls(**values)
    for name, value in values.items():
        assert getattr(made, name) == value, name
    required = {f.name: values[f.name] for f in fields if _default(f) is dataclasses.MISSING}
    bare = cls(**required)
    for f in fields:
        if f.name not in required:
            assert getattr(bare, f.name) == _default(f), f.name
    assert cls(**values) == made
    if len(required) < len(fields):
        assert made != bare
    assert dataclasses.replace(bare, **values) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, values[fields[0].name])


def test_positional_arguments_follow_the_fields() -> None:
    """Positional arguments fill the fields in their order, as a generated __init__ does."""
    assert PhoneInput("1", "home") == PhoneInput(number="1", label="home")
    assert Problem(1, "c", "x", "v") == Problem(line=1, column="c", code="x", value="v")
    assert CustomerInput("company", "", "", "店") == CustomerInput(
        kind="company", display_name="店"
    )


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default
