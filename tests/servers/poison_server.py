#!/usr/bin/env python3
"""A small MCP stdio server whose tool definitions and results come from the environment,
for the interception tests (standard library only).

    poison_server.py

Environment:
  POISON_TOOLS   JSON array of tool definitions for tools/list (default: one benign `add`)
  POISON_RESULT  text every tools/call answers with (default: "ok")
  POISON_RECORD  if set, every received line is appended to this file (raw bytes), so a test
                 can prove what reached the server
  POISON_ECHO    if set, tools/call answers with the reverse of its `rev` argument (so a test can
                 send a secret the request scanner does not see and get it back in a result)
  POISON_RAW     JSON object {method: raw result text}: requests of that method are answered
                 with the text spliced in verbatim as `result` (to send lone surrogates, odd
                 shapes, blobs); it overrides the built-in answers
Answers initialize (echoing the client's protocolVersion), ping, tools/list, tools/call;
everything else gets -32601.
"""

import json
import os
import sys

DEFAULT_TOOLS = [
    {
        "name": "add",
        "description": "Adds two numbers.",
        "inputSchema": {
            "type": "object",
            "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
            "required": ["a", "b"],
        },
    }
]


def send(obj) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main() -> int:
    tools = json.loads(os.environ.get("POISON_TOOLS") or "null") or DEFAULT_TOOLS
    result_text = os.environ.get("POISON_RESULT", "ok")
    record = os.environ.get("POISON_RECORD")
    raw = json.loads(os.environ.get("POISON_RAW") or "{}")
    for line in sys.stdin.buffer:
        if record:
            with open(record, "ab") as f:
                f.write(line)
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if "id" not in msg or "method" not in msg:
            continue
        mid, method = msg["id"], msg["method"]
        params = msg.get("params") or {}
        if method in raw:
            sys.stdout.write('{"jsonrpc":"2.0","id":%s,"result":%s}\n' % (json.dumps(mid), raw[method]))
            sys.stdout.flush()
        elif method == "initialize":
            send({"jsonrpc": "2.0", "id": mid, "result": {
                "protocolVersion": params.get("protocolVersion", "2025-06-18"),
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "poison", "version": "1.0.0"},
            }})
        elif method == "ping":
            send({"jsonrpc": "2.0", "id": mid, "result": {}})
        elif method == "tools/list":
            send({"jsonrpc": "2.0", "id": mid, "result": {"tools": tools}})
        elif method == "tools/call" and os.environ.get("POISON_ECHO"):
            text = str((params.get("arguments") or {}).get("rev", ""))[::-1]
            send({"jsonrpc": "2.0", "id": mid, "result": {
                "content": [{"type": "text", "text": text}], "isError": False}})
        elif method == "tools/call":
            send({"jsonrpc": "2.0", "id": mid, "result": {
                "content": [{"type": "text", "text": result_text}], "isError": False}})
        else:
            send({"jsonrpc": "2.0", "id": mid, "error": {"code": -32601, "message": "Method not found"}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
