"""laborquotes: datelines, quotations and who said them, from the text of news articles.

>>> import laborquotes
>>> q = laborquotes.extract_quotes('"We will not back down," said Ana Ruiz, president of Local 7.')
>>> q[0].text, q[0].attribution.speaker.name
('We will not back down,', 'Ana Ruiz')
"""

from __future__ import annotations

from ._api import extract_quotes, parse, parse_attribution, parse_dateline
from ._exports import read_export
from ._html import page_html
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
from ._records import RECORD_DTYPES, RECORD_FIELDS, records, write_csv

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
