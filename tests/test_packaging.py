"""Packaging: single-sourced version, complete metadata, shipped data.

These read only the installed package, so they pass from the unpacked sdist as well; the
checks of the git checkout (workflows, Dependabot, .ci/) are in .ci/test_repo.py.
"""

from __future__ import annotations

import importlib.metadata
import re
from importlib import resources

import pytest

import laborquotes


def test_version_is_single_sourced() -> None:
    assert laborquotes.__version__ == importlib.metadata.version("laborquotes")


def test_metadata_is_complete() -> None:
    meta = importlib.metadata.metadata("laborquotes")
    assert meta["License-Expression"] == "MIT"
    assert meta["Requires-Python"] == ">=3.10"
    assert meta["Description-Content-Type"] == "text/markdown"
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    for minor in range(10, 15):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Changelog", "Source", "Issues"} <= set(urls)
    runtime = sorted(
        re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower()
        for r in meta.get_all("Requires-Dist") or []
        if "extra ==" not in r
    )
    assert runtime == ["attrs", "dateparser", "regex"]


def test_console_script() -> None:
    (script,) = [
        e
        for e in importlib.metadata.entry_points(group="console_scripts")
        if e.name == "laborquotes"
    ]
    assert script.value == "laborquotes._cli:main"


@pytest.mark.parametrize("name", ["py.typed", "article.schema.json"])
def test_package_data_is_shipped(name: str) -> None:
    assert resources.files("laborquotes").joinpath(name).is_file()
