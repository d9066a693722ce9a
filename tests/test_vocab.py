"""The word tables of :mod:`laborquotes._vocab`: sorted, each word once, and apart where
two tables must not share a word."""

from __future__ import annotations

import pytest

from laborquotes import _vocab as V


def _tables() -> dict[str, object]:
    return {
        name: value
        for name in dir(V)
        if name.lstrip("_").isupper() and isinstance(value := getattr(V, name), tuple | dict)
    }


def _entries(value: object) -> list[object]:
    if isinstance(value, dict):
        return list(value)
    assert isinstance(value, tuple)
    return list(value)


TABLES = _tables()


def test_there_are_tables() -> None:
    assert len(TABLES) > 60
    assert {"TITLE_NOUNS", "PRONOUNS", "_PHRASAL_PAST"} <= set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_is_sorted_and_unique(name: str) -> None:
    entries = _entries(TABLES[name])
    assert entries, f"{name} is empty"
    assert len(set(entries)) == len(entries), f"{name} repeats an entry"
    assert entries == sorted(entries), f"{name} is not sorted"  # type: ignore[type-var]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_entries_have_no_stray_white_space(name: str) -> None:
    for entry in _entries(TABLES[name]):
        for word in entry if isinstance(entry, tuple) else (entry,):
            assert isinstance(word, str)
            assert word, name
            assert word == word.strip(), (name, word)
            assert "  " not in word, (name, word)


# (table, table, words both may hold and why). Words are compared as written.
DISJOINT = [
    ("verb forms", V.verb_forms(), "TITLE_NOUNS", V.TITLE_NOUNS, {"volunteer"}),
    ("verb forms", V.verb_forms(), "HONORIFICS", V.HONORIFICS, set()),
    ("INVERTING_VERBS", V.INVERTING_VERBS, "TITLE_NOUNS", V.TITLE_NOUNS, set()),
    ("TITLE_NOUNS", V.TITLE_NOUNS, "HONORIFICS", V.HONORIFICS, set()),
    # ``June`` opens a sentence as a month far more often than as a name.
    ("NAME_STOPWORDS", V.NAME_STOPWORDS, "FEMALE_FIRST_NAMES", V.FEMALE_FIRST_NAMES, {"June"}),
    ("NAME_STOPWORDS", V.NAME_STOPWORDS, "MALE_FIRST_NAMES", V.MALE_FIRST_NAMES, set()),
    ("NAME_STOPWORDS", V.NAME_STOPWORDS, "NAME_PARTICLES", V.NAME_PARTICLES, set()),
    ("NAME_STOPWORDS", V.NAME_STOPWORDS, "ORG_WORDS", V.ORG_WORDS, set()),
    ("FEMALE_FIRST_NAMES", V.FEMALE_FIRST_NAMES, "MALE_FIRST_NAMES", V.MALE_FIRST_NAMES, set()),
    ("FEMALE_WORDS", V.FEMALE_WORDS, "MALE_WORDS", V.MALE_WORDS, set()),
    ("FUNCTION_WORDS", V.FUNCTION_WORDS, "TITLE_NOUNS", V.TITLE_NOUNS, set()),
    ("FUNCTION_WORDS", V.FUNCTION_WORDS, "GROUP_NOUNS", V.GROUP_NOUNS, set()),
    ("APPOSITIVE_STOPS", V.APPOSITIVE_STOPS, "TITLE_NOUNS", V.TITLE_NOUNS, set()),
    ("WEEKDAYS", V.WEEKDAYS, "NAME_TRAIL_STOPS", V.NAME_TRAIL_STOPS, set()),
    ("WEEKDAYS", V.WEEKDAYS, "AFTER_VERB_ADVERBS", V.AFTER_VERB_ADVERBS, set()),
]


@pytest.mark.parametrize(
    ("name_a", "a", "name_b", "b", "allowed"),
    DISJOINT,
    ids=[f"{row[0]}-{row[2]}" for row in DISJOINT],
)
def test_tables_that_must_be_apart_are(
    name_a: str, a: object, name_b: str, b: object, allowed: set[str]
) -> None:
    shared = set(a) & set(b)  # type: ignore[call-overload]
    assert shared == allowed, f"{name_a} and {name_b} share {sorted(shared - allowed)}"


def test_according_to_is_an_attribution_phrase() -> None:
    assert V.ATTRIBUTION_PHRASES[0] == V.ACCORDING_TO == "according to"


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", {"say", "says", "said", "saying"}),
        ("quip", {"quip", "quips", "quipped", "quipping"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("write", {"write", "writes", "wrote", "written", "writing"}),
    ],
)
def test_verb_forms(lemma: str, forms: set[str]) -> None:
    assert forms <= V.verb_forms((lemma,))


# (table, the table that must hold all of it)
SUBSETS = [
    ("COURTESY_HONORIFICS", V.COURTESY_HONORIFICS, "HONORIFICS", V.HONORIFICS),
    ("HONOURS", V.HONOURS, "HONORIFICS", V.HONORIFICS),
    ("HONOURS", V.HONOURS, "FEMALE_WORDS + MALE_WORDS", (*V.FEMALE_WORDS, *V.MALE_WORDS)),
]


@pytest.mark.parametrize(
    ("name_a", "a", "name_b", "b"), SUBSETS, ids=[f"{row[0]}-{row[2]}" for row in SUBSETS]
)
def test_tables_that_must_be_held_are(name_a: str, a: object, name_b: str, b: object) -> None:
    missing = set(a) - set(b)  # type: ignore[call-overload]
    assert not missing, f"{name_b} lacks {sorted(missing)} of {name_a}"


def test_honorifics_are_courtesy_or_honour_not_both() -> None:
    assert not set(V.COURTESY_HONORIFICS) & set(V.HONOURS)


@pytest.mark.parametrize("word", ["Mr", "Mrs", "Ms", "Dr", "Prof", "Rev"])
def test_courtesy_honorifics_come_with_and_without_a_stop(word: str) -> None:
    assert {word, f"{word}."} <= set(V.COURTESY_HONORIFICS)


@pytest.mark.parametrize("word", ["Cllr", "Sgt", "Insp", "Supt"])
def test_abbreviated_offices_come_with_and_without_a_stop(word: str) -> None:
    assert {word, f"{word}."} <= set(V.ABBREVIATED_TITLES)
    assert not {word, f"{word}."} & set(V.COURTESY_HONORIFICS)


def test_legislator_letters_are_upper_case() -> None:
    assert all(w.isupper() for w in V.LEGISLATOR_POSTNOMINALS)
