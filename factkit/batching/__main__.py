"""``python -m factkit.batching INPUT... -o OUT``: the batch runner without the main CLI."""

from __future__ import annotations

import argparse
import sys

from factkit.batching.runner import batch_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factkit.batching",
        description="Analyse many articles into one JSON report a line.",
    )
    parser.add_argument("inputs", nargs="+", help="files, folders, globs, JSONL, or -")
    parser.add_argument("-o", "--output", required=True, help="JSONL output file")
    parser.add_argument("-c", "--config", help="config YAML")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("-w", "--workers", type=int)
    parser.add_argument("--engine", choices=["local", "dask", "serial"])
    parser.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786)")
    parser.add_argument("--resume", action="store_true", help="skip ids already in OUTPUT")
    parser.add_argument("--errors", help="errors JSONL (default: OUTPUT.errors.jsonl)")
    parser.add_argument("--markdown-dir", help="also write one Markdown checklist per article here")
    parser.add_argument("--ordered", action="store_true", default=None, help="write in input order")
    parser.add_argument("--no-progress", dest="progress", action="store_false", default=None)
    args = parser.parse_args(argv)
    return batch_command(
        args.inputs,
        args.output,
        config_path=args.config,
        overrides=args.overrides,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        resume=args.resume,
        errors=args.errors,
        markdown_dir=args.markdown_dir,
        ordered=args.ordered,
        progress=args.progress,
    )


if __name__ == "__main__":
    sys.exit(main())
