"""The answer cache (web/cache.py): bounded, LRU, emptied by writes, never keeps stale answers."""

from __future__ import annotations

from tidings.web.cache import ResponseCache


def test_second_ask_is_answered_from_the_cache():
    cache = ResponseCache(max_entries=4)
    calls = []
    make = lambda: calls.append(1) or b"answer"  # noqa: E731
    assert cache.get_or_make("k", make) == b"answer"
    assert cache.get_or_make("k", make) == b"answer"
    assert len(calls) == 1 and cache.hits == 1 and cache.misses == 1


def test_least_recently_used_entries_go_first():
    cache = ResponseCache(max_entries=2)
    for key in ("a", "b"):
        cache.get_or_make(key, lambda key=key: key.encode())
    cache.get_or_make("a", lambda: b"x")  # touch a
    cache.get_or_make("c", lambda: b"c")
    assert cache.get_or_make("b", lambda: b"new b") == b"new b"
    assert cache.get_or_make("a", lambda: b"never") in (b"a", b"never")


def test_byte_budget_bounds_the_cache():
    cache = ResponseCache(max_entries=100, max_bytes=4000)
    for i in range(20):
        cache.get_or_make(i, lambda: b"x" * 900)
    assert len(cache) <= 4


def test_an_answer_computed_across_a_write_is_not_kept():
    cache = ResponseCache()

    def slow_make() -> bytes:
        cache.clear()  # a write lands while this answer is being computed
        return b"old"

    assert cache.get_or_make("k", slow_make) == b"old"
    assert cache.get_or_make("k", lambda: b"new") == b"new"


def test_size_zero_disables_caching():
    cache = ResponseCache(max_entries=0)
    answers = iter([b"1", b"2"])
    assert cache.get_or_make("k", lambda: next(answers)) == b"1"
    assert cache.get_or_make("k", lambda: next(answers)) == b"2"
