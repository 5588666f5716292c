"""Fragment-only pagers (`<a href="#pageIndex=2">`): the same name and number tried in the page's query, as the
list's script does (crawler/discovery/pagers/fragment_params.py); in-page anchors and hash routes left alone."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES
from nianbao.crawler.discovery.pagers.fragment_params import PAGER, fragment_query_pages

LIST = "http://www.x.gov.cn/zwgk/gknb/index.jsp"


def _page(links: str, url: str = LIST, text: str = "") -> HtmlPage:
    return HtmlPage(url=url, text=f"<html><body><ul><li><a href='/a.html'>报告</a></li></ul>{text}"
                                  f"<div class='pager'>{links}</div></body></html>", encoding="utf-8")


def _pager(name: str, numbers, labels=None) -> str:
    return "".join(f'<a href="#{name}={n}">{label}</a>' for n, label in zip(numbers, labels or numbers, strict=True))


def test_a_fragment_pager_is_asked_for_in_the_query():
    page = _page(_pager("pageIndex", [1, 1, 1, 2, 3, 2, 5], ["首页", "上一页", 1, 2, 3, "下一页", "尾页"]))
    requests = fragment_query_pages(page)
    assert [r.url for r in requests] == [f"{LIST}?pageIndex={n}" for n in (2, 3, 4, 5)]
    assert {r.pager for r in requests} == {PAGER}
    # from a later page: the others, the first one included; the page itself left out
    later = fragment_query_pages(_page(_pager("page", [1, 2, 3]), url=f"{LIST}?page=2"))
    assert [r.url for r in later] == [f"{LIST}?page=1", f"{LIST}?page=3"]


def test_a_printed_page_count_extends_the_pager_within_the_list_page_limit():
    page = _page(_pager("pageNo", [1, 2, 3]), text="<span>共12页</span>")
    assert [r.url for r in fragment_query_pages(page)][-1] == f"{LIST}?pageNo=12"
    huge = _page(_pager("pageNo", [1, 2, 3]), text=f"<span>共{MAX_PAGES + 100}页</span>")
    assert len(fragment_query_pages(huge)) == MAX_PAGES


def test_anchors_routes_and_other_state_are_no_pager():
    anchors = _page('<a href="#top">返回顶部</a><a href="#content">跳到正文</a><a href="#">1</a>')
    routes = _page('<a href="#/list?page=2">2</a><a href="#!page=3">3</a><a href="#!/list/page=2">2</a>')
    state = _page('<a href="#tab=2">部门</a><a href="#id=5">5</a><a href="#page=abc">下一页</a>')
    elsewhere = _page('<a href="/other.jsp#page=2">2</a>')   # a link to another document (followed as one)
    for page in (anchors, routes, state, elsewhere):
        assert fragment_query_pages(page) == []
