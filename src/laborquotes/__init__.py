"""laborquotes: datelines, quotations and who said them, from the text of news articles.

>>> import laborquotes
>>> q = laborquotes.extract_quotes('"We will not back down," said Ana Ruiz, president of Local 7.')
>>> q[0].text, q[0].attribution.speaker.name
('We will not back down,', 'Ana Ruiz')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._api import extract_quotes, parse, parse_attribution, parse_dateline
from ._labour import display_name
from ._model import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Dispute,
    DisputeAction,
    Mention,
    MentionKind,
    Organization,
    OrgKind,
    Person,
    Quote,
    QuoteKind,
    Role,
    Span,
    Speaker,
    VoiceCount,
    Voices,
)
from ._org_names import OrgMention
from ._orgs import OrgEntry, Registry, find_organizations, load_registry

if TYPE_CHECKING:
    from ._exports import read_export
    from ._html import page_html
    from ._records import RECORD_DTYPES, RECORD_FIELDS, records, write_csv

#: Public names whose modules load on first use (archive exports, HTML, flat records):
#: ``import laborquotes`` stays fast for a process that only parses.
_LAZY = {
    "RECORD_DTYPES": "_records",
    "RECORD_FIELDS": "_records",
    "page_html": "_html",
    "read_export": "_exports",
    "records": "_records",
    "write_csv": "_records",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'laborquotes' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # (found here next time, without this hook)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__version__ = "0.2.0"

__all__ = [
    "RECORD_DTYPES",
    "RECORD_FIELDS",
    "Article",
    "Attribution",
    "Byline",
    "Dateline",
    "Dispute",
    "DisputeAction",
    "Mention",
    "MentionKind",
    "OrgEntry",
    "OrgKind",
    "OrgMention",
    "Organization",
    "Person",
    "Quote",
    "QuoteKind",
    "Registry",
    "Role",
    "Span",
    "Speaker",
    "VoiceCount",
    "Voices",
    "__version__",
    "display_name",
    "extract_quotes",
    "find_organizations",
    "load_registry",
    "page_html",
    "parse",
    "parse_attribution",
    "parse_dateline",
    "read_export",
    "records",
    "write_csv",
]
