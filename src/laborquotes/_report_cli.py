"""``laborquotes report``: the voices report of a corpus, from the command line.

``laborquotes report INPUT... --by outlet|month|file [--html report.html] [--format csv|json]``

INPUT is files, directories (walked, ``--glob``), ``--files-from`` lists or JSON Lines
(``--jsonl``, with ``--text-key`` / ``--id-key`` / ``--published-key``; the ``outlet``
field of a record groups it by outlet). Articles are parsed (in ``--workers`` processes,
which send back only what the report counts) and counted per group. ``--html`` writes the
page with the charts; ``--format`` prints JSON (the default without ``--html``) or CSV.
An input that fails is one line on stderr and the exit status is 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import sys
from collections.abc import Generator, Iterable, Sequence
from contextlib import closing
from functools import partial
from typing import NoReturn

from ._inputs import MAX_BYTES, InputItem, InputOptions, date_arg, iter_inputs
from ._pool import DIED, run_parallel
from ._report import BY, ArticleRow, Report, article_row, group_key

__all__ = ["main"]

PROG = "laborquotes report"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPT = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _encoding_arg(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _count_arg(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}")
    return int(value)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Who gets a voice in a corpus: quotations and speakers by role, per "
        "outlet, month or file, with a chart (--html) or as JSON or CSV.",
        epilog="Exit status: 0 every input parsed; 1 some inputs failed (one line on stderr "
        "each; the report counts the others); 2 usage; 130 interrupted.",
    )
    add = parser.add_argument
    add("files", nargs="*", metavar="INPUT", help="files, directories or JSON Lines ('-': stdin)")
    add("--by", choices=BY, default="file", help="group by input file (default), month or outlet")
    add("--html", metavar="FILE", help="write the report page (charts and tables) to FILE")
    add("--format", dest="fmt", choices=("json", "csv"), help="print the report (default json)")
    add("--top", type=_count_arg, default=10, metavar="N", help="top speakers shown (10)")
    add("--title", help="the report page's title")
    add("--glob", default="*.txt", metavar="PATTERN", help="files taken from a directory")
    add("--files-from", metavar="FILE", help="read input paths from FILE ('-': stdin)")
    add("-0", "--null", action="store_true", help="--files-from names are NUL-separated")
    add("--jsonl", action="store_true", help="the inputs are JSON Lines, one article a line")
    add("--text-key", default="text", metavar="KEY", help='JSON Lines text key ("text")')
    add("--id-key", default="id", metavar="KEY", help='JSON Lines id key ("id")')
    add("--published-key", default="published", metavar="KEY", help="JSON Lines date key")
    add("--published", type=date_arg, metavar="YYYY-MM-DD", help="the articles' date")
    add("--encoding", type=_encoding_arg, default="utf-8", help="input encoding (utf-8)")
    add("--errors", choices=("strict", "replace"), default="strict", help="undecodable bytes")
    add("--workers", type=_count_arg, default=1, metavar="N", help="processes (0: one per CPU)")
    add("--chunksize", type=_count_arg, default=16, metavar="N", help="articles per task")
    return parser


# --------------------------------------------------------------------------- the work


def _source(item: InputItem) -> str:
    """The input file an item came from (a JSON Lines record's file, without the line)."""
    if item.key == "id":
        return item.where.rpartition(":")[0] or item.where
    return item.where


def _row(item: InputItem, by: str) -> ArticleRow:
    """Parse one input and keep what the report counts (runs in a worker)."""
    from ._api import parse

    label = str(item.label)
    if item.error is not None or item.text is None:
        return ArticleRow(label=label, group="", error=item.error or f"{item.where}: no text")
    try:
        article = parse(item.text, published=item.published)
    except Exception as e:  # a parser bug must not end the report of a whole corpus
        message = f"{item.where}: laborquotes failed ({type(e).__name__}: {e}); please report it"
        return ArticleRow(label=label, group="", error=message)
    group = group_key(
        by, source=_source(item), article=article, meta=item.meta, published=item.published
    )
    return article_row(label, article, group=group)


def _rows_of(item: InputItem, by: str) -> list[ArticleRow]:
    return [_row(item, by)]


def _died(item: InputItem) -> list[ArticleRow]:
    return [ArticleRow(label=str(item.label), group="", error=f"{item.where}: {DIED}")]


def _rows(
    items: Iterable[InputItem], by: str, workers: int, chunksize: int
) -> Generator[ArticleRow, None, None]:
    """The rows in input order; with several workers, a worker that dies fails its input."""
    if workers <= 1:
        yield from (_row(item, by) for item in items)
        return
    yield from run_parallel(
        items,
        partial(_rows_of, by=by),
        _died,
        workers=workers,
        chunksize=chunksize,
        preload=[__name__],
    )


def _options(args: argparse.Namespace) -> InputOptions:
    return InputOptions(
        encoding=args.encoding,
        errors=args.errors,
        published=args.published,
        max_bytes=MAX_BYTES,
        glob=args.glob,
        jsonl=args.jsonl,
        text_key=args.text_key,
        id_key=args.id_key,
        published_key=args.published_key,
    )


def _write_outputs(report: Report, args: argparse.Namespace) -> None:
    if args.html:
        from ._html import report_html

        page = report_html(report, title=args.title)
        with open(args.html, "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
    fmt = args.fmt or (None if args.html else "json")
    if fmt is None:
        return
    from ._report import report_dict, write_report_csv

    buf = io.StringIO()
    if fmt == "csv":
        write_report_csv(report, buf)
    else:
        json.dump(report_dict(report), buf, ensure_ascii=False, indent=2)
        buf.write("\n")
    buffer = getattr(sys.stdout, "buffer", None)  # UTF-8 whatever the locale
    if buffer is not None:
        buffer.write(buf.getvalue().encode("utf-8"))
    else:
        sys.stdout.write(buf.getvalue())
    sys.stdout.flush()


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    paths: list[str] = args.files
    if not paths and args.files_from is None:
        parser.error("give at least one INPUT, or --files-from")
    if paths.count("-") + (args.files_from == "-") > 1:
        parser.error("standard input ('-') can be read only once")
    items = iter_inputs(paths, _options(args), files_from=args.files_from, null_separated=args.null)
    workers = args.workers or os.cpu_count() or 1
    report = Report(by=args.by, top=args.top)
    with closing(_rows(items, args.by, workers, max(args.chunksize, 1))) as rows:
        for row in rows:
            report.add(row)
            if row.error is not None:
                sys.stderr.write(f"laborquotes: error: {row.error}\n")
    try:
        _write_outputs(report, args)
    except OSError as e:
        sys.stderr.write(f"laborquotes: error: {args.html}: {e.strerror or e}\n")
        return EXIT_FAILED
    return EXIT_FAILED if report.errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``laborquotes report`` with *argv* (default ``sys.argv[1:]``); the exit status."""
    try:
        parser = _parser()
        return _run(parser.parse_args(argv), parser)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPT


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
