#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two entry points of the README:
#   packaging/dev.sh run  [opsight args]  install what is missing, build, open the demo warehouse
#   packaging/dev.sh test [ctest args]    install what is missing, build, run every test
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in run|test|build) ;; *) echo "usage: $0 run|test|build [args]" >&2; exit 2 ;; esac

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

packaging/install-deps.sh

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"

case "$mode" in
  run)
    # The app itself explains how to run headless when there is no display.
    exec "$BUILD_DIR/app/opsight" --demo "$@"
    ;;
  test)
    exec ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 600 -j"$(nproc)" "$@"
    ;;
esac
