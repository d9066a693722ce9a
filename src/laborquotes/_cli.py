"""The ``laborquotes`` command: articles in, JSON, JSON Lines, CSV or HTML out.

The inputs are gathered by :mod:`laborquotes._inputs` (files, directories, file lists,
JSON Lines records, standard input), parsed here (in worker processes with ``--workers``)
and written by :mod:`laborquotes._output`. Output shapes (see ``laborquotes --help`` and
docs/cli.md): one input gives one JSON document; several inputs, a directory,
``--files-from``, ``--jsonl``, ``--lines`` or ``--format jsonl`` give JSON Lines, one record
per input in input order, an error record for an input that failed; ``--format csv`` one
row per quotation (and one per article without any); ``--format html`` one page.

A bad input prints one line ``laborquotes: error: WHERE: ...`` on stderr and the batch goes
on. Exit status: 0 every input parsed, 1 some failed (or the output could not be written),
2 usage, 130 interrupted (Ctrl-C), 141 the reader of stdout went away.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from contextlib import closing
from functools import partial
from typing import Any, NamedTuple, NoReturn

import attrs

from ._api import parse
from ._exports import FORMATS, read_export
from ._inputs import MAX_BYTES, InputItem, InputOptions, date_arg, iter_inputs
from ._model import Article
from ._output import (
    CSV,
    DOCUMENT,
    HTML,
    LINES,
    Outcome,
    OutputError,
    Stdout,
    article_outcome,
    csv_header,
    detach_stdout,
    error_outcome,
    html_page,
)
from ._pool import DIED, run_parallel

__all__ = ["main"]

PROG = "laborquotes"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = EXIT_FAILED  # the name before 0.2
EXIT_USAGE = 2
EXIT_INTERRUPT = 130
EXIT_PIPE = 141


# --------------------------------------------------------------------------- arguments


def _encoding_arg(value: str) -> str:
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown text encoding: {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # 'rot13', 'hex': codecs, not encodings
        raise argparse.ArgumentTypeError(f"not a text encoding: {value!r}")
    return info.name


def _count_arg(minimum: int) -> Callable[[str], int]:
    def convert(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be >= {minimum}: {number}")
        return number

    return convert


_UNITS = {"": 1, "k": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mib": 1 << 20, "g": 1 << 30}
_UNITS["gib"] = 1 << 30


def _size_arg(value: str) -> int:
    """Bytes: ``1000000``, ``512K``, ``16M``, ``1GiB`` (K, M and G are powers of 1024)."""
    raw = value.strip().lower()
    digits = raw.rstrip("kmgib")
    unit = raw[len(digits) :]
    if not digits.isdigit() or unit not in _UNITS or int(digits) < 1:
        raise argparse.ArgumentTypeError(f"not a size in bytes (e.g. 16M): {value!r}")
    return int(digits) * _UNITS[unit]


def _add_input_args(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument_group("input").add_argument
    add("files", nargs="*", metavar="PATH", help="article files or directories; '-' or none: stdin")
    add(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="files to take from a directory "
        "(matched against the file name; default '*.txt'; directories are walked recursively)",
    )
    add(
        "--files-from",
        metavar="FILE",
        help="read the paths to parse from FILE ('-': stdin), one a line",
    )
    add("-0", "--null", action="store_true", help="--files-from names are NUL-separated")
    add(
        "--export",
        action="store_true",
        help="the files are archive exports (LexisNexis, Factiva, ProQuest text): one record "
        'per article, {"file": ..., "index": ..., "article": ...}',
    )
    add(
        "--export-format",
        choices=FORMATS,
        help="the export format (default: detected from each file); implies --export",
    )


def _add_jsonl_args(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument_group("JSON Lines input").add_argument
    add(
        "--jsonl",
        action="store_true",
        help='the input is JSON Lines: {"id": ..., "text": ..., '
        '"published": optional, other fields: passed through as "meta"}',
    )
    add("--text-key", metavar="KEY", help='with --jsonl: the key of the text (default "text")')
    add("--id-key", metavar="KEY", help='with --jsonl: the key of the id (default "id")')
    add(
        "--published-key",
        metavar="KEY",
        help='with --jsonl: the key of the publication date (default "published")',
    )


def _add_reading_args(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument_group("reading").add_argument
    add(
        "--published",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="the articles' publication date (fixes the year of datelines such as 'Aug 16')",
    )
    add(
        "--encoding",
        type=_encoding_arg,
        default="utf-8",
        help="encoding of the input (default utf-8; cp1252 for files made on Windows)",
    )
    add(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="strict (default): bytes that do not decode are an error; replace: use U+FFFD",
    )
    add(
        "--max-bytes",
        type=_size_arg,
        default=MAX_BYTES,
        metavar="SIZE",
        help="the largest article (a file, a JSON Lines line) read, e.g. 64M (default 16M); "
        "a larger one is an error for that input",
    )


def _add_output_args(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument_group("output").add_argument
    add(
        "--format",
        dest="fmt",
        choices=("json", "jsonl", "csv", "html"),
        default="json",
        help="json (default): one document for one input, else JSON Lines; jsonl: JSON Lines "
        "always; csv: one row per quotation (one per article without any); html: one page",
    )
    add("--lines", action="store_true", help="JSON Lines even for a single input")
    add(
        "--indent",
        type=_count_arg(0),
        metavar="N",
        help="indentation of a single JSON document (default 2; JSON Lines are compact)",
    )


def _add_run_args(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument_group("running").add_argument
    add(
        "--workers",
        type=_count_arg(0),
        default=1,
        metavar="N",
        help="parse with N processes (0: one per CPU); output stays in input order",
    )
    add(
        "--chunksize",
        type=_count_arg(1),
        default=16,
        metavar="N",
        help="articles sent to a worker at a time (default 16)",
    )
    add(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress counter on stderr (it is shown only when stderr is a terminal)",
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A usage error: one line on stderr (not the whole usage), then exit status 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(
        prog=PROG,
        description=(
            "Parse news articles: the dateline, every quotation and who said it. One input "
            "prints one JSON document; several inputs, a directory, --jsonl or --export print JSON "
            'Lines ({"file": ..., "article": ...}, or "error" for an input that failed).'
        ),
        epilog=(
            "Exit status: 0 every input parsed; 1 some inputs failed (one line on stderr each; "
            "the others are still processed) or the output could not be written; 2 usage; "
            "130 interrupted; 141 the reader of the output went away."
        ),
    )
    for add_args in (
        _add_input_args,
        _add_jsonl_args,
        _add_reading_args,
        _add_output_args,
        _add_run_args,
    ):
        add_args(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


# --------------------------------------------------------------------------- the plan


class _Plan(NamedTuple):
    shape: str  # DOCUMENT, LINES, CSV or HTML
    indent: int | None
    total: int | None  # the number of inputs, when known in advance
    inputs: InputOptions


def _shape(args: argparse.Namespace) -> str:
    if args.fmt != "json":
        return {"jsonl": LINES, "csv": CSV, "html": HTML}[args.fmt]
    several = args.export or args.files_from is not None or len(args.files) > 1
    if args.jsonl or args.lines or several or any(os.path.isdir(p) for p in args.files):
        return LINES
    return DOCUMENT


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Usage errors that argparse cannot see (they exit with status 2)."""
    stdin_uses = args.files.count("-") + (args.files_from == "-")
    if stdin_uses > 1:
        parser.error("standard input ('-') can be read only once")
    if args.export_format is not None:
        args.export = True
    if args.export and args.jsonl:
        parser.error("--export reads archive export files, not --jsonl records")
    if args.null and args.files_from is None:
        parser.error("-0/--null applies to --files-from")
    keys = (args.text_key, args.id_key, args.published_key)
    if not args.jsonl and any(k is not None for k in keys):
        parser.error("--text-key, --id-key and --published-key apply to --jsonl input")
    used = (args.text_key or "text", args.id_key or "id", args.published_key or "published")
    if len(set(used)) < len(used):
        parser.error(f"the text, id and published keys must differ, got {used}")


