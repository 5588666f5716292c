"""Cache-busters (crawler/discovery/cache_busters.py): a query parameter learnt per host from links that carry new
time- or random-like values on each answer, dropped from the addresses asked; ids, pagers, years and a single
stamped link are kept."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

from nianbao.crawler.discovery.cache_busters import MAX_YEARS, CacheBusters, time_or_random_like

from tests.crawler.minisite import MiniWeb, ProxyServer, crawl_stat, html, run_crawl
from tests.crawler.test_discovery_general import _report

NOW = datetime(2026, 12, 7, 8, tzinfo=timezone.utc).timestamp()
MS = int(NOW * 1000)
LIST = "http://www.x.gov.cn/xxgk/nb/list.jsp"


def answer(token: int, *pages: int) -> list[str]:
    """A JSP list's links as one answer writes them: an entry and pager links, every one stamped with `token`."""
    return [f"http://www.x.gov.cn/xxgk/nb/202501/t20250120_1.shtml?t={token}"] + \
        [f"{LIST}?pageNo={n}&t={token}" for n in pages]


def test_time_and_random_values_are_told_from_ids_years_and_pages():
    assert time_or_random_like(str(MS), NOW) and time_or_random_like(str(int(NOW)), NOW)
    assert time_or_random_like("0.8135129871", NOW)
    for value in ("2", "2024", "12345678", "946684800", "9466848000000", "0.5", "abcdef0123", str(MS) + "0"):
        assert not time_or_random_like(value, NOW), value   # a page, a year, an id, 2000's time, a short float


def test_a_parameter_linked_with_a_new_time_on_each_answer_is_dropped():
    busters = CacheBusters(NOW)
    assert busters.learn(answer(MS, 1, 2)) == []        # one value each: no evidence yet
    assert busters.drop(f"{LIST}?pageNo=2&t={MS}") == (f"{LIST}?pageNo=2&t={MS}", [])
    assert busters.learn(answer(MS + 1, 1, 3)) == [("www.x.gov.cn", "t")]   # page 1 linked with a second value
    assert busters.drop(f"{LIST}?pageNo=3&t={MS + 5}") == (f"{LIST}?pageNo=3", ["t"])
    assert busters.drop(f"http://www.x.gov.cn/a.shtml?t={MS + 9}") == ("http://www.x.gov.cn/a.shtml", ["t"])
    # the other parameters keep their escaping as written; another host, or a value not time-like, is kept
    assert busters.drop(f"{LIST}?q=%D6%D0+a&t={MS}&pageNo=1") == (f"{LIST}?q=%D6%D0+a&pageNo=1", ["t"])
    assert busters.drop(f"http://other.gov.cn/l.jsp?t={MS}")[1] == []
    assert busters.drop(f"{LIST}?t=news")[1] == []


def test_random_floats_across_answers_are_busters():
    busters = CacheBusters(NOW)
    busters.learn([f"{LIST}?pageNo=1&r=0.81351298"])
    assert busters.learn([f"{LIST}?pageNo=1&r=0.11235813"]) == [("www.x.gov.cn", "r")]


def test_ids_pages_and_a_single_stamp_are_not_busters():
    busters = CacheBusters(NOW)
    # time-like ids: two on one answer for one address refute the parameter on the host, for good
    busters.learn(["http://www.x.gov.cn/detail.jsp?id=1700000000", "http://www.x.gov.cn/detail.jsp?id=1700000001"])
    assert busters.learn(["http://www.x.gov.cn/detail.jsp?id=1700000002"]) == []
    assert busters.drop("http://www.x.gov.cn/detail.jsp?id=1700000003")[1] == []
    # a lone time-like id is not a buster on its own
    assert busters.learn(["http://www.y.gov.cn/detail.jsp?id=1700000000"]) == []
    assert busters.drop("http://www.y.gov.cn/detail.jsp?id=1700000000")[1] == []
    # pagers and years vary, but are not time-like
    busters.learn([f"{LIST}?pageNo=1&year=2024"])
    assert busters.learn([f"{LIST}?pageNo=2&year=2023"]) == []
    # a CDN key linked once with the column's publish time (stalecdn), linked again with the same one
    busters.learn([f"http://www.z.gov.cn/col/bj/index.html?t={int(NOW)}"])
    assert busters.learn([f"http://www.z.gov.cn/col/bj/index.html?t={int(NOW)}"]) == []
    # the same value found twice in one answer is no evidence either
    assert busters.learn([f"{LIST}?pageNo=9&t={MS}", f"{LIST}?pageNo=9&t={MS}"]) == []


