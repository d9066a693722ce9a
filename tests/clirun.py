"""In-process runs of the ``laborquotes`` command for the CLI tests."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

from laborquotes._cli import main


def call(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """``main(argv)`` in-process with its own standard streams (no fixture: Hypothesis)."""
    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8")
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout, sys.stderr = stdout, err
    try:
        code = main(list(argv))
        stdout.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return code, out.getvalue().decode("utf-8"), err.getvalue()


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.split("\n") if line]  # not splitlines: U+0085
