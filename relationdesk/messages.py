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
        "en": "RelationDesk is already running with {path} but does not answer. If it is "
        "busy, wait a moment and start it again; if it stays so, close it (or end it in the "
        "task manager) and start again.",
        "ja": "RelationDesk は {path} ですでに起動していますが、応答がありません。処理中の"
        "場合は、少し待ってからもう一度起動してください。応答がないままなら、終了させて"
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
    "history_all_or_customer": {
        "en": "history needs a customer id, or --all for the whole change log (not both).",
        "ja": "history には顧客 ID か、変更履歴全体を出す --all のどちらか一方を指定してください。",
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
    "list_separator": {"en": ", ", "ja": "、"},
    "erase_duplicates": {
        "en": "Erased with it: {names}, merged into this customer and still in the trash.",
        "ja": "この顧客に統合され、ごみ箱にある {names} も一緒に消去します。",
    },
    "erase_journal": {
        "en": "The import and merge history's {count} copies of this customer go too; those "
        "imports can still be undone for the other customers.",
        "ja": "取り込み・統合の記録に残るこの顧客のコピー {count} 件も削除します。"
        "それらの取り込みは、ほかの顧客について引き続き取り消せます。",
    },
    "erase_restored_duplicates": {
        "en": "Not erased: {names}, once merged into this customer and restored from the trash "
        "since. Erase it too if the request covers it.",
        "ja": "{names} は、この顧客に統合された後ごみ箱から戻されたため消去しません。"
        "請求の対象であれば、そちらも消去してください。",
    },
    "erase_merged_into": {
        "en": "This record was merged into {names}, which keeps the details and history it "
        "took from it. Erase that record too if the request covers it.",
        "ja": "この記録は {names} に統合されており、統合先には引き継いだ情報と履歴が残ります。"
        "請求の対象であれば、統合先も消去してください。",
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
    # -- import (relationdesk import / imports / undo-import / duplicates) ----------------
    "import_done": {
        "en": "Imported {file}: {read} records read: {new} new, {merged} merged, {skipped} "
        "skipped, {created_anyway} created although duplicates, {rejected} not imported; "
        "{companies} companies added ({seconds:.1f} s). Batch {batch} (undo with "
        "'relationdesk undo-import {short}').",
        "ja": "{file} を取り込みました: {read} 件を読み、新規 {new} 件、統合 {merged} 件、"
        "スキップ {skipped} 件、重複のまま作成 {created_anyway} 件、取り込めなかった行 "
        "{rejected} 件、会社の追加 {companies} 件（{seconds:.1f} 秒）。バッチ {batch}"
        "（'relationdesk undo-import {short}' で取り消せます）。",
    },
    "import_dry_run": {
        "en": "Dry run of {file} (nothing was written): {read} records read: {new} new, "
        "{merged} would be merged, {skipped} skipped, {created_anyway} created although "
        "duplicates, {rejected} not importable; {companies} companies would be added.",
        "ja": "{file} の試し読み（何も書き込んでいません）: {read} 件を読み、新規 {new} 件、"
        "統合 {merged} 件、スキップ {skipped} 件、重複のまま作成 {created_anyway} 件、"
        "取り込めない行 {rejected} 件、追加される会社 {companies} 件。",
    },
    "import_problems": {
        "en": "{count} problems (lines as in the file; the header is line 1):",
        "ja": "問題 {count} 件（行番号はファイルの行、見出しが 1 行目）:",
    },
    "import_problem_line": {"en": "line {line}", "ja": "{line} 行目"},
    "import_problem_column": {"en": "line {line}, {column}", "ja": "{line} 行目「{column}」"},
    "severity_error": {"en": "not imported", "ja": "取り込まず"},
    "severity_warning": {"en": "left out", "ja": "この項目は除外"},
    "import_cancelled": {
        "en": "Import cancelled; nothing was written.",
        "ja": "取り込みを中止しました。何も書き込んでいません。",
    },
    "import_option_sheet": {
        "en": "--sheet applies to Excel files only; {path} is not one.",
        "ja": "--sheet は Excel ファイルにだけ指定できます（{path} は Excel ではありません）。",
    },
    "import_option_encoding": {
        "en": "--encoding applies to CSV files only; {path} is not one.",
        "ja": "--encoding は CSV ファイルにだけ指定できます（{path} は CSV ではありません）。",
    },
    "imports_none": {"en": "No imports yet.", "ja": "取り込みの履歴はありません。"},
    "imports_line": {
        "en": "{short}  {when}  {file}  {read} read, {new} new, {merged} merged, "
        "{skipped} skipped, {rejected} not imported{undone}",
        "ja": "{short}  {when}  {file}  読込 {read}・新規 {new}・統合 {merged}・"
        "スキップ {skipped}・取込不可 {rejected}{undone}",
    },
    "imports_merge_line": {
        "en": "{short}  {when}  merge of duplicates into {file}{undone}",
        "ja": "{short}  {when}  重複の統合（{file}）{undone}",
    },
    "imports_undone": {"en": "  (undone {when})", "ja": "  （{when} に取り消し済み）"},
    "undo_unknown_batch": {
        "en": "No import batch {batch}; 'relationdesk imports' lists them.",
        "ja": "取り込みバッチ {batch} はありません。'relationdesk imports' で一覧できます。",
    },
    "undo_already": {
        "en": "Batch {batch} was already undone.",
        "ja": "バッチ {batch} はすでに取り消されています。",
    },
    "undo_done": {
        "en": "Undid batch {batch}: {removed} customers removed, {restored} restored.",
        "ja": "バッチ {batch} を取り消しました: {removed} 件を削除、{restored} 件を"
        "元に戻しました。",
    },
    "undo_kept": {
        "en": "{count} records changed since were left as they are:",
        "ja": "その後に変更された {count} 件はそのままにしました:",
    },
    "undo_refused": {
        "en": "Nothing was undone: {count} records were changed after the import. Add "
        "--keep-changed to undo the rest and leave these as they are:",
        "ja": "取り消していません: 取り込みの後に {count} 件が変更されています。"
        "--keep-changed を付けると、これらはそのままにして残りを取り消します:",
    },
    "undo_conflict_line": {"en": "{name} ({id}): {reason}", "ja": "{name}（{id}）: {reason}"},
    "reason_edited": {
        "en": "edited since (profile saved, trashed or merged)",
        "ja": "その後に編集されています（保存・ゴミ箱・統合）",
    },
    "reason_has_history": {
        "en": "has its own history since (calls, purchases, reminders)",
        "ja": "その後の対応履歴があります（電話・購入・リマインダー）",
    },
    "reason_in_use": {
        "en": "other customers belong to this company now",
        "ja": "この会社に所属する顧客がいます",
    },
    "reason_missing": {"en": "no longer exists", "ja": "もう存在しません"},
    "duplicates_none": {
        "en": "No likely duplicates found.",
        "ja": "重複の可能性がある顧客は見つかりませんでした。",
    },
    "duplicates_line": {
        "en": "{confidence}  {rule}  {first} ({first_id})  =  {second} ({second_id})",
        "ja": "{confidence}  {rule}  {first}（{first_id}）＝ {second}（{second_id}）",
    },
    "duplicates_more": {
        "en": "... more pairs: use --limit to see them.",
        "ja": "…ほかにもあります（--limit で表示数を増やせます）。",
    },
    "rule_email": {"en": "same e-mail", "ja": "メール一致"},
    "rule_phone": {"en": "same phone", "ja": "電話番号一致"},
    "rule_name_reading": {"en": "same name and reading", "ja": "氏名・フリガナ一致"},
    "rule_name": {"en": "same name", "ja": "氏名一致"},
    "confidence_high": {"en": "high  ", "ja": "高"},
    "confidence_medium": {"en": "medium", "ja": "中"},
    "confidence_low": {"en": "low   ", "ja": "低"},
    # -- files that cannot be imported (importing.errors.FileCode) ----------------------
    "file_unreadable": {
        "en": "Cannot read {path} ({reason}); nothing was imported.",
        "ja": "{path} を読み込めません（{reason}）。何も取り込んでいません。",
    },
    "file_empty": {
        "en": "{path} is empty; nothing was imported.",
        "ja": "{path} は空です。何も取り込んでいません。",
    },
    "file_undecodable": {
        "en": "{path} is neither UTF-8 nor Shift_JIS (CP932) text (line {line}); save it "
        "as CSV UTF-8 or give --encoding. Nothing was imported.",
        "ja": "{path} は UTF-8 でも Shift_JIS（CP932）でもありません（{line} 行目）。"
        "CSV UTF-8 で保存し直すか --encoding を指定してください。何も取り込んでいません。",
    },
    "file_unsupported": {
        "en": "{path} is an old .{format} workbook; save it as .xlsx or CSV first. Nothing "
        "was imported.",
        "ja": "{path} は古い .{format} 形式です。.xlsx か CSV で保存し直してください。"
        "何も取り込んでいません。",
    },
    "file_damaged": {
        "en": "{path} is not a readable Excel workbook (damaged?); nothing was imported.",
        "ja": "{path} は読める Excel ブックではありません（壊れている可能性）。"
        "何も取り込んでいません。",
    },
    "sheet_not_found": {
        "en": "{path} has no sheet named {sheet}; nothing was imported.",
        "ja": "{path} にシート「{sheet}」はありません。何も取り込んでいません。",
    },
    "no_cards": {
        "en": "{path} holds no vCard (BEGIN:VCARD); nothing was imported.",
        "ja": "{path} に vCard（BEGIN:VCARD）がありません。何も取り込んでいません。",
    },
    # -- problems of rows and values (importing.problems.RowCode, values.ValueCode) -----
    "problem_extra_cells": {
        "en": "the row has {cells} cells but the header only {columns}; the extra cells "
        "were left out",
        "ja": "この行は {cells} 列あり、見出しの {columns} 列より多いため、はみ出た分を"
        "除外しました",
    },
    "problem_unclosed_quote": {
        "en": 'a quote (") opens here and never closes; the row was not imported',
        "ja": 'ここで始まる引用符（"）が閉じていません。この行は取り込んでいません',
    },
    "problem_malformed_row": {
        "en": "the row cannot be read as CSV; it was not imported",
        "ja": "この行は CSV として読めません。取り込んでいません",
    },
    "problem_card_not_closed": {
        "en": "the card has no END:VCARD; what it holds was imported",
        "ja": "この vCard に END:VCARD がありません。中身は取り込みました",
    },
    "problem_undecodable_value": {
        "en": "{value}: bytes not valid in the declared character set; the value was left out",
        "ja": "{value}: 指定の文字コードで読めない値です。この値は除外しました",
    },
    "problem_no_name": {
        "en": "no name and no company; the row was not imported",
        "ja": "氏名も会社名もありません。この行は取り込んでいません",
    },
    "problem_too_long": {
        "en": '"{value}…" is longer than {max} characters',
        "ja": "「{value}…」は {max} 文字を超えています",
    },
    "problem_invalid_phone": {
        "en": '"{value}" is not a phone number',
        "ja": "「{value}」は電話番号として正しくありません",
    },
    "problem_invalid_email": {
        "en": '"{value}" is not an e-mail address',
        "ja": "「{value}」はメールアドレスとして正しくありません",
    },
    "problem_invalid_date": {
        "en": '"{value}" is not a date that exists',
        "ja": "「{value}」は存在する日付ではありません",
    },
    "problem_birthday_without_year": {
        "en": '"{value}" is a birthday without a year; it was left out',
        "ja": "「{value}」は年のない誕生日のため除外しました",
    },
    "problem_invalid_postal_code": {
        "en": '"{value}" is not a 7-digit postal code',
        "ja": "「{value}」は 7 桁の郵便番号ではありません",
    },
    "problem_reading_not_kana": {
        "en": 'the reading "{value}" is not kana',
        "ja": "フリガナ「{value}」がカナではありません",
    },
    "problem_invalid_choice": {
        "en": '"{value}" is not a known choice; the default was used',
        "ja": "「{value}」は選べる値ではないため、既定値にしました",
    },
    "problem_possible_duplicate": {
        "en": "may be the same customer as {value} ({rule}), but not sure enough to merge: "
        "imported as a new customer",
        "ja": "{value} と同じ顧客かもしれません（{rule}）が、確かではないため新しい顧客として"
        "取り込みました",
    },
    "problem_not_stored": {
        "en": '{field}: "{value}" was refused ({code}); the row was not imported',
        "ja": "{field}: 「{value}」は受け付けられません（{code}）。この行は取り込んでいません",
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


def problem_text(code: str, value: str = "", params: tuple[tuple[str, str], ...] = ()) -> str:
    """Say one import problem (a RowCode, ValueCode or ImportCode with its parameters)."""
    values: dict[str, object] = {"value": value, **dict(params)}
    if code == "possible_duplicate":
        values["rule"] = message(f"rule_{values.get('rule', 'name')}")
    key = f"problem_{code}"
    if key not in MESSAGES:
        return code
    try:
        return message(key, **values)
    except (KeyError, IndexError):  # a parameter the text needs is missing: say the code
        return code
