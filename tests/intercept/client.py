#!/usr/bin/env python3
"""Drives an MCP stdio server (usually `sentinel proxy --target …`) with the official Python
SDK client through a list of steps, and prints one JSON line per step.

    client.py STEPS_JSON -- CMD ARGS...

STEPS_JSON is a JSON array of steps:
  {"op": "list_tools"} | {"op": "call", "name": N, "args": {...}} | {"op": "read", "uri": U}
  {"op": "list_prompts"} | {"op": "list_resources"} | {"op": "get_prompt", "name": N, "args": {...}}
Each output line is {"ok": <result as JSON>} or {"error": {"code", "message", "data"}}.
"""

from __future__ import annotations

import json
import os
import sys

import anyio
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

try:
    from mcp.shared.exceptions import MCPError as SdkError
except ImportError:  # older SDK naming
    from mcp.shared.exceptions import McpError as SdkError


def dump(v):
    if hasattr(v, "model_dump"):
        return v.model_dump(mode="json", by_alias=True, exclude_none=True)
    return v


async def run(steps, cmd) -> None:
    # The whole environment, so test servers behind sentinel get their settings.
    params = StdioServerParameters(command=cmd[0], args=cmd[1:], env=dict(os.environ))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write, read_timeout_seconds=None) as s:
            await s.initialize()
            for st in steps:
                op = st["op"]
                try:
                    if op == "list_tools":
                        r = await s.list_tools()
                    elif op == "call":
                        r = await s.call_tool(st["name"], st.get("args"))
                    elif op == "read":
                        r = await s.read_resource(st["uri"])
                    elif op == "list_prompts":
                        r = await s.list_prompts()
                    elif op == "list_resources":
                        r = await s.list_resources()
                    elif op == "get_prompt":
                        r = await s.get_prompt(st["name"], st.get("args"))
                    else:
                        raise SystemExit(f"unknown op {op}")
                    out = {"ok": dump(r)}
                except SdkError as e:
                    err = getattr(e, "error", None)
                    out = {"error": {
                        "code": getattr(err, "code", None),
                        "message": getattr(err, "message", str(e)),
                        "data": getattr(err, "data", None),
                    }}
                print(json.dumps(out), flush=True)


def main() -> int:
    argv = sys.argv[1:]
    if len(argv) < 3 or argv[1] != "--":
        sys.stderr.write("usage: client.py STEPS_JSON -- CMD ARGS...\n")
        return 2
    steps = json.loads(argv[0])
    anyio.run(run, steps, argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
