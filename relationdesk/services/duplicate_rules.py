"""When two customers are the same one: the rule the import and the duplicate finder share.

Three kinds of evidence are looked at, all on derived keys (never on text as typed):

* **e-mail**: an address both have, after normalisation (``normalise_email``: width
  folded, domain lower-cased) and compared without case;
* **phone**: a number both have, as E.164 (+819012345678 whatever way it was written);
* **name**: the same folded name (NFKC, kana and case folded: 山田　太郎 = 山田 太郎),
  together with the same folded reading when both have one.

Shared contact details alone are not enough: a family shares its home number, a
company's staff its main line, a couple one e-mail address. And a name alone is not
enough: 同姓同名 is common. So the evidence is weighed:

=========  ==========================================================================
HIGH       a shared e-mail or phone, and the names agree (same name, or same reading,
           or the same family name where one side has no given name); or the same
           name and reading, and the same birthday or a shared postal code
MEDIUM     the same name and reading (a company: the same name), and nothing to compare
           or contradict (no birthday or postal code on one side); or the same name
           without readings to compare, but the same birthday or a shared postal code
LOW        anything else that matched: a shared e-mail or phone with names that do
           not agree, the same name alone, or any match contradicted (different
           birthdays; for a match on the name, postal codes on both sides and none
           shared)
=========  ==========================================================================

A person never matches a company. Different birthdays (both known) make any match LOW:
a birthday does not change, so it is two people or a typing error for a human to judge.
Different addresses only weaken a name match (people move; a shared phone or e-mail
still says it is them).

The import treats HIGH and MEDIUM as duplicates (merged, skipped or created anyway, as the
user chose) and LOW as a new customer, with a warning naming the record it resembles.
The duplicate finder lists HIGH and MEDIUM pairs by default, LOW on request.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from relationdesk.codes import CustomerKind


class MatchRule(enum.StrEnum):
    """Which evidence matched, in order of strength (the first is the pair's main rule)."""

    EMAIL = "email"
    PHONE = "phone"
    NAME_READING = "name_reading"
    NAME = "name"


class Confidence(enum.StrEnum):
    """How sure the rule is that two records are one customer."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """2 for HIGH, 1 for MEDIUM, 0 for LOW (for comparisons)."""
        return _RANKS[self]


_RANKS = {Confidence.HIGH: 2, Confidence.MEDIUM: 1, Confidence.LOW: 0}
_RULE_ORDER = {rule: index for index, rule in enumerate(MatchRule)}


@dataclass(frozen=True, slots=True, init=False)
class Identity:
    """What the rule compares of one customer (all keys already folded or normalised)."""

    kind: str
    name_key: str
    reading_key: str = ""
    family_key: str = ""
    given_key: str = ""
    birthday: str = ""  # ISO date, "" when unknown
    postal_codes: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()  # lower-cased normalised addresses
    phones: frozenset[str] = frozenset()  # E.164

    def __init__(
        self,
        kind: str,
        name_key: str,
        reading_key: str = "",
        family_key: str = "",
        given_key: str = "",
        birthday: str = "",
        postal_codes: frozenset[str] = frozenset(),
        emails: frozenset[str] = frozenset(),
        phones: frozenset[str] = frozenset(),
    ) -> None:
        # FAST_INIT (relationdesk.services.customer_data)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "name_key", name_key)
        object.__setattr__(self, "reading_key", reading_key)
        object.__setattr__(self, "family_key", family_key)
        object.__setattr__(self, "given_key", given_key)
        object.__setattr__(self, "birthday", birthday)
        object.__setattr__(self, "postal_codes", postal_codes)
        object.__setattr__(self, "emails", emails)
        object.__setattr__(self, "phones", phones)


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict on a pair: the rules that matched (strongest first) and the confidence."""

    rules: tuple[MatchRule, ...]
    confidence: Confidence

    @property
    def rule(self) -> MatchRule:
        """The strongest rule that matched."""
        return self.rules[0]

    @property
    def is_duplicate(self) -> bool:
        """Whether an import treats the pair as one customer (HIGH or MEDIUM)."""
        return self.confidence is not Confidence.LOW

    def sort_key(self) -> tuple[int, int]:
        """Orders assessments best first: higher confidence, then the stronger main rule."""
        return (-self.confidence.rank, _RULE_ORDER[self.rule])


def assess(a: Identity, b: Identity) -> Assessment | None:
    """Weigh the evidence that *a* and *b* are the same customer; None when nothing matched."""
    if a.kind != b.kind:
        return None
    rules: list[MatchRule] = []
    if a.emails and not a.emails.isdisjoint(b.emails):
        rules.append(MatchRule.EMAIL)
    if a.phones and not a.phones.isdisjoint(b.phones):
        rules.append(MatchRule.PHONE)
    same_name = bool(a.name_key) and a.name_key == b.name_key
    same_reading = bool(a.reading_key) and a.reading_key == b.reading_key
    if same_name:
        rules.append(MatchRule.NAME_READING if same_reading else MatchRule.NAME)
    if not rules:
        return None
    return Assessment(tuple(rules), _confidence(a, b, rules, same_name, same_reading))


def _confidence(
    a: Identity, b: Identity, rules: list[MatchRule], same_name: bool, same_reading: bool
) -> Confidence:
    if a.birthday and b.birthday and a.birthday != b.birthday:
        return Confidence.LOW
    contact = MatchRule.EMAIL in rules or MatchRule.PHONE in rules
    if contact and (same_name or same_reading or _partial_name(a, b)):
        return Confidence.HIGH
    if not same_name:
        return Confidence.LOW
    both_postal = bool(a.postal_codes) and bool(b.postal_codes)
    shared_postal = both_postal and not a.postal_codes.isdisjoint(b.postal_codes)
    if both_postal and not shared_postal:
        return Confidence.LOW
    strengthened = shared_postal or bool(a.birthday and a.birthday == b.birthday)
    if MatchRule.NAME_READING in rules or a.kind == CustomerKind.COMPANY:
        return Confidence.HIGH if strengthened else Confidence.MEDIUM
    return Confidence.MEDIUM if strengthened else Confidence.LOW


def _partial_name(a: Identity, b: Identity) -> bool:
    """The same family name where one side has no given name (山田 and 山田 太郎)."""
    return (
        a.kind == CustomerKind.PERSON
        and bool(a.family_key)
        and a.family_key == b.family_key
        and (not a.given_key or not b.given_key)
    )


def best(assessments: list[tuple[Assessment, bytes]]) -> tuple[Assessment, bytes] | None:
    """The best (assessment, customer id) of a record's candidates, None if there are none.

    Best: the highest confidence, then the strongest main rule, then the oldest record
    (ids are time-ordered UUID v7, so the smallest id is the earliest made).
    """
    if not assessments:
        return None
    return min(assessments, key=lambda pair: (*pair[0].sort_key(), pair[1]))


__all__ = ["Assessment", "Confidence", "Identity", "MatchRule", "assess", "best"]
