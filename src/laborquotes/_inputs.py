"""The inputs of a batch: files, directories, file lists, JSON Lines and standard input.

Used by the ``laborquotes`` command and by ``laborquotes report``. The API:

``InputOptions(*, encoding="utf-8", errors="strict", published=None, max_bytes=MAX_BYTES,
glob="*.txt", jsonl=False, text_key="text", id_key="id", published_key="published")``
    How to read. ``errors`` is ``"strict"`` or ``"replace"``; ``max_bytes`` bounds one
    article (a whole file, or one JSON Lines line); ``glob`` picks the files of a directory
    (matched against the file name; a directory is walked recursively: its files in sorted
    order, then its subdirectories in sorted order);
    with ``jsonl`` every file is JSON Lines and each line is one article.

``iter_inputs(paths, options, *, files_from=None, null_separated=False, stdin=None)``
    Yield one :class:`InputItem` per article, lazily and in order: the *paths* first
    (``"-"`` is standard input; a directory is walked), then the paths listed in
    *files_from* (a file, or ``"-"`` for standard input; one path a line, or NUL-separated
    with *null_separated*; names are bytes decoded with :func:`os.fsdecode`, so names
    that are not UTF-8 work). *stdin* (binary) replaces ``sys.stdin.buffer``. Nothing
    raises for a bad input: it becomes an item with ``error`` set, and the batch goes on.
    Memory stays bounded (``max_bytes`` per article) however long the input.

``InputItem`` (frozen attrs; picklable, so it can go to a worker process)
    ``key``: ``"file"`` (a file or standard input) or ``"id"`` (a JSON Lines record).
    ``label``: the path as given (``"-"`` for standard input), or the record's id (any JSON
    value; the line number when the record has none or could not be read).
    ``where``: where it came from, for messages: the path, ``"<stdin>"``, or ``"PATH:LINE"``
    (``"-:LINE"`` for standard input), then `` (id "a7")`` when the record has an id.
    ``text``: the article text, or ``None`` when ``error`` is set.
    ``error``: ``None``, or a one-line message that starts with ``where``.
    ``published``: the record's publication date, or ``options.published``.
    ``meta``: the record's other JSON fields (``{}`` for files).

``read_capped(stream, limit) -> bytes | None``: at most *limit* bytes, ``None`` when the
stream holds more. ``os_message(error) -> str``: a short reason for an ``OSError``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

import attrs

from ._text import coerce_published

__all__ = [
    "MAX_BYTES",
    "InputItem",
    "InputOptions",
    "date_arg",
    "iter_inputs",
    "os_message",
    "read_capped",
]


def date_arg(value: str) -> dt.date:
    """``--published YYYY-MM-DD``: an ``argparse`` type, shared by the command lines."""
    try:
        date = coerce_published(value, "--published")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    assert date is not None
    return date


#: The default bound on one article: 16 MiB.
MAX_BYTES = 16 * 1024 * 1024
_CHUNK = 1 << 16


@attrs.frozen(kw_only=True)
class InputOptions:
    """How :func:`iter_inputs` reads (see the module docstring)."""

    encoding: str = "utf-8"
    errors: str = "strict"
    published: dt.date | None = None
    max_bytes: int = MAX_BYTES
    glob: str = "*.txt"
    jsonl: bool = False
    text_key: str = "text"
    id_key: str = "id"
    published_key: str = "published"


@attrs.frozen(kw_only=True)
class InputItem:
    """One article to parse, or one input that failed (``error`` set)."""

    key: str
    label: Any
    where: str
    text: str | None = None
    error: str | None = None
    published: dt.date | None = None
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False, hash=False)


class _Bad(Exception):
    """One input's problem; the message is the item's ``error``."""


def os_message(error: OSError) -> str:
    """A short reason for *error*: ``no such file``, ``permission denied``, ..."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or type(error).__name__


def read_capped(stream: IO[bytes], limit: int) -> bytes | None:
    """Read *stream* to its end in chunks; ``None`` as soon as it holds more than *limit*."""
    parts: list[bytes] = []
    size = 0
    while True:
        part = stream.read(min(_CHUNK, limit + 1 - size))
        if not part:
            return b"".join(parts)
        parts.append(part)
        size += len(part)
        if size > limit:
            return None


def _too_big(where: str, limit: int) -> str:
    return f"{where}: larger than --max-bytes ({limit:,} bytes); raise --max-bytes to read it"


