"""Postal code to address, from the bundled Japan Post table."""

from __future__ import annotations

import pytest

from relationdesk.normalize.postal_directory import PostalDirectory, shared


@pytest.fixture(scope="module")
def directory() -> PostalDirectory:
    return shared()


@pytest.mark.parametrize("typed", ["1000001", "100-0001", "〒100-0001", "１００－０００１"])
def test_a_code_as_typed_gives_its_address(directory: PostalDirectory, typed: str) -> None:
    place = directory.lookup(typed)
    assert place is not None
    assert (place.postal_code, place.prefecture, place.city, place.towns) == (
        "1000001",
        "東京都",
        "千代田区",
        ("千代田",),
    )


def test_a_code_for_several_towns_lists_them(directory: PostalDirectory) -> None:
    place = directory.lookup("4520961")
    assert place is not None and place.city == "清須市"
    assert len(place.towns) > 10 and "春日一番割" in place.towns


def test_a_code_for_the_rest_of_a_city_has_no_town(directory: PostalDirectory) -> None:
    place = directory.lookup("0600000")
    assert place is not None and place.city == "札幌市中央区" and place.towns == ()


def test_an_office_code_names_the_office(directory: PostalDirectory) -> None:
    place = directory.lookup("0608621")
    assert place is not None and place.office and place.towns[0].startswith("北一条西")


@pytest.mark.parametrize("typed", ["9999999", "12", "abcdefg", ""])
def test_unknown_or_malformed_codes_give_nothing(directory: PostalDirectory, typed: str) -> None:
    assert directory.lookup(typed) is None


def test_the_table_covers_the_country(directory: PostalDirectory) -> None:
    assert len(directory) > 120_000
    prefectures = {directory.lookup(c).prefecture for c in ("0600000", "9000000", "5300001")}  # type: ignore[union-attr]
    assert prefectures == {"北海道", "沖縄県", "大阪府"}
