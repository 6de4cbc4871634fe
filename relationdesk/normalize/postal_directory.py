"""The address a Japanese postal code stands for, offline.

The table (about 143,000 codes, 1.5 MB) is derived from Japan Post's data by
tools/postal_table.py. Most codes name one town; some name several (the user picks one);
the codes of large offices name the street and the office.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from importlib import resources

from relationdesk.normalize.postal import InvalidPostalCode, normalise_postal_code


@dataclass(frozen=True, slots=True)
class PostalPlace:
    """What a postal code stands for: prefecture, city, the towns, and an office's name."""

    postal_code: str
    prefecture: str
    city: str
    towns: tuple[str, ...]
    office: str = ""


class PostalDirectory:
    """Looks up postal codes in the bundled table."""

    def __init__(self, lines: dict[str, str]) -> None:
        self._lines = lines

    @classmethod
    def load(cls) -> PostalDirectory:
        """Read the bundled table (about 0.2 s: call off the GUI thread, once; see ``shared``)."""
        data = resources.files("relationdesk.data").joinpath("postal_codes.tsv.gz").read_bytes()
        lines: dict[str, str] = {}
        for line in gzip.decompress(data).decode("utf-8").splitlines():
            code, _, rest = line.partition("\t")
            lines.setdefault(code, rest)
        return cls(lines)

    def lookup(self, raw: str) -> PostalPlace | None:
        """Return the place of a postal code as typed (〒100-0001, １０００００１ ...), or None."""
        try:
            code = normalise_postal_code(raw)
        except InvalidPostalCode:
            return None
        rest = self._lines.get(code)
        if rest is None:
            return None
        prefecture, city, towns, *office = rest.split("\t")
        return PostalPlace(
            code, prefecture, city, tuple(towns.split("|")) if towns else (), "".join(office)
        )

    def __len__(self) -> int:
        return len(self._lines)


_shared: PostalDirectory | None = None
_lock = threading.Lock()


def shared() -> PostalDirectory:
    """Return the process's directory, loading it on first use (call off the GUI thread)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = PostalDirectory.load()
        return _shared
