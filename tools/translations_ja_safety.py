"""Japanese texts of the safety UI: the History tab, backup and trash preferences, the
Backups dialog, privacy export and erase, start-up housekeeping.

Kept apart from tools/translations.py so each file stays readable; merged into JA there.
"""

from __future__ import annotations

JA_SAFETY: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("CustomerPanel", "&History"): "変更履歴(&H)",
    ("HistoryTab", "When"): "日時",
    ("HistoryTab", "In the trash"): "ごみ箱",
    ("HistoryTab", "Activity"): "対応履歴",
    ("HistoryTab", "Purchase"): "購入",
    ("HistoryTab", "Reminder"): "リマインダー",
    ("HistoryTab", "Who started it"): "きっかけ",
    ("HistoryTab", "Subject"): "件名",
    ("HistoryTab", "Details"): "内容",
    ("HistoryTab", "Outcome"): "結果",
    ("HistoryTab", "Lines"): "明細",
    ("HistoryTab", "Total"): "合計",
    ("HistoryTab", "What to do"): "やること",
    ("HistoryTab", "Due"): "期限",
    ("HistoryTab", "Repeats"): "繰り返し",
    ("HistoryTab", "Snoozed until"): "再通知",
    ("HistoryTab", "Done"): "完了",
    ("HistoryTab", "%1: %2"): "%1：%2",
    ("HistoryTab", "Yes"): "はい",
    ("HistoryTab", "No"): "いいえ",
    ("HistoryTab", "By"): "担当者",
    ("HistoryTab", "Field"): "項目",
    ("HistoryTab", "From"): "変更前",
    ("HistoryTab", "To"): "変更後",
    ("HistoryTab", "No changes recorded yet."): "まだ変更の記録はありません。",
    ("HistoryTab", "&Export…"): "書き出し(&E)…",
    ("HistoryTab", "CSV (*.csv)"): "CSV (*.csv)",
    ("HistoryTab", "JSON (*.json)"): "JSON (*.json)",
    ("HistoryTab", "Export Change History"): "変更履歴の書き出し",
    ("HistoryTab", "Could not export: %1"): "書き出せませんでした: %1",
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
    ("MainWindow", "&Backups…"): "バックアップ(&B)…",
    ("BackupsDialog", "Backed up by hand"): "手動バックアップ",
    ("BackupsDialog", "At start-up"): "起動時",
    ("BackupsDialog", "On quit"): "終了時",
    ("BackupsDialog", "Before an import"): "取り込みの前",
    ("BackupsDialog", "Before a merge"): "統合の前",
    ("BackupsDialog", "Before an undo"): "取り消しの前",
    ("BackupsDialog", "Before a restore"): "復元の前",
    ("BackupsDialog", "Before an update"): "アップデートの前",
    ("BackupsDialog", "Before emptying the trash"): "ゴミ箱を空にする前",
    ("BackupsDialog", "Backups"): "バックアップ",
    ("BackupsDialog", "Date"): "日時",
    ("BackupsDialog", "Reason"): "理由",
    ("BackupsDialog", "Size"): "サイズ",
    ("BackupsDialog", "Customers"): "顧客数",
    ("BackupsDialog", "Reading the backups…"): "バックアップを読み込んでいます…",
    ("BackupsDialog", "&Back Up Now"): "今すぐバックアップ(&B)",
    ("BackupsDialog", "&Restore…"): "復元(&R)…",
    ("BackupsDialog", "Unreadable"): "読み取れません",
    ("BackupsDialog", "No backups yet."): "まだバックアップはありません。",
    ("BackupsDialog", "Newest first."): "新しい順に表示しています。",
    ("BackupsDialog", "Backing up…"): "バックアップしています…",
    ("BackupsDialog", "Backed up to %1"): "%1 にバックアップしました",
    (
        "BackupsDialog",
        "The backup folder chosen in Preferences is not available; the backup went to %1",
    ): "環境設定で選んだバックアップ先が見つからないため、%1 にバックアップしました",
    ("BackupsDialog", "Restore"): "復元",
    (
        "BackupsDialog",
        "Replace all the current data with the backup of %1?\n\n"
        "The current data is backed up first, so this can be undone by restoring that backup.",
    ): (
        "現在のデータをすべて %1 のバックアップで置き換えますか？\n\n"
        "現在のデータは先にバックアップされるので、そのバックアップを復元すれば元に戻せます。"
    ),
    ("BackupsDialog", "Restoring…"): "復元しています…",
    (
        "BackupsDialog",
        "Restored the backup of %1 (%2 customers).",
    ): "%1 のバックアップを復元しました（顧客 %2 件）。",
    ("BackupsDialog", "That did not work: %1"): "うまくいきませんでした: %1",
    ("PrivacyActions", "E&xport This Customer's Data…"): "この顧客のデータを書き出す(&X)…",
    ("PrivacyActions", "Erase This Customer &Completely…"): "この顧客を完全に消去(&C)…",
    ("PrivacyActions", "Choose a customer first."): "先に顧客を選んでください。",
    ("PrivacyActions", "Export This Customer's Data To"): "この顧客のデータの書き出し先",
    ("PrivacyActions", "Exporting…"): "書き出しています…",
    ("PrivacyActions", "Exported to %1 and %2"): "%1 と %2 に書き出しました",
    (
        "PrivacyActions",
        "Erase %1 completely? This cannot be undone.",
    ): "%1 を完全に消去しますか？ 元に戻すことはできません。",
    (
        "PrivacyActions",
        "Erased: the customer record, %1 contact details, %2 activities, %3 purchases, "
        "%4 reminders and %5 recorded changes.",
    ): (
        "消去されるもの: 顧客の記録、連絡先 %1 件、対応履歴 %2 件、購入 %3 件、"
        "リマインダー %4 件、変更履歴 %5 件。"
    ),
    (
        "PrivacyActions",
        "No backup holds a copy of this customer.",
    ): "この顧客のコピーを含むバックアップはありません。",
    (
        "PrivacyActions",
        "%1 backups still hold a copy; they keep it until they expire. "
        "The last copy expires on %2.",
    ): (
        "%1 個のバックアップにまだコピーが残っており、期限が来るまで保持されます。"
        "最後のコピーの期限は %2 です。"
    ),
    (
        "PrivacyActions",
        "%1 backups still hold a copy; with the current backup settings they are kept for "
        "more than three years. Delete them by hand if needed.",
    ): (
        "%1 個のバックアップにまだコピーが残っており、現在のバックアップ設定では 3 年以上"
        "保持されます。必要なら手動で削除してください。"
    ),
    (
        "PrivacyActions",
        "Damaged files kept aside in the data folder may also hold it: %1",
    ): "データフォルダーに保管された破損ファイルにも含まれている可能性があります: %1",
    ("PrivacyActions", "Erase Customer"): "顧客の消去",
    ("PrivacyActions", "Erase"): "消去",
    ("PrivacyActions", "Erasing…"): "消去しています…",
    ("PrivacyActions", "%1 was erased completely."): "%1 を完全に消去しました。",
    ("PrivacyActions", "That did not work: %1"): "うまくいきませんでした: %1",
    ("PrivacyActions", "Customer"): "顧客",
    ("PrivacyActions", ", "): "、",
    (
        "PrivacyActions",
        "Erased with it: %1, merged into this customer and still in the trash.",
    ): "この顧客に統合され、ごみ箱にある %1 も一緒に消去されます。",
    (
        "PrivacyActions",
        "The import and merge history's %1 copies of this customer go too; those imports "
        "can still be undone for the other customers.",
    ): (
        "取り込み・統合の記録に残るこの顧客のコピー %1 件も削除されます。"
        "それらの取り込みは、ほかの顧客について引き続き取り消せます。"
    ),
    (
        "PrivacyActions",
        "Not erased: %1, once merged into this customer and restored from the trash since. "
        "Erase it too if the request covers it.",
    ): (
        "%1 は、この顧客に統合された後ごみ箱から戻されたため消去されません。"
        "請求の対象であれば、そちらも消去してください。"
    ),
    (
        "PrivacyActions",
        "This record was merged into %1, which keeps the details and history it took from "
        "it. Erase that record too if the request covers it.",
    ): (
        "この記録は %1 に統合されており、統合先には引き継いだ情報と履歴が残ります。"
        "請求の対象であれば、統合先も消去してください。"
    ),
    ("MainWindow", "Start-up maintenance failed: %1"): "起動時の保守作業に失敗しました: %1",
    ("MainWindow", "The start-up backup failed: %1"): "起動時のバックアップに失敗しました: %1",
    ("MainWindow", "Restoring the backup…"): "バックアップを復元しています…",
    (
        "MainWindow",
        "Restored the backup of %1 (%2 customers); the damaged file was kept.",
    ): "%1 のバックアップ（顧客 %2 件）を復元しました。壊れたファイルは保管してあります。",
    ("MainWindow", "The customer data is damaged"): "顧客データが壊れています",
    (
        "MainWindow",
        "The backup could not be restored: %1",
    ): "バックアップを復元できませんでした: %1",
    (
        "MainWindow",
        "The backup folder chosen in Preferences is not available; the backup went to %1",
    ): "環境設定で選んだバックアップ先が見つからないため、%1 にバックアップしました",
    (
        "MainWindow",
        "The data folder is on a network share (%1): keep it on this computer.",
    ): "データフォルダーがネットワーク共有（%1）にあります。このパソコン内に置いてください。",
    (
        "MainWindow",
        "The data folder is in a cloud-sync folder (%1): keep it outside it.",
    ): "データフォルダーがクラウド同期フォルダー（%1）の中にあります。その外に置いてください。",
    # The full data check (File → Check Data, and daily in the background).
    ("MainWindow", "Check &Data…"): "データのチェック(&D)…",
    ("DataCheck", "Checking the customer data…"): "顧客データをチェックしています…",
    ("DataCheck", "Cancel"): "キャンセル",
    ("DataCheck", "Check Data"): "データのチェック",
    ("DataCheck", "The data check was cancelled."): "データのチェックを中止しました。",
    ("DataCheck", "Data check: no problems found."): "データのチェック: 問題はありません。",
    ("DataCheck", "The data check could not run: %1"): "データをチェックできませんでした: %1",
    ("DataCheck", "No problems found."): "問題は見つかりませんでした。",
    (
        "DataCheck",
        "Checked the whole data file (SQLite's integrity check), the links between records "
        "and the search index in %1 seconds.",
    ): "データファイル全体（SQLite の整合性チェック）、記録どうしのつながり、検索用の索引を"
    "%1 秒でチェックしました。",
    (
        "DataCheck",
        "The check found problems only in the search index: some customers may not be found "
        "by searching. The customer data itself is fine. Rebuild the search index now? "
        "(About a minute for a million customers.)",
    ): "検索用の索引にだけ問題が見つかりました。検索で見つからない顧客があるかもしれません。"
    "顧客データそのものは無事です。今すぐ検索用の索引を作り直しますか？"
    "（顧客 100 万件でおよそ 1 分かかります）",
    ("DataCheck", "Rebuild the Index"): "索引を作り直す",
    ("DataCheck", "Later"): "後で",
    ("DataCheck", "Rebuilding the search index…"): "検索用の索引を作り直しています…",
    (
        "DataCheck",
        "Rebuilt the search index (%1 customers).",
    ): "検索用の索引を作り直しました（顧客 %1 件）。",
    (
        "DataCheck",
        "The search index could not be rebuilt: %1",
    ): "検索用の索引を作り直せませんでした: %1",
    # The backup rotation in Preferences.
    ("PreferencesDialog", "Keep backups:"): "残すバックアップ:",
    ("BackupRotation", "The newest:"): "最新のもの:",
    ("BackupRotation", " backups"): " 件",
    ("BackupRotation", "One a day for:"): "1 日 1 件を:",
    ("BackupRotation", " days"): " 日分",
    ("BackupRotation", "One a week for:"): "1 週 1 件を:",
    ("BackupRotation", " weeks"): " 週分",
    ("BackupRotation", "One a month for:"): "1 か月 1 件を:",
    ("BackupRotation", " months"): " か月分",
    (
        "BackupRotation",
        "Back up at start-up when the newest backup is older than:",
    ): "起動時、最新のバックアップがこれより古ければバックアップ:",
    ("BackupRotation", " hours"): " 時間",
    ("BackupRotation", "Always"): "毎回",
    (
        "BackupRotation",
        "Older backups are deleted after each new one; those kept by any of these rules stay.",
    ): "新しいバックアップを取るたびに古いものを削除します。"
    "どれかの決まりで残るものは削除しません。",
    ("Recovery", "RelationDesk cannot start"): "RelationDesk を起動できません",
}
