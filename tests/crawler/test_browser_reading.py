"""Addresses read as a browser reads them where RFC 3986 (urljoin, Scrapy) reads otherwise, the ninth stop's recall
round: a backslash in a redirect's `Location` (crawler/discovery/backslashes.py,
crawler/downloadermiddlewares/backslash_location.py), a link's hash route to another document carried over its
redirect (crawler/discovery/routed_links.py), and a web page named as a site map (crawler/spiders/sitemap_reading.py)."""

from __future__ import annotations

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.backslashes import as_browser_reads
from nianbao.crawler.discovery.bare_hosts import bare_host_url
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.routed_links import routed_links, with_route
from nianbao.crawler.downloadermiddlewares.backslash_location import STAT, BackslashLocationMiddleware
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from tests.crawler.offline_spider import offline_spider

ENTRY = "http://www.x.gov.cn/zwgk/gknb.asp?lb=qzf"


# ------------------------------------------------------------------ backslashes (discovery/backslashes.py)

def test_a_backslash_before_the_query_is_a_path_separator_and_after_it_is_kept():
    assert as_browser_reads("gknb\\list.asp?lb=x") == "gknb/list.asp?lb=x"
    assert as_browser_reads("2022\\rsj_1.htm") == "2022/rsj_1.htm"
    assert as_browser_reads("http:\\\\www.x.gov.cn\\a\\b.html") == "http://www.x.gov.cn/a/b.html"
    # the query and the fragment keep theirs, as a browser's do
    assert as_browser_reads("list.asp?path=a\\b#x\\y") == "list.asp?path=a\\b#x\\y"
    assert as_browser_reads("a\\b#c\\d") == "a/b#c\\d"
    # a scheme that is not special is not the URL standard's case; a reference without one is left alone
    assert as_browser_reads("mailto:a\\b@x.gov.cn") == "mailto:a\\b@x.gov.cn"
    assert as_browser_reads("/zwgk/index.html") == "/zwgk/index.html"


def test_links_and_typed_hosts_use_the_one_reading():
    page = HtmlPage.from_bytes("http://www.x.gov.cn/zwgk/", b"<html><body></body></html>", "text/html")
    assert page.absolute("2022\\rsj_1.htm") == "http://www.x.gov.cn/zwgk/2022/rsj_1.htm"
    assert page.absolute("list.asp?p=a\\b") == "http://www.x.gov.cn/zwgk/list.asp?p=a\\b"   # the query's: kept
    assert bare_host_url("www.x.gov.cn\\zwgk\\nb.html") == "http://www.x.gov.cn/zwgk/nb.html"


# ------------------------------------------------------------------ a redirect's Location (downloadermiddlewares/backslash_location.py)

def _crawler():
    crawler = get_crawler()
    crawler.stats.open_spider()
    return crawler


def _redirect(location: bytes, status: int = 302, url: str = ENTRY) -> tuple[Request, Response]:
    request = Request(url)
    return request, Response(url, status=status, headers={"Location": location}, request=request)


def test_a_backslash_location_is_resolved_where_a_browser_goes():
    crawler = _crawler()
    ours, scrapys = BackslashLocationMiddleware.from_crawler(crawler), RedirectMiddleware.from_crawler(crawler)
    request, response = _redirect(b"gknb\\list.asp?lb=qzf")
    # Scrapy alone keeps it a path character: the 404 the server answers
    assert scrapys.process_response(request, response).url == "http://www.x.gov.cn/zwgk/gknb%5Clist.asp?lb=qzf"
    rewritten = ours.process_response(request, response)
    assert rewritten.headers[b"Location"] == b"gknb/list.asp?lb=qzf"
    assert scrapys.process_response(request, rewritten).url == "http://www.x.gov.cn/zwgk/gknb/list.asp?lb=qzf"
    assert crawler.stats.get_value(STAT) == 1


def test_a_location_without_a_path_backslash_and_a_page_that_is_no_redirect_are_left_as_sent():
    crawler = _crawler()
    ours = BackslashLocationMiddleware.from_crawler(crawler)
    for location, status in ((b"list.asp?path=a\\b", 302), (b"/zwgk/list.asp", 301), (b"gknb\\list.asp", 200)):
        request, response = _redirect(location, status)
        assert ours.process_response(request, response) is response, location
    raw = "/公开/年报\\index.html".encode()   # raw UTF-8 is Scrapy's to read (rawlocation): only the `\` changes
    request, response = _redirect(raw)
    assert ours.process_response(request, response).headers[b"Location"] == "/公开/年报/index.html".encode()
    assert crawler.stats.get_value(STAT) == 1


# ------------------------------------------------------------------ routes to another document (discovery/routed_links.py)

ZWGK = """<html><body><h2>政务公开</h2><ul>
<li><a href="/xxgk/nbgk.shtml#/list/1a2b3c4d">县本级政府信息公开年报</a></li>
<li><a href="/xxgk/nbgk.shtml#/list/5e6f7a8b">县直部门政府信息公开年报</a></li>
<li><a href="/xxgk/nbgk.shtml#/list/1a2b3c4d">县本级(重复)</a></li>
<li><a href="/xxgk/nbgk.shtml">年报</a></li><li><a href="#/own">本页的路由</a></li>
<li><a href="/zwgk/guide.html#top">指南</a></li><li><a href="http://www.y.gov.cn/app/#/list/9">外站</a></li>
</ul></body></html>"""


