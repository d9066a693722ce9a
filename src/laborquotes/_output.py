"""What the ``laborquotes`` command writes: one input's output as bytes, and a guarded stdout.

Each input becomes one :class:`Outcome`, built completely (in a worker process when there
are several) before the parent writes it, so standard output never holds half a record.

Shapes: ``DOCUMENT`` (one indented JSON document), ``LINES`` (JSON Lines: a record per
article, ``{"file": ...}`` or ``{"id": ..., "meta": {...}}`` followed by ``"article"``, or by
``"error"`` for an input that failed), ``CSV`` (rows from :func:`laborquotes.records`, one
per quotation and one for an article without any) and ``HTML`` (one page at the end).

Text that cannot be encoded as UTF-8 (a lone surrogate from a ``\\ud800`` escape in the
input, a file name that is not UTF-8) never stops the writer: a JSON record that holds one is
written with every non-ASCII character escaped (``\\ud800``; ``json.loads`` gives back the
same string), a CSV cell with a backslash escape, an HTML page with U+FFFD.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import IO, Any, NamedTuple

from ._model import Article

__all__ = [
    "CSV",
    "DOCUMENT",
    "HTML",
    "LINES",
    "Outcome",
    "OutputError",
    "Stdout",
    "article_outcome",
    "csv_header",
    "error_outcome",
    "html_page",
]

_SURROGATE = re.compile("[\ud800-\udfff]")

DOCUMENT = "document"
LINES = "lines"
CSV = "csv"
HTML = "html"


class Outcome(NamedTuple):
    """One article's output, or one input's failure."""

    where: str  # for messages: the path, "<stdin>" or "PATH:LINE"
    data: bytes = b""  # what goes to standard output (a JSON line, CSV rows; maybe nothing)
    error: str | None = None  # the message for standard error when this input failed
    warnings: tuple[str, ...] = ()  # messages for standard error, the output is still written
    page: tuple[str, Article] | None = None  # HTML: the label and the article, for the page


class OutputError(Exception):
    """Standard output cannot be written (closed, disk full, ...); the message says why."""


def json_bytes(obj: Any, indent: int | None = None) -> bytes:
    """*obj* as UTF-8 JSON, or as ASCII JSON with escapes when it holds a lone surrogate."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj, indent=indent).encode("ascii")


def _cell(label: Any) -> Any:
    """An id as a CSV cell: strings and numbers as they are, anything else as JSON."""
    if label is None or isinstance(label, str | int | float):
        return label
    return json.dumps(label)


def csv_header() -> bytes:
    from ._records import write_csv

    buf = io.StringIO()
    write_csv((), buf)
    return buf.getvalue().encode("utf-8")


def _csv_rows(label: Any, article: Article) -> bytes:
    from ._records import records, write_csv

    buf = io.StringIO()
    write_csv(records([(_cell(label), article)], empty_rows=True), buf)
    rows = buf.getvalue().partition("\n")[2]  # without the header
    return rows.encode("utf-8", "backslashreplace")


def _label_text(label: Any) -> str:
    return label if isinstance(label, str) else json.dumps(label)


def article_outcome(
    shape: str,
    where: str,
    head: dict[str, Any],
    article: Article,
    indent: int | None = None,
    *,
    label: Any,
) -> Outcome:
    """The output for one parsed article.

    *head* starts the JSON record (``{"file": ...}``, ``{"id": ..., "meta": ...}``,
    ``{"file": ..., "index": ...}``); *label* names the article in CSV (``article_id``) and
    HTML. Raises ``RecursionError``/``ValueError`` when *head* cannot be written as JSON.
    """
    if shape == HTML:
        return Outcome(where, page=(_label_text(label), article), warnings=article.warnings)
    if shape == CSV:
        return Outcome(where, _csv_rows(label, article), warnings=article.warnings)
    if shape == DOCUMENT:
        data = json_bytes(article.to_dict(), indent)
    else:
        data = json_bytes({**head, "article": article.to_dict()})
    return Outcome(where, data + b"\n", warnings=article.warnings)


def error_outcome(shape: str, where: str, head: dict[str, Any], message: str) -> Outcome:
    """A failed input: the message, and with JSON Lines an error record ``{**head, "error"}``."""
    if shape != LINES:
        return Outcome(where, error=message)
    try:
        data = json_bytes({**head, "error": message})
    except (RecursionError, ValueError, TypeError):
        data = json_bytes({next(iter(head)): None, "error": message})
    return Outcome(where, data + b"\n", error=message)


def html_page(pages: Sequence[tuple[str, Article]]) -> bytes:
    from ._html import page_html

    page = page_html(pages)
    try:
        return page.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", page).encode("utf-8")


class Stdout:
    """Standard output as bytes; every failure but a closed pipe becomes :class:`OutputError`."""

    def __init__(self, stream: IO[bytes] | _TextAsBytes) -> None:
        self.stream = stream

    @classmethod
    def open(cls) -> Stdout:
        if sys.stdout is None:
            raise OutputError("standard output is closed")
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (an embedding application)
            return cls(_TextAsBytes(sys.stdout))
        sys.stdout.flush()
        return cls(buffer)

    def write(self, data: bytes) -> None:
        try:
            self.stream.write(data)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as e:
            raise self._failed(e) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as e:
            raise self._failed(e) from None

    @staticmethod
    def _failed(e: Exception) -> OutputError:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        detach_stdout()
        return OutputError(f"cannot write the output: {reason}")


class _TextAsBytes:
    """Bytes written to a text stream that has no binary buffer."""

    def __init__(self, stream: IO[str]) -> None:
        self.text = stream

    def write(self, data: bytes) -> int:
        self.text.write(data.decode("utf-8", "replace"))
        return len(data)

    def flush(self) -> None:
        self.text.flush()


def detach_stdout() -> None:
    """Point file descriptor 1 at the null device, so the final flush at exit cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass
