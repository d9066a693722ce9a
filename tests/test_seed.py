"""Golden test: the seed article (a local-TV story on the 2023 SAG-AFTRA strike)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import laborquotes as lq


def _long_direct(quotes: list[lq.Quote]) -> list[lq.Quote]:
    return [q for q in quotes if q.kind is lq.QuoteKind.DIRECT and len(q.text.split()) >= 3]


def test_seed_dateline(seed_text: str) -> None:
    d = lq.parse(seed_text).dateline
    assert d is not None
    assert d.city is not None
    assert d.city.lower() == "burbank"
    assert d.region == "California"
    assert d.state_code == "CA"
    assert d.country == "US"
    assert d.agencies == ("CBS", "KYMA", "KECY")
    assert d.date == dt.date(2023, 8, 16)
    assert seed_text[d.span.start : d.span.end] == d.text


def test_seed_quotes(seed_text: str) -> None:
    article = lq.parse(seed_text)
    direct = _long_direct(list(article.quotes))
    speakers = [q.attribution.speaker.name if q.attribution else None for q in direct]
    assert speakers == ["Jeff Tores", "Jeff Tores", "Peter Kiefer", "Jeff Tores"]
    tores = direct[0].attribution
    assert tores is not None
    assert tores.speaker.organization == "SAG-AFTRA"
    kiefer = direct[2].attribution
    assert kiefer is not None
    assert kiefer.speaker.title is not None
    assert "staff writer" in kiefer.speaker.title
    assert kiefer.speaker.organization == "The Ankler"
    assert lq.extract_quotes(seed_text) == list(article.quotes)


def test_seed_spans_slice_back(seed_text: str) -> None:
    for q in lq.parse(seed_text).quotes:
        assert seed_text[q.span.start : q.span.end] == q.text
        if q.attribution is not None:
            a = q.attribution
            assert 0 <= a.source_span.start <= a.source_span.end <= len(seed_text)
            if a.cue is not None and a.cue_span is not None:
                assert seed_text[a.cue_span.start : a.cue_span.end] == a.cue


def test_seed_through_cli(seed_text: str, tmp_path: object) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "laborquotes", "-"],
        input=seed_text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    doc = json.loads(out.stdout)
    assert doc["dateline"]["state_code"] == "CA"
    assert doc["dateline"]["agencies"] == ["CBS", "KYMA", "KECY"]
    assert doc["dateline"]["date"] == "2023-08-16"
    direct = [q for q in doc["quotes"] if q["kind"] == "direct" and len(q["text"].split()) >= 3]
    assert [q["attribution"]["speaker"]["name"] for q in direct] == [
        "Jeff Tores",
        "Jeff Tores",
        "Peter Kiefer",
        "Jeff Tores",
    ]
