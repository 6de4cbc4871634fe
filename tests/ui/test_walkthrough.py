"""The issue's "Done when", as a new user would try it, in Japanese and in English.

Load the samples from the welcome, type やまだ (through the input method) and find the
山田 customers, open one, edit and save it, log a call from the quick-add bar, set a
reminder one minute ahead and get its notification. The window, its tray (the ``tray``
fixture stands in for a desktop's) and the services are the real ones; the app's clock
is held still and moved on a minute instead of waiting one.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from relationdesk.ui.application import install_translators
from relationdesk.ui.main_window import SAMPLE_CUSTOMERS
from tests.ui.helpers import open_window, settle, type_text

# What the user sees and types, per language.
WORDS = {
    "ja": {
        "locale": QLocale(QLocale.Language.Japanese, QLocale.Country.Japan),
        "load": "サンプル顧客を読み込む",
        "customers": f"顧客 {SAMPLE_CUSTOMERS} 件",
        "saved": "保存しました",
        "call": "電話",
        "call_text": "予約の確認の電話",
        "reminder": "リマインダー",
        "reminder_text": "見積もりを送る",
        "in_a_minute": "1分後",
        "due": "期限",
        "notification": "リマインダーの期限です",
        "tray": "RelationDesk: 期限のリマインダー 1 件",
        "given_first": False,  # 山田 太郎
    },
    "en": {
        "locale": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
        "load": "Load sample customers",
        "customers": f"{SAMPLE_CUSTOMERS} customers",
        "saved": "Saved",
        "call": "Call",
        "call_text": "Called to confirm the booking",
        "reminder": "Reminder",
        "reminder_text": "Send the estimate",
        "in_a_minute": "in 1 minute",
        "due": "Due",
        "notification": "Reminder due",
        "tray": "RelationDesk: 1 reminder due",
        "given_first": True,  # 太郎 山田, stored and sorted as 山田 太郎
    },
}


@pytest.fixture(params=["ja", "en"])
def language(request, qapp):
    """The window's language (its translations and locale) for the walk-through."""
    words = WORDS[request.param]
    QLocale.setDefault(words["locale"])
    translators = install_translators(qapp, words["locale"])
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on *widget*, as the user's keyboard makes it."""
    qtbot.keyClick(widget, key, modifier)


def test_a_new_user_walks_through_the_window(qtbot, app, tray, clock, language):
    words = WORDS[language]
    main = open_window(qtbot, app)
    qtbot.waitExposed(main)
    main.activateWindow()

    # A first start: the welcome offers the sample customers.
    assert main.pages.currentWidget() is main.welcome
    assert main.welcome.samples_button.text() == words["load"]
    with qtbot.waitSignal(main.customers.shown, timeout=60_000):
        qtbot.mouseClick(main.welcome.samples_button, Qt.MouseButton.LeftButton)
    pane = main.customers
    assert main.pages.currentWidget() is main.customer_page
    assert pane.count_label.text() == words["customers"]
    settle(qtbot, main.runner)

    # やまだ, typed through the input method, finds the 山田 customers (and only them).
    assert pane.search_box.hasFocus()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        type_text(pane.search_box, "やまだ")
    names = [pane.model.index(r, 0).data() for r in range(pane.model.rowCount())]
    assert names and all("山田" in name for name in names), names
    hits = [pane.model.row_at(r) for r in range(pane.model.rowCount())]
    people = [r for r, hit in enumerate(hits) if hit.given_first]  # persons, both names
    assert people, names
    person = hits[people[0]]
    # The name in the language's order: family name first in Japanese, given in English.
    name = person.given_first if words["given_first"] else person.name
    assert names[people[0]] == name and person.name.startswith("山田 ")

    # Open the first 山田 person; edit the profile and save with Ctrl+S.
    table = pane.table
    table.setFocus()
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        table.setCurrentIndex(pane.model.index(people[0], 0))
    settle(qtbot, main.runner)
    customer = opened.args[0]
    assert main.panel.name.text().startswith(name)
    press(qtbot, table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Edit Profile
    editor = main.panel.editor
    assert main.panel.tabs.currentWidget() is editor and editor.family.hasFocus()
    editor.title.setFocus()
    editor.title.clear()
    type_text(editor.title, "店長")
    assert editor.is_dirty() and main.save_action.isEnabled()
    with qtbot.waitSignal(main.panel.saved, timeout=10_000):
        press(qtbot, editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, main.runner)
    assert app.customers.get(customer.id).title == "店長"
    assert editor.status.text() == words["saved"] and not editor.is_dirty()

    # Log a call from the quick-add bar: Ctrl+J, Alt+2 (call), type, Enter.
    press(qtbot, editor.title, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    timeline = main.panel.timeline
    bar = timeline.quick_add
    assert main.panel.tabs.currentWidget() is timeline and bar.text.hasFocus()
    press(qtbot, bar.text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.currentData() == "call" and bar.kind.currentText() == words["call"]
    type_text(bar.text, words["call_text"])
    with qtbot.waitSignal(timeline.model.loaded, timeout=10_000):
        press(qtbot, bar.text, Qt.Key.Key_Return)
    top = timeline.model.index(0, 0).data()
    assert words["call"] in top and words["call_text"] in top
    settle(qtbot, main.runner)

    # A reminder one minute ahead: Alt+7, what to do, when ("1分後" / "in 1 minute"), Enter.
    press(qtbot, bar.text, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.currentText() == words["reminder"]
    type_text(bar.text, words["reminder_text"])
    bar.due.setFocus()
    type_text(bar.due, words["in_a_minute"])
    assert bar.due_hint.text().startswith(words["due"])
    with qtbot.waitSignal(main.due.changed, timeout=10_000):  # the watcher looks again
        press(qtbot, bar.due, Qt.Key.Key_Return)
    settle(qtbot, main.runner)
    [reminder] = [
        r for r in app.reminders.for_customer(customer.id) if r.title == words["reminder_text"]
    ]
    assert reminder.due_at == clock.now + timedelta(minutes=1)
    timer = main.due.timer
    assert timer.isActive() and 60_000 <= timer.interval() <= 61_000  # no polling
    notified = len(tray.messages)

    # A minute later the notification comes, naming the reminder and the customer.
    clock.advance(timedelta(minutes=1, seconds=1))
    with qtbot.waitSignal(main.due.fell_due, timeout=10_000):
        timer.start(0)  # the minute has passed
    title, text = tray.messages[notified]
    assert title == words["notification"]
    assert f"{words['reminder_text']} — {name}" in text.splitlines()
    assert words["reminder_text"] in [
        action.text().split(" — ")[0] for action in main.tray.menu.actions()
    ]
    settle(qtbot, main.runner)
