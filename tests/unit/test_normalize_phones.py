"""Phone numbers typed the Japanese way (relationdesk.normalize.phones)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.normalize.phones import (
    InvalidPhone,
    Phone,
    PhoneDisplay,
    clean,
    display_phone,
    looks_like_phone_query,
    national_format,
    parse_phone,
    phone_search_digits,
)

_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    ("raw", "e164", "display"),
    [
        ("090-1234-5678", "+819012345678", "090-1234-5678"),
        ("09012345678", "+819012345678", "090-1234-5678"),
        ("０９０-１２３４-５６７８", "+819012345678", "090-1234-5678"),
        ("０９０－１２３４－５６７８", "+819012345678", "090-1234-5678"),
        ("090ー1234ー5678", "+819012345678", "090-1234-5678"),
        ("090ｰ1234ｰ5678", "+819012345678", "090-1234-5678"),
        ("090−1234−5678", "+819012345678", "090-1234-5678"),
        ("+81 90 1234 5678", "+819012345678", "090-1234-5678"),
        ("03(1234)5678", "+81312345678", "03-1234-5678"),
        ("03（1234）5678", "+81312345678", "03-1234-5678"),
        ("(03)1234-5678", "+81312345678", "03-1234-5678"),
        ("03 1234 5678", "+81312345678", "03-1234-5678"),
        ("03\u30001234\u30005678", "+81312345678", "03-1234-5678"),
        ("+81 3-1234-5678", "+81312345678", "03-1234-5678"),
        ("＋８１ ３-１２３４-５６７８", "+81312345678", "03-1234-5678"),
        ("0120-123-456", "+81120123456", "0120-123-456"),
        ("0120123456", "+81120123456", "0120-123-456"),
        ("06-6123-4567", "+81661234567", "06-6123-4567"),
        ("050-1234-5678", "+815012345678", "050-1234-5678"),
    ],
)
def test_parse_japanese_forms(raw: str, e164: str, display: str) -> None:
    """Common Japanese spellings parse to the right E.164 and national display form."""
    phone = parse_phone(raw)
    assert phone.e164 == e164
    assert phone.display == display


def test_parse_returns_phone_dataclass() -> None:
    """parse_phone returns a frozen Phone holding raw, e164, national and display."""
    phone = parse_phone("03-1234-5678")
    assert phone == Phone(
        raw="03-1234-5678", e164="+81312345678", national="03-1234-5678", display="03-1234-5678"
    )
    with pytest.raises(AttributeError):
        phone.e164 = "+81"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("０９０-１２３４-５６７８", "０９０-１２３４-５６７８"),
        ("  03(1234)5678  ", "03(1234)5678"),
        ("\u3000090ー1234ー5678\u3000", "090ー1234ー5678"),
        ("+81 3-1234-5678\n", "+81 3-1234-5678"),
    ],
)
def test_raw_kept_as_typed_but_stripped(raw: str, kept: str) -> None:
    """The raw text is kept as typed (full-width, ー and all), only stripped of outer spaces."""
    assert parse_phone(raw).raw == kept


def test_foreign_number_displays_internationally() -> None:
    """A UK number parses to E.164 and is shown in international format in Japan."""
    phone = parse_phone("+44 20 7946 0958")
    assert phone.e164 == "+442079460958"
    assert phone.display == "+44 20 7946 0958"


def test_foreign_number_national_at_home() -> None:
    """With region GB the same number is read without +44 and shown nationally."""
    phone = parse_phone("020 7946 0958", region="GB")
    assert phone.e164 == "+442079460958"
    assert phone.display == "020 7946 0958"


def test_japanese_number_displays_internationally_abroad() -> None:
    """With region US a Japanese E.164 number is displayed in international format."""
    assert display_phone("+81312345678", region="US") == "+81 3-1234-5678"


@pytest.mark.parametrize(
    "raw", ["", "   ", "\u3000", "abc", "123", "0000", "03-1234", "+81", "電話", "--", "0120-12"]
)
def test_invalid_inputs_raise(raw: str) -> None:
    """Empty, non-numeric, too short or impossible numbers raise InvalidPhone."""
    with pytest.raises(InvalidPhone):
        parse_phone(raw)


def test_invalid_phone_is_value_error() -> None:
    """InvalidPhone is a ValueError carrying the raw text."""
    with pytest.raises(ValueError, match="abc") as info:
        parse_phone("abc")
    assert isinstance(info.value, InvalidPhone)


@pytest.mark.parametrize(
    ("e164", "display"),
    [
        ("+819012345678", "090-1234-5678"),
        ("+81312345678", "03-1234-5678"),
        ("+81120123456", "0120-123-456"),
        ("+442079460958", "+44 20 7946 0958"),
    ],
)
def test_display_phone(e164: str, display: str) -> None:
    """display_phone shows Japanese numbers nationally and foreign ones internationally."""
    assert display_phone(e164) == display


def test_display_phone_unparseable_returned_unchanged() -> None:
    """A stored value that is not E.164 is shown as it is."""
    assert display_phone("not a phone") == "not a phone"


@pytest.mark.parametrize(
    ("e164", "digits"),
    [
        ("+81312345678", "0312345678"),
        ("+819012345678", "09012345678"),
        ("+81120123456", "0120123456"),
        ("+442079460958", "02079460958"),
    ],
)
def test_phone_search_digits(e164: str, digits: str) -> None:
    """phone_search_digits gives the national digits with the leading 0."""
    assert phone_search_digits(e164) == digits


def test_phone_search_digits_unparseable_keeps_digits() -> None:
    """A value phonenumbers cannot parse falls back to its digits."""
    assert phone_search_digits("abc 12-3") == "123"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("  03−1234―5678 ", "03-1234-5678"),
        ("03〜1234～5678", "03-1234-5678"),
        ("（03）1234", "(03)1234"),
    ],
)
def test_clean(raw: str, cleaned: str) -> None:
    """clean folds widths, strips, and turns dash look-alikes into '-'."""
    assert clean(raw) == cleaned


@pytest.mark.parametrize(
    "query", ["03-1234", "０９０", "(03)", "090 1234", "+81", "090ー1234", "5678", "03.1234"]
)
def test_looks_like_phone_query_true(query: str) -> None:
    """Digits with phone separators look like a phone query."""
    assert looks_like_phone_query(query)


@pytest.mark.parametrize("query", ["yamada", "山田", "", "-", "()", "山田03", "a1", "03-1234 x"])
def test_looks_like_phone_query_false(query: str) -> None:
    """Names, empty text, separators without digits or digits mixed with letters do not."""
    assert not looks_like_phone_query(query)


_SEPARATORS = ["", "-", " ", "ー", "－", "\u3000"]


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.sampled_from(["090", "080", "070"]),
    # The first subscriber digit is 1-9: 0800-... is a toll-free range, 0900/0700 are unused.
    first=st.sampled_from("123456789"),
    rest=st.text(alphabet="0123456789", min_size=7, max_size=7),
    separator=st.sampled_from(_SEPARATORS),
    fullwidth=st.booleans(),
)
def test_mobile_numbers_any_spelling_same_e164(
    prefix: str, first: str, rest: str, separator: str, fullwidth: bool
) -> None:
    """Any spelling of a Japanese mobile number parses to the plain-digit form's E.164."""
    digits = prefix + first + rest
    typed = separator.join([prefix, digits[3:7], digits[7:]])
    if fullwidth:
        typed = typed.translate(_FULLWIDTH_DIGITS)
    plain = parse_phone(digits)
    parsed = parse_phone(typed)
    assert parsed.e164 == plain.e164 == "+81" + digits[1:]
    assert parsed.display == f"{prefix}-{digits[3:7]}-{digits[7:]}"
    assert parsed.raw == typed.strip()
    assert phone_search_digits(parsed.e164) == digits
    assert looks_like_phone_query(typed)


