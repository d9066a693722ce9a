"""Wrong input types raise TypeError with a clear message; empty input is a normal result."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import pytest

import laborquotes as lq

FUNCS: list[Callable[..., Any]] = [
    lq.parse,
    lq.parse_dateline,
    lq.extract_quotes,
    lq.parse_attribution,
]


@pytest.mark.parametrize("func", FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [None, 3, 1.5, ["text"], object()], ids=repr)
def test_non_str_raises_type_error(func: Callable[..., Any], bad: object) -> None:
    with pytest.raises(TypeError, match=f"needs str, got {type(bad).__name__}"):
        func(bad)


@pytest.mark.parametrize("func", FUNCS, ids=lambda f: f.__name__)
def test_bytes_says_decode(func: Callable[..., Any]) -> None:
    with pytest.raises(TypeError, match="decode"):
        func(b"text")


def test_empty_text() -> None:
    assert lq.parse("") == lq.Article()
    assert lq.parse_dateline("") is None
    assert lq.extract_quotes("") == []
    assert lq.parse_attribution("") is None


@pytest.mark.parametrize(
    "published", ["2023-08-16", dt.date(2023, 8, 16), dt.datetime(2023, 8, 16, 9, 30)]
)
def test_published_forms(published: object) -> None:
    assert lq.parse("No news.", published=published).published == dt.date(2023, 8, 16)  # type: ignore[arg-type]


def test_published_bad_type() -> None:
    with pytest.raises(TypeError, match="published"):
        lq.parse("x", published=20230816)  # type: ignore[arg-type]


def test_published_bad_string() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        lq.parse("x", published="yesterday")


def test_import_does_not_load_dateparser() -> None:
    import subprocess

    code = "import sys, laborquotes; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_import_defers_exports_html_and_records() -> None:
    import subprocess

    lazy = ("laborquotes._exports", "laborquotes._html", "laborquotes._records")
    code = (
        "import sys, laborquotes\n"
        f"print(sorted(m for m in {lazy!r} if m in sys.modules))\n"
        "laborquotes.read_export, laborquotes.page_html, laborquotes.RECORD_FIELDS\n"
        f"print(sorted(m for m in {lazy!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", str(sorted(lazy))]


def test_lazy_names_are_the_modules_own() -> None:
    from laborquotes import _exports, _html, _records

    assert lq.read_export is _exports.read_export
    assert lq.page_html is _html.page_html
    assert (lq.records, lq.write_csv) == (_records.records, _records.write_csv)
    assert lq.RECORD_FIELDS is _records.RECORD_FIELDS
    assert set(lq.__all__) <= set(dir(lq))
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        lq.parse_everything  # noqa: B018


def test_public_namespace() -> None:
    for name in lq.__all__:
        assert hasattr(lq, name)
    assert {"parse", "parse_dateline", "extract_quotes", "parse_attribution"} <= set(lq.__all__)
