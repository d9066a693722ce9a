"""The public functions."""

from __future__ import annotations

import datetime as dt

import attrs

from . import _coref, _dateline, _furniture, _labour, _ledes, _people, _quotes, _speakers
from ._model import Article, Attribution, Dateline, Quote
from ._orgs import Registry, article_country
from ._text import check_text, coerce_published

__all__ = ["extract_quotes", "parse", "parse_attribution", "parse_dateline"]

_Published = dt.date | dt.datetime | str | None


def _published(text: str, published: _Published, func: str) -> dt.date | None:
    given = coerce_published(published, func)
    return given if given is not None else _dateline.read_metadata(text)


def parse_dateline(text: str, *, published: _Published = None) -> Dateline | None:
    """Return the dateline that opens the article's body, or ``None``.

    *published* (a ``date``, ``datetime`` or ISO string) fixes the year of a
    dateline that gives only month and day; without it, a leading metadata line
    such as ``date 2023-08-16`` is used.
    """
    text = check_text(text, "parse_dateline")
    return _dateline.find_dateline(text, _published(text, published, "parse_dateline"))


def parse(text: str, *, published: _Published = None, registry: Registry | None = None) -> Article:
    """Parse an article: its dateline, quotations, speakers, organizations and voices.

    *registry* (see :func:`load_registry`) replaces the built-in organization registry.
    """
    text = check_text(text, "parse")
    article = analyse(text, _published(text, published, "parse"), _registry(registry))
    return _with_furniture(text, article)


def _with_furniture(text: str, article: Article) -> Article:
    """The article with the headline and byline above its body (or its dateline)."""
    start = _dateline.metadata_end(text)
    stop = article.dateline.span.start if article.dateline is not None else None
    top = _furniture.find_furniture(text, start=start, stop=stop)
    if top.headline is None and top.byline is None:
        return article
    headline = " ".join(top.headline.slice(text).split()) if top.headline is not None else None
    return attrs.evolve(article, headline=headline, headline_span=top.headline, byline=top.byline)


def analyse(text: str, published: dt.date | None, registry: Registry | None) -> Article:
    """Dateline, quotes, organizations and voices of *text* (checked arguments)."""
    pub = published if published is not None else _dateline.read_metadata(text)
    dateline = _dateline.find_dateline(text, pub)
    reference = dateline.date if dateline is not None and dateline.date is not None else pub
    warnings: list[str] = []
    try:
        with article_country(text, dateline.country if dateline is not None else None):
            lead = dateline.body_start if dateline is not None else 0
            quotes = _quotes.find_quotes(text, reference, warnings, lead=lead)
            quotes = _ledes.with_lede_titles(text, quotes, lead)
            found = _labour.enrich_article(text, quotes, registry=registry, place=_city(dateline))
            # (the records it replaced go now, not after the cast: a long text has
            # thousands, which the garbage collector would go on counting)
            del quotes
            linked, people = _people.build_cast(
                text, found.quotes, found.organizations, disputed=found.dispute is not None
            )
    finally:
        _speakers.clear_cache()  # the text's subjects: no use for the next text
        _coref.forget_long_text()  # (nor the places of its names: no text is held)
    # Counted after the cast, which may give a speaker the person's role (a politician).
    voices = _labour.summarize_voices(linked, found.resolved)
    return Article(
        dateline=dateline,
        quotes=linked,
        organizations=found.organizations,
        people=people,
        voices=voices,
        published=pub,
        text=text,
        warnings=tuple(warnings),
        dispute=found.dispute,
    )


def _city(dateline: Dateline | None) -> tuple[int, int] | None:
    """The span of the dateline's city, when the dateline opens with it."""
    if dateline is None or not dateline.city or not dateline.text.startswith(dateline.city):
        return None
    return dateline.span.start, dateline.span.start + len(dateline.city)


def extract_quotes(
    text: str, *, published: _Published = None, registry: Registry | None = None
) -> list[Quote]:
    """Return the article's quotations in text order; the same as ``parse(text).quotes``."""
    text = check_text(text, "extract_quotes")
    return list(parse(text, published=published, registry=registry).quotes)


def parse_attribution(text: str, *, registry: Registry | None = None) -> Attribution | None:
    """Parse a stand-alone attribution such as ``said Jane Doe, president of Local 7.``"""
    text = check_text(text, "parse_attribution")
    try:
        found = _quotes.find_attribution(text)
    finally:
        _speakers.clear_cache()
    with article_country(text, None):
        return _labour.enrich_attribution(text, found, registry=_registry(registry))


def check_registry(registry: object) -> Registry | None:
    """*registry* if it is a :class:`Registry` or ``None``; a clear ``TypeError`` otherwise."""
    return _registry(registry)


def _registry(registry: object) -> Registry | None:
    if registry is None or isinstance(registry, Registry):
        return registry
    raise TypeError(
        f"registry must be a laborquotes.Registry or None, got {type(registry).__name__}"
    )
