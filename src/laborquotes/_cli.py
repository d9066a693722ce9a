"""The ``laborquotes`` command: articles in, JSON (or CSV) out.

Output shapes (see ``laborquotes --help``):

* one input (a FILE, or standard input), JSON: the article as one JSON document,
  ``Article.to_dict()`` (indented by ``--indent``, default 2);
* several FILEs, or ``--lines``: JSON Lines, one compact object per input,
  ``{"file": PATH, "article": {...}}``, in the order given;
* ``--jsonl``: the input is JSON Lines, ``{"id": ..., "text": ..., "published": ...}``
  (``published`` optional, ``id`` defaults to the line number); the output is one line
  ``{"id": ..., "article": {...}}`` per input line, in input order;
* ``--format csv``: one header, then one row per quotation (:func:`laborquotes.records`),
  with the file path or the record id in ``article_id``.

Errors in the input (a missing file, a directory, an unreadable file, bytes that do not
decode, a bad JSONL line) print one line ``laborquotes: error: ...`` on stderr each; the
other inputs are still processed, and the exit status is 1. Usage errors exit with 2.
Output for an input is built completely before it is written, so stdout never holds a
partial document. A closed pipe (``| head``) ends quietly with status 141, Ctrl-C with 130.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import io
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice
from typing import IO, Any, NamedTuple

from ._api import parse
from ._text import coerce_published

__all__ = ["main"]

PROG = "laborquotes"
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPT = 130
EXIT_PIPE = 141

_FILE = "file"  # a path to read (in the worker)
_TEXT = "text"  # text already read (standard input)
_LINE = "line"  # one raw JSONL line


class _Task(NamedTuple):
    kind: str
    label: str  # a path, "-", or "SOURCE:LINENO"
    data: Any  # None, the text, or the raw line


class _Options(NamedTuple):
    encoding: str
    errors: str
    published: dt.date | None
    fmt: str  # "json" or "csv"
    indent: int | None
    wrap: str | None  # None (bare document), "file" or "id"


class _InputError(Exception):
    """A problem with one input; its message is the one stderr line (without the prefix)."""


# --------------------------------------------------------------------------- arguments


def _published_arg(value: str) -> dt.date:
    try:
        date = coerce_published(value, "--published")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    assert date is not None
    return date


def _encoding_arg(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


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


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Parse news articles: the dateline, every quotation and who said it. "
            "One input prints one JSON document; several inputs print JSON Lines "
            '({"file": ..., "article": ...}), in input order.'
        ),
        epilog=(
            "Exit status: 0 ok, 1 an input could not be read or parsed (one line on stderr "
            "each; the other inputs are still processed), 2 usage, 130 interrupted."
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="article text files; '-' or none reads standard input",
    )
    parser.add_argument(
        "--published",
        type=_published_arg,
        metavar="YYYY-MM-DD",
        help="the articles' publication date (fixes the year of datelines such as 'Aug 16')",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help=(
            'the input is JSON Lines: {"id": ..., "text": ..., "published": optional}; '
            'prints {"id": ..., "article": ...} per line'
        ),
    )
    parser.add_argument(
        "--lines",
        action="store_true",
        help='print JSON Lines ({"file": ..., "article": ...}) even for a single input',
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=("json", "csv"),
        default="json",
        help="json (default) or csv: a header and one row per quotation",
    )
    parser.add_argument(
        "--indent",
        type=_count_arg(0),
        metavar="N",
        help="indentation of a single JSON document (default 2; JSON Lines are compact)",
    )
    parser.add_argument(
        "--workers",
        type=_count_arg(0),
        default=1,
        metavar="N",
        help="parse with N processes (0: one per CPU); output stays in input order",
    )
    parser.add_argument(
        "--chunksize",
        type=_count_arg(1),
        default=16,
        metavar="N",
        help="articles sent to a worker at a time (default 16)",
    )
    parser.add_argument(
        "--encoding",
        type=_encoding_arg,
        default="utf-8",
        help="encoding of the input files (default utf-8)",
    )
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="strict (default): bytes that do not decode are an error; replace: use U+FFFD",
    )
    parser.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress counter on stderr (it is shown only when stderr is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


# --------------------------------------------------------------------------- the work


def _decode(data: bytes, label: str, opts: _Options) -> str:
    try:
        return data.decode(opts.encoding, opts.errors)
    except UnicodeDecodeError as e:
        bad = data[e.start : e.start + 1]
        raise _InputError(
            f"{label}: not valid {opts.encoding} (byte 0x{bad.hex()} at offset {e.start}); "
            "try --encoding or --errors replace"
        ) from None


def _os_message(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    return e.strerror or type(e).__name__


def _read_file(path: str, opts: _Options) -> str:
    if os.path.isdir(path):
        raise _InputError(f"{path}: is a directory")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise _InputError(f"{path}: {_os_message(e)}") from None
    return _decode(data, path, opts)


def _record(raw: bytes, label: str, lineno: int, opts: _Options) -> tuple[Any, str, dt.date | None]:
    line = _decode(raw, label, opts)
    if lineno == 1:
        line = line.removeprefix("\ufeff")  # a byte-order mark written by some editors
    try:
        obj = json.loads(line)
    except ValueError as e:
        msg = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
        raise _InputError(f"{label}: not valid JSON ({msg})") from None
    if not isinstance(obj, dict):
        raise _InputError(f"{label}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        got = "nothing" if text is None else type(text).__name__
        raise _InputError(f'{label}: "text" must be a string, got {got}')
    published = opts.published
    if obj.get("published") is not None:
        try:
            published = coerce_published(obj["published"], "published")
        except (TypeError, ValueError):
            raise _InputError(
                f'{label}: "published" must be a date (YYYY-MM-DD), got {obj["published"]!r}'
            ) from None
    return obj.get("id", lineno), text, published


def _format(key: Any, text: str, published: dt.date | None, opts: _Options) -> str:
    try:
        article = parse(text, published=published)
    except Exception as e:  # a parser bug must not end a batch of a million articles
        raise _InputError(
            f"{key}: laborquotes failed on this input ({type(e).__name__}: {e}); please report it"
        ) from None
    if opts.fmt == "csv":
        from ._records import records, write_csv

        buf = io.StringIO()
        write_csv(records([(key, article)]), buf)
        return buf.getvalue().partition("\n")[2]  # the rows, without the header
    doc = article.to_dict()
    if opts.wrap is None:
        return json.dumps(doc, ensure_ascii=False, indent=opts.indent) + "\n"
    return json.dumps({opts.wrap: key, "article": doc}, ensure_ascii=False) + "\n"


def _process(task: _Task, opts: _Options) -> tuple[bool, str]:
    """Return ``(True, output)`` or ``(False, error message)`` for one input."""
    try:
        if task.kind == _LINE:
            lineno = int(task.label.rpartition(":")[2])
            key, text, published = _record(task.data, task.label, lineno, opts)
        else:
            key = task.label
            text = task.data if task.kind == _TEXT else _read_file(task.label, opts)
            published = opts.published
        return True, _format(key, text, published, opts)
    except _InputError as e:
        return False, str(e)


def _process_chunk(tasks: Sequence[_Task], opts: _Options) -> list[tuple[bool, str]]:
    return [_process(task, opts) for task in tasks]


def _init_worker() -> None:
    # The parent handles Ctrl-C and stops the pool; workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(tasks: Iterable[_Task], size: int) -> Iterator[list[_Task]]:
    it = iter(tasks)
    while chunk := list(islice(it, size)):
        yield chunk


def _run_parallel(
    tasks: Iterable[_Task], opts: _Options, workers: int, chunksize: int
) -> Iterator[tuple[bool, str]]:
    """Results in input order, with at most ``4 * workers`` chunks in flight.

    ``Pool.imap`` reads its whole input ahead of the workers; this bounded window keeps
    memory constant on an endless JSONL stream.
    """
    import multiprocessing

    window = 4 * workers
    func = partial(_process_chunk, opts=opts)
    with multiprocessing.Pool(workers, initializer=_init_worker) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(tasks, chunksize):
            pending.append(pool.apply_async(func, (chunk,)))
            while len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


# --------------------------------------------------------------------------- input and output


def _binary_stdin() -> IO[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def _jsonl_tasks(paths: Sequence[str], errors: list[str]) -> Iterator[_Task]:
    for path in paths:
        if path == "-":
            yield from _line_tasks(_binary_stdin(), "-")
            continue
        if os.path.isdir(path):
            errors.append(f"{path}: is a directory")
            continue
        try:
            f = open(path, "rb")  # noqa: SIM115 - closed below, after the generator
        except OSError as e:
            errors.append(f"{path}: {_os_message(e)}")
            continue
        with f:
            yield from _line_tasks(f, path)


def _line_tasks(stream: IO[bytes], source: str) -> Iterator[_Task]:
    for lineno, raw in enumerate(stream, 1):
        if raw.strip():
            yield _Task(_LINE, f"{source}:{lineno}", raw)


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
            sys.stderr.write(f"\r{PROG}: {self.count}{of} articles ({rate:,.0f}/s)\033[K")
            sys.stderr.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


def _writer(stream: IO[str]) -> Callable[[str], object]:
    """Write UTF-8 whatever the locale; fall back to the text stream when it has no buffer."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return lambda s: buffer.write(s.encode("utf-8"))
    return stream.write


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    sys.stderr.flush()


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    paths: list[str] = args.files or ["-"]
    if paths.count("-") > 1:
        parser.error("standard input ('-') can be read only once")
    lines_out = args.jsonl or args.lines or len(paths) > 1
    if args.indent is not None and (lines_out or args.fmt == "csv"):
        parser.error("--indent applies to a single JSON document, not to JSON Lines or CSV")
    wrap = ("id" if args.jsonl else "file") if lines_out else None
    indent = 2 if args.indent is None else args.indent
    opts = _Options(args.encoding, args.errors, args.published, args.fmt, indent, wrap)

    errors: list[str] = []
    tasks: Iterable[_Task]
    total: int | None = None
    if args.jsonl:
        tasks = _jsonl_tasks(paths, errors)
    else:
        total = len(paths)
        tasks = [_Task(_TEXT, "-", None) if p == "-" else _Task(_FILE, p, None) for p in paths]
        if "-" in paths:
            try:
                text = _decode(_binary_stdin().read(), "<stdin>", opts)
                tasks = [_Task(_TEXT, "-", text) if t.label == "-" else t for t in tasks]
            except _InputError as e:
                errors.append(str(e))
                tasks = [t for t in tasks if t.label != "-"]

    workers = args.workers or os.cpu_count() or 1
    results: Iterable[tuple[bool, str]]
    if workers > 1 and (total is None or total > 1):
        results = _run_parallel(tasks, opts, workers, args.chunksize)
    else:
        results = (_process(task, opts) for task in tasks)

    write = _writer(sys.stdout)
    progress = _Progress(total, args.progress and lines_out and sys.stderr.isatty())
    failed = False
    header = ""  # CSV: written before the first article parsed, so a failure prints nothing
    if args.fmt == "csv":
        from ._records import write_csv

        buf = io.StringIO()
        write_csv((), buf)
        header = buf.getvalue()
    try:
        for ok, payload in results:
            progress.step()
            for message in errors:  # errors met while reading JSONL files, in order
                progress.clear()
                _error(message)
                failed = True
            errors.clear()
            if ok:
                if header:
                    write(header)
                    header = ""
                write(payload)
            else:
                progress.clear()
                _error(payload)
                failed = True
    finally:
        progress.clear()
    for message in errors:
        _error(message)
        failed = True
    sys.stdout.flush()
    return EXIT_INPUT if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit status."""
    try:
        parser = _parser()
        args = parser.parse_args(argv)
        return _run(args, parser)
    except SystemExit as e:  # --help, --version, usage errors (parser.error)
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPT
    except BrokenPipeError:
        # The reader went away (``| head``): point stdout at devnull so the interpreter's
        # final flush does not raise again, and end quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_PIPE
