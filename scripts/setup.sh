#!/usr/bin/env bash
# Installs what Sesame needs to build (and, with --test, to run its whole test suite) when it
# is missing. Sourced by run.sh and test.sh; safe to run again: it installs only what is absent.
# Works as root without sudo, and as a normal user with sudo.

set -euo pipefail

SESAME_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_MIN="20.19"
RUST_MIN="1.90"

# Tauri's prerequisites on Debian/Ubuntu, and what xcap's screen capture links (PipeWire, GBM,
# EGL, Wayland) and builds with (clang for bindgen).
APT_BUILD=(build-essential curl wget file pkg-config libssl-dev libxdo-dev
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev
  libpipewire-0.3-dev libspa-0.2-dev clang libclang-dev libgbm-dev libegl-dev libwayland-dev)
# The real components the tests drive: WebKit's WebDriver, a virtual display, a session bus,
# a Secret Service (gnome-keyring), X clipboard and input tools, zenity (a window to type a code
# into, titled like a sign-in page), and ImageMagick to put a QR
# image on the virtual screen and to take screenshots; KeePassXC, whose CLI makes the .kdbx
# files the KeePass importer is tested with; rclone, whose `serve webdav` is the WebDAV server
# the sync tests use; a StatusNotifier tray (the watcher and gtk-sni-tray's panel) and
# python3-xlib to close a window as a window manager would, for the tray test.
APT_TEST=(webkit2gtk-driver xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools xclip xdotool imagemagick zenity keepassxc rclone
  haskell-status-notifier-item-utils haskell-gtk-sni-tray-utils python3-xlib)
# What the release checks use: a fresh Debian root for the installed-package test (mmdebstrap),
# rpm to read the .rpm, a Python venv for the workflow checkers, and MinGW and llvm-ar for the
# C that the Windows and macOS builds compile. Installed after rustup's toolchain, whose cargo
# stays first on PATH (rustc-web puts another cargo in /usr/bin).
APT_RELEASE_TEST=(mmdebstrap debian-archive-keyring rpm python3-venv gcc-mingw-w64-x86-64 llvm)
# Debian's newer Rust, to build Windows' and macOS's std from source (Ubuntu lacks it: there,
# tests/cross-check.sh adds the targets to rustup's toolchain instead).
APT_RUST_WEB=(rustc-web cargo-web rust-web-src rust-web-clippy)
# The independent readers and writers of other apps' files (tests/readers): Python's
# cryptography and pykeepass, pinned, from PyPI into a venv under target/.
READERS=(cryptography==50.0.2 pykeepass==4.2.0)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "installing system packages needs root: run as root or install sudo"; fi
}

version_at_least() { # version_at_least HAVE WANT
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

install_apt_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  say "Installing system packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

ensure_system_packages() {
  case "$(uname -s)" in
    Linux)
      if command -v apt-get >/dev/null 2>&1; then
        install_apt_packages "${APT_BUILD[@]}"
        if [ "${SESAME_SETUP_TEST:-0}" = 1 ]; then install_apt_packages "${APT_TEST[@]}"; fi
      else
        say "Not a Debian/Ubuntu system: install Tauri's prerequisites yourself (README, 'Other systems')."
      fi ;;
    Darwin) xcode-select -p >/dev/null 2>&1 || die "install Xcode's command line tools first: xcode-select --install" ;;
    *) say "Assuming Tauri's prerequisites are installed (README, 'Other systems')." ;;
  esac
}

ensure_rust() {
  if [ -d "$HOME/.cargo/bin" ]; then export PATH="$HOME/.cargo/bin:$PATH"; fi
  if ! command -v cargo >/dev/null 2>&1; then
    say "Installing Rust (rustup, stable toolchain)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  local have
  have="$(rustc --version | awk '{print $2}')"
  if ! version_at_least "$have" "$RUST_MIN"; then
    command -v rustup >/dev/null 2>&1 || die "Rust $have is older than $RUST_MIN; update it"
    say "Updating Rust $have to the current stable"
    rustup update stable
  fi
}

