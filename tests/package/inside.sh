#!/bin/sh
# Runs inside the fresh Debian 12 root of tests/package/run.sh, as root.
#   inside.sh libraries   right after `apt-get install ./sesame.deb`, before anything else is
#                         installed: every library the binaries need is there.
#   inside.sh installed   with the check tools installed: the desktop entry, the metainfo, the
#                         link handlers, the CLI, the app's window under Xvfb with a real
#                         session bus and keyring, and the person's data after removal.
set -eu

fail() { echo "inside the fresh root: $*" >&2; exit 1; }
step() { printf '\n--- %s\n' "$*"; }

libraries() {
  for bin in /usr/bin/sesame /usr/bin/sesame-cli; do
    step "ldd $bin"
    ldd "$bin"
    ! ldd "$bin" | grep -q "not found" || fail "$bin: a library does not resolve"
  done
  # Loaded at run time for the tray, so ldd cannot see it.
  ldconfig -p | grep -q "libayatana-appindicator3.so.1 " || fail "libayatana-appindicator3.so.1 is missing"
  for tool in cc gcc cargo rustc npm node pkg-config; do
    ! command -v "$tool" >/dev/null 2>&1 || fail "the root has a build tool: $tool"
  done
}

# A person's account, run as them: HOME, a private session bus and their unlocked login
# keyring (the keyring's files stay in ~/.local/share/keyrings between sessions).
as_person() {
  runuser -u alice -- env -i HOME=/home/alice USER=alice LANG=C.UTF-8 PATH=/usr/bin:/bin \
    XDG_RUNTIME_DIR=/tmp/alice-runtime dbus-run-session -- sh -c '
      printf "alice-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      sh -c "$1"' _ "$1"
}

# RFC 6238's SHA-1 secret; at T=59 s its 6-digit code is 287082 (the RFC's 94287082).
URI='otpauth://totp/Shop:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Shop'

installed() {
  step "the desktop entry and the metainfo validate"
  desktop-file-validate /usr/share/applications/Sesame.desktop
  appstreamcli validate --no-net /usr/share/metainfo/org.sesame.authenticator.metainfo.xml

  step "versions"
  version="$(dpkg-query -W -f='${Version}' sesame)"
  [ "$(sesame --version)" = "sesame $version" ] || fail "sesame --version: $(sesame --version)"
  [ "$(sesame-cli --version)" = "sesame-cli $version" ] || fail "sesame-cli --version: $(sesame-cli --version)"

  useradd --create-home alice
  install -d -o alice -m 700 /tmp/alice-runtime

  step "the package's desktop entry handles otpauth links"
  handler="$(runuser -u alice -- env HOME=/home/alice xdg-mime query default x-scheme-handler/otpauth)"
  [ "$handler" = "Sesame.desktop" ] || fail "xdg-mime names '$handler' for otpauth links"
  handler="$(runuser -u alice -- env HOME=/home/alice xdg-mime query default x-scheme-handler/otpauth-migration)"
  [ "$handler" = "Sesame.desktop" ] || fail "xdg-mime names '$handler' for otpauth-migration links"

  step "sesame-cli computes a code and keeps an account in the keyring-protected profile"
  code="$(runuser -u alice -- env HOME=/home/alice sesame-cli code "$URI" --at 59)"
  [ "$code" = "287082" ] || fail "sesame-cli code gave '$code'"
  as_person "sesame-cli add '$URI' && sesame-cli code Shop --at 59" | tail -n1 | grep -qx 287082 ||
    fail "sesame-cli add or code from the profile failed"

  step "the installed app opens its window under Xvfb"
  as_person '
    xvfb-run -a -s "-screen 0 1024x768x24" sh -c "
      sesame >/tmp/alice-runtime/sesame.log 2>&1 &
      app=\$!
      for i in \$(seq 1 120); do
        if xwininfo -root -tree | grep -q \"\\\"Sesame\\\"\"; then
          sleep 3
          xwd -root -silent >/tmp/sesame-window.xwd
          kill \$app; wait \$app 2>/dev/null || true
          exit 0
        fi
        kill -0 \$app 2>/dev/null || break
        sleep 0.5
      done
      cat /tmp/alice-runtime/sesame.log >&2
      exit 1
    "' || fail "no Sesame window appeared"
  [ -s /tmp/sesame-window.xwd ] || fail "no screenshot of the window"

  step "removing the package keeps the person's data"
  data=/home/alice/.local/share/sesame
  [ -d "$data" ] || fail "no data in $data"
  before="$(cd "$data" && find . -type f | sort | xargs sha256sum)"
  apt-get purge -y -q sesame
  ! command -v sesame >/dev/null 2>&1 || fail "sesame is still installed"
  after="$(cd "$data" && find . -type f | sort | xargs sha256sum)"
  [ "$before" = "$after" ] || fail "removing the package changed $data"
  # And it is still the person's: installed again, the account and its code are there.
  (cd /tmp && apt-get install -y -q ./sesame.deb)
  as_person "sesame-cli code Shop --at 59" | tail -n1 | grep -qx 287082 ||
    fail "after reinstalling, the account is gone"
  echo "every check passed"
}

"$1"
