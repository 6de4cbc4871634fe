"""Kana and width folding, readings and 五十音 sort keys (relationdesk.normalize.kana)."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.normalize.kana import (
    GOJUON_ROWS,
    fold,
    gojuon_key,
    hira_to_kata,
    is_kana_reading,
    kata_to_hira,
    widen_kana,
)

try:  # jaconv is not a project dependency; use it only when it happens to be installed.
    import jaconv
except ImportError:  # pragma: no cover - depends on the environment
    jaconv = None

# --- a hand-made hiragana -> half-width katakana table (independent of jaconv) -------------

_PLAIN_HIRA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)
_PLAIN_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
_SMALL_HIRA = "ぁぃぅぇぉっゃゅょ"
_SMALL_HALF = "ｧｨｩｪｫｯｬｭｮ"
_HALF = dict(zip(_PLAIN_HIRA + _SMALL_HIRA, _PLAIN_HALF + _SMALL_HALF, strict=True))
# Voiced and semi-voiced kana: NFD splits が into か + U+3099; half-width writes ｶ + ﾞ.
_MARKS = {"\u3099": "ﾞ", "\u309a": "ﾟ"}
for _ch in "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ":
    _base, _mark = unicodedata.normalize("NFD", _ch)
    _HALF[_ch] = _HALF[_base] + _MARKS[_mark]

# Hiragana ぁ (U+3041) .. ゖ (U+3096): the letters hira_to_kata and kata_to_hira both cover.
_ALL_HIRAGANA = "".join(chr(cp) for cp in range(0x3041, 0x3097))


def _half_width(text: str) -> str:
    """Write hiragana text in half-width katakana using the hand table."""
    return "".join(_HALF[ch] for ch in text)


hiragana_text = st.text(alphabet=_ALL_HIRAGANA, min_size=1, max_size=20)
table_hiragana_text = st.text(alphabet="".join(_HALF), min_size=1, max_size=20)


# --- fold ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "ﾔﾏﾀ\uff9e", "やマﾀﾞ"])
def test_fold_hiragana_katakana_halfwidth_same_key(text: str) -> None:
    """Hiragana, katakana and half-width katakana (separate ﾞ) all fold to ヤマダ."""
    assert fold(text) == "ヤマダ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ｶﾞ", "ガ"),
        ("ﾊﾟ", "パ"),
        ("ｳﾞ", "ヴ"),
        ("が", "ガ"),
        ("カ\u3099", "ガ"),  # combining dakuten on a full-width kana
        ("ｶﾞｯｺｳ", "ガッコウ"),
        ("ｽｰﾊﾟｰ", "スーパー"),  # half-width long-vowel mark ｰ
    ],
)
def test_fold_composes_voiced_marks(text: str, expected: str) -> None:
    """A separate half-width (semi-)voiced mark composes with its kana into one letter."""
    assert fold(text) == expected
    assert len(fold(text)) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ", "abc"),
        ("ａｂｃ", "abc"),
        ("Yamada", "yamada"),
        ("ＹＡＭＡＤＡ", "yamada"),
        ("１２３", "123"),
        ("ＡＢＣ１２３", "abc123"),
        ("Ｔａｒｏ　Ｙａｍａｄａ", "taroyamada"),
    ],
)
def test_fold_fullwidth_ascii_and_case(text: str, expected: str) -> None:
    """Full-width letters and digits become ASCII and upper case becomes lower case."""
    assert fold(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "山田 太郎",
        "山田\u3000太郎",
        "  山田太郎  ",
        "山田\t太郎",
        "山 田\u3000太 郎",
        "山田\u00a0太郎",
    ],
)
def test_fold_removes_spaces(text: str) -> None:
    """ASCII spaces, tabs, no-break spaces and the ideographic space U+3000 are removed."""
    assert fold(text) == "山田太郎"


def test_fold_reading_with_space_matches_without() -> None:
    """やまだ　たろう and ﾔﾏﾀﾞ ﾀﾛｳ fold to the same key as ヤマダタロウ."""
    assert fold("やまだ\u3000たろう") == fold("ﾔﾏﾀﾞ ﾀﾛｳ") == fold("ヤマダタロウ") == "ヤマダタロウ"


def test_fold_empty() -> None:
    """The empty string folds to the empty string."""
    assert fold("") == ""


def test_fold_keeps_kanji() -> None:
    """Kanji are not changed by folding."""
    assert fold("山田商店") == "山田商店"


@settings(max_examples=200, deadline=None)
@given(hiragana_text)
def test_fold_property_hiragana_katakana_same(text: str) -> None:
    """For any hiragana string, fold(s) == fold(hira_to_kata(s)) == hira_to_kata(s)."""
    assert fold(text) == fold(hira_to_kata(text)) == hira_to_kata(text)


@settings(max_examples=200, deadline=None)
@given(table_hiragana_text)
def test_fold_property_halfwidth_hand_table(text: str) -> None:
    """For hiragana in the hand table, the half-width katakana form folds to the same key."""
    half = _half_width(text)
    assert fold(text) == fold(hira_to_kata(text)) == fold(half)


@pytest.mark.skipif(jaconv is None, reason="jaconv is not installed")
@settings(max_examples=200, deadline=None)
@given(hiragana_text)
def test_fold_property_halfwidth_jaconv(text: str) -> None:
    """For any hiragana string, jaconv's half-width katakana form folds to the same key."""
    assert jaconv is not None
    assert fold(text) == fold(hira_to_kata(text)) == fold(jaconv.hira2hkata(text))


