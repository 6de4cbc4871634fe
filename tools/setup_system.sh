#!/usr/bin/env bash
# System libraries Qt needs to run (offscreen and on a desktop), a Japanese font, what
# `make dist` needs to build the standalone app and its .deb, and what `make screenshots`
# needs to run the app under Xvfb.
# As root on Debian/Ubuntu the missing ones are installed with apt-get; elsewhere we print
# what to install and carry on (the Python part of the set-up does not need them).
set -u
PY="${PYTHON:-python3}"

# Each entry: alternatives separated by '|' (Ubuntu 24.04 renamed some libraries to *t64).
NEEDED=(
  "libglib2.0-0|libglib2.0-0t64"
  "libegl1"
  "libgl1"
  "libx11-6"
  "libdbus-1-3"
  "libfontconfig1"
  "libfreetype6"
  "libxkbcommon0"
  "fonts-ipafont-gothic|fonts-noto-cjk"
  # make dist: PyInstaller reads libraries' dependencies with objdump; the .deb's desktop
  # entry is checked with desktop-file-validate; the tests read the Windows shortcut we
  # write with an independent reader (lnkinfo).
  "binutils"
  "desktop-file-utils"
  "liblnk-utils"
  # make screenshots: the app on a virtual X server (xvfb-run needs xauth), with trayer as
  # the tray; Qt's xcb platform plugin links these besides what offscreen needs (its
  # error message names only libxcb-cursor0).
  "xvfb"
  "xauth"
  "trayer"
  "libxcb-cursor0"
  "libxcb-icccm4"
  "libxcb-image0"
  "libxcb-keysyms1"
  "libxcb-randr0"
  "libxcb-render-util0"
  "libxcb-shape0"
  "libxcb-xfixes0"
  "libxcb-xkb1"
  "libxkbcommon-x11-0"
  "libx11-xcb1"
)

# PyInstaller bundles libpython3.X.so. Debian's own Python links it statically and ships the
# shared library in a package of its own; a Python built from source needs --enable-shared.
if command -v "$PY" >/dev/null 2>&1; then
  read -r py_prefix py_version py_shared < <("$PY" -c 'import sys, sysconfig
print(sys.base_prefix, "%d.%d" % sys.version_info[:2], sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)' 2>/dev/null || echo "- - -")
  if [ "$py_prefix" = /usr ]; then
    NEEDED+=("libpython${py_version}|libpython${py_version}t64")
  elif [ "$py_shared" = 0 ]; then
    echo "setup: $PY ($py_prefix) has no shared libpython; make dist (PyInstaller) needs a" \
         "Python built with --enable-shared (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)."
  fi
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: not a Debian/Ubuntu system; make sure Qt's runtime libraries (EGL, OpenGL, X11," \
       "fontconfig, freetype, xkbcommon, dbus) and a Japanese font are installed."
  exit 0
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for entry in "${NEEDED[@]}"; do
  found=0
  IFS='|' read -ra choices <<<"$entry"
  for pkg in "${choices[@]}"; do
    if installed "$pkg"; then found=1; break; fi
  done
  [ "$found" = 1 ] || missing+=("${choices[0]}")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  to_install=()
  for pkg in "${missing[@]}"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
      to_install+=("$pkg")
    else
      alt=$(printf '%s\n' "${NEEDED[@]}" | grep -E "^${pkg//./\\.}\|" | cut -d'|' -f2)
      to_install+=("${alt:-$pkg}")
    fi
  done
  apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
else
  echo "setup: Qt needs these packages, which are missing: ${missing[*]}"
  echo "setup: install them with: sudo apt-get install ${missing[*]}"
fi
exit 0
