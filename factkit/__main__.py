"""``python -m factkit ...``: the ``factkit`` command line, for environments where the console
script is not on PATH (a virtualenv that is not activated, ``python -m`` in notebooks and CI)."""

from __future__ import annotations

from factkit.console import main

if __name__ == "__main__":
    main()