def test_phone_display_uses_stored_national_at_home_and_formats_foreign() -> None:
    """PhoneDisplay shows the stored national form at home and formats foreign numbers."""
    display = PhoneDisplay("JP")
    assert display.show("+819012345678", "090-1234-5678") == "090-1234-5678"
    assert display.show("+442079460958", "020 7946 0958") == "+44 20 7946 0958"
    assert PhoneDisplay("GB").show("+819012345678", "090-1234-5678") == "+81 90-1234-5678"
    assert national_format("+81312345678") == "03-1234-5678"


def _reference_parse(raw: str, region: str) -> Phone | None:
    """parse_phone as it was before its shortcuts: phonenumbers.parse, then format thrice."""
    import phonenumbers

    text = clean(raw)
    if not text or not any(ch.isdigit() for ch in text):
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return Phone(raw.strip(), e164, national, display_phone(e164, region))


def _parsed(raw: str, region: str) -> Phone | None:
    try:
        return parse_phone(raw, region)
    except InvalidPhone:
        return None


_national_like = st.builds(
    lambda digits, seps: "".join(d + s for d, s in zip(digits, seps, strict=False)),
    st.text(alphabet="0123456789", min_size=8, max_size=12).map(lambda d: "0" + d),
    st.lists(st.sampled_from(["", "", "-", " ", "(", ")", "ー", "－", "\u3000"]), min_size=13),
)


