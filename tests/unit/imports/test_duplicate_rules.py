"""The duplicate rule: which evidence makes two records one customer, and how sure."""

from __future__ import annotations

import pytest

from relationdesk.services.duplicate_rules import (
    Assessment,
    Confidence,
    Identity,
    MatchRule,
    assess,
    best,
)

HIGH, MEDIUM, LOW = Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW


def person(name="山田太郎", reading="ヤマダタロウ", family="山田", given="太郎", **kw) -> Identity:
    """A person's identity with folded keys."""
    sets = {k: frozenset(v) for k, v in kw.items() if k in ("emails", "phones", "postal_codes")}
    rest = {k: v for k, v in kw.items() if k not in sets}
    return Identity("person", name, reading, family, given, **rest, **sets)


def company(name="株式会社テスト", **kw) -> Identity:
    """A company's identity."""
    sets = {k: frozenset(v) for k, v in kw.items()}
    return Identity("company", name, **sets)


@pytest.mark.parametrize(
    ("a", "b", "rules", "confidence"),
    [
        # shared e-mail or phone and the names agree: HIGH
        (
            person(emails={"t@x.jp"}),
            person(emails={"t@x.jp"}),
            (MatchRule.EMAIL, MatchRule.NAME_READING),
            HIGH,
        ),
        (
            person(phones={"+81312345678"}),
            person(reading="", phones={"+81312345678"}),
            (MatchRule.PHONE, MatchRule.NAME),
            HIGH,
        ),
        # 髙橋 and 高橋 are different names but the same reading
        (
            person("髙橋一郎", "タカハシイチロウ", "髙橋", "一郎", emails={"i@x.jp"}),
            person("高橋一郎", "タカハシイチロウ", "高橋", "一郎", emails={"i@x.jp"}),
            (MatchRule.EMAIL,),
            HIGH,
        ),
        # 山田 (no given name) and 山田 太郎 sharing a phone
        (
            person("山田", "", "山田", "", phones={"+819011112222"}),
            person(reading="", phones={"+819011112222"}),
            (MatchRule.PHONE,),
            HIGH,
        ),
        # a family's home phone: names do not agree
        (
            person(phones={"+81312345678"}),
            person("山田花子", "ヤマダハナコ", "山田", "花子", phones={"+81312345678"}),
            (MatchRule.PHONE,),
            LOW,
        ),
        # name and reading, strengthened by the birthday or a postal code
        (
            person(birthday="1980-01-02"),
            person(birthday="1980-01-02"),
            (MatchRule.NAME_READING,),
            HIGH,
        ),
        (
            person(postal_codes={"1000001"}),
            person(postal_codes={"1000001", "5300001"}),
            (MatchRule.NAME_READING,),
            HIGH,
        ),
        # name and reading, nothing to compare: MEDIUM
        (person(), person(birthday="1980-01-02"), (MatchRule.NAME_READING,), MEDIUM),
        # contradicted: different birthdays, or different postal codes on both sides
        (
            person(birthday="1980-01-02"),
            person(birthday="1990-01-02"),
            (MatchRule.NAME_READING,),
            LOW,
        ),
        (
            person(postal_codes={"1000001"}),
            person(postal_codes={"5300001"}),
            (MatchRule.NAME_READING,),
            LOW,
        ),
        (
            person(emails={"t@x.jp"}, birthday="1980-01-02"),
            person(emails={"t@x.jp"}, birthday="1990-01-02"),
            (MatchRule.EMAIL, MatchRule.NAME_READING),
            LOW,
        ),
        # moving house does not undo a shared phone
        (
            person(phones={"+81312345678"}, postal_codes={"1000001"}),
            person(phones={"+81312345678"}, postal_codes={"5300001"}),
            (MatchRule.PHONE, MatchRule.NAME_READING),
            HIGH,
        ),
        # the name alone: LOW; with the same birthday: MEDIUM
        (person(reading=""), person(), (MatchRule.NAME,), LOW),
        (
            person(reading="", birthday="1980-01-02"),
            person(birthday="1980-01-02"),
            (MatchRule.NAME,),
            MEDIUM,
        ),
        # companies: the name is enough for MEDIUM
        (company(), company(), (MatchRule.NAME,), MEDIUM),
        (
            company(postal_codes={"1000001"}),
            company(postal_codes={"1000001"}),
            (MatchRule.NAME,),
            HIGH,
        ),
    ],
)
def test_assess(a, b, rules, confidence):
    """Each kind of evidence gives the documented confidence, both ways round."""
    for first, second in ((a, b), (b, a)):
        verdict = assess(first, second)
        assert verdict is not None
        assert (verdict.rules, verdict.confidence) == (rules, confidence)


def test_no_match_and_person_against_company():
    """Nothing shared, or a person against a company, is no match at all."""
    assert assess(person(), person("佐藤花子", "サトウハナコ", "佐藤", "花子")) is None
    assert assess(person("株式会社テスト"), company()) is None
    assert assess(person(reading=""), person("山田太郎", "", "山田", "太郎")).rule is MatchRule.NAME


def test_only_high_and_medium_are_duplicates():
    """An import treats HIGH and MEDIUM as duplicates, LOW as a new customer."""
    assert Assessment((MatchRule.EMAIL,), HIGH).is_duplicate
    assert Assessment((MatchRule.NAME_READING,), MEDIUM).is_duplicate
    assert not Assessment((MatchRule.PHONE,), LOW).is_duplicate


def test_best_prefers_confidence_then_rule_then_the_oldest():
    """The best candidate: the surest, then the strongest rule, then the oldest id."""
    email = Assessment((MatchRule.EMAIL,), HIGH)
    phone = Assessment((MatchRule.PHONE,), HIGH)
    medium = Assessment((MatchRule.NAME_READING,), MEDIUM)
    assert best([]) is None
    assert best([(medium, b"\x01"), (phone, b"\x03"), (email, b"\x09")]) == (email, b"\x09")
    assert best([(phone, b"\x03"), (phone, b"\x02")]) == (phone, b"\x02")
