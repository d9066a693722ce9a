"""Faults around the ``laborquotes`` command, in real processes: a full disk, closed
streams, endless input, a worker that is killed, Ctrl-C. Each ends with one line on stderr
(never a traceback) and a documented exit status."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ARTICLE = '"We are out until they pay," said Ana Ruiz, a nurse.\n'
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX shells, devices and signals")


def _lq(*argv: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "laborquotes", *argv], capture_output=True, timeout=300, **kw
    )


def _one_error_line(err: bytes) -> str:
    assert b"Traceback" not in err
    text = err.decode()
    assert text.count("\n") == 1, text
    assert text.startswith("laborquotes: error: ")
    return text


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@POSIX
@pytest.mark.parametrize("argv", [(), ("--format", "jsonl"), ("--format", "csv")])
def test_disk_full(article: Path, argv: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "laborquotes", *argv, str(article)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    assert proc.returncode == 1
    line = _one_error_line(proc.stderr)
    assert "cannot write the output: No space left on device" in line


@POSIX
def test_closed_stdout(article: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "laborquotes", str(article)],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),  # like `laborquotes a.txt >&-`
        timeout=300,
    )
    assert proc.returncode == 1
    assert _one_error_line(proc.stderr) == "laborquotes: error: standard output is closed\n"


@POSIX
@pytest.mark.parametrize("argv", [(), ("--jsonl",), ("--files-from", "-")])
def test_closed_stdin(argv: tuple[str, ...]) -> None:
    proc = _lq(*argv, preexec_fn=lambda: os.close(0))
    assert proc.returncode == 1
    line = _one_error_line(proc.stderr)
    assert line == "laborquotes: error: <stdin>: standard input is closed\n"


@POSIX
@pytest.mark.parametrize("argv", [("-",), ("--max-bytes", "1M", "-")])
def test_endless_stdin_ends_with_one_error(argv: tuple[str, ...]) -> None:
    """``laborquotes - < /dev/zero`` reads at most --max-bytes (default 16 MiB), then stops."""
    with open("/dev/zero", "rb") as zero:
        proc = _lq(*argv, stdin=zero)
    assert proc.returncode == 1
    assert proc.stdout == b""
    limit = "1,048,576" if "1M" in argv else "16,777,216"
    line = _one_error_line(proc.stderr)
    assert line.startswith(f"laborquotes: error: <stdin>: larger than --max-bytes ({limit} bytes)")


def test_unknown_encoding_is_one_line(article: Path) -> None:
    proc = _lq("--encoding", "klingon-8", str(article))
    assert proc.returncode == 2
    assert "unknown text encoding: 'klingon-8'" in _one_error_line(proc.stderr)


# --------------------------------------------------------------------------- workers


def _many(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        path = tmp_path / f"{i:03}.txt"
        path.write_text(f'"Strike {i} is on," said Union Leader Bo Chen.\n', encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("victim", [0, 6, 13])
def test_a_killed_worker_fails_only_its_input(tmp_path: Path, victim: int) -> None:
    paths = _many(tmp_path, 14)
    env = {**os.environ, "LABORQUOTES_TEST_DIE_ON": paths[victim]}  # SIGKILLs its worker
    proc = _lq("--workers", "2", "--chunksize", "3", *paths, env=env)
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["file"] for r in rows] == paths  # every input accounted for, in order
    failed = [r["file"] for r in rows if "error" in r]
    assert failed == [paths[victim]]
    message = f"{paths[victim]}: the worker process died while parsing this input"
    assert rows[victim]["error"].startswith(message)
    assert _one_error_line(proc.stderr).startswith(f"laborquotes: error: {message}")


def test_a_killed_worker_in_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(9)),
        encoding="utf-8",
    )
    env = {**os.environ, "LABORQUOTES_TEST_DIE_ON": f"{source}:4 (id 3)"}
    proc = _lq("--jsonl", "--workers", "2", "--chunksize", "2", str(source), env=env)
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == list(range(9))
    assert ["error" in r for r in rows] == [i == 3 for i in range(9)]
    _one_error_line(proc.stderr)


# --------------------------------------------------------------------------- Ctrl-C


def _interrupt(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"ready\n"
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=0.5)  # let main() get going
    proc.send_signal(signal.SIGINT)
    try:
        return proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait()


_READY = (  # after the import, which takes a while on a busy machine
    "import sys; from laborquotes._cli import main; sys.stderr.write('ready\\n'); "
    "sys.stderr.flush(); "
)


@POSIX
@pytest.mark.parametrize("argv", [["-"], ["--jsonl"], ["--files-from", "-", "-0"]])
def test_ctrl_c_while_reading_stdin(argv: list[str]) -> None:
    code = _READY + f"raise SystemExit(main({argv!r}))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,  # never written: main() blocks reading it
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = _interrupt(proc)
    assert proc.returncode == 130
    assert out == b""
    assert b"Traceback" not in err


#: Widens a race in ``concurrent.futures`` (Python 3.10 to 3.13): at exit, the pool's wake-up
#: pipe is checked, then written, while its manager thread may be closing it. With the sleep
#: between the two, a manager thread still running when the command returns is caught every
#: time ("Exception ignored in: <module 'threading'> ... OSError" on stderr).
_WIDE_RACE = """
import concurrent.futures.process as cfp, time
def _slow_wakeup(self):
    if not self._closed:
        if cfp._global_shutdown:
            time.sleep(0.3)
        self._writer.send_bytes(b"")