@settings(max_examples=1500, deadline=None)
@given(
    raw=st.one_of(_national_like, st.text(alphabet="0123456789+-() ext.", max_size=16)),
    region=st.sampled_from(["JP", "JP", "US", "GB"]),
)
def test_parse_phone_equals_the_plain_libphonenumber_path(raw: str, region: str) -> None:
    """The shortcuts (national digits checked directly, one national format, the cache)
    give exactly what parsing with phonenumbers and formatting three times gave."""
    assert _parsed(raw, region) == _reference_parse(raw, region)
    assert _parsed(raw, region) == _reference_parse(raw, region)  # again, from the cache


@pytest.mark.parametrize(
    "raw",
    ["090-1234-5678", "03(1234)5678", "0120-123-456", "０６－６１２３－４５６７", "0312345678"],
)
def test_common_japanese_numbers_skip_phonenumbers_parse(raw: str, monkeypatch) -> None:
    """The common national spellings never reach phonenumbers.parse (the slow part)."""
    import phonenumbers

    from relationdesk.normalize import phones

    def refuse(*args, **kwargs):
        raise AssertionError("phonenumbers.parse called")

    phones._parse_phone.cache_clear()
    monkeypatch.setattr(phonenumbers, "parse", refuse)
    assert parse_phone(raw).e164.startswith("+81")


@settings(max_examples=500, deadline=None)
@given(raw=st.one_of(_national_like, st.text(alphabet="0123456789+ ext.", max_size=18)))
def test_stored_search_digits_equal_phone_search_digits(raw: str) -> None:
    """The digits taken from the stored national form are what parsing E.164 gives."""
    from relationdesk.normalize.phones import stored_search_digits

    phone = _parsed(raw, "JP")
    if phone is not None:
        assert stored_search_digits(phone.e164, phone.national) == phone_search_digits(phone.e164)


def test_stored_search_digits_of_an_extension_parse_again() -> None:
    """A national form with an extension is not taken digit for digit."""
    from relationdesk.normalize.phones import stored_search_digits

    phone = parse_phone("03-1234-5678 ext. 12")
    assert "ext" in phone.national
    assert stored_search_digits(phone.e164, phone.national) == "0312345678"


def test_home_prefixes_known_without_phonenumbers_agree_with_it() -> None:
    """The calling codes kept for start-up are libphonenumber's; others are looked up."""
    import phonenumbers

    from relationdesk.normalize import phones

    for region, prefix in phones._KNOWN_PREFIXES.items():
        assert prefix == f"+{phonenumbers.country_code_for_region(region)}"
    assert phones.PhoneDisplay("US").prefix == "+1"
    assert phones.PhoneDisplay("JP").prefix == "+81"
    assert phonenumbers.country_code_for_region("JP") == phones._JP_CODE


