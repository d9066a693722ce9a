"""Flat rows, one per quotation, for data frames and CSV files.

:func:`records` turns parsed articles into plain dicts whose values are ``str``,
``int``, ``bool``, :class:`datetime.date` or ``None``, so they go straight into
``pandas.DataFrame(rows)`` or :class:`csv.DictWriter` without this package
depending on pandas.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Hashable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, TextIO

from ._model import Article, Quote

__all__ = [
    "AGENCY_SEPARATOR",
    "AUTHOR_SEPARATOR",
    "RECORD_DTYPES",
    "RECORD_FIELDS",
    "csv_cells",
    "records",
    "write_csv",
]

#: The columns of a row, in order (also the CSV header).
RECORD_FIELDS: tuple[str, ...] = (
    "article_id",
    "quote_index",
    "kind",
    "quote_text",
    "quote_start",
    "quote_end",
    "speaker",
    "title",
    "organization",
    "role",
    "is_group",
    "cue",
    "source_start",
    "source_end",
    "attribution_date",
    "dateline_city",
    "dateline_region",
    "dateline_state_code",
    "dateline_country",
    "dateline_agencies",
    "dateline_date",
    "published",
    # Columns added later go at the end: code that reads columns by position keeps working.
    "headline",
    "byline_authors",
    "byline_agency",
    "outlet",
    "speaker_display",
    "person",
    "dispute_action",
)

_STRING, _INT, _BOOL, _DATE = "string", "Int64", "boolean", "datetime64[s]"

#: Each column's pandas dtype, for ``DataFrame(rows).astype(dict(RECORD_DTYPES))``: nullable
#: strings, integers and booleans, and dates as ``datetime64[s]``; each maps to an Arrow
#: (Parquet) type. ``article_id`` is a string column whatever the ids were.
RECORD_DTYPES: Mapping[str, str] = MappingProxyType(
    {
        "article_id": _STRING,
        "quote_index": _INT,
        "kind": _STRING,
        "quote_text": _STRING,
        "quote_start": _INT,
        "quote_end": _INT,
        "speaker": _STRING,
        "title": _STRING,
        "organization": _STRING,
        "role": _STRING,
        "is_group": _BOOL,
        "cue": _STRING,
        "source_start": _INT,
        "source_end": _INT,
        "attribution_date": _DATE,
        "dateline_city": _STRING,
        "dateline_region": _STRING,
        "dateline_state_code": _STRING,
        "dateline_country": _STRING,
        "dateline_agencies": _STRING,
        "dateline_date": _DATE,
        "published": _DATE,
        "headline": _STRING,
        "byline_authors": _STRING,
        "byline_agency": _STRING,
        "outlet": _STRING,
        "speaker_display": _STRING,
        "person": _STRING,
        "dispute_action": _STRING,
    }
)

#: Joins a dateline's agencies into the single ``dateline_agencies`` cell.
AGENCY_SEPARATOR = ","
#: Joins a byline's authors into the single ``byline_authors`` cell (a name may hold a
#: comma, as in ``Doe, Jane``).
AUTHOR_SEPARATOR = "; "


def _pairs(articles: Any) -> Iterable[tuple[Hashable, Article]]:
    if isinstance(articles, Article):
        yield 0, articles
        return
    if isinstance(articles, str | bytes | bytearray | Mapping):
        raise TypeError(
            f"records() needs an iterable of Article or of (id, Article) pairs, "
            f"got {type(articles).__name__}; parse the text with laborquotes.parse() first"
        )
    try:
        items = iter(articles)
    except TypeError:
        raise TypeError(
            f"records() needs an iterable of Article or of (id, Article) pairs, "
            f"got {type(articles).__name__}"
        ) from None
    for index, item in enumerate(items):
        if isinstance(item, Article):
            yield index, item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Article):
            yield item[0], item[1]
        else:
            raise TypeError(
                f"records(): item {index} is {type(item).__name__}, "
                "expected an Article or an (id, Article) pair"
            )


def _quote_cells(index: int | None, quote: Quote | None) -> dict[str, Any]:
    attribution = quote.attribution if quote is not None else None
    speaker = attribution.speaker if attribution is not None else None
    return {
        "quote_index": index,
        "kind": quote.kind.value if quote is not None else None,
        "quote_text": quote.text if quote is not None else None,
        "quote_start": quote.span.start if quote is not None else None,
        "quote_end": quote.span.end if quote is not None else None,
        "speaker": speaker.name if speaker is not None else None,
        "title": speaker.title if speaker is not None else None,
        "organization": speaker.organization if speaker is not None else None,
        "role": speaker.role.value if speaker is not None and speaker.role is not None else None,
        "is_group": speaker.is_group if speaker is not None else None,
        "cue": attribution.cue if attribution is not None else None,
        "source_start": attribution.source_span.start if attribution is not None else None,
        "source_end": attribution.source_span.end if attribution is not None else None,
        "attribution_date": attribution.date if attribution is not None else None,
        "speaker_display": speaker.display_name if speaker is not None else None,
    }


def _person_name(article: Article, quote: Quote | None) -> str | None:
    """The canonical name of the quote's speaker in the article's cast."""
    attribution = quote.attribution if quote is not None else None
    index = attribution.speaker.person if attribution is not None else None
    if index is None or not 0 <= index < len(article.people):
        return None
    return article.people[index].name


def _article_cells(article: Article) -> dict[str, Any]:
    dateline, byline = article.dateline, article.byline
    return {
        "dateline_city": dateline.city if dateline is not None else None,
        "dateline_region": dateline.region if dateline is not None else None,
        "dateline_state_code": dateline.state_code if dateline is not None else None,
        "dateline_country": dateline.country if dateline is not None else None,
        "dateline_agencies": (
            AGENCY_SEPARATOR.join(dateline.agencies) if dateline is not None else None
        ),
        "dateline_date": dateline.date if dateline is not None else None,
        "published": article.published,
        "headline": article.headline,
        "byline_authors": AUTHOR_SEPARATOR.join(byline.authors) if byline is not None else None,
        "byline_agency": byline.agency if byline is not None else None,
        "outlet": article.outlet,
        "dispute_action": article.dispute.action.value if article.dispute is not None else None,
    }


def records(
    articles: Iterable[Article] | Iterable[tuple[Hashable, Article]],
    *,
    empty_rows: bool = False,
) -> list[dict[str, Any]]:
    """Return one flat row per quotation, in article order then text order.

    *articles* is an iterable of :class:`Article` (the id of each is its position,
    from 0) or of ``(id, Article)`` pairs (the id is kept as given); a single
    ``Article`` is accepted too. An article without quotations gives no row, or, with
    *empty_rows*, one row whose quotation columns (``quote_index`` to
    ``attribution_date``) are ``None``, so that every article is counted.

    Each row is a dict with the keys of :data:`~laborquotes.RECORD_FIELDS`, in that order:
    ``quote_start``/``quote_end`` and ``source_start``/``source_end`` are the
    offsets of the quotation and of the speaker as written; the columns about
    the speaker are ``None`` for an unattributed quotation, the dateline columns
    ``None`` when the article has no dateline, likewise the headline, byline and outlet
    columns; dates are :class:`datetime.date`.
    :data:`~laborquotes.RECORD_DTYPES` gives each column's pandas dtype.

    >>> import laborquotes
    >>> article = laborquotes.Article(quotes=(laborquotes.Quote(
    ...     text="We win", span=laborquotes.Span(start=1, end=7),
    ...     kind=laborquotes.QuoteKind.DIRECT),))
    >>> row = laborquotes.records([("a1", article)])[0]
    >>> row["article_id"], row["kind"], row["quote_text"], row["speaker"]
    ('a1', 'direct', 'We win', None)
    >>> [r["quote_index"] for r in laborquotes.records([laborquotes.Article()], empty_rows=True)]
    [None]
    """
    rows: list[dict[str, Any]] = []
    for article_id, article in _pairs(articles):
        cells = _article_cells(article)
        pairs: Iterable[tuple[int | None, Quote | None]] = enumerate(article.quotes)
        if empty_rows and not article.quotes:
            pairs = [(None, None)]
        for index, quote in pairs:
            row = {"article_id": article_id, **_quote_cells(index, quote), **cells}
            row["person"] = _person_name(article, quote)
            rows.append({key: row[key] for key in RECORD_FIELDS})
    return rows


class _Lines:
    """Hands the csv writer's rows on to *stream* with ``\\n`` in place of ``\\r\\n``.

    The writer is given ``\\r\\n`` as its line terminator because it quotes every field that
    holds a character of the terminator: with ``\\n`` alone, a bare CR in a field would be
    written unquoted and read back as a line break. Each row reaches ``write`` whole.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, row: str) -> object:
        if row.endswith("\r\n"):
            row = row[:-2] + "\n"
        return self.stream.write(row)


def write_csv(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write *rows* (from :func:`records`) as CSV with a header; return the number of rows.

    Columns follow :data:`~laborquotes.RECORD_FIELDS`; ``None`` is written as an empty cell and
    dates in ISO format. Lines end with ``\\n``; a field that holds a CR, a LF, a comma or a
    double quote is quoted, so it reads back exactly (open files with ``newline=""``). On
    Python 3.10, whose csv writer cannot write a NUL character, a NUL is written as U+FFFD.
    """
    writer = csv.DictWriter(_Lines(stream), fieldnames=RECORD_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(csv_cells(row))
        count += 1
    return count


#: Python 3.10's csv writer cannot write a NUL character (3.11's can).
_CSV_WRITES_NUL = sys.version_info >= (3, 11)


def csv_cells(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """*row* as the csv writer can write it: on Python 3.10, whose writer cannot write a
    NUL character, each NUL of a text cell becomes U+FFFD (on 3.11 and later the row is
    written as it is)."""
    if _CSV_WRITES_NUL or not any(isinstance(v, str) and "\x00" in v for v in row.values()):
        return row
    return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v for k, v in row.items()}
