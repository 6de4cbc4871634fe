"""`make dist`: build the standalone app from build.spec, check it, and pack it.

    python tools/dist.py [--skip-build] [--no-deb]

1. PyInstaller builds dist/RelationDesk/ (one folder; dist/RelationDesk.app too on macOS).
2. The bundle is checked: no library in it misses a library it links to, no link dangles,
   and the folder stays within the size budget (150 MB, `du -sb`).
3. dist/RelationDesk-VERSION-OS-ARCH.tar.gz (a .zip on Windows) holds the folder.
4. On Debian/Ubuntu (dpkg-deb present) dist/relationdesk_VERSION_ARCH.deb installs the folder
   to /opt/relationdesk, `relationdesk` to /usr/bin, a desktop entry (English and Japanese) and
   the icon in the hicolor theme. It has no maintainer scripts: removing it removes only its
   own files, never the user's data (~/.local/share/RelationDesk) or settings. Its Depends are
   the packages that own the system libraries the bundle links to (found with ldd and dpkg -S).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
NAME = "RelationDesk"
PACKAGE = "relationdesk"
BUDGET = 150_000_000  # bytes, the whole one-folder build
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = "/opt/relationdesk"


def version() -> str:
    text = (ROOT / "relationdesk" / "__init__.py").read_text("utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def log(text: str) -> None:
    print(f"dist: {text}", flush=True)


def build() -> Path:
    """Run PyInstaller over build.spec; return dist/RelationDesk."""
    if not (ROOT / "resources" / "icons" / "relationdesk.ico").exists():
        subprocess.run([sys.executable, str(ROOT / "tools" / "icons.py")], check=True)
    pyinstaller = [sys.executable, "-m", "PyInstaller"]
    subprocess.run(
        [
            *pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return DIST / NAME


def folder_size(folder: Path) -> int:
    """Bytes in *folder* as `du -sb` counts them (files and links, each inode once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        total += info.st_size
    return total


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) == b"\x7fELF":
                found.append(path)
    return found


def _ldd(path: Path, folder: Path) -> dict[str, str | None]:
    """{library name: resolved path or None} for one ELF file, as the bundle loads it."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(folder / "_internal"))
    result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
    resolved: dict[str, str | None] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+) => (not found|(\S+))", line)
        if match:
            resolved[match.group(1)] = None if match.group(2) == "not found" else match.group(3)
    return resolved


def check(folder: Path) -> set[str]:
    """Fail on broken links or missing libraries; return the system libraries used."""
    problems = [
        f"dangling link {p}" for p in folder.rglob("*") if p.is_symlink() and not p.exists()
    ]
    system: set[str] = set()
    if sys.platform.startswith("linux") and shutil.which("ldd"):
        inside = str(folder.resolve())
        for path in _elf_files(folder):
            for name, where in _ldd(path, folder).items():
                if where is None:
                    problems.append(f"{path.relative_to(folder)} needs {name}, which is missing")
                elif not os.path.realpath(where).startswith(inside):
                    system.add(os.path.realpath(where))
    size = folder_size(folder)
    log(f"{folder.relative_to(ROOT)}: {size / 1e6:.1f} MB (budget {BUDGET / 1e6:.0f} MB)")
    if size > BUDGET:
        problems.append(f"the one-folder build is {size:,} bytes, over the {BUDGET:,} budget")
    if problems:
        raise SystemExit("dist: " + "\ndist: ".join(problems))
    return system


def archive(folder: Path) -> Path:
    """Pack the folder (links and permissions kept) as .tar.gz, or .zip on Windows."""
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = f"{NAME}-{version()}-{system}-{machine}"
    if sys.platform == "win32":
        target = DIST / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as packed:
            for path in sorted(folder.rglob("*")):
                packed.write(path, Path(NAME) / path.relative_to(folder))
    else:
        target = DIST / f"{stem}.tar.gz"
        app = DIST / f"{NAME}.app"  # macOS: the bundle is what users drag to Applications
        source = app if sys.platform == "darwin" and app.is_dir() else folder
        with tarfile.open(target, "w:gz", compresslevel=6) as packed:
            packed.add(source, arcname=source.name, filter=_owned_by_root)
    log(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")
    return target


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


# -- the Debian package -----------------------------------------------------------------


DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.4
Name=RelationDesk
Name[ja]=RelationDesk
GenericName=Customer Relationships
GenericName[ja]=顧客管理
Comment=Customers, their history and follow-ups in one place, offline
Comment[ja]=お客様の情報・履歴・フォローアップをひとつにまとめて管理（オフライン）
Keywords=CRM;customers;contacts;reminders;
Keywords[ja]=CRM;顧客;顧客管理;名簿;リマインダー;
Exec=relationdesk
TryExec=relationdesk
Icon=relationdesk
Terminal=false
Categories=Office;ContactManagement;
StartupNotify=true
StartupWMClass=RelationDesk
"""


