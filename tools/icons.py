"""Render every per-OS icon from the one source image, resources/icon.svg.

    python tools/icons.py [OUTPUT_FOLDER]      # default: resources/icons

Writes relationdesk-N.png (N = 16 ... 1024; Linux's hicolor theme and the window icon use
them), relationdesk.ico (Windows: PNG-compressed entries 16-256) and relationdesk.icns
(macOS: PNG-compressed entries 16-1024). The .ico and .icns containers are written here
byte by byte, so no platform tool (iconutil, ImageMagick) is needed on any build machine.
Run by `make setup`; the outputs are build products and not kept in git.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icon.svg"
NAME = "relationdesk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size) of the PNG-compressed icns entries macOS 10.7+ reads.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(source: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """Return PNG bytes of *source* (an SVG) drawn at each size, antialiased, transparent."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"icons: {source} is not an SVG Qt can draw")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del _app
    return pngs


def ico(pngs: dict[int, bytes]) -> bytes:
    """Return a Windows .ico holding the PNGs (Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    images = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """Return a macOS .icns holding the PNGs under their OSTypes."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(folder: Path) -> list[Path]:
    """Write every icon into *folder*; return the files written."""
    pngs = render(SOURCE, PNG_SIZES)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size, data in pngs.items():
        path = folder / f"{NAME}-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for path, data in (
        (folder / f"{NAME}.ico", ico({s: pngs[s] for s in ICO_SIZES})),
        (folder / f"{NAME}.icns", icns(pngs)),
    ):
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "icons"
    files = build(target)
    print(f"icons: {len(files)} files in {target}")
