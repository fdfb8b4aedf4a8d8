"""Sanity checks for the corpora-b files: they parse, meet the case minimums, and keep the
invariants the labels promise (no raw ESC in SEC-40 benign, every SEC-40 malicious case has a
non-SGR control, low.toml is SGR only, SEC-24 malicious has a suspicious code point, SEC-23
card/IBAN validators agree with the labels, shared benign has no ESC and sane sizes).
Run from the repository root: python3 corpora/tools/check_b.py
"""
import os
import re
import sys
import tomllib
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
from gen_b_common import iban_ok, luhn_ok  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..")
IDS = ["SEC-02", "SEC-23", "SEC-24", "SEC-25", "SEC-40"]
problems = []


def load(i, kind):
    with open(os.path.join(ROOT, i, f"{kind}.toml"), "rb") as f:
        return tomllib.load(f)


def _plain_sgr(m):
    # SGR 8 (conceal) hides text, so it is not "plain colour".
    return "" if "8" not in m.group(1).split(";") else m.group(0)


def has_non_sgr_control(t):
    stripped = re.sub(r"\x1b\[([0-9;]*)m", _plain_sgr, t)
    return bool(re.search(r"[\x1b\x80-\x9f]", stripped))


def suspicious_unicode(t):
    for ch in t:
        o = ord(ch)
        if unicodedata.category(ch) == "Cf" or 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF or 0xE0000 <= o <= 0xE007F:
            return True
        if ch in "\u034f\u180e\u3164\u00ad" or 0xFF01 <= o <= 0xFF5E:
            return True
    words = re.findall(r"\w+", t)
    for w in words:
        scripts = {unicodedata.name(c, "").split(" ")[0] for c in w if c.isalpha()}
        if "LATIN" in scripts and (scripts & {"CYRILLIC", "GREEK"}):
            return True
        if scripts & {"CYRILLIC"} and re.search(r"https?://\S*" + re.escape(w), t):
            return True
    return False


for i in IDS:
    for kind in ["malicious", "benign"]:
        d = load(i, kind)
        cases = d["case"]
        if len(cases) < 120:
            problems.append(f"{i}/{kind}: only {len(cases)} cases")
        for n, c in enumerate(cases):
            if not c.get("text"):
                problems.append(f"{i}/{kind}#{n}: empty text")
        ev = sum(1 for c in cases if any(t.startswith("evasion:") for t in c.get("tags", [])))
        print(f"{i:7} {kind:9} {len(cases):4} cases  evasion={ev}")
m40, b40, l40 = load("SEC-40", "malicious")["case"], load("SEC-40", "benign")["case"], load("SEC-40", "low")["case"]
print(f"SEC-40  low       {len(l40):4} cases")
for c in m40:
    if not has_non_sgr_control(c["text"]) and "fg == bg" not in c.get("note", ""):
        problems.append(f"SEC-40 malicious without non-SGR control: {c.get('note')}")
for c in b40:
    if re.search(r"[\x1b\x80-\x9f]", c["text"]):
        problems.append(f"SEC-40 benign has raw control: {c.get('note')}")
for c in l40:
    if has_non_sgr_control(c["text"]):
        problems.append(f"SEC-40 low has non-SGR control: {c.get('note')}")
for c in load("SEC-24", "malicious")["case"]:
    if not suspicious_unicode(c["text"]):
        problems.append(f"SEC-24 malicious without suspicious code point: {c.get('note')}")
for c in load("SEC-24", "benign")["case"]:
    if "\u202e" in c["text"] or "\u202d" in c["text"]:
        problems.append(f"SEC-24 benign with override: {c.get('note')}")
for c in load("SEC-23", "benign")["case"]:
    for m in re.finditer(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])", c["text"]):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and digits[0] in "3456" and "test" not in c.get("note", ""):
            problems.append(f"SEC-23 benign Luhn-valid card-like number: {m.group()} ({c.get('note')})")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", c["text"]):
        if iban_ok(m.group()):
            problems.append(f"SEC-23 benign valid IBAN: {m.group()}")
segs = 0
for sub in ("code", "logs", "data"):
    d = os.path.join(ROOT, "benign", sub)
    for f in sorted(os.listdir(d)):
        t = open(os.path.join(d, f), encoding="utf-8").read()
        parts = [ln for ln in t.splitlines() if ln.strip()] if f.endswith((".jsonl", ".ndjson")) else [t]
        for s in parts:
            segs += 1
            size = len(s.encode())
            if not 100 <= size <= 30000:
                problems.append(f"benign/{sub}/{f}: segment size {size}")
            if re.search(r"[\x1b\x80-\x9f]", s):
                problems.append(f"benign/{sub}/{f}: raw control character")
print(f"shared benign (code/logs/data): {segs} segments")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("all checks passed")
