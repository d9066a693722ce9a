"""The readers' local memo (:func:`laborquotes._speakers._local`) answers as the plain
reader does: the same window in other surroundings, the same near it and different
further off, gives the record the reader makes there (Hypothesis over invented
fragments: names, titles, parentheses, ``which``, runs of spaces and lower-case words)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import _speakers as S

_PIECES = st.sampled_from(
    [
        "Ana ",
        "Ruiz",
        "Ruiz ",
        "Tom Lee",
        "Mac an ",
        "Theresa May ",
        "May",
        "Mr ",
        "Editor",
        "a defiant ",
        "the union",
        "the union's ",
        "Labour ",
        "MP",
        "Local 7 ",
        "president ",
        "rival ",
        "and ",
        "said ",
        "he ",
        "workers",
        "(Labour, Leeds East)",
        "(SNP)",
        "(",
        ")",
        ", ",
        ",",
        " which ",
        "which ",
        " who ",
        "300,000 ",
        " ",
        "   ",
        "\t",
        "\n",
        ". ",
        ": ",
        '"',
        "“",
        "-",
        "—",
        "cat",
        "é",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)
#: Windows that name a speaker, and surroundings that change the record (a party in
#: parentheses, a kind of business or a party before, ``which`` after, a sentence's
#: start, a first name far back).
_WINDOWS = st.one_of(
    _TEXTS,
    st.sampled_from(
        [
            "Ana Ruiz",
            "Ana Ruiz MP",
            "Pennine Coachways",
            "Lufthansa",
            "May",
            "Labour MP Ana Ruiz",
            "MNA Ana Roy",
            "a defiant Mr Lynch",
            "a very defiant Mr",
            "union president Ana Ruiz, a nurse,",
            "rival and Ana Ruiz, Tom Lee",
            "said Ana Ruiz",
            "Union leader Ana Ruiz",
            "the union",
            "he",
        ]
    ),
)
_NEAR = st.lists(
    st.sampled_from(
        [
            " (SNP)",
            " (Labour, Leeds East)",
            ", which runs buses",
            "\t, which ",
            "German carrier ",
            "Québec solidaire ",
            "Theresa May said. ",
            "Jane May ",
            ". ",
            "said ",
            "cat and ",
            "rival ",
            "   ",
            "\t",
            "\n",
            "x" * 30,
            "word " * 14,
            " " * 70,
            ", " * 36,
        ]
    )
    | _PIECES,
    max_size=8,
).map("".join)
_Reader = Callable[[str, int, int], S.Cand | None]
_READERS: list[_Reader] = [
    lambda t, a, b: S.subject_exact(t, a, b),
    lambda t, a, b: S.subject_exact(t, a, b, loose=True),
    lambda t, a, b: S.speaker_forward(t, a, b),
    lambda t, a, b: S.speaker_forward(t, a, b, loose=True),
    S.speaker_after_verb,
]


def _plain(reader: _Reader, text: str, a: int, b: int) -> S.Cand | None:
    S.clear_cache()  # (an empty memo: every window is seen for the first time)
    return reader(text, a, b)


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(range(len(_READERS))),
    st.tuples(_NEAR, _NEAR),
    _NEAR,
    _WINDOWS,
    _NEAR,
    st.tuples(_NEAR, _NEAR),
)
def test_memo_answers_as_the_plain_reader(
    which: int,
    heads: tuple[str, str],
    near_before: str,
    window: str,
    near_after: str,
    tails: tuple[str, str],
) -> None:
    reader = _READERS[which]
    S.clear_cache()
    texts = [h + near_before + window + near_after + t for h, t in zip(heads, tails, strict=True)]
    spans = [(len(h + near_before), len(h + near_before + window)) for h in heads]
    # (each window twice: the second time the record is kept, and the other text's
    # window, where the key is the same, is answered from it)
    remembered = [
        reader(text, a, b) for text, (a, b) in zip(texts, spans, strict=True) for _ in "12"
    ]
    for k, (text, (a, b)) in enumerate(zip(texts, spans, strict=True)):
        assert remembered[2 * k] == remembered[2 * k + 1] == _plain(reader, text, a, b)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(range(len(_READERS))), _WINDOWS, _NEAR, st.integers(1, 3))
def test_memo_at_the_text_start(which: int, window: str, after: str, repeats: int) -> None:
    reader = _READERS[which]
    S.clear_cache()
    text = (window + after) * repeats
    starts = [k * len(window + after) for k in range(repeats) for _ in range(2)]
    remembered = [reader(text, a, a + len(window)) for a in starts]
    for a, cand in zip(starts, remembered, strict=True):
        assert cand == _plain(reader, text, a, a + len(window))


def _same_window(before: tuple[str, str], window: str, after: tuple[str, str]) -> None:
    """Each reader, on *window* between two pairs of surroundings: remembered after
    the first text, it answers for the second as the plain reader does."""
    for reader in _READERS:
        S.clear_cache()
        texts = [b + window + a for b, a in zip(before, after, strict=True)]
        got = [
            reader(t, len(b), len(b) + len(window))
            for t, b in zip(texts, before, strict=True)
            for _ in "12"
        ]
        for k, (t, b) in enumerate(zip(texts, before, strict=True)):
            assert got[2 * k + 1] == _plain(reader, t, len(b), len(b) + len(window))


def test_memo_reads_a_run_back_to_its_end() -> None:
    # a sentence's start, far back over spaces
    _same_window(("X" + " " * 90, "." + " " * 90), "Union leader Ana Ruiz", ("", ""))


def test_memo_reads_what_follows_the_window() -> None:
    # a party in parentheses; ``which`` after a long run of spaces and commas
    _same_window(("", ""), "Ana Ruiz", (" (SNP)", " (Labour, Leeds East)"))
    _same_window(("", ""), "Ana Ruiz", (" (Labour, Leeds East)", " (Labour, Leeds Eas)"))
    _same_window(("", ""), "Pennine Coachways", (" " * 90 + ", which runs", " " * 90 + ", who"))
    _same_window(("", ""), "Pennine Coachways", ("," + " " * 90 + "which ", "," + " " * 90 + "x"))


def test_memo_reads_what_precedes_the_window() -> None:
    # a party before a legislator's letters
    _same_window(("Parti Québécois ", "Porti Québécois "), "MNA Ana Roy", ("", ""))
    before = (
        "(" + "x" * 50 + " xAustralian Labor Party ",
        "(" + "x" * 50 + " -Australian Labor Party ",
    )
    _same_window(before, "MSP Ana Roy", ("", ""))
