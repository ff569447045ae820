#!/usr/bin/env bash
# Compiles and lints every crate and test of the workspace for Windows and macOS (issue 20), so
# no platform's code path ships without having been compiled: `cargo clippy -D warnings`, as on
# Linux, which type-checks and runs build scripts but links nothing.
#
# This project's CI reaches package registries only, so rustup cannot download the other
# systems' standard libraries: Debian's rustc-web builds them from its source (rust-web-src,
# -Zbuild-std; RUSTC_BOOTSTRAP lets a stable compiler do that). Elsewhere, rustup's own are used.
#   Windows (x86_64-pc-windows-gnu): MinGW compiles the C that build scripts build (SQLite).
#   macOS (aarch64-apple-darwin): Apple's SDK cannot be had here. clang compiles objc2's
#     header-free Objective-C helper; SQLite's C needs the SDK's headers, so libsqlite3-sys is
#     pointed at the system SQLite that macOS has instead (nothing is linked).
# The MSVC build, linking, and running the tests are left to the GitHub workflow.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$SESAME_ROOT"

lint() { # lint TARGET
  local target="$1"
  export CARGO_TARGET_DIR="$SESAME_ROOT/target/cross-check"
  if [ -d /usr/lib/rustlib/src/rust/library ] && [ -x /usr/bin/cargo ]; then
    say "$target: cargo clippy of the workspace ($(/usr/bin/rustc --version), std from source)"
    # /usr/bin first, so that cargo finds Debian's clippy beside it rather than rustup's.
    PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
      /usr/bin/cargo clippy --locked --workspace --all-targets -Zbuild-std=std,panic_abort \
      --target "$target" -- -D warnings
  else
    say "$target: cargo clippy of the workspace (rustup's std)"
    rustup target add "$target"
    cargo clippy --locked --workspace --all-targets --target "$target" -- -D warnings
  fi
}

lint x86_64-pc-windows-gnu
CC_aarch64_apple_darwin=clang AR_aarch64_apple_darwin=llvm-ar \
  LIBSQLITE3_SYS_USE_PKG_CONFIG=1 SQLITE3_LIB_DIR=/usr/lib/sesame-no-macos-sdk \
  lint aarch64-apple-darwin
