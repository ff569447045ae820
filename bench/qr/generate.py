#!/usr/bin/env python3
"""Generates the QR benchmark corpus: realistic screenshots (and photos of screens) holding
authenticator QR codes, with a manifest of the texts each image holds.

Deterministic: the same seed gives the same images. Usage:
    generate.py OUT_DIR [--seed N]
Writes OUT_DIR/manifest.json and OUT_DIR/<tier>/<category>-NNN.{png,jpg}.
"""
import argparse
import base64
import io
import json
import math
import random
import string
import urllib.parse
from pathlib import Path

import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ISSUERS = ["AliExpress", "Amazon", "GitHub", "Google", "Proton", "Dropbox", "PayPal", "Steam",
           "Discord", "Mastodon", "Nextcloud", "Bitwarden", "Cloudflare", "Fastmail", "eBay",
           "Zalando", "Etsy", "Coinbase", "Reddit", "Twitch"]
WORDS = ("verify your identity scan the code below with your authenticator app then enter "
         "the six digit code to finish setting up two factor authentication account security "
         "settings password sign in recovery codes keep them somewhere safe backup").split()
FONT_CACHE = {}


def font(size):
    if size not in FONT_CACHE:
        FONT_CACHE[size] = ImageFont.load_default(size=size)
    return FONT_CACHE[size]


def otpauth(rng):
    issuer = rng.choice(ISSUERS)
    user = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 10)))
    secret = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", k=rng.choice([16, 26, 32, 52])))
    label = urllib.parse.quote(f"{issuer}:{user}@example.com", safe=":@")
    extra = rng.choice(["", "&algorithm=SHA1&digits=6&period=30", "&digits=8", "&algorithm=SHA256"])
    return f"otpauth://totp/{label}?secret={secret}&issuer={urllib.parse.quote(issuer)}{extra}"


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def field(num, value):
    if isinstance(value, int):
        return varint(num << 3) + varint(value)
    data = value.encode() if isinstance(value, str) else value
    return varint(num << 3 | 2) + varint(len(data)) + data


def migration(rng, accounts, index=0, size=1):
    """A Google Authenticator export URI (protobuf by hand: the bench has no protoc)."""
    payload = b""
    for _ in range(accounts):
        params = (field(1, rng.randbytes(rng.choice([10, 20])))
                  + field(2, "".join(rng.choices(string.ascii_lowercase, k=8)) + "@example.com")
                  + field(3, rng.choice(ISSUERS)) + field(4, 1) + field(5, 1) + field(6, 2))
        payload += field(1, params)
    payload += field(2, 1) + field(3, size) + field(4, index) + field(5, rng.randint(1, 2**31))
    data = urllib.parse.quote(base64.b64encode(payload).decode(), safe="")
    return f"otpauth-migration://offline?data={data}"


def symbol(text, rng):
    qr = qrcode.QRCode(error_correction=rng.choice([qrcode.constants.ERROR_CORRECT_L,
                                                    qrcode.constants.ERROR_CORRECT_M]),
                       border=0)
    qr.add_data(text)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=bool)


def render(matrix, module, dark, light, resample, quiet=4):
    """The symbol with its quiet zone at `module` px per module (may be fractional)."""
    n = matrix.shape[0] + 2 * quiet
    cells = np.full((n, n), light, dtype=np.uint8)
    cells[quiet:-quiet, quiet:-quiet] = np.where(matrix, dark, light)
    img = Image.fromarray(cells, "L")
    side = max(1, round(n * module))
    return img.resize((side, side), resample).convert("RGB")


