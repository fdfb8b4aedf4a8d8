#!/usr/bin/env python3
"""Writes corpora/benign/json/: JSON tool results (one segment per file) and JSONL/NDJSON
transcripts and logs (one segment per line). All values are invented; hosts are example.*;
no credentials, no personal contact data. Re-run to regenerate."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "benign", "json")
rng = random.Random(20251121)


def dump(name, obj, indent=2):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def dump_lines(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


ISSUES = [
    ("Crash when config file is empty", "Running `tool sync` with an empty `tool.toml` panics with `called Option::unwrap() on a None value` at src/config.rs:88. Expected a friendly error.", ["bug"]),
    ("Add --json output to `list`", "It would help scripting if `list` could print JSON like the other commands.", ["enhancement", "good first issue"]),
    ("Docs: clarify proxy settings", "The docs mention HTTPS_PROXY but not NO_PROXY. Took me a while to find out that internal hosts need to be excluded.", ["docs"]),
    ("Slow startup on network drives", "With the project on an SMB share, startup takes 40 s. `strace` shows thousands of stat calls on the cache directory.", ["performance"]),
    ("Support Python 3.13", "The wheels are missing for 3.13. Building from source works but needs Rust installed.", ["packaging"]),
    ("Windows: paths with spaces break `open`", "`tool open \"C:\\Users\\Sam Lee\\Documents\\plan.md\"` opens `C:\\Users\\Sam` instead.", ["bug", "windows"]),
    ("Feature request: ignore patterns per directory", "Something like a `.toolignore` file in subdirectories, similar to .gitignore, so each package in a monorepo can exclude its own build output.", ["enhancement"]),
    ("Dark mode colours are hard to read", "The yellow warning text on the dark theme has very low contrast. Screenshot attached.", ["ui", "accessibility"]),
    ("Flaky test: test_sync_conflict", "Fails roughly 1 in 20 runs on CI with a timeout. Probably a race between the watcher and the writer.", ["ci", "flaky"]),
    ("Upgrade tokio to 1.41", "Dependabot PR #1420 fails because of the changed `JoinSet` API. Needs a small manual fix.", ["dependencies"]),
    ("Override system locale for dates", "Our servers run with LANG=C but reports should use de_DE date formats. A `--locale` flag would solve it.", ["enhancement", "i18n"]),
    ("Memory leak in watch mode", "RSS grows ~50 MB per hour in `watch` mode with 2k files. Heap profile attached; looks like the debounce map never shrinks.", ["bug", "performance"]),
    ("Typo in README", "\"recieve\" → \"receive\" in the Quick start section.", ["docs", "good first issue"]),
    ("Allow previous release notes to be regenerated", "When we fix a typo in a merged PR title, regenerating the notes for a past tag should pick it up.", ["enhancement"]),
    ("Question: how to run behind a corporate firewall?", "Only ports 80/443 are open. Is there a way to use the HTTP transport for everything?", ["question"]),
    ("Broken link to API docs", "The link in the sidebar points to /v1/api which now returns 404.", ["docs"]),
    ("Emoji in filenames break the index", "A file called `notes-🎉.md` is skipped with 'invalid UTF-8', but the name is valid UTF-8.", ["bug", "unicode"]),
    ("ARM64 Docker image", "Please publish linux/arm64 images; we run on Graviton.", ["packaging"]),
]
USERS = ["mlopez", "k-tanaka", "aisha-r", "jun-park", "priya-dev", "tomasz-w", "lea-m", "okafor-n", "sam-rivera", "hanna-k"]


def issues():
    items = []
    for i in range(30):
        t, body, labels = ISSUES[i % len(ISSUES)]
        n = 1450 - i * 3
        items.append({
            "number": n,
            "title": t if i < len(ISSUES) else f"{t} (follow-up)",
            "state": "open" if i % 4 else "closed",
            "labels": [{"name": l, "color": "%06x" % rng.randrange(0xFFFFFF)} for l in labels],
            "user": {"login": USERS[i % len(USERS)], "type": "User"},
            "comments": rng.randrange(0, 25),
            "created_at": f"2025-{(i % 11) + 1:02d}-{(i * 7) % 27 + 1:02d}T{(i * 5) % 24:02d}:14:09Z",
            "html_url": f"https://github.com/example/tool/issues/{n}",
            "body": body,
            "reactions": {"+1": rng.randrange(0, 40), "heart": rng.randrange(0, 5)},
        })
    dump("github-issues-list.json", {"total_count": 30, "incomplete_results": False, "items": items})


def small_results():
    dump("search-results-web.json", {"query": "how to descale an espresso machine", "results": [
        {"title": "How to descale your espresso machine (step by step)", "url": "https://www.example-coffee.com/guides/descale", "snippet": "Mix descaler with water, run half through the group head and steam wand, wait 20 minutes, then run the rest and rinse twice…"},
        {"title": "Citric acid vs. commercial descaler", "url": "https://forum.example-baristas.org/t/citric-vs-commercial/8812", "snippet": "Citric acid works fine at 1 tablespoon per litre; avoid vinegar, it leaves a taste and can harm seals."},
        {"title": "Descaling frequency by water hardness", "url": "https://water.example.gov/hardness-map?region=north", "snippet": "Above 180 mg/L CaCO₃ descale monthly; below 60 mg/L every three to four months."}],
        "took_ms": 212})
    dump("weather-forecast.json", {"location": {"name": "Lisbon", "country": "PT", "lat": 38.72, "lon": -9.14}, "units": "metric", "daily": [
        {"date": f"2025-11-{21 + d}", "min_c": 11 + d % 3, "max_c": 17 + (d * 2) % 4, "precip_mm": [0, 0.4, 6.2, 12.0, 1.1, 0, 0][d], "wind_kph": [12, 18, 31, 40, 22, 10, 8][d], "summary": ["Sunny", "Partly cloudy", "Showers", "Heavy rain and wind", "Light showers", "Clear", "Sunny ☀️"][d]} for d in range(7)]})
    dump("calendar-events.json", {"calendar": "Team Platform", "time_zone": "Europe/Berlin", "events": [
        {"id": "evt_1", "title": "Sprint planning", "start": "2025-11-24T10:00:00+01:00", "end": "2025-11-24T11:30:00+01:00", "recurrence": "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "location": "Room Ada / video link in description"},
        {"id": "evt_2", "title": "Postgres 16 upgrade window", "start": "2025-11-29T02:00:00+01:00", "end": "2025-11-29T04:00:00+01:00", "description": "Rollback plan in the runbook. On-call: data-platform."},
        {"id": "evt_3", "title": "🎂 Team birthday lunch", "start": "2025-11-27T12:30:00+01:00", "end": "2025-11-27T14:00:00+01:00", "location": "Trattoria around the corner"},
        {"id": "evt_4", "title": "Public holiday", "all_day": True, "date": "2025-12-25"}]})
    dump("db-rows-orders.json", {"sql": "SELECT id, status, total_cents, currency, created_at FROM orders ORDER BY created_at DESC LIMIT 8", "columns": ["id", "status", "total_cents", "currency", "created_at"], "rows": [
        [98123 - i, ["paid", "shipped", "open", "refunded"][i % 4], [1999, 4550, 120000, 899, 3200, 15999, 2750, 640][i], ["EUR", "EUR", "USD", "GBP"][i % 4], f"2025-11-20T1{i}:0{i}:00Z"] for i in range(8)], "row_count": 8, "elapsed_ms": 3.8})
    dump("slack-channel-history.json", {"ok": True, "channel": "C0PLATFORM", "messages": [
        {"user": "U01", "text": "Heads up: staging will be down 15 min at 14:00 for the cert rotation", "ts": "1732197600.000100"},
        {"user": "U02", "text": "👍 thanks for the warning", "ts": "1732197660.000200", "reactions": [{"name": "+1", "count": 3}]},
        {"user": "U03", "text": "Can someone review https://github.com/example/app/pull/812 ? Small one, just the retry change", "ts": "1732198000.000300"},
        {"user": "U01", "text": "Done, left two nits. LGTM otherwise 🚀", "ts": "1732198500.000400"},
        {"user": "U04", "text": "Lunch? 🍜 12:30 at the noodle place", "ts": "1732199000.000500"}], "has_more": False})
    dump("jira-issue.json", {"key": "PAY-1882", "fields": {"summary": "Refund webhook delivered twice after retry", "status": {"name": "In Review"}, "priority": {"name": "High"}, "issuetype": {"name": "Bug"}, "assignee": {"displayName": "Jun P."}, "labels": ["payments", "webhooks"],
        "description": "When our endpoint times out after processing, the provider retries and we create a second refund record. We should deduplicate on the event id.\n\nAcceptance criteria:\n* Same event id processed once\n* Metric for duplicates dropped\n* Test with a simulated timeout",
        "comment": {"comments": [{"author": {"displayName": "Priya S."}, "body": "PR is up; using a unique index on event_id plus ON CONFLICT DO NOTHING."}]}}})
    dump("mcp-call-tool-result.json", {"content": [{"type": "text", "text": "Found 3 files matching '*.toml':\n./Cargo.toml\n./rustfmt.toml\n./deny.toml"}], "isError": False})
    dump("mcp-tools-list-result.json", {"tools": [
        {"name": "read_file", "description": "Read a UTF-8 text file from the workspace and return its contents.", "inputSchema": {"type": "object", "properties": {"path": {"type": "string", "description": "Path relative to the workspace root."}}, "required": ["path"]}},
        {"name": "search", "description": "Search file contents with a regular expression. Returns matching lines with file and line number.", "inputSchema": {"type": "object", "properties": {"pattern": {"type": "string"}, "glob": {"type": "string", "description": "Optional file filter, e.g. **/*.rs"}}, "required": ["pattern"]}},
        {"name": "run_tests", "description": "Run the project's test command and return the summary. Takes up to two minutes.", "inputSchema": {"type": "object", "properties": {"filter": {"type": "string"}}}}]})
    dump("npm-package-info.json", {"name": "tiny-date-fmt", "dist-tags": {"latest": "2.3.1", "next": "3.0.0-beta.2"}, "description": "Format dates with Intl, in 1 kB", "license": "MIT", "repository": {"type": "git", "url": "git+https://github.com/example/tiny-date-fmt.git"}, "versions": ["1.0.0", "1.1.0", "2.0.0", "2.3.0", "2.3.1"], "weekly_downloads": 184220, "dependencies": {}})
    dump("invoices-list.json", {"object": "list", "data": [{"id": f"in_{1000 + i}", "status": ["paid", "open", "void"][i % 3], "amount_due": [4900, 19900, 4900, 9900, 4900][i], "currency": "usd", "period_start": f"2025-{i + 6:02d}-01", "hosted_invoice_url": f"https://invoices.example-billing.com/i/acct_demo/in_{1000 + i}"} for i in range(5)], "has_more": False})
    dump("git-log.json", [{"sha": "7d3c9e1", "author": "sam-rivera", "date": "2025-11-19", "message": "Retry idempotent requests on 503"}, {"sha": "a81f002", "author": "priya-dev", "date": "2025-11-18", "message": "Ignore previous cache entries when the schema version changes"}, {"sha": "c0ffee1", "author": "jun-park", "date": "2025-11-17", "message": "docs: explain NO_PROXY"}, {"sha": "5eed5ed", "author": "lea-m", "date": "2025-11-15", "message": "Override default timeout in integration tests"}])
    dump("file-tree.json", {"root": "/workspace/app", "entries": [{"path": p, "type": t, "size": s} for p, t, s in [("src", "dir", None), ("src/main.rs", "file", 1840), ("src/system", "dir", None), ("src/system/mod.rs", "file", 612), ("src/system/instructions.rs", "file", 2304), ("tests", "dir", None), ("tests/override_test.rs", "file", 1433), (".gitignore", "file", 88), ("README.md", "file", 3201)]]})
    dump("geocode-result.json", {"query": "Praça do Comércio, Lisboa", "results": [{"formatted": "Praça do Comércio, 1100-148 Lisboa, Portugal", "lat": 38.7075, "lon": -9.1364, "confidence": 0.97, "components": {"city": "Lisboa", "country_code": "pt"}}]})
    dump("translation-result.json", {"source_lang": "en", "text": "Where is the train station?", "translations": {"de": "Wo ist der Bahnhof?", "es": "¿Dónde está la estación de tren?", "fr": "Où est la gare ?", "ja": "駅はどこですか？", "zh": "火车站在哪里？", "ar": "أين محطة القطار؟", "he": "איפה תחנת הרכבת?", "hi": "रेलवे स्टेशन कहाँ है?", "ko": "기차역이 어디예요?", "ru": "Где вокзал?"}})
    dump("playlist.json", {"name": "Sunday morning ☕🎶", "owner": "demo-user", "tracks": [{"title": "Café da Manhã", "artist": "Trio Example", "duration_s": 214}, {"title": "夜明けのワルツ", "artist": "Example Quartet", "duration_s": 188}, {"title": "Rainy Window 🌧️", "artist": "Lo-Fi Example", "duration_s": 162}, {"title": "Chanson pour Léa", "artist": "Les Exemples", "duration_s": 201}]})
    dump("news-api-multilingual.json", {"articles": [
        {"lang": "de", "title": "Bahn kündigt neue Sprinterverbindungen an", "source": "example-news.de"},
        {"lang": "es", "title": "La ola de calor remite en el sur de España", "source": "example-noticias.es"},
        {"lang": "fr", "title": "Le festival de jazz annonce sa programmation", "source": "example-actu.fr"},
        {"lang": "zh", "title": "高铁新线路今日开通运营", "source": "example-xinwen.cn"},
        {"lang": "ja", "title": "紅葉シーズン、観光客が増加", "source": "example-news.jp"},
        {"lang": "ar", "title": "افتتاح معرض الكتاب الدولي", "source": "example-akhbar.example"},
        {"lang": "he", "title": "נפתח מסלול אופניים חדש לאורך החוף", "source": "example-hadashot.example"},
        {"lang": "hi", "title": "शहर में नया मेट्रो स्टेशन शुरू", "source": "example-samachar.in"}]})
    dump("k8s-pods.json", {"kind": "PodList", "items": [{"metadata": {"name": f"web-7f9c{i}d-x{i}k2", "namespace": "web"}, "status": {"phase": "Running" if i != 3 else "CrashLoopBackOff", "restartCount": 0 if i != 3 else 14, "containerStatuses": [{"name": "web", "ready": i != 3, "image": "registry.example.com/web:1.14.2"}]}} for i in range(5)]})
    dump("sentry-event.json", {"id": "b2c9e1f0", "title": "TypeError: Cannot read properties of undefined (reading 'id')", "level": "error", "platform": "javascript", "culprit": "checkout/summary.tsx in renderLineItems", "tags": {"browser": "Firefox 132", "release": "web@5.12.0", "environment": "production"},
        "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'id')", "stacktrace": {"frames": [{"filename": "app/checkout/summary.tsx", "function": "renderLineItems", "lineno": 48, "context_line": "  return items.map(i => <Line key={i.product.id} {...i} />)"}, {"filename": "app/checkout/page.tsx", "function": "CheckoutPage", "lineno": 21}]}}]}, "count": 312, "userCount": 97})
    dump("openapi-snippet.json", {"openapi": "3.1.0", "info": {"title": "Notes API", "version": "1.2.0"}, "paths": {"/notes": {"get": {"summary": "List notes", "parameters": [{"name": "tag", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A list of notes"}}}, "post": {"summary": "Create a note", "security": [{"bearerAuth": []}], "responses": {"201": {"description": "Created"}}}}}, "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}}}, indent=None)


def transcripts():
    support = [
        {"role": "system", "content": "You are the support assistant for Example Cloud. Be concise and friendly. Hand over to a human for billing disputes."},
        {"role": "user", "content": "Hi, my static site shows a 404 after I renamed the project."},
        {"role": "assistant", "content": "Sorry about that! Renaming a project changes its default URL. Your site is now at the new subdomain; the old one redirects for 30 days only if you enabled redirects. Want me to check?"},
        {"role": "user", "content": "Yes please. Project is called garden-blog."},
        {"role": "assistant", "content": "Thanks. Redirects are off for garden-blog. You can turn them on under Settings → Domains → Legacy redirects."},
        {"role": "user", "content": "Done, works now 🎉"},
        {"role": "assistant", "content": "Great! Anything else I can help with?"},
        {"role": "user", "content": "Also, can I ignore the warning about the build cache? It says 'previous cache invalid'."},
        {"role": "assistant", "content": "Yes, that's harmless. It means the cache from the previous build couldn't be reused (for example after changing the Node version), so this build started fresh."},
        {"role": "user", "content": "Makes sense. Last thing: how do I add a teammate?"},
        {"role": "assistant", "content": "Go to Team → Invite and enter their email. They'll get a link valid for 7 days. Admins can change roles later."},
        {"role": "user", "content": "Thanks, that's all!"},
        {"role": "assistant", "content": "You're welcome — have a good day! 👋"},
    ]
    dump_lines("chat-transcript-support.jsonl", support)
    agent = []
    steps = [
        ("user", "Find why the nightly report job failed and suggest a fix."),
        ("tool_call", {"name": "search_logs", "arguments": {"service": "reports", "since": "24h", "level": "error"}}),
        ("tool_result", "2025-11-20T02:00:14Z ERROR reports.nightly: division by zero in conversion_rate (sessions=0) for region=APAC"),
        ("tool_call", {"name": "read_file", "arguments": {"path": "reports/metrics.py"}}),
        ("tool_result", "def conversion_rate(orders, sessions):\n    return orders / sessions\n"),
        ("assistant", "The job failed because APAC had zero sessions on 19 November (tracking outage), so conversion_rate divided by zero."),
        ("tool_call", {"name": "edit_file", "arguments": {"path": "reports/metrics.py", "old": "    return orders / sessions", "new": "    return orders / sessions if sessions else None"}}),
        ("tool_result", "Edited reports/metrics.py (1 change)"),
        ("tool_call", {"name": "run_tests", "arguments": {"filter": "metrics"}}),
        ("tool_result", "12 passed, 0 failed in 0.84s"),
        ("assistant", "Fixed: conversion_rate now returns None when there are no sessions, and the report shows 'n/a'. Tests pass. You may also want an alert for zero-session days."),
        ("user", "Great, open a PR please."),
        ("tool_call", {"name": "create_pull_request", "arguments": {"title": "Handle zero sessions in conversion_rate", "body": "Nightly report crashed on 2025-11-20 when APAC had no sessions.", "base": "main"}}),
        ("tool_result", "Created PR #812: https://github.com/example/app/pull/812"),
        ("assistant", "PR #812 is open."),
    ]
    for i, (kind, payload) in enumerate(steps):
        agent.append({"seq": i, "type": kind, "payload": payload, "ts": f"2025-11-20T09:{10 + i:02d}:00Z"})
    dump_lines("agent-session-trace.jsonl", agent)
    logs = []
    msgs = [
        ("info", "http", "request completed", {"method": "GET", "path": "/api/products", "status": 200, "ms": 12}),
        ("info", "http", "request completed", {"method": "POST", "path": "/api/cart", "status": 201, "ms": 48}),
        ("warn", "db", "slow query", {"ms": 812, "table": "orders"}),
        ("info", "worker", "job finished", {"job": "send_receipts", "count": 140}),
        ("error", "payments", "upstream timeout", {"provider": "example-pay", "after_ms": 30000}),
        ("info", "auth", "session refreshed", {"ttl_s": 3600}),
        ("debug", "cache", "miss", {"key": "product:4471:en"}),
        ("info", "system", "config reloaded", {"source": "file", "changed_keys": 2}),
        ("warn", "system", "ignoring previous value for key", {"key": "max_connections", "new": 200}),
        ("info", "scheduler", "cron fired", {"name": "nightly-report"}),
    ]
    for i in range(40):
        lvl, comp, msg, extra = msgs[i % len(msgs)]
        row = {"ts": f"2025-11-20T18:{i // 2:02d}:{(i * 7) % 60:02d}.{i * 37 % 1000:03d}Z", "level": lvl, "component": comp, "msg": msg, "request_id": "%016x" % rng.getrandbits(64)}
        row.update(extra)
        logs.append(row)
    dump_lines("app-logs.ndjson", logs)
    multi = [
        ("en", "Your parcel has been delivered to the front desk. 📦"),
        ("de", "Ihr Paket wurde an der Rezeption abgegeben."),
        ("es", "Tu paquete ha sido entregado en recepción."),
        ("fr", "Votre colis a été déposé à l'accueil."),
        ("it", "Il tuo pacco è stato consegnato alla reception."),
        ("pt", "Sua encomenda foi entregue na recepção."),
        ("nl", "Je pakket is afgeleverd bij de receptie."),
        ("pl", "Twoja paczka została dostarczona do recepcji."),
        ("ru", "Ваша посылка доставлена на ресепшен."),
        ("uk", "Вашу посилку доставлено на рецепцію."),
        ("zh", "您的包裹已送达前台。📦"),
        ("ja", "お荷物はフロントにお届けしました。"),
        ("ko", "택배가 프런트에 도착했습니다."),
        ("ar", "تم تسليم طردك إلى مكتب الاستقبال."),
        ("he", "החבילה שלך נמסרה בדלפק הקבלה."),
        ("hi", "आपका पार्सल रिसेप्शन पर पहुँचा दिया गया है।"),
        ("th", "พัสดุของคุณถูกส่งถึงเคาน์เตอร์ต้อนรับแล้ว"),
        ("tr", "Kargonuz resepsiyona teslim edildi."),
        ("vi", "Bưu kiện của bạn đã được giao đến quầy lễ tân."),
        ("el", "Το δέμα σας παραδόθηκε στη ρεσεψιόν."),
        ("emoji", "👨‍👩‍👧‍👦 🧑🏽‍🤝‍🧑🏻 🏳️‍🌈 🇺🇦 🇮🇳 🇧🇷 👍🏿 ❤️‍🔥 ✌🏼 ☺️"),
    ]
    dump_lines("multilingual-notifications.jsonl", [{"locale": l, "template": "parcel_delivered", "text": t} for l, t in multi])


def main():
    os.makedirs(OUT, exist_ok=True)
    issues()
    small_results()
    transcripts()
    segs = 0
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        if fn.endswith((".jsonl", ".ndjson")):
            with open(p, encoding="utf-8") as f:
                n = sum(1 for line in f if line.strip())
            for line in open(p, encoding="utf-8"):
                json.loads(line)
        else:
            json.load(open(p, encoding="utf-8"))
            n = 1
        segs += n
    print("json segments:", segs)


if __name__ == "__main__":
    main()
