"""Japanese texts of the import wizard, the import history and their labels.

Kept apart from tools/translations.py so each file stays readable; merged into JA there.
"""

from __future__ import annotations

_LABELS = {
    "(Do not import)": "（取り込まない）",
    "Full name (split at the space)": "氏名（空白で姓と名に分ける）",
    "Family name": "姓",
    "Given name": "名",
    "Reading of the full name": "フリガナ（氏名）",
    "Reading of the family name": "フリガナ（姓）",
    "Reading of the given name": "フリガナ（名）",
    "Company": "会社名",
    "Reading of the company": "フリガナ（会社名）",
    "Title": "役職",
    "Phone": "電話番号",
    "Mobile phone": "携帯電話",
    "Home phone": "自宅電話",
    "Work phone": "勤務先電話",
    "Fax": "FAX",
    "Label of the phone": "電話番号の種類",
    "E-mail": "メールアドレス",
    "Label of the e-mail": "メールアドレスの種類",
    "Postal code": "郵便番号",
    "Prefecture": "都道府県",
    "City": "市区町村",
    "Town and street number": "町名・番地",
    "Building": "建物名",
    "Whole address (split on import)": "住所（まとめて1列・取り込み時に分ける）",
    "Label of the address": "住所の種類",
    "Birthday": "誕生日",
    "Note": "メモ",
    "Tags": "タグ",
    "Stage": "段階",
    "LINE ID": "LINE ID",
    "New": "新規",
    "Merged": "統合",
    "Skipped (duplicate)": "スキップ（重複）",
    "New (despite a duplicate)": "新規（重複があっても作成）",
    "Not imported": "取り込まない",
    "No name: the row has no name and no company, so it is not imported.": (
        "氏名も会社名もないため、この行は取り込みません。"
    ),
    "Too long (at most %1 characters).": "長すぎます（%1 文字まで）。",
    "Not a phone number; imported without it.": "電話番号として読めないため、除いて取り込みます。",
    "Not an e-mail address; imported without it.": (
        "メールアドレスとして読めないため、除いて取り込みます。"
    ),
    "Not a date; imported without it.": "日付として読めないため、除いて取り込みます。",
    "A birthday without a year; imported without it.": (
        "年のない誕生日のため、除いて取り込みます。"
    ),
    "Not a 7-digit postal code; imported without it.": (
        "7桁の郵便番号ではないため、除いて取り込みます。"
    ),
    "The reading is not in kana; imported without it.": (
        "フリガナがかなではないため、除いて取り込みます。"
    ),
    "Not a known choice; imported without it.": "選択肢にない値のため、除いて取り込みます。",
    "More cells than columns (%1); the extra ones are left out.": (
        "列より多いセルがあります（%1）。余分なセルは取り込みません。"
    ),
    "A quote opened here is never closed; the row is not imported.": (
        "ここで始まる引用符が閉じていないため、この行は取り込みません。"
    ),
    "The row cannot be read; it is not imported.": "この行は読めないため、取り込みません。",
    "The card has no END:VCARD; read up to the end of the file.": (
        "END:VCARD がないため、ファイルの終わりまでを1件として読みました。"
    ),
    "Characters that cannot be read were left out.": "読めない文字を除きました。",
    "Problem: %1": "問題: %1",
    "The file cannot be opened (%1).": "ファイルを開けません（%1）。",
    "The file is empty.": "ファイルが空です。",
    "The file is neither UTF-8 nor Shift_JIS (first unreadable line: %1).": (
        "ファイルが UTF-8 でも Shift_JIS でもありません（最初に読めない行: %1）。"
    ),
    "This kind of file (%1) cannot be read: save it as .xlsx or CSV first.": (
        "この種類のファイル（%1）は読めません。.xlsx か CSV で保存し直してください。"
    ),
    "The workbook is damaged or not an .xlsx file.": (
        "ブックが壊れているか、.xlsx ファイルではありません。"
    ),
    "The workbook has no sheet named %1.": "ブックに「%1」というシートがありません。",
    "The file holds no contacts (no BEGIN:VCARD).": (
        "ファイルに連絡先がありません（BEGIN:VCARD がありません）。"
    ),
    "The file cannot be imported (%1).": "ファイルを取り込めません（%1）。",
}

_HISTORY = {
    "Import History": "取り込み履歴",
    "When": "日時",
    "What": "内容",
    "New": "新規",
    "Merged": "統合",
    "State": "状態",
    "Undo": "取り消す",
    "Close": "閉じる",
    "Import of %1": "%1 の取り込み",
    "Merge into %1": "%1 への統合",
    "Undone": "取り消し済み",
    "Nothing has been imported yet.": "まだ何も取り込んでいません。",
    "Undone.": "取り消しました。",
    "Changed since the import": "取り込み後に変更された顧客",
    "%1 customer(s) were changed after this import (%2). Undo the rest and leave those as "
    "they are now?": (
        "%1 件の顧客が取り込み後に変更されています（%2）。それらは今のまま残し、"
        "ほかを取り消しますか？"
    ),
    "It was undone already.": "すでに取り消されています。",
    "Could not undo: %1": "取り消せませんでした: %1",
}

