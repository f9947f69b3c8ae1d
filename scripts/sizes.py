"""Text sizes on the benches' command lines, read one way by every bench.

``5000`` is 5,000 characters; ``K``, ``M`` and ``G`` (either case) are powers of ten, as the
README's tables write sizes: ``120K`` is 120,000 characters and ``1.2M`` is 1,200,000, the long
test article's size. (Until stop 41 bench_scaling read ``K``/``M`` as powers of two and
bench_long_inputs as powers of ten, so the same ``--sizes 4M`` meant 4,194,304 characters to one
and 4,000,000 to the other.)
"""

from __future__ import annotations

import argparse

UNITS = {"K": 10**3, "M": 10**6, "G": 10**9}


def parse_size(text: str) -> int:
    """``120K`` -> 120000, ``1.2M`` -> 1200000, ``5000`` -> 5000 (characters).

    Raises ``argparse.ArgumentTypeError`` (argparse prints it as a usage error) for anything
    else, or for a size below one character."""
    word = text.strip().upper()
    scale = UNITS.get(word[-1:], 1)
    number = word[:-1] if word[-1:] in UNITS else word
    try:
        size = int(float(number) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 5000, 120K, 1.2M)") from None
    if size < 1:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (at least one character)")
    return size


def parse_sizes(text: str) -> list[int]:
    """``120K,400K,1.2M`` -> the sizes in characters, smallest first."""
    sizes = sorted(parse_size(part) for part in text.split(",") if part.strip())
    if not sizes:
        raise argparse.ArgumentTypeError(f"no sizes in {text!r} (e.g. 120K,400K,1.2M)")
    return sizes
