"""Japanese texts (and English plural forms) of the trash view's timeline entries and
Empty Trash.

Kept apart from tools/translations.py so each file stays readable; merged there.
"""

from __future__ import annotations

JA_TRASH: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("TrashedEntriesModel", "Deleted"): "削除日時",
    ("TrashedEntriesModel", "Customer"): "顧客",
    ("TrashedEntriesModel", "Kind"): "種別",
    ("TrashedEntriesModel", "Date"): "日時",
    ("TrashedEntriesModel", "Entry"): "内容",
    ("TrashedEntriesPane", "Loading…"): "読み込み中…",
    ("TrashedEntriesPane", "“%1”"): "「%1」",
    ("TrashedEntriesPane", "“%1” of %2"): "%2 の「%1」",
    ("TrashedEntriesPane", "Restored %1."): "%1 を元に戻しました。",
    (
        "TrashedEntriesPane",
        "That entry is no longer in the trash; the list has been reloaded.",
    ): "その項目はもうごみ箱にありません。一覧を読み込み直しました。",
    ("TrashedEntriesPane", "%Ln timeline entry(ies) in the trash so far"): (
        "ごみ箱の履歴 %Ln 件（続きあり）",
    ),
    ("TrashedEntriesPane", "No timeline entries in the trash."): "ごみ箱に履歴はありません。",
    ("TrashedEntriesPane", "%Ln timeline entry(ies) in the trash"): ("ごみ箱に履歴 %Ln 件",),
    ("EmptyTrash", "&Empty Trash…"): "ごみ箱を空にする(&E)…",
    (
        "EmptyTrash",
        "%1 and %2 in the trash will be deleted for good. "
        "A backup of all data is taken first (File → Backups).",
    ): "ごみ箱の%1と%2を完全に削除します。"
    "削除の前に、すべてのデータのバックアップを取ります（ファイル → バックアップ）。",
    ("EmptyTrash", "%Ln customer(s)"): ("顧客 %Ln 件",),
    ("EmptyTrash", "%Ln timeline entry(ies)"): ("履歴 %Ln 件",),
    ("EmptyTrash", "The trash is empty."): "ごみ箱は空です。",
    ("EmptyTrash", "Empty the trash?"): "ごみ箱を空にしますか？",
    ("EmptyTrash", "Empty Trash"): "空にする",
    (
        "EmptyTrash",
        "Backing up, then emptying the trash…",
    ): "バックアップを取ってから、ごみ箱を空にしています…",
    (
        "EmptyTrash",
        "Emptied the trash: %1 and %2 deleted for good (backed up first).",
    ): "ごみ箱を空にしました。%1と%2を完全に削除しました（削除前にバックアップ済み）。",
    (
        "EmptyTrash",
        "The trash was not emptied: the backup failed (%1).",
    ): "バックアップに失敗したため、ごみ箱を空にしませんでした（%1）。",
    ("EmptyTrash", "The trash was not emptied: %1"): "ごみ箱を空にできませんでした: %1",
    ("TrashView", "Customers"): "顧客",
    ("TrashView", "Timeline entries"): "履歴",
    ("TrashView", "Restore"): "元に戻す",
    ("TrashView", "Restore the selected item (Ctrl+R)"): "選んだ項目を元に戻します (Ctrl+R)",
    ("TrashView", "Empty Trash…"): "ごみ箱を空にする…",
}

# English is the source language; only its plural forms need a translation.
EN_TRASH: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("TrashedEntriesPane", "%Ln timeline entry(ies) in the trash so far"): (
        "%Ln timeline entry in the trash so far",
        "%Ln timeline entries in the trash so far",
    ),
    ("TrashedEntriesPane", "%Ln timeline entry(ies) in the trash"): (
        "%Ln timeline entry in the trash",
        "%Ln timeline entries in the trash",
    ),
    ("EmptyTrash", "%Ln customer(s)"): ("%Ln customer", "%Ln customers"),
    ("EmptyTrash", "%Ln timeline entry(ies)"): ("%Ln timeline entry", "%Ln timeline entries"),
}
