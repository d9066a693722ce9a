"""A placeholder HTML page for ``laborquotes --format html`` (the full view replaces it).

``page_html(items)`` takes ``(label, article)`` pairs, each article parsed with its ``text``
set, and returns one self-contained HTML page: a heading per label and the escaped text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ._model import Article

__all__ = ["page_html"]


def page_html(items: Sequence[tuple[str, Article]]) -> str:
    """Return one HTML page with a ``<h2>`` per label and the article text in ``<pre>``."""
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        "<title>laborquotes</title></head>\n<body>\n"
    ]
    for label, article in items:
        parts.append(f"<h2>{html.escape(label)}</h2>\n")
        parts.append(f"<pre>{html.escape(article.text or '')}</pre>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)
