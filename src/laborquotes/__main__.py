"""``python -m laborquotes``: the command-line interface."""

from ._cli import main

if __name__ == "__main__":  # not when a worker process re-imports the main module
    raise SystemExit(main())