def test_hand_table_agrees_with_jaconv() -> None:
    """The hand-made half-width table agrees with jaconv where jaconv is available."""
    if jaconv is None:
        pytest.skip("jaconv is not installed")
    for hira, half in _HALF.items():
        assert jaconv.hira2hkata(hira) == half, hira


# --- hira_to_kata / kata_to_hira -------------------------------------------------------


def test_hira_to_kata_basic() -> None:
    """hira_to_kata turns every hiragana into katakana and leaves other text alone."""
    assert hira_to_kata("やまだ たろう") == "ヤマダ タロウ"
    assert hira_to_kata("がっこう・ぱん") == "ガッコウ・パン"
    assert hira_to_kata("ゔぁゕゖ") == "ヴァヵヶ"
    assert hira_to_kata("山田abcカ") == "山田abcカ"


def test_kata_to_hira_basic() -> None:
    """kata_to_hira turns full-width katakana into hiragana and leaves ー and half-width alone."""
    assert kata_to_hira("ヤマダ タロウ") == "やまだ たろう"
    assert kata_to_hira("スーパー") == "すーぱー"
    assert kata_to_hira("ﾔﾏﾀﾞ") == "ﾔﾏﾀﾞ"
    assert kata_to_hira("ヴァヵヶ") == "ゔぁゕゖ"


def test_hira_kata_cover_whole_block() -> None:
    """Every hiragana ぁ..ゖ maps to katakana ァ..ヶ and back."""
    katakana = "".join(chr(cp) for cp in range(0x30A1, 0x30F7))
    assert hira_to_kata(_ALL_HIRAGANA) == katakana
    assert kata_to_hira(katakana) == _ALL_HIRAGANA


@settings(max_examples=200, deadline=None)
@given(hiragana_text)
def test_kata_to_hira_inverts_hira_to_kata(text: str) -> None:
    """kata_to_hira(hira_to_kata(s)) == s for any hiragana string."""
    assert kata_to_hira(hira_to_kata(text)) == text


def test_kata_to_hira_inverts_iteration_marks() -> None:
    """The hiragana iteration marks ゝゞ survive a hira_to_kata/kata_to_hira round trip."""
    assert kata_to_hira(hira_to_kata("いすゞ")) == "いすゞ"


# --- widen_kana --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
        ("やまだ　たろう", "やまだ　たろう"),
        ("ﾊﾟﾝ", "パン"),
        ("ヤマダ", "ヤマダ"),
        ("ＡＢＣ ﾃｽﾄ", "ＡＢＣ テスト"),
        ("", ""),
    ],
)
def test_widen_kana(text: str, expected: str) -> None:
    """Half-width katakana are widened (voiced marks joined); everything else stays as typed."""
    assert widen_kana(text) == expected


