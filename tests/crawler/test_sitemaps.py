"""Site maps (crawler/discovery/sitemaps.py): robots.txt `Sitemap:` lines, indexes, url sets, gzip, bounds and
what is no site map at all."""

from __future__ import annotations

import gzip

from nianbao.crawler import limits
from nianbao.crawler.discovery.sitemaps import conventional_sitemap, read_sitemap, robots_sitemaps

from tests.crawler.offline_spider import offline_spider

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _urlset(locs: list[str]) -> bytes:
    rows = "".join(f"<url><loc>{loc}</loc><lastmod>2024-01-02</lastmod></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {NS}>{rows}</urlset>'.encode()


def test_robots_txt_names_its_site_maps_in_order_relative_ones_resolved():
    robots = (b"User-agent: *\nDisallow: /search/\n\nSitemap: http://www.x.gov.cn/sitemap.xml\n"
              b"sitemap: /sitemap/news.xml\nSITEMAP: http://www.x.gov.cn/sitemap.xml\nSitemap: ftp://x/a.xml\n")
    assert robots_sitemaps(robots, "http://www.x.gov.cn/robots.txt") == [
        "http://www.x.gov.cn/sitemap.xml", "http://www.x.gov.cn/sitemap/news.xml"]
    assert robots_sitemaps(b"User-agent: *\nDisallow:\n", "http://www.x.gov.cn/robots.txt") == []
    many = b"".join(b"Sitemap: /s%d.xml\n" % i for i in range(50))
    assert len(robots_sitemaps(many, "http://www.x.gov.cn/robots.txt")) == limits.MAX_ROBOTS_SITEMAPS


def test_a_robots_line_that_names_no_url_is_left_out_and_the_others_read():
    # urljoin raises on it: the robots middleware's fetch of the homepage failed with it (AssertionError)
    robots = b"User-agent: *\nDisallow: /admin/\nSitemap: http://[bad/sitemap.xml\nSitemap: /sitemap.xml\n"
    assert robots_sitemaps(robots, "http://www.x.gov.cn/robots.txt") == ["http://www.x.gov.cn/sitemap.xml"]


def test_the_conventional_site_map_is_on_the_homepage_host():
    assert conventional_sitemap("http://www.x.gov.cn/index.htm") == "http://www.x.gov.cn/sitemap.xml"
    assert conventional_sitemap("https://x.gov.cn:8443/") == "https://x.gov.cn:8443/sitemap.xml"


def test_an_index_names_site_maps_and_a_url_set_names_pages():
    index = (f'<?xml version="1.0"?><sitemapindex {NS}><sitemap><loc>http://www.x.gov.cn/sitemap/a.xml</loc>'
             f'</sitemap><sitemap><loc> /sitemap/b.xml </loc></sitemap></sitemapindex>').encode()
    entries = read_sitemap(index, "http://www.x.gov.cn/sitemap.xml")
    assert entries.kind == "sitemapindex" and entries.pages == []
    assert entries.sitemaps == ["http://www.x.gov.cn/sitemap/a.xml", "http://www.x.gov.cn/sitemap/b.xml"]
    pages = ["http://www.x.gov.cn/xxgk/nb/t20240102_1.htm", "http://www.x.gov.cn/xxgk/nb/t20230102_2.htm"]
    entries = read_sitemap(_urlset([*pages, pages[0]]), "http://www.x.gov.cn/sitemap/a.xml")
    assert (entries.kind, entries.pages, entries.sitemaps, entries.truncated) == ("urlset", pages, [], False)


def test_a_gzipped_site_map_is_unpacked_and_a_broken_one_keeps_what_was_read():
    pages = [f"http://www.x.gov.cn/a/{i}.htm" for i in range(3)]
    assert read_sitemap(gzip.compress(_urlset(pages)), "http://www.x.gov.cn/s.xml.gz").pages == pages
    assert read_sitemap(b"\x1f\x8b\x08garbage", "http://www.x.gov.cn/s.xml.gz").kind == ""
    cut = _urlset(pages)[:-30]   # the last entry cut off mid-way: lxml's recover keeps the whole ones
    assert read_sitemap(cut, "http://www.x.gov.cn/s.xml").pages[:2] == pages[:2]


def test_a_map_larger_than_the_bound_gives_its_first_entries_gzipped_or_not(monkeypatch, tmp_path):
    # was: a gzip'd map past MAX_SITEMAP_BYTES unpacked gave nothing (Scrapy's gunzip raises), and a plain one was
    # requested with download_maxsize=MAX_SITEMAP_BYTES (Scrapy cancels the download: nothing read either)
    pages = [f"http://www.x.gov.cn/a/{i}.htm" for i in range(200)]
    body = _urlset(pages)
    monkeypatch.setattr(limits, "MAX_SITEMAP_BYTES", len(body) // 2)
    for sent in (body, gzip.compress(body)):
        entries = read_sitemap(sent, "http://www.x.gov.cn/s.xml")
        assert entries.truncated and 50 < len(entries.pages) < 200 and entries.pages == pages[:len(entries.pages)]
    packed = gzip.compress(body[:len(body) // 3]) + gzip.compress(body[len(body) // 3:])   # two members, then cut
    assert read_sitemap(packed[:-40], "http://www.x.gov.cn/s.xml").pages[:50] == pages[:50]
    spider = offline_spider(tmp_path)
    request = spider._sitemap_request("a", "http://www.x.gov.cn/sitemap.xml", "http://www.x.gov.cn/", "M", 0)
    assert "download_maxsize" not in request.meta   # the crawl's response cap, not MAX_SITEMAP_BYTES


def test_entries_are_bounded(monkeypatch):
    monkeypatch.setattr(limits, "MAX_SITEMAP_ENTRIES", 5)
    entries = read_sitemap(_urlset([f"http://www.x.gov.cn/{i}.htm" for i in range(9)]), "http://www.x.gov.cn/s.xml")
    assert len(entries.pages) == 5 and entries.truncated


def test_what_is_no_site_map_says_so():
    for body in (b"", b"<html><body>404 Not Found</body></html>", b"not xml at all", b'{"urlset": []}',
                 b"<?xml version='1.0'?><rss><channel><item><link>http://x/</link></item></channel></rss>"):
        assert read_sitemap(body, "http://www.x.gov.cn/sitemap.xml").kind == "", body
    # a page that is no http(s) URL is left out; an entity is not expanded (no XXE)
    xxe = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<urlset><url><loc>&e;</loc></url><url><loc>javascript:alert(1)</loc></url>'
           b'<url><loc>http://www.x.gov.cn/ok.htm</loc></url></urlset>')
    assert read_sitemap(xxe, "http://www.x.gov.cn/sitemap.xml").pages == ["http://www.x.gov.cn/ok.htm"]


def test_a_text_site_map_is_read_as_a_url_set_one_url_a_line():
    # sitemaps.org's text form: UTF-8, one absolute URL a line (a BOM, blank lines, CRLF and a repeat are tolerated)
    body = ("\ufeffhttp://www.x.gov.cn/xxgk/szf/ndbg/202301/t20230128_1.html\r\n\r\n"
            "https://www.x.gov.cn/a.htm?id=2\nhttp://www.x.gov.cn/a.htm?id=2\n"
            "not a url\n/relative/path.html\nhttp://other.gov.cn/b.html\n").encode()
    entries = read_sitemap(body, "http://www.x.gov.cn/sitemap.txt")
    assert entries.kind == "urlset" and entries.text
    # off-site lines are kept here: the spider's scope decides (sitemap/links_offsite)
    assert entries.pages == ["http://www.x.gov.cn/xxgk/szf/ndbg/202301/t20230128_1.html",
                             "https://www.x.gov.cn/a.htm?id=2", "http://www.x.gov.cn/a.htm?id=2",
                             "http://other.gov.cn/b.html"]
    assert entries.skipped_lines == 2   # the words and the relative path: the protocol's lines are absolute URLs
    gz = read_sitemap(gzip.compress(body), "http://www.x.gov.cn/sitemap.txt.gz")
    assert gz.text and gz.pages == entries.pages


def test_a_text_answer_that_does_not_open_with_a_url_is_no_site_map(monkeypatch):
    for body in (b"404 Not Found\nhttp://www.x.gov.cn/\n", b"\n\n", "页面不存在".encode(), b"\x00\x01\x02binary",
                 b"ftp://www.x.gov.cn/a.txt\n", b"http://www.x.gov.cn/a b c\n"):
        assert read_sitemap(body, "http://www.x.gov.cn/sitemap.txt").kind == "", body
    monkeypatch.setattr(limits, "MAX_SITEMAP_ENTRIES", 3)
    many = "".join(f"http://www.x.gov.cn/{i}.htm\n" for i in range(9)).encode()
    entries = read_sitemap(many, "http://www.x.gov.cn/sitemap.txt")
    assert len(entries.pages) == 3 and entries.truncated
    monkeypatch.setattr(limits, "MAX_SITEMAP_BYTES", 60)   # 26 bytes a line: the line the bound cuts is left out, not read half
    entries = read_sitemap(many, "http://www.x.gov.cn/sitemap.txt")
    assert entries.pages == ["http://www.x.gov.cn/0.htm", "http://www.x.gov.cn/1.htm"] and entries.truncated


# ------------------------------------------------------------------ through the spider (crawler/spiders/sitemap_reading.py)

def _spider(tmp_path):
    return offline_spider(tmp_path)


def _answer(request, body: bytes, status: int = 200):
    from scrapy.http import Response

    return Response(request.url, status=status, body=body, request=request)


def test_the_spider_follows_an_index_to_its_url_sets_and_ranks_their_pages_with_the_unranked_links(tmp_path):
    spider = _spider(tmp_path)
    home = "http://www.x.gov.cn/"
    first = spider._sitemap_request("a", "http://www.x.gov.cn/sitemap.xml", home, "M", 0)
    assert (first.meta["nianbao_role"], first.meta["nianbao_charge"], first.meta["nianbao_render"]) == \
        ("sitemap", False, False)
    assert spider._sitemap_request("a", "http://www.x.gov.cn/sitemap.xml", home, "M", 0) is None   # asked once
    assert spider._sitemap_request("a", "http://www.y.gov.cn/sitemap.xml", home, "M", 0) is None   # another site
    index = (f'<sitemapindex {NS}><sitemap><loc>http://www.x.gov.cn/s/nb.xml</loc></sitemap>'
             f'<sitemap><loc>http://www.y.gov.cn/s/other.xml</loc></sitemap></sitemapindex>').encode()
    maps = [r for r in spider.parse_sitemap(_answer(first, index)) if r is not None]
    assert [(r.url, r.meta["nianbao_sitemap_level"]) for r in maps] == [("http://www.x.gov.cn/s/nb.xml", 1)]
    pages = ["http://www.x.gov.cn/xxgk/nb/t1.htm", "http://www.x.gov.cn/xwzx/t2.htm", "http://www.y.gov.cn/t3.htm",
             "http://www.x.gov.cn/u/2023.pdf"]
    assert list(spider.parse_sitemap(_answer(maps[0], _urlset(pages)))) == []
    waiting = {entry[0]: (entry[2], entry[6]) for entry in spider.states["a"].generic}
    # in-site pages wait, ranked by their URL (a disclosure path first); the file as a file; off-site ones dropped
    assert set(waiting) == {pages[0], pages[1], pages[3]}
    assert waiting[pages[0]][1] > waiting[pages[1]][1] and waiting[pages[3]][0] is True
    stats = spider.crawler.stats
    assert (stats.get_value("sitemap/sitemapindex"), stats.get_value("sitemap/urlset"),
            stats.get_value("sitemap/links")) == (1, 1, 3)
    # what is left out for being on another site is counted: the map the test asked for, the index's, the page
    assert (stats.get_value("sitemap/offsite"), stats.get_value("sitemap/links_offsite")) == (2, 1)


def test_the_spider_stops_at_the_depth_and_counts_what_is_no_site_map(tmp_path, monkeypatch):
    spider = _spider(tmp_path)
    deep = spider._sitemap_request("a", "http://www.x.gov.cn/s/deep.xml", "http://www.x.gov.cn/", "M",
                                   limits.MAX_SITEMAP_DEPTH)
    index = f'<sitemapindex {NS}><sitemap><loc>http://www.x.gov.cn/s/deeper.xml</loc></sitemap></sitemapindex>'
    assert list(spider.parse_sitemap(_answer(deep, index.encode()))) == []
    guess = spider._sitemap_request("a", "http://www.x.gov.cn/sitemap.xml", "http://www.x.gov.cn/", "M", 0)
    assert list(spider.parse_sitemap(_answer(guess, b"<html>Not Found</html>", 404))) == []
    stats = spider.crawler.stats
    assert (stats.get_value("sitemap/too_deep"), stats.get_value("sitemap/failed/http_404")) == (1, 1)
    spider.max_pages_per_portal = 2   # a url set names more pages than the budget could fetch: the first kept
    urlset = spider._sitemap_request("a", "http://www.x.gov.cn/s/big.xml", "http://www.x.gov.cn/", "M", 1)
    list(spider.parse_sitemap(_answer(urlset, _urlset([f"http://www.x.gov.cn/a/{i}.htm" for i in range(5)]))))
    assert [entry[0] for entry in spider.states["a"].generic] == ["http://www.x.gov.cn/a/0.htm",
                                                                   "http://www.x.gov.cn/a/1.htm"]
    assert stats.get_value("sitemap/links_capped") == 3
    monkeypatch.setattr(limits, "MAX_SITEMAPS_PER_PORTAL", 3)
    assert spider._sitemap_request("a", "http://www.x.gov.cn/s/3.xml", "http://www.x.gov.cn/", "M", 0) is None
    assert stats.get_value("sitemap/capped") == 1


def test_a_site_map_that_fails_is_counted_by_reason_and_logged_once_at_debug(tmp_path, caplog):
    """An error answer (404 to the callback; 403 and a 5xx past its retries to the errback), a download that
    failed, a body that is no site map: each counted `sitemap/failed/<reason>`, none a portal error."""
    import logging

    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.error import TimeoutError
    from twisted.python.failure import Failure

    spider = _spider(tmp_path)

    def asked(path: str):
        return spider._sitemap_request("a", f"http://www.x.gov.cn{path}", "http://www.x.gov.cn/", "M", 0)

    def failed(request, exc):
        try:
            raise exc
        except Exception:   # noqa: BLE001 - a Failure of the raised exception, as Scrapy hands the errback
            failure = Failure()
        failure.request = request
        spider.on_error(failure)

    caplog.set_level(logging.DEBUG, logger="nianbao.crawler.spiders.sitemap_reading")
    assert list(spider.parse_sitemap(_answer(asked("/sitemap.xml"), b"<html>Not Found</html>", 404))) == []
    assert list(spider.parse_sitemap(_answer(asked("/s/soft.xml"), "<html><body>首页</body></html>".encode()))) == []
    for path, status in (("/s/forbidden.xml", 403), ("/s/down.xml", 503)):
        request = asked(path)
        failed(request, HttpError(_answer(request, b"<html>error</html>", status), "Ignoring non-200 response"))
    failed(asked("/s/slow.xml"), TimeoutError("Getting http://www.x.gov.cn/s/slow.xml took longer than 30 s"))
    stats = spider.crawler.stats
    assert {name: stats.get_value(f"sitemap/failed/{name}") for name in
            ("http_404", "not_a_sitemap", "http_403", "http_503", "TimeoutError")} == dict.fromkeys(
        ("http_404", "not_a_sitemap", "http_403", "http_503", "TimeoutError"), 1)
    assert stats.get_value("sitemap/failed") == 5
    assert not [key for key in stats.get_stats() if key.startswith("portal/a/errors")]
    messages = [r.getMessage() for r in caplog.records if "site map" in r.getMessage()]
    assert len(messages) == 5 and {r.levelno for r in caplog.records} == {logging.DEBUG}
    assert "site map http://www.x.gov.cn/s/slow.xml not read (TimeoutError)" in messages[-1]
