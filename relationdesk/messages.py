"""Messages of the command line in the user's language (English and Japanese).

The GUI translates with Qt's tr(); the CLI has no Qt, so its few messages live here and the
language follows RELATIONDESK_LANG, else LC_ALL / LC_MESSAGES / LANG.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, dict[str, str]] = {
    "data_dir_unusable": {
        "en": "Cannot use the data folder {path}: {reason}. Nothing was changed.",
        "ja": "データフォルダー {path} を使えません: {reason}。何も変更していません。",
    },
    "database_too_new": {
        "en": "The data in {path} was saved by a newer version of RelationDesk (schema "
        "{revision}). Install the newer version to open it; nothing was changed.",
        "ja": "{path} のデータは新しいバージョンの RelationDesk で保存されています（スキーマ "
        "{revision}）。新しいバージョンをインストールしてください。何も変更していません。",
    },
    "not_our_database": {
        "en": "{path} is not a RelationDesk database (or it is damaged); nothing was changed.",
        "ja": "{path} は RelationDesk のデータベースではないか、壊れています。"
        "何も変更していません。",
    },
    "upgraded": {
        "en": "Upgraded the database from schema {old}; a backup was saved to {backup}.",
        "ja": "データベースをスキーマ {old} から更新しました。バックアップ: {backup}",
    },
    "demo_done": {
        "en": "Added {customers} demo customers with {interactions} interactions, "
        "{purchases} purchases and {reminders} reminders in {seconds:.1f} s.",
        "ja": "デモ顧客 {customers} 件（対応履歴 {interactions} 件、購入 {purchases} 件、"
        "リマインダー {reminders} 件）を {seconds:.1f} 秒で追加しました。",
    },
    "no_results": {"en": "No customers found.", "ja": "該当する顧客はありません。"},
    "database_damaged": {
        "en": "The database {path} could not be read ({detail}); it may be damaged. "
        "Run 'relationdesk check' and restore a backup if needed.",
        "ja": "データベース {path} を読み込めませんでした（{detail}）。破損している可能性が"
        "あります。'relationdesk check' を実行し、必要ならバックアップから復元してください。",
    },
    "selftest_ok": {
        "en": "Self-test passed: the window showed its customer list ({customers} customers).",
        "ja": "セルフテスト成功: 顧客一覧が表示されました（顧客 {customers} 件）。",
    },
    "selftest_failed": {
        "en": "Self-test failed: {reason}",
        "ja": "セルフテスト失敗: {reason}",
    },
    "instance_shown": {
        "en": "RelationDesk is already open with {path}; its window was brought to the front.",
        "ja": "RelationDesk は {path} ですでに起動しています。そのウィンドウを前面に表示しました。",
    },
    "instance_not_answering": {
        "en": "RelationDesk is already running with {path} but does not answer; close it "
        "(or end it in the task manager) and start again.",
        "ja": "RelationDesk は {path} ですでに起動していますが、応答がありません。終了させて"
        "（またはタスクマネージャーで終了して）から、もう一度起動してください。",
    },
    "check_ok": {"en": "The database is healthy.", "ja": "データベースは正常です。"},
    "check_failed": {
        "en": "The database has problems: {details}",
        "ja": "データベースに問題があります: {details}",
    },
    "unknown_command": {
        "en": "Unknown command or option: {detail}. See 'relationdesk --help'.",
        "ja": "不明なコマンドまたはオプションです: {detail}。'relationdesk --help' を"
        "ご覧ください。",
    },
    "positive_number": {
        "en": "{name} must be a positive whole number.",
        "ja": "{name} には正の整数を指定してください。",
    },
    "gui_unavailable": {
        "en": "Cannot start the window: {reason}",
        "ja": "ウィンドウを開けません: {reason}",
    },
    "export_format_unknown": {
        "en": "Cannot tell the format of {path} from its extension; name it .csv, .xlsx or "
        ".vcf, or give --format.",
        "ja": "{path} の拡張子から形式が分かりません。.csv・.xlsx・.vcf のいずれかにするか、"
        "--format を指定してください。",
    },
    "export_encoding_csv_only": {
        "en": "--encoding applies to CSV files only (Excel and vCard files are always Unicode).",
        "ja": "--encoding は CSV ファイルにのみ指定できます（Excel と vCard は常に "
        "Unicode です）。",
    },
    "export_target_is_folder": {
        "en": "{path} is a folder; give the name of the file to write.",
        "ja": "{path} はフォルダーです。書き出すファイルの名前を指定してください。",
    },
    "export_folder_missing": {
        "en": "The folder {folder} does not exist; nothing was written.",
        "ja": "フォルダー {folder} がありません。何も書き出していません。",
    },
    "export_write_failed": {
        "en": "Cannot write {path}: {reason}. Nothing was written.",
        "ja": "{path} に書き込めません: {reason}。何も書き出していません。",
    },
    "export_done": {
        "en": "Exported {customers} customers to {path} in {seconds:.1f} s.",
        "ja": "顧客 {customers} 件を {path} に書き出しました（{seconds:.1f} 秒）。",
    },
    "export_cancelled": {
        "en": "Export cancelled; nothing was written.",
        "ja": "書き出しを中止しました。何も書き出していません。",
    },
    "export_unencodable": {
        "en": "{count} fields hold characters CP932 (Shift_JIS) cannot hold; nothing was "
        "written. Export in UTF-8, or add --replace-unencodable to write them as 〓:",
        "ja": "{count} 件の項目に CP932（Shift_JIS）で表せない文字があります。何も書き出して"
        "いません。UTF-8 で書き出すか、--replace-unencodable で〓に置き換えてください:",
    },
    "export_replaced": {
        "en": "{count} fields held characters CP932 (Shift_JIS) cannot hold; they were "
        "written as 〓:",
        "ja": "{count} 件の項目に CP932（Shift_JIS）で表せない文字があり、〓に置き換えました:",
    },
    "export_unencodable_item": {
        "en": "{name} ({id}), {field}: {characters}",
        "ja": "{name}（{id}）の{field}: {characters}",
    },
    "export_more": {"en": "... and {count} more", "ja": "…ほか {count} 件"},
}


def language() -> str:
    """Return 'ja' or 'en' from the environment."""
    for name in ("RELATIONDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    return "en"


def message(key: str, **values: object) -> str:
    """Return message *key* in the user's language, filled in with *values*."""
    texts = MESSAGES[key]
    return texts.get(language(), texts["en"]).format(**values)