def _plan(args: argparse.Namespace, parser: argparse.ArgumentParser) -> _Plan:
    _check(args, parser)
    shape = _shape(args)
    if args.indent is not None and shape != DOCUMENT:
        parser.error("--indent applies to a single JSON document, not to JSON Lines, CSV or HTML")
    inputs = InputOptions(
        encoding=args.encoding,
        errors=args.errors,
        published=args.published,
        max_bytes=args.max_bytes,
        glob=args.glob,
        jsonl=args.jsonl,
        text_key=args.text_key or "text",
        id_key=args.id_key or "id",
        published_key=args.published_key or "published",
    )
    known = not args.jsonl and not args.export and args.files_from is None
    known = known and not any(os.path.isdir(p) for p in args.files)
    total = max(len(args.files), 1) if known else None
    indent = (2 if args.indent is None else args.indent) if shape == DOCUMENT else None
    return _Plan(shape, indent, total, inputs)


# --------------------------------------------------------------------------- the work


@attrs.frozen(kw_only=True)
class _Job:
    """What a worker needs to turn an input into its output (sent to each process)."""

    shape: str
    indent: int | None = None
    export: bool = False  # each input is an archive export of several articles
    export_format: str | None = None


def _head(item: InputItem) -> dict[str, Any]:
    if item.key == "id":
        return {"id": item.label, "meta": item.meta}
    return {"file": item.label}


def _crashed(item: InputItem, e: Exception) -> str:
    return (
        f"{item.where}: laborquotes failed on this input "
        f"({type(e).__name__}: {str(e)[:200]}); please report it"
    )


def _written(
    job: _Job, item: InputItem, head: dict[str, Any], article: Article, label: Any
) -> Outcome:
    try:
        return article_outcome(job.shape, item.where, head, article, job.indent, label=label)
    except (RecursionError, ValueError, TypeError) as e:
        message = f"{item.where}: the output cannot be written as JSON ({type(e).__name__})"
        return error_outcome(job.shape, item.where, head, message)


