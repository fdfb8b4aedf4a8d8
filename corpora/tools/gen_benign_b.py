"""Generates the shared benign corpus parts owned by corpora-b: corpora/benign/logs and
corpora/benign/data, plus two generated files in corpora/benign/code (0003_seed_products.sql,
en.i18n.ts); the rest of corpora/benign/code is hand-written. Every value is synthetic; nothing
here is a secret, personal data, or a raw terminal escape. One file = one segment, except
.jsonl/.ndjson (one segment per line).
Run from the repository root: python3 corpora/tools/gen_benign_b.py
"""
import base64
import hashlib
import json
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from gen_b_common import Rand  # noqa: E402

R = Rand(777)
ROOT = os.path.join(os.path.dirname(__file__), "..", "benign")
PATHS = ["/", "/api/v1/orders", "/api/v1/orders/4821", "/static/js/main.3f9a8c1b.js", "/static/css/main.9c1e4b7a.css", "/healthz", "/login", "/api/v1/search?q=blue+mug&page=2", "/favicon.ico", "/robots.txt", "/api/v1/products?category=kitchen&sort=price", "/docs/getting-started", "/metrics"]
UAS = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15", "curl/8.5.0", "kube-probe/1.30", "Go-http-client/1.1", "python-httpx/0.27.2", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]


