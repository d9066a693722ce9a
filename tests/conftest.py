"""Shared fixtures: the seed article from ../shared, when the checkout has it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "examples/sag-aftra-briefing.txt"


def _shared_dir() -> Path:
    env = os.environ.get("LABORQUOTES_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article. CI sets LABORQUOTES_REQUIRE_SHARED=1: missing there is a failure."""
    path = _shared_dir() / SEED_NAME
    if not path.is_file():
        message = f"seed article not found at {path} (set LABORQUOTES_SHARED)"
        if os.environ.get("LABORQUOTES_REQUIRE_SHARED"):
            pytest.fail(message)
        pytest.skip(message)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_text() -> str:
    """The invented example article bundled in the repository."""
    return (ROOT / "examples" / "port-strike.txt").read_text(encoding="utf-8")
