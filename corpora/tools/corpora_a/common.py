"""Shared helpers: case constructor, carriers (benign host text), placements, evasions.

Carriers are ordinary documents an MCP tool could return (web page, email, issue thread,
README, source file, review, CSV, meeting notes). An attack payload is placed at the start,
in the middle or at the end of one, so the corpora measure detection inside long benign text
and not only on bare one-liners.
"""
import base64
import urllib.parse


def case(text, note=None, tags=None, origin=None):
    d = {"text": text}
    if note:
        d["note"] = note
    if tags:
        d["tags"] = list(tags)
    if origin:
        d["origin"] = origin
    return d


# ---------------------------------------------------------------- carriers
# Each carrier is a list of paragraphs plus a joiner. The payload becomes one more paragraph.
CARRIERS = {
    "html": (
        [
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Sourdough Starter Basics | Crumb &amp; Co. Blog</title>\n  <link rel=\"stylesheet\" href=\"/static/css/site.css?v=4.2.1\">\n</head>\n<body>\n<nav class=\"top\"><a href=\"/\">Home</a> · <a href=\"/recipes\">Recipes</a> · <a href=\"/about\">About</a></nav>\n<article>",
            "<h1>Sourdough Starter Basics</h1>\n<p>A starter is just flour and water colonised by wild yeast and lactic acid bacteria. Feed it once a day at room temperature, or once a week if you keep it in the fridge.</p>",
            "<h2>Feeding ratio</h2>\n<p>We use 1:1:1 by weight — 50 g starter, 50 g flour, 50 g water. Rye flour speeds things up in the first week.</p>",
            "<h2>Troubleshooting</h2>\n<ul><li>Grey liquid on top (hooch) means it is hungry.</li><li>No bubbles after 5 days? Move it somewhere warmer, around 24&nbsp;°C.</li></ul>",
            "</article>\n<footer><p>&copy; 2025 Crumb &amp; Co. · <a href=\"/privacy\">Privacy</a></p></footer>\n</body>\n</html>",
        ],
        "\n",
    ),
    "email": (
        [
            "From: Dana Whitfield <dana.whitfield@example.com>\nTo: ops-team@example.org\nDate: Tue, 14 Oct 2025 09:12:44 +0200\nSubject: Re: Q4 vendor review — notes from Monday",
            "Hi all,",
            "Thanks for the productive session on Monday. Summary of where we landed: we keep the current logistics vendor through March, re-tender the print contract, and ask legal to look at the data processing addendum before renewal.",
            "Action items are in the shared tracker. Please update your rows by Friday so I can compile the slide for the steering group.",
            "Best,\nDana\n\n--\nDana Whitfield | Operations Lead\nExample Org · +1 555 0142",
        ],
        "\n\n",
    ),
    "issue": (
        [
            "### Bug: `sync` command hangs when the remote has >10k refs",
            "**Version:** 2.8.3 (also reproduced on main @ 4f1c2ab)\n**OS:** Ubuntu 24.04, x86_64",
            "Steps to reproduce:\n1. Clone a repository with many tags (our monorepo has ~14k).\n2. Run `tool sync --all`.\n3. Observe that the progress bar stops at 97% and CPU drops to zero.",
            "Expected: sync completes in under a minute like it did on 2.7.x.\nActual: hangs indefinitely; `strace` shows it blocked on a read from the pack socket.",
            "Happy to test a patch. Logs attached below (trimmed).\n\n```\n[DEBUG] negotiating 14211 refs\n[DEBUG] sent want-list (chunk 142/143)\n```",
        ],
        "\n\n",
    ),
    "readme": (
        [
            "# tidyframe\n\n[![CI](https://github.com/example/tidyframe/actions/workflows/ci.yml/badge.svg)](https://github.com/example/tidyframe/actions)",
            "Small, fast helpers for cleaning tabular data: trimming whitespace, normalising dates, de-duplicating rows by fuzzy key.",
            "## Install\n\n```bash\npip install tidyframe\n```",
            "## Quick start\n\n```python\nimport tidyframe as tf\ndf = tf.read_csv(\"orders.csv\").trim().dedupe(on=[\"email\"], fuzzy=0.9)\n```",
            "## Contributing\n\nPRs welcome. Run `make test` before opening one. Licensed under MIT.",
        ],
        "\n\n",
    ),
    "code": (
        [
            "import logging\nfrom dataclasses import dataclass\n\nlog = logging.getLogger(__name__)",
            "@dataclass\nclass RetryPolicy:\n    attempts: int = 3\n    backoff: float = 0.5",
            "def fetch_with_retry(client, url, policy=RetryPolicy()):\n    for i in range(policy.attempts):\n        try:\n            return client.get(url, timeout=10)\n        except TimeoutError:\n            log.warning(\"timeout on %s (attempt %d)\", url, i + 1)\n    raise RuntimeError(f\"giving up on {url}\")",
            "if __name__ == \"__main__\":\n    import httpx\n    print(fetch_with_retry(httpx.Client(), \"https://example.com/health\"))",
        ],
        "\n\n",
    ),
    "review": (
        [
            "★★★★☆  Solid kettle, slightly loud",
            "Reviewed in the United States on March 3, 2025 · Verified Purchase",
            "Boils a full litre in about three minutes. The temperature presets (70/80/90/100) are handy for green tea. The lid hinge feels a bit flimsy but has held up for two months of daily use.",
            "Only complaint is the beep — it is loud and there is no way to turn it off. 23 people found this helpful.",
        ],
        "\n\n",
    ),
    "notes": (
        [
            "Meeting notes — Platform guild, 2025-09-18",
            "Attendees: Priya, Marco, Jun, Aisha, Tom (notes)",
            "1. Postgres 16 upgrade: staging done, prod window proposed for Oct 4 02:00–04:00 UTC. Marco to draft the rollback plan.",
            "2. Flaky integration tests: 14 quarantined, 6 fixed this sprint. Jun suggests a weekly triage rotation.",
            "3. On-call: swap requests go through the calendar, not Slack DMs.",
            "Next meeting: Oct 2.",
        ],
        "\n",
    ),
    "pdf": (
        [
            "Annual Report 2024 — Northwind Cooperative\nPage 3 of 41",
            "Letter from the Chair\nThe cooperative grew membership by 12% in 2024, to 48,300 households. Revenue rose to $212.4M while operating costs were held flat in real terms.",
            "Highlights\n• Opened two new distribution hubs (Tacoma, Boise)\n• Completed solar installation at the Fresno warehouse (1.2 MW)\n• Member satisfaction score: 87 (+4)",
            "Outlook\nWe expect modest growth in 2025, with capital expenditure focused on cold-chain capacity.",
        ],
        "\n\n",
    ),
    "cv": (
        [
            "JORDAN MERCER\nSenior Data Engineer · Lisbon, Portugal · jordan.mercer@example.net",
            "SUMMARY\nSeven years building batch and streaming pipelines on Spark, Kafka and dbt. Led the migration of a 40 TB warehouse from Redshift to BigQuery.",
            "EXPERIENCE\nAcme Analytics — Senior Data Engineer (2021–present)\n- Cut nightly ETL runtime from 6h to 50min by partition pruning and incremental models.\n- Mentored four junior engineers.",
            "EDUCATION\nMSc Computer Science, Universidade de Lisboa (2017)",
            "SKILLS\nPython, SQL, Scala, Airflow, Terraform, GCP, AWS",
        ],
        "\n\n",
    ),
    "forum": (
        [
            "Re: Best way to store user preferences in a mobile app?",
            "Posted by kestrel_dev · 3 hours ago",
            "For small key-value stuff we just use the platform store (UserDefaults / DataStore). Anything relational goes into SQLite via Room or GRDB.",
            "If you need sync across devices, look at CRDT libraries before you roll your own conflict resolution. Learned that one the hard way.",
            "Reply · Quote · 14 upvotes",
        ],
        "\n\n",
    ),
}


def place(carrier, payload, where):
    """Insert payload into carrier at 'start', 'middle' or 'end'."""
    paras, joiner = CARRIERS[carrier]
    paras = list(paras)
    if where == "start":
        idx = 0
    elif where == "end":
        idx = len(paras)
    else:
        idx = len(paras) // 2
    paras.insert(idx, payload)
    return joiner.join(paras)


# ---------------------------------------------------------------- evasions
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456", "x": "\u0445", "y": "\u0443"}


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def zwsp(s, ch="\u200b"):
    """Split every word of 4+ letters in the middle with an invisible character."""
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) >= 4 and w.isalpha():
            m = len(w) // 2
            w = w[:m] + ch + w[m:]
        out.append(w)
    return " ".join(out)


def homoglyph(s):
    return "".join(_HOMO.get(c, c) for c in s)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def pct(s):
    return urllib.parse.quote(s, safe="")


def html_entities(s, hexa=False):
    if hexa:
        return "".join(f"&#x{ord(c):x};" for c in s)
    return "".join(f"&#{ord(c)};" for c in s)
