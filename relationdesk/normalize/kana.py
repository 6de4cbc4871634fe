"""Kana and width folding for search keys and 五十音 sort keys.

``fold`` makes hiragana, katakana and half-width katakana, full- and half-width letters
and digits, and upper and lower case compare equal. ``gojuon_key`` orders readings the way
Japanese dictionaries do: by the plain (清音) kana first, voiced and small kana next to them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_HIRA_START = 0x3041
_HIRA_END = 0x3096
_KATA_OFFSET = 0x60

_HIRA_TO_KATA = {cp: cp + _KATA_OFFSET for cp in range(_HIRA_START, _HIRA_END + 1)}
_HIRA_TO_KATA.update({0x309D: 0x30FD, 0x309E: 0x30FE})  # ゝゞ -> ヽヾ

_SPACES = {ord(c): None for c in " \t\r\n\u3000\u00a0"}


class _Remembering(dict[int, int | str | None]):
    """A ``str.translate`` table that remembers what it gave a character it does not list:
    the character itself, or *other*.

    With a plain table, translate raises and catches a KeyError for every character not
    in it, which costs more than the look-up; fold and gojuon_key run for every imported
    customer. The table grows by at most one entry per distinct character seen.
    """

    def __init__(self, table: Mapping[int, int | str | None], other: str | None = None) -> None:
        super().__init__(table)
        self.other = other

    def __missing__(self, code: int) -> int | str:
        found: int | str = code if self.other is None else self.other
        self[code] = found
        return found


# Spacing (sound) marks ゛゜ typed after a kana: made combining so NFKC composes カ゛ into ガ.
_SPACING_MARKS = {0x309B: 0x3099, 0x309C: 0x309A}


def hira_to_kata(text: str) -> str:
    """Return *text* with every hiragana replaced by its katakana."""
    return text.translate(_HIRA_TO_KATA)


_KATA_TO_HIRA = {kata: hira for hira, kata in _HIRA_TO_KATA.items()}
# fold's last two steps (hiragana to katakana, spaces dropped) in one pass: the keys differ.
_FOLD_AFTER_NFKC = _Remembering({**_HIRA_TO_KATA, **_SPACES})


def kata_to_hira(text: str) -> str:
    """Return *text* with every full-width katakana (ァ..ヶ, ヽヾ) replaced by its hiragana."""
    return text.translate(_KATA_TO_HIRA)


def fold(text: str) -> str:
    """Return the search form of *text*: NFKC, lower case, katakana, no spaces.

    NFKC turns half-width katakana (ｶﾞ) into full-width (ガ) and full-width ASCII (Ａ１)
    into ASCII (a1); hiragana becomes katakana so やまだ, ヤマダ and ﾔﾏﾀﾞ all fold to ヤマダ.
    """
    if not text:
        return ""
    if "\u309b" in text or "\u309c" in text:
        text = text.translate(_SPACING_MARKS)
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD_AFTER_NFKC)


_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]+")


def widen_kana(text: str) -> str:
    """Return *text* with half-width katakana made full-width (ﾔﾏﾀﾞ -> ヤマダ), all else as typed.

    Hiragana stays hiragana and full-width letters stay full-width: this is the form a
    reading is stored in; search and sorting use ``fold``.
    """
    return _HALF_WIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def is_kana_reading(text: str) -> bool:
    """Tell whether *text* can be a reading: kana, Latin letters, digits, spaces, marks.

    Kanji are refused: a reading that contains 漢字 cannot be used for 五十音 sorting.
    """
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isspace() or ch in "ー・-'.&,()":
            continue
        code = ord(ch)
        if 0x3041 <= code <= 0x30FF or (ch.isascii() and ch.isalnum()):
            continue
        if unicodedata.category(ch).startswith("L") and not _is_cjk_ideograph(code):
            continue  # accented Latin, Cyrillic ...: a foreign name's own letters
        return False
    return True


def _is_cjk_ideograph(code: int) -> bool:
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


# 五十音 primary key: voiced/semi-voiced -> plain, small -> large.
_VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ"
_VOICED_PLAIN = "カキクケコサシスセソタチツテトハヒフヘホウ"
_SEMI = "パピプペポ"
_SEMI_PLAIN = "ハヒフヘホ"
_SMALL = "ァィゥェォッャュョヮヵヶ"
_SMALL_LARGE = "アイウエオツヤユヨワカケ"
_SEION = _Remembering(
    str.maketrans(_VOICED + _SEMI + _SMALL, _VOICED_PLAIN + _SEMI_PLAIN + _SMALL_LARGE)
)
# Second key, one code per character: plain < voiced < semi-voiced, and large < small.
_VARIANT = str.maketrans(
    {ch: "2" for ch in _VOICED} | {ch: "4" for ch in _SEMI} | {ch: "1" for ch in _SMALL}
)
_VOWEL_ROWS = {
    "ア": "アカサタナハマヤラワガザダバパァャヮ",
    "イ": "イキシチニヒミリギジヂビピィ",
    "ウ": "ウクスツヌフムユルグズヅブプゥッュヴ",
    "エ": "エケセテネヘメレゲゼデベペェ",
    "オ": "オコソトノホモヨロヲゴゾドボポォョ",
}
_VOWEL_OF = {kana: vowel for vowel, row in _VOWEL_ROWS.items() for kana in row}


def gojuon_key(reading: str) -> str:
    """Return the 五十音 sort key of a folded reading (dictionary order, JIS X 4061 style).

    Three keys joined by \\x01: the plain large kana (ガ->カ, ャ->ヤ, ー->the vowel before
    it), then per character plain < voiced < semi-voiced and large < small, then the
    exact reading. So カ < ガ < キ, キヤ < キャ < キヤク, and ケエキ < ケーキ.
    """
    plain = reading
    if "ー" in reading:
        primary = []
        previous = ""
        for ch in reading:
            if ch == "ー" and previous:
                ch = _VOWEL_OF.get(previous, ch)
            primary.append(ch)
            previous = ch
        plain = "".join(primary)
    return plain.translate(_SEION) + "\x01" + plain.translate(_VARIANT_CODES) + "\x01" + reading


_VARIANT_CODES = _Remembering(_VARIANT, "0")


# The あかさたな index: the first kana of each row, for jumping in a list sorted by gojuon_key.
GOJUON_ROWS: tuple[tuple[str, str], ...] = (
    ("あ", "ア"),
    ("か", "カ"),
    ("さ", "サ"),
    ("た", "タ"),
    ("な", "ナ"),
    ("は", "ハ"),
    ("ま", "マ"),
    ("や", "ヤ"),
    ("ら", "ラ"),
    ("わ", "ワ"),
)
