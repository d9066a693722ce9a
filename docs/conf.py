"""Sphinx configuration for the laborquotes docs."""

from __future__ import annotations

import laborquotes

project = "laborquotes"
author = "The laborquotes developers"
copyright = "2026, The laborquotes developers"
release = laborquotes.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
intersphinx_disabled_reftypes = ["*"]
nitpicky = False
html_theme = "furo"
html_title = "laborquotes"
