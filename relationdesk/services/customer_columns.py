"""The columns of the ``customers`` and ``contact_points`` tables, free of the ORM.

Written out rather than read from the models, so that the import's helper processes can
build rows without loading SQLAlchemy (``tests/unit/test_customer_columns.py`` holds the
lists to the models' tables, in table order: a column added to a model fails it until it
is added here).
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any

CUSTOMER_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "kind",
    "family_name",
    "given_name",
    "display_name",
    "reading",
    "reading_key",
    "sort_key",
    "name_key",
    "honorific",
    "company_id",
    "title",
    "birthday",
    "birthday_md",
    "stage",
    "source",
    "preferred_channel",
    "consent_dm",
    "consent_email",
    "consent_line",
    "line_id",
    "note",
    "custom_fields",
    "search_text",
    "last_contact_at",
    "first_contact_at",
    "contact_count",
    "follow_up_at",
    "id",
    "created_at",
    "updated_at",
    "version",
    "deleted_at",
)
POINT_COLUMNS: tuple[str, ...] = (
    "customer_id",
    "kind",
    "label",
    "is_primary",
    "position",
    "phone_raw",
    "phone_e164",
    "phone_national",
    "email",
    "postal_code",
    "prefecture",
    "city",
    "street",
    "building",
    "country",
    "id",
    "created_at",
    "updated_at",
    "version",
)

_CUSTOMER_VALUES = operator.itemgetter(*CUSTOMER_COLUMNS)
_POINT_VALUES = operator.itemgetter(*POINT_COLUMNS)


def customer_tuple(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """The row's values in ``CUSTOMER_COLUMNS`` order."""
    return _CUSTOMER_VALUES(row)


def point_tuple(point: Mapping[str, Any]) -> tuple[Any, ...]:
    """The contact point's values in ``POINT_COLUMNS`` order."""
    return _POINT_VALUES(point)


__all__ = ["CUSTOMER_COLUMNS", "POINT_COLUMNS", "customer_tuple", "point_tuple"]
