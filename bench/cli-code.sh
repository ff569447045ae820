#!/usr/bin/env bash
# Times `sesame-cli code QUERY`, the whole process, against a 1,000-entry profile protected by
# the real keyring (gnome-keyring in a private D-Bus session). Target: at most 100 ms.
# Usage: bench/cli-code.sh   (release build; needs the test command's packages)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p sesame-cli
cli="$PWD/target/release/sesame-cli"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/xdg" SESAME_DATA_DIR="$scratch/data" CLI="$cli"
mkdir -p "$XDG_DATA_HOME"
dbus-run-session -- bash -c '
  set -euo pipefail
  printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for i in $(seq 1 1000); do
    "$CLI" add "otpauth://totp/Issuer$i:user$i@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Issuer$i" >/dev/null 2>&1
  done
  "$CLI" add "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno" >/dev/null 2>&1
  echo "entries: $("$CLI" list --json | grep -c "\"id\"")"
  times=()
  for run in $(seq 1 25); do
    start=$(date +%s%N)
    "$CLI" code deno >/dev/null
    times+=($(( ($(date +%s%N) - start) / 1000 )))
  done
  sorted=$(printf "%s\n" "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n 13p)
  p95=$(echo "$sorted" | sed -n 24p)
  awk -v m="$median" -v p="$p95" "BEGIN { printf \"sesame-cli code QUERY, 1,001-entry keyring profile, whole process: median %.1f ms, p95 %.1f ms (25 runs; target <= 100 ms)\\n\", m / 1000, p / 1000 }"
' 2> >(grep -v "fd limit" >&2)
