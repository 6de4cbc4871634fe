"""Japanese texts of packaging-related UI: start at login (Preferences).

Kept apart from tools/translations.py so each file stays readable; merged into JA there.
"""

from __future__ import annotations

JA_PACKAGING: dict[tuple[str, str], str | tuple[str, ...]] = {
    (
        "PreferencesDialog",
        "Start RelationDesk in the tray when I log in to this computer",
    ): "このパソコンにログインしたら RelationDesk をトレイで起動する",
    (
        "PreferencesDialog",
        "Could not change starting at login (%1): %2",
    ): "ログイン時の起動を変更できませんでした（%1）: %2",
}
