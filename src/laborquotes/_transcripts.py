"""Interviews printed as a transcript: each turn is a report of its speaker's words.

Two layouts, read paragraph by paragraph:

- turns labelled with the speaker's surname in capitals and a colon (``HOLLOWAY: Why
  now?`` / ``McKENZIE: Because ...``), two turns at least: each turn is its speaker's,
  the person the article names in full with that surname before it (``Kate Holloway``);
  a label that names no one (``UPDATE:``) is no turn, and two speakers at least make a
  transcript;
- questions and answers (``Q: ...`` / ``A: ...``), two of each at least: each answer is
  the interviewee's, the person the paragraphs before the first question introduce as
  the one interviewed (``The Star sat down with organiser Alana Colquhoun``,
  ``Ana Ruiz spoke to the Courier``); the questions are the outlet's, no one's quotation.

Turns are found here, before the other reported speech (:mod:`._indirect` reads none
inside them), and handed on as :class:`~._indirect.Reported` clauses whose cue is
:attr:`~._attribution.How.TRANSCRIPT`: records of kind ``indirect``, as words that no
quotation marks enclose are (:class:`~laborquotes.QuoteKind`), with the colon as their
cue. Each paragraph is read once; each label's name is looked for once, before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._attribution import Cue, How
from ._marks import Structure
from ._patterns import lazy
from ._speakers import Cand, Kind, speaker_forward
from ._vocab import INTERVIEW_LEADS

__all__ = ["TranscriptTurn", "transcript_turns"]

#: A turn's label: a surname in capitals (``HOLLOWAY``, ``McKENZIE``, ``O'BRIEN``), up to
#: three words, or ``Q``/``A``; then a colon and the turn's words on the same line.
_TURN = r"""
    [ \t]*+
    (?P<label>
        (?: Mc | Mac | O['’] )?+ \p{Lu}{2,}+ (?: [\-'’] \p{Lu}++ )*+
        (?: [ ] (?: Mc | Mac | O['’] )?+ \p{Lu}{2,}+ (?: [\-'’] \p{Lu}++ )*+ ){0,2}+
      | [QA]
    )
    [ \t]*+ (?P<colon> : ) [ \t]++ (?= \S )
