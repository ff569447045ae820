#!/usr/bin/env bash
# The app's performance against an empty Tauri window (bench/floor), release builds, under the
# same virtual display, session bus and keyring as the tests. Figures: docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/setup.sh"
SESAME_SETUP_TEST=1 sesame_setup
cd "$SESAME_ROOT"
build_ui
cargo build --release --locked -p sesame -p sesame-cli -p sesame-bench-floor
with_test_desktop python3 bench/app/measure.py
