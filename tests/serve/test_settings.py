"""Settings are checked before anything starts."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_non_loopback_host_needs_a_token(tmp_path: Path) -> None:
    from factkit.errors import FactkitError
    from factkit.serve.settings import ServeSettings

    with pytest.raises(FactkitError, match="--token"):
        ServeSettings(db=tmp_path / "x", host="0.0.0.0").check()
    ServeSettings(db=tmp_path / "x", host="::1").check()
    ServeSettings(db=tmp_path / "x", host="localhost").check()


@pytest.mark.parametrize(
    ("origin", "expected"),
    [
        ("https://desk.example/", "https://desk.example,"),
        ("https://Desk.Example:443", "https://desk.example,"),
        ("http://[::1]:8080/app", "http://[::1]:8080,"),
        ("desk.example", "scheme://host[:port],"),
        ("https://desk.example:99999", "scheme://host[:port],"),
    ],
)
def test_a_cors_origin_no_browser_sends_is_refused(
    origin: str, expected: str, tmp_path: Path
) -> None:
    # the CORS layer compares the Origin header as a string: a trailing slash, a path, upper
    # case or a default port was taken silently and allowed no page at all
    from factkit.errors import FactkitError
    from factkit.serve.settings import ServeSettings

    with pytest.raises(FactkitError) as caught:
        ServeSettings(db=tmp_path / "x", cors_origins=(origin,)).check()
    assert str(caught.value).startswith(
        f"--cors {origin}: a browser sends its origin as {expected}"
    )


@pytest.mark.parametrize("origin", ["https://desk.example", "http://127.0.0.1:5173", "*"])
def test_a_cors_origin_as_browsers_send_it_is_taken(origin: str, tmp_path: Path) -> None:
    from factkit.serve.settings import ServeSettings

    ServeSettings(db=tmp_path / "x", cors_origins=(origin,)).check()
