#!/usr/bin/env python3
"""The demo session behind scripts/demo.sh: the official MCP Python SDK client, as a host would,
talks to the official filesystem server through `sentinel proxy`, and says what happened.

    demo.py SENTINEL_BINARY WORKDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap

import anyio
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(
    ROOT, "tests/e2e/node/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"
)


def show(title: str, body: str = "") -> None:
    print(f"\n\033[1m▶ {title}\033[0m" if sys.stdout.isatty() else f"\n> {title}")
    if body:
        print(textwrap.indent(body.rstrip("\n"), "    "))


def text_of(result) -> str:
    return "\n".join(b.text for b in result.content if getattr(b, "type", "") == "text")


async def session(sentinel: str, workdir: str, errlog) -> None:
    cmd = [sentinel, "proxy", "--target", "node", SERVER, workdir]
    show("host command line (what goes into mcpServers)", " ".join(cmd))
    params = StdioServerParameters(command=cmd[0], args=cmd[1:], env=dict(os.environ))
    async with stdio_client(params, errlog=errlog) as (read, write):
        async with ClientSession(read, write, read_timeout_seconds=30) as s:
            init = await s.initialize()
            show(
                "initialize",
                f"server {init.server_info.name} {init.server_info.version}, "
                f"protocol {init.protocol_version}",
            )
            tools = (await s.list_tools()).tools
            show(f"tools/list: {len(tools)} tools", ", ".join(t.name for t in tools))
            note = os.path.join(workdir, "hello.md")
            res = await s.call_tool(
                "write_file", {"path": note, "content": "# Hello\nRelayed by sentinel, byte for byte.\n"}
            )
            show("tools/call write_file", text_of(res))
            res = await s.call_tool("read_text_file", {"path": note})
            show("tools/call read_text_file", text_of(res))
            res = await s.call_tool("list_directory", {"path": workdir})
            show("tools/call list_directory", text_of(res))
            res = await s.call_tool("read_text_file", {"path": "/etc/passwd"})
            show("tools/call read_text_file /etc/passwd (outside the allowed directory)",
                 f"isError={res.is_error}: {text_of(res)}")


def main() -> int:
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    sentinel, workdir = sys.argv[1], os.path.realpath(sys.argv[2])
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as errlog:
        try:
            anyio.run(session, sentinel, workdir, errlog)
        finally:
            errlog.seek(0)
            show("sentinel's stderr (its log lines and the server's, prefixed)", errlog.read() or "(empty)")
    show("done: the session went through sentinel")
    return 0


if __name__ == "__main__":
    sys.exit(main())
