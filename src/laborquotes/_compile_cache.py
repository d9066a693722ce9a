"""Compiled ``regex`` patterns kept on disk, so that a new process starts fast.

The speaker grammar alone expands to a pattern of about 120,000 characters, which the
``regex`` module takes about a second to parse and optimise, in every new process: a CLI
run, each worker of ``--workers``, each Dask or Spark task process. A compiled pattern
pickles as its compiled code (``regex`` unpickles it with ``regex._regex.compile``, with
no parsing), so :func:`compile_pattern` keeps each long pattern's pickle in a cache
directory and loads it from there in the next process (in about a hundredth of the time).

* The cache directory is ``$LABORQUOTES_CACHE_DIR`` if set (``off`` or an empty value
  turns the cache off), else ``laborquotes`` under the user's cache directory
  (``$XDG_CACHE_HOME`` or ``~/.cache``; ``%LOCALAPPDATA%`` on Windows). Entries live in
  a folder named for the ``regex`` version, the Python version and the machine, so an
  upgrade never reads another version's code.
* A file is read only through an unpickler that allows one callable,
  ``regex._regex.compile``; its pattern text must equal the pattern asked for. Anything
  else (a damaged, foreign or unreadable file) is ignored and the pattern is compiled.
* Writing is best effort and atomic (a temporary file, then ``os.replace``): a read-only
  or missing home changes nothing but the start-up time.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path
from typing import Any

import regex

# (``hashlib``, ``pickle``, ``platform`` and ``tempfile`` are imported on first use:
# ``import laborquotes`` stays fast, and a process that compiles no long pattern never
# pays for them)

__all__ = ["cache_dir", "compile_pattern"]

#: Patterns shorter than this compile in about a fifth of a millisecond, about what
#: reading a file costs: not worth one. Longer ones are worth it: a pattern of a few
#: hundred characters takes a millisecond or more to compile (a process that parses
#: news meets about eighty of them: some 90 ms of its start, read back in 20).
MIN_CACHED_SOURCE = 100
#: No cache file is read past this size (the speaker pattern's is about 300 kB).
_MAX_FILE_BYTES = 16 * 1024 * 1024
#: The environment variable that moves (or, set to ``off`` or empty, disables) the cache.
ENV_VAR = "LABORQUOTES_CACHE_DIR"
#: The one global a cache file may name: what ``regex`` pickles a pattern with.
_ALLOWED_GLOBAL = ("regex._regex", "compile")


def cache_dir() -> Path | None:
    """The folder of this interpreter's cache entries, or ``None`` when it is off."""
    configured = os.environ.get(ENV_VAR)
    if configured is not None:
        if configured.strip() in ("", "off"):
            return None
        base = Path(configured)
    elif sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"]) / "laborquotes" / "Cache"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "laborquotes"
    import platform

    version = sys.version_info
    tag = f"regex-{regex.__version__}-py{version[0]}.{version[1]}-{platform.machine() or 'any'}"
    return base / tag


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, from the cache when it holds the pattern."""
    if len(source) < MIN_CACHED_SOURCE:
        return regex.compile(source, flags)
    try:
        folder = cache_dir()
    except (OSError, RuntimeError):  # (no home directory to find)
        folder = None
    if folder is None:
        return regex.compile(source, flags)
    import hashlib

    key = hashlib.sha256(f"{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"{key[:40]}.pickle"
    cached = _load(path, source, flags)
    if cached is not None:
        return cached
    pattern = regex.compile(source, flags)
    _store(path, pattern)
    return pattern


def _unpickle(data: bytes) -> Any:
    """*data* unpickled by an unpickler that builds nothing but ``regex`` patterns."""
    import pickle

    class _Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) != _ALLOWED_GLOBAL:
                raise pickle.UnpicklingError(f"a pattern cache file names {module}.{name}")
            return super().find_class(module, name)

    return _Unpickler(io.BytesIO(data)).load()


def _load(path: Path, source: str, flags: int) -> regex.Pattern[str] | None:
    """The pattern cached at *path*, if it is *source* compiled with *flags*."""
    try:
        with path.open("rb") as f:
            data = f.read(_MAX_FILE_BYTES + 1)
        if len(data) > _MAX_FILE_BYTES:
            return None
        pattern = _unpickle(data)
    except Exception:  # (a missing or damaged entry is compiled again)
        return None
    if (
        not isinstance(pattern, regex.Pattern)
        or pattern.pattern != source
        or pattern.flags & flags != flags
    ):
        return None
    return pattern


def _store(path: Path, pattern: regex.Pattern[str]) -> None:
    """Write *pattern*'s pickle to *path*, atomically; give up quietly on any error."""
    import pickle
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(pattern, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except Exception:  # (a cache that cannot be written is no error)
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
