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