def _process_export(item: InputItem, text: str, job: _Job) -> list[Outcome]:
    """One archive export: one outcome per article, ``{"file", "index", "article"}``."""
    head = {"file": item.label}
    try:
        articles = read_export(text, format=job.export_format)
    except ValueError as e:
        # (the library's words for its argument, in the CLI's: ``--export-format``)
        said = (
            str(e).removeprefix("read_export(): ").replace("pass format=", "pass --export-format")
        )
        message = f"{item.where}: {said}"
        return [error_outcome(job.shape, item.where, head, message)]
    except Exception as e:  # a bug must not end the batch
        return [error_outcome(job.shape, item.where, head, _crashed(item, e))]
    if not articles:
        message = f"{item.where}: no article found in this export"
        return [error_outcome(job.shape, item.where, head, message)]
    return [
        _written(job, item, {**head, "index": i}, article, f"{item.label}#{i}")
        for i, article in enumerate(articles)
    ]


def _process(item: InputItem, job: _Job) -> list[Outcome]:
    """The outcomes of one input (one article; several for an archive export)."""
    if item.text is None:
        return [error_outcome(job.shape, item.where, _head(item), item.error or "unreadable")]
    if job.export:
        return _process_export(item, item.text, job)
    try:
        article = parse(item.text, published=item.published)
    except Exception as e:  # a parser bug must not end a batch of a million articles
        return [error_outcome(job.shape, item.where, _head(item), _crashed(item, e))]
    return [_written(job, item, _head(item), article, item.label)]


def _died(item: InputItem, job: _Job) -> list[Outcome]:
    return [error_outcome(job.shape, item.where, _head(item), f"{item.where}: {DIED}")]


# --------------------------------------------------------------------------- writing


class _Progress:
    """A ``\\r`` counter on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.count = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def step(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last >= 0.1 or self.count == self.total:
            self.last = now
            of = f"/{self.total}" if self.total is not None else ""
            rate = self.count / max(now - self.start, 1e-9)
            _stderr(f"\r{PROG}: {self.count}{of} articles ({rate:,.0f}/s)\033[K")
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            _stderr("\r\033[K")
            self.shown = False


def _stderr(text: str) -> None:
    if sys.stderr is not None:
        try:
            sys.stderr.write(text)
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


def _error(message: str, kind: str = "error") -> None:
    _stderr(f"{PROG}: {kind}: {message}\n")


def _emit(outcomes: Iterable[Outcome], plan: _Plan, out: Stdout, progress: _Progress) -> bool:
    """Write every outcome; return whether any input failed."""
    failed = False
    header = csv_header() if plan.shape == CSV else b""  # written before the first row
    pages: list[tuple[str, Any]] = []
    for outcome in outcomes:
        progress.step()
        for warning in outcome.warnings:
            progress.clear()
            _error(f"{outcome.where}: {warning}", "warning")
        if outcome.error is not None:
            progress.clear()
            _error(outcome.error)
            failed = True
        if outcome.page is not None:
            pages.append(outcome.page)
        if outcome.data:
            out.write(header + outcome.data)
            header = b""
    progress.clear()
    if pages:
        out.write(html_page(pages))
    out.flush()
    return failed


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    plan = _plan(args, parser)
    out = Stdout.open()
    job = _Job(
        shape=plan.shape, indent=plan.indent, export=args.export, export_format=args.export_format
    )
    items = iter_inputs(
        args.files or ([] if args.files_from is not None else ["-"]),
        plan.inputs,
        files_from=args.files_from,
        null_separated=args.null,
    )
    workers = args.workers or os.cpu_count() or 1
    outcomes: Generator[Outcome, None, None]
    if workers > 1 and (plan.total is None or plan.total > 1):
        outcomes = run_parallel(
            items,
            partial(_process, job=job),
            partial(_died, job=job),
            workers=workers,
            chunksize=args.chunksize,
            preload=[__name__],
        )
    else:
        outcomes = (outcome for item in items for outcome in _process(item, job))
    tty = sys.stderr is not None and sys.stderr.isatty()
    progress = _Progress(plan.total, args.progress and plan.shape != DOCUMENT and tty)
    try:
        with closing(outcomes):
            failed = _emit(outcomes, plan, out, progress)
    finally:
        progress.clear()
    return EXIT_FAILED if failed else EXIT_OK


def _subcommand(argv: Sequence[str]) -> Callable[[Sequence[str]], int] | None:
    """``laborquotes report ...`` runs the voices report (a file named ``report``: ``./report``)."""
    if argv[:1] != ["report"]:
        return None
    try:
        module = importlib.import_module("laborquotes._report_cli")
    except ImportError:  # an installation without the report: "report" is a path
        return None
    run: Callable[[Sequence[str]], int] = module.main
    return run


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    report = _subcommand(argv)
    if report is not None:
        return report(argv[1:])
    try:
        parser = _parser()
        args = parser.parse_args(argv)
        return _run(args, parser)
    except SystemExit as e:  # --help, --version, usage errors (parser.error)
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        _stderr("\n")
        return EXIT_INTERRUPT
    except OutputError as e:
        _error(str(e))
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``| head``): point stdout at devnull so the interpreter's
        # final flush does not raise again, and end quietly.
        detach_stdout()
        return EXIT_PIPE
