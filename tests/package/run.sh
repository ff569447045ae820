#!/usr/bin/env bash
# The test of the Linux packages as a person gets them (issue 20), run by scripts/test.sh after
# scripts/package.sh has built them:
#   - the .deb declares exactly what its binaries link, as dpkg-shlibdeps computes it anew from
#     the package's own files, plus the library Sesame loads at run time; the .rpm requires the
#     same libraries by soname;
#   - the .rpm holds the files the .deb holds;
#   - the .deb installs with apt into a fresh Debian 12 root (mmdebstrap) that has none of the
#     build tools, and works there (tests/package/inside.sh).
# Needs root (or sudo) for mmdebstrap, and the network to Debian's mirrors.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/setup.sh"
cd "$SESAME_ROOT"

# Loaded with dlopen, so no binary names them: the tray's indicator library.
DLOPENED_DEB=(libayatana-appindicator3-1)
DLOPENED_SONAMES=(libayatana-appindicator3.so.1)

fail() { printf 'package test: %s\n' "$*" >&2; exit 1; }

debs=(target/release/bundle/deb/*.deb)
rpms=(target/release/bundle/rpm/*.rpm)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in target/release/bundle/deb: run scripts/package.sh"
[ ${#rpms[@]} -eq 1 ] && [ -f "${rpms[0]}" ] || fail "expected one .rpm in target/release/bundle/rpm: run scripts/package.sh"
deb="$(realpath "${debs[0]}")"
rpm="$(realpath "${rpms[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say "Package sizes"
ls -l "$deb" "$rpm"

say "The .deb's dependencies against dpkg-shlibdeps"
dpkg-deb -x "$deb" "$work/deb"
bins=("$work/deb/usr/bin/sesame" "$work/deb/usr/bin/sesame-cli")
computed="$(shlibs_depends "${bins[@]}")"
declared="$(dpkg-deb -f "$deb" Depends)"
echo "computed: $computed"
echo "declared: $declared"
entries() { tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -v '^$' | sort -u; }
names() { entries | sed 's/ .*//' | sort -u; }
# Tauri adds unversioned entries for the libraries it always uses; dpkg takes the strictest.
if [ "$( { names <<<"$computed"; printf '%s\n' "${DLOPENED_DEB[@]}"; } | sort -u)" != "$(names <<<"$declared")" ]; then
  fail "the .deb depends on other packages than its binaries need, plus ${DLOPENED_DEB[*]}"
fi
missing="$(comm -23 <(entries <<<"$computed") <(entries <<<"$declared"))"
[ -z "$missing" ] || fail "the .deb lacks these dependencies as computed: $missing"

say "The .rpm's requirements and files"
needed="$( { linked_sonames "${bins[@]}"; printf '%s()(64bit)\n' "${DLOPENED_SONAMES[@]}"; } | sort -u)"
required="$(rpm -qpR "$rpm" 2>/dev/null | grep -v '^rpmlib(' | sed 's/ *$//' | sort -u)"
echo "$required"
if [ "$needed" != "$required" ]; then
  diff <(echo "$needed") <(echo "$required") || true
  fail "the .rpm's requirements differ from the sonames its binaries link, plus ${DLOPENED_SONAMES[*]} (left: expected; right: rpm -qpR)"
fi
deb_files="$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {sub(/^\.?\/?/, "/", $6); print $6}' | sort)"
rpm_files="$(rpm -qpl "$rpm" 2>/dev/null | while read -r f; do [ -d "$work/deb$f" ] || echo "$f"; done | sort)"
echo "$rpm_files"
[ "$deb_files" = "$rpm_files" ] || { diff <(echo "$deb_files") <(echo "$rpm_files") || true; fail "the .rpm and the .deb hold different files"; }
for f in /usr/bin/sesame /usr/bin/sesame-cli /usr/share/applications/Sesame.desktop \
  /usr/share/metainfo/org.sesame.authenticator.metainfo.xml /usr/share/doc/sesame/copyright \
  /usr/share/icons/hicolor/{32x32,48x48,64x64,128x128,256x256,512x512}/apps/sesame.png; do
  grep -qx "$f" <<<"$rpm_files" || fail "the packages lack $f"
done

say "Installing the .deb into a fresh Debian 12 root"
# Downloaded packages are kept between runs on this machine (a cold run fetches ~150 MiB).
cache="$SESAME_ROOT/target/package-test/apt-cache"
mkdir -p "$cache"
cp "$deb" "$work/sesame.deb"
cp "$SESAME_ROOT/tests/package/inside.sh" "$work/inside.sh"
shots="${SESAME_SCREENSHOT_DIR:-$SESAME_ROOT/target/package-test}"
mkdir -p "$shots"
# Only apt and the essential packages: no compiler, no -dev package, nothing Sesame builds with.
# The .deb goes in first and alone, so ldd sees only what its own dependencies brought; the
# tools the checks need come after.
as_root mmdebstrap --mode=root --variant=apt --skip=download/empty \
  --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
  --setup-hook="sync-in '$cache' /var/cache/apt/archives" \
  --customize-hook="copy-in '$work/sesame.deb' '$work/inside.sh' /tmp" \
  --customize-hook='chroot "$1" sh -c "cd /tmp && apt-get install -y -q ./sesame.deb"' \
  --customize-hook='chroot "$1" sh /tmp/inside.sh libraries' \
  --customize-hook='chroot "$1" apt-get install -y -q --no-install-recommends passwd xdg-utils desktop-file-utils appstream xvfb xauth dbus dbus-user-session gnome-keyring x11-utils x11-apps' \
  --customize-hook='chroot "$1" sh /tmp/inside.sh installed' \
  --customize-hook="copy-out /tmp/sesame-window.xwd '$work'" \
  --customize-hook="sync-out /var/cache/apt/archives '$cache'" \
  bookworm /dev/null \
  "deb http://deb.debian.org/debian bookworm main" \
  "deb http://deb.debian.org/debian bookworm-updates main" \
  "deb http://deb.debian.org/debian-security bookworm-security main"
as_root chown -R "$(id -u):$(id -g)" "$cache" "$work"
convert "xwd:$work/sesame-window.xwd" "$shots/installed-package.png"
say "The installed package passed; its window: $shots/installed-package.png"
