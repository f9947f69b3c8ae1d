"""Regenerate configs/default.yaml and the packaged factkit/default.yaml from factkit/config.py."""

from __future__ import annotations

from pathlib import Path

from factkit.config import render_default_yaml

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    text = render_default_yaml()
    for target in (ROOT / "configs" / "default.yaml", ROOT / "factkit" / "default.yaml"):
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
