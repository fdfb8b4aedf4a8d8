#!/usr/bin/env python3
"""A misbehaving MCP-over-HTTP server for sentinel's HTTP transport tests (loopback only).

Speaks enough Streamable HTTP (POST /mcp, GET /mcp, DELETE /mcp) and legacy HTTP+SSE
(GET /sse, POST /messages) to drive the transport, and misbehaves on request: the tool name of a
tools/call picks the fault. Prints "PORT <n>" on stdout once listening. Every loop is bounded in
count and time; the server exits by itself after --lifetime seconds.

GET /log returns what the server saw (method, path, selected headers) as JSON, so tests can check
the headers sentinel sent and that the session was DELETEd.
"""

import argparse
import json
import queue
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SESSION = "sess-1"
LOG = []
LOG_LOCK = threading.Lock()
STATE = {"expired": False}
LEGACY_QUEUES = {}
SEEN_HEADERS = [
    "mcp-session-id",
    "mcp-protocol-version",
    "mcp-method",
    "mcp-name",
    "authorization",
    "accept",
    "content-type",
    "x-tenant",
    "last-event-id",
]


def record(handler, body=None):
    entry = {"method": handler.command, "path": handler.path}
    for name in SEEN_HEADERS:
        value = handler.headers.get(name)
        if value is not None:
            entry[name] = value
    if body is not None:
        entry["body"] = body
    with LOG_LOCK:
        LOG.append(entry)


def result(msg_id, value):
    return {"jsonrpc": "2.0", "id": msg_id, "result": value}


