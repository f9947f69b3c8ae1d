"""Record, or compare against, the outputs a refactor must not change.

    python scripts/snapshot_outputs.py record DIR     # before the change
    python scripts/snapshot_outputs.py compare DIR    # after: lists every differing file

For the seed article and the first 20 CNN/DM sample articles it writes what
`factkit claims --format json`, `factkit run --format json` and
`factkit verify --format json` print (the verify summary is the seed's planted-error
summary, and each CNN/DM article's reference highlights). The reports go through the
same public API and renderer the CLI uses, so a byte difference here is a difference a
user would see. `compare` exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "eval"
SEED_SUMMARY = (
    "The UN human rights chief said her office had counted at least 138 deaths among "
    "civilians in recent weeks. The State Department said the pullout is 95 percent complete."
)


def cases(limit: int) -> Iterator[tuple[str, str, str]]:
    """(name, article text, summary to verify) for the seed and the CNN/DM sample."""
    yield "seed", (ROOT / "data" / "seed_article.txt").read_text(encoding="utf-8"), SEED_SUMMARY
    sample = SHARED / "cnndm_sample.jsonl"
    if not sample.exists():
        print(f"note: {sample} is absent; only the seed is snapshotted", file=sys.stderr)
        return
    with sample.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index >= limit:
                break
            record = json.loads(line)
            yield f"cnndm{index:02d}", record["article"], record["highlights"]


def outputs(limit: int) -> dict[str, str]:
    """Every command's stdout, run in-process through the real typer app."""
    import tempfile

    from typer.testing import CliRunner

    from factkit.cli import app

    runner = CliRunner()
    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # Relative paths, so the report's source.path is the same in every run.
        home = os.getcwd()
        os.chdir(tmp)
        for name, text, summary in cases(limit):
            article, summary_file = Path(name + ".txt"), Path(name + ".summary.txt")
            article.write_text(text, encoding="utf-8")
            summary_file.write_text(summary, encoding="utf-8")
            commands = {
                "claims": ["claims", str(article), "--format", "json"],
                "run": ["run", str(article), "--format", "json"],
                "verify": [
                    "verify",
                    "--source",
                    str(article),
                    "--summary",
                    str(summary_file),
                    "-f",
                    "json",
                ],
            }
            for command, argv in commands.items():
                result = runner.invoke(app, argv)
                found[f"{name}.{command}.json"] = f"exit {result.exit_code}\n{result.stdout}"
        os.chdir(home)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=20, help="CNN/DM articles (default 20)")
    args = parser.parse_args()
    found = outputs(args.articles)
    if args.mode == "record":
        args.folder.mkdir(parents=True, exist_ok=True)
        for name, text in found.items():
            (args.folder / name).write_text(text, encoding="utf-8")
        print(f"recorded {len(found)} outputs in {args.folder}")
        return 0
    differing = 0
    for name, text in sorted(found.items()):
        path = args.folder / name
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        if before != text:
            differing += 1
            diff = difflib.unified_diff(
                before.splitlines(),
                text.splitlines(),
                "before/" + name,
                "after/" + name,
                lineterm="",
            )
            print("\n".join(list(diff)[:40]))
    print(f"{len(found) - differing} of {len(found)} outputs identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
