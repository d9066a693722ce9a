"""The ``laborquotes`` command on batches: directories, file lists, JSON Lines keys, output
shapes, bounds, and a Hypothesis round trip in which every record is accounted for."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import laborquotes as lq
from clirun import call, lines
from laborquotes._inputs import InputOptions, iter_inputs

STRIKE = '"We are out until they pay," said Ana Ruiz, a nurse.\n'
TALKS = 'The talks resumed. "No deal yet," the mediator said.\n'
PLAIN = "Nothing anybody said is quoted in this story.\n"


def doc(text: str, **kw: Any) -> dict[str, Any]:
    return lq.parse(text, **kw).to_dict()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/b.txt, root/a.txt, root/notes.md, root/sub/c.txt, root/sub/deeper/d.txt"""
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    (tmp_path / "notes.md").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "d.txt").write_text(STRIKE, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------- directories


@pytest.mark.parametrize(
    ("glob", "names"),
    [
        (None, ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]),
        ("*.md", ["notes.md"]),
        ("[ab].*", ["a.txt", "b.txt"]),
    ],
)
def test_directory_is_walked(tree: Path, glob: str | None, names: list[str]) -> None:
    argv = [str(tree)] + (["--glob", glob] if glob else [])
    code, out, err = call(*argv)
    assert (code, err) == (0, "")
    assert [r["file"] for r in lines(out)] == [str(tree / n) for n in names]


def test_directory_and_files_mix_in_order(tree: Path) -> None:
    code, out, _ = call(str(tree / "notes.md"), str(tree / "sub"), str(tree / "a.txt"))
    assert code == 0
    want = [tree / "notes.md", tree / "sub" / "c.txt", tree / "sub/deeper/d.txt", tree / "a.txt"]
    assert [r["file"] for r in lines(out)] == [str(p) for p in want]


# --------------------------------------------------------------------------- --files-from


@pytest.mark.parametrize("null", [False, True], ids=["lines", "nul"])
@pytest.mark.parametrize("source", ["file", "stdin"])
def test_files_from(tree: Path, null: bool, source: str) -> None:
    names = [str(tree / "b.txt"), str(tree / "sub"), str(tree / "a.txt")]
    sep = "\0" if null else "\n"
    listing = (sep.join(names) + sep).encode()
    extra = ["-0"] if null else []
    if source == "file":
        path = tree / "list"
        path.write_bytes(listing)
        code, out, err = call("--files-from", str(path), *extra)
    else:
        code, out, err = call("--files-from", "-", *extra, stdin=listing)
    assert (code, err) == (0, "")
    got = [r["file"] for r in lines(out)]
    assert got == [names[0], str(tree / "sub/c.txt"), str(tree / "sub/deeper/d.txt"), names[2]]


def test_files_from_crlf_and_blank_lines(tree: Path) -> None:
    listing = f"{tree / 'a.txt'}\r\n\r\n{tree / 'b.txt'}\r\n".encode()
    code, out, _ = call("--files-from", "-", stdin=listing)
    assert code == 0
    assert [r["file"] for r in lines(out)] == [str(tree / "a.txt"), str(tree / "b.txt")]


