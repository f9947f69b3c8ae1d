"""``python -m factkit.batching INPUT... -o OUT``: the ``factkit batch`` command line itself.

One command line, one set of options and messages: this entry point hands its arguments to the
CLI's ``batch`` command.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from factkit.console import main as console_main

    console_main(["batch", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
