"""Start RelationDesk in the tray when the user logs in (no Qt: plain files per platform).

- Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/relationdesk.desktop (the XDG
  Autostart specification; ~/.config when XDG_CONFIG_HOME is unset or not absolute).
- Windows: a shortcut RelationDesk.lnk in the user's Startup folder
  (%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup). The shortcut is written
  here in the Shell Link format ([MS-SHLLINK]), so neither COM nor PowerShell is needed, and
  unlike a .cmd file it opens no console window at login.
- macOS: ~/Library/LaunchAgents/jp.relationdesk.RelationDesk.plist, a per-user LaunchAgent
  that runs once at login (RunAtLoad) in the graphical session only.

Each entry runs the current executable with --minimized (and --data-dir when the data
folder is not the default one). ``entry_path``, ``entry_text`` and ``entry_bytes`` take the
platform and environment as arguments so every format is tested on any machine.
"""

from __future__ import annotations

import os
import plistlib
import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path, PureWindowsPath

from relationdesk import APP_NAME

DESKTOP_NAME = "relationdesk.desktop"
LAUNCH_AGENT_LABEL = "jp.relationdesk.RelationDesk"
SHORTCUT_NAME = f"{APP_NAME}.lnk"
MINIMIZED_FLAG = "--minimized"


def platform_kind(platform: str | None = None) -> str:
    """'windows', 'macos' or 'xdg' (Linux and the BSDs)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "xdg"


def launch_command(data_dir: Path | None = None, default_data_dir: Path | None = None) -> list[str]:
    """The command that starts this RelationDesk in the tray on *data_dir*."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "relationdesk"]
    command.append(MINIMIZED_FLAG)
    if data_dir is not None:
        if default_data_dir is None:
            from relationdesk.paths import default_data_dir as platform_default

            default_data_dir = platform_default()
        if _same_path(data_dir, default_data_dir) is False:
            command += ["--data-dir", str(data_dir.expanduser().absolute())]
    return command


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return a.expanduser().absolute() == b.expanduser().absolute()


def entry_path(
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path:
    """Where the login entry lives for *platform*, given the environment and home folder."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    kind = platform_kind(platform)
    if kind == "windows":
        appdata = env.get("APPDATA") or str(home / "AppData" / "Roaming")
        return Path(appdata, "Microsoft", "Windows", "Start Menu", "Programs", "Startup",
                    SHORTCUT_NAME)  # fmt: skip
    if kind == "macos":
        return home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and os.path.isabs(config) else home / ".config"
    return base / "autostart" / DESKTOP_NAME


# -- XDG ---------------------------------------------------------------------------------


def _exec_argument(text: str) -> str:
    """Quote one argument for a desktop entry's Exec key (Desktop Entry Specification)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if text and not (set(text) & reserved):
        quoted = text
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
        quoted = f'"{inner}"'
    # Exec is a string value: a literal % is written %%, and backslashes escaped again.
    return quoted.replace("%", "%%").replace("\\", "\\\\").replace("\n", "\\n")


def desktop_entry(command: Sequence[str]) -> str:
    """The XDG autostart entry that runs *command* at login."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        f"Name[ja]={APP_NAME}",
        "Comment=Start RelationDesk in the tray at login",
        "Comment[ja]=ログイン時に RelationDesk をトレイで起動します",
        "Exec=" + " ".join(_exec_argument(arg) for arg in command),
    ]
    if os.path.isabs(command[0]):
        # A desktop skips the entry once the program is gone (the package was removed).
        lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
    lines += [
        "Icon=relationdesk",
        "Terminal=false",
        "Categories=Office;",
        "X-GNOME-Autostart-enabled=true",
    ]
    return "\n".join(lines) + "\n"


def _xdg_enabled(text: str) -> bool:
    """False when a desktop's session settings switched the entry off (Hidden=true ...)."""
    for raw in text.splitlines():
        key, _, value = raw.partition("=")
        key, value = key.strip(), value.strip().lower()
        if key == "Hidden" and value == "true":
            return False
        if key == "X-GNOME-Autostart-enabled" and value == "false":
            return False
    return True


# -- macOS ------------------------------------------------------------------------------


def launch_agent(command: Sequence[str]) -> bytes:
    """The LaunchAgent property list that runs *command* once at login."""
    plist = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "KeepAlive": False,  # quitting RelationDesk must not make launchd start it again
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",  # the graphical login, not ssh sessions
    }
    return plistlib.dumps(plist, fmt=plistlib.FMT_XML, sort_keys=True)


# -- Windows: a Shell Link ([MS-SHLLINK]) ------------------------------------------------

_LINK_CLSID = bytes.fromhex("0114020000000000c000000000000046")  # 00021401-0000-...-46
_HAS_LINK_INFO = 0x02
_HAS_NAME = 0x04
_HAS_WORKING_DIR = 0x10
_HAS_ARGUMENTS = 0x20
_HAS_ICON_LOCATION = 0x40
_IS_UNICODE = 0x80
_FILE_ATTRIBUTE_NORMAL = 0x80
_SW_SHOWMINNOACTIVE = 7
_DRIVE_FIXED = 3