# --- is_kana_reading -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "やまだ",
        "ヤマダ",
        "ﾔﾏﾀﾞ",
        "やまだ たろう",
        "やまだ\u3000たろう",
        "スーパー",
        "ジョン・スミス",
        "Smith",
        "John Smith",
        "O'Brien",
        "José Müller",
        "ＳＭＩＴＨ",
        "エー・ビー・シー 123",
    ],
)
def test_is_kana_reading_accepts(text: str) -> None:
    """Kana, half-width kana, Latin names, spaces, ー and ・ are valid readings."""
    assert is_kana_reading(text)


@pytest.mark.parametrize(
    "text", ["山田", "やま田", "ヤマダ 太郎", "髙橋", "\U00020bb7野", "Smith 山"]
)
def test_is_kana_reading_rejects_kanji(text: str) -> None:
    """Any kanji (including ones outside the BMP such as 𠮷) makes the reading invalid."""
    assert not is_kana_reading(text)


# --- gojuon_key ------------------------------------------------------------------------


def _gojuon_sorted(words: list[str]) -> list[str]:
    """Sort readings by their 五十音 key."""
    return sorted(words, key=gojuon_key)


def _primary(reading: str) -> str:
    """The part of the key before the separator (the plain-kana form)."""
    return gojuon_key(reading).split("\x01", 1)[0]


def test_gojuon_plain_before_voiced_before_next() -> None:
    """カ < ガ < キ: plain before voiced among equals, and ガ sorts between カ and キ."""
    assert gojuon_key("カ") < gojuon_key("ガ") < gojuon_key("キ")
    assert _gojuon_sorted(["キ", "ガ", "カ"]) == ["カ", "ガ", "キ"]


def test_gojuon_plain_voiced_semivoiced_interleave() -> None:
    """は→ば→ぱ→はあ→ばあ→ぱあ→ひ: voicing only breaks ties (JIS X 4061 style)."""
    expected = ["ハ", "バ", "パ", "ハア", "バア", "パア", "ヒ"]
    assert _gojuon_sorted(list(reversed(expected))) == expected


def test_gojuon_voiced_word_sorts_by_plain_form() -> None:
    """ガモウ sorts as カモウ: after カトウ and before キムラ."""
    assert _gojuon_sorted(["キムラ", "ガモウ", "カトウ"]) == ["カトウ", "ガモウ", "キムラ"]
    assert _primary("ガモウ") == "カモウ"


def test_gojuon_a_row_before_ka_row() -> None:
    """Every ア-row reading sorts before every カ-row reading."""
    a_row = ["アオキ", "イトウ", "ウエダ", "エンドウ", "オガワ"]
    ka_row = ["カトウ", "ガモウ", "キムラ", "クドウ", "ケンモチ", "コバヤシ"]
    assert max(gojuon_key(w) for w in a_row) < min(gojuon_key(w) for w in ka_row)


def test_gojuon_long_vowel_is_previous_vowel() -> None:
    """ー counts as the vowel before it: ケーキ has the primary key ケエキ, スーパー スウパア."""
    assert _primary("ケーキ") == _primary("ケエキ") == "ケエキ"
    assert _primary("スーパー") == "スウハア"
    assert _primary("コーノ") == "コオノ"
    assert _primary("ガー") == "カア"  # the vowel of a voiced kana


def test_gojuon_long_vowel_order() -> None:
    """ケイ < ケエキ < ケーキ < ケオ: ー sorts as エ and, among equals, after the vowel."""
    expected = ["ケア", "ケイ", "ケエキ", "ケーキ", "ケオ"]
    assert _gojuon_sorted(["ケーキ", "ケオ", "ケエキ", "ケア", "ケイ"]) == expected


def test_gojuon_long_vowel_jis_example() -> None:
    """ああく→あーく→ああけ: the long vowel ties with the vowel and sorts right after it."""
    expected = ["アアク", "アーク", "アアケ"]
    assert _gojuon_sorted(["アアケ", "アーク", "アアク"]) == expected


