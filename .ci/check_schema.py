"""Validate JSON documents or JSON Lines on stdin against the package's shipped schema."""

from __future__ import annotations

import json
import sys
from importlib import resources

from jsonschema import Draft202012Validator


def main() -> int:
    schema = json.loads(
        resources.files("laborquotes").joinpath("article.schema.json").read_text(encoding="utf-8")
    )
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    data = sys.stdin.read()
    try:
        docs = [json.loads(data)]
    except ValueError:
        docs = [json.loads(line) for line in data.splitlines() if line.strip()]
    bad = 0
    for n, doc in enumerate(docs, 1):
        for error in validator.iter_errors(doc):
            bad += 1
            print(f"ci: document {n}: {list(error.path)}: {error.message}", file=sys.stderr)
    if bad:
        return 1
    print(f"ci: {len(docs)} document(s) valid against article.schema.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
