#!/usr/bin/env python3
"""Validate every corpus file: TOML shape, origins, non-empty texts, duplicate texts, counts,
evasion share; and that benign/ JSON/JSONL files parse. Exit 1 on any error.

Usage: python3 corpora/tools/check_corpora.py [--min 120]
"""
import glob
import json
import os
import sys
import tomllib

ORIGINS = {"input", "output", "metadata", "server_request"}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def main():
    minimum = 120
    if "--min" in sys.argv:
        minimum = int(sys.argv[sys.argv.index("--min") + 1])
    errors = []
    for path in sorted(glob.glob(os.path.join(ROOT, "SEC-*", "*.toml"))):
        rel = os.path.relpath(path, ROOT)
        try:
            data = tomllib.load(open(path, "rb"))
        except Exception as e:  # noqa: BLE001 - report any parse failure
            errors.append(f"{rel}: does not parse: {e}")
            continue
        default = data.get("origin", "output")
        if default not in ORIGINS:
            errors.append(f"{rel}: bad default origin {default!r}")
        cases = data.get("case", [])
        seen = set()
        origins = {}
        ev = 0
        for i, c in enumerate(cases):
            t = c.get("text")
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{rel}: case {i} has no text")
                continue
            if t in seen:
                errors.append(f"{rel}: case {i} duplicates an earlier text")
            seen.add(t)
            o = c.get("origin", default)
            if o not in ORIGINS:
                errors.append(f"{rel}: case {i} bad origin {o!r}")
            origins[o] = origins.get(o, 0) + 1
            tags = c.get("tags", [])
            if not isinstance(tags, list) or not all(isinstance(x, str) for x in tags):
                errors.append(f"{rel}: case {i} tags must be a list of strings")
            if any(x.startswith("evasion:") for x in tags):
                ev += 1
        # low.toml holds the "Low at most" cases (SGR colour for SEC-40), not a labelled side.
        if len(cases) < minimum and not rel.endswith("low.toml"):
            errors.append(f"{rel}: only {len(cases)} cases (< {minimum})")
        extra = f" evasion={ev} ({100 * ev // max(1, len(cases))}%)" if rel.endswith("malicious.toml") else ""
        print(f"{rel}: {len(cases)} cases, origins={origins}{extra}")
    segs = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "benign", "**", "*"), recursive=True)):
        if os.path.isdir(path):
            continue
        rel = os.path.relpath(path, ROOT)
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"{rel}: not UTF-8")
            continue
        if path.endswith((".jsonl", ".ndjson")):
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        json.loads(line)
                    except ValueError as e:
                        errors.append(f"{rel}:{n}: bad JSON line: {e}")
                    segs += 1
        else:
            if path.endswith(".json"):
                try:
                    json.loads(text)
                except ValueError as e:
                    errors.append(f"{rel}: bad JSON: {e}")
            segs += 1
    print(f"benign/: {segs} segments")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
