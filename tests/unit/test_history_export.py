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
