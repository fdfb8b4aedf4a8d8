#!/usr/bin/env python3
"""The e2e session tour (tests/e2e/tour.py) over HTTP: the official Python SDK client talks to
server-everything either directly over HTTP or over stdio to `sentinel proxy --target URL`.

    http_tour.py streamable URL        # direct, Streamable HTTP
    http_tour.py sse URL               # direct, legacy HTTP+SSE
    http_tour.py stdio -- CMD ARGS...  # through sentinel (CMD = sentinel proxy --target URL)

Prints the canonical transcript tour.py defines; tests/http_e2e.rs requires the direct and the
proxied transcripts to be identical.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import anyio

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "e2e"))
import tour as t  # noqa: E402  (the e2e tour, reused as is)
from mcp.client.session import ClientSession  # noqa: E402
from mcp.client.sse import sse_client  # noqa: E402
from mcp.client.stdio import StdioServerParameters, stdio_client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402


async def main() -> int:
    argv = sys.argv[1:]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    mode = argv[0]
    if mode == "streamable":
        transport = streamable_http_client(argv[1])
    elif mode == "sse":
        transport = sse_client(argv[1])
    elif mode == "stdio" and argv[1] == "--":
        cmd = argv[2:]
        transport = stdio_client(StdioServerParameters(command=cmd[0], args=cmd[1:], env=dict(os.environ)))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    tour = t.Tour(None)
    callbacks: dict[str, Any] = dict(
        sampling_callback=tour.on_sampling,
        elicitation_callback=tour.on_elicitation,
        list_roots_callback=tour.on_list_roots,
    )
    with anyio.fail_after(120):
        async with transport as streams:
            read, write = streams[0], streams[1]
            async with ClientSession(read, write, read_timeout_seconds=30, **callbacks) as s:
                t.init_section(tour, s, await s.initialize())
                await t.everything(tour, s)
    json.dump(tour.out, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(anyio.run(main))
