"""Backups: the rotation rule on synthetic times, taking backups, when they are due, the list."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.services.backups import (
    CHANGED_MARKER,
    BackupService,
    RetentionPolicy,
    expiry,
    retained,
)
from relationdesk.services.customer_data import CustomerInput
from relationdesk.storage.backup import (
    BackupFailed,
    backup_name,
    parse_backup_name,
    write_backup,
)

DEFAULT = RetentionPolicy(keep_last=1, daily=7, weekly=4, monthly=12)


def at(day: str, hour: int = 3, minute: int = 0) -> datetime:
    """An instant on an ISO day, UTC."""
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)


def kept_days(times: list[datetime], policy: RetentionPolicy, tz=UTC) -> list[str]:
    """The kept backups' times as ISO text, oldest first."""
    return sorted(times[i].astimezone(tz).isoformat() for i in retained(times, policy, tz))


# -- the rule ------------------------------------------------------------------------------


def test_sixty_days_of_daily_backups():
    """7 daily, 4 weekly (ISO weeks), 12 monthly: exactly these eleven survive."""
    end = date(2026, 11, 23)  # a Monday
    times = [at((end - timedelta(days=n)).isoformat()) for n in range(60)]
    kept = {t[:10] for t in kept_days(times, DEFAULT)}
    assert kept == {
        *(f"2026-11-{d}" for d in range(17, 24)),  # the last 7 days
        "2026-11-15",  # newest of ISO week 46 (week 47's newest, the 22nd, is a daily)
        "2026-11-08",  # newest of ISO week 45
        "2026-10-31",  # newest of October
        "2026-09-30",  # newest of September (the oldest month with backups)
    }


def test_several_backups_a_day_keep_the_newest_of_each_day_and_the_last_n():
    """Within a day only the newest survives the daily rule; keep_last keeps the rest recent."""
    times = [at("2026-11-23", h) for h in (8, 10, 12, 18)] + [at("2026-11-22", h) for h in (9, 19)]
    only_daily = RetentionPolicy(keep_last=0, daily=7, weekly=0, monthly=0)
    assert kept_days(times, only_daily) == [
        "2026-11-22T19:00:00+00:00",
        "2026-11-23T18:00:00+00:00",
    ]
    with_last = RetentionPolicy(keep_last=3, daily=7, weekly=0, monthly=0)
    assert kept_days(times, with_last) == [
        "2026-11-22T19:00:00+00:00",
        "2026-11-23T10:00:00+00:00",
        "2026-11-23T12:00:00+00:00",
        "2026-11-23T18:00:00+00:00",
    ]


def test_a_long_break_deletes_nothing_by_itself():
    """Days *with backups* count, not calendar days: after months away, the old ones stay."""
    times = [at(f"2026-01-{d:02d}") for d in range(1, 11)] + [at("2026-06-01")]
    only_daily = RetentionPolicy(keep_last=0, daily=7, weekly=0, monthly=0)
    assert [t[:10] for t in kept_days(times, only_daily)] == [
        *(f"2026-01-{d:02d}" for d in range(5, 11)),
        "2026-06-01",
    ]


def test_days_are_the_users_local_days():
    """00:30 in Tokyo is the previous day in UTC; the rule counts Tokyo's days."""
    tokyo = ZoneInfo("Asia/Tokyo")
    times = [
        datetime(2026, 11, 22, 15, 30, tzinfo=UTC),  # 23 Nov 00:30 in Tokyo
        datetime(2026, 11, 23, 2, 0, tzinfo=UTC),  # 23 Nov 11:00 in Tokyo
        datetime(2026, 11, 22, 3, 0, tzinfo=UTC),  # 22 Nov 12:00 in Tokyo
    ]
    only_daily = RetentionPolicy(keep_last=0, daily=7, weekly=0, monthly=0)
    assert retained(times, only_daily, tokyo) == {1, 2}
    assert retained(times, only_daily, UTC) == {0, 1}


def test_keep_last_only():
    """With the calendar rules at 0, the newest keep_last survive."""
    times = [at("2026-11-01") + timedelta(hours=n) for n in range(10)]
    assert retained(times, RetentionPolicy(3, 0, 0, 0), UTC) == {7, 8, 9}


@settings(max_examples=60, deadline=None)
@given(
    offsets=st.lists(st.integers(0, 800 * 24), min_size=1, max_size=60, unique=True),
    last=st.integers(1, 5),
    daily=st.integers(0, 8),
    weekly=st.integers(0, 5),
    monthly=st.integers(0, 13),
)
def test_rule_properties(offsets, last, daily, weekly, monthly):
    """The newest is always kept, the count is bounded, and pruning twice prunes no more."""
    policy = RetentionPolicy(last, daily, weekly, monthly)
    times = [at("2025-01-01") + timedelta(hours=h) for h in offsets]
    kept = retained(times, policy, UTC)
    assert times.index(max(times)) in kept
    assert len(kept) <= last + daily + weekly + monthly
    survivors = [times[i] for i in sorted(kept)]
    assert retained(survivors, policy, UTC) == set(range(len(survivors)))


