"""Suggest the reading (フリガナ) of a Japanese name from its written form.

The table of about 44,000 family and given names comes from SudachiDict (Apache-2.0),
derived by tools/name_readings.py. A name written in kana reads as itself. A suggestion
is only a suggestion: the user keeps the last word, since 角田 may be カクタ or ツノダ.
"""

from __future__ import annotations

import gzip
import threading
import unicodedata
from importlib import resources

from relationdesk.normalize.kana import hira_to_kata, is_kana_reading, widen_kana

# Forms from the extended JIS sets that the dictionary knows by their common form.
_VARIANTS = str.maketrans(
    {
        "髙": "高",
        "﨑": "崎",
        "㟢": "崎",
        "嵜": "崎",
        "德": "徳",
        "濵": "濱",
        "栁": "柳",
        "瀨": "瀬",
        "邉": "辺",
        "邊": "辺",
        "冨": "富",
        "桒": "桑",
    }
)


class NameReadings:
    """Looks up readings of family and given names; ``suggest`` reads a whole name."""

    def __init__(self, family: dict[str, tuple[str, ...]], given: dict[str, tuple[str, ...]]):
        self._family = family
        self._given = given

    @classmethod
    def load(cls) -> NameReadings:
        """Read the bundled table (about 40 ms; once per process, see ``shared``)."""
        family: dict[str, tuple[str, ...]] = {}
        given: dict[str, tuple[str, ...]] = {}
        data = resources.files("relationdesk.data").joinpath("name_readings.tsv.gz").read_bytes()
        for line in gzip.decompress(data).decode("utf-8").splitlines():
            kind, form, readings = line.split("\t")
            (family if kind == "F" else given)[form] = tuple(readings.split("|"))
        return cls(family, given)

    def family_readings(self, name: str) -> tuple[str, ...]:
        """Return the readings a family name may have, the likeliest first."""
        return self._part(name, self._family)

    def given_readings(self, name: str) -> tuple[str, ...]:
        """Return the readings a given name may have, the likeliest first."""
        return self._part(name, self._given)

    def suggest(self, family: str, given: str) -> str:
        """Return the likeliest reading of a person's name, or "" when one part is unknown.

        A whole name typed into one field (山田太郎) is split where a known family name
        ends and a known given name begins.
        """
        family, given = _clean(family), _clean(given)
        if family and not given and not self.family_readings(family):
            return self._split_whole(family)
        parts = []
        for text, lookup in ((family, self.family_readings), (given, self.given_readings)):
            if not text:
                continue
            found = lookup(text)
            if not found:
                return ""
            parts.append(found[0])
        return " ".join(parts)

    def _split_whole(self, text: str) -> str:
        for cut in range(len(text) - 1, 0, -1):
            head, tail = self.family_readings(text[:cut]), self.given_readings(text[cut:])
            if head and tail:
                return f"{head[0]} {tail[0]}"
        return ""

    @staticmethod
    def _part(name: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
        name = _clean(name)
        if not name:
            return ()
        if is_kana_reading(name):
            if name.isascii():
                return ()
            return (hira_to_kata(widen_kana(name)),)
        return table.get(name) or table.get(name.translate(_VARIANTS)) or ()


def _clean(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


_shared: NameReadings | None = None
_lock = threading.Lock()


def shared() -> NameReadings:
    """Return the process's table, loading it on first use (call off the GUI thread)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = NameReadings.load()
        return _shared
