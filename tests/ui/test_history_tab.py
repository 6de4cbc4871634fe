"""The History tab shows every kind of change readably, in English and in Japanese: the
profile's fields, timeline entries and reminders (which record, which field), the trash,
local times, yes and no, and the names of codes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.timeline import PurchaseLineInput
from relationdesk.ui.application import install_translators
from relationdesk.ui.customers.history_tab import HistoryTab
from relationdesk.ui.tasks import TaskRunner


def local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def history_of(app, now):
    """A customer whose history has a profile, an activity, a purchase and a reminder, with
    an activity moved to the trash and back."""
    cid = app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now).id
    call = app.timeline.log_interaction(
        cid, "call", now, now, subject="見積もり", direction="outbound"
    )
    app.timeline.delete_entry(call.id, now + timedelta(minutes=1))
    app.timeline.record_purchase(cid, now, [PurchaseLineInput("お茶", 1200)], now)
    app.reminders.create(
        "折り返し", now + timedelta(days=1), now, customer_id=cid, recurrence="monthly"
    )
    return cid


def shown(qtbot, app, cid) -> dict[str, tuple[str, str]]:
    """The tab's rows for *cid*: field -> (from, to) (the newest row of each field)."""
    runner = TaskRunner()
    tab = HistoryTab(app.history, runner)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.show_customer(cid)
    table = tab.table
    rows: dict[str, tuple[str, str]] = {}
    for row in range(table.rowCount()):
        rows.setdefault(
            table.item(row, 2).text(), (table.item(row, 3).text(), table.item(row, 4).text())
        )
    runner.wait()
    return rows


def test_the_history_tab_names_records_fields_and_values(qtbot, app, now):
    cid = history_of(app, now)
    rows = shown(qtbot, app, cid)
    assert rows["Stage"] == ("", "Lead")
    assert rows["Activity: Kind"] == ("", "Call")
    assert rows["Activity: Subject"] == ("", "見積もり")
    assert rows["Activity: Who started it"] == ("", "From us")
    assert rows["Activity: When"] == ("", local(now))
    assert rows["Activity: In the trash"] == ("No", "Yes")
    assert rows["Purchase: Lines"] == ("", "お茶 × 1 @ 1200")
    assert rows["Purchase: Total"] == ("", "¥1,200")
    assert rows["Reminder: What to do"] == ("", "折り返し")
    assert rows["Reminder: Due"] == ("", local(now + timedelta(days=1)))
    assert rows["Reminder: Repeats"] == ("", "Every month")


@pytest.fixture
def japanese(qapp):
    """The window as a Japanese user has it: the translation and the locale."""
    before = QLocale()
    japan = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    translators = install_translators(qapp, japan)
    assert translators, "run `make setup` to compile translations"
    QLocale.setDefault(japan)
    yield
    QLocale.setDefault(before)
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_history_tab_speaks_japanese(qtbot, app, now, japanese):
    cid = history_of(app, now)
    app.customers.delete(cid, now + timedelta(minutes=2))
    rows = shown(qtbot, app, cid)
    assert rows["段階"] == ("", "見込み客")
    assert rows["ごみ箱"] == ("いいえ", "はい")
    assert rows["対応履歴：種別"] == ("", "電話")
    assert rows["対応履歴：件名"] == ("", "見積もり")
    assert rows["対応履歴：きっかけ"] == ("", "こちらから")
    assert rows["対応履歴：ごみ箱"] == ("いいえ", "はい")
    assert rows["購入：明細"] == ("", "お茶 × 1 @ 1200")
    assert rows["購入：合計"] == ("", "￥1,200")
    assert rows["リマインダー：やること"] == ("", "折り返し")
    assert rows["リマインダー：繰り返し"] == ("", "毎月")
