"""Stateful pagers (crawler/discovery/pagers/stateful.py, crawler/spiders/stateful_pagers.py): a list page whose
下一页 is its own address, asked again in a cookie session of its own while the answers move on."""

from __future__ import annotations

from collections import Counter, defaultdict
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from nianbao.crawler.discovery.analysis import Follow, PageAnalysis
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import stateful
from nianbao.crawler.spiders.stateful_pagers import WALK_META, stateful_pager_request, walk_session
from scrapy.http import HtmlResponse, Request

LIST = "http://www.x.gov.cn/xxgk/nb/list.php?act=next"
PAGER = ('<a href="list.php?act=first">首页</a> <a href="list.php?act=prev">上一页</a> '
         '<a href="list.php?act={next}">下一页</a> <a href="list.php?act=last">尾页</a>')


def _page(url: str, next_act: str) -> HtmlPage:
    body = f'<html><body><ul><li><a href="show.php?id=1">2020年年报</a></li></ul>{PAGER.format(next=next_act)}'
    return HtmlPage.from_bytes(url, (body + "</body></html>").encode())


def test_a_next_link_to_the_page_itself_is_found():
    assert stateful.links_itself(_page(LIST, "next"))


def test_a_next_link_elsewhere_or_another_link_to_the_page_is_no_stateful_pager():
    assert not stateful.links_itself(_page("http://www.x.gov.cn/xxgk/nb/list.php", "next"))   # page 1 → page 2
    first = _page("http://www.x.gov.cn/xxgk/nb/list.php?act=first", "next")   # its 首页 links itself, not its 下一页
    assert not stateful.links_itself(first)


def test_the_link_set_fingerprint_ignores_order_and_repeats():
    fp = stateful.link_set_fingerprint
    assert fp(["a", "b"]) == fp(["b", "a", "a"]) != fp(["a", "c"])


def test_a_walk_goes_on_through_the_new_sessions_replay_of_its_first_page():
    walk = stateful.StatefulWalk()
    assert walk.next_step("p2", True, bound=200) is None   # the page that links itself, with new links
    assert walk.next_step("p2", False, bound=200) is None  # the walk's own session: its page 2 again
    assert walk.next_step("p3", True, bound=200) is None
    assert walk.next_step("p4", True, bound=200) is None
    assert walk.next_step("p4", False, bound=200) == stateful.REPEATED   # past the end: the last page again
    assert walk.asked == 4   # the replay, pages 3 and 4, and the repeat


def test_a_page_answering_the_same_forever_stops_on_the_repeat():
    """A self-link whose answer repeats (a static list's last page, a server that ignores the session): the start
    and the new session's replay, then the repeat ends it — never the bound."""
    walk = stateful.StatefulWalk()
    answers = [walk.next_step("same", True, bound=200) for _ in range(5)]
    assert answers[:3] == [None, None, stateful.REPEATED] and walk.asked == 2


def test_a_walk_whose_answers_name_nothing_new_twice_in_a_row_stops():
    walk = stateful.StatefulWalk()
    assert walk.next_step("p2", True, bound=200) is None
    assert walk.next_step("p2", False, bound=200) is None
    assert walk.next_step("p3", False, bound=200) is None   # a middle page whose links were all known: walked past
    assert walk.next_step("p4", True, bound=200) is None    # …and a new link resets the count
    assert walk.next_step("p5", False, bound=200) is None
    assert walk.next_step("p6", False, bound=200) == stateful.NO_NEW_LINKS
    one = stateful.StatefulWalk()   # known_answers=1: the rule before, one known answer ends the walk
    assert [one.next_step(fp, new, 200, known_answers=1) for fp, new in (("p2", True), ("p2", False), ("p3", False))] \
        == [None, None, stateful.NO_NEW_LINKS]


def test_a_walk_whose_answers_always_differ_stops_at_the_bound():
    walk = stateful.StatefulWalk()
    reasons = [walk.next_step(f"p{n}", True, bound=5) for n in range(10)]
    assert reasons[:6] == [None] * 5 + [stateful.BOUND] and walk.asked == 5


