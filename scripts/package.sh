#!/usr/bin/env bash
# Builds the Linux release packages, .deb and .rpm, where Tauri puts them
# (target/release/bundle/deb/ and target/release/bundle/rpm/), with the Tauri CLI pinned in the
# UI's lockfile: nothing is fetched at build time. The AppImage is left to the release workflow:
# its bundler downloads linuxdeploy from the internet.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
sesame_setup
cd "$SESAME_ROOT"
say "Building the .deb and .rpm packages"
# The CLI builds the UI first (beforeBuildCommand in tauri.conf.json, run in ui/).
ui/node_modules/.bin/tauri build --bundles deb rpm "$@"
ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm
