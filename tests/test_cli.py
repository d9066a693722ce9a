"""The ``laborquotes`` command: output shapes, batch modes, and clean errors."""

from __future__ import annotations

import builtins
import contextlib
import csv
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import laborquotes as lq
from laborquotes._cli import main
from laborquotes._model import serialized_fields

ARTICLE = (
    "HARBOR CITY, Calif. (AP) — Dock workers walked off the job Tuesday.\n\n"
    '"We will not back down," said Ana Ruiz, president of Local 7.\n\n'
    'Port director Sam Lee said: "The terminals stay open."\n'
)
OTHER = 'MILLTOWN, Ohio (AP) — "Pay us what we earn," said Bo Chen, a welder.\n'

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Call ``main(argv)`` in-process; *stdin* (bytes) replaces standard input."""

    def call(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(OTHER, encoding="utf-8")
    return {"a": a, "b": b}


def _doc(text: str, **kw: Any) -> dict[str, Any]:
    return lq.parse(text, **kw).to_dict()


def _jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# --------------------------------------------------------------------------- output shapes


def test_one_file_prints_the_article(run: Run, files: dict[str, Path]) -> None:
    code, out, err = run(str(files["a"]))
    assert (code, err) == (0, "")
    assert json.loads(out) == _doc(ARTICLE)
    assert out.startswith("{\n  ")  # indented by 2


@pytest.mark.parametrize("argv", [(), ("-",)], ids=["no-arg", "dash"])
def test_stdin(run: Run, argv: tuple[str, ...]) -> None:
    code, out, err = run(*argv, stdin=ARTICLE.encode())
    assert (code, err) == (0, "")
    assert json.loads(out) == _doc(ARTICLE)


@pytest.mark.parametrize(("indent", "prefix"), [("0", '{\n"'), ("4", '{\n    "')])
def test_indent(run: Run, files: dict[str, Path], indent: str, prefix: str) -> None:
    code, out, _ = run("--indent", indent, str(files["a"]))
    assert code == 0
    assert out.startswith(prefix)
    assert json.loads(out) == _doc(ARTICLE)


def test_keys_mirror_the_records(run: Run, files: dict[str, Path]) -> None:
    _, out, _ = run(str(files["a"]))
    doc = json.loads(out)
    assert list(doc) == serialized_fields(lq.Article)
    assert lq.Article.from_dict(doc) == lq.parse(ARTICLE)


def test_several_files_print_json_lines_in_order(run: Run, files: dict[str, Path]) -> None:
    paths = [str(files["b"]), str(files["a"]), str(files["b"])]
    code, out, err = run(*paths)
    assert (code, err) == (0, "")
    rows = _jsonl(out)
    assert [r["file"] for r in rows] == paths
    assert [r["article"] for r in rows] == [_doc(OTHER), _doc(ARTICLE), _doc(OTHER)]


def test_lines_for_one_file(run: Run, files: dict[str, Path]) -> None:
    code, out, _ = run("--lines", str(files["a"]))
    assert code == 0
    assert _jsonl(out) == [{"file": str(files["a"]), "article": _doc(ARTICLE)}]


def test_published(run: Run, files: dict[str, Path]) -> None:
    code, out, _ = run("--published", "2023-08-16", str(files["a"]))
    assert code == 0
    assert json.loads(out) == _doc(ARTICLE, published="2023-08-16")
    assert json.loads(out)["published"] == "2023-08-16"


def test_offsets_are_into_the_file_as_stored(run: Run, tmp_path: Path) -> None:
    """CRLF is not translated: spans index the decoded bytes of the file."""
    path = tmp_path / "crlf.txt"
    text = ARTICLE.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))
    _, out, _ = run(str(path))
    doc = json.loads(out)
    assert doc == _doc(text)
    for q in doc["quotes"]:
        assert text[q["span"]["start"] : q["span"]["end"]] == q["text"]


# --------------------------------------------------------------------------- JSONL


def test_jsonl(run: Run) -> None:
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE}),
        "",
        json.dumps({"text": OTHER, "published": "2020-01-02"}),
        json.dumps({"id": 7, "text": OTHER}),
    ]
    code, out, err = run("--jsonl", stdin="\n".join(lines).encode())
    assert (code, err) == (0, "")
    assert _jsonl(out) == [
        {"id": "a1", "meta": {}, "article": _doc(ARTICLE)},
        {"id": 3, "meta": {}, "article": _doc(OTHER, published="2020-01-02")},  # the line
        {"id": 7, "meta": {}, "article": _doc(OTHER)},
    ]


def test_jsonl_published_flag_is_the_default(run: Run) -> None:
    lines = [
        json.dumps({"id": 1, "text": OTHER}),
        json.dumps({"id": 2, "text": OTHER, "published": "2021-05-05"}),
    ]
    _, out, _ = run("--jsonl", "--published", "2019-09-09", stdin="\n".join(lines).encode())
    assert [r["article"]["published"] for r in _jsonl(out)] == ["2019-09-09", "2021-05-05"]


@pytest.mark.parametrize(
    ("line", "label", "message"),
    [
        ("not json", 2, "-:2: not valid JSON"),
        ("[1, 2]", 2, "-:2: expected a JSON object, got list"),
        ('{"id": 1}', 1, '-:2 (id 1): "text" must be a string, got nothing'),
        ('{"id": "z", "text": 5}', "z", '-:2 (id "z"): "text" must be a string, got int'),
        ('{"text": "x", "published": "yesterday"}', 2, '-:2: "published" must be a date'),
        ('{"text": "x", "published": 5}', 2, '-:2: "published" must be a date'),
    ],
)
def test_jsonl_bad_line_is_reported_and_skipped(
    run: Run, line: str, label: Any, message: str
) -> None:
    good = json.dumps({"id": "ok", "text": OTHER})
    code, out, err = run("--jsonl", stdin=f"{good}\n{line}\n{good}\n".encode())
    assert code == 1
    rows = _jsonl(out)
    assert [r["id"] for r in rows] == ["ok", label, "ok"]
    assert ["article" in r for r in rows] == [True, False, True]
    assert rows[1]["error"] == err.removeprefix("laborquotes: error: ").rstrip("\n")
    assert err.count("\n") == 1
    assert err.startswith(f"laborquotes: error: {message}")


def test_jsonl_byte_order_mark(run: Run) -> None:
    data = "\ufeff" + json.dumps({"id": "b", "text": OTHER}) + "\n"
    code, out, err = run("--jsonl", stdin=data.encode("utf-8"))
    assert (code, err) == (0, "")
    assert _jsonl(out) == [{"id": "b", "meta": {}, "article": _doc(OTHER)}]


def test_jsonl_files(run: Run, tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "x", "text": OTHER}) + "\n", encoding="utf-8")
    missing = str(tmp_path / "missing.jsonl")
    code, out, err = run("--jsonl", str(one), missing, str(one))
    assert code == 1
    assert [r.get("id", r.get("file")) for r in _jsonl(out)] == ["x", missing, "x"]
    assert _jsonl(out)[1] == {"file": missing, "error": f"{missing}: no such file"}
    assert err == f"laborquotes: error: {missing}: no such file\n"


# --------------------------------------------------------------------------- workers


@pytest.mark.parametrize("jsonl", [False, True], ids=["files", "jsonl"])
def test_workers_keep_input_order(run: Run, tmp_path: Path, jsonl: bool) -> None:
    texts = [f'Item {i}: "Strike number {i} is on," said Union Leader {i}.\n' for i in range(23)]
    if jsonl:
        data = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
        serial = run("--jsonl", stdin=data.encode())
        parallel = run("--jsonl", "--workers", "2", "--chunksize", "3", stdin=data.encode())
    else:
        paths = []
        for i, t in enumerate(texts):
            p = tmp_path / f"{i:02}.txt"
            p.write_text(t, encoding="utf-8")
            paths.append(str(p))
        serial = run(*paths)
        parallel = run("--workers", "2", "--chunksize", "3", *paths)
    assert serial == parallel
    assert serial[0] == 0
    assert len(_jsonl(serial[1])) == len(texts)


def test_workers_report_errors_in_order(run: Run, files: dict[str, Path], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    code, out, err = run("--workers", "2", "--chunksize", "1", str(files["a"]), missing)
    assert code == 1
    assert [r["file"] for r in _jsonl(out)] == [str(files["a"]), missing]
    assert _jsonl(out)[1] == {"file": missing, "error": f"{missing}: no such file"}
    assert err == f"laborquotes: error: {missing}: no such file\n"


# --------------------------------------------------------------------------- CSV


def test_csv(run: Run, files: dict[str, Path]) -> None:
    code, out, err = run("--format", "csv", str(files["a"]), str(files["b"]))
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(next(csv.reader(io.StringIO(out)))) == lq.RECORD_FIELDS
    expected = lq.records(
        [(str(files["a"]), lq.parse(ARTICLE)), (str(files["b"]), lq.parse(OTHER))]
    )
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected, strict=True):
        assert got["article_id"] == want["article_id"]
        assert got["quote_text"] == want["quote_text"]
        assert got["quote_start"] == str(want["quote_start"])


def test_csv_nothing_on_failure(run: Run, tmp_path: Path) -> None:
    code, out, err = run("--format", "csv", str(tmp_path / "missing.txt"))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1


def test_csv_article_without_quotes_has_one_row(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nothing quoted here.\n", encoding="utf-8")
    code, out, _ = run("--format", "csv", str(path))
    assert code == 0
    header, _row = out.splitlines()
    assert header == ",".join(lq.RECORD_FIELDS)
    (back,) = csv.DictReader(io.StringIO(out))
    assert back["article_id"] == str(path)
    assert all(back[k] == "" for k in lq.RECORD_FIELDS if k != "article_id")


def test_csv_matches_write_csv(run: Run, files: dict[str, Path]) -> None:
    _, out, _ = run("--format", "csv", str(files["a"]))
    buf = io.StringIO()
    lq.write_csv(lq.records([(str(files["a"]), lq.parse(ARTICLE))]), buf)
    assert out == buf.getvalue()


# --------------------------------------------------------------------------- encodings


def test_encoding(run: Run, tmp_path: Path) -> None:
    text = 'PARÍS (AFP) - "Ça suffit," dit-il. "Enough," said José Núñez.\n'
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    code, out, _ = run("--encoding", "latin-1", str(path))
    assert code == 0
    assert json.loads(out) == _doc(text)


def test_errors_replace(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b'"Bad \xff byte," said Al Ray.\n')
    code, out, err = run("--errors", "replace", str(path))
    assert (code, err) == (0, "")
    assert json.loads(out) == _doc('"Bad \ufffd byte," said Al Ray.\n')


# --------------------------------------------------------------------------- input errors


def _setup_missing(tmp: Path) -> str:
    return str(tmp / "nope.txt")


def _setup_bad_utf8(tmp: Path) -> str:
    path = tmp / "bad.txt"
    path.write_bytes(b"ok \xc3\x28 not utf-8")
    return str(path)


def _setup_dangling_symlink(tmp: Path) -> str:
    path = tmp / "link.txt"
    path.symlink_to(tmp / "gone.txt")
    return str(path)


INPUT_ERRORS = [
    (_setup_missing, "no such file"),
    (
        _setup_bad_utf8,
        "not valid utf-8 (byte 0xc3 at offset 3); try --encoding or --errors replace",
    ),
    (_setup_dangling_symlink, "no such file"),
]


@pytest.mark.parametrize(
    ("setup", "message"), INPUT_ERRORS, ids=lambda v: getattr(v, "__name__", "")
)
def test_input_error_is_one_line(
    run: Run, tmp_path: Path, setup: Callable[[Path], str], message: str
) -> None:
    path = setup(tmp_path)
    code, out, err = run(path)
    assert code == 1
    assert out == ""
    assert err == f"laborquotes: error: {path}: {message}\n"


def test_empty_directory_is_an_error_record(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    code, out, err = run(str(tmp_path))
    message = f"{tmp_path}: no file in this directory matches --glob '*.txt'"
    assert code == 1
    assert _jsonl(out) == [{"file": str(tmp_path), "error": message}]
    assert err == f"laborquotes: error: {message}\n"


def test_unreadable_file(run: Run, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied (simulated: the suite may run as root, which reads anything)."""
    real_open = builtins.open
    target = str(files["a"])

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if file == target:
            raise PermissionError(13, "Permission denied", target)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    code, out, err = run(target)
    assert (code, out) == (1, "")
    assert err == f"laborquotes: error: {target}: permission denied\n"