def test_a_refuted_buster_is_kept_again():
    busters = CacheBusters(NOW)
    busters.learn(answer(MS, 1))
    busters.learn(answer(MS + 1, 1))
    busters.refute(f"{LIST}?pageNo=1&t={MS}", ["t"])     # the address without it answered an error
    assert busters.drop(f"{LIST}?pageNo=7&t={MS + 2}")[1] == []              # kept on that path
    assert busters.drop(f"http://www.x.gov.cn/a.shtml?t={MS + 9}")[1] == ["t"]   # dropped on the others


def _stamped_site_crawl(tmp_path, now: float, **settings):
    """A crawl, its clock at `now` (and `settings`), of a list whose every link carries a new `v=<ms>` (from MS) on each answer and
    whose articles answer 403 without it: (reports kept, stderr)."""
    stamps = itertools.count(MS)
    host = "http://www.stamp.gov.cn"

    def listing(method, url, headers, body):
        v = next(stamps)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(
            f'<a href="/nb/list.jsp?p=1&v={v}">首页</a> <a href="/nb/list.jsp?p=2&v={v}">下一页</a>'
            f'<a href="/nb/article.jsp?id=7&v={v}">戳县2024年政府信息公开工作年度报告</a>', "政府信息公开年报")

    def article(method, url, headers, body):
        if "v" not in parse_qs(urlsplit(url).query):
            return 403, {"Content-Type": "text/html"}, b"<html><body>403 Forbidden</body></html>"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, _report("戳县2024年政府信息公开工作年度报告")

    web = MiniWeb()
    web.add(f"{host}/", html(f'<a href="/nb/list.jsp?p=1&v={next(stamps)}">政府信息公开年报</a>', "戳县人民政府"))
    web.routes[f"{host}/nb/list.jsp"] = listing
    web.routes[f"{host}/nb/article.jsp"] = article
    registry = ("id,name,region_code,level,homepage,hosts,hints,robots_override\n"
                f"stamp,戳县,620109,county,{host}/,,,\n")
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry, proxy.url,
                                             extra={"RETRY_TIMES": 0, "NIANBAO_PAGE_WORKERS": 0,
                                                    "NIANBAO_CACHE_BUSTERS_NOW": now, **settings})
    assert status == 0, stderr[-3000:]
    return [i["url"] for i in items if i["kind"] == "report"], stderr


def test_a_stamp_the_server_checks_is_asked_for_again(tmp_path):
    """`v` is learnt as a buster, the article without it answers an error, and it is asked for again as linked
    (refuted on the article's path; the list's own links are still asked for without it, so its pager ends)."""
    reports, stderr = _stamped_site_crawl(tmp_path, NOW)
    assert reports and all("v=" in url for url in reports), (reports, stderr[-3000:])
    assert crawl_stat(stderr, "discovery/cache_busters_learnt") == 1
    assert crawl_stat(stderr, "discovery/cache_busters_refuted") >= 1


def test_stamps_far_from_the_crawls_clock_are_no_busters(tmp_path):
    """The same site crawled with the clock (NIANBAO_CACHE_BUSTERS_NOW) more than MAX_YEARS after its stamps: they
    are not time-like then, so nothing is learnt or dropped (the setting reaches the learner)."""
    later = NOW + (MAX_YEARS + 1) * 365.25 * 24 * 3600
    # (the list's pager looks endless then, each answer linking new addresses: the page budget ends the crawl)
    _, stderr = _stamped_site_crawl(tmp_path, later, NIANBAO_MAX_PAGES_PER_PORTAL=12)
    assert crawl_stat(stderr, "discovery/cache_busters_learnt") == 0
    assert crawl_stat(stderr, "discovery/cache_busters_dropped") == 0


def test_a_url_without_a_query_is_not_split_and_a_split_is_the_same_when_cached():
    from nianbao.crawler.discovery.cache_busters import _split

    assert _split("http://www.x.gov.cn/xxgk/nb/index.html") is None
    assert _split("http://www.x.gov.cn/nb/index.html#top?t=1796630400123") is None   # (a fragment's `?`)
    url = f"{LIST}?pageNo=2&t={MS}&%D6%D0=a+b"
    first = _split(url)
    assert first == ("www.x.gov.cn", "/xxgk/nb/list.jsp", (("pageNo", "2"), ("t", str(MS)), ("\ufffd\ufffd", "a+b")))
    assert _split(url) == first
    busters = CacheBusters(NOW)
    busters.learn(answer(MS, 2))
    busters.learn(answer(MS + 1, 2))
    assert busters.drop(url) == (f"{LIST}?pageNo=2&%D6%D0=a+b", ["t"])   # (the others' escaping as written)
    assert busters.drop(f"http://www.x.gov.cn/a.html#t={MS}") == (f"http://www.x.gov.cn/a.html#t={MS}", [])
