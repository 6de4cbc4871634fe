r"""libphonenumber's national format and validity of a number, found with less work.

``phonenumbers.format_number(number, NATIONAL)`` (~15 µs) tries the region's number formats
in order: the first whose last leading-digits pattern matches the start of the national
significant number and whose pattern matches all of it is applied with ``re.sub``.
``phonenumbers.is_valid_number`` (~5 µs) matches the number against each number type's
pattern in turn. ``national`` and ``is_valid`` give the same answers for less, relying on
the shapes of the metadata (every region's has them in phonenumbers 9):

* A format pattern of digit groups, ``(\d{3})(\d{3,4})``, matches a string of digits or not
  by its length alone, and splits every such string at the same places. Which formats a
  number may take, and the text each makes of it (a template: what goes between which
  slices of the digits), depend only on the number's length.
* A leading-digits pattern of digits, classes, ``\d``, ``(?:...)`` and ``|`` (no quantifier,
  no anchor) stands for a finite set of digit strings. Its first few digits tell whether
  a number matches it, cannot match it, or whether more digits are needed. So the format
  a number takes is decided by a prefix, and the decisions are kept in a tree of prefixes
  per calling code and length; a number walks a few digits down it to its template.
* A number is valid when its region's general pattern matches it whole and one of its
  type patterns does: one alternation of the type patterns that allow the number's length.

Anything else is left to phonenumbers: an extension, Italian leading zeros, metadata of
another shape, a template that does not give format_number's text for the number it was
made from (each is checked once), a tree grown past its bound.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TypeAlias

import phonenumbers
from phonenumbers import NumberFormat, PhoneMetadata, PhoneNumber, PhoneNumberDesc

_NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL
_DIGITS = frozenset("0123456789")
_DIGIT_GROUPS = re.compile(r"(?:\(\\d(?:\{[0-9]+(?:,[0-9]+)?\})?\))+")
_DIGIT_CLASS = re.compile(r"(?:[0-9](?:-[0-9])?)+")
_CLASS_PART = re.compile(r"([0-9])(?:-([0-9]))?")
# Group references \1-\9 and plain text; \12 would be group 12, so no digit after one.
_RULE = re.compile(r"(?:[^\\]|\\[1-9](?![0-9]))*")
_GROUP_REFERENCE = re.compile(r"\\([1-9])")
# How phonenumbers puts the national prefix rule in place of a format's first group.
_FIRST_GROUP = re.compile(r"(\\\d)")
# Type patterns that can be joined into one alternation: digits, classes, \d, quantifiers,
# groups; no "(?" but "(?:", so no backreference, conditional, lookaround, named group or flag.
_PLAIN_PATTERN = re.compile(r"(?:[0-9)\[\]{}|?:,\-]|\\d|\((?!\?)|\(\?:)*")
_MAX_NODES = 20_000

# A leading-digits pattern: alternatives of sequences of digit sets or nested alternatives.
_Item: TypeAlias = "frozenset[str] | tuple[tuple[_Item, ...], ...]"
_Alternatives: TypeAlias = tuple[tuple[_Item, ...], ...]


class _Unsupported(Exception):
    """A pattern outside the shapes relied on."""


def _parse_leading(pattern: str) -> _Alternatives | None:
    """Return *pattern* as a tree of digit sets, or None if it has any other syntax."""
    try:
        tree, at = _alternatives(pattern, 0)
    except _Unsupported:
        return None
    return tree if at == len(pattern) else None


def _alternatives(text: str, at: int) -> tuple[_Alternatives, int]:
    sequences = []
    while True:
        sequence, at = _sequence(text, at)
        sequences.append(sequence)
        if not text.startswith("|", at):
            return tuple(sequences), at
        at += 1


def _sequence(text: str, at: int) -> tuple[tuple[_Item, ...], int]:
    items: list[_Item] = []
    while at < len(text) and text[at] not in "|)":
        if text[at] in _DIGITS:
            items.append(frozenset(text[at]))
            at += 1
        elif text.startswith("\\d", at):
            items.append(_DIGITS)
            at += 2
        elif text[at] == "[":
            end = text.find("]", at)
            if end < 0:
                raise _Unsupported
            items.append(_digit_class(text[at + 1 : end]))
            at = end + 1
        elif text.startswith("(?:", at):
            inner, at = _alternatives(text, at + 3)
            if not text.startswith(")", at):
                raise _Unsupported
            items.append(inner)
            at += 1
        else:
            raise _Unsupported
    return tuple(items), at


def _digit_class(body: str) -> frozenset[str]:
    if not _DIGIT_CLASS.fullmatch(body):
        raise _Unsupported
    digits: set[str] = set()
    for part in _CLASS_PART.finditer(body):
        low, high = part.group(1), part.group(2) or part.group(1)
        if high < low:
            raise _Unsupported
        digits.update(chr(c) for c in range(ord(low), ord(high) + 1))
    return frozenset(digits)


def _reach(tree: _Alternatives, text: str, starts: set[int]) -> tuple[set[int], bool]:
    """Where in *text* the strings of *tree* end, from *starts*, and whether some string
    of *tree* goes on past the end of *text*."""
    ends: set[int] = set()
    beyond = False
    for sequence in tree:
        places = starts
        for item in sequence:
            if isinstance(item, frozenset):
                beyond = beyond or len(text) in places
                places = {at + 1 for at in places if at < len(text) and text[at] in item}
            else:
                places, past = _reach(item, text, places)
                beyond = beyond or past
            if not places:
                break
        ends |= places
    return ends, beyond


@dataclass(frozen=True, slots=True)
class _Template:
    """A format's text for numbers of one length: %-format text and the digits' slices."""

    text: str
    slices: Callable[[str], str | tuple[str, ...]]


def _template(text: str, slices: list[slice]) -> _Template:
    return _Template(text, itemgetter(*slices))


# A leaf for numbers that go to phonenumbers.format_number.
_FALLBACK = _template("", [slice(0)])
_WHOLE = _template("%s", [slice(None)])
_UNDECIDED = -1

_Node: TypeAlias = "dict[str, _Node | _Template]"


@dataclass(frozen=True, slots=True)
class _Format:
    pattern: re.Pattern[str]
    rule: str  # the replacement format_number's national format applies with re.sub
    leading: re.Pattern[str] | None
    leading_tree: _Alternatives | None


def _format(number_format: NumberFormat) -> _Format | None:
    pattern, rule = number_format.pattern, number_format.format
    if pattern is None or rule is None or not _DIGIT_GROUPS.fullmatch(pattern):
        return None
    if number_format.national_prefix_formatting_rule:
        rule = _FIRST_GROUP.sub(number_format.national_prefix_formatting_rule, rule, count=1)
    if not number_format.leading_digits_pattern:
        return _Format(re.compile(pattern), rule, None, None)
    last = number_format.leading_digits_pattern[-1]
    tree = _parse_leading(last)
    return None if tree is None else _Format(re.compile(pattern), rule, re.compile(last), tree)


@dataclass(slots=True)
class _Plan:
    """A calling code's formats, and its numbers' decisions per length as a prefix tree."""

    formats: tuple[_Format, ...]
    trees: dict[int, _Node] = field(default_factory=dict)
    candidates: dict[int, tuple[int, ...]] = field(default_factory=dict)
    templates: dict[tuple[int, int], _Template] = field(default_factory=dict)
    nodes: int = 0

    def leaf(self, node: _Node, digits: str, depth: int, country_code: int) -> _Node | _Template:
        """Decide the child of *node* for ``digits[:depth]`` and keep it in the tree."""
        chosen = self._decide(digits[:depth], len(digits))
        child: _Node | _Template
        if chosen != _UNDECIDED:
            child = self._template(chosen, digits, country_code)
        elif self.nodes < _MAX_NODES:
            child = {}
            self.nodes += 1
        else:
            return _FALLBACK
        node[digits[depth - 1]] = child
        return child

    def _decide(self, prefix: str, length: int) -> int:
        """The index of the format every number of *length* starting with *prefix* takes,
        len(formats) for none, _UNDECIDED if that depends on the digits after the prefix."""
        candidates = self.candidates.get(length)
        if candidates is None:
            candidates = tuple(
                index
                for index, candidate in enumerate(self.formats)
                if candidate.pattern.fullmatch("0" * length)
            )
            self.candidates[length] = candidates
        whole = len(prefix) == length
        for index in candidates:
            candidate = self.formats[index]
            if candidate.leading is None or candidate.leading.match(prefix):
                return index
            assert candidate.leading_tree is not None
            if not whole and _reach(candidate.leading_tree, prefix, {0})[1]:
                return _UNDECIDED
        return len(self.formats)

    def _template(self, chosen: int, digits: str, country_code: int) -> _Template:
        key = (chosen, len(digits))
        template = self.templates.get(key)
        if template is None:
            number = PhoneNumber(country_code=country_code, national_number=int(digits))
            made = (
                _make_template(self.formats[chosen], digits)
                if chosen < len(self.formats)
                else _WHOLE
            )
            expected = phonenumbers.format_number(number, _NATIONAL)
            same = made is not None and made.text % made.slices(digits) == expected
            template = made if made is not None and same else _FALLBACK
            self.templates[key] = template
        return template


def _make_template(chosen: _Format, digits: str) -> _Template | None:
    match = chosen.pattern.match(digits)
    if match is None or match.end() != len(digits) or not _RULE.fullmatch(chosen.rule):
        return None
    pieces = _GROUP_REFERENCE.split(chosen.rule)
    groups = [int(group) for group in pieces[1::2]]
    if not groups or any(group > chosen.pattern.groups for group in groups):
        return None
    text = "%s".join(piece.replace("%", "%%") for piece in pieces[::2])
    return _template(text, [slice(*match.span(group)) for group in groups])


_plans: dict[int | None, _Plan | None] = {}
_UNKNOWN = _Plan(())


def _plan(country_code: int | None) -> _Plan | None:
    plan = None
    if country_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        region = phonenumbers.region_code_for_country_code(country_code)
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
        if metadata is not None:
            formats = [_format(f) for f in metadata.number_format]
            if all(f is not None for f in formats):
                plan = _Plan(tuple(f for f in formats if f is not None))
    _plans[country_code] = plan
    return plan


def national(number: PhoneNumber) -> str:
    """Return ``phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)``."""
    national_number = number.national_number
    if (
        not number.extension
        and not number.italian_leading_zero
        and type(national_number) is int
        and national_number > 0
        and number.country_code is not None
    ):
        found = national_of_digits(number.country_code, str(national_number))
        if found is not None:
            return found
    return phonenumbers.format_number(number, _NATIONAL)


def national_of_digits(country_code: int, digits: str) -> str | None:
    """``national`` of the number of *country_code* whose national significant number is
    *digits* (no extension, no leading zero), without a PhoneNumber; None where only
    ``phonenumbers.format_number`` can tell."""
    plan = _plans.get(country_code, _UNKNOWN)
    if plan is _UNKNOWN:
        plan = _plan(country_code)
    if plan is None:
        return None
    node = plan.trees.get(len(digits))
    if node is None:
        node = plan.trees.setdefault(len(digits), {})
    for depth, digit in enumerate(digits, 1):
        child = node.get(digit)
        if child is None:
            child = plan.leaf(node, digits, depth, country_code)
        if isinstance(child, dict):
            node = child
            continue
        if child is not _FALLBACK:
            return child.text % child.slices(digits)
        break
    return None


@dataclass(slots=True)
class _Validity:
    """A region's general pattern and its type patterns, joined per number length."""

    country_code: int
    general: PhoneNumberDesc | None
    types: tuple[PhoneNumberDesc, ...]
    sole: bool  # the only region of its calling code (region_code_for_number needs no digits)
    by_length: dict[int, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = field(
        default_factory=dict
    )

    def patterns(self, length: int) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """The general pattern and the joined type patterns for numbers of *length*."""
        found = self.by_length.get(length)
        if found is None:
            general = None
            if self.general is not None and _applies(self.general, length):
                general = re.compile(self.general.national_number_pattern or "")
            joined = "|".join(
                f"(?:{desc.national_number_pattern})"
                for desc in self.types
                if _applies(desc, length)
            )
            found = (general, re.compile(joined) if joined else None)
            self.by_length[length] = found
        return found


def _applies(desc: PhoneNumberDesc, length: int) -> bool:
    """Whether phonenumbers tries *desc*'s pattern on a number of *length* at all."""
    lengths = desc.possible_length
    return bool(desc.national_number_pattern) and (not lengths or length in lengths)


_validities: dict[str, _Validity | None] = {}


def _validity(region: str) -> _Validity | None:
    if region in _validities:
        return _validities[region]
    validity = None
    if region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is not None:
            # The types phonenumbers' number type check tries, in any order: valid if one matches.
            types = [
                metadata.premium_rate,
                metadata.toll_free,
                metadata.shared_cost,
                metadata.voip,
                metadata.personal_number,
                metadata.pager,
                metadata.uan,
                metadata.voicemail,
                metadata.fixed_line,
            ]
            if not metadata.same_mobile_and_fixed_line_pattern:
                types.append(metadata.mobile)
            present = tuple(desc for desc in types if desc is not None)
            if all(
                _PLAIN_PATTERN.fullmatch(desc.national_number_pattern or "") for desc in present
            ):
                code = phonenumbers.country_code_for_valid_region(region)
                sole = tuple(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())) == (region,)
                validity = _Validity(code, metadata.general_desc, present, sole)
    _validities[region] = validity
    return validity


def is_valid(number: PhoneNumber) -> bool:
    """Return ``phonenumbers.is_valid_number(number)``."""
    region = phonenumbers.region_code_for_number(number)
    if region is None:
        return False
    validity = _validity(region)
    if validity is None or number.country_code != validity.country_code:
        return phonenumbers.is_valid_number(number)
    return _valid(validity, phonenumbers.national_significant_number(number))


def is_valid_digits(region: str, digits: str) -> bool | None:
    """``is_valid`` of the number of *region* whose national significant number is
    *digits*, without a PhoneNumber, for a region that has its calling code to itself
    (JP: +81); None where only ``phonenumbers.is_valid_number`` can tell."""
    validity = _validity(region)
    if validity is None or not validity.sole:
        return None
    return _valid(validity, digits)


def _valid(validity: _Validity, digits: str) -> bool:
    general, types = validity.patterns(len(digits))
    return (
        general is not None
        and types is not None
        and general.fullmatch(digits) is not None
        and types.fullmatch(digits) is not None
    )