def test_files_from_missing_list(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-list")
    code, out, err = call("--files-from", missing)
    assert code == 1
    assert lines(out) == [{"file": missing, "error": f"{missing}: no such file"}]
    assert err == f"laborquotes: error: {missing}: no such file\n"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are Unicode")
def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xff.txt"
    with open(raw, "wb") as f:
        f.write(STRIKE.encode())
    name = os.fsdecode(raw)  # surrogate escapes, as Python gives it in sys.argv
    for argv, stdin in [((name,), b""), (("--files-from", "-", "-0"), raw + b"\0")]:
        code, out, err = call(*argv, "--format", "jsonl", stdin=stdin)
        assert (code, err) == (0, "")
        (record,) = lines(out)
        assert record["file"] == name  # written with \udcXX escapes: valid ASCII JSON
        assert os.fsencode(record["file"]) == raw
        assert record["article"] == doc(STRIKE)
    code, out, _ = call(str(tmp_path))  # found by walking the directory
    assert [os.fsencode(r["file"]) for r in lines(out)] == [raw]


# --------------------------------------------------------------------------- shapes


def test_format_jsonl_gives_one_record_for_one_input(tree: Path) -> None:
    code, out, _ = call("--format", "jsonl", str(tree / "a.txt"))
    assert code == 0
    assert lines(out) == [{"file": str(tree / "a.txt"), "article": doc(TALKS)}]


def test_single_document_is_still_the_default(tree: Path) -> None:
    code, out, _ = call(str(tree / "a.txt"))
    assert code == 0
    assert json.loads(out) == doc(TALKS)


def test_csv_counts_every_article(tree: Path) -> None:
    code, out, _ = call("--format", "csv", str(tree))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len({r["article_id"] for r in rows}) == 4  # c.txt has no quotes but a row
    empty = [r for r in rows if r["quote_index"] == ""]
    assert [r["article_id"] for r in empty] == [str(tree / "sub" / "c.txt")]
    assert len(rows) - len(empty) == sum(len(lq.parse(t).quotes) for t in (TALKS, STRIKE, STRIKE))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_html_page(workers: str) -> None:
    records = [
        {"id": "<script>alert(1)</script>", "text": '<script>alert("x")</script> "Hi," said Al.'},
        {"id": "a&b", "text": STRIKE},
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in records).encode()
    code, out, err = call("--jsonl", "--format", "html", "--workers", workers, stdin=stdin)
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "a&amp;b" in out
    assert "<script" not in out


def test_html_failures_go_to_stderr(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STRIKE, encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    code, out, err = call("--format", "html", str(good), missing)
    assert code == 1
    assert out.startswith("<!DOCTYPE html>")
    assert err == f"laborquotes: error: {missing}: no such file\n"


# --------------------------------------------------------------------------- JSON Lines keys


def test_jsonl_keys_and_meta() -> None:
    records = [
        {"body": STRIKE, "uid": "s1", "date": "2024-03-05", "outlet": "Gazette", "n": [1, 2]},
        {"body": TALKS, "uid": "s2", "date": None, "url": "https://example.org/t"},
        {"body": PLAIN},
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in records).encode()
    argv = ["--jsonl", "--text-key", "body", "--id-key", "uid", "--published-key", "date"]
    code, out, err = call(*argv, "--published", "2020-01-01", stdin=stdin)
    assert (code, err) == (0, "")
    assert lines(out) == [
        {
            "id": "s1",
            "meta": {"outlet": "Gazette", "n": [1, 2]},
            "article": doc(STRIKE, published="2024-03-05"),
        },
        {
            "id": "s2",
            "meta": {"url": "https://example.org/t"},
            "article": doc(TALKS, published="2020-01-01"),
        },
        {"id": 3, "meta": {}, "article": doc(PLAIN, published="2020-01-01")},
    ]


def test_jsonl_csv_ids() -> None:
    stdin = b'{"id": {"a": 1}, "text": "x"}\n{"id": 2.5, "text": "y"}\n{"text": "z"}\n'
    code, out, _ = call("--jsonl", "--format", "csv", stdin=stdin)
    assert code == 0
    assert [r["article_id"] for r in csv.DictReader(io.StringIO(out))] == ['{"a": 1}', "2.5", "3"]


def test_iter_inputs_api(tree: Path) -> None:
    """The documented API that ``laborquotes report`` uses."""
    items = list(iter_inputs([str(tree), str(tree / "nope")], InputOptions(glob="*.md")))
    assert [(i.key, i.label, i.text, i.error) for i in items] == [
        ("file", str(tree / "notes.md"), PLAIN, None),
        ("file", str(tree / "nope"), None, f"{tree / 'nope'}: no such file"),
    ]
    stream = io.BytesIO(b'{"id": 4, "text": "t", "src": "w"}\n')
    (item,) = iter_inputs(["-"], InputOptions(jsonl=True), stdin=stream)
    assert (item.key, item.label, item.where, item.text, item.meta) == (
        "id",
        4,
        "-:1 (id 4)",
        "t",
        {"src": "w"},
    )


# --------------------------------------------------------------------------- encodings


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    """Windows-made files: cp1252 maps 0x93/0x94 to curly quotes (latin-1 to C1 controls)."""
    text = "\u201cWe\u2019re not going back,\u201d said Ana Ruiz \u2014 a nurse.\n"
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    assert b"\x93" in path.read_bytes()
    code, out, _ = call("--encoding", "cp1252", str(path))
    assert code == 0
    article = json.loads(out)
    assert article == doc(text)
    assert [q["text"] for q in article["quotes"]] == ["We\u2019re not going back,"]
    _, out, _ = call("--encoding", "latin-1", str(path))
    assert json.loads(out)["quotes"] == []  # why latin-1 is the wrong advice


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize(("size", "limit"), [("100", 100), ("2K", 2048), ("1MiB", 1 << 20)])
def test_max_bytes_file(tmp_path: Path, size: str, limit: int) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (limit + 1))
    fits = tmp_path / "fits.txt"
    fits.write_bytes(b"y" * limit)
    code, out, err = call("--max-bytes", size, str(big), str(fits))
    assert code == 1
    first, second = lines(out)
    assert first["error"] == (
        f"{big}: larger than --max-bytes ({limit:,} bytes); raise --max-bytes to read it"
    )
    assert "article" in second
    assert err.count("\n") == 1


def test_max_bytes_jsonl_line() -> None:
    long = json.dumps({"id": "long", "text": "z" * 500})
    short = json.dumps({"id": "short", "text": STRIKE})
    stdin = f"{short}\n{long}\n{short}\n{long}".encode()
    code, out, err = call("--jsonl", "--max-bytes", "200", stdin=stdin)
    assert code == 1
    assert [r["id"] for r in lines(out)] == ["short", 2, "short", 4]
    assert lines(out)[1]["error"].startswith("-:2: larger than --max-bytes (200 bytes)")
    assert err.count("\n") == 2


def test_max_bytes_stdin() -> None:
    code, out, err = call("--max-bytes", "10", stdin=b"a" * 11)
    assert (code, out) == (1, "")
    assert err == (
        "laborquotes: error: <stdin>: larger than --max-bytes (10 bytes); "
        "raise --max-bytes to read it\n"
    )


# --------------------------------------------------------------------------- hostile records


def test_lone_surrogates_are_written_escaped() -> None:
    record = {"id": "s\udc80", "text": '"We \ud800 stay," said Al Ray.', "note": "\udfff"}
    stdin = json.dumps(record).encode()  # ASCII with \\udXXX escapes
    code, out, err = call("--jsonl", stdin=stdin)
    assert (code, err) == (0, "")
    assert out.isascii()
    (back,) = lines(out)
    assert back["id"] == record["id"]
    assert back["meta"] == {"note": "\udfff"}
    assert back["article"] == doc(record["text"])
    code, out, _ = call("--jsonl", "--format", "csv", stdin=stdin)
    assert code == 0
    assert "s\\udc80" in out  # a CSV cell holds a backslash escape


def test_deeply_nested_records_are_error_records() -> None:
    deep = '{"id": ' + "[" * 100_000 + "]" * 100_000 + ', "text": "x"}'
    deepish = '{"id": 1, "text": "x", "m": ' + "[" * 900 + "]" * 900 + "}"
    good = json.dumps({"id": "ok", "text": STRIKE})
    code, out, err = call("--jsonl", stdin=f"{deep}\n{good}\n{deepish}\n{good}\n".encode())
    assert code == 1
    rows = lines(out)
    assert [r["id"] for r in rows] == [1, "ok", 1, "ok"]
    assert "nested too deeply" in rows[0]["error"]
    assert "article" in rows[2] or "nested too deeply" in rows[2]["error"]  # the stack decides
    assert "Traceback" not in err
    assert err.count("\n") == 1 + ("error" in rows[2])


# --------------------------------------------------------------------------- usage


@pytest.mark.parametrize(
    "argv",
    [
        ("--text-key", "body"),
        ("--id-key", "uid", "a.txt"),
        ("-0",),
        ("--files-from", "-", "-"),
        ("--jsonl", "--text-key", "x", "--id-key", "x"),
        ("--jsonl", "--text-key", "id"),
        ("--max-bytes", "0"),
        ("--max-bytes", "lots"),
        ("--max-bytes", "16T"),
        ("--format", "html", "--indent", "2"),
        ("--encoding", "rot13"),
        ("--encoding", "no-such-codec"),
    ],
    ids=" ".join,
)
def test_usage_errors_are_one_line(argv: tuple[str, ...]) -> None:
    code, out, err = call(*argv)
    assert (code, out) == (2, "")
    assert err.startswith("laborquotes: error: ")
    assert err.endswith("(see laborquotes --help)\n")
    assert err.count("\n") == 1


# --------------------------------------------------------------------------- round trip

_ids = st.one_of(st.integers(), st.text(max_size=8), st.none(), st.just("dup"))
_meta = st.dictionaries(
    st.text(max_size=5).filter(lambda k: k not in ("id", "text", "published")),
    st.one_of(st.integers(), st.text(max_size=5), st.booleans()),
    max_size=3,
)
_record = st.one_of(
    st.tuples(_ids, st.text(max_size=120), _meta),
    st.sampled_from(["{not json", "[1]", '{"text": 7}', '"just a string"']),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_record, max_size=12))
