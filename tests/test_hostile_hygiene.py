"""Messy but real input: CRLF, NBSP, zero-width characters, soft hyphens, HTML entities,
NFC/NFD, a BOM. Offsets always index the caller's exact string; the records should match
those of the clean text once the reported strings are cleaned the same way.

Also the bad-input contract: every public function rejects a non-``str`` with a
``TypeError`` that names the type (and, for bytes, says to decode).
"""

from __future__ import annotations

import html
import pathlib
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest

import laborquotes as lq

BASE = (
    "HARBOR CITY, Calif. (AP) — Dock workers walked off the job Tuesday.\n\n"
    '"We will not back down," said Ana Ruiz, president of Local 7.\n\n'
    'Port director Sam Lee said: "The terminals will stay open all week."\n'
)
ACCENTED = BASE.replace("Ana Ruiz", "Ána Ruíz")

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean(s: str | None) -> str | None:
    """What a reader sees: entities decoded, NFC, NBSP as space, invisible marks dropped."""
    if s is None:
        return None
    s = html.unescape(s).translate(_INVISIBLE).replace("\u00a0", " ").replace("\r\n", "\n")
    return unicodedata.normalize("NFC", s)


def signature(text: str) -> tuple[Any, tuple[Any, ...]]:
    article = lq.parse(text)
    d = article.dateline
    dateline = None if d is None else (clean(d.city), d.state_code, d.agencies)
    quotes = tuple(
        (
            q.kind.value,
            clean(q.text),
            clean(q.attribution.speaker.name) if q.attribution else None,
        )
        for q in article.quotes
    )
    return dateline, quotes


def assert_offsets(text: str) -> None:
    """Every located record slices back out of *text* exactly."""
    article = lq.parse(text)
    n = len(text)
    if article.dateline is not None:
        d = article.dateline
        assert text[d.span.start : d.span.end] == d.text
        assert 0 <= d.body_start <= n
    assert lq.parse_dateline(text) == article.dateline
    assert lq.extract_quotes(text) == list(article.quotes)
    for q in article.quotes:
        assert text[q.span.start : q.span.end] == q.text
        if q.attribution is not None:
            a = q.attribution
            assert 0 <= a.source_span.start <= a.source_span.end <= n
            if a.cue_span is not None:
                assert a.cue is not None
                assert 0 <= a.cue_span.start <= a.cue_span.end <= n
    for org in article.organizations:
        for s in org.mentions:
            assert 0 <= s.start <= s.end <= n


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# id -> (the clean text, its messy variant, why it is known to fail or None)
VARIANTS: dict[str, tuple[str, Callable[[str], str], str | None]] = {
    "crlf": (BASE, lambda s: s.replace("\n", "\r\n"), None),
    "cr-only": (BASE, lambda s: s.replace("\n", "\r"), None),
    "nbsp": (
        BASE,
        lambda s: (
            s.replace("Ana Ruiz", "Ana\u00a0Ruiz")
            .replace("said Ana", "said\u00a0Ana")
            .replace("Calif. (AP)", "Calif.\u00a0(AP)")
        ),
        None,
    ),
    "nbsp-after-mark": (BASE, lambda s: s.replace('said: "', 'said:\u00a0"'), None),
    "zwsp-in-name": (
        BASE,
        lambda s: s.replace("Ruiz", "Ru\u200biz"),
        "_attribution: a zero-width space inside a name ends the name (speaker 'Ana Ru')",
    ),
    "zwsp-before-dateline": (BASE, lambda s: "\u200b" + s, None),
    "bom": (BASE, lambda s: "\ufeff" + s, None),
    "zwj-between-words": (BASE, lambda s: s.replace("walked off", "walked\u200doff"), None),
    "soft-hyphen": (BASE, lambda s: s.replace("president", "presi\u00addent"), None),
    "entity-quot": (BASE, lambda s: s.replace('"', "&quot;"), None),
    "entity-8220": (
        BASE,
        lambda s: s.replace('"We', "&#8220;We").replace(',"', ",&#8221;"),
        None,
    ),
    "entity-named-curly": (
        BASE,
        lambda s: s.replace('"The', "&ldquo;The").replace('."', ".&rdquo;"),
        None,
    ),
    "entity-amp-in-org": (BASE, lambda s: s.replace("Local 7", "Local 7 &amp; Local 9"), None),
    "nfd": (ACCENTED, _nfd, None),
    "nfd-only-names": (ACCENTED, lambda s: s.replace("Ána Ruíz", _nfd("Ána Ruíz")), None),
    "tabs-and-trailing-spaces": (BASE, lambda s: s.replace("\n", " \t\n"), None),
}


