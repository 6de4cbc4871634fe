"""E-mail addresses and postal codes (relationdesk.normalize.emails / .postal)."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.normalize.emails import InvalidEmail, normalise_email
from relationdesk.normalize.postal import (
    InvalidPostalCode,
    display_postal_code,
    normalise_postal_code,
)

_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# --- e-mail ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Taro@Example.COM", "Taro@example.com"),
        ("taro@example.com", "taro@example.com"),
        ("taro.yamada+crm@mail.example.co.jp", "taro.yamada+crm@mail.example.co.jp"),
        ("  taro@example.com  ", "taro@example.com"),
        ("\u3000taro@example.com\u3000", "taro@example.com"),
    ],
)
def test_normalise_email_ascii(raw: str, expected: str) -> None:
    """An ASCII address is stripped, keeps its local part and gets a lower-case domain."""
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "taro@example.com"),
        ("Ｔａｒｏ＠Ｅｘａｍｐｌｅ．ＣＯＭ", "Taro@example.com"),
        ("taro＠example.com", "taro@example.com"),
        ("ｔａｒｏ．ｙａｍａｄａ＋１＠ｅｘａｍｐｌｅ．ｊｐ", "taro.yamada+1@example.jp"),
    ],
)
def test_normalise_email_fullwidth(raw: str, expected: str) -> None:
    """A full-width address is accepted and normalised to ASCII."""
    result = normalise_email(raw)
    assert result == expected
    assert result.isascii()


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\u3000",
        "taro",
        "taro@",
        "@example.com",
        "a b@example.com",
        "taro@@example.com",
        "taro@example",
        "taro@localhost",
        "taro@exa mple.com",
        "taro.@example.com",
        "taro..yamada@example.com",
        "やまだ",
    ],
)
def test_normalise_email_invalid(raw: str) -> None:
    """Empty, incomplete or malformed addresses raise InvalidEmail."""
    with pytest.raises(InvalidEmail):
        normalise_email(raw)


def test_invalid_email_is_value_error() -> None:
    """InvalidEmail is a ValueError carrying the raw text."""
    with pytest.raises(ValueError, match="taro@") as info:
        normalise_email("taro@")
    assert isinstance(info.value, InvalidEmail)


def test_normalise_email_uses_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Normalising an address with an unregistered domain works with DNS look-ups disabled."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "gethostbyname", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert normalise_email("Taro@No-Such-Domain-RelationDesk.example") == (
        "Taro@no-such-domain-relationdesk.example"
    )


@settings(max_examples=200, deadline=None)
@given(
    local=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=20),
    domain=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=15),
    upper=st.booleans(),
)
def test_normalise_email_idempotent(local: str, domain: str, upper: bool) -> None:
    """Normalising is idempotent and lower-cases the domain whatever its case."""
    typed_domain = f"{domain}.co.jp".upper() if upper else f"{domain}.co.jp"
    result = normalise_email(f"{local}@{typed_domain}")
    assert result == f"{local}@{domain}.co.jp"
    assert normalise_email(result) == result


# --- postal codes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "〒１２３－４５６７",
        "〒123-4567",
        "〒 123-4567",
        "123-4567",
        "1234567",
        "１２３４５６７",
        "123 4567",
        "123\u30004567",
        "123ー4567",
        "123ｰ4567",
        "123−4567",
        "123‐4567",
        "  123-4567  ",
    ],
)
def test_normalise_postal_code(raw: str) -> None:
    """Any usual spelling of a postal code gives its 7 ASCII digits."""
    assert normalise_postal_code(raw) == "1234567"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "〒",
        "123456",
        "12345678",
        "123-456",
        "1234-5678",
        "abc-defg",
        "123-456a",
        "１２３－４５６",
        "١٢٣٤٥٦٧",  # Arabic-Indic digits are digits, but not ASCII ones
        "123/4567",
        "123.4567",
    ],
)
def test_normalise_postal_code_invalid(raw: str) -> None:
    """Wrong lengths, letters and non-ASCII digits raise InvalidPostalCode."""
    with pytest.raises(InvalidPostalCode):
        normalise_postal_code(raw)


def test_invalid_postal_code_is_value_error() -> None:
    """InvalidPostalCode is a ValueError."""
    with pytest.raises(ValueError, match="123456"):
        normalise_postal_code("123456")


@pytest.mark.parametrize(
    ("digits", "shown"),
    [
        ("1234567", "123-4567"),
        ("1000001", "100-0001"),
        ("0600000", "060-0000"),
    ],
)
def test_display_postal_code(digits: str, shown: str) -> None:
    """Seven stored digits are shown as NNN-NNNN."""
    assert display_postal_code(digits) == shown


@pytest.mark.parametrize("value", ["", "123456", "12345678", "abcdefg", "123-4567"])
def test_display_postal_code_other_values_unchanged(value: str) -> None:
    """A value that is not 7 digits is shown as it is."""
    assert display_postal_code(value) == value


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_postal_round_trip(digits: str) -> None:
    """Any 7 digits survive display and normalise, also when typed full-width with 〒."""
    shown = display_postal_code(digits)
    assert shown == f"{digits[:3]}-{digits[3:]}"
    assert normalise_postal_code(shown) == digits
    assert normalise_postal_code(digits) == digits
    assert normalise_postal_code("〒" + shown.translate(_FULLWIDTH_DIGITS)) == digits


def _reference_email(raw: str) -> str | None:
    """normalise_email as it was before its shortcut: email-validator on every address."""
    import unicodedata

    from email_validator import EmailNotValidError, validate_email

    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return None
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        return None


def _normalised(raw: str) -> str | None:
    try:
        return normalise_email(raw)
    except InvalidEmail:
        return None


_email_local = st.text(alphabet="abcXYZ019._+-!#~'\"@ ", min_size=0, max_size=12)
_email_domain = st.sampled_from(
    [
        "example.jp",
        "Example.CO.JP",
        "docomo.ne.jp",
        "localhost",
        "x.test",
        "a..b.jp",
        "-a.jp",
        "例え.jp",
        "xn--r8jz45g.jp",
        "jp",
        "a" * 70 + ".jp",
        "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".jp",
    ]
)


@settings(max_examples=800, deadline=None)
@given(
    raw=st.one_of(
        st.builds(lambda local, domain: f"{local}@{domain}", _email_local, _email_domain),
        st.sampled_from(["Info@Example.jp", "POSTMASTER@x.jp", "Taro@EXAMPLE.jp"]),
        st.text(max_size=20),
    )
)
def test_normalise_email_equals_email_validator(raw: str) -> None:
    """The shortcut for plain ASCII addresses gives email-validator's answer exactly."""
    assert _normalised(raw) == _reference_email(raw)
