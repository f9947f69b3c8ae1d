"""Tests for factkit.front_matter: the YAML block that opens a static-site Markdown file."""

from __future__ import annotations

import pytest

from factkit.front_matter import front_matter_end

PAGE = "---\ntitle: Storm\ndate: 2021-08-10\ntags:\n  - storm\n- kent\n\n---\nA storm hit Kent."


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (PAGE, PAGE.index("A storm")),
        ("---\ntitle: x\n...\nBody.", len("---\ntitle: x\n...\n")),
        ("---   \r\ntitle: x\r\n---  \r\nBody.", len("---   \r\ntitle: x\r\n---  \r\n")),
        ("---\ntitle: x\n---", len("---\ntitle: x\n---")),
        # no key line, a capitalised label, prose, no closing line: a rule and an article
        ("---\n\n---\nBody.", None),
        ("---\nUpdate: the army said 50 rockets were fired.\n---\nBody.", None),
        ("---\ntitle: x\nThe army said 50 rockets were fired.\n---\n", None),
        ("---\ntitle: x\nbody goes on", None),
        ("Body.\n---\ntitle: x\n---\n", None),
        ("----\ntitle: x\n----\n", None),
        # Hugo's TOML front matter: "+++" lines and "key = value"
        (
            '+++\ntitle = "x"\ndate = 2021-08-10\n+++\nBody.',
            len('+++\ntitle = "x"\ndate = 2021-08-10\n+++\n'),
        ),
        ("+++\ntitle: x\n+++\nBody.", None),
        ('---\ntitle = "x"\n---\nBody.', None),
    ],
)
def test_front_matter_end(text: str, end: int | None) -> None:
    assert front_matter_end(text) == end


def test_a_long_block_of_dashes_is_read_in_linear_time() -> None:
    text = "---\ntitle: x\n" + "- a\n" * 50_000 + "no end"
    assert front_matter_end(text) is None
