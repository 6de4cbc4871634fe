"""A whole Japanese address in one cell, split into postal code, prefecture, the rest, building.

Only what can be told for sure is split: a leading postal code (〒100-0001), one of the 47
prefectures at the start, the city when the user set it apart with a space (東京都 千代田区
丸の内1-1-1), and a building after the house number and a space. Telling the city from the
street without a space needs a municipality list (四日市市, 東村山市 and 十日町市 defeat any
pattern), so the city then stays in the street: printed labels read the same either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)  # fmt: skip
_BY_NAME = frozenset(PREFECTURES)
_DIGIT = "0-9０-９"
_POSTAL = re.compile(
    rf"^〒?\s*([{_DIGIT}]{{3}}\s*[-－ー‐−―]?\s*[{_DIGIT}]{{4}})(?![{_DIGIT}])[\s,、]*"
)
_SPACES = re.compile(r"[ \u3000]+")
_BUILDING = re.compile(rf"^(.*?[{_DIGIT}](?:番地?|号)?)[ \u3000]+(\S.*)$", re.DOTALL)


@dataclass(frozen=True, slots=True, init=False)
class AddressParts:
    """The parts of an address as found in the text ("" for a part not found)."""

    postal_code: str = ""
    prefecture: str = ""
    city: str = ""
    street: str = ""
    building: str = ""

    def __init__(
        self,
        postal_code: str = "",
        prefecture: str = "",
        city: str = "",
        street: str = "",
        building: str = "",
    ) -> None:
        # FAST_INIT (relationdesk.services.customer_data)
        object.__setattr__(self, "postal_code", postal_code)
        object.__setattr__(self, "prefecture", prefecture)
        object.__setattr__(self, "city", city)
        object.__setattr__(self, "street", street)
        object.__setattr__(self, "building", building)


def starts_with_prefecture(text: str) -> bool:
    """Tell whether *text* begins with the name of a prefecture (東京都, 北海道 ...)."""
    return bool(_prefecture_at_start(text.lstrip(" \u3000")))


def _prefecture_at_start(text: str) -> str:
    """Return the prefecture *text* starts with ("" if none); every name has 3 or 4 characters."""
    for length in (3, 4):
        if text[:length] in _BY_NAME:
            return text[:length]
    return ""


def split_address(text: str) -> AddressParts:
    """Split a one-cell address; what cannot be split for sure stays in ``street``."""
    rest = text.strip().replace("\r\n", " ").replace("\n", " ")
    postal = ""
    match = _POSTAL.match(rest)
    if match:
        postal, rest = match.group(1), rest[match.end() :]
    prefecture = _prefecture_at_start(rest)
    rest = rest[len(prefecture) :].lstrip(" \u3000")
    city = ""
    tokens = _SPACES.split(rest, maxsplit=2)
    if len(tokens) > 1 and len(tokens[0]) >= 2:
        first, second = tokens[0], tokens[1]
        if len(tokens) > 2 and first[-1] in "市郡" and second[-1] in "区町村" and len(second) <= 6:
            city, rest = first + second, tokens[2]  # 横浜市 中区, 西多摩郡 瑞穂町
        elif first[-1] in "市区町村":
            city, rest = first, rest[len(first) :].lstrip(" \u3000")
    street, building = rest, ""
    found = _BUILDING.match(rest)
    if found:
        street, building = found.group(1), found.group(2).strip()
    return AddressParts(postal, prefecture, city, street.strip(), building)