def page(rng, w, h, theme):
    """A settings page: header, sidebar, text, buttons, pictures."""
    s = w / 1920
    if theme == "light":
        bg, fg, panel, accent = (rng.randint(240, 255),) * 3, (30, 30, 35), (228, 230, 235), (37, 99, 235)
    else:
        bg, fg, panel, accent = (rng.randint(14, 34),) * 3, (225, 225, 230), (45, 47, 55), (96, 165, 250)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, int(64 * s)], fill=panel)
    d.text((int(24 * s), int(18 * s)), rng.choice(ISSUERS), fill=fg, font=font(int(26 * s)))
    d.rectangle([0, int(64 * s), int(260 * s), h], fill=panel)
    for i in range(rng.randint(6, 12)):
        y = int((100 + 48 * i) * s)
        d.text((int(28 * s), y), rng.choice(WORDS).title(), fill=fg, font=font(int(18 * s)))
    for _ in range(rng.randint(25, 45)):
        x, y = rng.randint(int(300 * s), w - int(400 * s)), rng.randint(int(90 * s), h - int(40 * s))
        words = " ".join(rng.choices(WORDS, k=rng.randint(3, 12)))
        d.text((x, y), words, fill=fg, font=font(int(rng.choice([14, 16, 18, 22]) * s)))
    for _ in range(rng.randint(2, 6)):
        x, y = rng.randint(int(300 * s), w - int(200 * s)), rng.randint(int(90 * s), h - int(80 * s))
        d.rounded_rectangle([x, y, x + int(140 * s), y + int(40 * s)], radius=int(8 * s), fill=accent)
        d.text((x + int(20 * s), y + int(10 * s)), "Continue", fill=(255, 255, 255), font=font(int(18 * s)))
    for _ in range(rng.randint(1, 3)):  # photos and gradients
        x, y = rng.randint(int(300 * s), w - int(500 * s)), rng.randint(int(90 * s), h - int(300 * s))
        pw, ph = int(rng.randint(160, 420) * s), int(rng.randint(100, 260) * s)
        grad = np.linspace(0, 1, pw)[None, :, None] * np.array(rng.choices(range(256), k=3))[None, None, :]
        noise = np.random.default_rng(rng.randint(0, 2**32)).integers(0, 60, (ph, pw, 1))
        img.paste(Image.fromarray(np.clip(grad + noise, 0, 255).astype(np.uint8), "RGB"), (x, y))
    return img, bg, fg


def place(img, code, rng, card, caption_fg, taken):
    """Pastes the code on a card with a caption, somewhere in the content area clear of the
    cards in `taken`, and adds its box there."""
    w, h = img.size
    s = w / 1920
    pad = int(24 * s)
    cw, ch = code.size[0] + 2 * pad, code.size[1] + 2 * pad + int(40 * s)
    for _ in range(200):
        x = rng.randint(int(280 * s), max(int(280 * s), w - cw - 10))
        y = rng.randint(int(80 * s), max(int(80 * s), h - ch - 10))
        if all(x + cw < tx or tx + tw < x or y + ch < ty or ty + th < y for tx, ty, tw, th in taken):
            break
    taken.append((x, y, cw, ch))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([x, y, x + cw, y + ch], radius=int(12 * s), fill=card)
    img.paste(code, (x + pad, y + pad))
    d.text((x + pad, y + pad + code.size[1] + int(8 * s)), "Scan with your authenticator app",
           fill=caption_fg, font=font(int(16 * s)))


