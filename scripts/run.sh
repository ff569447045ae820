#!/usr/bin/env bash
# Sets up everything Sesame needs, builds it, and starts the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
sesame_setup
build_ui
cd "$SESAME_ROOT"
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  say "No display found (DISPLAY and WAYLAND_DISPLAY are unset): Sesame needs a desktop session."
fi
say "Building and starting Sesame"
exec cargo run --release --bin sesame -- "$@"
