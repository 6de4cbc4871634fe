"""User preferences, kept as settings.json in the data folder (no Qt: the CLI reads them too).

Unknown keys are ignored and bad values fall back to the defaults, so a damaged or newer
file never stops the app; writes go to a temporary file that replaces the old one.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

SETTINGS_NAME = "settings.json"
LANGUAGES = ("", "ja", "en")  # "" follows the system
SNOOZES = ("10m", "1h", "tomorrow")
# (smallest, largest) allowed for the numeric settings; outside, the previous value stays.
LIMITS: dict[str, tuple[int, int]] = {
    "backup_keep_last": (1, 100),
    "backup_daily": (0, 366),
    "backup_weekly": (0, 520),
    "backup_monthly": (0, 1200),
    "backup_interval_hours": (0, 24 * 366),
    "trash_days": (1, 3650),
}


@dataclass(frozen=True)
class Settings:
    """What the user chose in Preferences."""

    language: str = ""
    phone_region: str = "JP"
    default_snooze: str = "10m"
    close_to_tray: bool = True
    # Start in the tray at login (the entry itself is written by relationdesk.autostart).
    start_at_login: bool = False
    # Who changes are logged as (the History tab); "" means the operating system's user.
    staff_name: str = ""
    # Where automatic backups go; "" means the data folder's backups/ folder. A folder
    # that is not there when a backup is due (a USB drive unplugged) is not created: the
    # backup goes to backups/ instead and says so.
    backup_folder: str = ""
    # Backups kept after each new one (see services/backups.py for the exact rule).
    backup_keep_last: int = 5
    backup_daily: int = 7
    backup_weekly: int = 4
    backup_monthly: int = 12
    # A start-up backup is taken when the data changed since the newest backup and that
    # backup is at least this old.
    backup_interval_hours: int = 6
    # Trashed customers and timeline entries are purged after this many days.
    trash_days: int = 30

    def updated(self, **changes: Any) -> Settings:
        """Return a copy with *changes*, each checked; bad values keep the current one."""
        return _checked(replace(self, **changes), self)


def _checked(candidate: Settings, fallback: Settings) -> Settings:
    values = asdict(candidate)
    if values["language"] not in LANGUAGES:
        values["language"] = fallback.language
    if values["phone_region"] != Settings.phone_region and values["phone_region"] not in (
        _phone_regions()
    ):
        values["phone_region"] = fallback.phone_region
    if values["default_snooze"] not in SNOOZES:
        values["default_snooze"] = fallback.default_snooze
    values["close_to_tray"] = bool(values["close_to_tray"])
    values["start_at_login"] = bool(values["start_at_login"])
    for name in ("staff_name", "backup_folder"):
        if not isinstance(values[name], str):
            values[name] = getattr(fallback, name)
    values["staff_name"] = " ".join(values["staff_name"].split())[:200]
    values["backup_folder"] = values["backup_folder"].strip()
    for name, (low, high) in LIMITS.items():
        value = values[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            values[name] = getattr(fallback, name)
    return Settings(**values)


def load_settings(folder: Path) -> Settings:
    """Read the settings of a data folder; defaults where the file is missing or unreadable."""
    try:
        raw = json.loads((folder / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    try:
        candidate = Settings(**known)
    except TypeError:
        return Settings()
    return _checked(candidate, Settings())


def save_settings(folder: Path, settings: Settings) -> None:
    """Write the settings atomically (temporary file, then rename), owner-only."""
    target = folder / SETTINGS_NAME
    partial = target.with_suffix(".json.partial")
    partial.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    if os.name == "posix":
        os.chmod(partial, 0o600)
    os.replace(partial, target)


def _phone_regions() -> set[str]:
    # phonenumbers costs ~15 ms to import: not at start-up for the default region.
    import phonenumbers

    return set(phonenumbers.SUPPORTED_REGIONS)


def region_names() -> list[str]:
    """Every region code phone numbers can default to, sorted."""
    return sorted(_phone_regions())
