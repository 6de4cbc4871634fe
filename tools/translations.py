"""Keep resources/translations/relationdesk_ja.ts in step with the code.

    python tools/translations.py update    # lupdate, then fill in the Japanese below
    python tools/translations.py compile   # lrelease every .ts into a .qm next to it

The Japanese texts live in JA, keyed by (context, source); a string without a Japanese
text stays "unfinished" and the test of the translation fails, naming it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_ja_customer import JA_CUSTOMER
from translations_ja_import import JA_IMPORT
from translations_ja_packaging import JA_PACKAGING
from translations_ja_safety import JA_SAFETY
from translations_ja_trash import EN_TRASH, JA_TRASH
from translations_ja_upgrade import JA_UPGRADE

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "relationdesk_ja.ts"
BIN = Path(sys.executable).parent

JA: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("CustomerListModel", "Name"): "氏名",
    ("CustomerListModel", "Reading"): "フリガナ",
    ("CustomerListModel", "Company"): "会社",
    ("CustomerListModel", "Phone"): "電話",
    ("CustomerListModel", "E-mail"): "メール",
    (
        "CustomerListPane",
        "Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)",
    ): "氏名・フリガナ・電話・メール・タグで検索  (Ctrl+F または /)",
    ("CustomerListPane", "Loading…"): "読み込み中…",
    ("CustomerListPane", "Counting…"): "件数を数えています…",
    ("CustomerListPane", "Reading (あいうえお)"): "フリガナ順（あいうえお）",
    ("CustomerListPane", "Name"): "氏名順",
    ("CustomerListPane", "Last contact"): "最終接触日順",
    ("CustomerListPane", "Date added"): "登録日順",
    ("CustomerListPane", "Lead"): "見込み客",
    ("CustomerListPane", "Prospect"): "商談中",
    ("CustomerListPane", "Customer"): "顧客",
    ("CustomerListPane", "Repeat customer"): "リピーター",
    ("CustomerListPane", "Advocate"): "紹介者・ファン",
    ("CustomerListPane", "All stages"): "すべての段階",
    ("CustomerListPane", "All tags"): "すべてのタグ",
    ("CustomerListPane", "Order:"): "並び順:",
    ("CustomerListPane", "Jump to %1"): "「%1」行へ移動",
    ("WelcomePanel", "Welcome to RelationDesk"): "RelationDesk へようこそ",
    ("ReminderMenu", "No reminders due"): "期限のリマインダーはありません",
    ("MainWindow", "&Help"): "ヘルプ(&H)",
    ("MainWindow", "&Customers"): "顧客一覧(&C)",
    ("MainWindow", "T&oday"): "今日(&O)",
    ("TodayPane", "What"): "内容",
    ("TodayPane", "When"): "日時",
    ("TodayPane", "Customer"): "顧客",
    ("TodayPane", "Overdue reminders (%1)"): "期限切れのリマインダー（%1）",
    ("TodayPane", "Due today (%1)"): "今日が期限（%1）",
    ("TodayPane", "Birthdays this week (%1)"): "今週の誕生日（%1）",
    ("TodayPane", "Turns %1"): "%1 歳になります",
    (
        "TodayPane",
        "Not contacted for longer than usual (%1)",
    ): "いつもより長く連絡のないお客様（%1）",
    ("TodayPane", "Last contact %1"): "最終接触 %1",
    ("MainWindow", "&Command Palette…"): "コマンドパレット(&C)…",
    ("CommandPalette", "Command Palette"): "コマンドパレット",
    ("CommandPalette", "Type an action or a customer…"): "操作名または顧客名を入力…",
    ("MainWindow", "&File"): "ファイル(&F)",
    ("MainWindow", "&Preferences…"): "設定(&P)…",
    ("MainWindow", "&Quit"): "終了(&Q)",
    ("PreferencesDialog", "Preferences"): "設定",
    ("PreferencesDialog", "As the system"): "システムに合わせる",
    ("PreferencesDialog", "10 minutes"): "10分",
    ("PreferencesDialog", "1 hour"): "1時間",
    ("PreferencesDialog", "Until tomorrow morning"): "明日の朝まで",
    (
        "PreferencesDialog",
        "Closing the window keeps RelationDesk running in the tray",
    ): "ウィンドウを閉じてもトレイで動作を続ける",
    ("PreferencesDialog", "Open"): "開く",
    ("PreferencesDialog", "Language:"): "言語:",
    (
        "PreferencesDialog",
        "Phone numbers without a country code are from:",
    ): "国番号のない電話番号の国・地域:",
    ("PreferencesDialog", "Snooze reminders by default for:"): "リマインダーの既定の再通知:",
    ("PreferencesDialog", "Data folder:"): "データフォルダー:",
    (
        "PreferencesDialog",
        "Language and phone region take effect when RelationDesk starts again.",
    ): "言語と電話番号の地域は、RelationDesk を次に起動したときに反映されます。",
    ("MainWindow", "&Keyboard Shortcuts"): "キーボードショートカット(&K)",
    ("MainWindow", "Search customers"): "顧客を検索",
    ("ShortcutsDialog", "Keyboard Shortcuts"): "キーボードショートカット",
    ("ShortcutsDialog", "Action"): "操作",
    ("ShortcutsDialog", "Keys"): "キー",
    ("ReminderMenu", "Mark done"): "完了にする",
    ("ReminderMenu", "Snooze 10 minutes"): "10分後に再通知",
    ("ReminderMenu", "Snooze 1 hour"): "1時間後に再通知",
    ("ReminderMenu", "Snooze until tomorrow"): "明日の朝に再通知",
    ("DueBanner", "Reminders"): "リマインダー",
    ("DueBanner", "%Ln reminder(s) due"): ("期限のリマインダー %Ln 件",),
    ("ReminderTray", "%Ln reminder(s) due"): ("期限のリマインダー %Ln 件",),
    ("ReminderTray", "Show RelationDesk"): "RelationDesk を表示",
    ("ReminderTray", "Quit"): "終了",
    ("ReminderTray", "Reminder due"): "リマインダーの期限です",
    ("CustomerListPane", "%Ln customer(s) in the trash"): ("ごみ箱に %Ln 件",),
    ("MainWindow", "&Customer"): "顧客(&C)",
    ("TrashActions", "Move to &Trash"): "ごみ箱へ移動(&T)",
    ("TrashActions", "&Undo Move to Trash"): "ごみ箱への移動を元に戻す(&U)",
    ("TrashActions", "&Restore from Trash"): "ごみ箱から戻す(&R)",
    ("MainWindow", "&View"): "表示(&V)",
    ("TrashActions", "&Trash"): "ごみ箱(&T)",
    ("TrashActions", "Undo"): "元に戻す",
    ("TrashActions", "Moved %1 to the trash."): "%1 をごみ箱へ移動しました。",
    ("TrashActions", "Restored %1."): "%1 を元に戻しました。",
    (
        "TrashActions",
        "That customer was changed elsewhere; the list has been reloaded.",
    ): "この顧客は別の操作で変更されていました。一覧を読み込み直しました。",
    (
        "WelcomePanel",
        "Keep every customer, every contact and every follow-up in one place on this "
        "computer. To look around first, load some sample customers; you can delete "
        "them later. Or start with an empty list and add your own.",
    ): "お客様の情報、やり取り、フォローアップをこのパソコンの中でひとつにまとめて管理します。"
    "まずは操作を試したい場合はサンプル顧客を読み込んでください（後で削除できます）。"
    "空の状態から始めて、ご自分のお客様を登録することもできます。",
    ("WelcomePanel", "Load sample customers"): "サンプル顧客を読み込む",
    ("WelcomePanel", "Start empty"): "空の状態で始める",
    ("WelcomePanel", "Loading sample customers…"): "サンプル顧客を読み込んでいます…",
    ("CustomerListPane", "%Ln match(es)"): ("%Ln 件見つかりました",),
    ("CustomerListPane", "%Ln customer(s)"): ("顧客 %Ln 件",),
}


# English is the source language; only its plural forms need a translation file.
EN: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("CustomerListPane", "%Ln match(es)"): ("%Ln match", "%Ln matches"),
    ("CustomerListPane", "%Ln customer(s)"): ("%Ln customer", "%Ln customers"),
    ("CustomerListPane", "%Ln customer(s) in the trash"): (
        "%Ln customer in the trash",
        "%Ln customers in the trash",
    ),
    ("DueBanner", "%Ln reminder(s) due"): ("%Ln reminder due", "%Ln reminders due"),
    ("ReminderTray", "%Ln reminder(s) due"): ("%Ln reminder due", "%Ln reminders due"),
}
JA.update(JA_CUSTOMER)
JA.update(JA_IMPORT)
JA.update(JA_PACKAGING)
JA.update(JA_SAFETY)
JA.update(JA_TRASH)
JA.update(JA_UPGRADE)
EN.update(EN_TRASH)
LANGUAGES = {"ja": JA, "en": EN}


def sources() -> list[Path]:
    """Return the Python files that hold translatable strings."""
    return sorted((ROOT / "relationdesk" / "ui").rglob("*.py"))


def update() -> None:
    """Run lupdate over the UI code and fill each language's texts in."""
    for language, texts in LANGUAGES.items():
        _update(FOLDER / f"relationdesk_{language}.ts", language, texts)


def _update(ts: Path, language: str, texts: dict[tuple[str, str], str | tuple[str, ...]]) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-no-obsolete",
            "-target-language",
            language,
            *map(str, sources()),
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            text = texts.get((name, msg.findtext("source") or ""))
            translation = msg.find("translation")
            if text is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            if isinstance(text, tuple):
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    ET.indent(tree)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(tree.getroot(), encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def compile_all() -> None:
    """Compile every .ts file into its .qm."""
    for ts in TS.parent.glob("*.ts"):
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1]]()
