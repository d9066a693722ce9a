"""Scraped copy that keeps HTML remnants (issue 16): block tags (``<p>``, ``<div>``,
``<br/>``, ``<img>``) end a paragraph, entity quotation marks (``&quot;``, ``&ldquo;``,
``&#8220;``) pair like the characters they stand for, and attribute values
(``class="story-body"``) are never quotations. Nothing is normalised: every span slices
the caller's exact text. Every case is invented.
"""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes._marks import Structure

#: (text, kind, quotation, speaker name or None, title or None)
Row = tuple[str, str, str, str | None, str | None]

FOUND: list[Row] = [
    # reported speech inside a block (once lost, or run on into the closing tag)
    (
        '<div class="story-body">The union said the talks had failed.</div>',
        "indirect",
        "the talks had failed",
        "The union",
        None,
    ),
    (
        "<p>The union said the talks had failed.</p>",
        "indirect",
        "the talks had failed",
        "The union",
        None,
    ),
    (
        '<img src="/a.jpg" alt="Pickets at the gate"> The union said the talks had failed.',
        "indirect",
        "the talks had failed",
        "The union",
        None,
    ),
    (
        "<h2>Strike looms</h2><p>The union said members would vote next week.</p>",
        "indirect",
        "members would vote next week",
        "The union",
        None,
    ),
    (
        "<p>The firm said in a statement that it had made a fair offer.</p><p>Nobody agreed.</p>",
        "indirect",
        "it had made a fair offer",
        "The firm",
        None,
    ),
    (
        "<div data-x='a \"b\" c'>The union said the talks had failed.</div>",
        "indirect",
        "the talks had failed",
        "The union",
        None,
    ),
    # a closing tag is no part of a title or an organization
    (
        '<p class="lede">Nurses walked out.</p><p>"We have been ignored," said Ana Ruiz, a nurse.</p>',
        "direct",
        "We have been ignored,",
        "Ana Ruiz",
        "nurse",
    ),
    (
        '<div class="body"><p>"The offer is an insult," said Tom Hale, a spokesman for the union.</p></div>',
        "direct",
        "The offer is an insult,",
        "Tom Hale",
        "spokesman",
    ),
    (
        '<p>Nurses walked out.</p>\n<p>"We have been ignored," said Ana Ruiz, a nurse.</p>',
        "direct",
        "We have been ignored,",
        "Ana Ruiz",
        "nurse",
    ),
    # line breaks
    (
        'The drivers are angry.<br>"We will strike," said Ana Ruiz.<br/>The firm declined to comment.',
        "direct",
        "We will strike,",
        "Ana Ruiz",
        None,
    ),
    (
        'The drivers are angry.<BR />"We will strike," said Ana Ruiz.',
        "direct",
        "We will strike,",
        "Ana Ruiz",
        None,
    ),
    # entity quotation marks
    (
        "<p>&quot;We will strike,&quot; said Ana Ruiz.</p>",
        "direct",
        "We will strike,",
        "Ana Ruiz",
        None,
    ),
    (
        "&quot;We will strike on Monday,&quot; said Ana Ruiz, president of Local 7.",
        "direct",
        "We will strike on Monday,",
        "Ana Ruiz",
        "president",
    ),
    (
        "&#8220;We will not back down,&#8221; said Ana Ruiz.",
        "direct",
        "We will not back down,",
        "Ana Ruiz",
        None,
    ),
    (
        "&ldquo;We will not back down,&rdquo; said Ana Ruiz.",
        "direct",
        "We will not back down,",
        "Ana Ruiz",
        None,
    ),
    (
        "<p>Tom Hale said: &quot;We are ready to talk.&quot;</p>",
        "direct",
        "We are ready to talk.",
        "Tom Hale",
        None,
    ),
    (
        '"Pay &amp; conditions are the issue," said Ana Ruiz.',
        "direct",
        "Pay &amp; conditions are the issue,",
        "Ana Ruiz",
        None,
    ),
    # inline tags stay inside the quotation's exact text
    (
        '"We will <em>not</em> back down," said Ana Ruiz.',
        "direct",
        "We will <em>not</em> back down,",
        "Ana Ruiz",
        None,
    ),
    (
        '<span class="q">"We are ready to talk," said Tom Hale.</span>',
        "direct",
        "We are ready to talk,",
        "Tom Hale",
        None,
    ),
    (
        '<blockquote>"We are ready to talk," said Tom Hale.</blockquote>',
        "direct",
        "We are ready to talk,",
        "Tom Hale",
        None,
    ),
    (
        '<td class="cell">Local 7</td><td>"We are out," said Ana Ruiz.</td>',
        "direct",
        "We are out,",
        "Ana Ruiz",
        None,
    ),
    # shortcodes and image attributes before a quotation
    (
        '[caption id="a_12" align="alignnone"]Pickets at dawn.[/caption] "We will stay out," said Ana Ruiz.',
        "direct",
        "We will stay out,",
        "Ana Ruiz",
        None,
    ),
    (
        '<img src="/a.jpg" alt="Pickets at the gate" /> "We will stay out," said Ana Ruiz.',
        "direct",
        "We will stay out,",
        "Ana Ruiz",
        None,
    ),
    (
        '[embed]https://example.com/v[/embed]<p>"It is a sad day," said Tom Hale.</p>',
        "direct",
        "It is a sad day,",
        "Tom Hale",
        None,
    ),
]

