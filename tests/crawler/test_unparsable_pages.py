"""Pages whose markup parses to nothing (HtmlPage.unparsable): told apart from genuinely tiny pages, carried by the
analysis and counted by the spider (stats discovery/unparsable_pages), their URL logged once per portal and reason."""

from __future__ import annotations

import logging

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import UNPARSABLE_MIN_CHARS, HtmlPage

LIST = "http://www.x.gov.cn/xxgk/nb/index.html"
ROWS = "".join(f'<li><a href="/xxgk/nb/{n}.html">某某县{2010 + n}年政府信息公开工作年度报告</a></li>'
               for n in range(1, 11))
# a page opening with a comment never closed: lxml finds no document at all (ParserError "Document is empty")
UNCLOSED_LEAD = f"<!-- 页头 开始\n<html><head><title>年报</title></head><body><ul>{ROWS}</ul></body></html>"
# … and one whose conditional comment is closed wrongly (`->`): lxml keeps html/body and one comment of the rest
UNCLOSED_IN_BODY = (f'<html><body><!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]->'
                    f'<div class="list"><ul>{ROWS}</ul></div></body></html>')
WAP = "http://wap.x.gov.cn/xxgk/nb.wml"
DECK = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" '
        '"http://www.wapforum.org/DTD/wml_1.1.xml">\n<wml><card id="nb" title="信息公开年报"><p>'
        + "".join(f'<a href="show.wml?id={n}">{2010 + n}年报</a><br/>' for n in range(1, 11)) + "</p></card></wml>")


def _page(html: str, url: str = LIST) -> HtmlPage:
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def test_a_body_lxml_refuses_is_a_parse_error():
    page = _page(UNCLOSED_LEAD)
    assert page.unparsable == "parse_error"
    assert page.links == []   # what the count is for: the page's ten report links were lost


def test_a_large_body_parsed_to_a_bare_skeleton_is_an_empty_tree():
    page = _page(UNCLOSED_IN_BODY)
    assert len(page.text) >= UNPARSABLE_MIN_CHARS and page.links == []
    assert page.unparsable == "empty_tree"


def test_tiny_empty_and_normal_pages_and_a_wml_deck_are_not_unparsable():
    assert _page("").unparsable is None
    assert _page("   \n").unparsable is None                     # lxml refuses it too: nothing to lose
    assert _page("<!-- 建设中 -->").unparsable is None
    assert _page("<html><head></head><body></body></html>").unparsable is None
    assert _page("<html><body>" + "页面建设中，敬请期待。" * 100 + "</body></html>").unparsable is None   # text only
    # a small page whose only tag a broken comment hides: under the size a page of lost links has
    small = '<html><body><!--[if IE]><a href="/m/">手机版</a></body></html>'
    assert len(small) < UNPARSABLE_MIN_CHARS and _page(small).unparsable is None
    normal = _page(f"<html><head><title>年报</title></head><body><ul>{ROWS}</ul></body></html>")
    assert normal.unparsable is None and len(normal.links) == 10
    deck = _page(DECK, WAP)   # parsed since the XML declaration is removed (it had been a parse error)
    assert deck.unparsable is None and len(deck.links) == 10


def test_the_analysis_carries_the_reason_and_follows_what_it_did():
    def analyse(html: str):
        return analyse_html(PageJob(LIST, html.encode(), "text/html; charset=utf-8", "list"))

    assert analyse(UNCLOSED_LEAD).unparsable == "parse_error"
    assert analyse(UNCLOSED_IN_BODY).unparsable == "empty_tree"
    normal = analyse(f"<html><body><ul>{ROWS}</ul></body></html>")
    assert normal.unparsable is None and len(normal.follows) == 10


def test_the_spider_counts_each_page_and_logs_a_portals_reason_once(tmp_path, caplog):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)

    def parse(url: str, html: str) -> None:
        request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "list", "nianbao_column": LIST})
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request)
        job = PageJob(url, html.encode(), "text/html; charset=utf-8", role="list", column=LIST)
        list(spider.parse_html(response, analyse_html(job)))

    with caplog.at_level(logging.INFO, logger="nianbao.crawler.spiders.portal"):
        for n in range(3):
            parse(f"http://www.x.gov.cn/xxgk/nb/index_{n}.html", UNCLOSED_LEAD)
        parse("http://www.x.gov.cn/xxgk/nb/index_9.html", UNCLOSED_IN_BODY)
        parse("http://www.x.gov.cn/xxgk/nb/index_10.html", f"<html><body><ul>{ROWS}</ul></body></html>")
    stats = spider.crawler.stats
    assert stats.get_value("discovery/unparsable_pages") == 4
    assert stats.get_value("discovery/unparsable_pages/parse_error") == 3
    assert stats.get_value("discovery/unparsable_pages/empty_tree") == 1
    logged = [r.getMessage() for r in caplog.records if "parsed to no elements" in r.getMessage()]
    assert len(logged) == 2   # once per portal and reason, with the first page's URL
    assert "index_0.html" in logged[0] and "parse_error" in logged[0]
    assert "index_9.html" in logged[1] and "empty_tree" in logged[1]
