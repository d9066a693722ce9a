"""The ``laborquotes`` command (stub, owned by the CLI work)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from ._api import parse


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    paths = args or ["-"]
    for path in paths:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        print(json.dumps(parse(text).to_dict(), ensure_ascii=False, indent=2))
    return 0
