"""A bounded cache of serialised API answers, emptied whenever this server writes the store.

Dashboards ask the same questions over and over (the first page of events, the overview,
the network); the store's answer only changes when stories are ingested. While the
server holds the store file, DuckDB's lock keeps other processes from writing it, so
the server's own writes are the only ones a cached answer can miss.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


class ResponseCache:
    """LRU over ``key -> bytes``, bounded by entry count and total bytes. Thread-safe."""

    def __init__(self, max_entries: int = 512, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._size = 0
        self._generation = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0

    def get_or_make(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        if not self.enabled:
            return make()
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return body
            self.misses += 1
            generation = self._generation
        body = make()  # outside the lock: a slow query must not block cache hits
        with self._lock:
            # An answer computed before a write finished would be stale: drop it.
            if generation == self._generation and len(body) <= self.max_bytes // 4:
                old = self._items.pop(key, None)
                self._size -= len(old) if old is not None else 0
                self._items[key] = body
                self._size += len(body)
                while self._items and (len(self._items) > self.max_entries or self._size > self.max_bytes):
                    _, dropped = self._items.popitem(last=False)
                    self._size -= len(dropped)
        return body

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0
            self._generation += 1

    def __len__(self) -> int:
        return len(self._items)
