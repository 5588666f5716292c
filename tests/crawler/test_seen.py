"""The spider's memory of queued requests (crawler/seen.py): bounded, oldest forgotten first."""

from __future__ import annotations

import pytest

from crawler.seen import SeenRequests


def test_remembers_priority_and_sequence():
    seen = SeenRequests(100)
    key = SeenRequests.key("GET", "http://a.gov.cn/x.html", None)
    assert seen.get(key) is None and key not in seen
    seen.put(key, -25, 7)
    assert seen.get(key) == (-25, 7) and key in seen
    seen.put(key, 1 << 30, 7)   # admitted (the spider's _FETCHED)
    assert seen.get(key) == (1 << 30, 7)
    assert SeenRequests.key("GET", "http://a.gov.cn/x.html", b"") == key   # no body and an empty body are one
    assert SeenRequests.key("POST", "http://a.gov.cn/x.html", b"p=2") != key


def test_bounded_and_forgets_the_oldest_first():
    seen = SeenRequests(10)
    keys = [SeenRequests.key("GET", f"http://a.gov.cn/{n}.html", None) for n in range(25)]
    for n, key in enumerate(keys):
        seen.put(key, 0, n)
        assert len(seen) <= 10
    assert all(k in seen for k in keys[-5:])          # the newest generation is whole
    assert not any(k in seen for k in keys[:10])
    assert seen.forgotten == 25 - len(seen)


def test_updating_an_old_entry_moves_it_to_the_young_generation():
    seen = SeenRequests(4)
    a, b, c, d = (SeenRequests.key("GET", u, None) for u in "abcd")
    seen.put(a, 0, 1)
    seen.put(b, 0, 2)
    seen.put(c, 0, 3)          # a, b are now the old generation
    seen.put(a, 5, 4)          # found again: young
    seen.put(d, 0, 5)          # young full (c, a): the old one (b) goes
    assert seen.get(a) == (5, 4) and b not in seen and c in seen and d in seen


def test_refuses_a_useless_bound():
    with pytest.raises(ValueError, match="NIANBAO_SEEN_REQUESTS"):
        SeenRequests(1)
