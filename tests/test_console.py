"""The console script: a Ctrl-C while the command line is still being imported is one line and
exit 130, not a KeyboardInterrupt traceback and a death by the signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SEED_PATH, run_python

# The console script's own code, as pip writes it: the factkit package (light) and this module
# are imported; "ready" marks that point, from which on every Ctrl-C is factkit's to report.
CONSOLE_SCRIPT = """
import sys
from factkit.console import main
sys.stdout.write("ready\\n")
sys.stdout.flush()
main()
"""


def _foreground_job() -> None:
    """SIGINT as a terminal's foreground job has it (a background pytest inherits it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("delay", [0.0, 0.1, 0.2, 0.3, 0.4, 0.5])
def test_a_ctrl_c_while_the_cli_is_imported_is_one_line_and_exit_130(delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CONSOLE_SCRIPT, "claims", str(SEED_PATH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=_foreground_job,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "ready\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert (proc.returncode, err) == (130, "factkit: interrupted\n")


def test_import_factkit_leaves_pydantic_and_yaml_for_later() -> None:
    # `python -m factkit` imports the package before factkit.console can install its handler
    done = run_python(
        "-c", "import sys, factkit; print(sorted({'pydantic', 'yaml'} & set(sys.modules)))"
    )
    assert done.stdout == "[]\n", done.stderr
