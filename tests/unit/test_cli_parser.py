"""A window start parses its command line without building the subcommands' parsers, and
gets exactly what the whole parser would give."""

from __future__ import annotations

import pytest

from relationdesk.cli import build_parser, names_no_command


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/tmp/shop"],
        ["--data-dir=/tmp/shop", "--minimized"],
        ["--tray", "--demo"],
        ["--selftest", "--data-dir", "stats"],  # a folder named like a command
    ],
)
def test_window_starts_parse_the_same_without_the_subcommands(argv):
    assert names_no_command(argv)
    whole = build_parser().parse_args(argv)
    window = build_parser(commands=False).parse_args(argv)
    assert vars(window) == vars(whole) and window.command is None


@pytest.mark.parametrize(
    "argv",
    [
        ["stats"],
        ["--data-dir", "/tmp/shop", "search", "山田"],
        ["-h"],
        ["--help"],
        ["--data", "/tmp/shop"],  # an abbreviation: the whole parser decides
        ["--data-dir"],  # its value missing: the whole parser's message
        ["--unknown"],
    ],
)
def test_anything_else_gets_the_whole_parser(argv):
    assert not names_no_command(argv)