def _variant_params() -> list[Any]:
    params = []
    for name, (clean_text, transform, known) in VARIANTS.items():
        marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
        params.append(pytest.param(clean_text, transform, id=name, marks=marks))
    return params


@pytest.mark.parametrize(("clean_text", "transform"), _variant_params())
def test_variant_gives_the_same_records(clean_text: str, transform: Callable[[str], str]) -> None:
    assert signature(transform(clean_text)) == signature(clean_text)


@pytest.mark.parametrize("transform", [t for _, t, _ in VARIANTS.values()], ids=list(VARIANTS))
def test_variant_offsets_slice_back(transform: Callable[[str], str]) -> None:
    assert_offsets(transform(BASE))
    assert_offsets(transform(ACCENTED))


def test_everything_at_once_slices_back() -> None:
    text = BASE
    for _, transform, _ in VARIANTS.values():
        text = transform(text)
    assert_offsets(text)


def test_the_clean_text_is_found() -> None:
    """The tables above compare against something: the clean text has records."""
    dateline, quotes = signature(BASE)
    assert dateline is not None
    assert len(quotes) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 100,
        'said "\x00" said',
        '\ud800 lone surrogate "quote" said \udfff',
        "\U0001f600" * 1000 + '"Emoji quote here," said Jo Ray.',
        '\u202e"Right to left," said Jo Ray.\u202c',
        '"' + "word " * 20_000 + '," said Jo Ray.',
        "\u2028".join(['"Line one,"', "said Jo Ray."]),
        "\x0c\x0b\x1c\x1d\x1e\x85",
    ],
    ids=[
        "nuls",
        "nul-quote",
        "surrogates",
        "emoji",
        "bidi",
        "long-quote",
        "line-sep",
        "odd-breaks",
    ],
)
def test_odd_characters(text: str) -> None:
    assert_offsets(text)
    lq.parse_attribution(text)


# --------------------------------------------------------------------------- bad input types

FUNCS: list[Callable[..., Any]] = [
    lq.parse,
    lq.parse_dateline,
    lq.extract_quotes,
    lq.parse_attribution,
]


@pytest.mark.parametrize("func", FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "bad",
    [b"text", bytearray(b"text"), memoryview(b"text")],
    ids=["bytes", "bytearray", "memoryview"],
)
def test_binary_says_decode(func: Callable[..., Any], bad: object) -> None:
    with pytest.raises(TypeError, match=rf"needs str, got {type(bad).__name__}.*decode"):
        func(bad)


@pytest.mark.parametrize("func", FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "bad",
    [None, 0, 2.5, True, ["a"], ("a",), {"text": "a"}, pathlib.Path("a.txt"), object(), iter("a")],
    ids=lambda b: type(b).__name__,
)
def test_non_str_names_the_type(func: Callable[..., Any], bad: object) -> None:
    with pytest.raises(TypeError, match=rf"needs str, got {type(bad).__name__}"):
        func(bad)


class MyStr(str):
    __slots__ = ()


def test_str_subclass_is_accepted() -> None:
    text = MyStr(BASE)
    assert lq.parse(text) == lq.parse(BASE)
    assert_offsets(text)
