#!/usr/bin/env python3
"""Where a WebAssembly file's gzip bytes go, by crate, module and component.

Raw sizes (twiggy) overstate what repetitive code costs once compressed, and
the bundle budget is in gzip. So each group is measured by compressing the
code section without that group's function bodies: the difference is what
the group really costs. Groups overlap in what they share, so the column
does not add up to the total.

Input: a wasm with a name section, built with v0 symbol mangling so each
component's `view` carries the component's name (`scripts/size-breakdown`
makes one). `rustfilt` on PATH demangles the names.

usage: wasm_gzip_groups.py FILE.wasm [ROWS] [GROUP]
       GROUP lists that group's largest functions instead.
       wasm_gzip_groups.py FILE.wasm --match REGEX...
       measures the functions whose name matches each REGEX (a piece that
       cuts across crates, such as every serde reader or every BTreeMap).
"""

import collections
import re
import shutil
import subprocess
import sys
import zlib


def leb(buf, i):
    value = shift = 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def sections(wasm):
    i = 8
    while i < len(wasm):
        kind = wasm[i]
        size, i = leb(wasm, i + 1)
        yield kind, wasm[i : i + size]
        i += size


def skip_limits(body, j):
    flags = body[j]
    _, j = leb(body, j + 1)
    return leb(body, j)[1] if flags & 1 else j


def functions(wasm):
    """(name, body) of every defined function."""
    imported, names, bodies = 0, {}, []
    for kind, body in sections(wasm):
        if kind == 2:  # imports: function indices start after them
            count, j = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, j = leb(body, j)
                    j += length
                desc = body[j]
                j += 1
                if desc == 0:
                    _, j = leb(body, j)
                    imported += 1
                elif desc == 1:
                    j = skip_limits(body, j + 1)
                elif desc == 2:
                    j = skip_limits(body, j)
                else:
                    j += 2
        elif kind == 10:
            count, j = leb(body, 0)
            for _ in range(count):
                length, j = leb(body, j)
                bodies.append(body[j : j + length])
                j += length
        elif kind == 0:
            length, j = leb(body, 0)
            if body[j : j + length] != b"name":
                continue
            j += length
            while j < len(body):
                sub = body[j]
                length, j = leb(body, j + 1)
                if sub == 1:
                    sb, k = body[j : j + length], 0
                    count, k = leb(sb, 0)
                    for _ in range(count):
                        index, k = leb(sb, k)
                        nl, k = leb(sb, k)
                        names[index] = sb[k : k + nl].decode("utf8", "replace")
                        k += nl
                j += length
    raw = [names.get(imported + i, f"?{i}") for i in range(len(bodies))]
    if shutil.which("rustfilt"):
        out = subprocess.run(["rustfilt"], input="\n".join(raw), capture_output=True, text=True)
        demangled = out.stdout.split("\n")
        if len(demangled) >= len(raw):
            raw = demangled[: len(raw)]
    return [(re.sub(r"\[[0-9a-f]{16}\]", "", n), b) for n, b in zip(raw, bodies)]


def group(name):
    m = re.search(r"CompStateInner<kapacitetsradar::[\w:]*::(\w+)>", name)
    if m and "::view" in name:
        return "view " + m.group(1)
    m = re.search(r"kapacitetsradar::components::(\w+)", name)
    if m:
        return "component " + m.group(1)
    m = re.search(r"kapacitetsradar::(core::\w+|\w+)", name)
    if m:
        return "app " + m.group(1)
    m = re.match(r"^[<&\s]*(?:mut |dyn )?(yew::\w+|\w+)", name)
    return m.group(1) if m else "other"


def share(fns, members):
    """What leaving `members` out of the compressed code saves."""
    code = b"".join(b for _, b in fns)
    rest = b"".join(b for i, (_, b) in enumerate(fns) if i not in members)
    return len(zlib.compress(code, 9)) - len(zlib.compress(rest, 9))


def main():
    wasm = open(sys.argv[1], "rb").read()
    fns = functions(wasm)
    if len(sys.argv) > 2 and sys.argv[2] == "--match":
        print(f"{'gzip':>8} {'raw':>8} {'fns':>5}  functions matching")
        for pattern in sys.argv[3:]:
            members = {i for i, (name, _) in enumerate(fns) if re.search(pattern, name)}
            raw = sum(len(fns[i][1]) for i in members)
            print(f"{share(fns, members):8d} {raw:8d} {len(members):5d}  {pattern}")
        return
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    groups = collections.defaultdict(list)
    for i, (name, _) in enumerate(fns):
        groups[group(name)].append(i)
    if len(sys.argv) > 3:
        for i in sorted(groups[sys.argv[3]], key=lambda i: -len(fns[i][1]))[:rows]:
            print(f"{len(fns[i][1]):8d} raw  {fns[i][0][:180]}")
        return
    code = b"".join(b for _, b in fns)
    total = len(zlib.compress(code, 9))
    print(f"code: {len(code)} bytes raw, {total} gzip")
    print(f"{'gzip':>8} {'raw':>8} {'fns':>5}  group")
    measured = []
    for name, members in groups.items():
        left_out = set(members)
        rest = b"".join(b for i, (_, b) in enumerate(fns) if i not in left_out)
        raw = sum(len(fns[i][1]) for i in members)
        measured.append((total - len(zlib.compress(rest, 9)), raw, len(members), name))
    for gz, raw, count, name in sorted(measured, reverse=True)[:rows]:
        print(f"{gz:8d} {raw:8d} {count:5d}  {name}")


if __name__ == "__main__":
    main()
