"""The local process pool: what a caller is told when its workers cannot start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.batching.articles import CLAIMS_ONLY, write_jsonl_articles


def test_a_script_without_the_main_guard_is_told_to_add_one(tmp_path: Path) -> None:
    # spawn re-imports the calling script in each worker, which calls factkit.batch again
    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, 2)
    script = tmp_path / "no_guard.py"
    script.write_text(
        "import factkit\n"
        f"factkit.batch([{str(data)!r}], {str(tmp_path / 'out.jsonl')!r}, workers=2,\n"
        f"              config=factkit.load_config(None, {CLAIMS_ONLY!r}))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert "a script that calls factkit.batch needs an `if __name__ == '__main__':` guard" in last
