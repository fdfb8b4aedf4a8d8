"""Shared helpers for corpora-b generators: synthetic random values and a TOML case writer.

Every secret-shaped value is drawn from a seeded PRNG so regenerating a file gives the same
bytes (reviewable diffs); none of them is a real credential.
"""
import base64
import random
import string
import unicodedata

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


class Rand:
    """A seeded source of synthetic values in common token alphabets."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.s(ALNUM, n)

    def hex(self, n):
        return self.s(HEX, n)

    def upnum(self, n):
        return self.s(UPPER_NUM, n)

    def b64(self, n):
        return self.s(B64, n)

    def b64url(self, n):
        return self.s(B64URL, n)

    def digits(self, n):
        return self.s(string.digits, n)

    def lower(self, n):
        return self.s(string.ascii_lowercase, n)

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def b64bytes(self, n, urlsafe=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        out = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    def pem_body(self, nbytes, width=64):
        body = self.b64bytes(nbytes)
        return "\n".join(body[i : i + width] for i in range(0, len(body), width))


def _needs_escape(text):
    if "'''" in text or text.endswith("'") or text.startswith("\n"):
        return True
    for ch in text:
        if ch in "\n\t":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp") or ch in "\u00a0\u3000":
            return True
        if 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF:
            return True
    return False


def basic_string(text, escape_non_ascii=True, escape_all=False):
    """A TOML basic string with every invisible or non-printable character as \\u/\\U escape."""
    out = ['"']
    for ch in text:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F or (escape_non_ascii and o > 0x7E and (escape_all or _invisible(ch))):
            out.append(f"\\u{o:04X}" if o <= 0xFFFF else f"\\U{o:08X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _invisible(ch):
    o = ord(ch)
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp", "Zs", "Mn", "Me"):
        return True
    if 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF:
        return True
    return False


def toml_text(text, force_basic=False, escape_all=False):
    if escape_all:
        return basic_string(text, escape_all=True)
    if force_basic or _needs_escape(text):
        return basic_string(text)
    return "'''\n" + text + "'''"


def write_cases(path, cases, header, origin=None, force_basic=False):
    """Writes `cases` (dicts with text, note, tags, origin) in the corpora TOML format."""
    lines = [f"# {h}" if h else "#" for h in header.splitlines()]
    if origin:
        lines.append(f'origin = "{origin}"')
    lines.append("")
    # A text written twice would count twice in recall and false-positive rates.
    seen = set()
    for c in cases:
        if c["text"] in seen:
            continue
        seen.add(c["text"])
        lines.append("[[case]]")
        lines.append("text = " + toml_text(c["text"], force_basic or c.get("basic", False), c.get("escape_all", False)))
        if c.get("note"):
            lines.append("note = " + basic_string(c["note"], escape_non_ascii=False))
        if c.get("tags"):
            lines.append("tags = [" + ", ".join(basic_string(t) for t in c["tags"]) + "]")
        if c.get("origin"):
            lines.append(f'origin = "{c["origin"]}"')
        lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def case(text, note=None, tags=None, origin=None, basic=False):
    d = {"text": text}
    if note:
        d["note"] = note
    if tags:
        d["tags"] = list(tags)
    if origin:
        d["origin"] = origin
    if basic:
        d["basic"] = True
    return d


def luhn_complete(prefix_digits, total_len, rnd):
    """Random card number with the given prefix, length, and a valid Luhn check digit."""
    body = prefix_digits + rnd.digits(total_len - len(prefix_digits) - 1)
    return body + str(luhn_check_digit(body))


def luhn_check_digit(body):
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_make(country, bban):
    """IBAN with correct mod-97 check digits."""
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def group(s, n=4, sep=" "):
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


def tag_by_note(cases, rules):
    """Adds tags to cases whose note contains a substring: rules = [(substring, tag), ...]."""
    for c in cases:
        note = c.get("note", "")
        for sub, tag in rules:
            if sub in note and tag not in c.setdefault("tags", []):
                c["tags"].append(tag)
        if not c.get("tags"):
            c.pop("tags", None)
    return cases
