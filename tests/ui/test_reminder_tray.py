"""The reminders tray: the real ReminderTray built by the real window, on a (patched) tray.

Offscreen has no system tray; the ``tray`` fixture makes Qt say there is one and records
what the icon shows and the notifications it raises. The ``clock`` fixture holds the
app's clock still, so a reminder "one minute from now" falls due when the test moves the
clock on, not after a minute of waiting.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QColor

from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.reminders.menu import tomorrow_morning
from relationdesk.ui.reminders.tray import BADGE_COLOUR, badged_icon
from tests.ui.helpers import fill, open_for_reminders, settle, trigger


@pytest.fixture
def filled(app, now):
    """The test app with three customers (山田 太郎, 青木 誠, Smith John)."""
    fill(app, now)
    return app


def yamada_of(app):
    """山田 太郎's search hit."""
    return app.search.search("やまだ")[0]


def menu_texts(menu) -> list[str]:
    """The texts of a menu's entries (separators as '')."""
    return [action.text() for action in menu.actions()]


def badge_pixel(icon) -> QColor:
    """The colour at the badge's centre (top right) of a 32-pixel rendering of *icon*."""
    image = icon.pixmap(32, 32).toImage()
    return image.pixelColor(image.width() - 6, 6)


def test_the_tray_shows_how_many_are_due_and_lists_them(qtbot, tray, filled, clock):
    """Two due reminders: the icon carries a badge with 2, the tooltip says so, and the
    menu lists both (with their customer), then Show and Quit; a later one is not listed."""
    yamada = yamada_of(filled)
    filled.reminders.create("お礼の電話", clock.now - timedelta(hours=1), clock.now, yamada.id)
    filled.reminders.create("見積もり確認", clock.now - timedelta(minutes=5), clock.now)
    filled.reminders.create("来週の訪問", clock.now + timedelta(days=7), clock.now)
    main = open_for_reminders(qtbot, filled)
    assert main.banner is None and main.tray is not None and tray.shown == 1
    assert main.tray.toolTip() == "RelationDesk: 2 reminder(s) due"
    assert main.tray.count == 2
    assert badge_pixel(main.tray.icon()) == QColor(BADGE_COLOUR)
    assert menu_texts(main.tray.menu) == [
        "お礼の電話 — 太郎 山田",  # English: given name first
        "見積もり確認",
        "",
        "Show RelationDesk",
        "Quit",
    ]
    first = main.tray.menu.actions()[0].menu()
    assert menu_texts(first) == [
        "Open 太郎 山田",
        "Mark done",
        "Snooze 10 minutes",
        "Snooze 1 hour",
        "Snooze until tomorrow",
    ]
    settle(qtbot, main.runner)


def test_the_badge_is_painted_only_when_something_is_due(qapp):
    """No badge on the plain icon with nothing due; 99+ stands for a hundred or more."""
    from PySide6.QtWidgets import QApplication, QStyle

    from relationdesk.ui.reminders.tray import badge_text

    plain = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    assert badged_icon(plain, 0) is plain
    assert badge_pixel(badged_icon(plain, 3)) == QColor(BADGE_COLOUR)
    assert badge_pixel(badged_icon(plain, 120)) == QColor(BADGE_COLOUR)
    assert (badge_text(7), badge_text(99), badge_text(100)) == ("7", "99", "99+")


def test_mark_done_from_the_tray_menu_completes_the_reminder(qtbot, tray, filled, clock):
    """Mark done in the tray menu completes the reminder: it leaves the menu, the badge
    goes and the timeline shows it done."""
    yamada = yamada_of(filled)
    reminder = filled.reminders.create(
        "お礼の電話", clock.now - timedelta(minutes=5), clock.now, yamada.id
    )
    main = open_for_reminders(qtbot, filled)
    with qtbot.waitSignal(main.due.changed, timeout=10_000):
        trigger(main.tray.menu, "お礼の電話 — 太郎 山田", "Mark done")
    assert filled.reminders.due(clock.now) == []
    assert filled.reminders.get(reminder.id).done_at == clock.now
    assert main.tray.toolTip() == "RelationDesk: 0 reminder(s) due"
    assert main.tray.count == 0 and badge_pixel(main.tray.icon()) != QColor(BADGE_COLOUR)
    assert menu_texts(main.tray.menu)[0] == "No reminders due"
    settle(qtbot, main.runner)