def _decode(data: bytes, where: str, opts: InputOptions) -> str:
    try:
        return data.decode(opts.encoding, opts.errors)
    except UnicodeDecodeError as e:
        bad = data[e.start : e.start + 1]
        raise _Bad(
            f"{where}: not valid {opts.encoding} (byte 0x{bad.hex()} at offset {e.start}); "
            "try --encoding or --errors replace"
        ) from None
    except LookupError as e:  # a codec that is not a text encoding
        raise _Bad(f"{where}: {e}") from None


def _binary_stdin(stdin: IO[bytes] | None) -> IO[bytes]:
    if stdin is not None:
        return stdin
    if sys.stdin is None:
        raise _Bad("<stdin>: standard input is closed")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        raise _Bad("<stdin>: standard input has no binary buffer")
    return buffer  # type: ignore[no-any-return]


def _file_item(path: str, opts: InputOptions) -> InputItem:
    """Read one article file (the whole file is the article)."""
    try:
        try:
            with open(path, "rb") as f:
                info = os.fstat(f.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > opts.max_bytes:
                    raise _Bad(_too_big(path, opts.max_bytes))
                data = read_capped(f, opts.max_bytes)
        except OSError as e:
            raise _Bad(f"{path}: {os_message(e)}") from None
        if data is None:
            raise _Bad(_too_big(path, opts.max_bytes))
        text = _decode(data, path, opts)
    except _Bad as e:
        return InputItem(key="file", label=path, where=path, error=str(e))
    return InputItem(key="file", label=path, where=path, text=text, published=opts.published)


def _stdin_item(stdin: IO[bytes] | None, opts: InputOptions) -> InputItem:
    where = "<stdin>"
    try:
        data = read_capped(_binary_stdin(stdin), opts.max_bytes)
        if data is None:
            raise _Bad(_too_big(where, opts.max_bytes))
        text = _decode(data, where, opts)
    except OSError as e:
        return InputItem(key="file", label="-", where=where, error=f"{where}: {os_message(e)}")
    except _Bad as e:
        return InputItem(key="file", label="-", where=where, error=str(e))
    return InputItem(key="file", label="-", where=where, text=text, published=opts.published)


# --------------------------------------------------------------------------- JSON Lines


def _published(obj: dict[str, Any], where: str, opts: InputOptions) -> dt.date | None:
    value = obj.get(opts.published_key)
    if value is None:
        return opts.published
    try:
        return coerce_published(value, "published")
    except (TypeError, ValueError):
        raise _Bad(
            f'{where}: "{opts.published_key}" must be a date (YYYY-MM-DD), got {value!r:.60}'
        ) from None


def _load(line: str, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except RecursionError:
        raise _Bad(f"{where}: not valid JSON (nested too deeply)") from None
    except ValueError as e:
        msg = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
        raise _Bad(f"{where}: not valid JSON ({msg})") from None
    if not isinstance(obj, dict):
        raise _Bad(f"{where}: expected a JSON object, got {type(obj).__name__}")
    return obj


def _with_id(where: str, label: Any) -> str:
    """``PATH:LINE (id ...)`` for messages, the id cut to 40 characters."""
    shown = json.dumps(label, ensure_ascii=False)
    return f"{where} (id {shown if len(shown) <= 40 else shown[:39] + '…'})"


def _record_item(raw: bytes, where: str, lineno: int, opts: InputOptions) -> InputItem:
    """One JSON Lines record; a problem gives an error item (labelled by the line number
    when the record's id cannot be read)."""
    label: Any = lineno
    meta: dict[str, Any] = {}
    try:
        line = _decode(raw, where, opts)
        if lineno == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark written by some editors
        obj = _load(line, where)
        skip = (opts.text_key, opts.id_key, opts.published_key)
        try:  # what the output writes back must serialise
            json.dumps([obj.get(opts.id_key), [v for k, v in obj.items() if k not in skip]])
        except (RecursionError, ValueError):
            raise _Bad(f"{where}: the id or another field is nested too deeply") from None
        label = obj.get(opts.id_key, lineno)
        meta = {k: v for k, v in obj.items() if k not in skip}
        if opts.id_key in obj:
            where = _with_id(where, label)
        text = obj.get(opts.text_key)
        if not isinstance(text, str):
            got = "nothing" if text is None else type(text).__name__
            raise _Bad(f'{where}: "{opts.text_key}" must be a string, got {got}')
        published = _published(obj, where, opts)
    except _Bad as e:
        return InputItem(key="id", label=label, where=where, error=str(e), meta=meta)
    return InputItem(key="id", label=label, where=where, text=text, published=published, meta=meta)


def _skip_line(stream: IO[bytes]) -> None:
    while (part := stream.readline(_CHUNK)) and not part.endswith(b"\n"):
        pass


def _jsonl_items(stream: IO[bytes], source: str, opts: InputOptions) -> Iterator[InputItem]:
    lineno = 0
    while raw := stream.readline(opts.max_bytes + 1):
        lineno += 1
        where = f"{source}:{lineno}"
        if len(raw) > opts.max_bytes and not raw.endswith(b"\n"):
            _skip_line(stream)
            yield InputItem(
                key="id", label=lineno, where=where, error=_too_big(where, opts.max_bytes)
            )
        elif raw.strip():
            yield _record_item(raw, where, lineno, opts)


def _jsonl_file(path: str, opts: InputOptions) -> Iterator[InputItem]:
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed by the with below, after the generator
    except OSError as e:
        yield InputItem(key="file", label=path, where=path, error=f"{path}: {os_message(e)}")
        return
    with f:
        try:
            yield from _jsonl_items(f, path, opts)
        except OSError as e:
            yield InputItem(key="file", label=path, where=path, error=f"{path}: {os_message(e)}")


# --------------------------------------------------------------------------- paths


def _walk(top: str, opts: InputOptions) -> Iterator[str | InputItem]:
    """The files under *top* whose name matches ``opts.glob``, sorted; errors as items."""
    errors: list[OSError] = []
    found = False
    for root, dirs, names in os.walk(top, onerror=errors.append):
        dirs.sort()
        while errors:
            e = errors.pop(0)
            where = os.fsdecode(e.filename) if e.filename is not None else top
            yield InputItem(key="file", label=where, where=where, error=f"{where}: {os_message(e)}")
        for name in sorted(fnmatch.filter(names, opts.glob)):
            found = True
            yield os.path.join(root, name)
    for e in errors:
        yield InputItem(key="file", label=top, where=top, error=f"{top}: {os_message(e)}")
    if not found:
        message = f"{top}: no file in this directory matches --glob {opts.glob!r}"
        yield InputItem(key="file", label=top, where=top, error=message)


def _path_items(path: str, opts: InputOptions, stdin: IO[bytes] | None) -> Iterator[InputItem]:
    if path == "-":
        if not opts.jsonl:
            yield _stdin_item(stdin, opts)
            return
        try:
            stream = _binary_stdin(stdin)
        except _Bad as e:
            yield InputItem(key="file", label="-", where="<stdin>", error=str(e))
            return
        try:
            yield from _jsonl_items(stream, "-", opts)
        except OSError as e:
            yield InputItem(
                key="file", label="-", where="<stdin>", error=f"<stdin>: {os_message(e)}"
            )
    elif os.path.isdir(path):
        for found in _walk(path, opts):
            if isinstance(found, InputItem):
                yield found
            else:
                yield from _path_items(found, opts, stdin)
    elif opts.jsonl:
        yield from _jsonl_file(path, opts)
    else:
        yield _file_item(path, opts)


def _split(stream: IO[bytes], sep: bytes) -> Iterator[bytes]:
    """The *sep*-separated parts of *stream*, read in chunks."""
    rest = b""
    while chunk := stream.read(_CHUNK):
        parts = (rest + chunk).split(sep)
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


def _listed(files_from: str, null: bool, stdin: IO[bytes] | None) -> Iterator[str | InputItem]:
    """The paths named in *files_from*; an unreadable list gives one error item."""
    where = "<stdin>" if files_from == "-" else files_from
    try:
        stream = _binary_stdin(stdin) if files_from == "-" else open(files_from, "rb")  # noqa: SIM115
    except _Bad as e:
        yield InputItem(key="file", label=files_from, where=where, error=str(e))
        return
    except OSError as e:
        message = f"{where}: {os_message(e)}"
        yield InputItem(key="file", label=files_from, where=where, error=message)
        return
    try:
        for raw in _split(stream, b"\0" if null else b"\n"):
            name = raw if null else raw.removesuffix(b"\r")
            if name.strip():
                path = os.fsdecode(name)
                yield os.path.join(".", path) if path == "-" else path  # a file named "-"
    finally:
        if files_from != "-":
            stream.close()


def iter_inputs(
    paths: Sequence[str],
    options: InputOptions,
    *,
    files_from: str | None = None,
    null_separated: bool = False,
    stdin: IO[bytes] | None = None,
) -> Iterator[InputItem]:
    """Yield one :class:`InputItem` per article, in order (see the module docstring)."""
    for path in paths:
        yield from _path_items(os.fsdecode(path), options, stdin)
    if files_from is not None:
        for found in _listed(files_from, null_separated, stdin):
            if isinstance(found, InputItem):
                yield found
            else:
                yield from _path_items(found, options, stdin)
