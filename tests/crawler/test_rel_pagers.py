"""Pagers declared as link types (`<link rel="next|prev|last">`, `<a rel="next">`): discovery/pagers/relpages.py
and where the analysis reads them."""

from __future__ import annotations

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, relpages

LIST = "http://www.x.gov.cn/zwgk/ndbg/index_3.html"
BUTTONS = ('<div class="pagination"><a href="javascript:;" class="prev">上一页</a> 3/9 '
           '<a href="javascript:;" class="next">下一页</a></div>')


def _page(head: str, body: str = BUTTONS, url: str = LIST) -> HtmlPage:
    html = f"<html><head><title>政府信息公开年报</title>{head}</head><body>{body}</body></html>"
    return HtmlPage.from_bytes(url, html.encode(), "text/html; charset=utf-8")


def _urls(page: HtmlPage) -> list[str]:
    return [r.url for r in relpages.rel_pages(page)]


def test_head_next_and_prev_are_pager_pages():
    page = _page('<link rel="prev" href="index_2.html"><link rel="next" href="index_4.html">')
    assert _urls(page) == ["http://www.x.gov.cn/zwgk/ndbg/index_2.html", "http://www.x.gov.cn/zwgk/ndbg/index_4.html"]
    assert {r.pager for r in relpages.rel_pages(page)} == {"rel"}


def test_last_declares_the_pages_between():
    page = _page('<link rel="next" href="index_4.html"><link rel="last" href="index_9.html">')
    assert _urls(page) == [f"http://www.x.gov.cn/zwgk/ndbg/index_{n}.html" for n in (4, 9, 5, 6, 7, 8)]


def test_query_parameter_pages_between_next_and_last():
    page = _page('<link rel="next" href="?page=2"><link rel="last" href="list.jsp?page=4">',
                 url="http://www.x.gov.cn/nb/list.jsp")
    assert _urls(page) == ["http://www.x.gov.cn/nb/list.jsp?page=2", "http://www.x.gov.cn/nb/list.jsp?page=4",
                           "http://www.x.gov.cn/nb/list.jsp?page=3"]


def test_anchor_rel_next_and_multiple_types():
    page = _page("", '<a rel="nofollow next" href="/nb/p2.html">›</a><a rel="nofollow" href="/a.html">a</a>',
                 url="http://www.x.gov.cn/nb/p1.html")
    assert _urls(page) == ["http://www.x.gov.cn/nb/p2.html"]


def test_a_link_type_in_capitals_passes_the_lower_cased_pre_check():
    # declared_pages tests the lower-cased page for the types' words before its case-insensitive search
    page = _page('<LINK REL="NEXT" HREF="index_4.html">', body="<p>共9页</p>")
    assert _urls(page) == ["http://www.x.gov.cn/zwgk/ndbg/index_4.html"]
    assert relpages.declared_pages(_page("", body="<p>共9页</p>")) == []


def test_other_types_other_hosts_scripts_and_self_are_not_pages():
    page = _page('<link rel="stylesheet" href="next.css"><link rel="alternate" href="/m/index_3.html">'
                 '<link rel="next" href="http://other.gov.cn/index_4.html"><link rel="prev" href="javascript:;">'
                 '<link rel="first" href="index_3.html">')
    assert _urls(page) == []
    assert _urls(_page("")) == []


def test_pages_between_are_bounded():
    page = _page('<link rel="next" href="index_4.html"><link rel="last" href="index_9999.html">')
    assert len(_urls(page)) == MAX_PAGES


def test_analysis_reads_rel_pagers_of_a_column_page():
    page = _page('<link rel="next" href="index_4.html">')
    job = PageJob(LIST, page.text.encode(), "text/html; charset=utf-8", role="list", column=LIST)
    pagers = analyse_html(job).pagers
    assert [(r.url, r.pager) for r in pagers if r.pager == "rel"] == [("http://www.x.gov.cn/zwgk/ndbg/index_4.html",
                                                                       "rel")]


def test_a_rendered_lists_held_pager_navigations_are_its_pages():
    from nianbao.crawler.discovery.pagers import clicked

    dom = _page("", BUTTONS + '<div hidden data-nianbao-clicked="3"><a href="index_4.html"></a>'
                '<a href="detail.html">标题</a><a href="http://other.gov.cn/index_5.html"></a></div>')
    assert [(r.url, r.pager) for r in clicked.clicked_pages(dom)] == [("http://www.x.gov.cn/zwgk/ndbg/index_4.html",
                                                                       "clicked")]
    job = PageJob(LIST, dom.text.encode(), "text/html; charset=utf-8", role="list", column=LIST, rendered=True)
    result = analyse_html(job)
    assert "http://www.x.gov.cn/zwgk/ndbg/index_4.html" in [r.url for r in result.pagers]
    # a pager page, not also a (sub-column) link one hop deeper: a list rendered page after page stayed in depth
    assert "http://www.x.gov.cn/zwgk/ndbg/index_4.html" not in [f.url for f in result.follows]
    unrendered = PageJob(LIST, dom.text.encode(), "text/html; charset=utf-8", role="list", column=LIST)
    assert all(r.pager != "clicked" for r in analyse_html(unrendered).pagers)   # a page's own markup: no such box


def test_a_canonical_naming_another_page_of_the_site_is_a_list_page():
    page = _page('<link rel="canonical" href="http://www.x.gov.cn/zwgk/ndbg/index_all.html">')
    assert [(r.url, r.pager) for r in relpages.canonical_pages(page)] == [
        ("http://www.x.gov.cn/zwgk/ndbg/index_all.html", "canonical")]
    job = PageJob(LIST, page.text.encode(), "text/html; charset=utf-8", role="list", column=LIST)
    assert ("http://www.x.gov.cn/zwgk/ndbg/index_all.html", "canonical") in [
        (r.url, r.pager) for r in analyse_html(job).pagers]


def test_a_canonical_naming_the_page_itself_or_another_host_is_nothing_new():
    assert relpages.canonical_pages(_page(f'<link rel="canonical" href="{LIST}">')) == []
    assert relpages.canonical_pages(_page(f'<link rel="canonical" href="{LIST}#top">')) == []
    assert relpages.canonical_pages(_page('<link rel="canonical" href="http://www.other.gov.cn/all.html">')) == []
    assert relpages.canonical_pages(_page('<link rel="alternate" href="index_all.html">')) == []
