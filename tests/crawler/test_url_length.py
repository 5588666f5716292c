"""The longest URL asked for (crawler/limits.py MAX_URL_CHARS, Scrapy URLLENGTH_LIMIT): a saved search that keeps
its whole query state in the address (past old Internet Explorer's 2,083) is asked; one past what a default Apache
or nginx accepts in a request line is refused before it is outstanding, and counted."""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler import limits
from nianbao.crawler import settings as project

from tests.crawler.offline_spider import offline_spider

SEARCH = "http://www.x.gov.cn/gkml/search.jsp?state="


def test_a_saved_search_past_2083_characters_is_asked(tmp_path):
    spider = offline_spider(tmp_path, URLLENGTH_LIMIT=project.URLLENGTH_LIMIT)
    state = quote('{"cats":[' + ",".join(f'{{"name":"分类{n}","checked":false}}' for n in range(60)) + "]}", safe="")
    url = SEARCH + state
    assert 2083 < len(url) <= limits.MAX_URL_CHARS
    request = spider.make_request(url, "a", "column", "http://www.x.gov.cn/", "L")
    assert request is not None and request.url == url
    assert spider.crawler.stats.get_value("discovery/url_too_long") is None


def test_an_absurd_url_is_still_refused_and_counted(tmp_path):
    spider = offline_spider(tmp_path, URLLENGTH_LIMIT=project.URLLENGTH_LIMIT)
    url = SEARCH + "a" * limits.MAX_URL_CHARS
    assert spider.make_request(url, "a", "column", "http://www.x.gov.cn/", "L") is None
    assert spider.outstanding.get("a") == (0, 0) and spider.crawler.stats.get_value("discovery/url_too_long") == 1
