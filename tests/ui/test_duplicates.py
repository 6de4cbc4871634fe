"""Customer → Find Duplicates: the pairs, the merge dialog, and undo of the merge."""

from __future__ import annotations

from datetime import timedelta

from relationdesk.services.customer_data import CustomerInput, EmailInput, PhoneInput
from tests.ui.helpers import open_window, settle


def twins(app, now):
    """Two records of one customer: same e-mail; the later one knows the birthday."""
    first = app.customers.create(
        CustomerInput(
            family_name="山田",
            given_name="太郎",
            reading="ヤマダ タロウ",
            emails=(EmailInput("taro@example.jp"),),
        ),
        now,
    )
    second = app.customers.create(
        CustomerInput(
            family_name="山田",
            given_name="太郎",
            reading="ヤマダ タロウ",
            birthday="1980/7/15",
            title="店長",
            emails=(EmailInput("taro@example.jp"),),
            phones=(PhoneInput("090-1234-5678"),),
        ),
        now + timedelta(minutes=1),
    )
    app.timeline.log_interaction(second.id, "call", now, now, "予約の電話")
    app.customers.create(CustomerInput(family_name="青木", reading="アオキ"), now)
    return first, second


def test_find_and_merge_two_records_of_one_customer(qtbot, app, now):
    first, second = twins(app, now)
    main = open_window(qtbot, app)
    dialog = main.show_duplicates()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert "same e-mail" in dialog.table.item(0, 2).text()
    merge = dialog.merge_current()
    assert merge is not None
    qtbot.waitUntil(lambda: bool(merge._choices), timeout=10_000)
    assert set(merge.choices()) >= {"birthday", "title"}
    assert merge.choices()["birthday"] == "other"  # an empty value never wins by default
    with qtbot.waitSignal(dialog.merged, timeout=30_000) as done:
        merge.buttons.button(merge.buttons.StandardButton.Ok).click()
    settle(qtbot, main.runner)
    kept = app.customers.get(done.args[0].kept_id)
    assert kept.id == first.id and str(kept.birthday) == "1980-07-15" and kept.title == "店長"
    assert [p.raw for p in kept.phones] == ["090-1234-5678"]
    assert [e.subject for e in app.timeline.feed(kept.id).entries] == ["予約の電話"]
    assert app.customers.get(second.id, include_trashed=True).deleted_at is not None
    assert any(b.reason == "before-merge" for b in app.backups.list_all(with_counts=False))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)

    history = main.show_import_history()
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(history.undone, timeout=30_000):
        history.undo_button.click()
    settle(qtbot, main.runner)
    assert app.customers.get(second.id).deleted_at is None
    assert app.customers.get(first.id).birthday is None


def test_keeping_the_other_record(qtbot, app, now):
    first, second = twins(app, now)
    main = open_window(qtbot, app)
    dialog = main.show_duplicates()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    merge = dialog.merge_current()
    qtbot.waitUntil(lambda: bool(merge._choices), timeout=10_000)
    merge.swap()
    with qtbot.waitSignal(dialog.merged, timeout=30_000) as done:
        merge.merge()
    settle(qtbot, main.runner)
    assert done.args[0].kept_id == second.id
    assert app.customers.get(first.id, include_trashed=True).deleted_at is not None
