#!/usr/bin/env python3
"""Lists the functions of Sesame's binary that run while it starts and idles with 1,000
accounts, for the linker to lay out side by side (src-tauri/startup-order.txt; see build.rs).

The app runs under Valgrind's callgrind, which records every function executed, exactly (a
sampling profiler misses the many short ones that run once). Run through
bench/app/startup-order.sh, which builds the app and provides the display, bus and keyring."""

import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import measure  # noqa: E402

OUT = os.path.join(measure.ROOT, "src-tauri", "startup-order.txt")
SECONDS = int(os.environ.get("ORDER_SECONDS", "60"))


def executed(profile, binary):
    """Functions of `binary` that callgrind's profile saw run, in the order it lists them."""
    names, objects, current, seen = {}, {}, None, []
    line_re = re.compile(r"^(ob|fn|cob|cfn)=\((\d+)\)(?: (.*))?$")
    with open(profile, errors="replace") as f:
        for line in f:
            m = line_re.match(line.rstrip("\n"))
            if not m:
                continue
            kind, key, name = m.groups()
            table = objects if kind in ("ob", "cob") else names
            if name is not None:
                table[key] = name
            if kind == "ob":
                current = objects[key]
            elif kind == "fn" and current == binary:
                # callgrind marks recursion levels as name'2.
                seen.append(re.sub(r"'\d+$", "", names[key]))
    return list(dict.fromkeys(seen))


def main():
    binary = os.path.realpath(measure.SESAME)
    with tempfile.TemporaryDirectory() as data:
        measure.vault_with(1000, data)
        profile = os.path.join(data, "callgrind.out")
        app = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={profile}", binary],
            env=dict(os.environ, SESAME_DATA_DIR=data),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(SECONDS)
        app.terminate()
        app.wait()
        functions = executed(profile, binary)
    # Only what the symbol table has: the linker orders by symbol.
    defined = measure.functions_of(binary)
    listed = [f for f in functions if f in defined]
    if len(listed) < 500:
        sys.exit(f"only {len(listed)} functions seen: did the app start under valgrind?")
    with open(OUT, "w") as f:
        f.write("\n".join(listed) + "\n")
    print(f"{len(listed)} functions written to {os.path.relpath(OUT, measure.ROOT)}")


if __name__ == "__main__":
    main()
