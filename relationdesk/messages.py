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
    "data_folder_in_use": {
        "en": "The data folder {path} is in use by another running RelationDesk ({holder}). "
        "Close it first; nothing was changed.",
        "ja": "データフォルダー {path} は別の RelationDesk が使用中です（{holder}）。"
        "先に終了してください。何も変更していません。",
    },
    "lock_holder": {
        "en": "process {pid} on {host} since {since}",
        "ja": "{host} のプロセス {pid}、{since} から",
    },
    "lock_holder_unknown": {"en": "unknown process", "ja": "不明なプロセス"},
    "location_network": {
        "en": "Warning: the data folder {path} is on a network drive ({detail}). Databases "
        "can be damaged there; keep the data on this computer's own disk (backups may go "
        "to the network).",
        "ja": "警告: データフォルダー {path} はネットワークドライブ（{detail}）上にあります。"
        "データベースが壊れるおそれがあります。データはこのパソコンのディスクに置いて"
        "ください（バックアップ先はネットワークでも構いません）。",
    },
    "location_cloud": {
        "en": "Warning: the data folder {path} is inside a {detail} folder. Syncing can damage "
        "the database or bring back old copies; keep the data outside synced folders "
        "(backups may go there).",
        "ja": "警告: データフォルダー {path} は {detail} の同期フォルダー内にあります。同期で"
        "データベースが壊れたり古いコピーに戻ったりするおそれがあります。データは同期"
        "フォルダーの外に置いてください（バックアップ先は同期フォルダーでも構いません）。",
    },
    "database_damaged_open": {
        "en": "The database {path} is damaged ({detail}). Nothing was written to it.",
        "ja": "データベース {path} が破損しています（{detail}）。このファイルには何も書き込んで"
        "いません。",
    },
    "offer_backup": {
        "en": "The newest good backup is from {date} ({customers} customers). Restore it with: "
        'relationdesk restore "{backup}" (the damaged file is kept as .damaged).',
        "ja": "正常な最新のバックアップは {date} のものです（顧客 {customers} 件）。復元するには: "
        'relationdesk restore "{backup}"（破損したファイルは .damaged として残します）',
    },
    "no_good_backup": {
        "en": "There is no usable backup. Keep the file as it is and ask for help to salvage it.",
        "ja": "使えるバックアップがありません。ファイルはそのまま保管し、復旧について"
        "ご相談ください。",
    },
    "migration_failed": {
        "en": "Could not upgrade the database from schema {revision} ({detail}). It was put back "
        "as it was from the backup {backup}; nothing was lost.",
        "ja": "データベースをスキーマ {revision} から更新できませんでした（{detail}）。"
        "バックアップ {backup} から元の状態に戻しました。データは失われていません。",
    },
    "migration_failed_unrestored": {
        "en": "Could not upgrade the database from schema {revision} ({detail}), nor put it "
        'back. Restore the backup taken just before: relationdesk restore "{backup}"',
        "ja": "データベースをスキーマ {revision} から更新できず（{detail}）、元に戻すことも"
        'できませんでした。直前のバックアップを復元してください: relationdesk restore "{backup}"',
    },
    "backup_done": {
        "en": "Backed up {customers} customers to {path} ({size}).",
        "ja": "顧客 {customers} 件をバックアップしました: {path}（{size}）",
    },
    "backup_pruned": {
        "en": "Removed {count} old backups (kept: {policy}).",
        "ja": "古いバックアップを {count} 件削除しました（保持: {policy}）。",
    },
    "backup_policy": {
        "en": "the newest {last}, {daily} daily, {weekly} weekly, {monthly} monthly",
        "ja": "最新 {last} 件・日次 {daily}・週次 {weekly}・月次 {monthly}",
    },
    "backup_fallback": {
        "en": "The backup folder {folder} is not available; the backup went to {used}.",
        "ja": "バックアップ先 {folder} が見つからないため、{used} に保存しました。",
    },
    "backup_failed": {
        "en": "The backup could not be written: {reason}. Nothing was changed.",
        "ja": "バックアップを作成できませんでした: {reason}。何も変更していません。",
    },
    "backup_dest_missing": {
        "en": "The folder {folder} does not exist; nothing was written.",
        "ja": "フォルダー {folder} がありません。何も書き出していません。",
    },
    "backups_none": {"en": "No backups yet.", "ja": "バックアップはまだありません。"},
    "backups_header": {
        "en": "Taken\tSize\tCustomers\tReason\tFile",
        "ja": "作成日時\tサイズ\t顧客数\t理由\tファイル",
    },
    "backups_unreadable": {"en": "unreadable", "ja": "読めません"},
    "restore_done": {
        "en": "Restored {customers} customers from the backup of {date}.",
        "ja": "{date} のバックアップから顧客 {customers} 件を復元しました。",
    },
    "restore_safety": {
        "en": "The data it replaced was backed up to {path}.",
        "ja": "置き換える前のデータは {path} にバックアップしました。",
    },
    "restore_damaged_kept": {
        "en": "The damaged file was kept as {path}.",
        "ja": "破損したファイルは {path} として残しました。",
    },
    "restore_upgraded": {
        "en": "The backup was made by an older version (schema {revision}) and was upgraded.",
        "ja": "バックアップは古いバージョン（スキーマ {revision}）のものだったため更新しました。",
    },
    "restore_unavailable": {
        "en": "Cannot restore {path}: {reason}. Nothing was changed.",
        "ja": "{path} を復元できません: {reason}。何も変更していません。",
    },
    "restore_failed": {
        "en": "The restore failed: {reason}.",
        "ja": "復元に失敗しました: {reason}。",
    },
    "trash_emptied": {
        "en": "Emptied the trash: {customers} customers (with {entries} history entries), "
        "{interactions} interactions, {purchases} purchases and {reminders} reminders were "
        "removed for good.",
        "ja": "ごみ箱を空にしました: 顧客 {customers} 件（履歴 {entries} 件を含む）、対応履歴 "
        "{interactions} 件、購入 {purchases} 件、リマインダー {reminders} 件を完全に削除しました。",
    },
    "backup_first": {
        "en": "A backup was saved first: {path}",
        "ja": "先にバックアップを保存しました: {path}",
    },
    "bad_customer_id": {
        "en": "{value} is not a customer id (the ids are in 'relationdesk search QUERY --json').",
        "ja": "{value} は顧客 ID ではありません（ID は 'relationdesk search 検索語 --json' で"
        "分かります）。",
    },
    "customer_not_found": {
        "en": "There is no customer with the id {id}.",
        "ja": "ID {id} の顧客はいません。",
    },
    "history_written": {
        "en": "Wrote {count} changes to {path}.",
        "ja": "変更 {count} 件を {path} に書き出しました。",
    },
    "privacy_exported": {
        "en": "Wrote everything about {name} to {json} and {report}.",
        "ja": "{name} 様の全情報を {json} と {report} に書き出しました。",
    },
    "erase_plan": {
        "en": "Erasing {name} removes for good: the profile with {contact_points} phones, "
        "e-mails and addresses, {interactions} history entries, {purchases} purchases, "
        "{reminders} reminders and {changes} change-log entries.",
        "ja": "{name} を消去すると、基本情報と電話・メール・住所 {contact_points} 件、対応履歴 "
        "{interactions} 件、購入 {purchases} 件、リマインダー {reminders} 件、変更履歴 "
        "{changes} 件が完全に削除されます。",
    },
    "erase_members": {
        "en": "{members} people recorded at this company keep their records without it; its "
        "name is removed from {mentions} entries of their change history.",
        "ja": "この会社に所属する {members} 人の記録は残り、会社との関連だけが外れます。"
        "変更履歴 {mentions} 件から会社名を削除します。",
    },
    "erase_backups": {
        "en": "{copies} backups still hold this customer and keep the copy until the rotation "
        "removes them: the last one around {date}, if RelationDesk makes a backup every day. "
        "Copies saved elsewhere (relationdesk backup DEST) are not touched.",
        "ja": "{copies} 件のバックアップにこの顧客が含まれており、ローテーションで削除される"
        "まで残ります（毎日バックアップする場合、最後の 1 件は {date} 頃に削除）。"
        "別の場所に保存したコピー（relationdesk backup 保存先）は削除されません。",
    },
    "erase_backups_forever": {
        "en": "{copies} backups still hold this customer; with the current rotation they are "
        "kept for more than three years. Delete them yourself if the copy must go.",
        "ja": "{copies} 件のバックアップにこの顧客が含まれており、現在のローテーションでは "
        "3 年以上残ります。コピーも削除する必要がある場合はご自身で削除してください。",
    },
    "erase_no_backups": {
        "en": "No backup holds this customer.",
        "ja": "この顧客を含むバックアップはありません。",
    },
    "erase_other_copies": {
        "en": "These files in the data folder may hold a copy too; delete them yourself: {paths}",
        "ja": "データフォルダー内の次のファイルにもコピーが残っている可能性があります。"
        "ご自身で削除してください: {paths}",
    },
    "erase_confirm": {
        "en": "Nothing was erased. Run the command again with --yes to erase.",
        "ja": "まだ何も消去していません。消去するには --yes を付けて実行してください。",
    },
    "erase_done": {
        "en": "Erased {name} in {seconds:.1f} s; the database file was compacted and its "
        "journal emptied, so it holds none of it.",
        "ja": "{name} を消去しました（{seconds:.1f} 秒）。データベースファイルを圧縮し"
        "ジャーナルも空にしたため、ファイル内にデータは残っていません。",
    },
    "erase_done_wal_busy": {
        "en": "Erased {name} in {seconds:.1f} s. The journal file could not be emptied yet "
        "(another program is reading); it will be when RelationDesk closes.",
        "ja": "{name} を消去しました（{seconds:.1f} 秒）。別のプログラムが読み込み中のため"
        "ジャーナルファイルはまだ空にできませんでした。RelationDesk の終了時に空になります。",
    },
    "check_index_only": {
        "en": "Only the search index is affected; run 'relationdesk check --repair' to rebuild it.",
        "ja": "問題は検索インデックスだけです。'relationdesk check --repair' で作り直せます。",
    },
    "index_rebuilt": {
        "en": "Rebuilt the search index ({count} customers).",
        "ja": "検索インデックスを作り直しました（顧客 {count} 件）。",
    },
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
