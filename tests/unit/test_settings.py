"""Preferences on disk: defaults, round trip, damaged and foreign files."""

from __future__ import annotations

import json

from relationdesk.settings import SETTINGS_NAME, Settings, load_settings, save_settings


def test_defaults_when_there_is_no_file(tmp_path):
    """A new data folder has the defaults: system language, Japan, 10 minutes, to the tray."""
    assert load_settings(tmp_path) == Settings("", "JP", "10m", True)


def test_round_trip(tmp_path):
    """Saved settings come back as saved, in an owner-only file."""
    chosen = Settings().updated(
        language="en", phone_region="US", default_snooze="1h", close_to_tray=False
    )
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == chosen
    assert (tmp_path / SETTINGS_NAME).stat().st_mode & 0o777 == 0o600


def test_bad_values_fall_back_and_unknown_keys_are_ignored(tmp_path):
    """A damaged, foreign or newer file never stops the app: bad values take the defaults."""
    (tmp_path / SETTINGS_NAME).write_text(
        json.dumps(
            {
                "language": "xx",
                "phone_region": "ZZ",
                "default_snooze": "1y",
                "close_to_tray": 0,
                "from_the_future": 1,
            }
        ),
        "utf-8",
    )
    assert load_settings(tmp_path) == Settings(close_to_tray=False)
    (tmp_path / SETTINGS_NAME).write_text("{not json", "utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_NAME).write_text("[1, 2]", "utf-8")
    assert load_settings(tmp_path) == Settings()


def test_updated_refuses_bad_values():
    """updated() keeps the current value where the new one is not allowed."""
    current = Settings(phone_region="KR")
    assert current.updated(phone_region="nowhere").phone_region == "KR"
    assert current.updated(language="ja").language == "ja"
