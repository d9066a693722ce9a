"""The faster readers of a long text answer exactly as the plain scans they replace."""

from __future__ import annotations

import re
from unittest import mock

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from laborquotes import _coref, _dispute, _org_names, _workplaces
from laborquotes._literal_index import LiteralIndex
from laborquotes._marks import TITLE_ABBREVIATIONS
from laborquotes._model import DisputeAction
from laborquotes._patterns import alternation

# Texts made of the words these readers look for, with the characters around them that
# decide where a word starts and a sentence ends.
_PIECES = (
    "cabin workers",
    "bin workers",
    "workers",
    "nurses",
    "staff",
    "cabin crew",
    "Dr.",
    "St.",
    "Mr",
    "Ana",
    "Ruiz",
    "strike",
    "ruiz,",
    "ruizes",
    " ",
    "  ",
    "\n",
    ". ",
    "! ",
    "? ",
    '." ',
    "-",
    ",",
    "x",
)
_texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=8))
def test_a_literal_index_finds_what_str_find_finds(
    text: str, windows: list[tuple[int, int]]
) -> None:
    index = LiteralIndex(text)
    for literal in ("ruiz,", "Ruiz", "s"):
        for lo, hi in windows:
            lo, hi = min(lo, hi), max(lo, hi)
            expected = []
            at = text.find(literal, lo, hi)
            while at >= 0:
                expected.append(at)
                at = text.find(literal, at + 1, hi)
            assert index.places(literal, lo, hi) == expected


@settings(max_examples=300, deadline=None)
@given(_texts, st.lists(st.tuples(st.integers(0, 500), st.booleans()), max_size=5))
def test_workforce_words_near_labour_words_are_those_of_the_whole_scan(
    text: str, starts: list[tuple[int, bool]]
) -> None:
    low = _dispute.lowered(text)
    hits = [(s, s + 3, DisputeAction.STRIKE, labour) for s, labour in sorted(starts)]
    whole = _dispute._marks(_dispute._workforce_re(), low, words=True)
    near = _dispute._workforce_marks(low, hits)
    # (what the dispute reads: the words inside the window of a labour word)
    for s, e, _, labour in hits:
        if labour:
            lo, hi = max(0, s - _dispute._WINDOW), min(len(low), e + _dispute._WINDOW)
            assert near.within(lo, hi) == whole.within(lo, hi)


#: Pieces of text around action words: words that open inside a longer one
#: (``subcontract talks``), every kind of character before a word, and stretches with
#: no character that no action word holds (too long to restart a scan after).
_ACTION_PIECES = (
    "contract talks", "sub", "talks", "strike", "strike ballot", "go-slow", "lock", "out",
    "walk", "pay", "deal", "x", " ", "  ", "-", "_", "1", ",", "é", "É", "\n", "“", "K",
    "lockout", "tools", "down", "stayed off", "the", "job", "a" * 90, " ".join(["talk"] * 30),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ACTION_PIECES), max_size=30).map("".join))
def test_action_words_are_those_of_the_whole_scan(text: str) -> None:
    # (the scan from each lead, restarted after a character no action word holds, gives
    # the words that open a word as one scan of the whole text does)
    low = _dispute.lowered(text)

    def opening(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
        return [m.span() for m in matches if _dispute._starts_word(text, m.start())]

    whole = list(_dispute._action_re().finditer(low))
    assert opening(_dispute._action_matches(low)) == opening(whole)


def _sentence_ends_one_look_behind_each() -> re.Pattern[str]:
    """The sentence ends as first written: one look-behind per title abbreviation."""
    kept = "".join(rf"(?<!\b{a}\.)" for a in sorted(TITLE_ABBREVIATIONS) if a.isalpha())
    after = r"(?=[\"”’']?\s+[\"“‘']?[A-Z])"
    return re.compile(rf"[.]{kept}{after}|[!?]{after}|\n")


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_sentence_ends_are_those_of_one_look_behind_per_abbreviation(text: str) -> None:
    plain = [m.span() for m in _sentence_ends_one_look_behind_each().finditer(text)]
    assert [m.span() for m in _dispute._sentence_end_re().finditer(text)] == plain


def test_a_title_abbreviation_ends_no_sentence() -> None:
    text = "Nurses at St. Brendan walked out. Dr. Ana Ruiz said so! Then left."
    ends = [text[m.start()] for m in _dispute._sentence_end_re().finditer(text)]
    assert ends == [".", "!"]


_AFTER_NAME_PIECES = (
    "Acme Freight ",
    "locked out ",
    "locks out ",
    "sacked 40 staff ",
    "dismissed all its drivers ",
    "laid off nurses ",
    "offered a pay rise ",
    "said it had offered a 3% rise ",
    "has offered teachers a rise ",
    "drivers ",
    "staff ",
    "workers ",
    "said ",
    ", ",
    "\n",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_NAME_PIECES), max_size=30).map("".join))
