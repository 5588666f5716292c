"""The spider's memory of queued requests (crawler/seen.py): bounded, oldest forgotten first."""

from __future__ import annotations

import pytest
from nianbao.crawler.seen import SeenRequests

from tests.crawler.offline_spider import offline_spider


def test_remembers_priority_and_sequence():
    seen = SeenRequests(100)
    key = SeenRequests.key("GET", "http://a.gov.cn/x.html", None)
    assert seen.get(key) is None and key not in seen
    seen.put(key, -25, 7)
    assert seen.get(key) == (-25, 7, False) and key in seen
    seen.put(key, -25, 8, past_filter=True)   # a copy re-queued past the duplicate filter
    assert seen.get(key) == (-25, 8, True)
    seen.put(key, 1 << 30, 7)   # admitted (the spider's _FETCHED)
    assert seen.get(key) == (1 << 30, 7, False)
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
    assert seen.get(a) == (5, 4, False) and b not in seen and c in seen and d in seen


def test_refuses_a_useless_bound():
    with pytest.raises(ValueError, match="NIANBAO_SEEN_REQUESTS"):
        SeenRequests(1)


# ------------------------------------------------------------------ through the spider (crawler/spiders/portal.py)

def _spider(tmp_path, memory: int):
    return offline_spider(tmp_path, NIANBAO_SEEN_REQUESTS=memory)


def _scheduled(requests):
    """What Scrapy's scheduler keeps of `requests`, queued in this order: its duplicate filter drops a request
    for a URL it has seen, unless the request says dont_filter."""
    from scrapy.dupefilters import RFPDupeFilter

    seen = RFPDupeFilter()
    return [r for r in requests if r is not None and (r.dont_filter or not seen.request_seen(r))]


def _fetched(spider, queued):
    """The queued requests the spider lets through to the downloader, in the order given (`admit`)."""
    return [r for r in queued if spider.admit(r) is None]


LIST = "http://www.x.gov.cn/zwgk/nb/index_2.html"


def test_a_forgotten_request_found_again_while_queued_is_still_fetched(tmp_path):
    """The flake of test_portal_e2e's tiny memory: a list page queued, forgotten while it waits (the pages before
    it named more links than the memory holds), then found again on the list's other page: the new request is
    dropped by the duplicate filter (the URL is queued); the queued one must not be dropped as superseded."""
    spider = _spider(tmp_path, memory=4)
    first = spider.make_request(LIST, "a", "list", "http://www.x.gov.cn/zwgk/nb/", "L")
    for n in range(6):   # the articles of index_1.html
        spider.make_request(f"http://www.x.gov.cn/zwgk/nb/t{n}.html", "a", "article", LIST, "LA")
    assert not spider._seen(LIST)   # forgotten
    again = spider.make_request(LIST, "a", "list", "http://www.x.gov.cn/zwgk/nb/index_1.html", "LL")
    fetched = _fetched(spider, _scheduled([first, again]))
    assert [r.url for r in fetched] == [LIST]


def test_a_link_found_again_in_a_better_role_is_fetched_once_in_it(tmp_path):
    """Remembered: a page queued as a plain link and then named a list is queued again at the list's priority,
    past the duplicate filter, and the plain request is dropped as superseded."""
    spider = _spider(tmp_path, memory=100)
    plain = spider.make_request(LIST, "a", "page", "http://www.x.gov.cn/", "L", priority=-20)
    better = spider.make_request(LIST, "a", "list", "http://www.x.gov.cn/zwgk/nb/", "LL")
    assert better is not None and better.priority > plain.priority
    fetched = _fetched(spider, _scheduled([plain, better]))
    assert [(r.url, r.meta["nianbao_role"]) for r in fetched] == [(LIST, "list")]
    assert spider.crawler.stats.get_value("discovery/reprioritised") == 1
