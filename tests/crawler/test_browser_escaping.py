"""A link's URL as a browser escapes it (crawler/discovery/browser_escaping.py): the URL Standard's sets where
w3lib's are stricter; None where the two agree."""

from __future__ import annotations

from nianbao.crawler.discovery.browser_escaping import browser_url
from scrapy import Request


def test_brackets_and_bars_in_a_query_are_sent_as_written():
    url = "http://www.x.gov.cn/xxgk/nb/list.php?year[]=2017&unit=bj|bm|xz"
    assert browser_url(url) == url
    assert Request(url).url == "http://www.x.gov.cn/xxgk/nb/list.php?year%5B%5D=2017&unit=bj%7Cbm%7Cxz"   # Scrapy's
    assert Request(url, meta={"verbatim_url": True}).url == url
    assert browser_url("http://x.gov.cn/a?q={1}^`\\") == "http://x.gov.cn/a?q={1}^`\\"
    # the path: brackets and bars as written, braces escaped (the URL Standard's path set has them)
    assert browser_url("http://x.gov.cn/nb[2017]|{a}/x.html") == "http://x.gov.cn/nb[2017]|%7Ba%7D/x.html"


def test_what_a_browser_escapes_too_is_escaped_around_them():
    assert (browser_url("http://X.gov.cn/a b/l.php?k[]=年 报&q='\"<>#top")
            == "http://x.gov.cn/a%20b/l.php?k[]=%E5%B9%B4%20%E6%8A%A5&q=%27%22%3C%3E#top")
    assert browser_url("http://x.gov.cn/l.php?k[]=%5B1%5D") == "http://x.gov.cn/l.php?k[]=%5B1%5D"   # escapes stay


def test_a_url_scrapy_escapes_as_a_browser_does_is_left_to_scrapy():
    for url in ("http://x.gov.cn/l.php?year=2017&unit=bj", "http://x.gov.cn/a b/年报.html?q=年 报",
                "http://x.gov.cn/l.php?k=%5B%5D", "http://x.gov.cn/p?q=1#a[1]", "http://[::1/"):
        assert browser_url(url) is None, url
