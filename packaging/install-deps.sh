#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Opsight needs to build, run and test, and only
# those that are missing (idempotent: a second run installs nothing).
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config
  # Qt 6.4: Core/Gui/Widgets/Network/Concurrent/PrintSupport/Test, Linguist tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # Qt's own strings (OK, Cancel, the file dialog) in the console's languages
  qt6-translations-l10n
  # plotting, storage, algorithms
  libqcustomplot-dev libsqlite3-dev sqlite3 libboost-dev
  # benchmarks: peak memory, JSON of the CLI (bench/*.sh)
  time jq
  # headless GUI runs (tests use the offscreen platform; xvfb-run for screenshots)
  xvfb xauth fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "[deps] all ${#packages[@]} packages present" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "[deps] need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "[deps] installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Try without refreshing the lists first (fast when they are current), then update.
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
  $SUDO apt-get update >&2
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi
