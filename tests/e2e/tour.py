#!/usr/bin/env python3
"""Session tour: drive a real MCP stdio server with the official Python SDK client and print a
canonical JSON transcript of everything it answered.

    tour.py everything  [--workdir DIR] -- CMD ARGS...   # @modelcontextprotocol/server-everything
    tour.py filesystem   --workdir DIR  -- CMD ARGS...   # @modelcontextprotocol/server-filesystem
    tour.py rmcp        [--era modern]   -- CMD ARGS...   # examples/rmcp_server.rs

`--era modern` opens the session with `server/discover` (protocol 2026-07-28: no initialize,
every request carries its `_meta`) instead of `initialize`.

CMD is either the server itself or `sentinel proxy --target <server>`; the Rust e2e tests run
both and require the two transcripts to be identical, so the transcript must contain only what
the server said, canonicalised, and drop only values that legitimately differ between runs:

* server-everything stamps dynamic resources with `new Date().toLocaleTimeString()`
  ("created at 8:03:12 AM"), inside text resources, base64 blobs, embedded resources and
  resource links: the clock time is replaced by `<TIME>` (blobs are decoded first).
* The temp directory given with --workdir differs per run: it is replaced by `<WORKDIR>`.
* How often server-everything asks for roots (once at 350 ms after initialize, again from
  `get-roots-list` if that races ahead) depends on timing, so the transcript records only that
  roots were asked for, and no asynchronous log notification is recorded.
* Directory listings are sorted: readdir order is not a server property.
Large binary payloads (the tiny PNG) are recorded as their SHA-256 to keep transcripts short;
a single changed byte still changes the digest.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import sys
from typing import Any

import anyio
from mcp import types
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.shared.exceptions import MCPError

# `toLocaleTimeString()` in the en-US locale ("8:03:12 AM") and in 24-hour locales ("08:03:12").
TIME_RE = re.compile(r"\b\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?")


class Tour:
    """Collects the transcript and the client-side callbacks the servers exercise."""

    def __init__(self, workdir: str | None) -> None:
        self.workdir = os.path.realpath(workdir) if workdir else None
        self.out: dict[str, Any] = {}
        self.sampling_requests: list[Any] = []
        self.elicitation_requests: list[Any] = []
        self.roots_requested = anyio.Event()

    # ---- canonicalisation -------------------------------------------------------------
    def canon(self, value: Any) -> Any:
        """Pydantic model or plain JSON → canonical plain JSON (see the module doc)."""
        if hasattr(value, "model_dump"):
            value = value.model_dump(mode="json", by_alias=True, exclude_none=True)
        return self._walk(value)

    def _walk(self, v: Any) -> Any:
        if isinstance(v, dict):
            out = {}
            for k, x in v.items():
                if k in ("blob", "data") and isinstance(x, str):
                    out[k] = self._binary(x)
                else:
                    out[k] = self._walk(x)
            return out
        if isinstance(v, list):
            return [self._walk(x) for x in v]
        if isinstance(v, str):
            return self._text(v)
        return v

    def _text(self, s: str) -> str:
        if self.workdir:
            s = s.replace(self.workdir, "<WORKDIR>")
        return TIME_RE.sub("<TIME>", s)

    def _binary(self, b64: str) -> Any:
        raw = base64.b64decode(b64, validate=True)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return {"sha256": hashlib.sha256(raw).hexdigest(), "len": len(raw)}
        return {"decoded_text": self._text(text)}

    # ---- client callbacks -------------------------------------------------------------
    async def on_sampling(self, _ctx, params: types.CreateMessageRequestParams):
        self.sampling_requests.append(self.canon(params))
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text="sampled reply from the e2e client"),
            model="e2e-fake-model",
            stop_reason="endTurn",
        )

    async def on_elicitation(self, _ctx, params: types.ElicitRequestParams):
        self.elicitation_requests.append(self.canon(params))
        return types.ElicitResult(
            action="accept",
            content={"name": "Ada Lovelace", "check": True, "email": "ada@example.org", "integer": 7},
        )

    async def on_list_roots(self, _ctx):
        self.roots_requested.set()
        return types.ListRootsResult(
            roots=[types.Root(uri="file:///tmp/sentinel-e2e-root", name="e2e root")]
        )


async def call(tour: Tour, s: ClientSession, key: str, name: str, args: dict | None, **kw) -> None:
    """Calls a tool and records its result, or the JSON-RPC error it was answered with."""
    try:
        res = tour.canon(await s.call_tool(name, args, **kw))
    except MCPError as e:
        res = {"jsonrpcError": tour.canon(e.error)}
    tour.out.setdefault("calls", {})[key] = res


def init_section(tour: Tour, s: ClientSession, init: types.InitializeResult) -> None:
    tour.out["initialize"] = {
        "protocolVersion": init.protocol_version,
        "serverInfo": tour.canon(init.server_info),
        "capabilities": tour.canon(init.capabilities),
        "instructions": tour._text(init.instructions or ""),
    }


async def lists(tour: Tour, s: ClientSession, prompts=True, resources=True) -> None:
    tools = await s.list_tools()
    tour.out["tools"] = sorted(tour.canon(tools)["tools"], key=lambda t: t["name"])
    if prompts:
        tour.out["prompts"] = tour.canon(await s.list_prompts())
    if resources:
        tour.out["resources"] = tour.canon(await s.list_resources())
        tour.out["resourceTemplates"] = tour.canon(await s.list_resource_templates())


async def everything(tour: Tour, s: ClientSession) -> None:
    await lists(tour, s)
    await s.send_ping()
    await call(tour, s, "echo", "echo", {"message": "hello through sentinel ✓ \"quoted\" \\ é"})
    await call(tour, s, "get-sum", "get-sum", {"a": 2, "b": 40.5})
    await call(tour, s, "get-structured-content", "get-structured-content", {"location": "Chicago"})
    await call(tour, s, "annotated-error", "get-annotated-message", {"messageType": "error", "includeImage": True})
    await call(tour, s, "get-tiny-image", "get-tiny-image", {})
    await call(tour, s, "resource-links", "get-resource-links", {"count": 3})
    await call(tour, s, "resource-ref-text", "get-resource-reference", {"resourceType": "Text", "resourceId": 2})
    await call(tour, s, "resource-ref-blob", "get-resource-reference", {"resourceType": "Blob", "resourceId": 3})
    await call(tour, s, "bad-args", "get-sum", {"a": "not a number"})

    progress: list[list[Any]] = []

    async def on_progress(p: float, total: float | None, message: str | None) -> None:
        progress.append([p, total, message])

    await call(
        tour, s, "long-running", "trigger-long-running-operation", {"duration": 0.6, "steps": 3},
        progress_callback=on_progress,
    )
    tour.out["progress"] = progress

    await call(tour, s, "sampling", "trigger-sampling-request", {"prompt": "Say hi", "maxTokens": 20})
    await call(tour, s, "elicitation", "trigger-elicitation-request", {})
    tour.out["samplingRequests"] = tour.sampling_requests
    tour.out["elicitationRequests"] = tour.elicitation_requests
    await call(tour, s, "roots", "get-roots-list", {})
    with anyio.fail_after(10):
        await tour.roots_requested.wait()
    tour.out["rootsRequested"] = True

    reads = {}
    for uri in (
        "demo://resource/static/document/architecture.md",
        "demo://resource/dynamic/text/1",
        "demo://resource/dynamic/blob/2",
    ):
        reads[uri] = tour.canon(await s.read_resource(uri))
    tour.out["reads"] = reads
    await s.subscribe_resource("demo://resource/dynamic/text/1")
    await s.unsubscribe_resource("demo://resource/dynamic/text/1")

    prompts = {}
    prompts["simple-prompt"] = tour.canon(await s.get_prompt("simple-prompt"))
    prompts["args-prompt"] = tour.canon(await s.get_prompt("args-prompt", {"city": "Lyon", "state": "Rhône"}))
    prompts["resource-prompt"] = tour.canon(
        await s.get_prompt("resource-prompt", {"resourceType": "Text", "resourceId": "4"})
    )
    prompts["completable-prompt"] = tour.canon(
        await s.get_prompt("completable-prompt", {"department": "Engineering", "name": "Alice"})
    )
    tour.out["getPrompt"] = prompts
    completion = await s.complete(
        types.PromptReference(type="ref/prompt", name="completable-prompt"),
        {"name": "department", "value": "S"},
    )
    tour.out["completion"] = tour.canon(completion)


async def filesystem(tour: Tour, s: ClientSession) -> None:
    assert tour.workdir, "filesystem tour needs --workdir"
    await lists(tour, s, prompts=False, resources=False)
    wd = tour.workdir
    await call(tour, s, "allowed", "list_allowed_directories", {})
    await call(tour, s, "write", "write_file", {"path": f"{wd}/notes.txt", "content": "first line\nsecond ✓ line\n"})
    await call(tour, s, "read", "read_text_file", {"path": f"{wd}/notes.txt"})
    await call(tour, s, "head", "read_text_file", {"path": f"{wd}/notes.txt", "head": 1})
    await call(tour, s, "mkdir", "create_directory", {"path": f"{wd}/sub"})
    await call(
        tour, s, "edit", "edit_file",
        {"path": f"{wd}/notes.txt", "edits": [{"oldText": "first", "newText": "1st"}]},
    )
    await call(tour, s, "reread", "read_text_file", {"path": f"{wd}/notes.txt"})
    await call(tour, s, "outside", "read_text_file", {"path": "/etc/hostname"})
    res = tour.canon(await s.call_tool("list_directory", {"path": wd}))
    for block in res.get("content", []):
        if block.get("type") == "text":
            block["text"] = "\n".join(sorted(block["text"].split("\n")))
    if isinstance(res.get("structuredContent", {}).get("content"), str):
        sc = res["structuredContent"]
        sc["content"] = "\n".join(sorted(sc["content"].split("\n")))
    tour.out.setdefault("calls", {})["list"] = res


async def rmcp(tour: Tour, s: ClientSession) -> None:
    await lists(tour, s)
    await call(tour, s, "echo", "echo", {"text": "through sentinel ✓ \"q\""})
    await call(tour, s, "add", "add", {"a": 3, "b": 4})
    await call(tour, s, "add-bad", "add", {"a": "x"})
    await call(tour, s, "unknown", "no-such-tool", {})
    tour.out["reads"] = tour.canon(await s.read_resource("memo://greeting"))
    try:
        await s.read_resource("memo://missing")
    except MCPError as e:
        tour.out["readMissing"] = tour.canon(e.error)
    tour.out["getPrompt"] = tour.canon(await s.get_prompt("greet", {"name": "Grace"}))


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=["everything", "filesystem", "rmcp"])
    ap.add_argument("--workdir")
    ap.add_argument(
        "--era",
        choices=["handshake", "modern"],
        default="handshake",
        help="handshake: initialize (<= 2025-11-25); modern: server/discover and per-request _meta (2026-07-28)",
    )
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    ns = ap.parse_args(argv[:split])
    cmd = argv[split + 1 :]
    if not cmd:
        ap.error("missing server command after --")
    tour = Tour(ns.workdir)
    params = StdioServerParameters(command=cmd[0], args=cmd[1:], env=dict(os.environ))
    callbacks: dict[str, Any] = {}
    if ns.kind == "everything":
        callbacks = dict(
            sampling_callback=tour.on_sampling,
            elicitation_callback=tour.on_elicitation,
            list_roots_callback=tour.on_list_roots,
        )
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write, read_timeout_seconds=30, **callbacks) as s:
            if ns.era == "modern":
                tour.out["discover"] = tour.canon(await s.discover())
            else:
                init_section(tour, s, await s.initialize())
            await {"everything": everything, "filesystem": filesystem, "rmcp": rmcp}[ns.kind](tour, s)
    json.dump(tour.out, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(anyio.run(main))
