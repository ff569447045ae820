#!/usr/bin/env bash
# Regenerates src-tauri/startup-order.txt, the functions the linker lays out together (build.rs),
# after a change of toolchain or dependencies (bench/app/run.sh reports how many still match).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/setup.sh"
SESAME_SETUP_TEST=1 sesame_setup
install_apt_packages valgrind
cd "$SESAME_ROOT"
build_ui
cargo build --release --locked -p sesame -p sesame-cli
with_test_desktop python3 bench/app/startup_order.py
# Relink with the new order.
cargo build --release --locked -p sesame
