"""``factkit serve`` as a real process: start-up checks; ``kill -9`` loses nothing acknowledged."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.batching.articles import spawned_workers, terminal_group
from tests.serve.conftest import CLAIMS_ONLY, Server


def test_acknowledged_review_survives_kill_9(tmp_path: Path, seed: str) -> None:
    db = tmp_path / "desk.sqlite"
    server = Server(db, "--config", str(CLAIMS_ONLY), "--workers", "1", log=tmp_path / "log")
    try:
        server.wait_ready()
        saved = httpx.post(server.url + "/api/articles", json={"text": seed}, timeout=120)
        assert saved.status_code == 201, saved.text
        review = saved.json()["review"]
        changes = {"status": "checked", "rating": "unverifiable", "note": "called the UN office"}
        acked = []
        for claim in review[:5]:  # several quick writes, the last right before the kill
            r = httpx.patch(f"{server.url}/api/claims/{claim['id']}", json=changes, timeout=30)
            assert r.status_code == 200
            acked.append(claim["id"])
        server.kill9()
    finally:
        server.stop()
    assert server.proc.returncode == -9

    again = Server(db, "--config", str(CLAIMS_ONLY), "--workers", "0", log=tmp_path / "log")
    try:
        again.wait_ready()
        article = httpx.get(f"{again.url}/api/articles/{saved.json()['id']}", timeout=30).json()
    finally:
        again.stop()
    starts = [line for line in (tmp_path / "log").read_text().splitlines() if "archive:" in line]
    # the first start made the archive, and says so; the restart found it
    assert [f"archive: {db} (new)" in line for line in starts] == [True, False], starts
    by_id = {c["id"]: c for c in article["review"]}
    for claim_id in acked:
        assert by_id[claim_id]["status"] == "checked"
        assert by_id[claim_id]["rating"] == "unverifiable"
        assert by_id[claim_id]["note"] == "called the UN office"
    assert all(c["status"] == "open" for c in article["review"] if c["id"] not in acked)


def test_the_start_line_names_an_archive_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    # "archive: a\nb/desk.sqlite" split the start line that scripts wait for
    (tmp_path / "a\nb").mkdir()
    db = tmp_path / "a\nb" / "desk.sqlite"
    server = Server(db, "--config", str(CLAIMS_ONLY), "--workers", "0", log=tmp_path / "log")
    try:
        server.wait_ready()
    finally:
        server.stop()
    log = (tmp_path / "log").read_text(encoding="utf-8")
    start = next(line for line in log.splitlines() if line.startswith("factkit desk: "))
    assert start.endswith(f"archive: $'{tmp_path}/a\\nb/desk.sqlite' (new)  workers: in-process")


def test_an_archive_name_too_long_is_one_line(tmp_path: Path) -> None:
    # the start line's "(new)" asked Path.exists, which raises for a name too long: a traceback
    from factkit.errors import FactkitError
    from factkit.serve.server import run_server
    from factkit.serve.settings import ServeSettings

    db = tmp_path / ("x" * 300) / "desk.sqlite"
    settings = ServeSettings(db=db, config=CLAIMS_ONLY, workers=0, port=0)
    with pytest.raises(FactkitError, match=r"^--db .*desk\.sqlite: .*(too long|cannot open)"):
        run_server(settings)


def test_cli_does_not_import_fastapi_and_a_missing_extra_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from factkit.errors import FactkitError
    from factkit.serve.server import run_server
    from factkit.serve.settings import ServeSettings
    from tests.serve.conftest import ROOT

    code = "import sys, factkit.cli; sys.exit('fastapi' in sys.modules or 'uvicorn' in sys.modules)"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(FactkitError, match=r"pip install 'factkit\[serve\]'"):
        run_server(ServeSettings(db=tmp_path / "x.sqlite"))


def test_a_taken_port_is_one_line_before_any_model_loads() -> None:
    import socket

    from factkit.errors import FactkitError
    from factkit.serve.server import check_port

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(FactkitError, match=f"--port {port}: "):
            check_port("127.0.0.1", port)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_term_stops_the_desk_without_worker_tracebacks(
    tmp_path: Path, sig: signal.Signals
) -> None:
    # Ctrl-C reached the analysis workers too, and each printed a KeyboardInterrupt traceback
    def terminal_like() -> None:
        os.setpgrp()
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    server = Server(
        tmp_path / "desk.sqlite",
        "--config",
        str(CLAIMS_ONLY),
        "--workers",
        "2",
        log=tmp_path / "log",
        preexec_fn=terminal_like,
    )
    try:
        server.wait_ready()
        os.killpg(server.proc.pid, sig)
        server.proc.wait(timeout=60)
    finally:
        server.stop()
    log = (tmp_path / "log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log and "KeyboardInterrupt" not in log, log


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds workers in /proc")
@pytest.mark.parametrize("delay", [0.3, 1.0])
def test_ctrl_c_while_the_workers_start_stops_the_desk_with_one_line(
    tmp_path: Path, delay: float
) -> None:
    # a worker is a new interpreter: a Ctrl-C before its initializer ignored SIGINT raised a
    # KeyboardInterrupt in its imports, and its traceback came under "factkit: interrupted"
    args = ("--config", str(CLAIMS_ONLY), "--workers", "2")
    server = Server(
        tmp_path / "desk.sqlite", *args, log=tmp_path / "log", preexec_fn=terminal_group
    )
    try:
        deadline = time.monotonic() + 120
        while not spawned_workers(server.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(delay)
        assert server.proc.poll() is None, "the desk ended before it could be signalled"
        os.killpg(server.proc.pid, signal.SIGINT)
        server.proc.wait(timeout=60)
    finally:
        server.stop()
    log = (tmp_path / "log").read_text(encoding="utf-8", errors="replace")
    # the workers start fast (``import factkit`` is light): by 1.0 s the desk may be up, and
    # uvicorn's graceful stop on Ctrl-C is exit 0; around that line either code is right. Never
    # a worker's traceback
    serving = "factkit desk: http://" in log
    assert server.proc.returncode in ((0, 130) if serving else (130,)), log
    assert "Traceback" not in log and "KeyboardInterrupt" not in log, log


def test_sigterm_to_the_server_alone_releases_the_pool(tmp_path: Path) -> None:
    # uvicorn re-raised SIGTERM after its graceful shutdown and the default action ended the
    # process without Python's exit handlers: the resource tracker then warned of the worker
    # pool's 'leaked semaphore objects'
    server = Server(
        tmp_path / "desk.sqlite",
        "--config",
        str(CLAIMS_ONLY),
        "--workers",
        "1",
        log=tmp_path / "log",
    )
    try:
        server.wait_ready()
        server.proc.send_signal(signal.SIGTERM)
        code = server.proc.wait(timeout=60)
        time.sleep(1)  # the tracker (our child, same log) warns once the server is gone
    finally:
        server.stop()
    log = (tmp_path / "log").read_text(encoding="utf-8", errors="replace")
    assert "leaked" not in log and "Traceback" not in log, log
    assert code == 128 + signal.SIGTERM  # a SIGTERM's status, as a shell saw it before


def test_the_desk_reads_its_config_from_stdin(tmp_path: Path) -> None:
    # "serve --config -" was refused ("give a file, not stdin"), where every other command reads
    # stdin for "-"; the desk now runs on the config piped to it
    config = CLAIMS_ONLY.read_bytes() + b"splitter:\n  max_len: 321\n"
    server = Server(
        tmp_path / "desk.sqlite",
        "--config",
        "-",
        "--workers",
        "0",
        log=tmp_path / "log",
        stdin=config,
    )
    try:
        server.wait_ready()
        health = httpx.get(server.url + "/health", timeout=30).json()
    finally:
        server.stop()
    assert health["summarizer"] is False  # the default config summarises


def test_a_model_that_does_not_load_names_the_config_file_that_set_its_path(
    tmp_path: Path,
) -> None:
    from tests.conftest import run_python

    nowhere = tmp_path / "nowhere"
    cfg = tmp_path / "x.yaml"
    cfg.write_text(f"encoder:\n  model_path: {nowhere}\n", encoding="utf-8")
    db = tmp_path / "desk.sqlite"
    done = run_python(
        "-m", "factkit", "serve", "--config", str(cfg), "--port", "0", "--db", str(db)
    )
    assert done.returncode == 2
    assert done.stderr.startswith(
        f"factkit: error: pipeline setup failed: {cfg}: encoder.model_path: no model folder at "
    )
    assert len(done.stderr.strip().splitlines()) == 1
    # the archive the failed start made was left, empty: the next start lacked its "(new)"
    assert not db.exists()
