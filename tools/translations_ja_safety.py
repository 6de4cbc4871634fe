"""Japanese texts of the safety UI: the History tab, backup and trash preferences, the
Backups dialog, privacy export and erase, start-up housekeeping.

Kept apart from tools/translations.py so each file stays readable; merged into JA there.
"""

from __future__ import annotations

JA_SAFETY: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("CustomerPanel", "&History"): "変更履歴(&H)",
    ("HistoryTab", "When"): "日時",
    ("HistoryTab", "By"): "担当者",
    ("HistoryTab", "Field"): "項目",
    ("HistoryTab", "From"): "変更前",
    ("HistoryTab", "To"): "変更後",
    ("HistoryTab", "No changes recorded yet."): "まだ変更の記録はありません。",
    ("HistoryTab", "Kind"): "種別",
    ("HistoryTab", "Family name"): "姓",
    ("HistoryTab", "Given name"): "名",
    ("HistoryTab", "Display name"): "表示名",
    ("HistoryTab", "Reading"): "フリガナ",
    ("HistoryTab", "Honorific"): "敬称",
    ("HistoryTab", "Company"): "会社",
    ("HistoryTab", "Job title"): "役職",
    ("HistoryTab", "Birthday"): "誕生日",
    ("HistoryTab", "Stage"): "段階",
    ("HistoryTab", "Source"): "流入元",
    ("HistoryTab", "Preferred contact"): "希望連絡手段",
    ("HistoryTab", "Direct mail consent"): "DM 同意",
    ("HistoryTab", "E-mail consent"): "メール同意",
    ("HistoryTab", "LINE consent"): "LINE 同意",
    ("HistoryTab", "LINE ID"): "LINE ID",
    ("HistoryTab", "Note"): "メモ",
    ("HistoryTab", "Tags"): "タグ",
    ("HistoryTab", "Phone numbers"): "電話番号",
    ("HistoryTab", "E-mail addresses"): "メール",
    ("HistoryTab", "Addresses"): "住所",
    ("PreferencesDialog", "The computer's user name"): "パソコンのユーザー名",
    (
        "PreferencesDialog",
        "The data folder's backups folder",
    ): "データフォルダー内の backups フォルダー",
    ("PreferencesDialog", "Browse…"): "参照…",
    ("PreferencesDialog", " days"): " 日",
    ("PreferencesDialog", "Log my changes as:"): "変更履歴に記録する担当者名:",
    ("PreferencesDialog", "Back up to:"): "バックアップ先:",
    (
        "PreferencesDialog",
        "Empty the trash of items older than:",
    ): "ゴミ箱から完全に削除するまでの日数:",
    ("PreferencesDialog", "Back up to"): "バックアップ先",
}
