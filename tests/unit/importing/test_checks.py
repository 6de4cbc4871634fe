"""The fast phone and e-mail checks agree with the normalize functions (importing.checks)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.importing.checks import email_ok, phone_ok
from relationdesk.normalize.emails import InvalidEmail, normalise_email
from relationdesk.normalize.phones import InvalidPhone, parse_phone


def _parses(raw: str, region: str) -> bool:
    try:
        parse_phone(raw, region)
    except InvalidPhone:
        return False
    return True


def _normalises(raw: str) -> bool:
    try:
        normalise_email(raw)
    except InvalidEmail:
        return False
    return True


_japanese_like = st.builds(
    lambda digits, seps: "".join(d + s for d, s in zip(digits, seps, strict=False)),
    st.text(alphabet="0123456789", min_size=8, max_size=13).map(lambda d: "0" + d),
    st.lists(
        st.sampled_from(["", "", "", "-", " ", "(", ")", "ー", "－"]), min_size=14, max_size=14
    ),
)


@settings(max_examples=500, deadline=None)
@given(raw=st.one_of(_japanese_like, st.text(max_size=16)), region=st.sampled_from(["JP", "US"]))
def test_phone_ok_is_parse_phone(raw: str, region: str) -> None:
    """phone_ok says yes exactly when parse_phone succeeds, fast path or not."""
    assert phone_ok(raw, region) == _parses(raw, region)


def test_phone_fast_path_covers_common_numbers() -> None:
    """Common Japanese numbers, and ones that only look like them."""
    for raw in ["090-1234-5678", "03(1234)5678", "0120-123-456", "０６－６１２３－４５６７"]:
        assert phone_ok(raw, "JP")
    for raw in ["090-1234-567", "0000-000-000", "03-1234-5678-9", "123"]:
        assert not phone_ok(raw, "JP")
        assert not _parses(raw, "JP")


_local = st.text(alphabet="abcXYZ019._+-!#~'\"@ ", min_size=0, max_size=12)
_domain = st.sampled_from(
    [
        "example.jp",
        "example.co.jp",
        "docomo.ne.jp",
        "localhost",
        "x.test",
        "a..b.jp",
        "-a.jp",
        "例え.jp",
        "jp",
        "EXAMPLE.JP",
    ]
)


@settings(max_examples=500, deadline=None)
@given(
    raw=st.one_of(
        st.builds(lambda local, domain: f"{local}@{domain}", _local, _domain),
        st.text(max_size=20),
    )
)
def test_email_ok_is_normalise_email(raw: str) -> None:
    """email_ok says yes exactly when normalise_email succeeds."""
    assert email_ok(raw) == _normalises(raw)
