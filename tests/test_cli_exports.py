"""``laborquotes --export``: archive exports (LexisNexis, Factiva, ProQuest text) in, one
record per article out, with workers, CSV, HTML and the exports' warnings on stderr."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

import laborquotes as lq
from clirun import call, lines

# An invented Factiva-style export: two stories, the second cut off after its lead.
FACTIVA = """HD      Bus Drivers Stop Work at Dawn
BY      By Lena Okoro
WC      90 words
PD      3 June 2024
SN      Lakeshore Tribune
LA      English
LP      KINGSFORD, June 2 - Bus drivers parked their coaches before the first run on Sunday.

"We asked for rest breaks and got a memo," said Dara Quinn, a driver for nine years.
TD      The transit agency said replacement buses would run on two routes.
AN      Document LKTRIB0020240603ek63000a1


HD      Bakery Staff Sign New Deal
PD      5 June 2024
SN      Lakeshore Tribune
LA      English
LP      Bakery workers voted to accept a two-year contract on Tuesday.
"""


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "factiva.txt"
    path.write_text(FACTIVA, encoding="utf-8")
    return path


def _expected(path: Path) -> list[dict[str, Any]]:
    articles = lq.read_export(FACTIVA)
    return [{"file": str(path), "index": i, "article": a.to_dict()} for i, a in enumerate(articles)]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_one_record_per_article(export: Path, workers: str) -> None:
    code, out, err = call("--export", "--workers", workers, str(export), str(export))
    assert code == 0
    assert lines(out) == _expected(export) * 2
    warnings = [a.warnings for a in lq.read_export(FACTIVA)]
    expected_err = "".join(f"laborquotes: warning: {export}: {w}\n" for ws in warnings for w in ws)
    assert err == expected_err * 2


def test_export_format_forced(export: Path) -> None:
    code, out, _ = call("--export-format", "factiva", str(export))
    assert code == 0
    assert lines(out) == _expected(export)
    code, out, err = call("--export-format", "proquest", str(export))
    assert code == 1
    (row,) = lines(out)
    assert row["error"].startswith(f"{export}: ")
    assert err == f"laborquotes: error: {row['error']}\n"


def test_not_an_export_is_one_error(tmp_path: Path, export: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text('"We stay out," said Ana Ruiz.\n', encoding="utf-8")
    code, out, err = call("--export", str(plain), str(export))
    assert code == 1
    rows = lines(out)
    assert rows[0]["file"] == str(plain)
    assert rows[0]["error"].startswith(f"{plain}: ")
    assert rows[1:] == _expected(export)
    assert f"laborquotes: error: {plain}: " in err
    # the error names the CLI's option, not the library's argument
    assert "pass --export-format one of" in rows[0]["error"]
    assert "format=" not in rows[0]["error"]


def test_export_csv_ids(export: Path) -> None:
    code, out, _ = call("--export", "--format", "csv", str(export))
    assert code == 0
    ids = [r["article_id"] for r in csv.DictReader(io.StringIO(out))]
    count = len(lq.read_export(FACTIVA))
    assert sorted(set(ids)) == [f"{export}#{i}" for i in range(count)]


def test_export_csv_says_whose_copy(export: Path) -> None:
    """The headline, byline and outlet of each article from the export's metadata."""
    code, out, _ = call("--export", "--format", "csv", str(export))
    assert code == 0
    rows = {r["article_id"]: r for r in csv.DictReader(io.StringIO(out))}
    first, second = rows[f"{export}#0"], rows[f"{export}#1"]
    assert (first["headline"], first["byline_authors"], first["byline_agency"]) == (
        "Bus Drivers Stop Work at Dawn",
        "Lena Okoro",
        "",
    )
    assert first["outlet"] == second["outlet"] == "Lakeshore Tribune"
    assert (second["headline"], second["byline_authors"]) == ("Bakery Staff Sign New Deal", "")


def test_export_html(export: Path) -> None:
    code, out, _ = call("--export", "--format", "html", str(export))
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert f"{export}#1" in out


@pytest.mark.parametrize(
    "argv", [("--export", "--jsonl"), ("--export-format", "nexis"), ("--export", "--indent", "2")]
)
def test_export_usage_errors(argv: tuple[str, ...]) -> None:
    code, out, err = call(*argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
