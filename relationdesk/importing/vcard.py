"""vCard files (2.1, 3.0, 4.0), several cards per file, as mapped records.

A focused parser of our own rather than the ``vobject`` package (0.9.9, evaluated first).
vobject decodes a quoted-printable value by encoding its text back to UTF-8 and decoding
the bytes with the CHARSET name as written, so a Japanese phone's ``CHARSET=SHIFT_JIS``
goes through Python's ``shift_jis`` codec, which cannot decode 髙, 﨑, ① or ㈱ (they exist
only in CP932): reading ``N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=EE=E0=8B=B4;...``
(髙橋) raises UnicodeDecodeError and the whole file is lost, whichever text encoding the
file was first decoded with. vobject also takes text, not bytes, so a file whose values are
raw Shift_JIS must be decoded before its CHARSET parameters are even seen; it reports no
physical line per card; and it would add pytz and six for the little we need.

What this parser does:
- works on bytes: each value is decoded with its own CHARSET (Shift_JIS names -> cp932),
  else UTF-8 when the whole file is UTF-8, else cp932;
- quoted-printable with soft line breaks (a line ending in "="), folded lines (a line
  starting with a space or tab), backslash escapes (\\n, \\, \\; \\\\), 2.1 bare TYPE
  parameters (``TEL;CELL;PREF``) as well as ``TYPE=cell,pref`` and ``TYPE="cell"``;
- N, FN, ORG, TITLE, NOTE, BDAY, CATEGORIES, TEL, EMAIL, ADR; readings from
  X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME (iOS, Android), SOUND;X-IRMC-N (Japanese
  feature phones), SORT-STRING (3.0), N;SORT-AS (4.0) and X-PHONETIC-ORG;
- Apple's item groups: ``item1.X-ABLabel`` labels ``item1.TEL``.
Each card becomes a MappedRecord whose line is the physical line of its BEGIN:VCARD.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.fields import Field, FieldValue, MappedRecord
from relationdesk.importing.problems import Problem, RowCode, Severity
from relationdesk.importing.text_files import CP932, UTF8, codec_for_charset, read_bytes

_BEGIN = b"BEGIN:VCARD"
_END = b"END:VCARD"
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


@dataclass
class _Property:
    """One unfolded content line: its line, group, name, parameters and raw value bytes."""

    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes


@dataclass
class _Card:
    """The lines of one card while it is read."""

    line: int
    lines: list[tuple[int, bytes]] = field(default_factory=list)
    closed: bool = False


def read_vcards(path: Path) -> list[MappedRecord]:
    """Read every card of a .vcf file; raise ImportFileError when there is none."""
    records = parse_vcards(read_bytes(path))
    if not records:
        raise ImportFileError(FileCode.NO_CARDS, path=str(path))
    return records


def parse_vcards(data: bytes) -> list[MappedRecord]:
    """Return one MappedRecord per card in *data* (the bytes of a .vcf file)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16").encode(UTF8)
    try:
        data.decode(UTF8)
        default = UTF8
    except UnicodeDecodeError:
        default = CP932
    return [_card_record(card, default) for card in _cards(data)]


def _cards(data: bytes) -> Iterator[_Card]:
    """Yield the cards in *data*; a BEGIN inside a card ends the unclosed card before it.

    Only right after a 2.1 ``AGENT:`` line is a BEGIN an embedded card, skipped whole.
    """
    card: _Card | None = None
    depth = 0
    previous = b""
    for number, line in enumerate(data.splitlines(), start=1):
        marker = line.strip().upper()
        if marker == _BEGIN:
            if card is not None and depth >= 1 and previous.upper().startswith(b"AGENT"):
                depth += 1
            else:
                if card is not None:
                    yield card
                card, depth = _Card(number), 1
        elif card is not None and marker == _END:
            depth -= 1
            if depth == 0:
                card.closed = True
                yield card
                card = None
        elif card is not None and depth == 1:
            card.lines.append((number, line))
        previous = line
    if card is not None:
        yield card


