#!/usr/bin/env bash
# Builds the Linux release packages, .deb and .rpm, where Tauri puts them
# (target/release/bundle/deb/ and target/release/bundle/rpm/), with the Tauri CLI pinned in the
# UI's lockfile: nothing is fetched at build time. The AppImage is left to the release workflow:
# its bundler downloads linuxdeploy from the internet.
#
# The packages' dependencies are computed from the binaries they hold, as Debian's own packages
# do: dpkg-shlibdeps for the .deb, the linked sonames for the .rpm. Tauri adds the tray's
# indicator library, which is loaded at run time. tests/package/run.sh checks the result.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
sesame_setup
cd "$SESAME_ROOT"
tauri=ui/node_modules/.bin/tauri
bins=(target/release/sesame target/release/sesame-cli)

build_ui
say "Building Sesame and sesame-cli (release)"
# What `tauri build` runs, with the CLI in the same build: built alone, the CLI's dependencies
# would be compiled a second time with other features. `tauri bundle` then packs these binaries
# as they are (a beforeBundleCommand would rebuild the app, since --config changes its build).
cargo build --release --locked -p sesame -p sesame-cli --bins --features sesame/custom-protocol

say "Computing the packages' dependencies"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
deb_depends="$(shlibs_depends "${bins[@]}")"
[ -n "$deb_depends" ] || die "dpkg-shlibdeps computed no dependencies"
rpm_requires="$(linked_sonames "${bins[@]}")"
config="$scratch/dependencies.json"
json_list() { local IFS=,; printf '[%s]' "$*"; }
mapfile -t deb < <(tr ',' '\n' <<<"$deb_depends" | sed 's/^ *//; s/ *$//; s/.*/"&"/')
mapfile -t rpm < <(sed 's/.*/"&"/' <<<"$rpm_requires")
printf '{"bundle": {"linux": {"deb": {"depends": %s}, "rpm": {"depends": %s}}}}\n' \
  "$(json_list "${deb[@]}")" "$(json_list "${rpm[@]}")" >"$config"
echo "deb: $deb_depends"
echo "rpm: $(echo $rpm_requires)"

say "Building the .deb and .rpm packages"
"$tauri" bundle --bundles deb,rpm --config "$config"
ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm
