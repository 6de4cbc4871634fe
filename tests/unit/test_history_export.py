"""Change history: who (the staff name when set), when, what; CSV and JSON exports."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import timedelta

import pytest

from relationdesk.app import open_app
from relationdesk.services.change_log import default_actor
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.history import HistoryFormat


def test_history_is_newest_first_with_the_staff_name(app, now):
    """Without a staff name the OS user is the actor; with one (Preferences), that name."""
    made = app.customers.create(CustomerInput(family_name="山田", reading="ヤマダ"), now)
    app.save_settings(app.settings.updated(staff_name="  受付  佐藤 "))
    later = now + timedelta(minutes=5)
    app.customers.update(
        made.id, CustomerInput(family_name="山田", reading="ヤマダ", stage="customer"), later
    )
    entries = app.history.history(made.id)
    assert entries[0].field == "stage" and entries[0].actor == "受付 佐藤"
    assert (entries[0].old_value, entries[0].new_value) == ("lead", "customer")
    assert entries[0].changed_at == later
    created = [e for e in entries if e.changed_at == now]
    assert created and {e.actor for e in created} == {default_actor()}
    assert {e.field for e in created} >= {"family_name", "reading"}
    assert [e.new_value for e in app.history.history(made.id, field="stage")] == [
        "customer",
        "lead",
    ]


def test_staff_name_from_settings_at_start(data_dir, now):
    """The staff name saved in Preferences is used from the next start on."""
    app = open_app(data_dir, now)
    app.save_settings(app.settings.updated(staff_name="店長"))
    app.close()
    again = open_app(data_dir, now)
    try:
        made = again.customers.create(CustomerInput(family_name="田中"), now)
        assert {e.actor for e in again.history.history(made.id)} == {"店長"}
        again.save_settings(again.settings.updated(staff_name=""))
        again.customers.update(made.id, CustomerInput(family_name="田村"), now)
        assert again.history.history(made.id, field="family_name")[0].actor == default_actor()
    finally:
        again.close()


def test_exports_in_csv_and_json(app, now, tmp_path):
    """CSV (Excel-ready, headers in the language, formulas neutralised) and JSON (complete)."""
    made = app.customers.create(CustomerInput(family_name="山田", note="=1+1"), now)
    app.customers.update(made.id, CustomerInput(family_name="山田", note="普通のメモ"), now)
    target = tmp_path / "history.csv"
    count = app.history.export(made.id, target, HistoryFormat.CSV, now, language="ja")
    assert count == len(app.history.history(made.id))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:5] == ["日時", "担当者", "項目", "変更前", "変更後"]
    note_row = next(r for r in rows[1:] if r[2] == "メモ" and r[4] == "普通のメモ")
    assert note_row[3] == "'=1+1"
    target_json = tmp_path / "history.json"
    app.history.export(made.id, target_json, HistoryFormat.JSON, now)
    data = json.loads(target_json.read_text("utf-8"))
    assert data["customer_id"] == str(made.id) and len(data["changes"]) == count
    first = data["changes"][0]
    assert set(first) == {
        "changed_at",
        "actor",
        "record_type",
        "record_id",
        "field",
        "old_value",
        "new_value",
    }
    assert any(c["old_value"] == "=1+1" for c in data["changes"])


def test_unknown_customer(app):
    """An id that is no customer: CustomerNotFound (the CLI says so)."""
    with pytest.raises(CustomerNotFound):
        app.history.history(uuid.uuid4())


def test_a_trashed_customers_history_stays_readable(app, now):
    """History survives the trash (it goes with a purge or an erasure)."""
    made = app.customers.create(CustomerInput(family_name="山田"), now)
    app.customers.delete(made.id, now)
    assert app.history.history(made.id)
    app.trash.empty(now)
    with pytest.raises(CustomerNotFound):
        app.history.history(made.id)


def whole_log(app, now):
    """A shop whose log has a customer's changes, a task's and a formula-like one of each."""
    app.save_settings(app.settings.updated(staff_name="=店長"))
    made = app.customers.create(CustomerInput(family_name="=SUM(A1)", note="@メモ"), now)
    later = now + timedelta(minutes=1)
    app.customers.update(made.id, CustomerInput(family_name="=SUM(A1)", note="常連"), later)
    task = app.reminders.create("=HYPERLINK(1)", now + timedelta(days=1), later)
    app.reminders.complete(task.id, later + timedelta(minutes=1))
    return made, task


def test_the_whole_log_in_csv_has_customers_and_tasks(app, now, tmp_path):
    """export_all: every change (customers' and tasks'), oldest first, with the customer's
    id and name (empty for a task), UTF-8 with a BOM, formula-like cells neutralised as in
    one customer's export."""
    made, task = whole_log(app, now)
    target = tmp_path / "all.csv"
    count = app.history.export_all(target, HistoryFormat.CSV, now, language="ja", tz=app.tz)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw[3:].startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "日時",
        "担当者",
        "項目",
        "変更前",
        "変更後",
        "レコード種別",
        "レコードID",
        "顧客ID",
        "顧客名",
    ]
    assert count == len(rows) - 1 == len(list(app.history.log_entries()))
    mine = [r for r in rows[1:] if r[7] == str(made.id)]
    tasks = [r for r in rows[1:] if r[6] == str(task.id)]
    assert len(mine) == len(app.history.history(made.id)) and len(mine) + len(tasks) == count
    assert {r[8] for r in mine} == {"'=SUM(A1)"} and {r[1] for r in rows[1:]} == {"'=店長"}
    assert ["メモ", "'@メモ", "常連"] in [r[2:5] for r in mine]
    assert {(r[7], r[8], r[5]) for r in tasks} == {("", "", "リマインダー")}
    assert ["やること", "", "'=HYPERLINK(1)"] in [r[2:5] for r in tasks]
    assert ["期限", "", "2026-11-24 12:00:00"] in [r[2:5] for r in tasks]  # Tokyo time
    # One customer's export writes the very same cells: the same writer.
    own = tmp_path / "own.csv"
    app.history.export(made.id, own, HistoryFormat.CSV, now, language="ja", tz=app.tz)
    own_rows = list(csv.reader(io.StringIO(own.read_text("utf-8-sig"))))
    assert sorted(own_rows[1:]) == sorted(r[:7] for r in mine)


