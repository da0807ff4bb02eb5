#!/usr/bin/env bash
# Installs the Debian packages NeuroLeaf needs at run time and in its tests.
# Why a script: CI runs on a clean machine, so every system dependency must live in the
# repository, not in somebody's shell history. Idempotent: only missing packages are installed.
set -euo pipefail

PACKAGES=(
  # Qt 6 (PySide6) on the offscreen and xcb platforms
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrender1 libxi6
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  libxcb-shm0 libxcb-sync1 libxcb-render0 libxcb-glx0
  fonts-dejavu-core
  # colour emoji (🌿 👍🏽 👨‍👩‍👧) instead of empty boxes; no PyPI package ships this font
  fonts-noto-color-emoji
  # a virtual screen and screenshots for the GUI smoke test
  xvfb x11-utils imagemagick
  # microphone recording (sounddevice) and test speech
  libportaudio2 espeak-ng sox
  # rendering exported PDFs to PNG/text in tests
  poppler-utils
  # the sync tests start a throw-away PostgreSQL cluster (initdb/pg_ctl)
  postgresql
  # a real Secret Service keychain for the keychain-unlock tests (headless, dbus-run-session)
  gnome-keyring dbus
  # the offline test traces every process's socket calls (C libraries included)
  strace
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "system packages: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "system packages: done"
else
  echo "system packages missing: ${missing[*]}" >&2
  echo "Run this once, then try again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