class _Spider:
    """What stateful_pager_request asks of the portal spider."""

    def __init__(self):
        self.crawler = SimpleNamespace(stats=SimpleNamespace(values=Counter()))
        self.crawler.stats.inc_value = lambda key, count=1: self.crawler.stats.values.update({key: count})
        self.stateful_pager_steps, self.cookies_enabled, self.max_list_pages = 200, True, 500
        self.states = {"p": SimpleNamespace(list_pages=defaultdict(int))}

    def _child(self, response, url, role, letter, **kwargs):
        return Request(url, meta=kwargs["extra"], dont_filter=kwargs["dont_filter"])


def _answer(cookie: str = "", set_cookie: str = "", meta: dict | None = None) -> HtmlResponse:
    request = Request(LIST, headers={"Cookie": cookie} if cookie else {},
                      meta={"nianbao_portal": "p", **(meta or {})})
    headers = {"Set-Cookie": set_cookie} if set_cookie else {}
    return HtmlResponse(LIST, body=b"<html></html>", headers=headers, request=request)


def _analysis(links_itself: bool = True, report: int = 1) -> PageAnalysis:
    return PageAnalysis(in_column=True, column_key=LIST, links_itself=links_itself,
                        follows=[Follow(f"http://www.x.gov.cn/xxgk/nb/show.php?id={report}", "article", "L")])


def test_a_self_linked_page_in_a_session_is_asked_again_in_a_session_of_its_own():
    spider = _Spider()
    request = stateful_pager_request(spider, _answer(cookie="PHPSESSID=abc"), _analysis(), LIST, new_links=True)
    assert request is not None and request.url == LIST and request.dont_filter
    assert request.meta[WALK_META]["asked"] == 1 and request.meta["dont_merge_cookies"]   # never the crawl's jar
    assert b"Cookie" not in request.headers   # the crawl's session is not the walk's: the server starts a new one
    assert spider.crawler.stats.values["discovery/stateful_pager_steps"] == 1
    step = stateful_pager_request(spider, _answer(meta=request.meta, set_cookie="PHPSESSID=def; path=/"), _analysis(),
                                  LIST, new_links=False)   # the new session's replay of the first page
    assert step is not None and step.headers[b"Cookie"] == b"PHPSESSID=def"
    assert [c["value"] for c in step.meta[WALK_META]["session"]] == ["def"]
    # the answer sets nothing more: the session goes on as carried, one throughout
    last = stateful_pager_request(spider, _answer(cookie="PHPSESSID=def", meta=step.meta), _analysis(report=2),
                                  LIST, new_links=True)
    assert last is not None and last.headers[b"Cookie"] == b"PHPSESSID=def"


def test_the_walks_session_follows_the_servers_set_cookie_within_bounds():
    """A new value replaces the carried one, an expired cookie goes, a cookie for another path is carried but not
    sent; past MAX_STATEFUL_PAGER_COOKIES or _COOKIE_BYTES the rest is dropped, counted."""
    session, dropped = walk_session([], _answer(set_cookie="PHPSESSID=a; path=/"))
    assert dropped == 0 and [c["value"] for c in session] == ["a"]
    request = Request(LIST, meta={"nianbao_portal": "p"})
    moved = HtmlResponse(LIST, body=b"", request=request, headers=[
        ("Set-Cookie", "PHPSESSID=b; path=/"), ("Set-Cookie", "admin=1; path=/admin/"),
        ("Set-Cookie", "gone=1; path=/")])
    session, _ = walk_session(session, moved)
    session, _ = walk_session(session, HtmlResponse(LIST, body=b"", request=request,
                                                    headers={"Set-Cookie": "gone=; Max-Age=0; path=/"}))
    assert sorted(c["name"] for c in session) == ["PHPSESSID", "admin"]
    spider = _Spider()
    walking = {WALK_META: {"answers": ["x", "y"], "asked": 2, "session": session}}
    step = stateful_pager_request(spider, _answer(meta=walking), _analysis(), LIST, new_links=True)
    assert step.headers[b"Cookie"] == b"PHPSESSID=b"   # /admin/'s cookie is not for the list's address
    many = [("Set-Cookie", f"c{n:02d}={'v' * 100}; path=/") for n in range(60)]
    session, dropped = walk_session([], HtmlResponse(LIST, body=b"", request=request, headers=many))
    assert len(session) == 20 and dropped == 40
    big = [("Set-Cookie", f"c{n}={'v' * 1500}; path=/") for n in range(4)]
    session, dropped = walk_session([], HtmlResponse(LIST, body=b"", request=request, headers=big))
    assert len(session) == 2 and dropped == 2   # 4096 bytes hold two of 1,500
    walking = {WALK_META: {"answers": ["x"], "asked": 1, "session": []}}
    stateful_pager_request(spider, HtmlResponse(LIST, body=b"", headers=many, request=Request(
        LIST, meta={"nianbao_portal": "p", **walking})), _analysis(), LIST, new_links=True)
    assert spider.crawler.stats.values["discovery/stateful_pager_cookies_dropped"] == 40


