"""Where the files in resources/ are, from a source checkout or from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the resources folder (next to the package, or inside the frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translation_file(language: str) -> Path:
    """Return the compiled translation (.qm) for *language*, such as 'ja'."""
    return resources_dir() / "translations" / f"relationdesk_{language}.qm"


def icon_files() -> list[Path]:
    """RelationDesk's icon as PNGs, smallest first (built by tools/icons.py); [] if none."""
    folder = resources_dir() / "icons"
    found = []
    for path in folder.glob("relationdesk-*.png"):
        size = path.stem.rsplit("-", 1)[-1]
        if size.isdigit() and int(size) <= 256:  # larger ones are for installers only
            found.append((int(size), path))
    return [path for _size, path in sorted(found)]
