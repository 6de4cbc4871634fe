"""Who made a change: every service that logs changes uses the staff name from Preferences
(else the OS user), also after Preferences change it."""

from __future__ import annotations

from functools import cached_property

from relationdesk.app import ACTOR_SERVICES, App
from relationdesk.services.change_log import default_actor
from relationdesk.services.customer_data import CustomerInput, EmailInput
from relationdesk.services.duplicates import MergeSide
from relationdesk.services.import_data import ImportOptions


def actors(app, customer_id) -> set[str]:
    """Who the customer's change-log rows name."""
    return {e.actor for e in app.history.history(customer_id)}


def csv_file(tmp_path, name: str):
    """A file whose one row merges into 山田 (same name and e-mail) and adds a phone."""
    path = tmp_path / name
    path.write_text(
        "氏名,フリガナ,メール,電話\n山田 太郎,ヤマダ タロウ,taro@example.com,090-1111-2222\n",
        encoding="utf-8",
    )
    return path


def person(app, now, family: str, reading: str):
    return app.customers.create(
        CustomerInput(
            family_name=family,
            given_name="太郎",
            reading=f"{reading} タロウ",
            emails=(EmailInput("taro@example.com"),),
        ),
        now,
    )


def test_imports_and_merges_are_logged_as_the_staff_name(app, now, tmp_path):
    """With a staff name set, an import, a merge and their undo name that person, not the
    OS user: in the batch journal and in the change log."""
    app.save_settings(app.settings.updated(staff_name="店長"))
    taro = person(app, now, "山田", "ヤマダ")
    imported = app.imports.run(csv_file(tmp_path, "in.csv"), ImportOptions(), now)
    assert imported.counts.merged == 1
    assert actors(app, taro.id) == {"店長"}
    other = app.customers.create(CustomerInput(family_name="山田", given_name="太朗"), now)
    merged = app.duplicates.merge(taro.id, other.id, now, {"note": MergeSide.KEEP})
    app.duplicates.undo(merged.batch_id, now)
    assert {b.actor for b in app.imports.batches()} == {"店長"}
    assert actors(app, taro.id) == actors(app, other.id) == {"店長"}


def test_a_new_staff_name_reaches_services_already_made(app, now, tmp_path):
    """Preferences changed while the app runs: imports, merges and undo use the new name."""
    app.save_settings(app.settings.updated(staff_name=""))
    taro = person(app, now, "山田", "ヤマダ")
    first = app.imports.run(csv_file(tmp_path, "first.csv"), ImportOptions(), now)
    assert actors(app, taro.id) == {default_actor()}
    app.save_settings(app.settings.updated(staff_name="受付 佐藤"))
    app.imports.undo(first.batch_id, now)
    second = app.imports.run(csv_file(tmp_path, "second.csv"), ImportOptions(), now)
    other = app.customers.create(CustomerInput(family_name="山田", given_name="太朗"), now)
    merged = app.duplicates.merge(taro.id, other.id, now)
    batches = {b.id: b.actor for b in app.imports.batches()}
    assert batches == {
        first.batch_id: default_actor(),
        second.batch_id: "受付 佐藤",
        merged.batch_id: "受付 佐藤",
    }
    # the phone added by the first import (OS user), taken away by its undo and added
    # again by the second import (both 受付 佐藤)
    later = {e.actor for e in app.history.history(taro.id) if e.field == "phones"}
    assert later == {default_actor(), "受付 佐藤"}


def test_every_service_with_an_actor_follows_preferences(app):
    """Whatever service writes change rows (it has an ``actor``) is listed, made with the
    staff name, and handed a new one: none is left logging as the OS user."""
    names = [n for n, v in vars(App).items() if isinstance(v, cached_property)]
    app.save_settings(app.settings.updated(staff_name="店長"))
    with_actor = {n for n in names if hasattr(getattr(app, n), "actor")}
    assert with_actor == set(ACTOR_SERVICES)
    assert {getattr(app, n).actor for n in with_actor} == {"店長"}
    app.save_settings(app.settings.updated(staff_name="佐藤"))
    assert {getattr(app, n).actor for n in with_actor} == {"佐藤"}
    app.save_settings(app.settings.updated(staff_name=""))
    assert {getattr(app, n).actor for n in with_actor} == {default_actor()}
