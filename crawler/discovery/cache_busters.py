"""Cache-busters: a query parameter a site's template stamps on its links with a time or random value the server
ignores, learnt per host from evidence and dropped from the addresses the crawl requests.

A JSP or CMS list written so that a browser never shows a stale copy stamps every link with a token new on each
answer (`list.jsp?pageNo=2&t=1796630400123`, jQuery's `cache: false` `_=<ms>`, `?r=0.8135…`): each visit names the
same pages at new addresses, the pager looks endless, every page is fetched several times and recorded only under
a tokened address. The parameter's name tells nothing (`t`, `ts`, `v` are ids or versions elsewhere), so it is
judged by what the site's answers show:

- its values are time-like (a 10- or 13-digit Unix time within MAX_YEARS of the crawl) or random-like (a float
  `0.` and at least 6 digits), never a page number, a year or a short id;
- the same link (host, path and every other parameter) carries different values of it in different answers;
- no single answer links the same address with two different values of it (rows of ids that happen to be
  time-like, `detail?id=1700000000`, `detail?id=1700000001`, are that: the parameter is then refuted on the host).

A single value is no evidence: a column linked once with `?t=<publish time>` (a CDN's cache key the plain address
does not reach) keeps it. The host's busters are dropped from every GET request after (stats
`discovery/cache_busters_learnt`, `discovery/cache_busters_dropped`); the spider asks again with the original
address if the one without the parameter answers an HTTP error, and the parameter is kept on that path after
(`refute`, stats `discovery/cache_busters_refuted`). Pure and bounded: MAX_HOSTS hosts, MAX_LINKS_PER_HOST remembered links
each, MAX_LINKS_PER_ANSWER read an answer, values of at most MAX_VALUE_CHARS."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit, urlunsplit

MAX_YEARS = 5                  # a time-like value lies within this many years of the crawl
MAX_HOSTS = 256
MAX_LINKS_PER_HOST = 4096      # (parameter, link without it) → last value, per host
MAX_LINKS_PER_ANSWER = 2000
MAX_VALUE_CHARS = 24
_SPLIT_CACHE = 8192            # URLs whose split is kept: each is split as an answer's link, then asked for (drop)
_YEAR_SECONDS = 365.25 * 24 * 3600
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_RANDOM = re.compile(r"0\.\d{6,20}")


def time_or_random_like(value: str, now: float) -> bool:
    """Whether `value` is a Unix time in seconds or ms within MAX_YEARS of `now` (seconds), or a random float."""
    if len(value) > MAX_VALUE_CHARS:
        return False
    if _RANDOM.fullmatch(value):
        return True
    if not _EPOCH.fullmatch(value):
        return False
    seconds = int(value) / (1000 if len(value) == 13 else 1)
    return abs(seconds - now) <= MAX_YEARS * _YEAR_SECONDS


def _split(url: str) -> tuple[str, str, tuple[tuple[str, str], ...]] | None:
    """(host, path, query pairs) of an http(s) URL with a query, else None. The pairs are the query's own
    `name=value` segments as written (split by hand, not parse_qsl: dropping one must leave the others' escaping,
    a GBK `%D6%D0` or a `+`, exactly as the page wrote it). A URL without `?` has no query: not parsed (most links
    of a static site); the others' splits are cached (the spider's per-follow `_seen` check splits each link again)."""
    return _split_query_url(url) if "?" in url else None


@functools.lru_cache(maxsize=_SPLIT_CACHE)
def _split_query_url(url: str) -> tuple[str, str, tuple[tuple[str, str], ...]] | None:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.query or not host:
        return None
    return host, parts.path, tuple((unquote(k), v) for k, _, v in (s.partition("=") for s in parts.query.split("&")))


class CacheBusters:
    """A crawl's memory of its hosts' cache-busting parameters (module docstring). `now`: the crawl's time."""

    def __init__(self, now: float):
        self.now = now
        self.busters: dict[str, set[str]] = defaultdict(set)    # host → parameters found to be busters
        self.refuted: dict[str, set[str]] = defaultdict(set)    # host → parameters that are not
        self.needed: set[tuple[str, str, str]] = set()           # (host, path, parameter): the path needs it
        self._values: dict[str, dict[tuple[str, str, tuple], tuple[str, int]]] = {}
        self._answers = 0

    def learn(self, urls: Iterable[str]) -> list[tuple[str, str]]:
        """Read one answer's links; return the (host, parameter) pairs found to be busters by it."""
        self._answers += 1
        seen: dict[tuple[str, str, str, tuple], set[str]] = defaultdict(set)
        for n, url in enumerate(urls):
            if n >= MAX_LINKS_PER_ANSWER:
                break
            split = _split(url)
            if split is None:
                continue
            host, path, pairs = split
            for i, (name, value) in enumerate(pairs):
                if time_or_random_like(value, self.now):
                    seen[(host, name, path, pairs[:i] + pairs[i + 1:])].add(value)
        learnt = []
        for (host, name, path, rest), values in seen.items():
            if len(values) > 1:          # two values for one address in one answer: an id, not a stamp
                self.refuted[host].add(name)
                self.busters[host].discard(name)
                continue
            if name in self.refuted[host] or name in self.busters[host]:
                continue
            value = next(iter(values))
            memory = self._host_memory(host)
            if memory is None:
                continue
            before = memory.get((name, path, rest))
            if before is not None and before[0] != value and before[1] != self._answers:
                self.busters[host].add(name)
                learnt.append((host, name))
            elif before is None and len(memory) >= MAX_LINKS_PER_HOST:
                continue
            memory[(name, path, rest)] = (value, self._answers)
        return learnt

    def _host_memory(self, host: str) -> dict | None:
        if host not in self._values and len(self._values) >= MAX_HOSTS:
            return None
        return self._values.setdefault(host, {})

    def drop(self, url: str) -> tuple[str, list[str]]:
        """`url` without its host's busters (only those holding a time- or random-like value), and their names."""
        split = _split(url)
        if split is None or not self.busters.get(split[0]):
            return url, []
        host, path, pairs = split
        names = {name for name in self.busters[host] if (host, path, name) not in self.needed}
        segments = urlsplit(url).query.split("&")
        busted = [k in names and time_or_random_like(v, self.now) for k, v in pairs]
        if not any(busted):
            return url, []
        kept = "&".join(s for s, b in zip(segments, busted, strict=True) if not b)
        return urlunsplit(urlsplit(url)._replace(query=kept)), [k for (k, _), b in zip(pairs, busted, strict=True) if b]

    def refute(self, url: str, names: Iterable[str]) -> None:
        """The address without `names` answered an error: they are kept on `url`'s path (a list may stamp its
        links with a token only its articles' action checks), busters still on the host's other paths."""
        split = _split(url)
        if split is None or len(self.needed) >= MAX_LINKS_PER_HOST:
            return
        for name in names:
            self.needed.add((split[0], split[1], name))
