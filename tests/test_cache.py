"""ProcessCache: a value is built once per key, even when many threads ask at the same time."""

from __future__ import annotations

import threading
import time

from factkit.cache import ProcessCache


def test_builds_each_key_once_under_concurrency() -> None:
    cache: ProcessCache[object] = ProcessCache()
    builds: list[str] = []

    def build(key: str) -> object:
        builds.append(key)
        time.sleep(0.01)  # widen the race window
        return object()

    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("a", lambda: build("a"))))
        for _ in range(16)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert builds == ["a"]
    assert all(r is results[0] for r in results)
    assert cache.get("b", lambda: build("b")) is not results[0]
    assert builds == ["a", "b"]


def test_shared_stages_are_built_once() -> None:
    from factkit.config import SplitterConfig
    from factkit.split import get_splitter

    assert get_splitter() is get_splitter()
    assert get_splitter(SplitterConfig(max_len=50)) is get_splitter(SplitterConfig(max_len=50))
    assert get_splitter(SplitterConfig(max_len=50)) is not get_splitter()