def test_round_trip_accounts_for_every_record(records: list[Any]) -> None:
    """JSONL in, JSONL out: one output line per input line, in order, ids and meta kept."""
    raw: list[str] = []
    for rec in records:
        if isinstance(rec, str):
            raw.append(rec)
        else:
            label, text, meta = rec
            raw.append(json.dumps({**meta, "id": label, "text": text}))
    code, out, err = call("--jsonl", stdin="\n".join(raw).encode())
    rows = lines(out)
    assert len(rows) == len(records)
    bad = 0
    for lineno, (rec, row) in enumerate(zip(records, rows, strict=True), 1):
        if isinstance(rec, str):
            bad += 1
            assert row["id"] == lineno
            assert row["error"].startswith(f"-:{lineno}")
        else:
            label, text, meta = rec
            assert (row["id"], row["meta"]) == (label, meta)
            assert row["article"] == doc(text)
    assert code == (1 if bad else 0)
    assert err.count("\n") == bad


def test_html_with_a_lone_surrogate() -> None:
    stdin = json.dumps({"id": "s", "text": '"We \ud800 stay," said Al Ray.'}).encode()
    code, out, _ = call("--jsonl", "--format", "html", stdin=stdin)
    assert code == 0
    assert "We \ufffd stay" in out


def test_cli_page_python_blocks_run() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text("utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```$", page, re.DOTALL | re.MULTILINE)
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/cli.md", "exec"), {"__name__": "docs_cli"})


def test_every_json_line_validates_against_the_schema(tree: Path) -> None:
    from importlib import resources

    from jsonschema import Draft202012Validator

    schema = json.loads(resources.files("laborquotes").joinpath("article.schema.json").read_text())
    validator = Draft202012Validator(schema)
    stdin = b'{"id": "x", "text": "t", "src": 1}\n{"text": 5}\nnot json\n'
    _, out_jsonl, _ = call("--jsonl", stdin=stdin)
    _, out_files, _ = call(str(tree), str(tree / "missing.txt"))
    rows = lines(out_jsonl) + lines(out_files)
    assert len(rows) == 3 + 5
    assert sum("error" in r for r in rows) == 3
    for row in rows:
        assert not list(validator.iter_errors(row)), row
    for bad in ({"file": "a", "error": "e", "article": {}}, {"id": 1, "error": "e"}):
        assert list(validator.iter_errors(bad))