def _page(html: str, url: str = "http://www.x.gov.cn/zwgk/index.html") -> HtmlPage:
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def test_a_link_keeps_its_route_to_another_document_and_anchors_or_own_routes_are_none():
    routed = routed_links(_page(ZWGK))
    assert routed == {"http://www.x.gov.cn/xxgk/nbgk.shtml": ["http://www.x.gov.cn/xxgk/nbgk.shtml#/list/1a2b3c4d",
                                                                "http://www.x.gov.cn/xxgk/nbgk.shtml#/list/5e6f7a8b"],
                      "http://www.y.gov.cn/app/": ["http://www.y.gov.cn/app/#/list/9"]}   # scope is the analysis's
    assert routed_links(_page("<html><body><a href='/a.html#top'>a</a><a href='#/x'>x</a></body></html>")) == {}


def _analysis(html: str):
    return analyse_html(PageJob("http://www.x.gov.cn/zwgk/index.html", html.encode(), "text/html; charset=utf-8",
                                "section", "", None, 0, ("www.x.gov.cn",), "http://www.x.gov.cn/"))


def test_the_analysis_follows_each_route_as_its_document_is_followed():
    analysis = _analysis(ZWGK)
    plain = {f.url: f for f in analysis.follows}
    assert "http://www.x.gov.cn/xxgk/nbgk.shtml" in plain   # the document itself, as before
    routed = {f.url: f for f in analysis.routed_links}
    assert set(routed) == {"http://www.x.gov.cn/xxgk/nbgk.shtml#/list/1a2b3c4d",
                           "http://www.x.gov.cn/xxgk/nbgk.shtml#/list/5e6f7a8b"}   # off the site: not followed
    document = plain["http://www.x.gov.cn/xxgk/nbgk.shtml"]
    assert all(f.role == document.role for f in routed.values())


def test_the_answer_is_shown_at_the_route_its_request_carried():
    app = "http://www.x.gov.cn/xxgk/nb/"
    assert with_route(app, app + "#/list/1a2b3c4d") == app + "#/list/1a2b3c4d"
    assert with_route(app, app + "#top") == app                   # an anchor is no route
    assert with_route(app, "http://www.x.gov.cn/other/#/list/1") == app   # another document
    assert with_route(app, app) == app


def test_the_spider_asks_each_route_past_the_duplicate_filter_once_and_within_the_bound(tmp_path, monkeypatch):
    from nianbao.crawler import limits

    spider = offline_spider(tmp_path)
    request = spider.make_request("http://www.x.gov.cn/zwgk/index.html", "a", "section", None, "")
    response = HtmlResponse(request.url, body=ZWGK.encode(), encoding="utf-8", request=request)
    analysis = _analysis(ZWGK)
    asked = list(spider._routed_link_requests(response, analysis))
    assert [r.url for r in asked] == ["http://www.x.gov.cn/xxgk/nbgk.shtml#/list/1a2b3c4d",
                                      "http://www.x.gov.cn/xxgk/nbgk.shtml#/list/5e6f7a8b"]
    assert all(r.dont_filter and not r.meta["nianbao_render"] for r in asked)   # a fetch; rendered on evidence
    assert list(spider._routed_link_requests(response, analysis)) == []           # each route once
    monkeypatch.setattr(limits, "MAX_ROUTED_LINKS_PER_PORTAL", 2)
    assert list(spider._routed_link_requests(response, _analysis(ZWGK.replace("1a2b3c4d", "99999999")))) == []
    stats = spider.crawler.stats
    assert (stats.get_value("discovery/routed_links"), stats.get_value("discovery/routed_links_capped")) == (2, 1)


# ------------------------------------------------------------------ a web page named as a site map (spiders/sitemap_reading.py)

SITE_MAP_PAGE = """<html><head><title>站点地图</title></head><body><h2>站点地图</h2><ul>
<li><a href="/xxgk/xxgknb/index.html">政府信息公开年报</a></li>
<li><a href="/nyncj/xxgknb/content/33225b90.html">县农业农村局2018年政府信息公开工作年度报告</a></li></ul></body></html>"""


def _answer(request, body: bytes, content_type: bytes = b"text/html; charset=utf-8"):
    return HtmlResponse(request.url, body=body, headers={"Content-Type": content_type}, request=request)


def test_a_named_site_map_that_is_a_web_page_is_read_as_a_page(tmp_path):
    spider = offline_spider(tmp_path)
    named = spider._sitemap_request("a", "http://www.x.gov.cn/sitemap.html", "http://www.x.gov.cn/robots.txt", "PM",
                                    0)
    response = _answer(named, SITE_MAP_PAGE.encode())
    assert spider.html_page_as_sitemap(response)
    assert response.meta["nianbao_role"] == "page"
    assert spider.crawler.stats.get_value("sitemap/html_pages") == 1


def test_the_guessed_site_map_a_real_site_map_and_an_error_are_not_read_as_pages(tmp_path):
    spider = offline_spider(tmp_path)
    guess = spider.conventional_sitemap_request(Response("http://www.x.gov.cn/", request=spider.make_request(
        "http://www.x.gov.cn/", "a", "home", None, "")))
    assert not spider.html_page_as_sitemap(_answer(guess, SITE_MAP_PAGE.encode()))   # a soft 404, not a declaration
    named = spider._sitemap_request("a", "http://www.x.gov.cn/s/nb.xml", "http://www.x.gov.cn/robots.txt", "PM", 0)
    xml = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
           b'<loc>http://www.x.gov.cn/a.html</loc></url></urlset>')
    assert not spider.html_page_as_sitemap(_answer(named, xml))   # an XML map served as text/html is one
    missing = spider._sitemap_request("a", "http://www.x.gov.cn/s/gone.html", "http://www.x.gov.cn/robots.txt",
                                      "PM", 0)
    assert not spider.html_page_as_sitemap(HtmlResponse(missing.url, status=404, body=b"<html>404</html>",
                                                        request=missing))
    assert spider.crawler.stats.get_value("sitemap/html_pages") is None
