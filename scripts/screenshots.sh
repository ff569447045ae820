#!/usr/bin/env bash
# Regenerates the README's screenshots from the real app: the end-to-end scenario runs under a
# virtual display and saves the window at each step into docs/ (light and dark main window,
# quick copy, scan and import previews, a locked profile).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
SESAME_SETUP_TEST=1 sesame_setup
cd "$SESAME_ROOT"
build_ui
export SESAME_SCREENSHOT_DIR="$SESAME_ROOT/docs"
with_test_desktop cargo test --locked --test e2e
say "Screenshots written to docs/"