_NUMBER_TYPES = (
    "FIXED_LINE",
    "MOBILE",
    "TOLL_FREE",
    "PREMIUM_RATE",
    "SHARED_COST",
    "VOIP",
    "PERSONAL_NUMBER",
    "PAGER",
    "UAN",
    "VOICEMAIL",
)


def _varied(national_number: str, rng, count: int) -> list[str]:
    """*national_number* with its digits from a random place on replaced, or one more or
    one fewer: numbers around the metadata's example, valid and not."""
    found = []
    for _ in range(count):
        digits = list(national_number)
        for at in range(rng.randrange(len(digits) + 1), len(digits)):
            digits[at] = rng.choice("0123456789")
        if rng.random() < 0.15:
            digits.append(rng.choice("0123456789"))
        if rng.random() < 0.15 and len(digits) > 2:
            digits.pop()
        if digits[0] != "0":
            found.append("".join(digits))
    return found


def _region_numbers(region: str, rng, per_type: int) -> list:
    """Numbers of *region* around each of its example numbers (PhoneNumber objects)."""
    import phonenumbers

    code = phonenumbers.country_code_for_region(region)
    numbers = []
    for name in _NUMBER_TYPES:
        example = phonenumbers.example_number_for_type(
            region, getattr(phonenumbers.PhoneNumberType, name)
        )
        if example is None:
            continue
        numbers.append(example)
        for digits in _varied(str(example.national_number), rng, per_type):
            numbers.append(phonenumbers.PhoneNumber(country_code=code, national_number=int(digits)))
    return numbers


def _japanese_numbers(rng) -> list:
    """Japanese national significant numbers of every prefix class the metadata tells apart:
    every prefix of up to four digits at lengths 9 and 10 (fixed lines with 1-5 digit area
    codes, 70/80/90 mobiles, 50, 120, 800, 570, 990, 20, 60 ...), random five- and six-digit
    prefixes, lengths 8 and 11, typed numbers, and the metadata's examples varied."""
    import phonenumbers

    def tail(prefix: str, length: int) -> str:
        return prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))

    prefixes = [str(n) for n in range(1, 10)]
    prefixes += [str(n) for n in range(10, 10_000)]
    nsns = [tail(p, length) for p in prefixes for length in (9, 10)]
    nsns += [tail(str(rng.randrange(10_000, 1_000_000)), rng.choice((9, 10))) for _ in range(8000)]
    nsns += [tail(str(rng.randrange(1, 100)), length) for length in (8, 11) for _ in range(300)]
    numbers = [phonenumbers.PhoneNumber(country_code=81, national_number=int(n)) for n in nsns]
    typed = [
        "03-1234-5678",
        "06-6123-4567",
        "011-123-4567",
        "0123-45-6789",
        "01267-2-3456",
        "04992-2-1234",
        "0467-12-3456",
        "070-1234-5678",
        "080-1234-5678",
        "090-1234-5678",
        "050-1234-5678",
        "0120-123-456",
        "0800-123-4567",
        "0570-123-456",
        "0990-123-456",
        "020-1234-5678",
        "060-123-4567",
        "03-1234-5678 ext. 12",
    ]
    numbers += [phonenumbers.parse(text, "JP") for text in typed]
    return numbers + _region_numbers("JP", rng, 500)


def _fresh_phone_formats(monkeypatch):
    """phone_formats with its trees and tables empty, counting its calls of format_number."""
    import phonenumbers

    from relationdesk.normalize import phone_formats

    monkeypatch.setattr(phone_formats, "_plans", {})
    monkeypatch.setattr(phone_formats, "_validities", {})
    calls = {"format_number": 0}
    real = phonenumbers.format_number

    def counted(number, number_format):
        calls["format_number"] += 1
        return real(number, number_format)

    monkeypatch.setattr(phonenumbers, "format_number", counted)
    return phone_formats, real, calls


