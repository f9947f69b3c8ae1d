"""How a batch run's errors name what its caller gave: the command line's options, or the
arguments of the Python API's ``factkit.batch``.

``factkit.batch(["a.txt"], "-")`` was told "-o: batch output must be a file", and
``engine="spark"`` "--engine: expected one of ...": options its caller never wrote. The runner
takes the names with the call and puts them in every message about an argument.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArgumentNames:
    """The caller's name for each argument of a batch run that a message may blame, and for
    the run itself (``command``)."""

    output: str
    errors: str
    engine: str
    scheduler: str
    markdown_dir: str
    resume: str
    command: str


CLI_ARGUMENTS = ArgumentNames(
    output="-o",
    errors="--errors",
    engine="--engine",
    scheduler="--scheduler",
    markdown_dir="--markdown-dir",
    resume="--resume",
    command="factkit batch",
)

API_ARGUMENTS = ArgumentNames(
    output="output",
    errors="errors",
    engine="engine",
    scheduler="scheduler",
    markdown_dir="markdown_dir",
    resume="resume=True",
    command="factkit.batch()",
)
