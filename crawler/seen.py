"""The requests a spider has queued, in bounded memory: what the crawl remembers to skip a link found again.

A crawl meets the same links over and over (a site's navigation is on every page), so the spider keeps, per
request (method, URL, body), the priority it was queued with and a sequence number, to skip a link already queued
at that priority or better and to re-queue one found again with a higher priority. Kept as full keys, that map
grew with every page of every portal (~300 bytes a request: the URL string, the key and value tuples). Here a key
is its 64-bit hash (Python's, randomised per process: the map is never shared) and the value one int (`Queued`:
priority, sequence, whether the request goes past the duplicate filter), in two generations of plain dicts: when
the young one is full, the old one is dropped and the young one takes its place, so at most `max_entries`
requests are remembered (~100 bytes each) and the oldest are forgotten first. A hand-written map, not
functools.lru_cache or an OrderedDict: those cost two to three times the memory per entry and track recency on
every look-up, which this map does not need (insertion order is enough).

Forgetting is safe: Scrapy's duplicate filter (or the shared one of crawler/frontier.py) still drops a request for
a forgotten URL; what is lost is only the re-prioritisation of a link queued long ago. For that, a queued request
is dropped as superseded (PortalSpider.admit) only by a newer one that goes past the filter (`past_filter`, a
re-prioritised copy): a request made for a forgotten URL is refused by the filter, and had it taken the place of
the one still queued, the page was never fetched (the flake of test_portal_e2e's tiny memory).
"""

from __future__ import annotations

from typing import NamedTuple

_SEQ_BITS = 40
_SEQ_MASK = (1 << _SEQ_BITS) - 1
_PAST_FILTER = 1 << _SEQ_BITS
_PRIORITY_SHIFT = _SEQ_BITS + 1


class Queued(NamedTuple):
    """What the memory knows of the request last queued for a key."""
    priority: int
    sequence: int
    past_filter: bool   # dont_filter: it reaches the queue even when the duplicate filter has seen its URL


class SeenRequests:
    def __init__(self, max_entries: int):
        if max_entries < 2:
            raise ValueError("SeenRequests: max_entries must be at least 2 (NIANBAO_SEEN_REQUESTS)")
        self.half = max_entries // 2
        self.young: dict[int, int] = {}
        self.old: dict[int, int] = {}
        self.forgotten = 0   # entries dropped with an old generation

    @staticmethod
    def key(method: str, url: str, body: bytes | None, cookie: str | None = None) -> int:
        """`cookie`: the Cookie header of a request whose answer a script's cookie chooses (one URL, several
        pages: discovery/cookie_choices.py); the other requests keep their key."""
        return hash((method, url, body or None)) if cookie is None else hash((method, url, body or None, cookie))

    def get(self, key: int) -> Queued | None:
        """The request last queued for `key`, or None (never queued, or forgotten)."""
        value = self.young.get(key)
        if value is None:
            value = self.old.get(key)
            if value is None:
                return None
        return Queued(value >> _PRIORITY_SHIFT, value & _SEQ_MASK, bool(value & _PAST_FILTER))

    def __contains__(self, key: int) -> bool:
        return key in self.young or key in self.old

    def put(self, key: int, priority: int, sequence: int, past_filter: bool = False) -> None:
        if len(self.young) >= self.half and key not in self.young:
            self.forgotten += len(self.old)
            self.old, self.young = self.young, {}
        self.old.pop(key, None)
        self.young[key] = (priority << _PRIORITY_SHIFT) | (_PAST_FILTER if past_filter else 0) | (sequence & _SEQ_MASK)

    def __len__(self) -> int:
        return len(self.young) + len(self.old)
