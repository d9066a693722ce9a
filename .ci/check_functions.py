"""Fail when a function in src/ is longer than the developers' guide allows (60 lines).

A function's length is counted from its first decorator (or its ``def`` line) to its last
line, docstring and comments included: what a reader has to hold in view. Nested functions
count towards their parent and are also checked on their own.

    python .ci/check_functions.py                  # exit 1 and list every offender
    python .ci/check_functions.py --report-only    # list them, exit 0
    python .ci/check_functions.py --max-lines 40 src/laborquotes/_cli.py
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

LIMIT = 60
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def function_lengths(source: str, filename: str) -> Iterator[tuple[str, int, int]]:
    """Yield (qualified name, first line, length in lines) for every function in *source*."""
    tree = ast.parse(source, filename=filename)

    def visit(node: ast.AST, prefix: str) -> Iterator[tuple[str, int, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, FunctionNode):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                last = child.end_lineno or child.lineno
                name = f"{prefix}{child.name}"
                yield name, first, last - first + 1
                yield from visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                yield from visit(child, f"{prefix}{child.name}.")
            else:
                yield from visit(child, prefix)

    yield from visit(tree, "")


def python_files(paths: Sequence[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["src"], help="files or folders (src)")
    parser.add_argument("--max-lines", type=int, default=LIMIT, help=f"default {LIMIT}")
    parser.add_argument("--report-only", action="store_true", help="list the offenders but exit 0")
    args = parser.parse_args(argv)
    offenders: list[tuple[int, str]] = []
    files = python_files(args.paths)
    count = 0
    for path in files:
        for name, line, length in function_lengths(path.read_text(encoding="utf-8"), str(path)):
            count += 1
            if length > args.max_lines:
                offenders.append((length, f"{path}:{line}: {name} is {length} lines"))
    for _, message in sorted(offenders, reverse=True):
        print(f"ci: {message}", file=sys.stderr)
    verdict = f"{len(offenders)} over" if offenders else "none over"
    print(
        f"ci: {count} functions in {len(files)} files, {verdict}"
        f" {args.max_lines} lines" + (" (report only)" if args.report_only else "")
    )
    return 1 if offenders and not args.report_only else 0


if __name__ == "__main__":
    raise SystemExit(main())