def test_expiry_of_copies_with_daily_backups():
    """A year of daily backups hold a customer erased on 23 Nov 2026: the last copy (the
    October monthly) leaves when October 2027 brings the thirteenth month."""
    now = at("2026-11-23", 3)
    times = [now - timedelta(days=n) for n in range(400)]
    policy = RetentionPolicy(keep_last=5, daily=7, weekly=4, monthly=12)
    kept = sorted(retained(times, policy, UTC))
    times = [times[i] for i in kept]
    moment = expiry(times, range(len(times)), policy, UTC, now)
    assert moment is not None and moment.date() == date(2027, 10, 1)
    # Without monthly copies: week 47's newest (22 Nov) goes when week 51 starts.
    weekly_only = RetentionPolicy(keep_last=1, daily=7, weekly=4, monthly=0)
    moment = expiry(times, range(len(times)), weekly_only, UTC, now)
    assert moment is not None and moment.date() == date(2026, 12, 14)


def test_expiry_none_tracked_and_beyond_the_horizon():
    """Nothing tracked: now. A rule that keeps a past month's backup forever: None."""
    now = at("2026-11-23")
    assert expiry([now], [], DEFAULT, UTC, now) == now
    forever = RetentionPolicy(keep_last=1, daily=0, weekly=0, monthly=1200)
    assert expiry([now - timedelta(days=40)], [0], forever, UTC, now) is None


def test_names_round_trip_and_refuse_bad_reasons():
    """A backup's name carries its time and reason; other files are not backups."""
    now = datetime(2026, 11, 23, 3, 4, 5, 6789, tzinfo=UTC)
    name = backup_name(now, "before-import")
    assert name == "relationdesk-20261123-030405-006789-before-import.sqlite3"
    assert parse_backup_name(name) == (now, "before-import")
    assert parse_backup_name(name + ".partial") is None
    assert parse_backup_name("relationdesk.sqlite3") is None
    with pytest.raises(ValueError):
        backup_name(now, "../evil")


# -- taking backups -------------------------------------------------------------------------


def add(app, now, name="山田", n=1):
    """Create *n* customers."""
    for i in range(n):
        app.customers.create(CustomerInput(family_name=f"{name}{i}", reading="ヤマダ"), now)


def test_backup_now_is_checked_private_and_clears_the_marker(app, now):
    """A backup holds every committed row, is 0600 in a 0700 folder, and nothing is left over."""
    add(app, now, n=3)
    assert app.backups.changed_since_backup()
    result = app.backups.backup_now("manual", now)
    info = result.backup
    assert info.path.parent == app.paths.backups and info.customers == 3
    assert info.reason == "manual" and info.taken_at == now and not result.fallback
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o777 == 0o600
        assert app.paths.backups.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in app.paths.backups.iterdir()] == [info.path.name]
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not app.backups.changed_since_backup()
    assert not (app.paths.root / CHANGED_MARKER).exists()


def test_rotation_prunes_only_after_the_new_backup_is_in_place(app, now):
    """Old backups (synthetic times) are pruned by the rule; the new one and protected stay."""
    add(app, now)
    first = app.backups.backup_now("manual", now - timedelta(days=90)).backup.path
    synthetic = []
    for n in range(1, 40):
        moment = now - timedelta(days=n, hours=1)
        path = app.paths.backups / backup_name(moment, "startup")
        shutil.copyfile(first, path)  # a closed backup file: copying it is fine
        synthetic.append(path)
    app.backups.configure(app.settings.updated(backup_keep_last=2, backup_monthly=1))
    result = app.backups.backup_now("manual", now, protect=[first])
    left = {p.name for p in app.paths.backups.iterdir()}
    assert result.backup.path.name in left and first.name in left
    found = sorted(
        (parse_backup_name(name)[0] for name in left if name != first.name), reverse=True
    )
    # keep_last 2 (now and yesterday), 7 days with backups, 4 ISO weeks, 1 month: 9 files
    assert len(found) == 9
    assert {p.name for p in result.pruned}.isdisjoint(left)
    assert len(result.pruned) == 40 - 9


def test_backup_if_due_follows_changes_and_the_interval(app, now):
    """Start-up backups: only after changes, and only when the newest is old enough."""
    assert app.backups.backup_if_due(now) is None  # empty database, no backup needed
    add(app, now)
    first = app.backups.backup_if_due(now)
    assert first is not None and first.backup.reason == "startup"
    assert app.backups.backup_if_due(now + timedelta(days=1)) is None  # nothing changed
    add(app, now, "佐藤")
    assert app.backups.backup_if_due(now + timedelta(hours=1)) is None  # too soon (6 h)
    later = app.backups.backup_if_due(now + timedelta(hours=7))
    assert later is not None and later.backup.customers == 2


