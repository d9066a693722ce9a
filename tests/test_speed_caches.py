"""The remembered helpers of the speaker and cast code, and the indexes built once per
text, answer as if computed afresh."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import laborquotes
from laborquotes import _coref, _labour, _marks, _people, _speakers


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("President Ana Ruiz", "Ana Ruiz"),
        ("But Tom Lee MP", "Tom Lee"),
        ("Sir Kofi Mensah", "Sir Kofi Mensah"),
        ("Dr. Priya Nair, PhD", "Priya Nair"),
    ],
)
def test_clean_name_is_the_same_at_any_offset(phrase: str, name: str) -> None:
    for lead in ("", "x. ", "A long lead sentence ends here. "):
        text = lead + phrase + " said."
        nm = _speakers._clean_name(text, len(lead), len(lead) + len(phrase))
        assert text[nm.start : nm.end] == name


def test_clean_name_gives_a_fresh_list_of_words_before_the_name() -> None:
    text = "President Ana Ruiz"
    first = _speakers._clean_name(text, 0, len(text))
    first.pre.append("changed")
    again = _speakers._clean_name(text, 0, len(text))
    assert again.pre == ["President"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz spoke. Ruiz left; RUIZ and Ruizes stayed. Mr Ruiz, Lee-Ruiz and Ruiz's.",
        "Tom Lee met Lee. Leeds is not Lee. Lee",
        "Nobody named here.",
    ],
)
def test_few_and_many_surnames_find_the_same_words(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_last = {
        "Ruiz": [(["Ana", "Ruiz"], "Ana Ruiz", _people._Entry("Ana Ruiz"))],
        "Lee": [(["Tom", "Lee"], "Tom Lee", _people._Entry("Tom Lee"))],
    }
    few = _people._surname_hits(text, by_last)
    monkeypatch.setattr(_people, "_FEW_SURNAMES", 0)
    many = _people._surname_hits(text, by_last)
    assert [(a, b) for a, b, _ in few] == [(a, b) for a, b, _ in many]
    assert all(text[a:b] in by_last for a, b, _ in few)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("At the meeting, union president Ana Ruiz said it was over.", " said"),
        ("The drivers' union, which has 900 members, says it will strike.", " says"),
        ("Then he told them nothing.", " told"),
    ],
)
def test_subject_before_remembers_what_it_would_compute_afresh(text: str, verb: str) -> None:
    end = text.index(verb)
    found = _speakers.subject_before(text, 0, end)
    assert _speakers.subject_before(text, 0, end) == found
    assert _speakers._subject_before.__wrapped__(text, 0, end) == found


def test_parse_leaves_no_text_in_the_subject_cache() -> None:
    laborquotes.parse('"We stay," union president Ana Ruiz said on Monday.')
    assert _speakers._subject_before.cache_info().currsize == 0
    assert _speakers._speaker_match_at.cache_info().currsize == 0


def test_parse_attribution_leaves_no_text_in_the_subject_cache() -> None:
    laborquotes.parse_attribution("union president Ana Ruiz said on Monday.")
    assert _speakers._subject_before.cache_info().currsize == 0
    assert _speakers._speaker_match_at.cache_info().currsize == 0


@pytest.mark.parametrize("name", ["Unite", "UAW", "Equity", "Ana Ruiz", "Widget Makers Union"])
def test_a_registry_entry_is_the_one_get_gives(name: str) -> None:
    custom = laborquotes.load_registry({"name": "Widget Makers Union", "kind": "union"})
    for registry in (laborquotes.load_registry(), custom):
        assert _labour._registry_entry(registry, name) == registry.get(name)


@pytest.mark.parametrize(
    "phrase", ["the union", "its guild", "the studios", "a council spokesman", "Ana Ruiz", ""]
)
def test_a_reference_phrase_is_read_as_its_patterns_read_it(phrase: str) -> None:
    head = _coref._head_reference().search(phrase)
    first = next(
        ((m, kinds) for p, kinds in _coref._reference_patterns() if (m := p.search(phrase))),
        None,
    )
    assert _coref._reference_words(phrase) == (
        head.group().casefold() if head is not None else None,
        first[1] if first is not None else None,
        first is not None and first[0].group().lower().startswith("guild"),
    )


def test_title_noun_patterns_stay_bounded_over_many_articles() -> None:
    """The patterns compiled per title noun come from the text: a run over many articles
    keeps at most :data:`~laborquotes._coref._NOUN_PATTERNS` of them. A lower-case ASCII
    noun (English news's title nouns) needs none: it is found with ``str.find``."""
    _coref._titled_re.cache_clear()
    for i in range(40):
        name = "".join(chr(ord("a") + int(d)) for d in f"{i:04d}").title()
        laborquotes.parse(f"Ana Ruiz runs {name}. The President of {name} said it would close.")
    assert _coref._titled_re.cache_info().misses == 0
    for i in range(_coref._NOUN_PATTERNS + 20):
        # a noun outside ASCII keeps the compiled pattern (its case rules are regex's)
        name = "É" + "".join(chr(ord("a") + int(d)) for d in f"{i:04d}")
        laborquotes.parse(f"Ana Ruiz runs {name}. The President of {name} said it would close.")
    info = _coref._titled_re.cache_info()
    assert info.misses == _coref._NOUN_PATTERNS + 20  # (one noun per article)
    assert info.currsize == info.maxsize == _coref._NOUN_PATTERNS
    assert _coref._noun_re.cache_info().maxsize == _coref._NOUN_PATTERNS


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz said. (Ruiz) “Ruiz” Ruiz, Ruiz; Ruiz/Lee Lee-Ruiz Ruiz-Lee Ruiz's Ruiz’ 7Ruiz",
        "Ruiz2 _Ruiz Ruiz_ Ruizé Rui\u0301z Ruiz\u0301 \u00a0Ruiz\u00a0 Ruiz\tLee\nLee",
        "Lee",
    ],
)
def test_trie_hits_are_the_words_the_word_pattern_finds(text: str) -> None:
    entry = _people._Entry("Ana Ruiz")
    by_last = {"Ruiz": [(["Ana", "Ruiz"], "Ana Ruiz", entry)], "Lee": [(["Lee"], "Lee", entry)]}
    expected = [
        (m.start(), m.end()) for m in _people._word_re().finditer(text) if m.group() in by_last
    ]
    assert [(a, b) for a, b, _ in _people._trie_hits(text, by_last)] == expected


@pytest.mark.parametrize("text", ["", "no marks", '"', '“a” "b"”', 'x"', '"""', "“" * 3 + "y"])
def test_double_mark_offsets_are_where_the_marks_stand(text: str) -> None:
    expected = [i for i, c in enumerate(text) if c in '"“”']
    assert list(_marks._double_mark_offsets(text)) == expected


@given(st.text(alphabet='ab "“”\n', max_size=60), st.integers(min_value=1, max_value=9))
def test_double_mark_offsets_across_chunks(text: str, chunk: int) -> None:
    # (the text is read a chunk at a time, not copied whole: a mark at any chunk's edge)
    expected = [i for i, c in enumerate(text) if c in '"“”']
    size = _marks._MARK_CHUNK
    _marks._MARK_CHUNK = chunk
    try:
        assert list(_marks._double_mark_offsets(text)) == expected
    finally:
        _marks._MARK_CHUNK = size
