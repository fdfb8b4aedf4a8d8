#!/usr/bin/env python3
"""Recording shim for the byte-faithfulness tests (stdlib only).

    tee.py OUTDIR -- CMD ARGS...

Spawns CMD and copies bytes both ways between its own stdio and CMD's, appending every line it
passes to OUTDIR/to_server.bin (what CMD received on stdin) and OUTDIR/to_client.bin (what CMD
wrote to stdout), exactly as they went through: no decoding, no re-framing. CMD's stderr is
inherited. When our stdin reaches EOF, CMD's stdin is closed; we exit with CMD's status once its
stdout is drained, so the shim is invisible to the lifecycle of whatever drives it.
"""

import os
import subprocess
import sys
import threading


def pump(src, dst, record_path: str, close_dst: bool) -> None:
    """Copy src to dst line by line (bytes), appending each line to the record, flushing each."""
    with open(record_path, "ab", buffering=0) as record:
        while True:
            line = src.readline()
            if not line:
                break
            record.write(line)
            try:
                dst.write(line)
                dst.flush()
            except (BrokenPipeError, ValueError):
                break
    if close_dst:
        try:
            dst.close()
        except (BrokenPipeError, ValueError):
            pass


def main() -> int:
    argv = sys.argv[1:]
    if len(argv) < 3 or argv[1] != "--":
        sys.stderr.write("usage: tee.py OUTDIR -- CMD ARGS...\n")
        return 2
    outdir, cmd = argv[0], argv[2:]
    os.makedirs(outdir, exist_ok=True)
    child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    up = threading.Thread(
        target=pump, args=(stdin, child.stdin, os.path.join(outdir, "to_server.bin"), True), daemon=True
    )
    up.start()
    pump(child.stdout, stdout, os.path.join(outdir, "to_client.bin"), False)
    return child.wait()


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # The stdin pump may still be blocked reading when the child has gone: leave without
    # joining it (a normal interpreter exit would abort on the busy stdin buffer).
    os._exit(code)
