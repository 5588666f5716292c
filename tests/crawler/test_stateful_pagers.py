"""Stateful pagers (crawler/discovery/pagers/stateful.py, crawler/spiders/stateful_pagers.py): a list page whose
下一页 is its own address, asked again in a cookie session of its own while the answers move on."""

from __future__ import annotations

from collections import Counter, defaultdict
from types import SimpleNamespace

from nianbao.crawler.discovery.analysis import Follow, PageAnalysis
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import stateful
from nianbao.crawler.spiders.stateful_pagers import WALK_META, stateful_pager_request
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


def test_a_walk_whose_answer_names_nothing_new_stops():
    walk = stateful.StatefulWalk()
    assert walk.next_step("p2", True, bound=200) is None
    assert walk.next_step("p2", False, bound=200) is None
    assert walk.next_step("p3", False, bound=200) == stateful.NO_NEW_LINKS


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


def _analysis(links_itself: bool = True) -> PageAnalysis:
    return PageAnalysis(in_column=True, column_key=LIST, links_itself=links_itself,
                        follows=[Follow("http://www.x.gov.cn/xxgk/nb/show.php?id=1", "article", "L")])


def test_a_self_linked_page_in_a_session_is_asked_again_in_a_jar_of_its_own():
    spider = _Spider()
    request = stateful_pager_request(spider, _answer(cookie="PHPSESSID=abc"), _analysis(), LIST, new_links=True)
    assert request is not None and request.url == LIST and request.dont_filter
    assert request.meta["cookiejar"] == f"{WALK_META}:{LIST}" and request.meta[WALK_META]["asked"] == 1
    assert spider.crawler.stats.values["discovery/stateful_pager_steps"] == 1
    step = stateful_pager_request(spider, _answer(meta=request.meta, set_cookie="PHPSESSID=def"), _analysis(), LIST,
                                  new_links=False)   # the new session's replay of the first page
    assert step is not None and step.meta["cookiejar"] == request.meta["cookiejar"]   # one session throughout


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
