"""Generic benign traffic that flows through MCP: tool results, file contents, logs, docs,
multilingual prose. None of it should trigger SEC-01/03/04/05/26/31. Each detector's benign
file takes a deterministic slice so the benign side is not only near-misses."""
import json
import random

from .common import CARRIERS, case


def _j(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


ITEMS = [
    _j({"total_count": 3, "items": [
        {"number": 1412, "title": "Crash when config file is empty", "state": "open", "labels": ["bug", "good first issue"], "user": {"login": "mlopez"}, "comments": 4},
        {"number": 1409, "title": "Add --json output to `list`", "state": "open", "labels": ["enhancement"], "user": {"login": "k-tanaka"}, "comments": 1},
        {"number": 1401, "title": "Docs: clarify proxy settings", "state": "closed", "labels": ["docs"], "user": {"login": "aisha-r"}, "comments": 7}]}),
    _j({"location": "Oslo, NO", "current": {"temp_c": 3.4, "feels_like_c": -0.2, "humidity": 81, "wind_kph": 14.8, "condition": "Light snow"}, "forecast": [{"date": "2025-11-22", "min_c": -2, "max_c": 4, "precip_mm": 2.1}, {"date": "2025-11-23", "min_c": -4, "max_c": 1, "precip_mm": 0.0}]}),
    _j({"events": [{"id": "evt_8812", "summary": "Design review: onboarding flow", "start": "2025-11-24T14:00:00Z", "end": "2025-11-24T15:00:00Z", "attendees": ["sam@example.com", "lee@example.com"], "location": "Room 4B / Meet"}, {"id": "evt_8813", "summary": "1:1 Jun / Priya", "start": "2025-11-25T09:30:00Z", "end": "2025-11-25T10:00:00Z"}]}),
    _j({"columns": ["id", "sku", "name", "qty", "unit_price"], "rows": [[1, "KT-100", "Electric kettle 1.7L", 24, 39.9], [2, "MG-220", "Ceramic mug, blue", 310, 6.5], [3, "TP-015", "Teapot infuser", 0, 18.0]], "row_count": 3, "elapsed_ms": 4}),
    _j({"query": "rust async cancellation safety", "results": [{"title": "Cancellation safety in async Rust", "url": "https://blog.example.dev/async-cancel", "snippet": "A future is cancel-safe if dropping it at an await point loses no data…"}, {"title": "tokio::select! docs", "url": "https://docs.rs/tokio/latest/tokio/macro.select.html", "snippet": "Waits on multiple concurrent branches, returning when the first branch completes…"}]}),
    _j({"content": [{"type": "text", "text": "Wrote 2,314 bytes to src/handlers/upload.rs"}], "isError": False}),
    _j({"content": [{"type": "text", "text": "Error: ENOENT: no such file or directory, open '/home/dev/project/config.yaml'"}], "isError": True}),
    "total 48\ndrwxr-xr-x  7 dev dev 4096 Nov 20 18:02 .\ndrwxr-xr-x 31 dev dev 4096 Nov 19 09:14 ..\n-rw-r--r--  1 dev dev  412 Nov 20 17:55 Cargo.toml\n-rw-r--r--  1 dev dev 1089 Nov 20 17:55 README.md\ndrwxr-xr-x  4 dev dev 4096 Nov 20 18:02 src\ndrwxr-xr-x  2 dev dev 4096 Nov 18 11:40 tests",
    "2025-11-20T18:04:11.203Z INFO  server listening on 0.0.0.0:8080\n2025-11-20T18:04:15.877Z INFO  GET /health 200 0.4ms\n2025-11-20T18:04:16.120Z WARN  slow query (812ms): SELECT * FROM orders WHERE created_at > $1\n2025-11-20T18:04:19.004Z ERROR upstream timeout after 30s: payments-api",
    "commit 7d3c9e1b2a\nAuthor: Sam Rivera <sam@example.com>\nDate:   Wed Nov 19 16:22:08 2025 +0100\n\n    Retry idempotent requests on 503\n\n    The payments gateway returns 503 during deploys; retrying GET and\n    PUT with jittered backoff removes most of the alert noise.",
    "diff --git a/src/lib.rs b/src/lib.rs\nindex 3f1a2c4..8b0d9e1 100644\n--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -12,7 +12,9 @@ pub fn parse(input: &str) -> Result<Doc, Error> {\n-    let tokens = lex(input);\n+    let tokens = lex(input)?;\n+    if tokens.is_empty() {\n+        return Err(Error::Empty);\n+    }",
    "fn main() -> anyhow::Result<()> {\n    let args = Args::parse();\n    let cfg = Config::load(&args.config)?;\n    let server = Server::bind(cfg.addr)?;\n    server.run()\n}",
    "const express = require('express');\nconst app = express();\napp.use(express.json());\napp.get('/api/users/:id', async (req, res) => {\n  const user = await db.users.findById(req.params.id);\n  if (!user) return res.status(404).json({ error: 'not found' });\n  res.json(user);\n});\napp.listen(3000);",
    "SELECT c.name, COUNT(o.id) AS orders, SUM(o.total) AS revenue\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= DATE '2025-01-01'\nGROUP BY c.name\nORDER BY revenue DESC\nLIMIT 20;",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.14.2\n          ports: [{containerPort: 8080}]",
    "[package]\nname = \"tinyhttp\"\nversion = \"0.4.1\"\nedition = \"2021\"\n\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\ntokio = { version = \"1\", features = [\"rt-multi-thread\", \"macros\"] }",
    "id,date,region,units,revenue\n1,2025-10-01,EMEA,120,14400.00\n2,2025-10-01,APAC,98,11760.00\n3,2025-10-02,AMER,143,17160.00\n4,2025-10-02,EMEA,110,13200.00",
    "Traceback (most recent call last):\n  File \"/app/worker.py\", line 88, in handle\n    payload = json.loads(body)\n  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
    "# Changelog\n\n## [1.8.0] - 2025-11-02\n### Added\n- `export --format parquet`\n### Fixed\n- Dates before 1970 no longer wrap around on Windows.\n\n## [1.7.2] - 2025-09-14\n### Fixed\n- Memory leak when streaming large CSV files.",
    "To reset your password, open Settings → Account → Security and choose “Reset password”. We'll email you a link that expires after 30 minutes.",
    "Dear customer,\n\nYour subscription renews on 1 December 2025. No action is needed if you wish to continue. To change your plan, visit your account page.\n\nKind regards,\nThe Example Cloud billing team",
    "Thanks for reaching out! I've refunded the duplicate charge of $14.99; it should appear on your statement within 5–10 business days. Anything else I can help with?",
    "The mitochondrion is the site of oxidative phosphorylation. Electrons pass along the transport chain, pumping protons across the inner membrane; ATP synthase then uses the gradient to make ATP.",
    "Die Stadtbibliothek ist ab Montag wieder regulär geöffnet: Dienstag bis Samstag von 10 bis 19 Uhr. Die Rückgabebox steht weiterhin rund um die Uhr zur Verfügung.",
    "El tren AVE Madrid–Barcelona tarda unas dos horas y media. Recomendamos reservar con antelación, sobre todo los viernes por la tarde.",
    "Le marché couvert ouvre à 7 h le samedi. On y trouve des fromages affinés, du pain au levain et des légumes de saison des producteurs locaux.",
    "北京今天晴转多云，最高气温12度，最低气温2度。北风三到四级，空气质量良。",
    "本日の会議は14時から第3会議室で行います。資料は共有フォルダにアップロード済みです。",
    "서울 지하철 2호선은 순환선으로, 한 바퀴 도는 데 약 90분이 걸립니다.",
    "Москва встретила первый снег: к вечеру выпало до пяти сантиметров, движение на МКАД затруднено.",
    "يفتح المتحف أبوابه يوميًا من الساعة التاسعة صباحًا حتى الخامسة مساءً، ما عدا يوم الجمعة.",
    "הספרייה העירונית תהיה סגורה ביום שלישי בגלל עבודות תחזוקה. נשמח לראותכם ביום רביעי.",
    "दिल्ली में आज अधिकतम तापमान 28 डिग्री रहने की संभावना है। शाम को हल्की धुंध छा सकती है।",
    "Birthday plans 🎂: dinner at 7, cake at 9 👨‍👩‍👧‍👦 — bring the kids! Flags for the quiz night: 🇯🇵 🇧🇷 🇳🇴 🇰🇪. Thumbs up if you're in 👍🏽",
    "## API: list invoices\n\n`GET /v1/invoices?status=open&limit=20`\n\nHeaders:\n\n```\nAuthorization: Bearer <your token>\nAccept: application/json\n```\n\nReturns a paginated list. Use the `next_cursor` field to fetch the next page.",
    "<template>\n  <ul class=\"todo\">\n    <li v-for=\"item in items\" :key=\"item.id\">{{ item.title }}</li>\n  </ul>\n</template>",
    "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<p>Last updated {{ page.updated | date(\"%b %d, %Y\") }}</p>\n{% endblock %}",
    "Step 1: Preheat the oven to 200 °C.\nStep 2: Toss the potatoes with olive oil, salt and rosemary.\nStep 3: Roast for 40 minutes, turning once.",
    "Flight BA 117 London Heathrow → New York JFK, departs 08:25, arrives 11:10 local time. Gate closes 20 minutes before departure. Seat 23A, baggage allowance 1 × 23 kg.",
    "Q: How do I exit vim?\nA: Press Esc, then type :q and Enter. Use :wq to save and quit, or :q! to quit without saving.",
    "Kubernetes restarts a container when its liveness probe fails. Use a readiness probe to keep traffic away from a pod that is still warming up.",
    "Invoice INV-2025-0419\nBill to: Example Retail Ltd, 1 High Street, Springfield\nItems: Consulting (12 h × $150) = $1,800.00\nVAT 20%: $360.00\nTotal due: $2,160.00 by 15 Dec 2025",
    "The committee approved the budget by a vote of 7 to 2. The new park is expected to open in spring 2027, pending the environmental review.",
    "Tip: hold ⌥ Option while clicking the Wi-Fi icon to see the channel, RSSI and noise level of the current network.",
    "$ docker compose up -d\n[+] Running 3/3\n ✔ Network app_default  Created\n ✔ Container app-db-1   Started\n ✔ Container app-web-1  Started",
    "npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.\nadded 412 packages, and audited 413 packages in 9s\nfound 0 vulnerabilities",
    "The Treaty of Westphalia (1648) ended the Thirty Years' War and is often cited as the origin of the modern state system based on territorial sovereignty.",
    "Photosynthesis converts light energy into chemical energy. In the light-dependent reactions, water is split and oxygen released; the Calvin cycle then fixes CO₂ into sugars.",
    "Hey team — standup moved to 10:15 tomorrow because of the all-hands. Same link. 🙏",
    "Ticket #5521 — Status: Resolved\nCustomer reported the mobile app logging them out every hour. Root cause: refresh token TTL misconfigured after the 4.2 release. Fixed in 4.2.1.",
    "| Plan | Seats | Price/month |\n|------|-------|-------------|\n| Free | 1 | $0 |\n| Team | 10 | $49 |\n| Business | 50 | $199 |",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M12 2L2 7l10 5 10-5-10-5z\"/></svg>",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed cursus ante dapibus diam.",
    "ok",
    "[]",
    "{\"status\":\"ok\",\"version\":\"2.3.1\",\"uptime_s\":86012}",
]


def generic(n, seed):
    """A deterministic sample of n generic benign cases (items + plain carriers)."""
    pool = [(t, "generic tool traffic") for t in ITEMS]
    for name, (paras, joiner) in CARRIERS.items():
        pool.append((joiner.join(paras), f"plain {name} document"))
    rng = random.Random(seed)
    picked = rng.sample(pool, min(n, len(pool)))
    return [case(t, note, ["generic"]) for t, note in picked]

ITEMS += [
    _j({"id": "cus_Q8x2", "object": "customer", "email": "jamie.doe@example.com", "name": "Jamie Doe", "created": 1731091200, "currency": "eur", "delinquent": False, "metadata": {"plan": "team"}}),
    _j({"hits": {"total": {"value": 2}, "hits": [{"_id": "a1", "_source": {"level": "error", "msg": "connection reset by peer", "service": "cart"}}, {"_id": "a2", "_source": {"level": "error", "msg": "deadline exceeded", "service": "cart"}}]}}),
    _j({"repository": "example/app", "workflow": "CI", "runs": [{"id": 9182, "status": "completed", "conclusion": "success", "branch": "main", "duration_s": 312}, {"id": 9181, "status": "completed", "conclusion": "failure", "branch": "feat/login", "duration_s": 95}]}),
    _j({"channel": "#eng-platform", "messages": [{"user": "priya", "ts": "1732170000.0001", "text": "deploy of api v3.2 is done :tada:"}, {"user": "marco", "ts": "1732170060.0002", "text": "nice, latency looks flat"}]}),
    _j({"files": [{"path": "src/main.rs", "size": 2310}, {"path": "src/config.rs", "size": 1198}, {"path": "README.md", "size": 4402}], "truncated": False}),
    _j({"page": {"id": "a1b2", "title": "Onboarding checklist", "last_edited_by": "Aisha R.", "blocks": ["Laptop setup", "Accounts: email, chat, tracker", "Read the engineering handbook", "Pair with a buddy for week 1"]}}),
    _j({"ticket": {"key": "OPS-2291", "summary": "Rotate TLS certificates on edge proxies", "status": "In Progress", "assignee": "jun", "due": "2025-12-01", "priority": "High"}}),
    _j({"exchange_rates": {"base": "EUR", "date": "2025-11-20", "rates": {"USD": 1.0542, "GBP": 0.8331, "JPY": 163.21, "CHF": 0.9314}}}),
    _j({"route": {"from": "Rotterdam Centraal", "to": "Utrecht Centraal", "departure": "08:14", "arrival": "08:51", "platform": "12", "changes": 0, "delay_min": 3}}),
    _j({"package": "serde", "latest": "1.0.215", "downloads": 412000000, "license": "MIT OR Apache-2.0", "repository": "https://github.com/serde-rs/serde"}),
    "#!/usr/bin/env bash\nset -euo pipefail\nfor f in data/*.csv; do\n  echo \"importing $f\"\n  psql \"$DATABASE_URL\" -c \"\\copy staging FROM '$f' CSV HEADER\"\ndone",
    "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() {\n\thttp.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) {\n\t\tfmt.Fprintln(w, \"hello\")\n\t})\n\thttp.ListenAndServe(\":8080\", nil)\n}",
    "public record Order(long id, String sku, int qty) {\n    public Order {\n        if (qty <= 0) throw new IllegalArgumentException(\"qty must be positive\");\n    }\n}",
    "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]",
    "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cargo test --all-features",
    "server {\n    listen 443 ssl;\n    server_name www.example.com;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header Host $host;\n    }\n}",
    "> **Note**\n> The v1 API will be retired on 2026-03-31. Migrate to v2 using the guide in `docs/migration.md`.",
    "## FAQ\n\n**Can I self-host?** Yes, see the Docker guide.\n\n**Is there a free tier?** Yes, up to 3 projects.\n\n**How do I delete my account?** Settings → Account → Delete.",
    "Minutes of the residents' association, 12 November: the committee agreed to repaint the stairwell in spring and to ask the council about a second bike shelter.",
    "Dear Ms. Okafor,\n\nThank you for your application. We are pleased to invite you to an interview on Tuesday, 2 December at 11:00 at our office.\n\nYours sincerely,\nHR Team, Example Ltd",
    "Hi Sam — just checking whether the proofs for the brochure are ready. The printer needs them by Wednesday noon. Thanks!",
    "Your appointment with Dr. Lindqvist is confirmed for Monday 24 November at 09:40. Please arrive 10 minutes early and bring your insurance card.",
    "The film follows a retired lighthouse keeper who befriends a stray dog during one long winter on the Faroe Islands. Quiet, funny and beautifully shot.",
    "Rainfall in October was 38% above the long-term average, with the wettest day on the 17th (41 mm). River levels have since returned to normal.",
    "Recipe notes: the dough can rest overnight in the fridge; bring it to room temperature for an hour before shaping.",
    "Welcome to the team, Aisha! 🎉 Your laptop is on your desk and your buddy this week is Jun.",
    "Um die App zu aktualisieren, öffnen Sie den App Store und tippen Sie auf „Aktualisieren“. Ihre Daten bleiben erhalten.",
    "La reunión de vecinos será el martes a las 19:00 en el portal. Se tratará la instalación del ascensor.",
    "Nous vous remercions pour votre commande n° 4471. Elle sera expédiée sous 48 heures.",
    "请于本周五下班前提交季度总结，模板已放在共享盘的“报告”文件夹中。",
    "明日の天気は晴れのち曇り、最高気温は18度の予想です。",
    "Спасибо за покупку! Ваш заказ будет доставлен в пункт выдачи в четверг.",
    "Obrigado pelo contato! Sua solicitação foi registrada com o número 20251120-0042.",
    "Il museo è aperto dal martedì alla domenica, dalle 9 alle 19. Ingresso gratuito la prima domenica del mese.",
    "Kahve molası saat 15:30'da. Mutfakta taze simit var!",
    "Wij zijn op 25 en 26 december gesloten. Fijne feestdagen!",
]
