#!/usr/bin/env bash
# The QR benchmark: generates the corpus (bench/qr/generate.py, 310 images, deterministic),
# decodes it with Sesame's ladder, plain rqrr, zxing-cpp (PyPI) and zbarimg (Debian's
# zbar-tools), and prints the comparison table (bench/qr/compare.py). Then measures the peak
# memory of `sesame-cli scan` on hostile and on the largest allowed inputs (bench/qr/memory.sh).
# Usage: bench/qr/run.sh [OUT_DIR]   (default target/qr-bench; release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/setup.sh
install_apt_packages zbar-tools python3-venv
out="${1:-target/qr-bench}"
venv="target/qr-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r bench/qr/requirements.txt
fi
if [ ! -f "$out/corpus/manifest.json" ]; then
  "$venv/bin/python" bench/qr/generate.py "$out/corpus"
fi
cargo build --release -q -p sesame-core --example qr_corpus
echo "decoding with Sesame and plain rqrr …" >&2
target/release/examples/qr_corpus "$out/corpus/manifest.json" sesame rqrr >"$out/rust.jsonl"
"$venv/bin/python" bench/qr/compare.py "$out/corpus" "$out/rust.jsonl" | tee "$out/table.md"
bench/qr/memory.sh "$venv/bin/python" | tee -a "$out/table.md"