def finder_lookalikes(img, rng):
    """Square-in-square icons (three in an L, like a QR's finder patterns) and checkerboards."""
    w, h = img.size
    d = ImageDraw.Draw(img)
    for _ in range(rng.randint(1, 3)):
        m = rng.randint(3, 8)
        x0, y0 = rng.randint(300, w - 40 * m), rng.randint(80, h - 40 * m)
        gap = rng.randint(14, 30) * m
        for dx, dy in [(0, 0), (gap, 0), (0, gap)]:
            x, y = x0 + dx, y0 + dy
            d.rectangle([x, y, x + 7 * m - 1, y + 7 * m - 1], fill=(0, 0, 0))
            d.rectangle([x + m, y + m, x + 6 * m - 1, y + 6 * m - 1], fill=(255, 255, 255))
            d.rectangle([x + 2 * m, y + 2 * m, x + 5 * m - 1, y + 5 * m - 1], fill=(0, 0, 0))
        # noise modules between the corners: looks like data, holds none
        noise = np.random.default_rng(rng.randint(0, 2**32)).random((gap // m, gap // m)) < 0.5
        for (r, c) in zip(*np.nonzero(noise)):
            if r > 8 and c > 8:
                d.rectangle([x0 + c * m, y0 + r * m, x0 + c * m + m - 1, y0 + r * m + m - 1], fill=(0, 0, 0))
    for _ in range(rng.randint(0, 2)):
        m, n = rng.randint(3, 10), rng.randint(6, 16)
        x0, y0 = rng.randint(300, w - n * m - 1), rng.randint(80, h - n * m - 1)
        for r in range(n):
            for c in range(n):
                if (r + c) % 2:
                    d.rectangle([x0 + c * m, y0 + r * m, x0 + c * m + m - 1, y0 + r * m + m - 1], fill=(0, 0, 0))


def photo(img, rng, hard):
    """A phone photo of the screen: perspective, uneven light, noise, softness, JPEG."""
    w, h = img.size
    out_w, out_h = rng.choice([(1600, 1200), (2000, 1500), (1280, 960)])
    desk = Image.new("RGB", (out_w, out_h), tuple(rng.randint(40, 90) for _ in range(3)))
    skew = 0.18 if hard else 0.08
    fill = rng.uniform(0.75, 0.95)
    tw, th = out_w * fill, out_w * fill * h / w
    cx, cy = out_w / 2, out_h / 2
    jitter = lambda v: v * rng.uniform(-skew, skew)
    quad = [(cx - tw / 2 + jitter(tw), cy - th / 2 + jitter(th)), (cx + tw / 2 + jitter(tw), cy - th / 2 + jitter(th)),
            (cx + tw / 2 + jitter(tw), cy + th / 2 + jitter(th)), (cx - tw / 2 + jitter(tw), cy + th / 2 + jitter(th))]
    coeffs = perspective_coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = img.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", img.size, 255).transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    desk.paste(warped, (0, 0), mask)
    a = np.asarray(desk).astype(np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    light = 0.75 + 0.35 * (xx / out_w * rng.uniform(0.3, 1) + yy / out_h * rng.uniform(0, 0.7)) / 1.7
    nprng = np.random.default_rng(rng.randint(0, 2**32))
    a = a * light[..., None] + nprng.normal(0, 9 if hard else 5, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4) if hard else rng.uniform(0.3, 0.8)))


def perspective_coeffs(dst, src):
    """PIL's 8 coefficients mapping output (dst) points back to input (src) points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB"), buf.getvalue()


# One recipe per category: (count, function(rng, hard) -> (image, texts, jpeg_quality or None)).
def make(rng, hard, *, size=(1920, 1080), theme="light", module=(3, 9), integer=True,
         smooth=False, dark_mode=False, contrast=None, blur=None, quality=None, rotate=None,
         codes=1, texts=None, negative=False, lookalikes=False, as_photo=False):
    w, h = size
    img, bg, fg = page(rng, w, h, theme)
    found, taken = [], []
    if lookalikes:
        finder_lookalikes(img, rng)
    if not negative:
        for i in range(codes):
            text = texts[i] if texts else otpauth(rng)
            m = rng.randint(*module) if integer else rng.uniform(*module)
            resample = Image.BICUBIC if smooth else rng.choice([Image.NEAREST, Image.BILINEAR])
            if integer and not smooth:
                resample = Image.NEAREST
            if dark_mode:
                dark, light = rng.randint(200, 245), rng.randint(15, 40)
            elif contrast:
                mid = rng.randint(110, 170)
                gap = rng.randint(*contrast)
                dark, light = mid - gap // 2, mid + gap // 2
            else:
                dark, light = rng.randint(0, 40), 255
            code = render(symbol(text, rng), m, dark, light, resample)
            card = (light,) * 3
            if rotate:
                angle = rng.uniform(*rotate) * rng.choice([-1, 1])
                code = code.rotate(angle, Image.BICUBIC, expand=True, fillcolor=card)
            place(img, code, rng, card, fg if not dark_mode else (200, 200, 200), taken)
            found.append(text)
    if as_photo:
        img = photo(img, rng, hard)
        quality = quality or rng.randint(70, 90)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(*blur)))
    data = None
    if quality:
        img, data = jpeg(img, quality if isinstance(quality, int) else rng.randint(*quality))
    return img, found, data


FOUR_K = (3840, 2160)
MAIN = {
    "light-1080p": (20, lambda r: make(r, False, module=(3, 9))),
    "light-4k": (20, lambda r: make(r, False, size=FOUR_K, module=(2, 9))),
    "small-modules": (20, lambda r: make(r, False, size=r.choice([(1920, 1080), FOUR_K]), module=(2, 3), integer=r.random() < 0.5)),
    "fractional-smooth": (20, lambda r: make(r, False, size=r.choice([(1920, 1080), (2560, 1440)]), module=(2.2, 8.8), integer=False, smooth=r.random() < 0.6)),
    "dark-mode": (20, lambda r: make(r, False, theme="dark", dark_mode=True, size=r.choice([(1920, 1080), FOUR_K]), module=(2, 8))),
    "low-contrast": (20, lambda r: make(r, False, theme=r.choice(["light", "dark"]), contrast=(45, 90), module=(3, 8))),
    "blur": (15, lambda r: make(r, False, module=(4, 9), blur=(0.6, 1.6))),
    "jpeg": (20, lambda r: make(r, False, theme=r.choice(["light", "dark"]), module=(3, 8), quality=(40, 90))),
    "rotated": (15, lambda r: make(r, False, module=(3, 8), rotate=(1, 12))),
    "photo-of-screen": (15, lambda r: make(r, False, module=(5, 9), as_photo=True)),
    "two-codes": (15, lambda r: make(r, False, size=r.choice([(1920, 1080), FOUR_K]), module=(3, 6), codes=2)),
    "migration": (15, lambda r: make(r, False, size=r.choice([(1920, 1080), FOUR_K]), module=(3, 6),
                                      texts=[migration(r, r.randint(1, 10), r.randint(0, 2), 3)])),
    "negative": (25, lambda r: make(r, False, theme=r.choice(["light", "dark"]), negative=True, lookalikes=r.random() < 0.6,
                                    quality=(50, 90) if r.random() < 0.3 else None)),
}
HARDER = {
    "tiny-modules": (12, lambda r: make(r, True, size=r.choice([(1920, 1080), FOUR_K]), module=(1.3, 1.9), integer=False, smooth=True)),
    "steep-rotation": (10, lambda r: make(r, True, module=(3, 7), rotate=(15, 45))),
    "heavy-blur": (8, lambda r: make(r, True, module=(4, 8), blur=(1.8, 2.8))),
    "heavy-jpeg": (10, lambda r: make(r, True, theme=r.choice(["light", "dark"]), module=(2, 4), quality=(15, 35))),
    "faint": (10, lambda r: make(r, True, theme=r.choice(["light", "dark"]), contrast=(18, 40), module=(3, 7))),
    "hard-photo": (10, lambda r: make(r, True, module=(3, 6), as_photo=True)),
    "dark-jpeg-small": (10, lambda r: make(r, True, theme="dark", dark_mode=True, size=FOUR_K, module=(2, 3), quality=(40, 70))),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args()
    manifest = []
    for tier, recipes in (("main", MAIN), ("harder", HARDER)):
        (args.out / tier).mkdir(parents=True, exist_ok=True)
        for category, (count, recipe) in recipes.items():
            for i in range(count):
                rng = random.Random(f"{args.seed}/{tier}/{category}/{i}")
                img, texts, data = recipe(rng)
                ext = "jpg" if data else "png"
                rel = f"{tier}/{category}-{i:03}.{ext}"
                if data:
                    (args.out / rel).write_bytes(data)
                else:
                    img.save(args.out / rel, compress_level=1)
                manifest.append({"file": rel, "tier": tier, "category": category,
                                 "width": img.size[0], "height": img.size[1], "expected": texts})
            print(f"{tier}/{category}: {count}", flush=True)
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} images in {args.out}")


if __name__ == "__main__":
    main()