def test_changes_survive_a_crash_in_the_marker(app, now):
    """A session that wrote and never backed up (a crash) makes the next start back up."""
    add(app, now)
    app.backups.backup_now("manual", now)
    add(app, now, "佐藤")
    fresh = BackupService(app.db, app.paths, app.settings)  # what the next start sees
    assert fresh.changed_since_backup()
    assert fresh.backup_if_due(now + timedelta(hours=7)) is not None
    assert not fresh.changed_since_backup()


def test_quit_backup_only_after_changes(app, now):
    """On quit: a backup when data changed since the newest backup, none otherwise."""
    assert app.backups.backup_on_quit(now) is None
    add(app, now)
    result = app.backups.backup_on_quit(now)
    assert result is not None and result.backup.reason == "quit"
    assert app.backups.backup_on_quit(now + timedelta(minutes=1)) is None


def test_a_write_during_the_backup_keeps_the_marker(app, now):
    """A commit that overlaps a backup may not be in it: the marker stays."""
    add(app, now)
    calls = []

    def write_meanwhile(done, total):
        if not calls:
            add(app, now, "途中")
        calls.append(done)

    app.backups.backup_now("manual", now, progress=write_meanwhile)
    assert calls and app.backups.changed_since_backup()


def test_chosen_folder_and_fallback(app, now, tmp_path):
    """Backups go to the folder from Preferences; when it is missing, to backups/, flagged."""
    add(app, now)
    usb = tmp_path / "usb"
    usb.mkdir()
    app.save_settings(app.settings.updated(backup_folder=str(usb)))
    result = app.backups.backup_now("manual", now)
    assert result.backup.path.parent == usb and not result.fallback
    usb.rename(tmp_path / "unplugged")
    later = app.backups.backup_now("manual", now + timedelta(minutes=1))
    assert later.fallback and later.backup.path.parent == app.paths.backups
    assert not usb.exists()  # a missing mount point is never created
    (tmp_path / "unplugged").rename(usb)
    listed = app.backups.list_all()
    assert [b.path for b in listed] == [later.backup.path, result.backup.path]
    assert all(b.customers == 1 and b.revision for b in listed)


def test_backup_to_a_destination_prunes_nothing(app, now, tmp_path):
    """backup DEST writes there (folder or file) and leaves the rotation alone."""
    add(app, now)
    folder = tmp_path / "dest"
    folder.mkdir()
    into_folder = app.backups.backup_now("manual", now, dest=folder)
    assert into_folder.backup.path.parent == folder and into_folder.pruned == ()
    as_file = app.backups.backup_now("manual", now, dest=tmp_path / "copy.sqlite3")
    assert as_file.backup.path == tmp_path / "copy.sqlite3"
    with pytest.raises(BackupFailed):
        app.backups.backup_now("manual", now, dest=tmp_path / "copy.sqlite3")


def test_failed_backup_leaves_nothing(app, now, tmp_path, monkeypatch):
    """A copy that fails its check is removed with its journal; BackupFailed says why."""
    add(app, now)
    import relationdesk.storage.backup as storage_backup

    monkeypatch.setattr(storage_backup, "quick_check", lambda path: ["page 7: broken"])
    with pytest.raises(BackupFailed, match="page 7"):
        app.backups.backup_now("manual", now)
    assert list(app.paths.backups.iterdir()) == []
    assert app.backups.changed_since_backup()


def test_backup_while_another_thread_writes_is_consistent(app, now, tmp_path):
    """A stepped backup (progress) during a stream of writes is one consistent snapshot."""
    add(app, now, n=50)
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            add(app, now, f"並行{n}")
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        steps = []
        target = tmp_path / "snap.sqlite3"
        import relationdesk.storage.backup as storage_backup

        original = storage_backup._STEP_PAGES
        storage_backup._STEP_PAGES = 2
        try:
            facts = write_backup(app.db.path, target, lambda done, total: steps.append(done))
        finally:
            storage_backup._STEP_PAGES = original
    finally:
        stop.set()
        thread.join()
    assert len(steps) > 3
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        docs = conn.execute("SELECT count(*) FROM customer_fts_docsize").fetchone()[0]
    assert count == facts.customers == docs >= 50


def test_newest_good_skips_damaged_backups(app, now):
    """The offer after damage is the newest backup that passes its check."""
    add(app, now)
    good = app.backups.backup_now("manual", now).backup
    bad = app.paths.backups / backup_name(now + timedelta(hours=1), "manual")
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    best = app.backups.newest_good()
    assert best is not None and best.path == good.path and best.customers == 1
    listed = app.backups.list_all()
    assert listed[0].path == bad and not listed[0].readable


def test_housekeeping_after_start(app, now):
    """The start-up work the window runs off its thread: backup when due, trash purge."""
    add(app, now)
    gone = app.customers.create(CustomerInput(family_name="古い"), now - timedelta(days=40))
    app.customers.delete(gone.id, now - timedelta(days=35))
    done = app.housekeeping(now)
    assert done.backup is not None and done.backup.backup.reason == "startup"
    assert done.backup_error is None and done.purged.customers == 1
    again = app.housekeeping(now + timedelta(minutes=1))
    assert again.backup is None and again.purged.customers == 0