"""
#: How far before the first question the interviewee is looked for (a headline's ``Q&A
#: with ...`` and the paragraphs that introduce the interview).
_INTERVIEW_REACH = 3000
#: A transcript has at least this many turns of each kind it uses.
_MIN_TURNS = 2
#: At most this many speakers' names are looked for, and this many mentions of each (or
#: interview words) read, so that a text of many labels stays linear.
_MAX_SPEAKERS = 12
_MAX_TRIES = 20


@lazy
def _turn_re() -> str:
    return _TURN


@lazy
def _interview_re() -> str:
    leads = "|".join(w.replace(" ", r"[ \t]++") for w in INTERVIEW_LEADS)
    return rf"(?i:(?<![\w-])(?:{leads}))[ \t]++"


class TranscriptTurn:
    """One turn: the words ``text[start:end]`` and the cue of the speaker who says them."""

    __slots__ = ("cue", "end", "start")

    def __init__(self, start: int, end: int, cue: Cue) -> None:
        self.start = start
        self.end = end
        self.cue = cue


def _labelled(text: str, st: Structure) -> Iterator[tuple[int, int, int, int, str]]:
    """Every paragraph that opens with a turn's label: where its label starts, where its
    colon stands, where its words start and end, and the label."""
    for p, pe in zip(st.para_starts, st.para_ends, strict=True):
        m = _turn_re().match(text, p, pe)
        if m is None:
            continue
        line_end = text.find("\n", m.end(), pe)
        end = pe if line_end < 0 else line_end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        yield m.start("label"), m.start("colon"), m.end(), end, m.group("label")


def transcript_turns(text: str, st: Structure) -> list[TranscriptTurn]:
    """The turns of the transcripts in *text*, in text order (none when it has none)."""
    found = list(_labelled(text, st))
    named = [t for t in found if t[4] not in ("Q", "A")]
    asked = [t for t in found if t[4] == "Q"]
    answered = [t for t in found if t[4] == "A"]
    out: list[TranscriptTurn] = []
    if len(named) >= _MIN_TURNS and len({t[4] for t in named}) > 1:
        people: dict[str, Cand | None] = {}
        for ls, colon, a, b, label in named:
            if label not in people:
                # (a bounded number of speakers is looked for: each is a scan before it)
                found_by = len(people) < _MAX_SPEAKERS
                people[label] = _named_by(text, label, ls) if found_by else None
            cand = people[label]
            if cand is not None:
                out.append(TranscriptTurn(a, b, Cue(cand, colon, colon + 1, How.TRANSCRIPT)))
        if len({people[t[4]] for t in named if people[t[4]] is not None}) < _MIN_TURNS:
            out = []  # (one speaker named: no transcript, a line or two with a label)
    if len(asked) >= _MIN_TURNS and len(answered) >= _MIN_TURNS:
        guest = _interviewee(text, asked[0][0])
        if guest is not None:
            out.extend(
                TranscriptTurn(a, b, Cue(guest, colon, colon + 1, How.TRANSCRIPT))
                for _, colon, a, b, _ in answered
            )
    out.sort(key=lambda t: t.start)
    return out


def _named_by(text: str, label: str, at: int) -> Cand | None:
    """The person a label names: the first mention of a name that ends in the label's
    surname written in its usual case (``Kate Holloway`` for ``HOLLOWAY``), read as a
    speaker phrase; else ``None`` (``UPDATE:``, ``CORRECTION:`` name no one)."""
    surname = label.split()[-1]
    written = _usual_case(surname)
    pos = text.find(" " + written, 0, at)
    for _ in range(_MAX_TRIES):
        if pos < 0:
            break
        word_start = pos
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        if text[word_start:pos][:1].isupper():
            cand = speaker_forward(text, word_start, pos + 1 + len(written))
            if cand is not None and cand.kind is Kind.PERSON and cand.end >= pos + len(written):
                return cand
        pos = text.find(" " + written, pos + 1, at)
    return None


def _usual_case(surname: str) -> str:
    """``HOLLOWAY`` -> ``Holloway``, ``McKENZIE`` -> ``McKenzie``, ``O'BRIEN`` -> ``O'Brien``."""
    for prefix in ("Mc", "Mac", "O'", "O’"):
        if surname.startswith(prefix) and surname[len(prefix) :].isupper():
            return prefix + surname[len(prefix) :].capitalize()
    return "-".join(part.capitalize() for part in surname.split("-"))


def _interviewee(text: str, first_question: int) -> Cand | None:
    """The person the paragraphs before the first question introduce as interviewed:
    of the people named after an interview's words there (``Q&A with Vice President Ana
    Ruiz``, ``The Star sat down with organiser Ana Ruiz``), the one whose surname the
    text writes most (``Ruiz spoke with the Post's Tom Lee``: the guest is the one the
    article is about, not the interviewer)."""
    lo = max(0, first_question - _INTERVIEW_REACH)
    best: tuple[int, Cand] | None = None
    for k, m in enumerate(_interview_re().finditer(text, lo, first_question)):
        if k == _MAX_TRIES:
            break
        end = _sentence_end(text, m.end(), first_question)
        cand = speaker_forward(text, m.end(), end)
        if cand is None or cand.kind is not Kind.PERSON:
            continue
        mentions = text.count(" " + cand.name.split()[-1])
        if best is None or mentions > best[0]:
            best = (mentions, cand)
    return None if best is None else best[1]


def _sentence_end(text: str, start: int, stop: int) -> int:
    """Where the sentence or the line that runs from *start* ends, before *stop*."""
    m = _sentence_end_re().search(text, start, stop)
    return stop if m is None else m.start()


@lazy
def _sentence_end_re() -> str:
    return r"(?<! \b \p{Lu} ) [.!?] (?= \s ) | \n"
