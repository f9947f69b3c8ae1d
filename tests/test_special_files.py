"""What a path is when it is no regular file nor folder (``factkit.special_files``)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from factkit.special_files import NAMED_PIPE, special_file


def test_special_file_names_pipes_sockets_and_devices(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        assert special_file(str(tmp_path / "pipe")) == NAMED_PIPE
        assert special_file(str(tmp_path / "sock")) == "a socket"
    finally:
        server.close()
    assert special_file("/dev/null") == "a device"
    # a regular file, a folder, a missing file: none of them (the last fails when read)
    for path in ("a.txt", ".", "absent.txt"):
        assert special_file(str(tmp_path / path)) is None
