#!/usr/bin/env bash
# Sets up everything the tests need, then runs all of them: the UI's type check and unit tests,
# formatting and lints, and every Rust test (core, CLI, IPC on Tauri's mock runtime, and the real
# app end to end) under a virtual display, a private session bus and an unlocked gnome-keyring.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
SESAME_SETUP_TEST=1 sesame_setup
cd "$SESAME_ROOT"

say "UI: type check and unit tests"
npm --prefix ui run check
npm --prefix ui test
build_ui

say "Rust: formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Rust: building the tests"
cargo test --workspace --locked --no-run

say "Rust: every test, with the real app, display, session bus and keyring"
# A throwaway keyring directory and data directory: hermetic, no clash with a previous run.
scratch="$(mktemp -d)"
# The desktop document portal (started by GTK inside the run) may leave a FUSE mount in the
# cache directory: unmount it, and never let cleaning up fail the run.
cleanup() {
  fusermount -u "$scratch/cache/doc" 2>/dev/null || umount "$scratch/cache/doc" 2>/dev/null || true
  rm -rf "$scratch" 2>/dev/null || true
}
trap cleanup EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
export E2E=1 SESAME_REAL_KEYRING=1 NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1
dbus-run-session -- bash -c '
  set -euo pipefail
  printf "sesame-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked --no-fail-fast
'
