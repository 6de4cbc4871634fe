"""The codes a customer's values are stored as, free of the ORM.

The models use them for their columns and check constraints (and re-export them), and
the import's helper processes use them without loading SQLAlchemy: each helper would
otherwise spend ~0.5 s importing it before preparing its first record.
"""

from __future__ import annotations

import enum


class CustomerKind(enum.StrEnum):
    """Whether a customer is a person or a company."""

    PERSON = "person"
    COMPANY = "company"


class Stage(enum.StrEnum):
    """Relationship stage, from first contact to a customer who recommends us."""

    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    REPEAT = "repeat"
    ADVOCATE = "advocate"


class Honorific(enum.StrEnum):
    """Honorific used on letters and labels: 様 for people, 御中 for companies, 殿 formal."""

    SAMA = "様"
    ONCHU = "御中"
    DONO = "殿"


class Channel(enum.StrEnum):
    """How a customer prefers to be contacted."""

    NONE = "none"
    PHONE = "phone"
    EMAIL = "email"
    LINE = "line"
    DM = "dm"
    VISIT = "visit"


class ContactKind(enum.StrEnum):
    """What a contact point is."""

    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"


__all__ = ["Channel", "ContactKind", "CustomerKind", "Honorific", "Stage"]
