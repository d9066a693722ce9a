"""Checks of the repository around the package: workflows, Dependabot, Read the Docs, .ci/.

These read files that only the git checkout has (``.github/``, ``.ci/``,
``.readthedocs.yaml``), so they live here rather than in ``tests/``, which ships in the sdist
and must pass from it. ``.ci/run`` runs them: ``python -m pytest .ci/test_repo.py``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import laborquotes

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
SUPPORTED = ["3.10", "3.11", "3.12", "3.13", "3.14"]


def _load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _workflow(name: str) -> dict[Any, Any]:
    return _load(WORKFLOWS / name)


def _on(workflow: dict[Any, Any]) -> Any:
    # YAML 1.1 reads a bare `on` key as the boolean True.
    return workflow["on"] if "on" in workflow else workflow[True]


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _script() -> str:
    return (ROOT / ".ci" / "run").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- workflows


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_actions_are_pinned_to_commits(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = [step["uses"] for step in _steps(_workflow(name)) if "uses" in step]
    assert uses
    for ref in uses:
        assert PINNED.match(ref), f"{ref} is not pinned to a full commit SHA"
        line = next(ln for ln in text.splitlines() if ref in ln)
        assert re.search(r"# v\d+\.\d+\.\d+\s*$", line), f"{ref}: add a '# vX.Y.Z' comment"


def test_one_action_one_pin() -> None:
    """The same action is pinned to the same commit and version everywhere."""
    pins: dict[str, set[str]] = {}
    for path in sorted(WORKFLOWS.glob("*.yml")):
        text = path.read_text("utf-8")
        for match in re.finditer(r"uses: ([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)", text):
            pins.setdefault(match[1], set()).add(f"{match[2]} {match[3]}")
    assert pins
    for action, seen in pins.items():
        assert len(seen) == 1, f"{action} has several pins: {sorted(seen)}"


def test_ci_runs_every_supported_python() -> None:
    ci = _workflow("ci.yml")
    on = _on(ci)
    assert "push" in on
    assert "pull_request" in on
    (job,) = [j for j in ci["jobs"].values() if "matrix" in j.get("strategy", {})]
    assert job["strategy"]["matrix"]["python-version"] == SUPPORTED
    setup = next(s for s in job["steps"] if "actions/setup-python@" in s.get("uses", ""))
    assert setup["with"]["allow-prereleases"] is True


def test_classifiers_match_the_matrix() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text)
    assert listed == SUPPORTED
    assert 'requires-python = ">=3.10"' in text


def test_ci_mirrors_ci_run() -> None:
    """Every check of .ci/run is a step of ci.yml."""
    script = _script()
    ci = _workflow("ci.yml")
    runs = "\n".join(step.get("run", "") for step in _steps(ci))
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
        "python .ci/check_functions.py",
        "python -m pytest -q -p no:cacheprovider .ci/test_repo.py",
        "tar -xzf dist/*.tar.gz",
    ]
    for check in checks:
        assert check in script, f".ci/run lost {check!r}"
        assert check in runs or check in str(ci), f"ci.yml lacks {check!r}"


def test_release_uses_trusted_publishing() -> None:
    release = _workflow("release.yml")
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


def test_twine_major_follows_the_publish_action() -> None:
    """.ci/run and the release build check with the twine major the publish action bundles."""
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    (version,) = re.findall(r"pypa/gh-action-pypi-publish@[0-9a-f]{40} # (v[\d.]+)", text)
    table = dict(re.findall(r"^\s+(v[\d.]+)\) twine_major=(\d+) ;;", _script(), re.MULTILINE))
    assert version in table, f".ci/run does not know which twine {version} bundles"
    major = int(table[version])
    assert major >= 7, "Metadata-Version 2.5 (what hatchling writes) needs twine >= 7"
    assert f"'twine>={major},<{major + 1}'" in text, "release.yml checks with another twine"
    assert f"'twine>={major},<{major + 1}'" in (WORKFLOWS / "ci.yml").read_text("utf-8")


def test_dependabot_watches_actions_and_pip() -> None:
    config = _load(ROOT / ".github" / "dependabot.yml")
    assert config["version"] == 2
    ecosystems = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(ecosystems) == {"github-actions", "pip"}
    for update in ecosystems.values():
        assert update["directory"] == "/"
        assert update["schedule"]["interval"] in {"daily", "weekly", "monthly"}


def test_read_the_docs_config() -> None:
    config = _load(ROOT / ".readthedocs.yaml")
    assert config["version"] == 2
    assert config["sphinx"] == {"configuration": "docs/conf.py", "fail_on_warning": True}
    (install,) = config["python"]["install"]
    assert install["extra_requirements"] == ["docs"]


# --------------------------------------------------------------------------- .ci/run


def test_ci_run_tests_oldest_and_newest_python() -> None:
    script = _script()
    assert "pyenv root" in script
    assert "--disable-fallback" in script, "the local index must not fall back to PyPI"
    assert "trap " in script
    assert "# --- browser tests" in script
    assert "LABORQUOTES_CHROMIUM=/usr/bin/chromium" in script


def test_citation_version_is_the_package_version() -> None:
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(r"^cff-version: 1\.2\.0$", text, re.MULTILINE)
    (version,) = re.findall(r'^version: "?([^"\n]+)"?$', text, re.MULTILINE)
    assert version == laborquotes.__version__


# --------------------------------------------------------------------------- check_functions


def _check_functions() -> ModuleType:
    path = ROOT / ".ci" / "check_functions.py"
    spec = importlib.util.spec_from_file_location("check_functions", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _body(lines: int) -> str:
    return "".join(f"    x{n} = {n}\n" for n in range(lines))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n" + _body(2), [("f", 1, 3)]),
        ("@decorator\ndef f():\n" + _body(1), [("f", 1, 3)]),
        ("class C:\n    def m(self):\n        pass\n", [("C.m", 2, 2)]),
        (
            "def outer():\n    def inner():\n        pass\n    return inner\n",
            [("outer", 1, 4), ("outer.inner", 2, 2)],
        ),
        ("async def g():\n    await h()\n", [("g", 1, 2)]),
        ("x = 1\n", []),
    ],
)
def test_function_lengths(source: str, expected: list[tuple[str, int, int]]) -> None:
    assert list(_check_functions().function_lengths(source, "<test>")) == expected


@pytest.mark.parametrize(
    ("body_lines", "flags", "code"),
    [(59, [], 0), (60, [], 1), (60, ["--report-only"], 0), (60, ["--max-lines", "61"], 0)],
)
def test_check_functions_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body_lines: int, flags: list[str], code: int
) -> None:
    (tmp_path / "mod.py").write_text("def long():\n" + _body(body_lines), encoding="utf-8")
    assert _check_functions().main([*flags, str(tmp_path)]) == code
    out, err = capsys.readouterr()
    assert "1 functions in 1 files" in out
    over = body_lines + 1 > (61 if "--max-lines" in flags else 60)
    assert ("mod.py:1: long is 61 lines" in err) == over
