"""Sphinx configuration for the laborquotes docs.

Build: ``pip install '.[docs]'`` then
``sphinx-build -W --keep-going -n -b html docs docs/_build/html`` (and ``-b doctest``).
The build needs no network: there is no intersphinx, and references to the standard
library in signatures are left unlinked (``nitpick_ignore_regex``).
"""

from __future__ import annotations

from pathlib import Path

import laborquotes

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent

project = "laborquotes"
author = "The laborquotes developers"
copyright = "2026, The laborquotes developers"
release = laborquotes.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"

# Standard-library and typing names in signatures: no intersphinx (the build is offline).
nitpick_ignore_regex = [
    ("py:class", r"(datetime|typing|collections\.abc|csv|io|_io|enum|os|pathlib)\..+"),
    ("py:class", r"(re|regex|importlib\.\w+)\..+"),
    ("py:class", r"(dt\.date|dt\.datetime|TextIO|Hashable|Iterable|Mapping|Any)"),
    ("py:class", r"laborquotes\._\w+\.(_R|_Published|_Record)"),
]

# Doctests run from the repository root or anywhere else: EXAMPLE is the bundled article.
# Docstring examples pulled in by autodoc use the public names unqualified.
doctest_global_setup = f"""
from pathlib import Path
import laborquotes
from laborquotes import *
EXAMPLE = Path({str(ROOT / "examples" / "port-strike.txt")!r})
"""

# Publish the JSON Schema next to the pages (its $id points there).
html_extra_path = [str(ROOT / "src" / "laborquotes" / "article.schema.json")]

html_theme = "furo"
html_title = f"laborquotes {release}"
