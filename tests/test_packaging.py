"""Packaging: single-sourced version, complete metadata, shipped data, valid GitHub workflows."""

from __future__ import annotations

import importlib.metadata
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

import laborquotes

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def test_version_is_single_sourced() -> None:
    assert laborquotes.__version__ == importlib.metadata.version("laborquotes")


def test_metadata_is_complete() -> None:
    meta = importlib.metadata.metadata("laborquotes")
    assert meta["License-Expression"] == "MIT"
    assert meta["Requires-Python"] == ">=3.10"
    assert meta["Description-Content-Type"] == "text/markdown"
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    for minor in range(10, 14):
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


# --------------------------------------------------------------------------- workflows


def _load(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _on(workflow: dict[Any, Any]) -> Any:
    # YAML 1.1 reads a bare `on` key as the boolean True.
    return workflow["on"] if "on" in workflow else workflow[True]


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_actions_are_pinned_to_commits(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = [step["uses"] for step in _steps(_load(name)) if "uses" in step]
    assert uses
    for ref in uses:
        assert PINNED.match(ref), f"{ref} is not pinned to a full commit SHA"
        line = next(ln for ln in text.splitlines() if ref in ln)
        assert re.search(r"# v\d+(\.\d+)*\s*$", line), f"{ref}: add a '# vX.Y.Z' comment"


def test_ci_runs_every_supported_python() -> None:
    ci = _load("ci.yml")
    on = _on(ci)
    assert "push" in on
    assert "pull_request" in on
    (job,) = [j for j in ci["jobs"].values() if "matrix" in j.get("strategy", {})]
    assert job["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]


def test_ci_mirrors_ci_run() -> None:
    """Every check of .ci/run is a step of ci.yml."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    runs = "\n".join(step.get("run", "") for step in _steps(_load("ci.yml")))
    checks = [
        "ruff check .",
        "ruff format --check .",
        "mypy",
        "python -m build",
        "twine check --strict dist/*",
        "sphinx-build -W --keep-going -n -b html docs docs/_build/html",
        "sphinx-build -W --keep-going -b doctest docs docs/_build/doctest",
        "python -m pip install -q '.[dev]'",
        "awk '/^```console$/{getline; print; n++} n==2{exit}' README.md",
        "LABORQUOTES_REQUIRE_SHARED",
        "python .ci/check_wheel.py",
        "laborquotes examples/port-strike.txt | python .ci/check_schema.py",
    ]
    for check in checks:
        assert check in script, f".ci/run lost {check!r}"
        assert check in runs or check in str(_load("ci.yml")), f"ci.yml lacks {check!r}"


def test_release_uses_trusted_publishing() -> None:
    release = _load("release.yml")
    assert _on(release) == {"release": {"types": ["published"]}}
    jobs = release["jobs"]
    assert set(jobs) == {"build", "publish"}
    publish = jobs["publish"]
    assert publish["needs"] == "build" or publish["needs"] == ["build"]
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    uses = [s["uses"] for s in publish["steps"] if "uses" in s]
    assert any(u.startswith("pypa/gh-action-pypi-publish@") for u in uses)
    publish_step = next(s for s in publish["steps"] if "pypi-publish" in s.get("uses", ""))
    assert "password" not in publish_step.get("with", {}), "trusted publishing needs no token"
    build_runs = "\n".join(s.get("run", "") for s in jobs["build"]["steps"])
    assert "python -m build" in build_runs
    assert "twine check --strict" in build_runs
    assert "id-token" not in str(jobs["build"].get("permissions", {}))


def test_read_the_docs_config() -> None:
    config = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert config["sphinx"] == {"configuration": "docs/conf.py", "fail_on_warning": True}
    (install,) = config["python"]["install"]
    assert install["extra_requirements"] == ["docs"]
