"""Customers built in memory (no database) for the writer tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest

from relationdesk.services.customer_data import AddressOut, CustomerDetail, EmailOut, PhoneOut

CREATED = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)  # 09:30 in Tokyo


def phone(display: str, label: str = "", primary: bool = False) -> PhoneOut:
    """A stored phone shown as *display*."""
    digits = "".join(ch for ch in display if ch.isdigit())
    return PhoneOut(uuid.uuid4(), label, display, "+81" + digits[1:], display, primary)


def email(address: str, primary: bool = False) -> EmailOut:
    """A stored e-mail address."""
    return EmailOut(uuid.uuid4(), "", address, primary)


def address(**values: Any) -> AddressOut:
    """A stored address; unspecified parts empty, in Japan."""
    parts = {
        "label": "",
        "postal_code": "",
        "prefecture": "",
        "city": "",
        "street": "",
        "building": "",
        "country": "JP",
        "primary": False,
    }
    parts.update(values)
    return AddressOut(id=uuid.uuid4(), **parts)


def customer(**values: Any) -> CustomerDetail:
    """A person, 山田 太郎, with one mobile phone; *values* override any field."""
    fields: dict[str, Any] = {
        "id": uuid.uuid4(),
        "version": 1,
        "kind": "person",
        "family_name": "山田",
        "given_name": "太郎",
        "display_name": "山田 太郎",
        "reading": "ヤマダ タロウ",
        "honorific": "様",
        "company_id": None,
        "company_name": "",
        "title": "",
        "birthday": date(1980, 7, 15),
        "stage": "customer",
        "source": "",
        "preferred_channel": "none",
        "consent_dm": True,
        "consent_email": False,
        "consent_line": False,
        "line_id": "",
        "note": "",
        "tags": (),
        "custom_fields": {},
        "phones": (phone("090-1234-5678", "携帯", primary=True),),
        "emails": (),
        "addresses": (),
        "created_at": CREATED,
        "updated_at": CREATED,
        "deleted_at": None,
        "last_contact_at": None,
    }
    fields.update(values)
    return CustomerDetail(**fields)


@pytest.fixture
def taro() -> CustomerDetail:
    """山田 太郎 with two phones (the primary one second), two e-mails and an address."""
    return customer(
        title="部長",
        company_name="株式会社テスト",
        tags=("常連", "VIP"),
        note="一行目\n二行目, 「引用」",
        line_id="taro_line",
        phones=(
            phone("03-1234-5678", "自宅"),
            phone("090-1234-5678", "携帯", primary=True),
        ),
        emails=(email("taro@example.com", primary=True), email("t@example.jp")),
        addresses=(
            address(
                postal_code="0600000",
                prefecture="北海道",
                city="札幌市中央区",
                street="北1条西2-1",
                building="テストビル 3F",
                primary=True,
            ),
        ),
    )
