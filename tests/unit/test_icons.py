"""Every per-OS icon comes from resources/icon.svg (tools/icons.py): PNGs, .ico and .icns."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import icons  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG)
    return struct.unpack(">II", data[16:24])


def test_every_icon_is_rendered(qapp, tmp_path):
    """PNGs in every size, a Windows .ico with 16-256 and a macOS .icns up to 1024 (qapp: the
    session's QApplication, so the renderer does not make a QGuiApplication of its own)."""
    written = {path.name: path.read_bytes() for path in icons.build(tmp_path)}
    for size in icons.PNG_SIZES:
        assert png_size(written[f"relationdesk-{size}.png"]) == (size, size)

    ico = written["relationdesk.ico"]
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _c, _r, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert (width or 256, height or 256, bits) == (size, size, 32)
        assert png_size(ico[offset : offset + length]) == (size, size)

    icns = written["relationdesk.icns"]
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    offset, kinds = 8, {}
    while offset < len(icns):
        kind, length = icns[offset : offset + 4], struct.unpack_from(">I", icns, offset + 4)[0]
        kinds[kind] = png_size(icns[offset + 8 : offset + length])
        offset += length
    assert kinds[b"ic10"] == (1024, 1024) and kinds[b"ic07"] == (128, 128)
    assert kinds[b"icp4"] == (16, 16)
