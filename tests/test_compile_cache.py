"""The on-disk cache of compiled long patterns (``laborquotes._compile_cache``)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from laborquotes import _compile_cache as cc

#: A long pattern (above the size the cache keeps) and text it finds words in.
WORDS = sorted({f"w{n:05d}x" for n in range(400)})
LONG = r"(?<![\w])(?:" + "|".join(WORDS) + r")(?![\w])"
TEXT = "we said w00007x and w00399x but not w00400x or xw00001x"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cc.ENV_VAR, str(tmp_path))
    folder = cc.cache_dir()
    assert folder is not None
    assert folder.parent == tmp_path
    return folder


def _found(pattern: regex.Pattern[str]) -> list[str]:
    return [m.group() for m in pattern.finditer(TEXT)]


def test_long_pattern_is_written_then_read_back(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(LONG) >= cc.MIN_CACHED_SOURCE
    first = cc.compile_pattern(LONG, regex.VERBOSE)
    assert [p.suffix for p in cache.iterdir()] == [".pickle"]

    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(regex, "compile", no_compile)
    second = cc.compile_pattern(LONG, regex.VERBOSE)
    assert second.pattern == first.pattern == LONG
    assert _found(second) == _found(first) == ["w00007x", "w00399x"]
    assert second.groupindex == first.groupindex


def test_short_pattern_is_not_cached(cache: Path) -> None:
    assert cc.compile_pattern(r"\bw\d+x").findall(TEXT) == ["w00007x", "w00399x", "w00400x"]
    assert not cache.exists()


def test_other_flags_are_another_entry(cache: Path) -> None:
    plain = cc.compile_pattern(LONG)
    folded = cc.compile_pattern(LONG, regex.IGNORECASE)
    assert len(list(cache.iterdir())) == 2
    assert not plain.search("W00007X")
    assert folded.search("W00007X")


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle at all", pickle.dumps(regex.compile("other")), pickle.dumps(42)],
    ids=["empty", "garbage", "another-pattern", "not-a-pattern"],
)
def test_damaged_entry_is_compiled_again_and_replaced(cache: Path, content: bytes) -> None:
    cc.compile_pattern(LONG)
    (entry,) = cache.iterdir()
    entry.write_bytes(content)
    assert _found(cc.compile_pattern(LONG)) == ["w00007x", "w00399x"]
    assert entry.read_bytes() != content


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo should-never-run",))


def test_entry_naming_any_other_callable_is_never_run(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cc.compile_pattern(LONG)
    (entry,) = cache.iterdir()
    entry.write_bytes(pickle.dumps(_Evil()))
    ran: list[object] = []
    monkeypatch.setattr(os, "system", lambda *a: ran.append(a))
    assert _found(cc.compile_pattern(LONG)) == ["w00007x", "w00399x"]
    assert ran == []


@pytest.mark.parametrize("value", ["off", "", "  "])
def test_cache_can_be_turned_off(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cc.ENV_VAR, value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cc.cache_dir() is None
    assert _found(cc.compile_pattern(LONG)) == ["w00007x", "w00399x"]
    assert list(tmp_path.iterdir()) == []


def test_default_folder_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cc.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    folder = cc.cache_dir()
    assert folder is not None
    assert folder.parent == tmp_path / "laborquotes"
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert folder.name.startswith(f"regex-{regex.__version__}-py{version}-")


def test_unwritable_cache_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv(cc.ENV_VAR, str(blocker / "below"))
    assert _found(cc.compile_pattern(LONG)) == ["w00007x", "w00399x"]
    assert blocker.read_text() == "in the way"


def test_a_new_process_reads_what_another_wrote(tmp_path: Path) -> None:
    """The grammar's patterns, cached by one process, give the next the same results."""
    script = (
        "import json, laborquotes; "
        "a = laborquotes.parse('Ana Ruiz, a nurse, said the ward was short of staff.'); "
        "print(json.dumps([(q.text, q.attribution.speaker.name) for q in a.quotes]))"
    )
    env = {**os.environ, cc.ENV_VAR: str(tmp_path)}
    outs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert outs[0] == outs[1]
    assert "Ana Ruiz" in outs[0]
    (folder,) = tmp_path.iterdir()
    assert list(folder.glob("*.pickle"))
