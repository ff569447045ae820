#!/usr/bin/env bash
# Sets up everything the tests need, then runs all of them: the UI's type check and unit tests,
# formatting and lints, every Rust test (core, CLI, IPC on Tauri's mock runtime, and the real
# app end to end) under a virtual display, a private session bus and an unlocked gnome-keyring,
# and the release checks: the workflows, the Windows and macOS builds, and the Linux packages
# installed on a fresh Debian 12.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
SESAME_SETUP_TEST=1 sesame_setup
cd "$SESAME_ROOT"
# Sesame speaks the system's language: the tests expect English unless they choose another
# (the end-to-end test starts the app in Russian and Arabic itself).
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8

say "UI: type check, formatting, lints and unit tests"
npm --prefix ui run check
npm --prefix ui test
build_ui

say "Rust: formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Rust: building the tests"
cargo test --workspace --locked --no-run

say "Rust: every test, with the real app, display, session bus and keyring"
with_test_desktop cargo test --workspace --locked --no-fail-fast

say "Release: the GitHub workflows, Windows and macOS builds, and the Linux packages"
./tests/workflows.sh
./tests/cross-check.sh
# Link-time optimisation off for the tested build, to keep a cold run within CI's budget on two
# cores; the packaging configuration is the same.
CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 ./scripts/package.sh
./tests/package/run.sh
