"""Reading a text file's bytes and finding its encoding among the ones Japanese files use."""

from __future__ import annotations

import codecs
from pathlib import Path

from relationdesk.importing.errors import FileCode, ImportFileError

# Excel's "CSV UTF-8" writes a BOM; plain Excel CSV in Japan is CP932. CP932 (Windows-31J),
# never shift_jis: Python's shift_jis cannot decode ①, ㈱, 髙 or 﨑, which CP932 files hold.
UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
CP932 = "cp932"
_BOMS = (
    (codecs.BOM_UTF8, UTF8_BOM),
    (codecs.BOM_UTF16_LE, "utf-16"),  # Excel's "Unicode text" (tab separated)
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Names files use for Shift_JIS in CHARSET parameters, all decoded as CP932.
SHIFT_JIS_NAMES = frozenset(
    {"shift_jis", "shift-jis", "sjis", "x-sjis", "s-jis", "windows-31j", "cp932", "ms_kanji"}
)


def read_bytes(path: Path) -> bytes:
    """Return the file's bytes; raise ImportFileError when it cannot be read or is empty."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            FileCode.UNREADABLE, path=str(path), reason=type(exc).__name__
        ) from exc
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise ImportFileError(FileCode.EMPTY, path=str(path))
    return data


def decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding): *encoding* if given, else a BOM's, else UTF-8, else CP932.

    A file that is valid UTF-8 is read as UTF-8 (CP932 text is almost never valid UTF-8);
    anything else must be valid CP932. Raise ImportFileError naming the first bad line.
    """
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    candidates = [encoding] if encoding else [UTF8, CP932]
    for candidate in candidates:
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError as exc:
            error = exc
        except LookupError as exc:
            raise ImportFileError(
                FileCode.UNDECODABLE, path=str(path), line="1", encoding=candidate
            ) from exc
    line = data.count(b"\n", 0, error.start) + 1
    raise ImportFileError(
        FileCode.UNDECODABLE, path=str(path), line=str(line), encoding=candidates[-1]
    ) from error


def codec_for_charset(name: str) -> str | None:
    """Return the Python codec for a CHARSET parameter (Shift_JIS -> cp932), None if unknown."""
    lowered = name.strip().strip('"').lower()
    if lowered in SHIFT_JIS_NAMES:
        return CP932
    try:
        return codecs.lookup(lowered).name
    except LookupError:
        return None