def test_national_and_validity_equal_libphonenumber_for_japanese_numbers(monkeypatch) -> None:
    """phone_formats.national and is_valid answer as format_number(NATIONAL) and
    is_valid_number do, for Japanese numbers of every prefix class, valid or not, and the
    national format comes from the prefix tree, not from format_number."""
    import random

    import phonenumbers

    phone_formats, format_number, calls = _fresh_phone_formats(monkeypatch)
    numbers = _japanese_numbers(random.Random(81))
    nationals = {}
    for number in numbers:
        expected = format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert phone_formats.national(number) == expected, number
        assert phone_formats.is_valid(number) == phonenumbers.is_valid_number(number), number
        if not number.extension:  # the digits-only forms the import's Japanese path uses
            digits = str(number.national_number)
            assert phone_formats.is_valid_digits("JP", digits) == phonenumbers.is_valid_number(
                number
            ), number
            assert phone_formats.national_of_digits(81, digits) in (expected, None), number
        nationals[expected] = number
    assert len(numbers) > 30_000
    assert sum(phonenumbers.is_valid_number(n) for n in numbers) > 10_000
    # Once per format and length to check each template, and for the extension.
    assert calls["format_number"] < 40
    assert phone_formats._validities["JP"] is not None
    # 03-1234-5678, 0123-45-6789, 01267-2-3456, 090-1234-5678, 0120-123-456 ... all made.
    shapes = {tuple(len(group) for group in text.split("-")) for text in nationals}
    assert {(2, 4, 4), (3, 3, 4), (4, 2, 4), (5, 1, 4), (3, 4, 4), (4, 3, 3)} <= shapes


@pytest.mark.parametrize("region", ["US", "GB", "KR", "CN", "DE", "IT"])
def test_national_and_validity_equal_libphonenumber_abroad(region: str, monkeypatch) -> None:
    """The same for other regions' numbers, Italy's with and without their leading zero."""
    import random

    import phonenumbers

    phone_formats, format_number, calls = _fresh_phone_formats(monkeypatch)
    numbers = _region_numbers(region, random.Random(region), 400)
    if region == "IT":
        for number in numbers[::2]:
            number.italian_leading_zero = True
    for number in numbers:
        expected = format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert phone_formats.national(number) == expected, number
        assert phone_formats.is_valid(number) == phonenumbers.is_valid_number(number), number
        digits = phonenumbers.national_significant_number(number)
        # A region sharing its calling code (+1 US and CA, +44 GB and JE ...) needs every
        # digit to tell which region a number is of: left to phonenumbers.
        code = phonenumbers.country_code_for_region(region)
        sole = tuple(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]) == (region,)
        assert phone_formats.is_valid_digits(region, digits) == (
            phonenumbers.is_valid_number(number) if sole else None
        ), number
    if region != "IT":
        assert calls["format_number"] < 60
    assert phone_formats._validities[region] is not None


def test_leading_digit_patterns_read_as_re_reads_them() -> None:
    """Every region's leading-digits patterns are of the shape phone_formats reads, and
    match the strings re matches; a prefix no string of a pattern starts with is never
    taken for one that may still match."""
    import random
    import re

    import phonenumbers
    from phonenumbers import PhoneMetadata

    from relationdesk.normalize.phone_formats import _parse_leading, _reach

    rng = random.Random(7)
    for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        region = phonenumbers.region_code_for_country_code(code)
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
        for number_format in metadata.number_format:
            for pattern in number_format.leading_digits_pattern:
                tree = _parse_leading(pattern)
                assert tree is not None, pattern
                texts = [
                    "".join(rng.choices("0123456789", k=rng.randrange(1, 7))) for _ in range(30)
                ]
                texts += [f"{n}" for n in range(10)]
                for text in texts:
                    ends, beyond = _reach(tree, text, {0})
                    assert bool(ends) == bool(re.match(pattern, text)), (pattern, text)
                    if not ends and not beyond:
                        tails = ("".join(rng.choices("0123456789", k=6)) for _ in range(5))
                        assert not any(re.match(pattern, text + t) for t in tails), (pattern, text)
