"""Ingestion: reading an input (a file, a folder, a device, stdin) in its encoding, refusing what
is no text, and one article or several from it."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError
from factkit.ingest import (
    decode_bytes,
    iter_articles,
    read_article,
)
from tests.endless_stream import Endless, endless_stdin


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffHello world. Second one.".encode())
    assert read_article(str(f)).text == "Hello world. Second one."


def test_undecodable_bytes_name_the_file(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("caf\xe9 au lait".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 3\)"):
        read_article(str(f))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "img.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary file"):
        read_article(str(f))


@pytest.mark.parametrize(
    "data",
    [
        # a PDF of plain ASCII went through as text: "%PDF-1.4" and "endobj" became sentences
        b"%PDF-1.4\n1 0 obj << /Length 40 >> stream\nBT (The mayor said 5 died.) Tj ET\n"
        b"endstream endobj\n%%EOF\n",
        # one with binary bytes was "not valid UTF-8 ... convert it with iconv"
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    ],
)
def test_a_pdf_is_refused_with_what_to_do(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "report.pdf"
    f.write_bytes(data)
    with pytest.raises(InputError, match=r"report\.pdf: a PDF file; factkit reads .*pdftotext"):
        read_article(str(f))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "absent.txt"))


def test_a_broken_symlink_and_a_folder_say_what_they_are(tmp_path: Path) -> None:
    # "no such file" for a name `ls` shows; a folder given as a summary was told "`factkit
    # batch` takes folders"
    link = tmp_path / "a.txt"
    link.symlink_to(tmp_path / "moved.txt")
    with pytest.raises(InputError) as err:
        read_article(str(link))
    assert str(err.value) == (
        f"{link}: no such file (a symlink to {tmp_path / 'moved.txt'}, which is not there)"
    )
    (tmp_path / "old.txt").mkdir()
    with pytest.raises(InputError) as err:
        read_article(str(tmp_path / "old.txt"))
    assert str(err.value) == (
        f"{tmp_path / 'old.txt'}: is a folder, not a file (`factkit batch` reads folders)"
    )


def test_a_device_is_refused_and_a_named_pipe_is_read(tmp_path: Path) -> None:
    # "factkit split /dev/zero" read without end, its memory growing; /dev/null read as empty.
    # A named pipe is what `factkit claims <(curl ...)` hands the command: it is read.
    with pytest.raises(InputError) as err:
        read_article("/dev/null")
    assert str(err.value) == "/dev/null: a device, not a file (pipe text in with '-')"
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=("Police said 5 died.",))
    writer.start()
    assert read_article(str(fifo)).text == "Police said 5 died."
    writer.join()


def test_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert read_article(str(f)).text == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(encoding: str, tmp_path: Path) -> None:
    text = "Café owners said 12 roads were closed.\nSecond line."
    data = text.encode(encoding)
    if not encoding.endswith(("16", "32")):  # the -le/-be codecs write no BOM: add it
        data = ("\ufeff").encode(encoding) + data
    f = tmp_path / "u.txt"
    f.write_bytes(data)
    assert read_article(str(f)).text == text


@pytest.mark.parametrize("offset", [0, 5, 8191, 8192, 50_000])
def test_nul_byte_anywhere_is_refused(offset: int, tmp_path: Path) -> None:
    body = b"word " * 20_000
    f = tmp_path / "n.txt"
    f.write_bytes(body[:offset] + b"\x00" + body[offset:])
    with pytest.raises(InputError, match=rf"n\.txt: contains a NUL byte \(offset {offset}\)"):
        read_article(str(f))


def test_a_bad_record_in_a_json_array_does_not_hide_the_rest(tmp_path: Path) -> None:
    # [{good}, 5, {good}]: the 5 raised, so the batch recorded the whole file as failed at the
    # 5 and never read the third record
    f = tmp_path / "arr.json"
    records = [{"id": "a", "text": "One."}, 5, {"id": "c", "text": "Three."}]
    records.append({"text": "x", "date": "soon"})
    f.write_text(json.dumps(records), encoding="utf-8")
    items = list(iter_articles(str(f)))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c", None]
    assert str(items[1]) == f"{f}: item [1]: expected a JSON object with a 'text' field"
    assert str(items[3]).startswith(f"{f}: item [3]: date: expected YYYY-MM-DD")
    assert str(items[3]).endswith(", got 'soon'")
    with pytest.raises(
        InputError, match=r"item \[1\]: .*; 1 more bad \(4 items: 2 good records, 2 bad\)"
    ):
        read_article(str(f))


@pytest.mark.parametrize(
    "name,content,count",
    [
        ("d.jsonl", '{"text": "One."}\n{"text": "Two."}\n\n{"text": "Three."}\n', 3),
        ("d.json", '[{"text": "One."}, {"text": "Two."}]', 2),
    ],
)
def test_single_article_reader_refuses_several_records(
    name: str, content: str, count: int, tmp_path: Path
) -> None:
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=rf"holds {count} records.*factkit batch"):
        read_article(str(f))


@pytest.mark.parametrize(
    ("name", "content", "where", "holds"),
    [
        (
            "d.jsonl",
            '{"text": "One."}\n{"text": "Two\n',
            ":2:10",
            "(2 lines: 1 good record, 1 bad)",
        ),
        ("d.jsonl", 'oops\n{"text": "One."}\n\n[\n', ":1:1", "; 1 more bad (3 lines: 1 good"),
        ("d.json", '[{"text": "One."}, 5, {"text": "Two."}]', ": item [1]:", "(3 items: 2 good"),
    ],
)
def test_several_records_with_a_bad_one_name_it_and_count_what_they_mean(
    name: str, content: str, where: str, holds: str, tmp_path: Path
) -> None:
    # a good line and a broken one read "holds 2 records": the broken line counted as a record,
    # and neither its line nor its fault was named
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(str(f))
    message = str(caught.value)
    assert message.startswith(f"{f}{where}"), message
    assert holds in message and "holds" not in message
    assert message.endswith(
        f"`factkit batch {f} -o OUT.jsonl`, which reads each good record and lists the bad"
    )


def test_single_record_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "One."}\n\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"id": "b", "text": "Two."}]', encoding="utf-8")
    assert read_article(str(tmp_path / "a.jsonl")).id == "a"
    assert read_article(str(tmp_path / "b.json")).text == "Two."


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff")),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_any_text_round_trips_through_a_bom_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "t.txt") == text


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300), at=st.integers(min_value=0, max_value=300))
def test_nul_is_always_refused_or_the_file_is_a_bom_encoding(data: bytes, at: int) -> None:
    blob = data[:at] + b"\x00" + data[at:]
    try:
        text = decode_bytes(blob, "b.bin")
    except InputError as err:
        assert "NUL" in str(err) or "not valid" in str(err) or blob.startswith(b"%PDF-")
    else:  # only a UTF-16/32 BOM lets NUL bytes through, and then the decoded text has no NUL
        assert blob.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))
        assert "\x00" not in text


def test_the_cli_prints_the_max_chars_error_as_one_line_and_exits_2(tmp_path: Path) -> None:
    import os
    import subprocess

    path = tmp_path / "long.txt"
    path.write_text("The mayor said 12 homes burned. " * 20, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [
            *(sys.executable, "-c", "from factkit.cli import main; main()", "claims", str(path)),
            *("--set", "ingest.max_chars=100", "--format", "json"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=300,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and "ingest.max_chars (100)" in lines[0]


def test_a_name_too_long_or_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    # Path.is_dir() raises ENAMETOOLONG (only "missing" errors are swallowed): a traceback
    loop = tmp_path / "loop1"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    with pytest.raises(InputError, match=r"cannot read: File name too long"):
        read_article(str(tmp_path / ("a" * 300 + ".txt")))
    with pytest.raises(InputError, match=r"loop1: cannot read: Too many levels of symbolic links"):
        read_article(str(loop))


_PIPED_RECORD = {"id": "dam-7", "text": "The mayor said 12 homes burned.", "date": "2021-08-10"}


@pytest.mark.parametrize(
    "piped",
    [
        json.dumps(_PIPED_RECORD),  # one line, as `jq -c` writes it
        json.dumps(_PIPED_RECORD, indent=2),  # pretty-printed
        "\ufeff" + json.dumps(_PIPED_RECORD) + "\n",  # one JSONL line with a BOM
    ],
)
def test_a_record_on_stdin_is_read_as_a_record(piped: str) -> None:
    # `cat dam-7.json | factkit claims -` analysed the JSON as prose: its keys, quotes and
    # braces were the article's text ("stdin", no date); `factkit batch -` read it as a record
    (article,) = iter_articles("-", data=piped.encode("utf-8"))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.date) == (
        "dam-7",
        _PIPED_RECORD["text"],
        dt.date(2021, 8, 10),
    )


def test_stdin_records_and_text_that_opens_with_a_brace() -> None:
    many = "\n".join(json.dumps({**_PIPED_RECORD, "id": f"r{n}"}) for n in range(3))
    assert [a.id for a in iter_articles("-", data=many.encode()) if isinstance(a, Article)] == [
        "r0",
        "r1",
        "r2",
    ]
    # prose that only opens with a brace is prose, as before
    prose = "{Editor's note} The mayor said 12 homes burned."
    (article,) = iter_articles("-", data=prose.encode())
    assert isinstance(article, Article) and article.text == prose and article.id == "stdin"
    # a record that fails to parse is refused, not analysed as prose (braces, keys and all)
    broken = '{"id": "a1", "text": "The mayor said 12 homes burned."'
    with pytest.raises(InputError, match=r"invalid JSON: Expecting ',' delimiter \(line 1\)"):
        list(iter_articles("-", data=broken.encode()))


def test_an_endless_stdin_is_refused_by_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # `yes | factkit split -` read stdin until the writer stopped: never, memory growing
    endless = endless_stdin(monkeypatch)
    config = IngestConfig(max_chars=100)
    with pytest.raises(
        InputError, match=r"^standard input: more than 1,204 bytes, more than ingest\.max_"
    ):
        read_article("-", config)
    assert endless.taken < 1_204 + 2**20  # one bounded read, and the rest left in the pipe


def test_a_closed_stdin_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # `factkit split - <&-` (or a service started without stdin): sys.stdin is None, and the
    # read was an AttributeError traceback
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match=r"^standard input: closed: there is no standard input"):
        read_article("-")
    run = subprocess.run(
        [sys.executable, "-m", "factkit", "split", "-"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        preexec_fn=lambda: os.close(0),
        timeout=120,
    )
    assert (run.returncode, run.stderr) == (
        2,
        "factkit: error: standard input: closed: there is no standard input to read (give a "
        "file, or pipe the text in)\n",
    )


def test_a_file_past_the_limit_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a file of 10 GB was read whole (read_bytes) before its size was checked: the file here
    # is one without end, as a FIFO fed by `yes` is
    endless = Endless(b"The mayor said 12 homes burned. ")
    name = tmp_path / "big.txt"
    name.write_text("placeholder")

    def endless_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        assert Path(path) == name and mode == "rb"
        return io.BufferedReader(endless)

    monkeypatch.setattr("factkit.ingest.open", endless_open, raising=False)
    with pytest.raises(InputError, match=r"big\.txt: more than 124 bytes, more than ingest"):
        read_article(str(name), IngestConfig(max_chars=10))
    assert endless.taken < 124 + 2**20


def test_an_article_within_the_limit_in_any_encoding_is_read() -> None:
    # UTF-32 with its BOM: 4 bytes a character and 4 more, the most a text file takes
    text = "Émile said 9 homes burned."
    data = text.encode("utf-32")
    assert len(data) == 4 * len(text) + 4
    (article,) = iter_articles("-", IngestConfig(max_chars=len(text)), data=data)
    assert isinstance(article, Article) and article.text == text