def test_gojuon_repeated_and_leading_long_vowel() -> None:
    """A run of ー repeats the vowel; a leading ー has no vowel and is kept."""
    assert _primary("カーー") == "カアア"
    assert _primary("ー") == "ー"


def test_gojuon_small_kana_share_primary_with_large() -> None:
    """Small kana have the primary key of the large ones (ッ->ツ, ャ->ヤ), so they stay together."""
    assert _primary("キャ") == _primary("キヤ") == "キヤ"
    assert _primary("キッテ") == "キツテ"
    assert _gojuon_sorted(["キユ", "キャ", "キヤ"])[-1] == "キユ"


def test_gojuon_large_kana_before_small_among_equals() -> None:
    """きや→きゃ→きやく→きゃく→きゆ: the large kana sorts first when the plain forms tie."""
    expected = ["キヤ", "キャ", "キヤク", "キャク", "キユ"]
    assert _gojuon_sorted(["キユ", "キャク", "キヤク", "キャ", "キヤ"]) == expected


def test_gojuon_key_is_total_tie_break() -> None:
    """Different readings never get equal keys (the exact reading follows the separator)."""
    words = ["カ", "ガ", "ヵ", "キャ", "キヤ", "ケーキ", "ケエキ", "ハ", "バ", "パ"]
    assert len({gojuon_key(w) for w in words}) == len(words)


def test_gojuon_prefix_sorts_first() -> None:
    """A reading sorts before its own extensions (カ < カア < カトウ)."""
    assert _gojuon_sorted(["カトウ", "カア", "カ"]) == ["カ", "カア", "カトウ"]


_REALISTIC = [
    "アオキ",
    "イトウ",
    "ウエダ",
    "エンドウ",
    "オガワ",
    "カトウ",
    "ガモウ",
    "キムラ",
    "クドウ",
    "ケンモチ",
    "コイケ",
    "コウノ",
    "コーノ",
    "コバヤシ",
    "サイトウ",
    "サトウ",
    "シミズ",
    "ジンボ",
    "スズキ",
    "セキ",
    "ソノダ",
    "タカハシ",
    "ダテ",
    "タナカ",
    "チバ",
    "ツジ",
    "テラダ",
    "ドイ",
    "トヨダ",
    "ナカムラ",
    "ニシダ",
    "ヌマタ",
    "ネモト",
    "ノグチ",
    "パク",
    "ハシモト",
    "バンドウ",
    "ヒラノ",
    "フジタ",
    "ヘンミ",
    "ホンダ",
    "マツモト",
    "ミヤザキ",
    "ムラカミ",
    "メグロ",
    "モリ",
    "ヤマダ",
    "ユアサ",
    "ヨシダ",
    "リ",
    "ルイ",
    "レン",
    "ロペス",
    "ワタナベ",
]


def test_gojuon_sorts_realistic_list() -> None:
    """Sorting shuffled surnames by gojuon_key gives 五十音 order."""
    shuffled = list(_REALISTIC)
    random.Random(20240101).shuffle(shuffled)
    assert shuffled != _REALISTIC
    assert _gojuon_sorted(shuffled) == _REALISTIC


def test_gojuon_sorts_folded_mixed_input() -> None:
    """Readings typed as hiragana, katakana or half-width sort correctly once folded."""
    typed = ["ﾜﾀﾅﾍﾞ", "さとう", "ｱｵｷ", "カトウ", "がもう", "ﾔﾏﾀﾞ"]
    ordered = sorted(typed, key=lambda r: gojuon_key(fold(r)))
    assert [fold(r) for r in ordered] == [
        "アオキ",
        "カトウ",
        "ガモウ",
        "サトウ",
        "ヤマダ",
        "ワタナベ",
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="カガキギクグアイウエオーッツャヤ", max_size=6), max_size=10))
def test_gojuon_key_sort_is_by_primary(words: list[str]) -> None:
    """Sorting by gojuon_key orders readings by their plain-kana primary key first."""
    primaries = [_primary(w) for w in _gojuon_sorted(words)]
    assert primaries == sorted(primaries)


# --- GOJUON_ROWS -----------------------------------------------------------------------