def test_a_self_linked_page_without_a_session_is_not_walked():
    spider = _Spider()
    assert stateful_pager_request(spider, _answer(), _analysis(), LIST, new_links=True) is None
    assert spider.crawler.stats.values == {"discovery/stateful_pager_stopped/no_session": 1}
    choice = _answer(cookie="unit=3", meta={"dont_merge_cookies": True})   # a cookie choice's own header
    assert stateful_pager_request(spider, choice, _analysis(), LIST, new_links=True) is None


def test_a_page_that_links_elsewhere_starts_no_walk_and_ends_one():
    spider = _Spider()
    answer = _answer(cookie="PHPSESSID=abc")
    assert stateful_pager_request(spider, answer, _analysis(links_itself=False), LIST, new_links=True) is None
    assert not spider.crawler.stats.values
    walking = _answer(cookie="PHPSESSID=abc", meta={WALK_META: {"answers": ["x"], "asked": 3}, "cookiejar": "j"})
    assert stateful_pager_request(spider, walking, _analysis(links_itself=False), LIST, new_links=True) is None
    assert spider.crawler.stats.values == {f"discovery/stateful_pager_stopped/{stateful.ENDED}": 1}


# ---------------------------------------------------------------- a walk whose steps any worker of a shared frontier takes

class _SessionList:
    """The sandbox's sessionpager in one process: a PHP list whose page number lives in the visitor's session
    (`$_SESSION['page']`), one report a page; an unknown or missing PHPSESSID starts a new session on page 1, as PHP
    without `session.use_strict_mode` does. Every page links `list.php?act=next`, its own address."""

    def __init__(self, pages: int, wraps: bool = False):
        self.pages, self.wraps, self.sessions, self.started, self.answered = pages, wraps, {}, 0, 0

    def answer(self, request: Request) -> HtmlResponse:
        cookie = request.headers.get(b"Cookie", b"").decode()
        sid = next((v for n, _, v in (p.strip().partition("=") for p in cookie.split(";")) if n == "PHPSESSID"), "")
        headers = {}
        if sid not in self.sessions:
            self.started += 1
            sid = f"s{self.started:03d}"
            headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/"
        act = parse_qs(urlsplit(request.url).query).get("act", ["first"])[0]
        current = self.sessions.get(sid, 1)
        page = {"first": 1, "next": current + 1}.get(act, current)
        page = 1 if self.wraps and page > self.pages else min(max(page, 1), self.pages)   # past the end: the last again
        self.answered += 1
        self.sessions[sid] = page
        body = f'<ul><li><a href="show.php?id={page}">第{page}页的年报</a></li></ul>{PAGER.format(next="next")}'
        return HtmlResponse(request.url, body=body.encode(), headers=headers, request=request, encoding="utf-8")


class _Worker:
    """One crawl process of a shared frontier, as much as a walk's step needs: its spider (the glue's view), its own
    CookiesMiddleware (its cookie jars) and its scheduler on the shared Redis queue."""

    def __init__(self, redis_url: str, frontier: str, worker_id: str):
        from nianbao.crawler.frontier import LeasingScheduler
        from nianbao.crawler.runner import redis_frontier_settings
        from scrapy import Spider
        from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
        from scrapy.utils.test import get_crawler

        crawler = get_crawler(Spider, {**redis_frontier_settings(redis_url, frontier), "NIANBAO_CRAWL_ID": worker_id})
        crawler.spider = crawler._create_spider("walk")
        self.scheduler = LeasingScheduler.from_crawler(crawler)
        self.scheduler.open(crawler.spider)
        self.cookies = CookiesMiddleware.from_crawler(crawler)
        self.spider = _PortalSpider()

    def close(self) -> None:
        if self.scheduler._heartbeat is not None and self.scheduler._heartbeat.running:
            self.scheduler._heartbeat.stop()


class _PortalSpider(_Spider):
    def _child(self, response, url, role, letter, **kwargs):
        return Request(url, meta={"nianbao_portal": "p", **kwargs["extra"]}, dont_filter=kwargs["dont_filter"])