def _card_record(card: _Card, default: str) -> MappedRecord:
    properties = list(_properties(card.lines))
    problems: list[Problem] = []
    if not card.closed:
        problems.append(Problem(card.line, "", RowCode.CARD_NOT_CLOSED, "", Severity.WARNING))
    labels: dict[str, str] = {}
    texts: list[tuple[_Property, str]] = []
    for prop in properties:
        text = _decode(prop, default, card.line, problems)
        if prop.name == "X-ABLABEL" and prop.group:
            labels[prop.group.upper()] = _apple_label(_unescape(text))
        texts.append((prop, text))
    values: list[FieldValue] = []
    counters = {"ADR": 0}
    for prop, text in texts:
        values.extend(_field_values(prop, text, labels, counters))
    return MappedRecord(card.line, tuple(values), tuple(problems))


def _properties(lines: list[tuple[int, bytes]]) -> Iterator[_Property]:
    versions = (line[8:].strip() for _, line in lines if line.upper().startswith(b"VERSION:"))
    version = next(versions, b"3.0")
    keep_space = version == b"2.1"
    logical: list[tuple[int, bytearray]] = []
    soft_break = False
    for number, line in lines:
        if logical and soft_break:
            logical[-1][1][-1:] = line  # replace the "=" that ended the previous line
        elif logical and line[:1] in (b" ", b"\t"):
            logical[-1][1].extend(line if keep_space else line[1:])
        elif line.strip():
            logical.append((number, bytearray(line)))
        else:
            continue
        current = logical[-1][1]
        head = bytes(current.split(b":", 1)[0]).upper()
        soft_break = b"QUOTED-PRINTABLE" in head and current.endswith(b"=")
    for number, content in logical:
        prop = _parse_line(number, bytes(content))
        if prop is not None:
            yield prop


def _parse_line(number: int, content: bytes) -> _Property | None:
    head, colon, raw = _split_unquoted(content, b":")
    if not colon:
        return None
    parts = _split_all_unquoted(head, b";")
    full_name = parts[0].decode("ascii", "replace").strip()
    group, _, name = full_name.rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        text = part.decode(UTF8, "replace").strip()
        key, equals, value = text.partition("=")
        if not equals:
            key, value = ("ENCODING" if key.upper() in _ENCODINGS else "TYPE"), key
        values = [v.strip() for v in value.replace('"', "").split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return _Property(number, group, name.upper(), params, raw)


def _split_unquoted(data: bytes, separator: bytes) -> tuple[bytes, bool, bytes]:
    quoted = False
    for index in range(len(data)):
        byte = data[index : index + 1]
        if byte == b'"':
            quoted = not quoted
        elif byte == separator and not quoted:
            return data[:index], True, data[index + 1 :]
    return data, False, b""


def _split_all_unquoted(data: bytes, separator: bytes) -> list[bytes]:
    parts = []
    rest = data
    while True:
        part, found, rest = _split_unquoted(rest, separator)
        parts.append(part)
        if not found:
            return parts


def _decode(prop: _Property, default: str, card_line: int, problems: list[Problem]) -> str:
    raw = prop.raw
    encoding = {e.upper() for e in prop.params.get("ENCODING", ())}
    try:
        if encoding & {"QUOTED-PRINTABLE", "QP"}:
            raw = binascii.a2b_qp(raw)
        elif encoding & {"BASE64", "B"}:
            raw = base64.b64decode(raw, validate=False)
    except (binascii.Error, ValueError):
        problems.append(_undecodable(card_line, prop))
        return ""
    declared = [codec_for_charset(c) for c in prop.params.get("CHARSET", ())]
    for codec in (*[c for c in declared if c], default, UTF8, CP932):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    problems.append(_undecodable(card_line, prop))
    return raw.decode(default, "replace")


def _undecodable(card_line: int, prop: _Property) -> Problem:
    return Problem(
        card_line,
        prop.name,
        RowCode.UNDECODABLE,
        prop.raw[:40].decode("ascii", "replace"),
        Severity.WARNING,
        (("line", str(prop.line)),),
    )


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)


def _components(text: str) -> list[str]:
    """Split a structured value (N, ADR, ORG) on unescaped ";" and unescape each part.

    A component holding a list (3.0 "street 1,street 2") is joined with spaces.
    """
    parts, current, index = [], [], 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append("".join(current))
    return [" ".join(_unescape(p).strip() for p in _split_escaped(part, ",")) for part in parts]