_WIZARD = {
    "Import Contacts": "連絡先の取り込み",
    "< Back": "< 戻る",
    "Next >": "次へ >",
    "Cancel": "キャンセル",
    "Import customers from a CSV file (Excel, Google Contacts, Outlook; UTF-8 or "
    "Shift_JIS), an Excel workbook or vCards from a phone. Nothing is stored until you have "
    "seen the preview, and an import can be undone.": (
        "CSV ファイル（Excel・Google コンタクト・Outlook、UTF-8 または Shift_JIS）、"
        "Excel ブック、スマートフォンの vCard から顧客を取り込みます。プレビューを確認するまで"
        "何も保存されず、取り込みは後から取り消せます。"
    ),
    "Browse…": "参照…",
    "Detect": "自動判定",
    "Shift_JIS (Windows, Excel)": "Shift_JIS（Windows・Excel）",
    "File": "ファイル",
    "Characters (CSV)": "文字コード（CSV）",
    "Sheet (Excel)": "シート（Excel）",
    "Column in the file": "ファイルの列",
    "First values": "先頭の値",
    "Import as": "取り込み先",
    "Merge: fill in what the existing customer lacks (recommended)": (
        "統合: 登録済みの顧客に足りない項目を補う（おすすめ）"
    ),
    "Skip: leave the existing customer alone": "スキップ: 登録済みの顧客はそのままにする",
    "Create: add a new customer anyway": "作成: それでも新しい顧客として追加する",
    "Line": "行",
    "What happens": "処理",
    "Name": "氏名",
    "Reading": "フリガナ",
    "Phone / e-mail": "電話・メール",
    "Same customer as": "同じ顧客",
    "Column": "列",
    "Problem": "問題",
    "Value": "値",
    "When a row is a customer you already have:": "すでに登録済みの顧客と同じ行は:",
    "Problems (they never stop the import):": "問題（取り込みは止まりません）:",
    "Undo This Import": "この取り込みを取り消す",
    "Import": "取り込む",
    "Close": "閉じる",
    "Cancelling…": "中止しています…",
    "Import from": "取り込むファイル",
    "Contacts (%1)": "連絡先（%1）",
    "Choose a file first.": "先にファイルを選んでください。",
    "Reading the file…": "ファイルを読んでいます…",
    "The columns as you set them last time for files like this one.": (
        "前回、同じ形のファイルで設定した列の割り当てです。"
    ),
    "Check where each column goes; the guesses come from the headers.": (
        "各列の取り込み先を確認してください。見出しから推定しています。"
    ),
    "Checking every row…": "すべての行を確認しています…",
    "%1 rows read: %2 new, %3 merged, %4 skipped, %5 new despite a duplicate, %6 not imported.": (
        "%1 行を読みました: 新規 %2、統合 %3、スキップ %4、重複のまま新規 %5、取り込まない %6。"
    ),
    "Nothing has been stored yet. Press Import to store it.": (
        "まだ何も保存していません。「取り込む」を押すと保存します。"
    ),
    "The file has no rows to import.": "取り込む行がありません。",
    "Backing up, then importing…": "バックアップを取ってから取り込んでいます…",
    "Imported: %1 new customers, %2 merged into customers you had, %3 skipped, %4 rows not "
    "imported, %5 problems noted. You can undo this import here or later from File → Import "
    "History.": (
        "取り込みました: 新規 %1 件、登録済みの顧客へ統合 %2 件、スキップ %3 件、"
        "取り込まなかった行 %4 件、問題 %5 件。この取り込みは、ここか「ファイル → 取り込み履歴」"
        "から取り消せます。"
    ),
    "Undoing…": "取り消しています…",
    "The import was undone: nothing of it is left.": (
        "取り込みを取り消しました。何も残っていません。"
    ),
    "Cancelled: nothing was stored.": "中止しました。何も保存していません。",
    "The file cannot be read: %1": "ファイルを読めません: %1",
    "Something went wrong: %1": "うまくいきませんでした: %1",
}

