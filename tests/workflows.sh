#!/usr/bin/env bash
# The GitHub workflows cannot run here, so they are validated here (issue 20): against the
# GitHub-workflow JSON schema (check-jsonschema's vendored copy) and by zizmor's security audits
# (offline). Both come from PyPI, pinned, into a venv under target/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$SESAME_ROOT"

venv="$SESAME_ROOT/target/tools/workflow-venv"
tools=(check-jsonschema==0.39.0 zizmor==1.33.1)
stamp="$venv/.installed"
if [ "$(cat "$stamp" 2>/dev/null)" != "${tools[*]}" ]; then
  say "Installing the workflow checkers: ${tools[*]}"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "${tools[@]}"
  echo "${tools[*]}" >"$stamp"
fi

say "GitHub workflows: schema and security audit"
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
"$venv/bin/zizmor" --offline --no-progress .github/workflows/