def test_bad_stdin(run: Run) -> None:
    code, out, err = run(stdin=b"\xff\xfe")
    assert (code, out) == (1, "")
    assert err.startswith("laborquotes: error: <stdin>: not valid utf-8 (byte 0xff at offset 0)")


def test_errors_do_not_stop_the_batch(run: Run, files: dict[str, Path], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(str(files["a"]), missing, str(files["b"]), str(empty))
    assert code == 1
    rows = _jsonl(out)
    assert [r["file"] for r in rows] == [str(files["a"]), missing, str(files["b"]), str(empty)]
    assert ["error" in r for r in rows] == [False, True, False, True]
    assert err.splitlines() == [
        f"laborquotes: error: {missing}: no such file",
        f"laborquotes: error: {empty}: no file in this directory matches --glob '*.txt'",
    ]


def test_parser_crash_is_reported_not_raised(
    run: Run, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import laborquotes._cli as cli

    def boom(text: str, **kw: Any) -> lq.Article:
        raise RuntimeError("bug")

    monkeypatch.setattr(cli, "parse", boom)
    code, out, err = run(str(files["a"]))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "RuntimeError: bug" in err


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    "argv",
    [
        ("--published", "2023-13-01"),
        ("--published", "soon"),
        ("--encoding", "no-such-codec"),
        ("--errors", "ignore"),
        ("--workers", "-1"),
        ("--workers", "two"),
        ("--chunksize", "0"),
        ("--format", "xml"),
        ("--indent", "2", "a.txt", "b.txt"),
        ("--indent", "2", "--jsonl"),
        ("--indent", "2", "--format", "csv"),
        ("-", "-"),
        ("--no-such-option",),
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2(run: Run, argv: tuple[str, ...]) -> None:
    code, out, err = run(*argv)
    assert code == 2
    assert out == ""
    assert "laborquotes: error:" in err
    assert "Traceback" not in err


def test_version(run: Run) -> None:
    code, out, _ = run("--version")
    assert (code, out) == (0, f"laborquotes {lq.__version__}\n")


def test_help(run: Run) -> None:
    code, out, _ = run("--help")
    assert code == 0
    for option in ("--published", "--jsonl", "--workers", "--format", "--encoding", "--errors"):
        assert option in out


# --------------------------------------------------------------------------- progress


def test_progress_only_on_a_tty(
    run: Run, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(files["a"]), str(files["b"])]
    _, _, err = run(*paths)
    assert err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, out, err = run(*paths)
    assert "\rlaborquotes: 2/2 articles" in err
    assert err.endswith("\r\033[K")  # the counter is cleared at the end
    assert len(_jsonl(out)) == 2
    _, _, err = run("--no-progress", *paths)
    assert err == ""


# --------------------------------------------------------------------------- real processes


def _cli(*argv: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "laborquotes", *argv], capture_output=True, timeout=120, **kw
    )


def test_python_m(files: dict[str, Path]) -> None:
    proc = _cli(str(files["a"]))
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == _doc(ARTICLE)


@pytest.mark.parametrize("argv", [("nope.txt",), ("--workers", "2", ".", "nope.txt")])
def test_python_m_error_has_no_traceback(tmp_path: Path, argv: tuple[str, ...]) -> None:
    proc = _cli(*argv, cwd=tmp_path)
    assert proc.returncode == 1
    assert all("error" in r for r in _jsonl(proc.stdout.decode()))
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.startswith(b"laborquotes: error: ")


def test_python_m_workers(files: dict[str, Path]) -> None:
    proc = _cli("--workers", "2", str(files["a"]), str(files["b"]))
    assert proc.returncode == 0
    assert [r["article"] for r in _jsonl(proc.stdout.decode())] == [_doc(ARTICLE), _doc(OTHER)]


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    # The input is a file, not a pipe we write to: writing stdin while the child blocks on a
    # full stdout pipe would deadlock both processes.
    source = tmp_path / "many.jsonl"
    source.write_text(
        "".join(json.dumps({"id": i, "text": OTHER}) + "\n" for i in range(20000)),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "laborquotes", "--jsonl", str(source)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # the reader goes away, like `| head -1`
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
        proc.wait()
    assert json.loads(first)["id"] == 0
    assert err == b""
    assert proc.returncode == 141


def test_ctrl_c_is_quiet() -> None:
    code = (
        "import sys; from laborquotes._cli import main; "
        "sys.stderr.write('ready\\n'); sys.stderr.flush(); raise SystemExit(main(['-']))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,  # never written: main() blocks reading it
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"ready\n"
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=0.3)  # let main() reach the read
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130
    assert out == b""
    assert b"Traceback" not in err


@pytest.mark.skipif(os.name != "posix", reason="console script path differs on Windows")
def test_console_script(files: dict[str, Path]) -> None:
    exe = Path(sys.executable).with_name("laborquotes")
    proc = subprocess.run([str(exe), str(files["a"])], capture_output=True, timeout=120)
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == _doc(ARTICLE)


def test_report_subcommand_is_dispatched(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    seen: list[list[str]] = []

    def report(argv: list[str]) -> int:
        seen.append(list(argv))
        return 42

    fake = types.ModuleType("laborquotes._report_cli")
    fake.main = report  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "laborquotes._report_cli", fake)
    assert main(["report", "corpus/", "--by", "outlet"]) == 42
    assert seen == [["corpus/", "--by", "outlet"]]