def text_result(msg_id, text):
    return result(msg_id, {"content": [{"type": "text", "text": text}]})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep stderr quiet
        pass

    # ---- helpers -------------------------------------------------------------------------
    def send_json(self, status, obj, extra=None, raw=None):
        body = raw if raw is not None else json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def send_plain(self, status, ctype, body):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def start_sse(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def write_chunks(self, data, size):
        for i in range(0, len(data), size):
            self.wfile.write(data[i : i + size])
            self.wfile.flush()
            time.sleep(0.001)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    # ---- Streamable HTTP -------------------------------------------------------------------
    def do_POST(self):
        raw = self.read_body()
        if self.path.startswith("/messages"):
            return self.legacy_post(raw)
        if self.path.startswith("/sse"):
            record(self)
            return self.send_plain(404, "text/plain", b"Cannot POST /sse")
        try:
            msg = json.loads(raw)
        except ValueError:
            return self.send_plain(400, "text/plain", b"bad json")
        record(self, msg)
        method = msg.get("method")
        msg_id = msg.get("id")
        if method == "initialize":
            res = result(
                msg_id,
                {
                    "protocolVersion": "2025-06-18",
                    "capabilities": {"tools": {}},
                    "serverInfo": {"name": "fault", "version": "1"},
                },
            )
            return self.send_json(200, res, {"Mcp-Session-Id": SESSION})
        if self.headers.get("mcp-session-id") != SESSION or STATE["expired"]:
            if msg.get("params", {}).get("_meta", {}).get("io.modelcontextprotocol/protocolVersion"):
                pass  # 2026-07-28 messages have no session
            else:
                return self.send_json(
                    404, {"jsonrpc": "2.0", "id": None, "error": {"code": -32001, "message": "Session not found"}}
                )
        if msg_id is None or method is None:
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if method != "tools/call":
            return self.send_json(200, result(msg_id, {}))
        name = msg["params"]["name"]
        args = msg["params"].get("arguments") or {}
        return self.tool(name, args, msg_id, msg)

    def tool(self, name, args, msg_id, msg):
        if name == "json":
            return self.send_json(200, text_result(msg_id, args.get("text", "")))
        if name == "pretty":
            body = json.dumps(text_result(msg_id, "pretty"), indent=2).encode() + b"\r\n"
            return self.send_json(200, None, raw=body)
        if name == "batch":
            body = json.dumps(
                [
                    {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": "b"}},
                    text_result(msg_id, "batched"),
                ]
            ).encode()
            return self.send_json(200, None, raw=body)
        if name.startswith("headers"):
            entry = LOG[-1]
            return self.send_json(200, result(msg_id, {"seen": entry}))
        if name == "sse_split":
            req = {"jsonrpc": "2.0", "id": "srv-1", "method": "sampling/createMessage", "params": {"messages": [], "maxTokens": 1}}
            note = {"jsonrpc": "2.0", "method": "notifications/progress", "params": {"progressToken": 1, "progress": 1}}
            resp = text_result(msg_id, "split ok")
            data = (
                b": keepalive\r\n\r\nid: e0\r\ndata:\r\n\r\n"
                + b"event: message\r\ndata: " + json.dumps(req).encode() + b"\r\n\r\n"
                + b"data: " + json.dumps(note).encode() + b"\n\n"
                + b"id: e2\rdata: " + json.dumps(resp).encode() + b"\r\r"
            )
            self.start_sse()
            return self.write_chunks(data, int(args.get("chunk", 3)))
        if name == "slow":
            time.sleep(float(args.get("secs", 1.5)))
            return self.send_json(200, text_result(msg_id, "slow done"))
        if name in ("poll", "poll_lost"):
            # 2025-11-25 polling: give the stream an event id, end it early, answer on the
            # GET that resumes it (poll_lost: never answer).
            eid = "%s-%s" % (name, msg_id)
            if name == "poll":
                with LOG_LOCK:
                    STATE.setdefault("resume", {})[eid] = text_result(msg_id, "after resume")
            self.start_sse()
            self.wfile.write(b"id: " + eid.encode() + b"\nretry: 10\ndata:\n\n")
            self.wfile.flush()
            return
        if name == "status500":
            return self.send_plain(500, "text/plain", b"internal oops")
        if name == "html":
            return self.send_plain(200, "text/html", b"<!DOCTYPE html><html><body>Login</body></html>")
        if name == "reset":
            self.start_sse()
            self.wfile.write(b'data: {"jsonrpc":"2.0","method":"notifications/progress","params":{}}\n\ndata: {"jsonrpc"')
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            return
        if name == "oversized":
            big = "x" * int(args.get("size", 200000))
            return self.send_json(200, text_result(msg_id, big))
        if name == "oversized_id_last":
            big = "z" * int(args.get("size", 200000))
            body = {"jsonrpc": "2.0", "result": {"content": [{"type": "text", "text": big}]}, "id": msg_id}
            return self.send_json(200, body)
        if name == "oversized_sse":
            big = "y" * int(args.get("size", 200000))
            self.start_sse()
            data = (
                b"data: " + json.dumps(text_result(msg_id, big)).encode() + b"\n\n"
            )
            return self.write_chunks(data, 65536)
        if name == "expire":
            STATE["expired"] = True
            return self.send_json(200, text_result(msg_id, "expired from now on"))
        if name == "error_json":
            return self.send_json(
                400, {"jsonrpc": "2.0", "id": msg_id, "error": {"code": -32602, "message": "bad args"}}
            )
        return self.send_json(200, {"jsonrpc": "2.0", "id": msg_id, "error": {"code": -32601, "message": "no tool"}})

    def do_GET(self):
        record(self)
        if self.path == "/log":
            with LOG_LOCK:
                return self.send_json(200, LOG)
        if self.path.startswith("/sse"):
            return self.legacy_stream()
        if self.path.startswith("/mcp"):
            if self.headers.get("mcp-session-id") != SESSION:
                return self.send_plain(400, "text/plain", b"no session")
            lei = self.headers.get("last-event-id")
            with LOG_LOCK:
                stored = STATE.get("resume", {}).pop(lei, None) if lei else None
            if stored is not None:
                self.start_sse()
                self.wfile.write(b"id: " + lei.encode() + b"-1\ndata: " + json.dumps(stored).encode() + b"\n\n")
                self.wfile.flush()
                return
            with LOG_LOCK:
                STATE["gets"] = STATE.get("gets", 0) + 1
                n = STATE["gets"]
            if n >= 3:
                return self.send_plain(503, "text/plain", b"GET stream unavailable")
            self.start_sse()
            if n == 1:
                note = {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": "from GET"}}
                self.wfile.write(b"retry: 20\nid: g1\ndata: " + json.dumps(note).encode() + b"\n\n")
            else:
                self.wfile.write(b": resumed\n\n")
            self.wfile.flush()
            # Hold the stream open a little (bounded), then end it: the client reconnects.
            time.sleep(0.5)
            return
        return self.send_plain(404, "text/plain", b"not found")

    def do_DELETE(self):
        record(self)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    # ---- legacy HTTP+SSE -------------------------------------------------------------------
    def legacy_stream(self):
        sid = str(len(LEGACY_QUEUES) + 1)
        q = queue.Queue()
        LEGACY_QUEUES[sid] = q
        self.start_sse()
        self.wfile.write(b": hello\n\nevent: endpoint\ndata: /messages?sessionId=" + sid.encode() + b"\n\n")
        self.wfile.flush()
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                item = q.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is None:
                return  # drop the stream (connection lost)
            self.wfile.write(b"event: message\ndata: " + item + b"\n\n")
            self.wfile.flush()

    def legacy_post(self, raw):
        sid = self.path.split("sessionId=")[-1]
        q = LEGACY_QUEUES.get(sid)
        try:
            msg = json.loads(raw)
        except ValueError:
            msg = None
        record(self, msg)
        if q is None or msg is None:
            return self.send_plain(400, "text/plain", b"no session")
        self.send_plain(202, "text/plain", b"Accepted")
        msg_id = msg.get("id")
        method = msg.get("method")
        if msg_id is None or method is None:
            return
        if method == "initialize":
            q.put(json.dumps(result(msg_id, {"protocolVersion": "2024-11-05", "capabilities": {}, "serverInfo": {"name": "legacy", "version": "1"}})).encode())
        elif method == "tools/call" and msg["params"]["name"] == "drop":
            q.put(None)
        elif method == "tools/call":
            q.put(json.dumps(text_result(msg_id, msg["params"].get("arguments", {}).get("text", ""))).encode())
        else:
            q.put(json.dumps(result(msg_id, {})).encode())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lifetime", type=float, default=120)
    ap.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="serve https with this certificate")
    args = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if args.tls:
        import ssl

        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.tls[0], args.tls[1])
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    print("PORT", server.server_address[1], flush=True)
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
