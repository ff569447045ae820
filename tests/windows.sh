#!/usr/bin/env bash
# Compiles every crate and test of the workspace for Windows (issue 20), so no Windows code
# path ships without having been compiled. Where rustup cannot download Windows' standard
# library (this project's CI is offline but for package registries), Debian's rustc-web and its
# source (rust-web-src) build std for x86_64-pc-windows-gnu (-Zbuild-std; RUSTC_BOOTSTRAP lets
# a stable compiler do that). MinGW compiles the C that build scripts build (SQLite).
# `cargo clippy` type-checks, lints (warnings are errors, as on Linux) and runs build scripts;
# nothing is linked. The MSVC target and macOS
# need their SDKs: the GitHub workflow builds and tests those.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$SESAME_ROOT"

target=x86_64-pc-windows-gnu
if [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/bin/cargo ]; then
  say "Windows: cargo clippy of the workspace for $target ($(/usr/bin/rustc --version), std from source)"
  # /usr/bin first, so that cargo finds Debian's clippy beside it rather than rustup's.
  PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_DIR="$SESAME_ROOT/target/windows-check" \
    /usr/bin/cargo clippy --locked --workspace --all-targets -Zbuild-std=std,panic_abort \
    --target "$target" -- -D warnings
else
  say "Windows: cargo clippy of the workspace for $target (rustup's std)"
  rustup target add "$target"
  CARGO_TARGET_DIR="$SESAME_ROOT/target/windows-check" \
    cargo clippy --locked --workspace --all-targets --target "$target" -- -D warnings
fi