def _dpkg_depends(libraries: set[str]) -> list[str]:
    """The packages that own *libraries* (the C library and the like included)."""
    owners: set[str] = set()
    for library in sorted(libraries):
        result = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if result.returncode != 0:  # /lib -> /usr/lib on merged-/usr systems
            alternative = re.sub(r"^/usr/lib/", "/lib/", library)
            result = subprocess.run(["dpkg", "-S", alternative], capture_output=True, text=True)
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].strip()
            owners.add(package)
        else:
            log(f"warning: no package owns {library}; not listed in Depends")
    return sorted(owners)


def deb(folder: Path, system_libraries: set[str]) -> Path | None:
    """Build dist/relationdesk_VERSION_ARCH.deb with dpkg-deb (None where there is none)."""
    if not shutil.which("dpkg-deb") or not shutil.which("dpkg"):
        log("no dpkg-deb here: no .deb")
        return None
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = WORK / "deb" / f"{PACKAGE}_{version()}_{arch}"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(folder, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    # The bootloader finds its _internal folder through /proc/self/exe, so a link will do.
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"{INSTALL_DIR}/{NAME}")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    entry = applications / f"{PACKAGE}.desktop"
    entry.write_text(DESKTOP_ENTRY, "utf-8")
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        if checked.returncode != 0 or checked.stdout.strip():
            raise SystemExit(f"dist: the desktop entry is not valid:\n{checked.stdout}")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = stage / f"usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(icons / f"{PACKAGE}-{size}.png", target)
    scalable = stage / f"usr/share/icons/hicolor/scalable/apps/{PACKAGE}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icon.svg", scalable)
    docs = stage / "usr" / "share" / "doc" / PACKAGE
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(
        "RelationDesk, proprietary. Third-party notices: "
        f"{INSTALL_DIR}/_internal/relationdesk/data/licenses/\n",
        "utf-8",
    )
    for path in [stage, *stage.rglob("*")]:  # 0755 folders and programs, 0644 the rest
        if path.is_symlink():
            continue
        executable = path.is_dir() or bool(path.stat().st_mode & stat.S_IXUSR)
        path.chmod(0o755 if executable else 0o644)
    installed_kb = (folder_size(stage) + 1023) // 1024
    # The bundled fontconfig and xkbcommon read the system's configuration and keymaps.
    depends = sorted({*_dpkg_depends(system_libraries), "fontconfig-config", "xkb-data"})
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.parent.chmod(0o755)
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {arch}\n"
        "Maintainer: RelationDesk <support@relationdesk.jp>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Recommends: fonts-noto-cjk | fonts-ipafont-gothic\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://relationdesk.jp/\n"
        "Description: desktop CRM for small businesses, Japanese first\n"
        " RelationDesk keeps every customer, contact and follow-up in one local\n"
        " database file, works offline and never loses a record: furigana and\n"
        " 50-sound order, Japanese phone numbers and postal codes, Excel CSV files.\n"
        " .\n"
        " The program is installed in /opt/relationdesk; each user's data stays in\n"
        " ~/.local/share/RelationDesk and is kept when the package is removed.\n",
        "utf-8",
    )
    control.chmod(0o644)
    target = DIST / f"{PACKAGE}_{version()}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB (Depends: "
        f"{', '.join(depends)})")  # fmt: skip
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="pack the existing build")
    parser.add_argument("--no-deb", action="store_true", help="no Debian package")
    args = parser.parse_args()
    folder = DIST / NAME if args.skip_build else build()
    libraries = check(folder)
    archive(folder)
    if sys.platform.startswith("linux") and not args.no_deb:
        deb(folder, libraries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