def windows_arguments(arguments: Sequence[str]) -> str:
    """Join arguments into one Windows command line (the rules CommandLineToArgvW reads)."""
    parts = []
    for arg in arguments:
        if arg and not any(ch in arg for ch in ' \t\n"'):
            parts.append(arg)
            continue
        out, backslashes = ['"'], 0
        for ch in arg:
            if ch == "\\":
                backslashes += 1
                continue
            if ch == '"':
                out.append("\\" * (2 * backslashes + 1) + '"')
            else:
                out.append("\\" * backslashes + ch)
            backslashes = 0
        out.append("\\" * (2 * backslashes) + '"')
        parts.append("".join(out))
    return " ".join(parts)


def _counted(text: str) -> bytes:
    data = text.encode("utf-16-le")
    return struct.pack("<H", len(data) // 2) + data


def shell_link(command: Sequence[str], description: str = "") -> bytes:
    """A .lnk shortcut to command[0] (an absolute Windows path) with the other arguments,
    started minimised; it opens no console."""
    target = PureWindowsPath(command[0])
    if not target.drive:
        raise ValueError(f"a shortcut needs an absolute path with a drive: {command[0]}")
    flags = _HAS_LINK_INFO | _HAS_WORKING_DIR | _HAS_ARGUMENTS | _HAS_ICON_LOCATION | _IS_UNICODE
    if description:
        flags |= _HAS_NAME
    header = struct.pack(
        "<I16sIIQQQIiIHHII",
        0x4C,
        _LINK_CLSID,
        flags,
        _FILE_ATTRIBUTE_NORMAL,
        0,  # creation, access and write times: unknown
        0,
        0,
        0,  # file size: unknown
        0,  # icon index
        _SW_SHOWMINNOACTIVE,
        0,  # no hot key
        0,
        0,
        0,
    )
    # LinkInfo: volume and local path, in the ANSI code page and (header size 0x24) UTF-16.
    ansi_path = str(target).encode("mbcs" if sys.platform == "win32" else "cp932", "replace")
    volume = struct.pack("<IIII", 0x10 + 1, _DRIVE_FIXED, 0, 0x10) + b"\0"
    header_size = 0x24
    volume_offset = header_size
    base_offset = volume_offset + len(volume)
    suffix_offset = base_offset + len(ansi_path) + 1
    base_unicode_offset = suffix_offset + 1
    unicode_path = str(target).encode("utf-16-le") + b"\0\0"
    suffix_unicode_offset = base_unicode_offset + len(unicode_path)
    body = volume + ansi_path + b"\0" + b"\0" + unicode_path + b"\0\0"
    link_info = (
        struct.pack(
            "<IIIIIIIII",
            header_size + len(body),
            header_size,
            0x1,  # VolumeIDAndLocalBasePath
            volume_offset,
            base_offset,
            0,  # no network share
            suffix_offset,
            base_unicode_offset,
            suffix_unicode_offset,
        )
        + body
    )
    strings = b""
    if description:
        strings += _counted(description)
    strings += _counted(str(target.parent))  # working folder
    strings += _counted(windows_arguments(command[1:]))
    strings += _counted(str(target))  # icon: the executable's own
    return header + link_info + strings + b"\0\0\0\0"  # no extra data blocks


# -- applying --------------------------------------------------------------------------


def entry_bytes(command: Sequence[str], platform: str | None = None) -> bytes:
    """The login entry's file content for *platform* that runs *command*."""
    kind = platform_kind(platform)
    if kind == "windows":
        return shell_link(command, f"{APP_NAME} (tray)")
    if kind == "macos":
        return launch_agent(command)
    return desktop_entry(command).encode("utf-8")


def is_enabled(path: Path | None = None) -> bool:
    """Whether the login entry exists (and, on XDG desktops, is not switched off)."""
    path = entry_path() if path is None else path
    if not path.is_file():
        return False
    if path.suffix == ".desktop":
        try:
            return _xdg_enabled(path.read_text("utf-8", errors="replace"))
        except OSError:
            return False
    return True


def enable(command: Sequence[str], path: Path | None = None, platform: str | None = None) -> Path:
    """Write the login entry (atomically, replacing an older one); return its path."""
    path = entry_path(platform) if path is None else path
    data = entry_bytes(command, platform)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    if platform_kind(platform) != "windows":
        os.chmod(partial, 0o644)  # launchd refuses agents that others may write
    os.replace(partial, path)
    return path


def disable(path: Path | None = None) -> None:
    """Remove the login entry if there is one."""
    path = entry_path() if path is None else path
    path.unlink(missing_ok=True)


def refresh(command: Sequence[str], path: Path | None = None, platform: str | None = None) -> bool:
    """Rewrite an existing, switched-on entry that runs another command (the app moved or
    was reinstalled elsewhere); True if it was rewritten."""
    path = entry_path(platform) if path is None else path
    if not is_enabled(path):
        return False
    wanted = entry_bytes(command, platform)
    try:
        if path.read_bytes() == wanted:
            return False
    except OSError:
        return False
    enable(command, path, platform)
    return True