def test_gojuon_rows_are_the_ten_row_heads() -> None:
    """GOJUON_ROWS lists あかさたなはまやらわ with their katakana, in 五十音 order."""
    assert "".join(h for h, _ in GOJUON_ROWS) == "あかさたなはまやらわ"
    assert all(hira_to_kata(h) == k for h, k in GOJUON_ROWS)
    heads = [k for _, k in GOJUON_ROWS]
    assert _gojuon_sorted(heads[::-1]) == heads


def test_gojuon_rows_bucket_realistic_list() -> None:
    """Each surname falls in the row whose head is the last one not after its key."""
    heads = [k for _, k in GOJUON_ROWS]
    buckets: dict[str, list[str]] = {h: [] for h in heads}
    for word in _REALISTIC:
        row = [h for h in heads if gojuon_key(h) <= gojuon_key(word)][-1]
        buckets[row].append(word)
    assert buckets["ア"] == ["アオキ", "イトウ", "ウエダ", "エンドウ", "オガワ"]
    assert buckets["ハ"][:3] == ["パク", "ハシモト", "バンドウ"]
    assert buckets["ワ"] == ["ワタナベ"]


# --- the fast fold and gojuon_key against their first, plain versions -------------------

_REF_SPACES = {ord(c): None for c in " \t\r\n\u3000\u00a0"}
_REF_VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ"
_REF_SEMI = "パピプペポ"
_REF_SMALL = "ァィゥェォッャュョヮヵヶ"
_REF_SEION = str.maketrans(
    _REF_VOICED + _REF_SEMI + _REF_SMALL,
    "カキクケコサシスセソタチツテトハヒフヘホウ" + "ハヒフヘホ" + "アイウエオツヤユヨワカケ",
)
_REF_VARIANT = str.maketrans(
    {ch: "2" for ch in _REF_VOICED} | {ch: "4" for ch in _REF_SEMI} | {ch: "1" for ch in _REF_SMALL}
)
_REF_VOWEL_OF = {
    kana: vowel
    for vowel, row in {
        "ア": "アカサタナハマヤラワガザダバパァャヮ",
        "イ": "イキシチニヒミリギジヂビピィ",
        "ウ": "ウクスツヌフムユルグズヅブプゥッュヴ",
        "エ": "エケセテネヘメレゲゼデベペェ",
        "オ": "オコソトノホモヨロヲゴゾドボポォョ",
    }.items()
    for kana in row
}


def reference_fold(text: str) -> str:
    """fold as it was first written: three translations around NFKC."""
    if not text:
        return ""
    marks = text.translate({0x309B: 0x3099, 0x309C: 0x309A})
    folded = unicodedata.normalize("NFKC", marks).lower()
    return hira_to_kata(folded).translate(_REF_SPACES)


def reference_gojuon_key(reading: str) -> str:
    """gojuon_key as it was first written: character by character."""
    primary = []
    previous = ""
    for ch in reading:
        if ch == "ー" and previous:
            ch = _REF_VOWEL_OF.get(previous, ch)
        primary.append(ch)
        previous = ch
    plain = "".join(primary)
    marked = frozenset(_REF_VOICED + _REF_SEMI + _REF_SMALL)
    variants = "".join(ch.translate(_REF_VARIANT) if ch in marked else "0" for ch in plain)
    return plain.translate(_REF_SEION) + "\x01" + variants + "\x01" + reading


_KANA_ALPHABET = (
    _ALL_HIRAGANA
    + "".join(chr(cp) for cp in range(0x30A1, 0x3100))
    + "ｦｧｱｶﾞﾟﾊﾟﾞ゛゜\u3099\u309a ー　\t\u00a0AaＡａ1１山髙①㈱-・é"
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_KANA_ALPHABET, max_size=30) | st.text(max_size=30))
def test_fold_and_gojuon_key_equal_their_plain_versions(text: str) -> None:
    """The shortcuts in fold and gojuon_key change no answer."""
    assert fold(text) == reference_fold(text)
    assert gojuon_key(text) == reference_gojuon_key(text)
    assert gojuon_key(fold(text)) == reference_gojuon_key(reference_fold(text))
