"""The main window and its customer list: windowed browsing, search as you type, languages."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

import relationdesk.ui.customers.list_model as list_model
from relationdesk.resources import translation_file
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.demo import DemoGenerator
from relationdesk.ui.application import install_translators
from relationdesk.ui.customers.list_model import CustomerListModel
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.tasks import TaskRunner
from tests.ui.helpers import (
    fill,
    open_for_reminders,
    open_window,
    select_row,
    settle,
    trigger,
    type_text,
)


def shown(row) -> str:
    """The name the list shows for a CustomerRow in English: given name first."""
    return row.given_first or row.display_name


def test_model_passes_qt_model_tester_while_browsing(qtbot, qtmodeltester, app, now):
    """The windowed model obeys Qt's model contract while pages arrive off-thread."""
    DemoGenerator(app.db, seed=2).generate(450, now)
    runner = TaskRunner()
    model = CustomerListModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.browse(app.customers.count, lambda o, n, t: app.customers.rows_at(o, n, total=t))
    qtbot.waitUntil(lambda: model.row_at(0) is not None)
    qtmodeltester.check(model)
    settle(qtbot, runner)


def test_model_passes_qt_model_tester_with_hits(qtmodeltester, app, now):
    """The model showing search hits obeys Qt's model contract."""
    fill(app, now)
    model = CustomerListModel(TaskRunner())
    model.show_rows(app.search.search("やまだ"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.index(0, 3).data() == "090-1234-5678"


def test_windowed_model_jumps_to_the_end_and_keeps_memory_bounded(qtbot, app, now, monkeypatch):
    """The last row loads in one page fetch; visiting every page keeps few pages in memory."""
    monkeypatch.setattr(list_model, "MAX_PAGES", 3)
    DemoGenerator(app.db, seed=4).generate(1500, now)
    runner = TaskRunner()
    model = CustomerListModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.browse(app.customers.count, lambda o, n, t: app.customers.rows_at(o, n, total=t))
    assert model.rowCount() == 1500
    last = model.index(1499, 0)
    last_page = 1499 // list_model.PAGE_SIZE
    with qtbot.waitSignal(
        model.page_loaded, timeout=10_000, check_params_cb=lambda page: page == last_page
    ):
        assert last.data() is None  # asks for the page, off the GUI thread
    assert last.data() == shown(app.customers.rows_at(1499, 1)[0])
    for page in range(8):
        if model.index(page * list_model.PAGE_SIZE, 0).data() is None:
            with qtbot.waitSignal(
                model.page_loaded, timeout=10_000, check_params_cb=lambda p, n=page: p == n
            ):
                pass
        assert model.index(page * list_model.PAGE_SIZE, 0).data() is not None
        assert model.cached_rows <= 3 * list_model.PAGE_SIZE
    settle(qtbot, runner)


def test_windowed_model_reads_pages_from_checkpoints_once_they_are_in(qtbot, app, now):
    """The model asks for checkpoints (off the GUI thread) when a page past the first is
    first asked for, not before, and passes them to every later page fetch; the rows are
    those at the positions asked for."""
    DemoGenerator(app.db, seed=5).generate(1300, now)
    runner = TaskRunner()
    model = CustomerListModel(runner)
    seen: list[object] = []
    taken: list[int] = []

    def fetch(offset, limit, total, marks):
        seen.append(marks)
        return app.customers.rows_at(offset, limit, total=total, checkpoints=marks)

    def checkpoints():
        taken.append(1)
        return app.customers.checkpoints(step=50)

    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.browse(app.customers.count, fetch, checkpoints)
    settle(qtbot, runner)
    assert seen == [None] and taken == []  # the first page asks for none
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        assert model.index(2 * list_model.PAGE_SIZE, 0).data() is None
    qtbot.waitUntil(lambda: model.checkpoints is not None, timeout=10_000)
    assert taken == [1]
    middle = 4 * list_model.PAGE_SIZE + 17
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        assert model.index(middle, 0).data() is None
    assert seen[-1] is model.checkpoints and taken == [1]
    expected = app.customers.rows_at(middle, 1, total=model.rowCount())[0]
    assert model.index(middle, 0).data() == shown(expected)
    settle(qtbot, runner)


def test_first_page_is_shown_before_the_count_arrives(qtbot, app, now):
    """The first rows are in the model while the count is still coming; the count then
    grows the list without a reset (rows already shown stay where they are)."""
    DemoGenerator(app.db, seed=6).generate(450, now)
    runner = TaskRunner()
    model = CustomerListModel(runner)
    release = threading.Event()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    def slow_count() -> int:
        release.wait(10)
        return app.customers.count()

    model.browse(slow_count, lambda o, n, t: app.customers.rows_at(o, n, total=t))
    resets.clear()
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        pass
    first = app.customers.rows_at(0, list_model.PAGE_SIZE)
    assert model.rowCount() == len(first)
    assert model.index(0, 0).data() == shown(first[0])
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        release.set()
    assert model.rowCount() == 450 and not resets
    settle(qtbot, runner)


def test_a_browse_can_count_later(qtbot, app, now):
    """With count_later the model shows the first page and counts only on count_now()
    (once); start-up counts after its first paint."""
    DemoGenerator(app.db, seed=7).generate(300, now)
    runner = TaskRunner()
    model = CustomerListModel(runner)
    counted: list[int] = []

    def count() -> int:
        counted.append(1)
        return app.customers.count()

    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.browse(count, lambda o, n, t: app.customers.rows_at(o, n, total=t), count_later=True)
    settle(qtbot, runner)
    assert counted == [] and model.rowCount() == list_model.PAGE_SIZE
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.count_now()
    model.count_now()
    settle(qtbot, runner)
    assert counted == [1] and model.rowCount() == 300


@pytest.fixture
def filled(app, now):
    """The test app with three customers."""
    fill(app, now)
    return app


def test_search_as_you_type_in_japanese(qtbot, filled):
    """やまだ typed through the input method finds 山田 太郎; clearing shows everyone again."""
    main = MainWindow(filled)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.load()
        main.show()
    model = main.customers.model
    assert [model.index(r, 0).data() for r in range(3)] == ["誠 青木", "John Smith", "太郎 山田"]
    assert main.customers.count_label.text() == "3 customer(s)"
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        type_text(main.customers.search_box, "やまだ")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "太郎 山田"
    assert model.index(0, 3).data() == "090-1234-5678"
    assert main.customers.count_label.text() == "1 match(es)"
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.customers.search_box.clear()
    assert model.rowCount() == 3
    settle(qtbot, main.runner)


def test_ctrl_f_and_slash_focus_the_search_box(qtbot, filled):
    """Ctrl+F and / put the cursor in the search box from anywhere in the window."""
    main = MainWindow(filled)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.load()
        main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    for key, modifier in (
        (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Slash, Qt.KeyboardModifier.NoModifier),
    ):
        main.customers.table.setFocus()
        qtbot.waitUntil(main.customers.table.hasFocus)
        qtbot.keyClick(main.customers.table, key, modifier)
        qtbot.waitUntil(main.customers.search_box.hasFocus)
    settle(qtbot, main.runner)


def test_window_speaks_japanese(qtbot, qapp, filled):
    """With the Japanese translation installed, headers, hint and count are Japanese."""
    assert translation_file("ja").exists(), "run `make setup` to compile translations"
    translators = install_translators(qapp, QLocale(QLocale.Language.Japanese))
    try:
        main = MainWindow(filled)
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.customers.shown, timeout=10_000):
            main.load()
        header = main.customers.table.horizontalHeader().model()
        assert header.headerData(0, Qt.Orientation.Horizontal) == "氏名"
        assert main.customers.count_label.text() == "顧客 3 件"
        assert "検索" in main.customers.search_box.placeholderText()
        settle(qtbot, main.runner)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_results_for_a_deleted_model_are_dropped(qtbot, app, now):
    """A page that arrives after its model was destroyed is dropped, not delivered."""
    fill(app, now)
    runner = TaskRunner()
    model = CustomerListModel(runner)
    model.browse(app.customers.count, lambda o, n, t: app.customers.rows_at(o, n, total=t))
    model.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no RuntimeError raised


def names_in(model) -> list[str]:
    """The names the list model shows, in order."""
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_stage_tag_and_sort_choices_change_the_list(qtbot, app, now):
    """Choosing a stage, a tag or another order reloads the list accordingly."""
    for family, reading, stage, tags in (
        ("青木", "アオキ", "customer", ("VIP",)),
        ("伊藤", "イトウ", "lead", ()),
        ("上田", "ウエダ", "customer", ()),
    ):
        app.customers.create(
            CustomerInput(family_name=family, reading=reading, stage=stage, tags=tags), now
        )
    main = open_window(qtbot, app)
    pane = main.customers
    assert names_in(pane.model) == ["青木", "伊藤", "上田"]
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.stage_box.setCurrentIndex(pane.stage_box.findData("customer"))
    assert names_in(pane.model) == ["青木", "上田"]
    assert pane.count_label.text() == "2 customer(s)"
    qtbot.waitUntil(lambda: pane.tag_box.count() == 2, timeout=10_000)
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.tag_box.setCurrentIndex(pane.tag_box.findData("VIP"))
    assert names_in(pane.model) == ["青木"]
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.tag_box.setCurrentIndex(0)
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.sort_box.setCurrentIndex(pane.sort_box.findData("created"))
    assert names_in(pane.model) == ["青木", "上田"]
    assert not any(button.isEnabled() for button in pane.kana_buttons)
    settle(qtbot, main.runner)


def test_kana_index_jumps_to_the_row(qtbot, app, now):
    """Clicking か scrolls to the first customer whose reading starts in the か row."""
    DemoGenerator(app.db, seed=6).generate(1200, now)
    main = open_window(qtbot, app)
    pane = main.customers
    button = pane.kana_buttons[1]
    assert button.text() == "か"
    with qtbot.waitSignal(pane.jumped, timeout=10_000) as jump:
        button.click()
    row = jump.args[0]
    assert row > 0
    current = app.customers.rows_at(row - 1, 2)
    assert current[0].reading < "カ" <= current[1].reading or current[1].reading.startswith("ガ")
    assert pane.table.currentIndex().row() == row
    settle(qtbot, main.runner)


def test_filters_rest_while_searching(qtbot, filled):
    """While a search is typed the filters and the kana index are disabled."""
    main = open_window(qtbot, filled)
    pane = main.customers
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        type_text(pane.search_box, "やまだ")
    assert not pane.stage_box.isEnabled() and not pane.kana_buttons[0].isEnabled()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.search_box.clear()
    assert pane.stage_box.isEnabled() and pane.kana_buttons[0].isEnabled()
    settle(qtbot, main.runner)


def test_english_counts_use_plural_forms(qtbot, qapp, filled):
    """With the English plural forms installed, the count reads '3 customers'."""
    translators = install_translators(qapp, QLocale(QLocale.Language.English))
    try:
        main = open_window(qtbot, filled)
        assert main.customers.count_label.text() == "3 customers"
        settle(qtbot, main.runner)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_first_start_offers_sample_customers(qtbot, app):
    """An empty database shows the welcome; loading samples fills and shows the list."""
    main = open_window(qtbot, app)
    assert main.pages.currentWidget() is main.welcome
    with qtbot.waitSignal(main.customers.shown, timeout=30_000):
        qtbot.mouseClick(main.welcome.samples_button, Qt.MouseButton.LeftButton)
        assert not main.welcome.samples_button.isEnabled()
    assert main.pages.currentWidget() is main.customer_page
    assert main.customers.model.rowCount() == 500
    assert main.customers.count_label.text() == "500 customer(s)"
    settle(qtbot, main.runner)


def test_first_start_can_begin_empty(qtbot, app):
    """Start empty shows the (empty) list with the cursor in the search box."""
    main = open_window(qtbot, app)
    qtbot.mouseClick(main.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert main.pages.currentWidget() is main.customer_page
    assert main.customers.model.rowCount() == 0
    settle(qtbot, main.runner)


def test_a_filled_database_opens_on_the_list(qtbot, filled):
    """With customers already there, the window opens on the list, not the welcome."""
    main = open_window(qtbot, filled)
    assert main.pages.currentWidget() is main.customer_page
    settle(qtbot, main.runner)


def test_delete_moves_to_trash_and_undo_brings_back(qtbot, filled):
    """Del moves the selected customer to the trash; Undo in the status bar restores it."""
    main = open_window(qtbot, filled)
    pane = main.customers
    qtbot.waitExposed(main)
    main.activateWindow()
    select_row(main, 0)
    qtbot.waitUntil(pane.table.hasFocus)
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert names_in(pane.model) == ["John Smith", "太郎 山田"]
    assert main.trash.status_label.text() == "Moved 誠 青木 to the trash."
    assert main.trash.undo_button.isVisible()
    assert pane.table.currentIndex().row() == 0
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        qtbot.mouseClick(main.trash.undo_button, Qt.MouseButton.LeftButton)
    assert names_in(pane.model) == ["誠 青木", "John Smith", "太郎 山田"]
    assert main.trash.status_label.text() == "Restored 誠 青木."
    assert not main.trash.undo_button.isVisible()
    settle(qtbot, main.runner)


def test_trash_view_lists_deleted_customers_and_restores_them(qtbot, filled):
    """View > Trash shows deleted customers; Restore brings one back to the list."""
    main = open_window(qtbot, filled)
    pane = main.customers
    select_row(main, 2)
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        main.trash.trash_action.trigger()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        main.trash.show_trash_action.setChecked(True)
    assert names_in(pane.model) == ["太郎 山田"]
    assert pane.count_label.text() == "1 customer(s) in the trash"
    assert not pane.search_box.isEnabled() and not main.trash.trash_action.isEnabled()
    select_row(main, 0)
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        main.trash.restore_action.trigger()
    assert names_in(pane.model) == []
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        main.trash.show_trash_action.setChecked(False)
    assert names_in(pane.model) == ["誠 青木", "John Smith", "太郎 山田"]
    assert filled.search.search("やまだ")[0].name == "山田 太郎"
    settle(qtbot, main.runner)


def test_ctrl_z_undoes_the_last_move_to_trash(qtbot, filled):
    """Ctrl+Z (the Undo action) restores what Del moved away."""
    main = open_window(qtbot, filled)
    pane = main.customers
    select_row(main, 1)
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        main.trash.trash_action.trigger()
    assert main.trash.undo_action.isEnabled()
    assert main.trash.undo_action.shortcut().matches(QKeySequence("Ctrl+Z")) == (
        QKeySequence.SequenceMatch.ExactMatch
    )
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        main.trash.undo_action.trigger()
    assert names_in(pane.model) == ["誠 青木", "John Smith", "太郎 山田"]
    assert not main.trash.undo_action.isEnabled()
    settle(qtbot, main.runner)


def test_due_reminders_show_in_the_banner_without_a_tray(qtbot, filled, now):
    """Offscreen there is no tray: a due reminder shows in the banner; Mark done clears it."""
    from relationdesk.clock import utcnow

    customer = filled.search.search("やまだ")[0]
    filled.reminders.create(
        "お礼の電話", utcnow() - timedelta(minutes=5), now, customer_id=customer.id
    )
    main = open_for_reminders(qtbot, filled)
    assert main.tray is None and main.banner is not None
    assert main.banner.isVisible()
    assert main.banner.label.text() == "1 reminder(s) due"
    with qtbot.waitSignal(main.due.changed, timeout=10_000):
        trigger(main.banner.menu, "お礼の電話 — 太郎 山田", "Mark done")
    assert not main.banner.isVisible()
    assert filled.reminders.due(utcnow()) == []
    settle(qtbot, main.runner)


def test_snooze_puts_a_reminder_off(qtbot, filled, now):
    """Snooze 1 hour hides the reminder now and moves its due time an hour on."""
    from relationdesk.clock import utcnow

    reminder = filled.reminders.create("見積もり確認", utcnow() - timedelta(hours=1), now)
    main = open_for_reminders(qtbot, filled)
    before = utcnow()
    with qtbot.waitSignal(main.due.changed, timeout=10_000):
        trigger(main.banner.menu, "見積もり確認", "Snooze 1 hour")
    assert not main.banner.isVisible()
    moved = filled.reminders.get(reminder.id).next_due_at
    assert before + timedelta(minutes=59) < moved < utcnow() + timedelta(hours=1, minutes=1)
    settle(qtbot, main.runner)


def test_a_reminder_falling_due_while_running_appears(qtbot, filled, now):
    """A reminder due a moment from now shows up when its time comes (one timer, no polling)."""
    from relationdesk.clock import utcnow

    main = MainWindow(filled)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.due.changed, timeout=10_000):
        filled.reminders.create("すぐの用事", utcnow() + timedelta(seconds=1), now)
        main.load()
        main.show()
    assert not main.banner.isVisible()
    with qtbot.waitSignal(main.due.fell_due, timeout=10_000) as fell:
        pass
    assert [item.title for item in fell.args[0]] == ["すぐの用事"]
    assert main.banner.isVisible()
    settle(qtbot, main.runner)


def test_snooze_until_tomorrow_means_nine_in_the_morning():
    """'Tomorrow' is the next day at 9:00 local time."""
    from datetime import UTC, datetime

    from relationdesk.ui.reminders.menu import tomorrow_morning

    now = datetime(2026, 11, 23, 15, 30, tzinfo=UTC)
    local = tomorrow_morning(now).astimezone()
    assert (local.hour, local.minute) == (9, 0)
    assert local.date() == (now.astimezone() + timedelta(days=1)).date()


def menu_actions(main) -> list:
    """Every action of the menu bar's menus (not separators, not submenus)."""
    from PySide6.QtWidgets import QMenu

    return [
        action
        for menu in main.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.isSeparator() and action.menu() is None
    ]


def test_keyboard_shortcuts_are_listed(qtbot, filled):
    """Every action of the menus has a shortcut of its own (none shared, none taken by
    the search keys), and Help > Keyboard Shortcuts lists each, with the search keys."""
    main = open_window(qtbot, filled)
    actions = menu_actions(main)
    assert len(actions) >= 23
    missing = [a.text() for a in actions if a.shortcut().isEmpty()]
    assert missing == []
    keys = [a.shortcut().toString() for a in actions] + ["Ctrl+F", "/"]
    assert len(set(keys)) == len(keys), sorted(k for k in keys if keys.count(k) > 1)
    dialog = main.show_shortcuts()
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    for action in actions:
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert (action.text().replace("&", ""), shown) in rows
    assert ("Move to Trash", "Del") in rows
    assert ("Undo Move to Trash", "Ctrl+Z") in rows
    assert ("Search customers", "/") in rows
    assert ("Keyboard Shortcuts", "F1") in rows
    assert {
        ("Revert Changes", "Ctrl+Shift+R"),
        ("Change History", "Ctrl+Shift+H"),
        ("Find Duplicates…", "Ctrl+Shift+D"),
        ("Backups…", "Ctrl+Shift+B"),
        ("Import History…", "Ctrl+Shift+L"),
        ("Export This Customer's Data…", "Ctrl+Shift+X"),
        ("Erase This Customer Completely…", "Ctrl+Shift+Del"),
    } <= rows
    dialog.close()
    settle(qtbot, main.runner)


def test_the_history_shortcut_shows_the_customers_history(qtbot, filled):
    """Ctrl+Shift+H shows the chosen customer's History tab (nothing without a customer)."""
    main = open_window(qtbot, filled)
    main.history_action.trigger()
    assert main.panel.pages.currentIndex() == 0
    with qtbot.waitSignal(main.panel.opened, timeout=10_000):
        select_row(main, 0)
    settle(qtbot, main.runner)
    main.history_action.trigger()
    assert main.panel.tabs.currentWidget() is main.panel.history
    settle(qtbot, main.runner)


def test_preferences_are_kept_and_used(qtbot, filled, data_dir, now):
    """Preferences saves language, region, snooze and tray choice; the next start uses them."""
    from relationdesk.app import open_app
    from relationdesk.settings import load_settings

    main = open_window(qtbot, filled)
    dialog = main.show_preferences()
    assert dialog.folder.text() == str(filled.paths.root)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.region.setCurrentIndex(dialog.region.findData("US"))
    dialog.snooze.setCurrentIndex(dialog.snooze.findData("1h"))
    dialog.close_to_tray.setChecked(False)
    dialog.accept()
    saved = load_settings(filled.paths.root)
    assert (saved.language, saved.phone_region, saved.default_snooze, saved.close_to_tray) == (
        "ja",
        "US",
        "1h",
        False,
    )
    assert main.due.default_snooze == "1h"
    settle(qtbot, main.runner)
    again = open_app(data_dir, now)
    try:
        assert again.customers.region == "US" and again.settings.language == "ja"
    finally:
        again.close()


def test_cancelled_preferences_change_nothing(qtbot, filled):
    """Cancel leaves the settings as they were."""
    main = open_window(qtbot, filled)
    before = filled.settings
    dialog = main.show_preferences()
    dialog.region.setCurrentIndex(dialog.region.findData("GB"))
    dialog.reject()
    assert filled.settings == before
    settle(qtbot, main.runner)


def test_default_snooze_is_the_menus_default(qtbot, filled, now):
    """The snooze chosen in Preferences is the default entry of each reminder's menu."""
    from relationdesk.clock import utcnow

    filled.save_settings(filled.settings.updated(default_snooze="tomorrow"))
    filled.reminders.create("電話", utcnow() - timedelta(minutes=1), now)
    main = open_for_reminders(qtbot, filled)
    sub = main.banner.menu.actions()[0].menu()
    assert sub.defaultAction().text() == "Snooze until tomorrow"
    settle(qtbot, main.runner)


def test_command_palette_runs_actions_and_finds_customers(qtbot, filled):
    """Ctrl+K: typing 'trash' offers the trash actions; typing やまだ goes to 山田 太郎."""
    main = open_window(qtbot, filled)
    palette = main.show_palette()
    with qtbot.waitSignal(palette.results_shown, timeout=10_000):
        palette.line.setText("trash")
    labels = [palette.results.item(i).text() for i in range(palette.results.count())]
    assert any(label.startswith("Move to Trash") for label in labels)
    palette.line.clear()
    with qtbot.waitSignal(palette.results_shown, timeout=10_000):
        type_text(palette.line, "やまだ")
    labels = [palette.results.item(i).text() for i in range(palette.results.count())]
    assert labels and labels[0].startswith("太郎 山田")
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        qtbot.keyClick(palette.line, Qt.Key.Key_Return)
    pane = main.customers
    assert pane.search_box.text() == "山田 太郎"
    assert pane.selected() is not None and pane.selected()[1] == "山田 太郎"
    settle(qtbot, main.runner)


def test_command_palette_triggers_the_chosen_action(qtbot, filled):
    """Choosing an action in the palette runs it (here: View > Trash)."""
    main = open_window(qtbot, filled)
    palette = main.show_palette()
    with qtbot.waitSignal(palette.results_shown, timeout=10_000):
        palette.line.setText("Trash")
    row = next(
        i
        for i in range(palette.results.count())
        if palette.results.item(i).text().startswith("Trash")
    )
    palette.results.setCurrentRow(row)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        palette.run_current()
    assert main.customers.trash_mode and main.trash.show_trash_action.isChecked()
    settle(qtbot, main.runner)


def test_today_view_lists_reminders_and_birthdays(qtbot, app, now):
    """Ctrl+T shows overdue and today's reminders and this week's birthdays; double-click
    a line to go to its customer."""
    from datetime import date

    from relationdesk.clock import utcnow
    from relationdesk.ui.today_pane import local_day_bounds

    start, end, today = local_day_bounds(utcnow())
    born = (
        date(1980, today.month, today.day)
        if (today.month, today.day) != (2, 29)
        else date(1980, 2, 29)
    )
    hanako = app.customers.create(
        CustomerInput(
            family_name="佐藤", given_name="花子", reading="サトウ ハナコ", birthday=born
        ),
        now,
    )
    app.reminders.create("昨日の電話", start - timedelta(hours=3), now, customer_id=hanako.id)
    app.reminders.create("今日の見積もり", end - timedelta(minutes=1), now)
    app.reminders.create("来週の訪問", end + timedelta(days=7), now)
    regular = app.customers.create(
        CustomerInput(family_name="常連", given_name="一郎", reading="ジョウレン イチロウ"), now
    )
    for days_ago in (100, 70, 40):
        app.timeline.log_interaction(regular.id, "visit", utcnow() - timedelta(days=days_ago), now)
    main = open_window(qtbot, app)
    with qtbot.waitSignal(main.today.loaded, timeout=10_000):
        main.today_action.trigger()
    assert main.pages.currentWidget() is main.today
    tree = main.today.tree
    sections = {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }
    assert sections == {
        "Overdue reminders (1)": ["昨日の電話"],
        "Due today (1)": ["今日の見積もり"],
        "Birthdays this week (1)": [f"Turns {today.year - 1980}"],
        "Not contacted for longer than usual (1)": ["一郎 常連"],
    }
    birthday_line = tree.topLevelItem(2).child(0)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        tree.itemActivated.emit(birthday_line, 0)
    assert main.pages.currentWidget() is main.customer_page
    assert main.customers.selected()[1] == "佐藤 花子"
    settle(qtbot, main.runner)


def test_every_column_of_the_list_shows_at_the_default_size(qtbot, filled):
    """At the window's default size the phone and e-mail columns are inside the table (no
    sideways scrolling) and a phone number fits its column; once the user drags a column
    the widths stay theirs."""
    main = open_window(qtbot, filled)
    qtbot.waitExposed(main)
    table = main.customers.table
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    right = header.sectionPosition(4) + header.sectionSize(4)
    assert right <= viewport, (right, viewport)
    assert header.sectionSize(4) >= 110
    metrics = table.fontMetrics()
    assert header.sectionSize(3) > metrics.horizontalAdvance("090-1234-5678") + 8
    assert not table.horizontalScrollBar().isVisible()
    assert not table.wordWrap()  # a long name is cut with "…", not wrapped out of sight
    header.resizeSection(0, 300)  # as a drag does
    main.resize(main.width() - 100, main.height())
    assert header.sectionSize(0) == 300 and not main.customers.columns_fitted
    settle(qtbot, main.runner)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_names_are_shown_in_the_languages_order(qtbot, qapp, app, now, language):
    """English shows a person's given name first, Japanese the family name first, in the
    list, the hits and the customer's header; the list's order (by reading) is the same,
    and companies and names the user wrote as a whole stay as they are."""
    translators = install_translators(qapp, QLocale(language))
    try:
        fill(app, now)
        app.customers.create(
            CustomerInput(kind="company", display_name="株式会社山田", reading="ヤマダ"), now
        )
        app.customers.create(
            CustomerInput(
                family_name="山田", given_name="花子", display_name="はなちゃん", reading="ハナ"
            ),
            now,
        )
        main = open_window(qtbot, app)
        english = language == "en"
        people = ["誠 青木", "John Smith", "はなちゃん", "株式会社山田", "太郎 山田"]
        if not english:
            people = ["青木 誠", "Smith John", "はなちゃん", "株式会社山田", "山田 太郎"]
        assert names_in(main.customers.model) == people
        with qtbot.waitSignal(main.customers.shown, timeout=10_000):
            type_text(main.customers.search_box, "やまだ")
        assert names_in(main.customers.model)[-1] == ("太郎 山田" if english else "山田 太郎")
        with qtbot.waitSignal(main.panel.opened, timeout=10_000):
            select_row(main, main.customers.model.rowCount() - 1)
        honorific = "様"
        assert main.panel.name.text() == ("太郎 山田 " if english else "山田 太郎 ") + honorific
        assert main.customers.selected()[1] == "山田 太郎"  # the stored name, for searching
        settle(qtbot, main.runner)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
