"""``python -m factkit.cli ...``: the command line without the console script's early Ctrl-C
handler (the tests and benchmarks run it this way)."""

from __future__ import annotations

from factkit.cli.entry import main

if __name__ == "__main__":
    main()