def w(sub, name, text):
    p = os.path.join(ROOT, sub, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def ip():
    return R.choice([f"10.0.{R.randint(0, 9)}.{R.randint(2, 250)}", f"192.168.{R.randint(0, 3)}.{R.randint(2, 250)}", f"203.0.113.{R.randint(2, 250)}", f"198.51.100.{R.randint(2, 250)}"])


def ts(h=None):
    return f"20/Nov/2026:{h if h is not None else R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"


def iso():
    return f"2026-11-20T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.digits(3)}Z"


# ------------------------------------------------------------------ logs
def logs():
    for k in range(3):
        lines = []
        for _ in range(R.randint(40, 120)):
            st = R.choice([200] * 8 + [301, 304, 404, 500, 502])
            lines.append(f'{ip()} - - [{ts(10 + k)}] "{R.choice(["GET"] * 5 + ["POST", "PUT"])} {R.choice(PATHS)} HTTP/1.1" {st} {R.randint(0, 90000)} "{R.choice(["-", "https://shop.acme-corp.example/"])}" "{R.choice(UAS)}" {R.randint(1, 900) / 1000:.3f}')
        w("logs", f"nginx_access_{k + 1}.log", "\n".join(lines) + "\n")
    err = []
    for _ in range(25):
        err.append(R.choice([
            f"2026/11/20 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} [error] {R.randint(20, 40)}#{R.randint(0, 9)}: *{R.randint(1000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip()}, server: _, request: \"GET /api/v1/orders HTTP/1.1\", upstream: \"http://127.0.0.1:8080/api/v1/orders\", host: \"shop.acme-corp.example\"",
            f"2026/11/20 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} [warn] {R.randint(20, 40)}#{R.randint(0, 9)}: *{R.randint(1000, 99999)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000{R.randint(10, 99)}1 while reading upstream",
            f"2026/11/20 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} [error] {R.randint(20, 40)}#{R.randint(0, 9)}: *{R.randint(1000, 99999)} open() \"/srv/www/static/img/missing.png\" failed (2: No such file or directory), client: {ip()}, server: _, request: \"GET /static/img/missing.png HTTP/1.1\"",
        ]))
    w("logs", "nginx_error.log", "\n".join(err) + "\n")
    units = ["api.service", "worker.service", "postgresql@16-main.service", "nginx.service", "cron.service", "systemd-journald.service"]
    for k in range(2):
        j = []
        for _ in range(50):
            u = R.choice(units)
            t = f"Nov 20 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} web-{k + 1}"
            j.append(R.choice([
                f"{t} systemd[1]: Started {u} - Acme {u.split('.')[0]}.",
                f"{t} systemd[1]: {u}: Main process exited, code=exited, status=1/FAILURE",
                f"{t} systemd[1]: {u}: Scheduled restart job, restart counter is at {R.randint(1, 5)}.",
                f"{t} api[{R.randint(1000, 9999)}]: INFO request completed status=200 path=/api/v1/orders duration_ms={R.randint(2, 400)}",
                f"{t} CRON[{R.randint(1000, 9999)}]: (root) CMD (/usr/local/bin/backup_rotate.sh)",
                f"{t} kernel: [{R.randint(1000, 99999)}.{R.digits(6)}] EXT4-fs (sda1): re-mounted. Quota mode: none.",
                f"{t} systemd[1]: Reloading finished in {R.randint(50, 900)} ms.",
                f"{t} postgres[{R.randint(1000, 9999)}]: [{R.randint(1, 9)}-1] LOG:  checkpoint complete: wrote {R.randint(10, 9000)} buffers ({R.randint(0, 30)}.{R.randint(0, 9)}%); 0 WAL file(s) added",
            ]))
        w("logs", f"journal_web{k + 1}.log", "\n".join(sorted(j)) + "\n")
    # ndjson app logs: one segment per line
    nd = []
    for _ in range(70):
        rec = {"ts": iso(), "level": R.choice(["info"] * 6 + ["warn", "error", "debug"]), "service": R.choice(["api", "worker", "billing", "search"]), "msg": R.choice(["request completed", "job finished", "cache miss", "retrying upstream call", "index rebuilt", "slow query", "connection pool exhausted, waiting"]), "request_id": R.uuid(), "duration_ms": R.randint(1, 3000)}
        if R.randint(0, 2) == 0:
            rec["http"] = {"method": R.choice(["GET", "POST"]), "path": R.choice(PATHS), "status": R.choice([200, 201, 404, 500])}
        if rec["level"] == "error":
            rec["error"] = R.choice(["context deadline exceeded", "connection reset by peer", "unique constraint violation on orders_number_key"])
        nd.append(json.dumps(rec, separators=(",", ":")))
    w("logs", "app.ndjson", "\n".join(nd) + "\n")
    w("logs", "trace_python.txt", '''Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/srv/app/billing/tasks.py", line 88, in send_invoice
    pdf = render_invoice(invoice_id)
  File "/srv/app/billing/render.py", line 41, in render_invoice
    template = env.get_template(f"invoice_{invoice.locale}.html")
  File "/srv/app/.venv/lib/python3.12/site-packages/jinja2/environment.py", line 1016, in get_template
    return self._load_template(name, globals)
  File "/srv/app/.venv/lib/python3.12/site-packages/jinja2/loaders.py", line 204, in get_source
    raise TemplateNotFound(template)
jinja2.exceptions.TemplateNotFound: invoice_pt_BR.html
''')
    w("logs", "trace_java.txt", '''2026-11-20 10:14:07.512 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception
java.lang.IllegalStateException: order 48213 already shipped
	at com.acme.orders.OrderService.lambda$cancel$1(OrderService.java:44)
	at java.base/java.util.Optional.map(Optional.java:260)
	at com.acme.orders.OrderService.cancel(OrderService.java:41)
	at com.acme.orders.OrderController.cancel(OrderController.java:72)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
	at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
	at org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
	at org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
	at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:138)
	at java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: com.acme.orders.StateConflict: status=SHIPPED
	... 11 common frames omitted
''')
    w("logs", "trace_go.txt", '''panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b1c2e]

goroutine 41 [running]:
github.com/acme/api/internal/store.(*Store).Get(0x0, 0x2a)
	/src/internal/store/store.go:31 +0x2e
github.com/acme/api/internal/store.(*Store).ServeHTTP(0x0, {0x8a2f10, 0xc0001a61c0}, 0xc0001b4000)
	/src/internal/store/store.go:55 +0x1a5
net/http.serverHandler.ServeHTTP({0xc00019e0f0?}, {0x8a2f10?, 0xc0001a61c0?}, 0x6?)
	/usr/local/go/src/net/http/server.go:3210 +0x8e
net/http.(*conn).serve(0xc0001c0000, {0x8a3588, 0xc00019c000})
	/usr/local/go/src/net/http/server.go:2092 +0x5d0
created by net/http.(*Server).Serve in goroutine 1
	/usr/local/go/src/net/http/server.go:3360 +0x485
exit status 2
''')
    w("logs", "trace_rust.txt", '''thread 'tokio-runtime-worker' panicked at src/relay/pump.rs:118:37:
called `Result::unwrap()` on an `Err` value: Os { code: 32, kind: BrokenPipe, message: "Broken pipe" }
stack backtrace:
   0: rust_begin_unwind
             at /rustc/f6e511eec7342f59a25f7c0534f1dbea00d01b14/library/std/src/panicking.rs:665:5
   1: core::panicking::panic_fmt
             at /rustc/f6e511eec7342f59a25f7c0534f1dbea00d01b14/library/core/src/panicking.rs:74:14
   2: core::result::unwrap_failed
             at /rustc/f6e511eec7342f59a25f7c0534f1dbea00d01b14/library/core/src/result.rs:1700:5
   3: sentinel::relay::pump::forward::{{closure}}
             at ./src/relay/pump.rs:118:37
   4: tokio::runtime::task::core::Core<T,S>::poll
             at /home/dev/.cargo/registry/src/index.crates.io-6f17d22bba15001f/tokio-1.41.1/src/runtime/task/core.rs:331:17
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
''')
    w("logs", "trace_node.txt", '''/srv/app/node_modules/pg-pool/index.js:45
    Error.captureStackTrace(err)
          ^

Error: connect ECONNREFUSED 127.0.0.1:5432
    at /srv/app/node_modules/pg-pool/index.js:45:11
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Object.query (/srv/app/src/db.js:18:20)
    at async listOrders (/srv/app/src/routes/orders.js:27:18) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '127.0.0.1',
  port: 5432
}

Node.js v20.18.0
''')
    w("logs", "cargo_test.txt", "   Compiling ledger-core v0.4.2 (/work/ledger)\n    Finished `test` profile [unoptimized + debuginfo] target(s) in 14.07s\n     Running unittests src/lib.rs (target/debug/deps/ledger_core-3c1f0b2a9e7d4f61)\n\nrunning 23 tests\n" + "".join(f"test {m}::tests::{t} ... ok\n" for m, t in [("posting", "balances_sum_to_zero"), ("posting", "rejects_single_leg"), ("account", "parses_path"), ("account", "rejects_empty_segment"), ("money", "rounds_half_even"), ("money", "adds_same_currency"), ("money", "refuses_mixed_currency"), ("journal", "orders_by_date"), ("journal", "idempotent_import")]) + "\ntest result: ok. 23 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.04s\n\n   Doc-tests ledger_core\n\nrunning 4 tests\ntest src/money.rs - money::Money::new (line 31) ... ok\n\ntest result: ok. 4 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.61s\n")
    w("logs", "pytest_output.txt", "============================= test session starts ==============================\nplatform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0\nrootdir: /work/order-tools\nconfigfile: pyproject.toml\ncollected 41 items\n\ntests/test_cli.py ........                                               [ 19%]\ntests/test_pricing.py ......F....                                        [ 46%]\ntests/test_export.py ......................                              [100%]\n\n=================================== FAILURES ===================================\n_______________________ test_coupons[HALF-expected2] ________________________\n\ncart = Cart(currency='EUR', lines=3)\ncode = 'HALF', expected = Decimal('22.00')\n\n    def test_coupons(cart, code, expected):\n>       assert apply_coupon(cart, code).total() == expected\nE       AssertionError: assert Decimal('22.01') == Decimal('22.00')\n\ntests/test_pricing.py:24: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_pricing.py::test_coupons[HALF-expected2] - AssertionError\n========================= 1 failed, 40 passed in 0.93s =========================\n")
    w("logs", "gha_run.txt", "".join(f"2026-11-20T09:{i // 6:02d}:{(i * 7) % 60:02d}.{R.digits(7)}Z {line}\n" for i, line in enumerate([
        "##[group]Run actions/checkout@v4", "with:", "  repository: acme/ledger", "  fetch-depth: 1", "##[endgroup]", "Syncing repository: acme/ledger",
        "##[group]Getting Git version info", "git version 2.47.0", "##[endgroup]", "HEAD is now at 3f2a9c1 Merge pull request #212 from acme/retry-budget",
        "##[group]Run cargo clippy --all-targets -- -D warnings", "    Checking ledger-core v0.4.2 (/home/runner/work/ledger/ledger)", "    Finished `dev` profile [unoptimized + debuginfo] target(s) in 21.33s", "##[endgroup]",
        "##[group]Run cargo test --all-features", "running 23 tests", "test result: ok. 23 passed; 0 failed", "##[endgroup]", "Post job cleanup.", "Cleaning up orphan processes"])))
    w("logs", "docker_build.txt", "#0 building with \"default\" instance using docker driver\n\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 612B done\n#1 DONE 0.0s\n\n#2 [internal] load metadata for docker.io/library/rust:1.82-slim\n#2 DONE 1.2s\n\n#3 [build 1/6] FROM docker.io/library/rust:1.82-slim@sha256:" + R.hex(64) + "\n#3 CACHED\n\n#4 [build 4/6] RUN cargo build --release --locked\n#4 41.07    Compiling api v0.9.0 (/src)\n#4 97.51     Finished `release` profile [optimized] target(s) in 1m 37s\n#4 DONE 98.1s\n\n#5 exporting to image\n#5 exporting layers 0.4s done\n#5 writing image sha256:" + R.hex(64) + " done\n#5 naming to registry.internal/acme/api:3f2a9c1 done\n#5 DONE 0.5s\n")
    w("logs", "npm_install.txt", "npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.\nnpm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported\n\nadded 412 packages, and audited 413 packages in 9s\n\n121 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n")
    w("logs", "kubectl_events.txt", "LAST SEEN   TYPE      REASON              OBJECT                      MESSAGE\n" + "".join(f"{R.randint(1, 59)}m         {R.choice(['Normal ', 'Warning'])}   {R.choice(['Scheduled', 'Pulled', 'Created', 'Started', 'BackOff', 'Unhealthy', 'Killing'])}{' ' * 10}pod/api-7d9f8c6b5-{R.lower(5)}   {R.choice(['Successfully assigned api/api to node-3', 'Container image already present on machine', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 'Back-off restarting failed container api', 'Stopping container api'])}\n" for _ in range(20)))
    w("logs", "postgres.log", "".join(f"2026-11-20 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.digits(3)} UTC [{R.randint(100, 9999)}] " + R.choice(["LOG:  duration: 1532.114 ms  statement: SELECT o.id, sum(l.quantity * l.unit_price) FROM orders o JOIN invoice_lines l ON l.invoice_id = o.id GROUP BY o.id", "LOG:  checkpoint starting: time", "ERROR:  duplicate key value violates unique constraint \"invoices_number_key\"", "DETAIL:  Key (number)=(INV-2026-00412) already exists.", "LOG:  automatic vacuum of table \"api.public.events\": index scans: 1", "FATAL:  terminating connection due to idle-in-transaction timeout"]) + "\n" for _ in range(30)))
    w("logs", "dmesg.txt", "".join(f"[{R.randint(0, 99999):>6}.{R.digits(6)}] " + R.choice(["usb 1-1: new high-speed USB device number 3 using xhci_hcd", "e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx", "EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode. Quota mode: none.", "audit: type=1400 audit(1763632000.123:41): apparmor=\"STATUS\" operation=\"profile_load\" name=\"nvidia_modprobe\"", "Bluetooth: hci0: Firmware revision 0.0 build 14 week 20 2024", "nvme nvme0: 8/0/0 default/read/poll queues"]) + "\n" for _ in range(30)))
    w("logs", "redis.log", "".join(f"1:M 20 Nov 2026 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.digits(3)} " + R.choice(["* 100 changes in 300 seconds. Saving...", "* Background saving started by pid 4112", "* DB saved on disk", "* Background saving terminated with success", "# WARNING Memory overcommit must be enabled!", "* Ready to accept connections tcp"]) + "\n" for _ in range(24)))


# ------------------------------------------------------------------ data
def png(width, height):
    raw = b"".join(b"\x00" + bytes(R.r.getrandbits(8) for _ in range(width * 3)) for _ in range(height))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def fake_jpeg(n):
    body = bytes(R.r.getrandbits(8) for _ in range(n))
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body + b"\xff\xd9"


def hexdump_c(data, base=0):
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx = " ".join(f"{b:02x}" for b in chunk[:8]) + "  " + " ".join(f"{b:02x}" for b in chunk[8:])
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        out.append(f"{base + off:08x}  {hx:<48}  |{asc}|")
    out.append(f"{base + len(data):08x}")
    return "\n".join(out) + "\n"


def xxd(data):
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx = " ".join(chunk[i:i + 2].hex() for i in range(0, len(chunk), 2))
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        out.append(f"{off:08x}: {hx:<39}  {asc}")
    return "\n".join(out) + "\n"


def data():
    # CSVs
    rows = ["sku,name,category,price_eur,stock,updated_at"]
    for i in range(60):
        rows.append(f"SKU-{R.upnum(6)},{R.choice(['Blue mug', 'Oak shelf', 'Desk lamp', 'Wool socks', 'Notebook A5', 'USB-C cable', 'Tea towel', 'Plant pot'])},{R.choice(['kitchen', 'office', 'home', 'apparel'])},{R.randint(2, 200)}.{R.digits(2)},{R.randint(0, 500)},2026-11-{R.randint(1, 20):02d}")
    w("data", "products.csv", "\n".join(rows) + "\n")
    rows = ["timestamp,host,cpu_pct,mem_mb,disk_io_kbps,net_rx_kbps"]
    for i in range(120):
        rows.append(f"2026-11-20T{i // 60 + 8:02d}:{i % 60:02d}:00Z,web-{R.randint(1, 3)},{R.randint(1, 99)}.{R.randint(0, 9)},{R.randint(400, 3800)},{R.randint(0, 9000)},{R.randint(0, 50000)}")
    w("data", "host_metrics.csv", "\n".join(rows) + "\n")
    rows = ["station,date,tmin_c,tmax_c,precip_mm"]
    for i in range(80):
        rows.append(f"{R.choice(['LIS', 'OPO', 'FAO', 'MAD'])},2026-10-{i % 30 + 1:02d},{R.randint(5, 16)}.{R.randint(0, 9)},{R.randint(16, 29)}.{R.randint(0, 9)},{R.randint(0, 30)}.{R.randint(0, 9)}")
    w("data", "weather.csv", "\n".join(rows) + "\n")
    w("data", "survey_aggregate.tsv", "question\tstrongly_agree\tagree\tneutral\tdisagree\n" + "".join(f"Q{i}\t{R.randint(0, 90)}\t{R.randint(0, 90)}\t{R.randint(0, 90)}\t{R.randint(0, 40)}\n" for i in range(1, 21)))
    # images
    for k in range(4):
        b = base64.b64encode(png(R.randint(8, 24), R.randint(8, 24))).decode()
        w("data", f"image_{k + 1}.png.b64", b + "\n")
    w("data", "icon_data_uri.txt", "data:image/png;base64," + base64.b64encode(png(16, 16)).decode() + "\n")
    w("data", "photo_thumb.jpg.b64", "\n".join(base64.b64encode(fake_jpeg(1800)).decode()[i:i + 76] for i in range(0, 2440, 76)) + "\n")
    w("data", "avatar_response.json", json.dumps({"id": R.uuid(), "mime": "image/png", "width": 16, "height": 16, "data": base64.b64encode(png(16, 16)).decode()}, indent=2) + "\n")
    w("data", "mcp_image_content.json", json.dumps({"content": [{"type": "text", "text": "Rendered chart for Q3 revenue."}, {"type": "image", "mimeType": "image/png", "data": base64.b64encode(png(20, 12)).decode()}], "isError": False}) + "\n")
    # hex dumps
    blob = png(6, 6)
    w("data", "hexdump_png.txt", hexdump_c(blob))
    w("data", "xxd_elf_header.txt", xxd(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x03\x00\x3e\x00\x01\x00\x00\x00" + bytes(R.r.getrandbits(8) for _ in range(200))))
    w("data", "hexdump_random.txt", hexdump_c(bytes(R.r.getrandbits(8) for _ in range(512)), 0x1000))
    w("data", "od_output.txt", "".join(f"{off:07o} " + " ".join(f"{R.randint(0, 65535):06o}" for _ in range(8)) + "\n" for off in range(0, 256, 16)))
    # digests
    names = ["sentinel-0.1.0-x86_64-unknown-linux-gnu.tar.xz", "sentinel-0.1.0-aarch64-apple-darwin.tar.xz", "sentinel-0.1.0-x86_64-pc-windows-msvc.zip", "sentinel-0.1.0.tar.gz", "install.ps1", "SBOM.spdx.json"]
    w("data", "SHA256SUMS", "".join(f"{R.hex(64)}  {n}\n" for n in names))
    w("data", "md5sums.txt", "".join(f"{R.hex(32)}  usr/share/doc/acme/{n}\n" for n in ["changelog.gz", "copyright", "README.md", "examples/config.toml", "examples/rules.yaml"]))
    w("data", "sha1_manifest.txt", "".join(f"{R.hex(40)} {p}\n" for p in [f"assets/{R.lower(6)}.{R.choice(['png', 'svg', 'woff2', 'js', 'css'])}" for _ in range(30)]))
    w("data", "sha512_blake.txt", "".join(f"SHA512 ({n}) = {R.hex(128)}\nBLAKE2b ({n}) = {R.hex(128)}\n" for n in names[:3]))
    real = [hashlib.sha256(s.encode()).hexdigest() + "  " + s for s in ["alpha.txt", "beta.txt", "gamma.txt", "delta.txt"]]
    w("data", "sha256_small.txt", "\n".join(real) + "\n")
    # uuids
    w("data", "uuids.txt", "".join(R.uuid() + "\n" for _ in range(100)))
    w("data", "id_map.json", json.dumps({R.uuid(): {"legacy_id": R.randint(1, 99999), "migrated": True} for _ in range(30)}, indent=2) + "\n")
    # lockfiles
    pk = {"name": "@acme/dashboard", "version": "1.18.0", "lockfileVersion": 3, "requires": True, "packages": {}}
    for name in ["react", "react-dom", "scheduler", "loose-envify", "js-tokens", "zod", "@tanstack/query-core", "@tanstack/react-query", "vite", "esbuild", "rollup", "postcss", "nanoid", "picocolors", "source-map-js"]:
        ver = f"{R.randint(0, 18)}.{R.randint(0, 30)}.{R.randint(0, 20)}"
        pk["packages"][f"node_modules/{name}"] = {"version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{ver}.tgz", "integrity": "sha512-" + R.b64bytes(64), "license": "MIT"}
    w("data", "package-lock.excerpt.json", json.dumps(pk, indent=2) + "\n")
    w("data", "Cargo.lock.excerpt", "# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 4\n\n" + "".join(f"[[package]]\nname = \"{n}\"\nversion = \"{R.randint(0, 2)}.{R.randint(0, 40)}.{R.randint(0, 30)}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{R.hex(64)}\"\n\n" for n in ["aho-corasick", "memchr", "regex", "regex-syntax", "serde", "serde_json", "thiserror", "tokio", "bytes", "pin-project-lite", "itoa", "ryu"]))
    w("data", "yarn.lock.excerpt", "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n" + "".join(f"{n}@^{v}:\n  version \"{v}\"\n  resolved \"https://registry.yarnpkg.com/{n}/-/{n}-{v}.tgz#{R.hex(40)}\"\n  integrity sha512-{R.b64bytes(64)}\n\n" for n, v in [("lodash", "4.17.21"), ("ms", "2.1.3"), ("debug", "4.3.7"), ("semver", "7.6.3"), ("chalk", "4.1.2")]))
    w("data", "go.sum", "".join(f"{m} {v} h1:{R.b64bytes(32)}\n{m} {v}/go.mod h1:{R.b64bytes(32)}\n" for m, v in [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/sync", "v0.8.0"), ("golang.org/x/net", "v0.30.0"), ("github.com/stretchr/testify", "v1.9.0"), ("gopkg.in/yaml.v3", "v3.0.1")]))
    w("data", "poetry.lock.excerpt", "".join(f"[[package]]\nname = \"{n}\"\nversion = \"{v}\"\ndescription = \"{d}\"\noptional = false\npython-versions = \">=3.8\"\nfiles = [\n    {{file = \"{n}-{v}-py3-none-any.whl\", hash = \"sha256:{R.hex(64)}\"}},\n    {{file = \"{n}-{v}.tar.gz\", hash = \"sha256:{R.hex(64)}\"}},\n]\n\n" for n, v, d in [("httpx", "0.27.2", "The next generation HTTP client."), ("idna", "3.10", "Internationalized Domain Names in Applications"), ("sniffio", "1.3.1", "Sniff out which async library your code is running under")]))
    w("data", "requirements.lock.txt", "".join(f"{n}=={v} \\\n    --hash=sha256:{R.hex(64)} \\\n    --hash=sha256:{R.hex(64)}\n" for n, v in [("certifi", "2024.8.30"), ("charset-normalizer", "3.4.0"), ("urllib3", "2.2.3"), ("requests", "2.32.3")]))
    # git output
    authors = [("Dana Okoro", "41822+dokoro"), ("Ravi Menon", "9921+rmenon"), ("Lea Fischer", "77310+lfischer"), ("dependabot[bot]", "49699333+dependabot[bot]")]
    msgs = ["Fix off-by-one in pagination", "Add retry budget to upstream client", "Bump serde from 1.0.210 to 1.0.214", "Document the relay invariants", "Refactor scanner pipeline into stages", "Handle CRLF in stdio framing", "Speed up Luhn check", "Remove unused feature flag"]
    for k in range(3):
        entries = []
        for _ in range(R.randint(4, 8)):
            a = R.choice(authors)
            entries.append(f"commit {R.hex(40)}\nAuthor: {a[0]} <{a[1]}@users.noreply.github.com>\nDate:   {R.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Nov {R.randint(10, 20)} {R.randint(8, 19):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} 2026 +0000\n\n    {R.choice(msgs)}\n\n " + f"src/{R.choice(['relay', 'scan', 'http'])}/{R.choice(['mod', 'pump', 'framing', 'luhn'])}.rs | {R.randint(2, 90)} {'+' * R.randint(1, 20)}{'-' * R.randint(0, 9)}\n 1 file changed, {R.randint(1, 60)} insertions(+), {R.randint(0, 30)} deletions(-)\n")
        w("data", f"git_log_{k + 1}.txt", "\n".join(entries))
    w("data", "git_oneline.txt", "".join(f"{R.hex(7)} {R.choice(msgs)}\n" for _ in range(40)))
    w("data", "git_show_ref.txt", "".join(f"{R.hex(40)} refs/{r}\n" for r in ["heads/main", "heads/develop", "remotes/origin/main", "remotes/origin/feature/retry-budget", "tags/v0.3.0", "tags/v0.4.0", "tags/v0.4.1", "tags/v0.4.2"]))
    w("data", "git_diff.patch", "diff --git a/src/scan/luhn.rs b/src/scan/luhn.rs\nindex " + R.hex(7) + ".." + R.hex(7) + " 100644\n--- a/src/scan/luhn.rs\n+++ b/src/scan/luhn.rs\n@@ -12,9 +12,11 @@ pub fn luhn_valid(digits: &[u8]) -> bool {\n-    let mut sum = 0;\n-    for (i, d) in digits.iter().rev().enumerate() {\n-        let mut v = *d as u32;\n+    let mut sum = 0u32;\n+    for (i, &d) in digits.iter().rev().enumerate() {\n+        let mut v = u32::from(d);\n         if i % 2 == 1 {\n             v *= 2;\n             if v > 9 {\n                 v -= 9;\n             }\n         }\n         sum += v;\n     }\n     sum % 10 == 0\n }\n")
    # JSON / jsonl data
    recs = []
    for _ in range(40):
        recs.append(json.dumps({"id": R.uuid(), "sku": f"SKU-{R.upnum(6)}", "title": R.choice(["Blue mug", "Oak shelf", "Desk lamp", "Notebook A5"]), "price": {"amount": R.randint(200, 20000), "currency": "EUR"}, "tags": R.r.sample(["new", "sale", "eco", "bestseller", "limited"], 2), "updated": iso()}))
    w("data", "catalog.jsonl", "\n".join(recs) + "\n")
    w("data", "openapi_excerpt.yaml", "openapi: 3.1.0\ninfo:\n  title: Orders API\n  version: 1.4.0\npaths:\n  /orders/{id}:\n    get:\n      operationId: getOrder\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema: { type: integer, format: int64 }\n      responses:\n        '200':\n          description: The order\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Order' }\n        '404':\n          description: Not found\ncomponents:\n  schemas:\n    Order:\n      type: object\n      required: [id, status, total]\n      properties:\n        id: { type: integer, format: int64 }\n        status: { type: string, enum: [pending, paid, shipped, cancelled] }\n        total: { type: string, pattern: '^[0-9]+\\.[0-9]{2}$' }\n")
    w("data", "geo.json", json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": n, "visitors": R.randint(100, 90000)}, "geometry": {"type": "Point", "coordinates": [round(R.r.uniform(-9.5, 3.0), 5), round(R.r.uniform(36.0, 43.5), 5)]}} for n in ["Museum", "Old Town", "Harbour", "Botanical Garden", "Castle"]]}, indent=1) + "\n")
    w("data", "tools_list_response.json", json.dumps({"jsonrpc": "2.0", "id": 2, "result": {"tools": [{"name": "read_file", "description": "Read a UTF-8 text file from the workspace.", "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}, {"name": "list_dir", "description": "List the entries of a directory.", "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}, "recursive": {"type": "boolean"}}}}, {"name": "search", "description": "Full-text search over indexed documents; returns the top matches with scores.", "inputSchema": {"type": "object", "properties": {"query": {"type": "string"}, "limit": {"type": "integer", "minimum": 1, "maximum": 50}}, "required": ["query"]}}]}}, indent=2) + "\n")
    w("data", "metrics.prom", "".join(f"# HELP {m} {h}\n# TYPE {m} {t}\n" + "".join(f"{m}{{route=\"{r}\",status=\"{s}\"}} {R.randint(1, 900000)}\n" for r in ["/orders", "/search"] for s in ["200", "500"]) for m, h, t in [("http_requests_total", "Total HTTP requests.", "counter"), ("http_request_errors_total", "Failed HTTP requests.", "counter")]) + "process_resident_memory_bytes 8.4213e+07\n")
    w("data", "sensor_readings.ndjson", "\n".join(json.dumps({"device": f"th-{R.randint(1, 40):03d}", "ts": iso(), "temp_c": round(R.r.uniform(15, 30), 2), "rh_pct": round(R.r.uniform(20, 80), 1), "battery_v": round(R.r.uniform(2.7, 3.3), 2), "fw": "2.3.1"}) for _ in range(30)) + "\n")
    w("data", "matrix.txt", "\n".join(" ".join(f"{R.r.uniform(-1, 1):+.4f}" for _ in range(12)) for _ in range(24)) + "\n")
    w("data", "base64_pdf_snippet.txt", "JVBERi0xLjcKJeLjz9MK" + base64.b64encode(bytes(R.r.getrandbits(8) for _ in range(1500))).decode() + "\n")
    w("data", "wasm_module.b64", "AGFzbQEAAAAB" + base64.b64encode(bytes(R.r.getrandbits(8) for _ in range(900))).decode() + "\n")


def code_generated():
    import random
    r = random.Random(99)
    rows = []
    names = ["Blue mug", "Oak shelf", "Desk lamp", "Wool socks", "Notebook A5", "USB-C cable", "Tea towel", "Plant pot", "Linen napkin", "Cast iron pan", "Glass jar", "Bamboo board"]
    for i in range(1, 181):
        rows.append(f"    ({i}, 'SKU-{r.randint(100000, 999999)}', '{r.choice(names)}', {r.randint(2, 200)}.{r.randint(0, 99):02d}, {r.randint(0, 500)}, '{r.choice(['kitchen', 'office', 'home', 'apparel'])}')")
    w("code", "0003_seed_products.sql", "-- Seed data for local development and demo environments.\nINSERT INTO products (id, sku, title, price_eur, stock, category) VALUES\n" + ",\n".join(rows) + "\nON CONFLICT (id) DO NOTHING;\n\nSELECT setval('products_id_seq', (SELECT max(id) FROM products));\n")
    keys = {}
    for sec in ["nav", "orders", "cart", "checkout", "account", "errors", "settings", "search"]:
        for word in ["title", "subtitle", "empty", "loading", "retry", "save", "cancel", "confirm", "delete", "back", "next", "total", "subtotal", "shipping", "help", "close"]:
            keys[f"{sec}.{word}"] = f"{word.capitalize()} ({sec})"
    w("code", "en.i18n.ts", "// Generated from locales/en.json — edit the JSON, not this file.\nexport const en = " + json.dumps(keys, indent=2) + " as const;\n\nexport type MessageKey = keyof typeof en;\n")


def more_logs():
    w("logs", "sshd_auth.log", "".join(f"Nov 20 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} bastion sshd[{R.randint(1000, 99999)}]: " + R.choice([f"Accepted publickey for deploy from {ip()} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{R.b64bytes(32, pad=False)}", f"Connection closed by {ip()} port {R.randint(30000, 65000)} [preauth]", f"Invalid user admin from {ip()} port {R.randint(30000, 65000)}", "pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)", "Received disconnect from 10.0.3.4 port 51544:11: disconnected by user"]) + "\n" for _ in range(30)))
    w("logs", "haproxy.log", "".join(f"Nov 20 10:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} lb-1 haproxy[{R.randint(100, 999)}]: {ip()}:{R.randint(30000, 65000)} [20/Nov/2026:10:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.digits(3)}] fe_https~ be_api/api{R.randint(1, 3)} {R.randint(0, 5)}/0/{R.randint(0, 3)}/{R.randint(1, 400)}/{R.randint(1, 410)} {R.choice([200, 200, 304, 404, 503])} {R.randint(100, 90000)} - - ---- {R.randint(1, 90)}/{R.randint(1, 90)}/{R.randint(0, 9)}/0/0 0/0 \"GET {R.choice(PATHS)} HTTP/1.1\"\n" for _ in range(40)))
    w("logs", "gc.log", "".join(f"[{i * 3.217:.3f}s][info][gc] GC({i}) Pause Young (Normal) (G1 Evacuation Pause) {R.randint(200, 900)}M->{R.randint(50, 200)}M({R.randint(1024, 2048)}M) {R.randint(2, 40)}.{R.digits(3)}ms\n" for i in range(40)))
    w("logs", "terraform_plan.txt", """Terraform used the selected providers to generate the following execution plan. Resource
actions are indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_subnet.private[2] will be created
  + resource "aws_subnet" "private" {
      + arn                     = (known after apply)
      + availability_zone       = "eu-west-1c"
      + cidr_block              = "10.40.32.0/20"
      + id                      = (known after apply)
      + map_public_ip_on_launch = false
      + tags                    = {
          + "Name" = "private-2"
        }
      + vpc_id                  = "vpc-0a1b2c3d4e5f67890"
    }

  # aws_vpc.main will be updated in-place
  ~ resource "aws_vpc" "main" {
        id                   = "vpc-0a1b2c3d4e5f67890"
      ~ tags                 = {
          + "Team" = "platform"
            # (1 unchanged element hidden)
        }
    }

Plan: 1 to add, 1 to change, 0 to destroy.
""")
    w("logs", "ansible_run.txt", "\nPLAY [Configure web servers] ***************************************************\n\nTASK [Gathering Facts] *********************************************************\nok: [web-1]\nok: [web-2]\n\nTASK [Install packages] ********************************************************\nok: [web-1]\nchanged: [web-2]\n\nTASK [Render nginx config] *****************************************************\nchanged: [web-1]\nchanged: [web-2]\n\nRUNNING HANDLER [Reload nginx] *************************************************\nchanged: [web-1]\nchanged: [web-2]\n\nPLAY RECAP *********************************************************************\nweb-1                      : ok=4    changed=2    unreachable=0    failed=0    skipped=0\nweb-2                      : ok=4    changed=3    unreachable=0    failed=0    skipped=0\n")
    w("logs", "gradle_build.txt", "> Task :compileJava\n> Task :processResources\n> Task :classes\n> Task :compileTestJava\n> Task :test\n\nOrderServiceTest > cancelShippedOrderFails() PASSED\nOrderServiceTest > placeOrderComputesTotal() PASSED\nLruCacheTest > evictsEldest() PASSED\n\n> Task :jar\n> Task :assemble\n> Task :check\n> Task :build\n\nBUILD SUCCESSFUL in 24s\n7 actionable tasks: 7 executed\n")
    w("logs", "jest_output.txt", " PASS  src/utils/format.test.ts\n PASS  src/hooks/useDebounce.test.tsx\n FAIL  src/api/search.test.ts\n  \u25cf search \u203a sorts results by score\n\n    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n      Array [\n    -   \"b\",\n    +   \"a\",\n      ]\n\n      at Object.<anonymous> (src/api/search.test.ts:31:27)\n\nTest Suites: 1 failed, 2 passed, 3 total\nTests:       1 failed, 17 passed, 18 total\nSnapshots:   0 total\nTime:        2.214 s\n")
    w("logs", "k8s_container.ndjson", "\n".join(json.dumps({"time": iso(), "stream": R.choice(["stdout", "stderr"]), "log": R.choice(["GET /healthz 200 0.4ms", "worker started concurrency=8", "cache warmup complete in 812ms", "retrying job 4821 attempt=2 reason=timeout", "shutting down gracefully"]) + "\n", "kubernetes": {"pod_name": f"api-7d9f8c6b5-{R.lower(5)}", "namespace_name": "api", "container_name": "api"}}) for _ in range(25)) + "\n")
    w("logs", "windows_event.txt", "".join(f"Information\t20/11/2026 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}\tService Control Manager\t7036\tNone\tThe {R.choice(['Windows Update', 'Print Spooler', 'Acme Agent', 'Background Intelligent Transfer Service'])} service entered the {R.choice(['running', 'stopped'])} state.\n" for _ in range(20)))


def more_data():
    w("data", "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(f"  <url><loc>https://shop.acme-corp.example{p}</loc><lastmod>2026-11-{R.randint(1, 20):02d}</lastmod><changefreq>weekly</changefreq></url>\n" for p in ["/", "/products", "/products/blue-mug", "/products/oak-shelf", "/about", "/docs/getting-started", "/blog/2026/winter-sale"]) + "</urlset>\n")
    w("data", "pom_excerpt.xml", "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>orders</artifactId>\n  <version>2.3.1</version>\n  <properties>\n    <java.version>21</java.version>\n  </properties>\n  <dependencies>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n    <dependency>\n      <groupId>org.postgresql</groupId>\n      <artifactId>postgresql</artifactId>\n      <scope>runtime</scope>\n    </dependency>\n  </dependencies>\n</project>\n")
    w("data", "logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 32" width="120" height="32">\n  <rect x="0" y="0" width="32" height="32" rx="6" fill="#4f8cff"/>\n  <path d="M8 24 L16 8 L24 24 Z" fill="#fff"/>\n  <text x="40" y="22" font-family="system-ui" font-size="16" fill="#0f1115">Acme</text>\n</svg>\n')
    w("data", "hosts", "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n10.0.3.17\tdb.internal\n10.0.3.18\tcache.internal\n10.0.3.20\tmq.internal\n# added by provisioning on 2026-11-01\n")
    w("data", "crontab.txt", "# m h  dom mon dow   command\n*/5 * * * * /usr/local/bin/healthcheck --quiet\n15 2 * * * /usr/local/bin/backup_rotate.sh >> /var/log/backup.log 2>&1\n0 4 * * 0 /usr/bin/certbot renew --quiet --deploy-hook 'systemctl reload nginx'\n30 6 * * 1-5 /opt/acme/bin/report --weekly --out /srv/reports\n")
    w("data", "har_excerpt.json", json.dumps({"log": {"version": "1.2", "entries": [{"startedDateTime": iso(), "time": R.randint(10, 900), "request": {"method": "GET", "url": f"https://shop.acme-corp.example{p}", "headers": [{"name": "Accept", "value": "application/json"}, {"name": "User-Agent", "value": UAS[0]}]}, "response": {"status": 200, "content": {"size": R.randint(100, 90000), "mimeType": "application/json"}}} for p in ["/api/v1/products?category=kitchen", "/api/v1/cart", "/api/v1/search?q=mug"]]}}, indent=2) + "\n")
    w("data", "robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /cart/\nAllow: /products/\n\nSitemap: https://shop.acme-corp.example/sitemap.xml\n")
    w("data", "inventory.yaml", "warehouses:\n" + "".join(f"  - code: WH{i}\n    city: {c}\n    capacity_pallets: {R.randint(500, 9000)}\n    docks: {R.randint(2, 16)}\n" for i, c in enumerate(["Lisbon", "Porto", "Madrid", "Lyon", "Milan"], 1)))
    w("data", "pricing_table.md", "| Plan | Monthly | Yearly | Seats | Support |\n|------|--------:|-------:|------:|---------|\n| Free | 0 | 0 | 1 | Community |\n| Team | 19 | 190 | 10 | Email |\n| Business | 49 | 490 | 50 | Priority |\n| Enterprise | custom | custom | unlimited | Dedicated |\n")
    w("data", "parquet_schema.txt", "message schema {\n  required int64 order_id;\n  required binary sku (STRING);\n  required int32 quantity;\n  required int64 unit_price_cents;\n  optional binary coupon (STRING);\n  required int64 placed_at (TIMESTAMP(MILLIS,true));\n}\nrow groups: 12, rows: 1,204,881, compressed: 41.2 MiB, codec: ZSTD\n")
    w("data", "changelog_entries.jsonl", "\n".join(json.dumps({"version": f"0.{i}.0", "date": f"2026-{(i % 12) + 1:02d}-15", "changes": R.r.sample(["Faster startup", "Fix CRLF framing", "New --json flag", "Lower memory use", "Better error messages", "Windows support", "Retry budget"], 3)}) for i in range(1, 16)) + "\n")


if __name__ == "__main__":
    code_generated()
    logs()
    data()
    more_logs()
    more_data()
    n = 0
    for sub in ("code", "logs", "data"):
        d = os.path.join(ROOT, sub)
        for f in sorted(os.listdir(d)):
            p = os.path.join(d, f)
            if f.endswith((".jsonl", ".ndjson")):
                n += sum(1 for ln in open(p, encoding="utf-8") if ln.strip())
            else:
                n += 1
    print("segments:", n)
