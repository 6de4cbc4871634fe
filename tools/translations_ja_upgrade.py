"""Japanese texts of the window shown while a data file is upgraded at start-up
(relationdesk/ui/upgrade_progress.py).

Kept apart from tools/translations.py so each file stays readable; merged into JA there.
"""

from __future__ import annotations

JA_UPGRADE: dict[tuple[str, str], str | tuple[str, ...]] = {
    (
        "UpgradeWindow",
        "Updating your data for this version of RelationDesk… A backup is taken first.",
    ): (
        "このバージョンの RelationDesk に合わせてデータを更新しています…\n"
        "更新の前にバックアップを取ります。"
    ),
    (
        "UpgradeWindow",
        "Please wait: RelationDesk opens by itself when the update is done.",
    ): "しばらくお待ちください。\n更新が終わると RelationDesk が自動的に開きます。",
}
