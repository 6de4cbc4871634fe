"""The customer fields a column (or a vCard property) can be imported into, and mapped records."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple

from relationdesk.importing.problems import Problem
from relationdesk.importing.table import Cell


class Field(enum.StrEnum):
    """Where a column's values go. IGNORE leaves the column out."""

    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    FULL_NAME = "full_name"  # split into family and given name at the first space
    READING = "reading"  # the whole reading; split like the full name
    FAMILY_READING = "family_reading"
    GIVEN_READING = "given_reading"
    COMPANY = "company"
    COMPANY_READING = "company_reading"
    TITLE = "title"
    PHONE = "phone"
    MOBILE = "mobile"
    HOME_PHONE = "home_phone"
    WORK_PHONE = "work_phone"
    FAX = "fax"
    PHONE_LABEL = "phone_label"  # the label of the phone of the same group (Google "Type")
    EMAIL = "email"
    EMAIL_LABEL = "email_label"
    POSTAL_CODE = "postal_code"
    PREFECTURE = "prefecture"
    CITY = "city"
    STREET = "street"
    BUILDING = "building"
    ADDRESS = "address"  # a whole address in one cell, split on import
    ADDRESS_LABEL = "address_label"
    BIRTHDAY = "birthday"
    NOTE = "note"
    TAGS = "tags"
    STAGE = "stage"
    LINE_ID = "line_id"
    # The columns of RelationDesk's own exports, so that an exported file comes back whole:
    KIND = "kind"  # 個人 / 法人, Person / Company
    HONORIFIC = "honorific"  # 様 / 御中 / 殿
    CHANNEL = "preferred_channel"  # 電話, メール, LINE, DM, 来店 (or the codes)
    CONSENT_DM = "consent_dm"  # TRUE / FALSE, はい / いいえ, ○ / × ...
    CONSENT_EMAIL = "consent_email"
    CONSENT_LINE = "consent_line"
    SOURCE = "source"  # where the customer came from (else the file's name)
    IGNORE = "ignore"


# Phone fields and the label each gives its numbers (codes; the UI shows them translated).
PHONE_LABELS: dict[Field, str] = {
    Field.PHONE: "",
    Field.MOBILE: "mobile",
    Field.HOME_PHONE: "home",
    Field.WORK_PHONE: "work",
    Field.FAX: "fax",
}
ADDRESS_PARTS = frozenset(
    {
        Field.POSTAL_CODE,
        Field.PREFECTURE,
        Field.CITY,
        Field.STREET,
        Field.BUILDING,
        Field.ADDRESS,
        Field.ADDRESS_LABEL,
    }
)
# Fields that belong to one phone, e-mail or address of a record: one column each per group.
GROUPED = ADDRESS_PARTS | {Field.PHONE_LABEL, Field.EMAIL_LABEL}
# Fields several columns may feed at once (each phone column adds a phone, ...).
MULTI_VALUED = frozenset({*PHONE_LABELS, Field.EMAIL, Field.NOTE, Field.TAGS, Field.IGNORE})


class FieldValue(NamedTuple):
    """One value of a record, with the column (or vCard property) it came from.

    ``group`` ties together what belongs to one phone, e-mail or address (Google's
    "Phone 1 - Type" and "Phone 1 - Value", Outlook's "Business Street" and "Business City").
    ``label`` and ``primary`` come from the file (a vCard's TYPE and PREF).
    """

    # A NamedTuple rather than a frozen dataclass: one is made per cell of a 100,000-row
    # file, and a frozen dataclass takes several times longer to create.
    field: Field
    value: Cell
    source: str
    group: str = ""
    label: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True, init=False)
class MappedRecord:
    """A record whose values are assigned to customer fields, with its physical start line."""

    line: int
    values: tuple[FieldValue, ...]
    problems: tuple[Problem, ...] = ()

    def __init__(
        self,
        line: int,
        values: tuple[FieldValue, ...],
        problems: tuple[Problem, ...] = (),
    ) -> None:
        # FAST_INIT (relationdesk.services.customer_data)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "problems", problems)
