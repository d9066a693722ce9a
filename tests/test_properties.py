"""Hypothesis properties of the whole public API.

* no ``str`` makes a public function raise, and the records round-trip through dicts/JSON;
* every span slices back (or lies inside the text, for spans without a text field);
* quotations are in text order and do not overlap (but for a partial quotation nested
  in the indirect one before it);
* results are deterministic and do not depend on what was parsed before;
* an article's quotations do not change when another article is appended after a blank line.

No deadlines: these are correctness properties, not timings.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import laborquotes as lq

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# News-shaped pieces: datelines, metadata lines, marks, names, verbs, titles, organizations.
PIECES = st.sampled_from(
    [
        "date 2023-08-16\n",
        "BURBANK, Calif. (CBS/KYMA/KECY) - ",
        "WASHINGTON (AP) — ",
        "LONDON, March 3 (Reuters) - ",
        "NEW YORK — ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "&quot;",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\u00a0",
        "\u200b",
        ", ",
        ". ",
        ": ",
        " — ",
        "(",
        ")",
        "said",
        " said ",
        "says",
        "told reporters",
        "according to",
        "Jeff Tores",
        "Tores",
        "Ana Ruiz",
        "Ruiz",
        "Peter Kiefer",
        "he",
        "she",
        "They",
        "the union",
        "president of Local 7",
        "a member of SAG-AFTRA",
        "staff writer for The Ankler",
        "SAG-AFTRA",
        "the Teamsters",
        "We will not back down",
        "The strike goes on",
        "on Tuesday",
        "last week",
        "that",
        "and",
        "?",
        "!",
        "Sen.",
        "Dr.",
        "Jr.",
    ]
)
NEWSY = st.lists(PIECES, max_size=60).map("".join)
TEXT = st.one_of(st.text(max_size=400), NEWSY, st.tuples(NEWSY, st.text(max_size=80)).map("".join))
PUBLISHED = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
)


def check_article(text: str, article: lq.Article) -> None:
    n = len(text)
    d = article.dateline
    if d is not None:
        assert text[d.span.start : d.span.end] == d.text
        assert 0 <= d.body_start <= n
    last_end = -1
    outer: lq.Quote | None = None
    for q in article.quotes:
        assert isinstance(q.kind, lq.QuoteKind)
        assert 0 <= q.span.start <= q.span.end <= n
        assert text[q.span.start : q.span.end] == q.text
        # (words in marks inside reported speech: a partial quotation nested in the
        # indirect one before it)
        nested = (
            q.kind is lq.QuoteKind.PARTIAL
            and outer is not None
            and outer.span.start < q.span.start < outer.span.end
        )
        assert nested or q.span.start >= last_end, "quotes overlap or are out of order"
        if not nested:
            outer = q if q.kind is lq.QuoteKind.INDIRECT else None
        last_end = max(last_end, q.span.end)
        a = q.attribution
        if a is not None:
            assert 0 <= a.source_span.start <= a.source_span.end <= n
            assert a.speaker.name
            if a.cue_span is not None:
                assert 0 <= a.cue_span.start <= a.cue_span.end <= n
    for org in article.organizations:
        assert org.name
        for s in org.mentions:
            assert 0 <= s.start <= s.end <= n


@SETTINGS
@given(TEXT, PUBLISHED)
def test_no_str_raises_and_spans_slice_back(text: str, published: dt.date | None) -> None:
    article = lq.parse(text, published=published)
    check_article(text, article)
    assert lq.parse_dateline(text, published=published) == article.dateline
    assert lq.extract_quotes(text, published=published) == list(article.quotes)
    if published is not None:
        assert article.published == published


@SETTINGS
@given(TEXT)
def test_parse_attribution_never_raises(text: str) -> None:
    attribution = lq.parse_attribution(text)
    if attribution is not None:
        assert attribution.speaker.name
        assert 0 <= attribution.source_span.start <= attribution.source_span.end <= len(text)


@SETTINGS
@given(TEXT)
def test_records_round_trip_through_json(text: str) -> None:
    article = lq.parse(text)
    doc = json.loads(json.dumps(article.to_dict()))
    assert lq.Article.from_dict(doc) == article
    rows = lq.records([("id", article)])
    assert len(rows) == len(article.quotes)


@SETTINGS
@given(TEXT, TEXT)
def test_deterministic_and_stateless(text: str, other: str) -> None:
    first = lq.parse(text)
    lq.parse(other)  # nothing carries over from one call to the next
    assert lq.parse(text) == first
    assert lq.parse_attribution(text) == lq.parse_attribution(text)


# Well-formed articles: a dateline, then paragraphs of quoted and reported sentences.
WORDS = st.lists(
    st.sampled_from(["we", "will", "not", "back", "down", "the", "strike", "goes", "on", "pay"]),
    min_size=1,
    max_size=8,
).map(" ".join)
NAME = st.sampled_from(["Ana Ruiz", "Jeff Tores", "Peter Kiefer", "Sam Lee", "Mary O'Neill"])
TITLE = st.sampled_from(
    ["president of Local 7", "a member of SAG-AFTRA", "staff writer for The Ankler", "a welder"]
)
SENTENCE = st.one_of(
    st.builds(lambda w, n, t: f'"{w.capitalize()}," said {n}, {t}.', WORDS, NAME, TITLE),
    st.builds(lambda w, n: f'"{w.capitalize()}," {n} said.', WORDS, NAME),
    st.builds(lambda w, n: f'{n} said: "{w.capitalize()}."', WORDS, NAME),
    st.builds(lambda w, n: f"“{w.capitalize()},” said {n}.", WORDS, NAME),
    st.builds(lambda w, n: f"{n} said the union would {w}.", WORDS, NAME),
    st.builds(lambda w: f"{w.capitalize()}.", WORDS),
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
DATELINE = st.sampled_from(
    ["", "WASHINGTON (AP) — ", "BURBANK, Calif. (CBS/KYMA/KECY) - ", "LONDON, March 3 (Reuters) - "]
)
ARTICLE = st.builds(
    lambda d, ps: d + "\n\n".join(ps), DATELINE, st.lists(PARAGRAPH, min_size=1, max_size=4)
)

ARTICLE_END = st.sampled_from([".", '."', ",” she said.", "!", " the union said."])


def _core(q: lq.Quote) -> tuple[object, ...]:
    """Where a quotation is, what kind, and who said it, by name (not title or organization)."""
    a = q.attribution
    return (q.span, q.text, q.kind, a and (a.speaker.name, a.source_span, a.cue, a.cue_span))


def _check_appended(first: str, other: str, *, full: bool) -> None:
    """Compare *first* alone with *first*, a blank line, and *other*.

    Compared: the dateline (when *first* alone has one: without it, a dateline may follow a
    headline) and every quotation that ends before the appended text; with *full*, the whole
    record (speaker title, organization, role, dates), else :func:`_core`. Organizations and
    the voices summary count the whole text, so they may grow.
    """
    alone = lq.parse(first)
    together = lq.parse(first + "\n\n" + other)
    if alone.dateline is not None:
        assert together.dateline == alone.dateline
    before = [q for q in together.quotes if q.span.end <= len(first)]
    if full:
        assert before == list(alone.quotes)
    else:
        assert [_core(q) for q in before] == [_core(q) for q in alone.quotes]


@SETTINGS
@given(ARTICLE, ARTICLE)
def test_appending_an_article_keeps_the_quotes(first: str, other: str) -> None:
    """Well-formed articles (balanced marks): the quotations and their speakers stay."""
    _check_appended(first, other, full=False)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "a speaker's title and organization are merged over the whole text, so a later "
        "'Name, title' in the appended article fills the earlier article's speakers "
        "(_quotes speaker profiles / _labour.enrich)"
    ),
)
@SETTINGS
@example(
    first='WASHINGTON (AP) — "We will not back down," Peter Kiefer said.',
    other='"Pay us," said Peter Kiefer, president of Local 7.',
)
@given(ARTICLE, ARTICLE)
def test_appending_an_article_keeps_the_whole_records(first: str, other: str) -> None:
    _check_appended(first, other, full=True)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "quotation marks are paired over the whole text (_marks.pair_marks): an unclosed mark "
        "in the article pairs differently, or runs to a different end, when text follows"
    ),
)
@SETTINGS
@example(article='"date 2023-08-16\n', end=".", other="")
@example(article="LONDON, March 3 (Reuters) - (“\r\n", end=" the union said.", other="((““")
@given(NEWSY, ARTICLE_END, TEXT)
def test_appending_after_a_blank_line_keeps_the_quotes(article: str, end: str, other: str) -> None:
    """Any news-shaped text, unbalanced marks included: the quotations stay."""
    first = article + end
    assume(first.strip())
    _check_appended(first, other, full=False)


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ('"We will not back down," said Ana Ruiz, president of Local 7.', '"Never," he said.'),
        ('WASHINGTON (AP) — "Talks resume," the union said.', "LONDON (Reuters) - Other news."),
        ("Ana Ruiz said the union would strike.", 'Ruiz added: "Soon."'),
        ('"Pay us," said Ana Ruiz, president of Local 7.', '"Never," said Sam Lee, a welder.'),
    ],
)
def test_appending_examples(first: str, other: str) -> None:
    _check_appended(first, other, full=True)


@given(TEXT)
def test_unwrapping_keeps_every_offset(text: str) -> None:
    """The text the name readers see in hard-wrapped copy has the same length, and
    differs only where a line break (or the CR of a CRLF) became a space."""
    from laborquotes._marks import unwrapped

    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, flat, strict=True))