cfp._ThreadWakeup.wakeup = _slow_wakeup
"""


@POSIX
@pytest.mark.parametrize("prelude", ["", _WIDE_RACE], ids=["plain", "wide-exit-race"])
def test_ctrl_c_stops_the_workers(prelude: str) -> None:
    """Records in flight in two workers, standard input still open: Ctrl-C ends it all, and
    the pool is stopped before ``main()`` returns (nothing of it is left for the exit)."""
    main = "raise SystemExit(main(['--jsonl', '--workers', '2', '--chunksize', '1']))"
    code = prelude + _READY + main
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(
        b"".join(json.dumps({"id": i, "text": ARTICLE}).encode() + b"\n" for i in range(5))
    )
    proc.stdin.flush()  # and left open: the batch is waiting for more
    _, err = _interrupt(proc)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert err.strip() == b"", err.decode()  # nothing after the "ready" line but a newline


@pytest.mark.parametrize("victim", [0, 5])
def test_a_killed_worker_in_the_report(tmp_path: Path, victim: int) -> None:
    """``laborquotes report --workers``: the input that kills its worker is one error line,
    and the report counts all the others."""
    paths = _many(tmp_path, 6)
    env = {**os.environ, "LABORQUOTES_TEST_DIE_ON": paths[victim]}  # SIGKILLs its worker
    proc = _lq("report", "--workers", "2", "--chunksize", "2", *paths, env=env)
    assert proc.returncode == 1
    message = f"{paths[victim]}: the worker process died while parsing this input"
    assert _one_error_line(proc.stderr).startswith(f"laborquotes: error: {message}")
    report = json.loads(proc.stdout)
    assert report["all"]["articles"] == len(paths) - 1
    assert len(report["errors"]) == 1
    assert report["errors"][0].startswith(message)
    assert [g["group"] for g in report["groups"]] == [p for p in paths if p != paths[victim]]


class _ClosedPipeExecutor:
    """A stand-in for a pool that broke while a submit or a shutdown woke its manager
    thread: the wake-up pipe is closed (``OSError: handle is closed``) on the first call."""

    def __init__(self, fail: bool) -> None:
        self.fail = fail

    def submit(self, fn: Any, *args: Any) -> Any:
        import concurrent.futures

        if self.fail:
            raise OSError("handle is closed")
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        if self.fail:
            raise OSError("handle is closed")


def _echo(item: Any) -> list[Any]:
    return [item]


def test_a_closed_wakeup_pipe_is_a_broken_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The race in ``concurrent.futures`` (its manager thread closes the wake-up pipe as
    the pool breaks) is read as the broken pool: the pool is replaced, no traceback."""
    from laborquotes import _pool

    pools = iter([_ClosedPipeExecutor(fail=True), _ClosedPipeExecutor(fail=False)])
    monkeypatch.setattr(_pool._Pool, "_new", lambda self: next(pools))
    from laborquotes._inputs import InputItem

    items = [InputItem(key=k, label=k, where=k, text=k) for k in ("a", "b")]
    pool = _pool._Pool(1, _echo, _echo, [])
    chunk, future = pool.submit(items)
    assert chunk == items
    assert future.result() == items


def test_a_closed_wakeup_pipe_at_shutdown_is_no_error() -> None:
    from laborquotes import _pool

    _pool._stop(_ClosedPipeExecutor(fail=True), kill=True)  # type: ignore[arg-type]
