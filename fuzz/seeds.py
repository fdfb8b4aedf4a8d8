#!/usr/bin/env python3
"""Writes the fuzz seed corpora (fuzz/corpus/<target>/seed-*) from the project's own labelled
corpora: a few cases per detector id, as raw text (scan, normalize) and wrapped in each MCP
message shape the proxy intercepts (extract, intercept). Deterministic: re-running it leaves
git clean. The wire-layer seeds (envelope, framing, recover) are hand-written and kept as they are.
"""
import base64, json, pathlib, tomllib

root = pathlib.Path(__file__).resolve().parent.parent
corpora = root / "corpora"
out = root / "fuzz" / "corpus"

texts = []
for path in sorted(corpora.glob("SEC-*/*.toml")):
    cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
    texts += [c["text"] for c in cases[:4]]

def shapes(text, i):
    """The text in every intercepted message shape."""
    yield {"jsonrpc": "2.0", "id": i, "method": "tools/call",
           "params": {"name": "run", "arguments": {"cmd": text, "nested": [{"k": text}]}}}
    yield {"jsonrpc": "2.0", "id": i, "result": {"content": [
        {"type": "text", "text": text},
        {"type": "resource", "resource": {"uri": "file:///a", "mimeType": "text/plain; charset=utf-8",
                                          "blob": base64.b64encode(text.encode()).decode()}},
        {"type": "resource_link", "uri": "file:///b", "name": "b", "description": text}],
        "structuredContent": {"v": text}, "isError": False}}
    yield {"jsonrpc": "2.0", "id": str(i), "result": {"contents": [{"uri": "x:", "text": text}]}}
    yield {"jsonrpc": "2.0", "id": i, "result": {"tools": [{"name": "t", "description": text,
           "inputSchema": {"type": "object", "properties": {"p": {"type": "string", "description": text}}}}]}}
    yield {"jsonrpc": "2.0", "id": i, "result": {"protocolVersion": "2025-11-25", "capabilities": {},
           "serverInfo": {"name": "s", "version": "1"}, "instructions": text}}
    yield {"jsonrpc": "2.0", "id": i, "method": "sampling/createMessage",
           "params": {"messages": [{"role": "user", "content": {"type": "text", "text": text}}], "maxTokens": 9}}
    yield {"jsonrpc": "2.0", "id": i, "result": {"resultType": "input_required", "inputRequests": {
           "a": {"method": "elicitation/create", "params": {"message": text, "requestedSchema": {}}}}}}

def write(target, items):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    for old in d.glob("seed-*"):
        old.unlink()
    for n, data in enumerate(items):
        (d / f"seed-{n:03}").write_bytes(data)

raw = [bytes([n % 251]) + t.encode() for n, t in enumerate(texts)]
write("scan", raw)
write("normalize", [t.encode() for t in texts])
msgs = []
for n, t in enumerate(texts[::3]):
    for m in shapes(t, n):
        msgs.append(bytes([len(msgs) % 251]) + json.dumps(m, ensure_ascii=len(msgs) % 2 == 0).encode())
write("extract", msgs)
write("intercept", msgs)
print({t: len(list((out / t).glob("seed-*"))) for t in ["scan", "normalize", "extract", "intercept"]})
