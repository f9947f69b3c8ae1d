from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from factkit.errors import InputError, input_name, shown_path


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain name.txt", "plain name.txt"),
        ("line\nbreak.txt", "$'line\\nbreak.txt'"),
        ("it's\tcr\r.txt", "$'it\\'s\\tcr\\r.txt'"),
        ("a\u2028b\x1b[31m.txt", "$'a\\u2028b\\x1b[31m.txt'"),
        ("back\\slash\n", "$'back\\\\slash\\n'"),
        (os.fsdecode(b"caf\xe9\n.txt"), "$'caf\\xe9\\n.txt'"),
    ],
)
def test_a_name_with_a_control_character_is_shown_quoted_on_one_line(name: str, shown: str) -> None:
    assert shown_path(name) == shown
    assert len(shown_path(name).splitlines()) == 1


def test_a_shown_name_is_the_file_again_when_a_shell_reads_it(tmp_path: Path) -> None:
    # collapsed to a space, "a\nb.txt" read as "a b.txt": another file
    name = "it's\na\tname\x1b.txt"
    (tmp_path / name).write_text("x", encoding="utf-8")
    listed = subprocess.run(
        ["bash", "-c", f"printf %s {shown_path(name)}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert listed == name


def test_an_input_error_names_such_a_file_on_one_line() -> None:
    err = InputError("the article is empty: no text to process", path="e\nmpty.txt")
    assert str(err) == "$'e\\nmpty.txt': the article is empty: no text to process"
    assert input_name("-") == "standard input"
    assert input_name(None) == "<input>"
