"""``python -m laborquotes``: the command-line interface."""

from ._cli import main

raise SystemExit(main())