_DUPLICATES = {
    ("Duplicates", "same e-mail"): "メールアドレスが同じ",
    ("Duplicates", "same phone"): "電話番号が同じ",
    ("Duplicates", "same name and reading"): "氏名とフリガナが同じ",
    ("Duplicates", "same name"): "氏名が同じ",
    ("Duplicates", "Very likely"): "ほぼ確実",
    ("Duplicates", "Likely"): "可能性が高い",
    ("Duplicates", "Possible"): "可能性あり",
    ("Duplicates", "Family name"): "姓",
    ("Duplicates", "Given name"): "名",
    ("Duplicates", "Name"): "名称",
    ("Duplicates", "Reading"): "フリガナ",
    ("Duplicates", "Honorific"): "敬称",
    ("Duplicates", "Company"): "会社",
    ("Duplicates", "Title"): "役職",
    ("Duplicates", "Birthday"): "誕生日",
    ("Duplicates", "Stage"): "段階",
    ("Duplicates", "Source"): "きっかけ",
    ("Duplicates", "Prefers"): "希望の連絡方法",
    ("Duplicates", "May send direct mail"): "DM 送付可",
    ("Duplicates", "May e-mail"): "メール送付可",
    ("Duplicates", "May send LINE"): "LINE 送付可",
    ("Duplicates", "LINE ID"): "LINE ID",
    ("Duplicates", "Note"): "メモ",
    ("Duplicates", "Yes"): "はい",
    ("DuplicatesDialog", "Find Duplicates"): "重複の確認",
    ("DuplicatesDialog", "Customer"): "顧客",
    ("DuplicatesDialog", "Perhaps the same as"): "同じ人かもしれない顧客",
    ("DuplicatesDialog", "Why"): "理由",
    ("DuplicatesDialog", "How sure"): "確からしさ",
    ("DuplicatesDialog", "Find More"): "さらに探す",
    ("DuplicatesDialog", "Merge…"): "統合…",
    ("DuplicatesDialog", "Close"): "閉じる",
    ("DuplicatesDialog", "Looking…"): "探しています…",
    ("DuplicatesDialog", "%1 pair(s) found."): "%1 組見つかりました。",
    ("DuplicatesDialog", "No likely duplicates."): "重複らしい顧客はありません。",
    ("MainWindow", "Find &Duplicates…"): "重複を探す…(&D)",
    ("MainWindow", "Merged. File → Import History can undo it."): (
        "統合しました。「ファイル → 取り込み履歴」から取り消せます。"
    ),
    ("MergeDialog", "Merge Customers"): "顧客の統合",
    (
        "MergeDialog",
        "Choose the value to keep where they differ. Phones, e-mails, addresses, tags and the "
        "whole history of both are kept; the other record goes to the trash. A backup is "
        "taken first, and File → Import History can undo the merge.",
    ): (
        "違いのある項目ごとに残す値を選んでください。電話番号・メール・住所・タグと両方の履歴は"
        "すべて残り、もう一方はごみ箱に移ります。先にバックアップを取り、"
        "「ファイル → 取り込み履歴」から統合を取り消せます。"
    ),
    ("MergeDialog", "Keep the Other Record"): "もう一方を残す",
    ("MergeDialog", "Merge"): "統合",
    ("MergeDialog", "<b>Keep</b>"): "<b>残す顧客</b>",
    ("MergeDialog", "<b>Merge into it</b>"): "<b>統合される顧客</b>",
    ("MergeDialog", "(empty)"): "（空）",
    ("MergeDialog", "The two records agree on every field."): "2件はすべての項目で一致しています。",
    ("MergeDialog", "Merging…"): "統合しています…",
    ("MergeDialog", "Could not merge: %1"): "統合できませんでした: %1",
}


JA_IMPORT: dict[tuple[str, str], str | tuple[str, ...]] = {
    **_DUPLICATES,
    **{("ImportLabels", k): v for k, v in _LABELS.items()},
    **{("ImportHistoryDialog", k): v for k, v in _HISTORY.items()},
    **{("ImportWizard", k): v for k, v in _WIZARD.items()},
    ("MainWindow", "&Import Contacts…"): "連絡先を取り込む…(&I)",
    ("MainWindow", "Import &History…"): "取り込み履歴…(&H)",
    ("WelcomePanel", "Import contacts…"): "連絡先を取り込む…",
}

# The damaged-file question at a window start (relationdesk/ui/recovery.py).
JA_IMPORT.update(
    {
        ("Recovery", "The customer data is damaged"): "顧客データが壊れています",
        (
            "Recovery",
            "The customer data file is damaged and there is no good backup to restore. "
            "Nothing was changed: the file is left as it is for a repair.",
        ): (
            "顧客データのファイルが壊れていて、戻せる正常なバックアップがありません。"
            "何も変更していません。修復のため、ファイルはそのまま残しています。"
        ),
        (
            "Recovery",
            "The customer data file is damaged. Restore the newest good backup, from %1 (%2 "
            "customers)? The damaged file is kept beside it as “.damaged”; nothing is deleted. "
            "Changes made after that backup are not in it.",
        ): (
            "顧客データのファイルが壊れています。最新の正常なバックアップ（%1、顧客 %2 件）を"
            "復元しますか？壊れたファイルは「.damaged」として残し、何も削除しません。"
            "そのバックアップより後の変更は含まれません。"
        ),
        ("Recovery", "Restore the Backup"): "バックアップを復元",
        ("Recovery", "Quit"): "終了",
    }
)
