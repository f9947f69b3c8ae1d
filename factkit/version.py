"""The package version, one definition: the package, ``factkit --version`` and the server read it
here (pyproject.toml holds the same number for the build)."""

from __future__ import annotations

__version__ = "0.1.0"
