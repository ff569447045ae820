#!/usr/bin/env python3
"""Runs zxing-cpp (in process) and zbarimg (a process per image) over the QR corpus, merges
the results of Sesame's ladder and plain rqrr (JSON lines from the qr_corpus example), and
prints the comparison as Markdown: detection rate per category, decode times, false positives.

Usage: compare.py CORPUS_DIR RUST_RESULTS.jsonl [--only-rust]
Decode times run from the file's bytes in memory to the texts (image decoding included) for
Sesame, rqrr and zxing-cpp; zbarimg's include starting its process, so they are shown apart.
"""
import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path


def zxing_results(corpus, manifest):
    import zxingcpp
    from PIL import Image

    out = {}
    for entry in manifest:
        data = (corpus / entry["file"]).read_bytes()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            img = Image.open(io.BytesIO(data))
            img.load()
            found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
            times.append((time.perf_counter() - start) * 1000)
        out[entry["file"]] = ([r.text for r in found if r.valid], sorted(times)[1])
    return out


def zbar_results(corpus, manifest):
    out = {}
    for entry in manifest:
        start = time.perf_counter()
        run = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                              str(corpus / entry["file"])], capture_output=True, text=True)
        ms = (time.perf_counter() - start) * 1000
        # --raw separates symbols with newlines; otpauth URIs hold none.
        out[entry["file"]] = ([t for t in run.stdout.split("\n") if t], ms)
    return out


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))] if values else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("rust", type=Path)
    ap.add_argument("--only-rust", action="store_true", help="skip zxing-cpp and zbarimg")
    args = ap.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text())
    results = defaultdict(dict)  # decoder -> file -> (texts, ms)
    for line in args.rust.read_text().splitlines():
        r = json.loads(line)
        results[r["decoder"]][r["file"]] = (r["texts"], r["ms"])
    if not args.only_rust:
        print("running zxing-cpp …", file=sys.stderr)
        results["zxing-cpp"] = zxing_results(args.corpus, manifest)
        print("running zbarimg …", file=sys.stderr)
        results["zbarimg"] = zbar_results(args.corpus, manifest)
    decoders = [d for d in ("sesame", "rqrr", "zxing-cpp", "zbarimg") if d in results]

    for tier in ("main", "harder"):
        entries = [e for e in manifest if e["tier"] == tier]
        categories = list(dict.fromkeys(e["category"] for e in entries))
        print(f"\n### {tier} set: {len(entries)} images\n")
        print("| category | images | codes | " + " | ".join(decoders) + " |")
        print("|---|---:|---:|" + "---:|" * len(decoders))
        totals = {d: [0, 0] for d in decoders}  # found, false positives
        misses = defaultdict(list)
        for cat in categories + ["all"]:
            group = entries if cat == "all" else [e for e in entries if e["category"] == cat]
            codes = sum(len(e["expected"]) for e in group)
            cells = []
            for d in decoders:
                found = fp = 0
                for e in group:
                    texts = set(results[d][e["file"]][0])
                    hit = len(texts & set(e["expected"]))
                    found += hit
                    fp += len(texts - set(e["expected"]))
                    if cat != "all" and hit < len(e["expected"]):
                        misses[d].append(e["file"])
                rate = f"{100 * found / codes:.0f} %" if codes else "–"
                cells.append(rate + (f" ({fp} FP)" if fp else ""))
                if cat == "all":
                    totals[d] = [found, fp]
            name = "**all**" if cat == "all" else cat
            print(f"| {name} | {len(group)} | {codes} | " + " | ".join(cells) + " |")
        print()
        print("| decoder | found | false positives | 1080p median | 1080p p95 | all median | all p95 | no QR median |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        codes = sum(len(e["expected"]) for e in entries)
        for d in decoders:
            ms = lambda sel: [results[d][e["file"]][1] for e in entries if sel(e)]
            hd = ms(lambda e: (e["width"], e["height"]) == (1920, 1080) and e["expected"])
            every = ms(lambda e: True)
            none = ms(lambda e: not e["expected"])
            fmt = lambda v: f"{v:.1f} ms" if v == v else "–"
            print(f"| {d} | {totals[d][0]}/{codes} | {totals[d][1]} | {fmt(percentile(hd, 50))} | "
                  f"{fmt(percentile(hd, 95))} | {fmt(percentile(every, 50))} | {fmt(percentile(every, 95))} | "
                  f"{fmt(statistics.median(none)) if none else '–'} |")
        for d in decoders:
            print(f"\n<!-- {tier} misses, {d}: {' '.join(misses[d]) or 'none'} -->", file=sys.stderr)


if __name__ == "__main__":
    main()