def _walk(server: _SessionList, workers: list[_Worker], known: tuple[int, ...] = ()) -> list[str]:
    """The reports a walk of `server`'s list finds when its steps go through the shared queue and the workers take
    them in turn (w0, w1, w0 …): the list's `act=next` is first met as a plain link in w0's crawl jar (page 2 of
    a new session: page 1 is the column's own address, list.php). `known`: pages whose report was asked for before
    (a sitemap named it)."""
    found: list[str] = [f"http://www.x.gov.cn/xxgk/nb/show.php?id={n}" for n in known]
    request, turn = Request(LIST, meta={"nianbao_portal": "p"}), 0
    while request is not None:
        worker = workers[turn % len(workers)]
        worker.cookies.process_request(request)
        response = server.answer(request)
        worker.cookies.process_response(request, response)
        report = HtmlPage.from_bytes(response.url, response.body).links[0].url
        new = report not in found
        found += [report] if new else []
        analysis = PageAnalysis(in_column=True, column_key=LIST, links_itself=True,
                                follows=[Follow(report, "article", "L")])
        step = stateful_pager_request(worker.spider, response, analysis, LIST, new_links=new)
        if step is None:
            stopped = set(workers[0].spider.crawler.stats.values) | set(worker.spider.crawler.stats.values)
            found.append(next(key.rsplit("/", 1)[1] for key in stopped if "stateful_pager_stopped" in key))
            break
        assert worker.scheduler.enqueue_request(step)
        turn += 1
        request = workers[turn % len(workers)].scheduler.next_request()   # request → Redis → another worker
    return found


@pytest.fixture
def shared_workers(redis_url, request):
    opened: list[_Worker] = []

    def make(count: int) -> list[_Worker]:
        made = [_Worker(redis_url, f"walk-{request.node.name}", f"w{len(opened) + n}") for n in range(count)]
        opened.extend(made)
        return made

    yield make
    for worker in opened:
        worker.close()


@pytest.mark.redis
def test_a_walk_goes_on_in_its_session_whichever_worker_takes_a_step(shared_workers):
    """The walk's session crosses the frontier in the step's meta: a worker whose jars never saw it sends it."""
    server = _SessionList(pages=6)
    found = _walk(server, shared_workers(2))
    assert found == [*(f"http://www.x.gov.cn/xxgk/nb/show.php?id={n}" for n in range(2, 7)),   # page 1: list.php
                     stateful.REPEATED]   # the true end: page 6 again
    assert server.started == 2   # the crawl's session and the walk's own: no step started another


@pytest.mark.redis
def test_a_walk_in_one_worker_is_unchanged(shared_workers):
    server = _SessionList(pages=6)
    assert len(_walk(server, shared_workers(1))) == 6 and server.started == 2
    assert server.answered == 7   # page 2 met, its replay in the walk's session, pages 3-6, page 6 again


@pytest.mark.redis
def test_a_middle_page_whose_links_were_all_known_does_not_end_the_walk(shared_workers):
    """Page 4's report was named first by a sitemap: the walk goes past it to pages 5-8 and stops at the true end,
    when the last page repeats, without a further ask. Two known pages in a row do end it (the negative)."""
    server = _SessionList(pages=8)
    found = _walk(server, shared_workers(2), known=(4,))
    assert found[-5:] == [*(f"http://www.x.gov.cn/xxgk/nb/show.php?id={n}" for n in (5, 6, 7, 8)), stateful.REPEATED]
    assert server.answered == 9   # page 2 met, its replay, pages 3-8, page 8 again
    server = _SessionList(pages=8)
    found = _walk(server, shared_workers(2), known=(4, 5))
    assert found[-1] == stateful.NO_NEW_LINKS and "http://www.x.gov.cn/xxgk/nb/show.php?id=6" not in found


@pytest.mark.redis
def test_a_list_that_wraps_past_its_end_stops_after_one_more_ask(shared_workers):
    """Past its end the list starts again at page 1 (known: the column's own page): one more ask, then page 2 —
    a repeat of the walk's — ends it."""
    server = _SessionList(pages=5, wraps=True)
    found = _walk(server, shared_workers(2), known=(1,))
    assert found[-1] == stateful.REPEATED and server.answered == 7   # 2, replay, 3, 4, 5, 1, 2