ensure_node() {
  command -v node >/dev/null 2>&1 ||
    die "Node.js $NODE_MIN or newer is needed to build the UI and was not found. Install it from https://nodejs.org, with nvm (https://github.com/nvm-sh/nvm), or NodeSource's packages; Debian's own nodejs package (18) is too old for Vite."
  local have
  have="$(node --version | tr -d v)"
  version_at_least "$have" "$NODE_MIN" ||
    die "Node.js $have is too old: the UI's build (Vite) needs $NODE_MIN or newer. Install a newer Node from https://nodejs.org or with nvm, then run this again."
}

ensure_ui_packages() {
  local stamp="$SESAME_ROOT/ui/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$SESAME_ROOT/ui/package-lock.json" -nt "$stamp" ]; then
    say "Installing the UI's npm packages"
    npm --prefix "$SESAME_ROOT/ui" ci --no-audit --no-fund
  fi
}

ensure_test_tools() {
  if command -v apt-get >/dev/null 2>&1; then
    install_apt_packages "${APT_RELEASE_TEST[@]}"
    if apt-cache show "${APT_RUST_WEB[0]}" >/dev/null 2>&1; then install_apt_packages "${APT_RUST_WEB[@]}"; fi
  fi
  if ! command -v tauri-driver >/dev/null 2>&1; then
    say "Installing tauri-driver (WebDriver for Tauri apps)"
    cargo install --locked tauri-driver
  fi
}

# The Debian packages the given binaries need, as dpkg-shlibdeps computes them ("libc6 (>= 2.35),
# …"). It wants to run inside a source package: it gets the smallest one.
shlibs_depends() (
  local bins=() b
  for b in "$@"; do bins+=("$(realpath "$b")"); done
  cd "$(mktemp -d)"
  trap 'rm -rf "$PWD"' EXIT
  mkdir debian
  printf 'Source: sesame\n\nPackage: sesame\nArchitecture: any\n' >debian/control
  dpkg-shlibdeps -O "${bins[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p'
)

# The sonames the given binaries link, as rpm names them ("libc.so.6()(64bit)"), one a line.
linked_sonames() {
  local b
  for b in "$@"; do objdump -p "$b" | awk '/NEEDED/ {print $2 "()(64bit)"}'; done | sort -u
}

build_ui() {
  say "Building the UI"
  npm --prefix "$SESAME_ROOT/ui" run build
}

# Runs a command as the tests see the desktop: a virtual display, a private session bus, an
# unlocked gnome-keyring, and throwaway data, config and cache directories (hermetic: no clash
# with a previous run or with the person's own Sesame).
with_test_desktop() (
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
    # -noreset: by default the X server resets when its last client leaves, and a client that
    # connects during the reset is refused ("cannot open display"): tests failed now and then.
    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$@"
  ' _ "$@"
)

# Sets SESAME_READERS_PYTHON, which crates/core/tests/export_readers.rs runs them with.
ensure_readers() {
  local venv="$SESAME_ROOT/target/tools/readers-venv"
  if [ "$(cat "$venv/.installed" 2>/dev/null)" != "${READERS[*]}" ]; then
    say "Installing the export readers: ${READERS[*]}"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "${READERS[@]}"
    echo "${READERS[*]}" >"$venv/.installed"
  fi
  export SESAME_READERS_PYTHON="$venv/bin/python"
}

sesame_setup() {
  ensure_system_packages
  ensure_rust
  ensure_node
  ensure_ui_packages
  if [ "${SESAME_SETUP_TEST:-0}" = 1 ]; then
    ensure_test_tools
    ensure_readers
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  if [ "${1:-}" = "--test" ]; then SESAME_SETUP_TEST=1; fi
  sesame_setup
fi
