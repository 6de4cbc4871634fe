"""Start at login: the XDG autostart entry (used here), the Windows shortcut and the macOS
LaunchAgent (checked as files, since they cannot run on this machine)."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from relationdesk import autostart

EXE = "/opt/relationdesk/RelationDesk"


def read_desktop(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unquote_exec(value: str) -> list[str]:
    """Split an Exec value back into arguments, as a desktop would (the spec's rules)."""
    value = value.replace("\\\\", "\\").replace("\\n", "\n")  # string-level escapes first
    args, current, quoted, index, started = [], [], False, 0, False
    while index < len(value):
        ch = value[index]
        if quoted and ch == "\\" and index + 1 < len(value):
            current.append(value[index + 1])
            index += 2
            continue
        if ch == '"':
            quoted, started = not quoted, True
        elif ch == " " and not quoted:
            if current or started:
                args.append("".join(current))
            current, started = [], False
        elif ch == "%" and value[index + 1 : index + 2] == "%":
            current.append("%")
            index += 1
        else:
            current.append(ch)
        index += 1
    if current or started:
        args.append("".join(current))
    return args


def test_xdg_entry_honours_xdg_config_home(tmp_path, monkeypatch):
    """The entry goes to $XDG_CONFIG_HOME/autostart, else ~/.config (a relative value is
    ignored, as the spec says)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert autostart.entry_path("linux") == tmp_path / "cfg" / "autostart" / "relationdesk.desktop"
    home = tmp_path / "home"
    for value in ("", "relative/cfg"):
        env = {"XDG_CONFIG_HOME": value}
        assert autostart.entry_path("linux", env, home) == (
            home / ".config" / "autostart" / "relationdesk.desktop"
        )


def test_enable_and_disable_on_linux(tmp_path, monkeypatch):
    """Switched on, the entry runs the executable in the tray; switched off, it is gone."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert not autostart.is_enabled()
    path = autostart.enable([EXE, "--minimized"], platform="linux")
    assert path == autostart.entry_path()
    assert autostart.is_enabled()
    entry = read_desktop(path)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == f"{EXE} --minimized"
    assert entry["Name[ja]"] == "RelationDesk"
    assert entry["Icon"] == "relationdesk"
    assert path.stat().st_mode & 0o777 == 0o644
    assert not list(path.parent.glob("*.partial"))
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing to remove: fine


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_xdg_entry_is_valid(tmp_path):
    path = autostart.enable([EXE, "--minimized"], tmp_path / "relationdesk.desktop", "linux")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.parametrize(
    "argument",
    ["/home/山田/RelationDesk", "/data/my shop", 'say "hi"', "cost $5 `x` 100% \\ back", "a'b"],
)
def test_exec_quoting_round_trips(tmp_path, argument):
    """Spaces, quotes, $, backquotes, %, backslashes and Japanese survive the Exec key."""
    command = [EXE, "--minimized", "--data-dir", argument]
    path = autostart.enable(command, tmp_path / "x.desktop", "linux")
    assert unquote_exec(read_desktop(path)["Exec"]) == command


def test_switched_off_by_the_desktop_counts_as_off(tmp_path):
    """GNOME and KDE switch an entry off with Hidden=true or X-GNOME-Autostart-enabled=false."""
    path = autostart.enable([EXE], tmp_path / "relationdesk.desktop", "linux")
    text = path.read_text("utf-8")
    path.write_text(text + "Hidden=true\n", "utf-8")
    assert not autostart.is_enabled(path)
    path.write_text(text.replace("enabled=true", "enabled=false"), "utf-8")
    assert not autostart.is_enabled(path)
    assert autostart.refresh(["/elsewhere/RelationDesk"], path, "linux") is False


def test_refresh_follows_a_moved_executable(tmp_path):
    """An entry pointing at an old location is rewritten; a missing one is not created."""
    path = tmp_path / "relationdesk.desktop"
    assert autostart.refresh([EXE, "--minimized"], path, "linux") is False
    assert not path.exists()
    autostart.enable(["/old/RelationDesk", "--minimized"], path, "linux")
    assert autostart.refresh([EXE, "--minimized"], path, "linux") is True
    assert read_desktop(path)["Exec"] == f"{EXE} --minimized"
    assert autostart.refresh([EXE, "--minimized"], path, "linux") is False


def test_launch_command_from_source_and_frozen(tmp_path, monkeypatch):
    """From source: this Python with -m relationdesk; frozen: the executable itself. The data
    folder is named only when it is not the default one."""
    default = tmp_path / "default"
    assert autostart.launch_command(default, default) == [
        sys.executable,
        "-m",
        "relationdesk",
        "--minimized",
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", EXE)
    assert autostart.launch_command(tmp_path / "shop", default) == [
        EXE,
        "--minimized",
        "--data-dir",
        str(tmp_path / "shop"),
    ]


def test_macos_launch_agent(tmp_path):
    """A per-user agent, run once at login in the graphical session, never restarted."""
    home = tmp_path / "home"
    path = autostart.entry_path("darwin", {}, home)
    assert path == home / "Library/LaunchAgents/jp.relationdesk.RelationDesk.plist"
    exe = "/Applications/RelationDesk.app/Contents/MacOS/RelationDesk"
    autostart.enable([exe, "--minimized"], path, "darwin")
    agent = plistlib.loads(path.read_bytes())
    assert agent == {
        "Label": "jp.relationdesk.RelationDesk",
        "ProgramArguments": [exe, "--minimized"],
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert path.stat().st_mode & 0o777 == 0o644  # launchd ignores group/world-writable agents


def test_windows_startup_folder(tmp_path):
    """The shortcut goes to the user's Startup folder under %APPDATA%."""
    env = {"APPDATA": str(tmp_path / "Roaming")}
    path = autostart.entry_path("win32", env, tmp_path)
    assert (
        path == tmp_path / "Roaming/Microsoft/Windows/Start Menu/Programs/Startup/RelationDesk.lnk"
    )


@pytest.mark.parametrize(
    ("arguments", "line"),
    [
        (["--minimized"], "--minimized"),
        (["--data-dir", r"D:\顧客 データ"], r'--data-dir "D:\顧客 データ"'),
        ([r"C:\trailing slash\ "], r'"C:\trailing slash\ "'),
        ([r"D:\no_space\\"], r"D:\no_space\\"),
        ([r"D:\a b\\"], r'"D:\a b\\\\"'),
        (['say "hi"'], r'"say \"hi\""'),
        ([""], '""'),
    ],
)
def test_windows_command_line_quoting(arguments, line):
    """Arguments are joined as CommandLineToArgvW splits them."""
    assert autostart.windows_arguments(arguments) == line


def parse_shell_link(data: bytes) -> dict[str, object]:
    """Read back what shell_link wrote, following [MS-SHLLINK]."""
    size, clsid, flags, _attrs = struct.unpack_from("<I16sII", data, 0)
    show = struct.unpack_from("<I", data, 0x3C)[0]
    assert size == 0x4C and clsid == bytes.fromhex("0114020000000000c000000000000046")
    offset = 0x4C
    info_size, header_size, info_flags, _vol, base, _net, _suffix = struct.unpack_from(
        "<IIIIIII", data, offset
    )
    base_unicode = struct.unpack_from("<I", data, offset + 0x1C)[0] if header_size >= 0x24 else 0
    info = data[offset : offset + info_size]
    ansi = info[base : info.index(b"\0", base)]
    end = base_unicode
    while info[end : end + 2] != b"\0\0":
        end += 2
    unicode_path = info[base_unicode:end].decode("utf-16-le")
    offset += info_size
    strings = []
    for flag in (0x04, 0x08, 0x10, 0x20, 0x40):  # name, relative path, dir, args, icon
        if flags & flag:
            (count,) = struct.unpack_from("<H", data, offset)
            strings.append(data[offset + 2 : offset + 2 + 2 * count].decode("utf-16-le"))
            offset += 2 + 2 * count
        else:
            strings.append(None)
    assert data[offset:] == b"\0\0\0\0"  # terminal block, no extra data
    return {
        "flags": flags,
        "show": show,
        "info_flags": info_flags,
        "ansi": ansi,
        "path": unicode_path,
        "name": strings[0],
        "dir": strings[2],
        "args": strings[3],
        "icon": strings[4],
    }


def test_windows_shortcut_structure():
    """The .lnk names the executable (also in Unicode, for Japanese user names), its folder,
    the arguments and its icon, and starts minimised."""
    exe = r"C:\Users\山田 太郎\AppData\Local\Programs\RelationDesk\RelationDesk.exe"
    data = autostart.entry_bytes([exe, "--minimized", "--data-dir", r"D:\顧客"], "win32")
    link = parse_shell_link(data)
    assert link["flags"] == 0x02 | 0x04 | 0x10 | 0x20 | 0x40 | 0x80
    assert link["show"] == 7  # SW_SHOWMINNOACTIVE
    assert link["info_flags"] == 1
    assert link["path"] == exe
    assert link["ansi"] == exe.encode("cp932")
    assert link["dir"] == r"C:\Users\山田 太郎\AppData\Local\Programs\RelationDesk"
    assert link["args"] == r"--minimized --data-dir D:\顧客"
    assert link["icon"] == exe
    assert link["name"] == "RelationDesk (tray)"
    with pytest.raises(ValueError):
        autostart.shell_link(["relative\\RelationDesk.exe"])


@pytest.mark.skipif(not shutil.which("lnkinfo"), reason="liblnk-utils")
def test_windows_shortcut_reads_in_lnkinfo(tmp_path):
    """An independent reader of the format (liblnk) sees the same target and arguments."""
    exe = r"C:\Program Files\RelationDesk\RelationDesk.exe"
    path = autostart.enable([exe, "--minimized"], tmp_path / "RelationDesk.lnk", "win32")
    out = subprocess.run(["lnkinfo", str(path)], capture_output=True, text=True, check=True)
    assert f"Local path\t\t\t: {exe}" in out.stdout
    assert "Command line arguments\t\t: --minimized" in out.stdout
    assert "Working directory\t\t: C:\\Program Files\\RelationDesk" in out.stdout
