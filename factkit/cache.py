"""One object per process and config: the splitter, the encoder, models and summarizers are built
once and shared by every call (and by every document a batch worker handles)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class ProcessCache(Generic[V]):
    """Thread-safe get-or-build by key; a value is built at most once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[Hashable, V] = {}

    def get(self, key: Hashable, build: Callable[[], V]) -> V:
        item = self._items.get(key)  # built already: no lock on the hot path
        if item is None:
            with self._lock:
                item = self._items.get(key)
                if item is None:
                    item = build()
                    self._items[key] = item
        return item
