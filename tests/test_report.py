"""The corpus voices report: grouping, counting, its outputs and ``laborquotes report``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import _html, _report, _report_cli

ARTICLES = {
    "strike.txt": (
        '"We are ready to walk out," said Ana Ruiz, president of Local 7 of the '
        "Amalgamated Transit Union.\n\n"
        '"The offer stands," said Tom Becker, a spokesman for the Metro Bus Company.\n\n'
        '"We will see," Ruiz said.\n'
    ),
    "quiet.txt": "The council met on Monday and approved the budget without debate.\n",
    "rumour.txt": '"Nobody knows what comes next."\n',
}


def _speaker(name: str, role: lq.Role | None) -> lq.Attribution:
    return lq.Attribution(
        speaker=lq.Speaker(name=name, role=role, organization="Local 7" if role else None),
        source_span=lq.Span(start=0, end=1),
    )


def _quote(kind: str, att: lq.Attribution | None) -> lq.Quote:
    return lq.Quote(
        text="x", span=lq.Span(start=0, end=1), kind=lq.QuoteKind(kind), attribution=att
    )


ANA = _speaker("Ana Ruiz", lq.Role.UNION_OFFICIAL)
TOM = _speaker("Tom Becker", lq.Role.EMPLOYER)
NOROLE = _speaker("Sam Hill", None)
ARTICLE = lq.Article(
    quotes=(
        _quote("direct", ANA),
        _quote("indirect", ANA),
        _quote("direct", TOM),
        _quote("partial", NOROLE),
        _quote("direct", None),
    ),
    outlet="The Daily Example",
    published=dt.date(2024, 5, 17),
)


# --------------------------------------------------------------------------- grouping


@pytest.mark.parametrize(
    ("by", "kwargs", "expected"),
    [
        ("file", {"source": "a/b.txt", "article": ARTICLE}, "a/b.txt"),
        ("month", {"source": "x", "article": ARTICLE}, "2024-05"),
        (
            "month",
            {"source": "x", "article": lq.Article(), "published": dt.date(2023, 1, 2)},
            "2023-01",
        ),
        ("month", {"source": "x", "article": lq.Article()}, "(no date)"),
        ("outlet", {"source": "x", "article": ARTICLE}, "The Daily Example"),
        ("outlet", {"source": "x", "article": lq.Article(), "meta": {"outlet": " Wire "}}, "Wire"),
        ("outlet", {"source": "x", "article": lq.Article(), "meta": {"outlet": 3}}, "(unknown)"),
        ("outlet", {"source": "x", "article": lq.Article(outlet="")}, "(unknown)"),
    ],
)
def test_group_key(by: str, kwargs: dict[str, Any], expected: str) -> None:
    assert _report.group_key(by, **kwargs) == expected


def test_group_key_rejects_an_unknown_grouping() -> None:
    with pytest.raises(ValueError, match="by must be one of"):
        _report.group_key("year", source="x", article=None)


# --------------------------------------------------------------------------- counting


def test_article_row_and_group_counts() -> None:
    row = _report.article_row("doc", ARTICLE, group="g")
    assert row.quotes[0] == ("union_official", "direct", "Ana Ruiz", "Local 7")
    assert row.quotes[4] == ("none", "direct", None, None)
    stats = _report.GroupStats("g")
    stats.add(row)
    stats.add(_report.article_row("empty", lq.Article(), group="g"))
    assert stats.articles == 2
    assert stats.articles_without_quotes == 1
    assert stats.total_quotes == 5
    assert stats.unattributed == 1
    roles = {r["role"]: r for r in stats.role_rows()}
    assert list(roles) == list(_report.ROLES)
    assert roles["union_official"]["quotes"] == 2
    assert roles["union_official"]["speakers"] == 1
    assert roles["union_official"]["quote_share"] == pytest.approx(0.4)
    assert roles["none"]["quotes"] == 2  # the unattributed one and the speaker with no role
    assert roles["none"]["speakers"] == 1
    assert stats.total_speakers == 3
    assert {k["kind"]: k["quotes"] for k in stats.kind_rows()} == {
        "direct": 3,
        "partial": 1,
        "indirect": 1,
    }
    assert stats.top_speakers(1) == [
        {"name": "Ana Ruiz", "role": "union_official", "quotes": 2, "articles": 1}
    ]
    assert stats.top_organizations(5) == [{"organization": "Local 7", "quotes": 3}]


def test_a_speaker_counts_once_per_article() -> None:
    report = _report.Report(by="outlet")
    for label in ("a", "b"):
        report.add(_report.article_row(label, ARTICLE, group="g"))
    assert report.total.speakers["union_official"] == 2
    assert report.total.top_speakers(1)[0] == {
        "name": "Ana Ruiz", "role": "union_official", "quotes": 4, "articles": 2
    }  # fmt: skip


def test_failed_inputs_are_listed_not_counted() -> None:
    report = _report.Report(by="file")
    report.add(_report.ArticleRow(label="bad", group="", error="bad: no such file"))
    report.add(_report.article_row("doc", ARTICLE, group="g"))
    assert report.errors == ["bad: no such file"]
    assert report.total.articles == 1
    assert list(report.groups) == ["g"]


_rows = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "(unknown)"]),
        st.lists(
            st.tuples(
                st.sampled_from(_report.ROLES),
                st.sampled_from(_report.KINDS),
                st.one_of(st.none(), st.sampled_from(["P", "Q", "R"])),
            ),
            max_size=6,
        ),
    ),
    max_size=12,
)


@given(rows=_rows)
def test_shares_add_up(rows: list[tuple[str, list[tuple[str, str, str | None]]]]) -> None:
    report = _report.Report(by="outlet")
    for i, (group, quotes) in enumerate(rows):
        report.add(
            _report.ArticleRow(
                label=str(i), group=group, quotes=tuple((r, k, n, None) for r, k, n in quotes)
            )
        )
    data = report_json = _report.report_dict(report)
    json.dumps(report_json)
    for stats in [data["all"], *data["groups"]]:
        assert sum(r["quotes"] for r in stats["by_role"]) == stats["quotes"]
        assert sum(r["speakers"] for r in stats["by_role"]) == stats["speakers"]
        assert sum(k["quotes"] for k in stats["by_kind"]) == stats["quotes"]
        if stats["quotes"]:
            assert sum(r["quote_share"] for r in stats["by_role"]) == pytest.approx(1.0)
    assert sum(g["quotes"] for g in data["groups"]) == data["all"]["quotes"]
    names = [g["group"] for g in data["groups"]]
    assert names == sorted(names, key=lambda n: (n == "(unknown)", n))


# --------------------------------------------------------------------------- outputs


def _report_of(*articles: tuple[str, lq.Article, str]) -> _report.Report:
    return _report.Report(by="outlet").extend(
        _report.article_row(label, article, group=group) for label, article, group in articles
    )


def test_csv_output() -> None:
    report = _report_of(("doc", ARTICLE, "The Daily Example"))
    buf = io.StringIO()
    count = _report.write_report_csv(report, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == count
    assert list(rows[0]) == list(_report.CSV_FIELDS)
    role = next(r for r in rows if r["group"] == "all" and r["key"] == "union_official")
    assert role["quotes"] == "2"
    assert role["quote_share"] == "0.4"
    assert {r["group"] for r in rows} == {"all", "The Daily Example"}


def test_html_report_has_the_chart_tables_and_no_script() -> None:
    report = _report_of(("doc", ARTICLE, "Daily <Example>"), ("other", ARTICLE, "Wire"))
    page = _html.report_html(report, title="Voices")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert "Daily &lt;Example&gt;" in page
    assert page.count("<svg") == 2
    # 2 charts x 3 bars (all + 2 groups) x 3 roles with quotations and speakers
    assert page.count('<rect x="') == 2 * 3 * 3
    assert ">40%</text>" in page  # union officials' share, written on the bar
    for _value, label, _colour in _html.ROLE_STYLES:
        assert f">{label}</span>" in page
    assert "<h2>Articles</h2>" in page
    assert "Top speakers" in page


def test_chart_draws_at_most_thirty_groups() -> None:
    report = _report_of(*((str(i), ARTICLE, f"g{i:02d}") for i in range(40)))
    page = _html.report_html(report)
    assert page.count("n=5</text>") == 30  # quotations per group ("all" has n=200)
    assert page.count("n=3</text>") == 30  # speakers per group
    assert "10 more are in the tables" in page


# --------------------------------------------------------------------------- the command


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (folder / ("sub" if name == "rumour.txt" else "") / name).write_text(text, encoding="utf-8")
    return folder


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = _report_cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_report_by_file_from_a_directory(
    corpus: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    status, out, err = _run(
        [str(corpus), "--by", "file", "--html", str(page), "--format", "json"], capsys
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["by"] == "file"
    assert data["all"]["articles"] == 3
    assert data["all"]["articles_without_quotes"] == 1
    assert [a["article"] for a in data["articles"]] == [
        str(corpus / "quiet.txt"), str(corpus / "strike.txt"), str(corpus / "sub" / "rumour.txt")
    ]  # fmt: skip
    roles = {r["role"]: r["quotes"] for r in data["all"]["by_role"]}
    assert roles["union_official"] >= 2
    assert roles["none"] >= 1
    assert "<svg" in page.read_text(encoding="utf-8")


def test_report_by_outlet_and_month_from_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [
        {"doc": "a", "body": ARTICLES["strike.txt"], "date": "2024-03-02", "outlet": "Metro Times"},
        {"doc": "b", "body": ARTICLES["strike.txt"], "date": "2024-04-09", "outlet": "Wire"},
        {"doc": "c", "body": ARTICLES["quiet.txt"], "date": "2024-04-10"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    keys = ["--jsonl", "--text-key", "body", "--id-key", "doc", "--published-key", "date"]
    status, out, _ = _run([str(source), *keys, "--by", "outlet"], capsys)
    assert status == 0
    assert [g["group"] for g in json.loads(out)["groups"]] == ["Metro Times", "Wire", "(unknown)"]
    status, out, _ = _run([str(source), *keys, "--by", "month", "--format", "csv"], capsys)
    assert status == 0
    groups = {row["group"] for row in csv.DictReader(io.StringIO(out))}
    assert groups == {"all", "2024-03", "2024-04"}


def test_workers_give_the_same_report(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = _run([str(corpus), "--workers", "1"], capsys)
    two = _run([str(corpus), "--workers", "2", "--chunksize", "1"], capsys)
    assert one == two
    assert one[0] == 0


def test_a_bad_input_is_reported_and_the_rest_counted(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run([str(corpus / "strike.txt"), str(corpus / "missing.txt")], capsys)
    assert status == 1
    assert err == f"laborquotes: error: {corpus / 'missing.txt'}: no such file\n"
    data = json.loads(out)
    assert data["all"]["articles"] == 1
    assert data["errors"] == [f"{corpus / 'missing.txt'}: no such file"]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["x", "--by", "year"],
        ["x", "--format", "xml"],
        ["-", "--files-from", "-"],
        ["x", "--top", "-1"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(argv, capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("laborquotes report: error: ")
    assert err.count("\n") == 1


def test_an_unwritable_html_path_fails(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(
        [str(corpus), "--html", str(tmp_path / "no" / "dir" / "r.html")], capsys
    )
    assert status == 1
    assert out == ""
    assert "r.html" in err


def test_runs_as_a_module(corpus: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "laborquotes._report_cli",
            str(corpus),
            "--format",
            "csv",
            "--by",
            "file",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(",".join(_report.CSV_FIELDS) + "\n")


# --------------------------------------------------------------------------- docs/view.md

VIEW = Path(__file__).resolve().parent.parent / "docs" / "view.md"


def _report_options() -> list[str]:
    return [
        s
        for a in _report_cli._parser()._actions
        for s in a.option_strings
        if s not in ("-h", "--help")
    ]


def test_view_page_documents_every_report_option() -> None:
    page = VIEW.read_text(encoding="utf-8")
    table = page[page.index("| option | meaning |") :]
    documented = re.findall(r"`(--?[\w-]+)`", table)
    assert sorted(set(documented)) == sorted(_report_options())


def test_view_page_commands_run(
    tmp_path: Path,
    example_text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "port-strike.txt").write_text(example_text, encoding="utf-8")
    records = [
        {"id": i, "text": example_text, "outlet": o} for i, o in enumerate(["Harbor Daily", "Wire"])
    ]
    (tmp_path / "articles.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    page = VIEW.read_text(encoding="utf-8")
    commands = [
        line
        for block in re.findall(r"^```console\n(.*?)^```$", page, re.DOTALL | re.MULTILINE)
        for line in block.splitlines()
    ]
    assert len(commands) == 3
    for command in commands:
        argv = shlex.split(command)
        assert argv[:2] == ["laborquotes", "report"]
        target = argv[argv.index(">") + 1] if ">" in argv else None
        argv = argv[2 : argv.index(">")] if target else argv[2:]
        assert _report_cli.main(argv) == 0, command
        out = capsys.readouterr().out
        if target:
            (tmp_path / target).write_text(out, encoding="utf-8")
    assert "<svg" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Harbor Daily" in (tmp_path / "voices.csv").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "voices.json").read_text(encoding="utf-8"))["by"] == "month"


@pytest.mark.parametrize(
    ("label", "keep_end", "expected"),
    [
        ("short", True, "short"),
        ("/data/news/2024/outlet-name/article-0042.txt", True, "…let-name/article-0042.txt"),
        ("A Very Long Outlet Name Indeed, Daily", False, "A Very Long Outlet Name I…"),
    ],
)
def test_chart_labels_fit(label: str, keep_end: bool, expected: str) -> None:
    assert _html._short(label, keep_end) == expected
    assert len(expected) <= _html._LABEL_CHARS