def _split_escaped(text: str, separator: str) -> list[str]:
    return [p for p in re.split(r"(?<!\\)" + re.escape(separator), text) if p.strip()] or [""]


def _apple_label(text: str) -> str:
    match = _APPLE_LABEL.match(text.strip())
    return (match.group(1) if match else text).strip()


def _types(prop: _Property) -> set[str]:
    return {t.lower() for t in prop.params.get("TYPE", ())}


def _field_values(
    prop: _Property, text: str, labels: dict[str, str], counters: dict[str, int]
) -> list[FieldValue]:
    name = prop.name
    if name == "N":
        return _names(prop, text)
    if name == "SOUND" and any(t.upper() == "X-IRMC-N" for t in prop.params.get("TYPE", ())):
        family, given = [*_components(text), "", ""][:2]
        return [
            FieldValue(Field.FAMILY_READING, family, name),
            FieldValue(Field.GIVEN_READING, given, name),
        ]
    simple = {
        "FN": Field.FULL_NAME,
        "X-PHONETIC-LAST-NAME": Field.FAMILY_READING,
        "X-PHONETIC-FIRST-NAME": Field.GIVEN_READING,
        "SORT-STRING": Field.READING,
        "X-PHONETIC-ORG": Field.COMPANY_READING,
        "TITLE": Field.TITLE,
        "NOTE": Field.NOTE,
        "BDAY": Field.BIRTHDAY,
        "CATEGORIES": Field.TAGS,
    }
    if name in simple:
        return [FieldValue(simple[name], _unescape(text).strip(), name)]
    if name == "ORG":
        values = [FieldValue(Field.COMPANY, _components(text)[0], name)]
        sort_as = prop.params.get("SORT-AS")
        if sort_as:
            values.append(FieldValue(Field.COMPANY_READING, sort_as[0], name))
        return values
    label = labels.get(prop.group.upper(), "") if prop.group else ""
    types = _types(prop)
    primary = "pref" in types or bool(prop.params.get("PREF"))
    if name == "TEL":
        number = _unescape(text).strip()
        if number.lower().startswith("tel:"):
            number = number[4:].split(";", 1)[0]
        kind = _phone_field(types)
        return [FieldValue(kind, number, name, label=label, primary=primary)]
    if name == "EMAIL":
        address = _unescape(text).strip()
        if address.lower().startswith("mailto:"):
            address = address[7:]
        return [
            FieldValue(Field.EMAIL, address, name, label=label or _place(types), primary=primary)
        ]
    if name == "ADR":
        counters["ADR"] += 1
        group = f"ADR{counters['ADR']}"
        parts = [*_components(text), *[""] * 7][:7]
        _pobox, extended, street, city, region, code, _country = parts
        label = label or _place(types)
        return [
            FieldValue(field, value, name, group=group, label=label, primary=primary)
            for field, value in (
                (Field.POSTAL_CODE, code),
                (Field.PREFECTURE, region),
                (Field.CITY, city),
                (Field.STREET, street),
                (Field.BUILDING, extended),
            )
            if value
        ]
    return []


def _names(prop: _Property, text: str) -> list[FieldValue]:
    family, given = [*_components(text), "", ""][:2]
    if "PHONETIC" in prop.params:
        return [
            FieldValue(Field.FAMILY_READING, family, "N"),
            FieldValue(Field.GIVEN_READING, given, "N"),
        ]
    values = [FieldValue(Field.FAMILY_NAME, family, "N"), FieldValue(Field.GIVEN_NAME, given, "N")]
    sort_as = prop.params.get("SORT-AS", [])
    if sort_as:
        readings = [*sort_as, ""][:2]
        values += [
            FieldValue(Field.FAMILY_READING, readings[0], "N"),
            FieldValue(Field.GIVEN_READING, readings[1], "N"),
        ]
    return values


def _phone_field(types: set[str]) -> Field:
    if "fax" in types:
        return Field.FAX
    if types & {"cell", "mobile", "iphone"}:
        return Field.MOBILE
    if "home" in types:
        return Field.HOME_PHONE
    if "work" in types:
        return Field.WORK_PHONE
    return Field.PHONE


def _place(types: set[str]) -> str:
    for name, label in (("home", "home"), ("work", "work"), ("cell", "mobile")):
        if name in types:
            return label
    return ""
