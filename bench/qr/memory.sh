#!/usr/bin/env bash
# Peak memory (RSS) and time of `sesame-cli scan` on hostile inputs and on the largest images
# the limits allow. Target (issue 4): at most 512 MiB for any single input.
# Usage: bench/qr/memory.sh PYTHON   (a Python with Pillow and numpy; run.sh passes its venv's)
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-python3}"
cargo build --release -q -p sesame-cli
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$python" - "$dir" <<'PY'
import struct, sys, zlib
from pathlib import Path
import numpy as np
import qrcode
from PIL import Image

d = Path(sys.argv[1])
(d / "empty.png").write_bytes(b"")
(d / "not-an-image.png").write_text("just text, not an image\n")
Image.new("L", (1, 1), 0).save(d / "one-pixel.png")

def png_bomb(path, w, h):
    """A valid PNG of w x h white grey pixels, streamed so it never exists in memory."""
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    z, row, body = zlib.compressobj(9), b"\x00" + b"\xff" * w, []
    for _ in range(h):
        body.append(z.compress(row))
    body.append(z.flush())
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"".join(body)) + chunk(b"IEND", b""))

png_bomb(d / "bomb-30000x30000.png", 30000, 30000)
png_bomb(d / "bomb-16000x16000.png", 16000, 16000)

qr = qrcode.QRCode(border=4, box_size=6)
qr.add_data("otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME")
code = qr.make_image().convert("RGB")
big = Image.new("RGB", (16384, 2400), (245, 245, 245))
big.paste(code, (9000, 1000))
big.save(d / "largest-rgb-16384x2400-with-code.png", compress_level=1)
big.crop((0, 0, 8192, 2400)).save(d / "truncated.png", compress_level=1)
data = (d / "truncated.png").read_bytes()
(d / "truncated.png").write_bytes(data[: len(data) // 2])
# Noise, so that every rung of the ladder runs and finds nothing.
# Blocky noise (8 px cells) so that the PNG stays under the 64 MiB file limit.
noise = np.random.default_rng(1).integers(0, 256, (775, 800, 4), dtype=np.uint8).repeat(8, 0).repeat(8, 1)
noise[..., 3] = 255
Image.fromarray(noise, "RGBA").save(d / "largest-rgba-6400x6200-noise.png", compress_level=1)
PY
echo
echo "| input | file size | exit | message | peak RSS | time |"
echo "|---|---:|---:|---|---:|---:|"
for f in empty.png not-an-image.png one-pixel.png truncated.png bomb-30000x30000.png \
         bomb-16000x16000.png largest-rgb-16384x2400-with-code.png largest-rgba-6400x6200-noise.png; do
  set +e
  /usr/bin/time -f "%M %e" -o "$dir/time" target/release/sesame-cli scan --json "$dir/$f" >"$dir/out" 2>"$dir/err"
  status=$?
  set -e
  read -r kib secs < <(tail -n1 "$dir/time")
  message="$(head -n1 "$dir/err" | sed "s|$dir/||; s|sesame-cli: ||")"
  found=$(grep -c '"kind": *"account"' "$dir/out" || true)
  if [ "$found" -gt 0 ]; then message="found $found account(s)"; fi
  size=$(du -h "$dir/$f" | cut -f1)
  printf '| %s | %s | %s | %s | %d MiB | %.2f s |\n' "$f" "$size" "$status" "$message" $((kib / 1024)) "$secs"
done