def test_one_scan_finds_the_words_of_each_kind_after_a_name(text: str) -> None:
    # Each kind's words alone, looked for at every space: the one scan of all kinds must
    # find each of them, with its kind (no two kinds open with the same word).
    sources = [
        *(_workplaces._ACTS[act]() for act in _workplaces._ACTS),
        alternation(_workplaces._after_name_words()) + r"(?![\w-])",
    ]
    alone = {
        (m.start(), k)
        for k, source in enumerate(sources)
        for m in re.finditer(rf"[^\S\n](?={source})", text, re.VERBOSE)
    }
    together = {
        (m.start(), int((m.lastgroup or "k-1")[1:]))
        for m in _workplaces._after_name_re().finditer(text)
    }
    assert together == alone


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from((*_AFTER_NAME_PIECES, "é", "\u2009", "“", "x")), max_size=30))
def test_the_words_after_a_name_are_those_of_the_whole_scan(pieces: list[str]) -> None:
    # (the places of the first words, each tried with the scan's pattern, give what the
    # scan of the whole text gives: no place hidden, every group the same)
    text = "".join(pieces)
    whole = [(m.start(), m.lastgroup, m.end()) for m in _workplaces._after_name_re().finditer(text)]
    led = [(m.start(), m.lastgroup, m.end()) for m in _workplaces._after_name_matches(text)]
    assert led == whole


#: Pieces around the first words of an employer's cue: cues that hold a space (``talks
#: with``) and may hide one inside them, and every kind of character before a word.
_CUE_PIECES = (
    "talks with", "with", "drivers", "staff", "staffers", "employer,", "employer", "strike",
    "walked out", "at", " ", "-", "_", "é", "É", "“", "1", ",", "\n", "x", "contract with",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=30).map("".join))
def test_cue_starts_are_those_of_the_look_behind_scan(text: str) -> None:
    low = _dispute.lowered(text)
    words = (*_dispute.EMPLOYER_CUES, *_dispute.WORKFORCE_WORDS)
    words += (*_workplaces.ACTIONS_BEFORE_A_DAY, "walked")
    plain = re.compile(rf"(?<![\w-]){alternation(words)}(?![\w-])", re.VERBOSE)
    assert list(_workplaces._cue_starts(low)) == [m.start() for m in plain.finditer(low)]


#: Pieces around head nouns and legal forms: each of them, glued to a word or to each
#: other, and the characters a legal form may not run into.
_NAME_MARK_PIECES = (
    *_org_names.GENERIC_HEADS, "Local", "United", *_org_names.LEGAL_SUFFIXES, "& Co", "and Co",
    "Co", "and", "&", "Corp", "S.p", ".uk", ".", " ", "-", "'", "’", "x", "Limitedx", "é",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_MARK_PIECES), max_size=25).map("".join))
@example("& Co plc")  # (``Co`` ending ``& Co`` or ``and Co``: one legal form)
@example("and Co plc")
def test_name_marks_are_those_of_a_scan_of_each(text: str) -> None:
    # (the head nouns' scan and the legal forms' as first written, each alone)
    words = sorted({*_org_names.GENERIC_HEADS, "Guild", "Local", "United"}, key=len, reverse=True)
    forms = (*_org_names.LEGAL_SUFFIXES, *_org_names._LEGAL_CLOSERS)
    legal = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    heads = [m.span() for m in re.finditer("|".join(words), text)]
    legal_forms = [m.span() for m in re.finditer(rf"(?:{legal})(?![\w&'’-]|\.\w)", text)]
    assert _org_names.name_marks(text) == (heads, legal_forms)


@settings(max_examples=300, deadline=None)
@given(
    _texts,
    st.lists(
        st.tuples(st.sampled_from(("Ruiz", "Ana Ruiz", "ruiz,", "s Ru")), st.integers(0, 600))
    ),
)
def test_appositive_at_finds_what_str_find_finds_in_each_window(
    text: str, asks: list[tuple[str, int]]
) -> None:
    # (a window shorter than the text, so that the places found are remembered; asks
    # that move back and forth, and a copy of the text, which is read afresh)
    copy = "".join([text, "#"])[:-1]
    with mock.patch.object(_coref, "_APPOSITIVE_WINDOW", 40):
        for name, before in asks:
            for read in (text, copy):
                plain = read.find(name, max(0, before - 40), before + len(name) + 1)
                assert _coref.appositive_at(read, name, before) == plain


#: Names and the characters around them: names that begin, end or hold one another,
#: one glued to a word, and the characters the look-behind and look-ahead test.
_NAME_PIECES = ("Acme", "Acme Foods", "Foods", "Daily News", "NY Daily News", "NY", "News")
_literal_texts = st.lists(
    st.sampled_from((*_NAME_PIECES, " ", "-", "x", "'s", "\n", "é", ".")), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_literal_texts, st.lists(st.sampled_from((*_NAME_PIECES, "s N", "")), max_size=10))
def test_one_scan_for_many_names_finds_what_a_find_of_each_finds(
    text: str, names: list[str]
) -> None:
    before, after = regex.compile(r"[\w-]"), regex.compile(r"[\w'-]|\.\w")
    with mock.patch.object(_org_names, "_TRIE_FINDS", 10**9):
        plain = list(_org_names.literal_matches(text, names, before, after))
    kept = [n for n in names if n]
    one_scan = list(_org_names._trie_matches(text, kept, before, after)) if kept else []
    assert one_scan == plain


def test_no_long_text_is_held_after_its_parse() -> None:
    import laborquotes
    from laborquotes import _coref

    text = ('"We will not move," said Ana Ruiz. ' * 3000) + "Ruiz, a nurse, said so."
    laborquotes.parse(text)
    assert getattr(_coref._long_text, "index", None) is None