@pytest.mark.parametrize(
    ("entry", "delay"),
    [
        ("Snooze 10 minutes", timedelta(minutes=10)),
        ("Snooze 1 hour", timedelta(hours=1)),
        ("Snooze until tomorrow", None),
    ],
)
def test_snooze_from_the_tray_menu(qtbot, tray, filled, clock, entry, delay):
    """Each snooze of the tray menu puts the reminder off by its time (tomorrow: 9:00)."""
    reminder = filled.reminders.create("見積もり確認", clock.now - timedelta(hours=1), clock.now)
    main = open_for_reminders(qtbot, filled)
    with qtbot.waitSignal(main.due.changed, timeout=10_000):
        trigger(main.tray.menu, "見積もり確認", entry)
    until = tomorrow_morning(clock.now) if delay is None else clock.now + delay
    assert filled.reminders.get(reminder.id).next_due_at == until
    assert main.tray.count == 0 and filled.reminders.due(clock.now) == []
    clock.advance(until - clock.now)  # when the snooze is over it is due again
    assert [item.id for item in filled.reminders.due(clock.now)] == [reminder.id]
    settle(qtbot, main.runner)


def test_a_reminder_falling_due_raises_a_notification_by_timer(qtbot, tray, filled, clock):
    """A reminder due in a minute: the watcher's one timer is set to that minute (no
    polling); when the minute has passed the tray raises a notification naming it."""
    yamada = yamada_of(filled)
    filled.reminders.create("折り返し電話", clock.now + timedelta(minutes=1), clock.now, yamada.id)
    main = open_for_reminders(qtbot, filled)
    assert main.tray.count == 0 and tray.messages == []
    timer = main.due.timer
    assert timer.isActive() and timer.isSingleShot()
    assert 60_000 <= timer.interval() <= 61_000
    clock.advance(timedelta(seconds=61))
    with qtbot.waitSignal(main.due.fell_due, timeout=10_000):
        timer.start(0)  # the minute has passed: the timer goes off
    assert tray.messages == [("Reminder due", "折り返し電話 — 太郎 山田")]
    assert main.tray.count == 1
    assert main.due.timer.interval() > 60_000  # nothing else due: the next look is far off
    settle(qtbot, main.runner)


def test_clicking_the_notification_opens_that_customer(qtbot, tray, filled, clock):
    """The window waits in the tray; a click on the notification brings it back with the
    reminder's customer open."""
    yamada = yamada_of(filled)
    filled.reminders.create("折り返し電話", clock.now + timedelta(minutes=1), clock.now, yamada.id)
    main = open_for_reminders(qtbot, filled)
    main.close()
    assert not main.isVisible()
    clock.advance(timedelta(minutes=2))
    with qtbot.waitSignal(main.due.fell_due, timeout=10_000):
        main.due.timer.start(0)
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        main.tray.messageClicked.emit()
    assert opened.args[0].id == yamada.id
    assert main.isVisible() and main.pages.currentWidget() is main.customer_page
    settle(qtbot, main.runner)
    assert main.customers.selected() == (yamada.id, "山田 太郎")


def test_closing_the_window_keeps_the_app_in_the_tray(qtbot, tray, quits, filled):
    """With close-to-tray on (the default), closing hides the window and the app goes on;
    Show RelationDesk in the tray menu brings it back."""
    main = open_for_reminders(qtbot, filled)
    assert filled.settings.close_to_tray
    assert not main.close()
    assert not main.isVisible() and quits == []
    trigger(main.tray.menu, "Show RelationDesk")
    assert main.isVisible()
    settle(qtbot, main.runner)


def test_without_close_to_tray_closing_quits(qtbot, tray, quits, filled):
    """With close-to-tray off, closing the window ends the app."""
    filled.save_settings(filled.settings.updated(close_to_tray=False))
    main = open_for_reminders(qtbot, filled)
    assert main.close()
    assert quits == [1]


def test_quit_in_the_tray_menu_quits(qtbot, tray, quits, filled):
    """Quit in the tray menu ends the app, also while the window waits in the tray."""
    main = open_for_reminders(qtbot, filled)
    main.close()
    assert quits == []
    trigger(main.tray.menu, "Quit")
    assert quits == [1] and not main.isVisible()


def test_without_a_tray_the_banner_is_used(qtbot, filled):
    """Offscreen (no tray, nothing patched) the window uses the banner."""
    main = MainWindow(filled)
    qtbot.addWidget(main)
    assert main.tray is None and main.banner is not None