INLINE: list[Row] = [
    # inline markup or ``&nbsp;`` between a quotation, its verb and its speaker
    (
        '"We will strike," said <a href="/p/ruiz">Ana Ruiz</a>.',
        "direct",
        "We will strike,",
        "Ana Ruiz",
        None,
    ),
    (
        '"We will strike," said <strong>Ana Ruiz</strong>.',
        "direct",
        "We will strike,",
        "Ana Ruiz",
        None,
    ),
    (
        '"We will strike," said <EM>Ana Ruiz</EM> on Monday.',
        "direct",
        "We will strike,",
        "Ana Ruiz",
        None,
    ),
    ('"Pay is the issue,"&nbsp;said Ana Ruiz.', "direct", "Pay is the issue,", "Ana Ruiz", None),
    ('"Pay is the issue," said&nbsp;Ana Ruiz.', "direct", "Pay is the issue,", "Ana Ruiz", None),
]

#: Rows the parser misses today, with why.
MISSED: list[tuple[Row, str]] = [
    (
        (
            '"We will strike," said <a href="/p/ruiz">Ana Ruiz</a>, president of Local 7.',
            "direct",
            "We will strike,",
            "Ana Ruiz",
            "president",
        ),
        "_speaker_grammar: a closing inline tag after a name ends the speaker phrase (no title)",
    ),
    (
        (
            "Ana&nbsp;Ruiz, president of Local 7, said the union would strike.",
            "indirect",
            "the union would strike",
            "Ana Ruiz",
            "president",
        ),
        "_speaker_grammar: ``&nbsp;`` inside a name splits it (speaker 'Ruiz')",
    ),
    (
        (
            '<p>According to <a href="/u">the union</a>, 300 workers walked out.</p>',
            "indirect",
            "300 workers walked out",
            "the union",
            None,
        ),
        "_attribution: an inline tag after 'according to' hides the source",
    ),
]


def _params() -> list[object]:
    params: list[object] = [pytest.param(*row, id=row[0][:40]) for row in FOUND + INLINE]
    for row, why in MISSED:
        params.append(
            pytest.param(*row, id=row[0][:40], marks=pytest.mark.xfail(strict=True, reason=why))
        )
    return params


@pytest.mark.parametrize(("text", "kind", "words", "name", "title"), _params())
def test_speech_in_scraped_copy(
    text: str, kind: str, words: str, name: str | None, title: str | None
) -> None:
    quotes = lq.extract_quotes(text)
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
    found = [q for q in quotes if q.kind.value == kind and q.text == words]
    assert len(found) == 1, [(q.kind.value, q.text) for q in quotes]
    speaker = found[0].attribution.speaker if found[0].attribution else None
    assert (speaker.name if speaker else None) == name
    assert (speaker.title if speaker else None) == title


NOT_QUOTES = [
    '<div class="story-body">Workers gathered outside.</div>',
    '<img src="/x.png" alt="Pickets at the gate of the depot" />',
    '<p style="color: red" title="A long title for the strike page">Pay talks.</p>',
    '<a href="/news/strike" title="Strike latest">Strike latest</a>',
    "<div class='story-body'><p>Workers gathered outside.</p></div>",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_attribute_values_are_never_quotations(text: str) -> None:
    assert lq.extract_quotes(text) == []


PARAGRAPHS = [
    # (text, the paragraphs' exact text)
    ("<p>One.</p><p>Two.</p>", ["", "One.", "Two."]),
    ('<div class="a">One.</div>\n<div>Two.</div>', ["", "One.", "Two."]),
    ("One.<br>Two.<br/>Three.<br />Four.", ["One.", "Two.", "Three.", "Four."]),
    ("One.\n\n<p>Two.</p>", ["One.", "Two."]),
    # not block tags: inline ones, a comparison, an unfinished tag
    ("One <em>two</em> <a href='/x'>three</a>.", ["One <em>two</em> <a href='/x'>three</a>."]),
    ("If a<b and c>d, then.", ["If a<b and c>d, then."]),
    ("<p class='x' One.", ["<p class='x' One."]),
    ("<pre>One.</pre> <tweet/> Two.", ["<pre>One.</pre> <tweet/> Two."]),
]


@pytest.mark.parametrize(("text", "paras"), PARAGRAPHS)
def test_block_tags_are_paragraph_breaks(text: str, paras: list[str]) -> None:
    st = Structure(text)
    got = [text[a:b] for a, b in zip(st.para_starts, st.para_ends, strict=True)]
    assert [p for p in got if p] == [p for p in paras if p]


def test_a_block_tag_inside_a_sentence_breaks_no_paragraph() -> None:
    text = '"We will not </span></div> back down now," said Ana Ruiz, president of Local 7.'
    (quote,) = lq.parse(text).quotes
    assert quote.text == "We will not </span></div> back down now,"
    assert quote.attribution is not None
    assert quote.attribution.speaker.name == "Ana Ruiz"