def test_the_whole_log_in_json_and_its_pages(app, now, tmp_path):
    """JSON: the export's object with every change in id order, customer_id null for a
    task; small keyset pages read the same log as one big page."""
    made, task = whole_log(app, now)
    target = tmp_path / "all.json"
    count = app.history.export_all(target, HistoryFormat.JSON, now, page_size=2)
    document = json.loads(target.read_text("utf-8"))
    assert document["exported_at"] == now.isoformat() and len(document["changes"]) == count
    changes = document["changes"]
    ids = [e.entry.id for e in app.history.log_entries()]
    assert ids == sorted(ids) and len(ids) == count
    assert [e.entry for e in app.history.log_entries(page_size=1)] == [
        e.entry for e in app.history.log_entries()
    ]
    first = changes[0]
    assert set(first) == {
        "changed_at",
        "actor",
        "record_type",
        "record_id",
        "field",
        "old_value",
        "new_value",
        "customer_id",
        "customer_name",
    }
    of_task = [c for c in changes if c["record_id"] == str(task.id)]
    assert of_task and {(c["customer_id"], c["customer_name"]) for c in of_task} == {(None, "")}
    assert any(c["new_value"] == "=HYPERLINK(1)" for c in of_task)  # JSON keeps values as is
    mine = [c for c in changes if c["customer_id"] == str(made.id)]
    assert {c["customer_name"] for c in mine} == {"=SUM(A1)"}
    assert len(mine) + len(of_task) == count
    out = io.StringIO()
    assert app.history.write_all(out, HistoryFormat.JSON, now) == count  # the screen's form
    assert json.loads(out.getvalue()) == changes


def test_an_empty_log_and_a_failed_export_leave_no_half_file(app, now, tmp_path, monkeypatch):
    """No change yet: a header, or an empty list. A failure half-way keeps the older file."""
    target = tmp_path / "all.csv"
    assert app.history.export_all(target, HistoryFormat.CSV, now) == 0
    assert target.read_text("utf-8-sig").splitlines()[0].startswith("Changed at,By,")
    empty = tmp_path / "all.json"
    assert app.history.export_all(empty, HistoryFormat.JSON, now) == 0
    assert json.loads(empty.read_text("utf-8"))["changes"] == []
    whole_log(app, now)
    before = target.read_bytes()
    import relationdesk.services.history as history

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(history, "log_entry_json", broken)
    with pytest.raises(OSError, match="disk full"):
        app.history.export_all(target, HistoryFormat.JSON, now)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "all.json", "data"]


def test_erasing_and_purging_customers_leave_the_tasks_log(app, now):
    """The change log goes with its customer (purged from the trash or erased); the tasks'
    rows (customer_id NULL) are no one's and stay."""
    gone = app.customers.create(CustomerInput(family_name="消える"), now)
    erased = app.customers.create(CustomerInput(family_name="忘れて"), now)
    task = app.reminders.create("棚卸し", now, now)
    app.customers.delete(gone.id, now)
    app.trash.empty(now)
    app.privacy.erase(erased.id, now, vacuum=False)
    left = list(app.history.log_entries())
    assert left and {(e.customer_id, e.entry.record_id) for e in left} == {(None, task.id)}
