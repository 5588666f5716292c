"""Requests for a script's data carry the headers the browser's jQuery sends (crawler/discovery/xhr.py), set in one
place: the spider's make_request."""

from __future__ import annotations

from nianbao.crawler.discovery.pagers import PageRequest
from nianbao.crawler.discovery.xhr import ACCEPT_HTML, ACCEPT_JSON, script_request_headers

from tests.crawler.offline_spider import offline_spider

XHR = "XMLHttpRequest"


def test_a_scripts_data_is_asked_for_as_the_script_asks():
    assert script_request_headers({"nianbao_api": "json"}) == {"X-Requested-With": XHR, "Accept": ACCEPT_JSON}
    assert script_request_headers({"nianbao_api": "hanweb"})["X-Requested-With"] == XHR
    assert script_request_headers({"nianbao_api": "gkmlpt"})["X-Requested-With"] == XHR
    # a 加载更多 fragment is HTML the script inserts
    assert script_request_headers({"nianbao_fragment": "pageNo"}) == {"X-Requested-With": XHR, "Accept": ACCEPT_HTML}
    # pages a browser navigates to, and feeds a reader fetches, are not a script's requests
    assert script_request_headers({}) == {}
    assert script_request_headers({"nianbao_api": "feed"}) == {}
    assert script_request_headers({"nianbao_column_text": "年报"}) == {}


def test_the_spider_sets_the_headers_on_api_requests_only(tmp_path):
    spider = offline_spider(tmp_path)
    page = "http://www.x.gov.cn/xxgk/nb/index.html"
    api = spider.make_request("http://www.x.gov.cn/xxgk/list.do?type=bj&pageNo=1", "a", "api", page, "LX",
                              extra={"nianbao_api": "json"})
    assert api.headers[b"X-Requested-With"] == b"XMLHttpRequest"
    assert api.headers[b"Accept"] == ACCEPT_JSON.encode()
    assert api.headers[b"Referer"] == page.encode()
    plain = spider.make_request("http://www.x.gov.cn/xxgk/a.html", "a", "page", page, "LL")
    assert b"X-Requested-With" not in plain.headers and plain.headers[b"Referer"] == page.encode()
    # a pager's own headers win (Hanweb's dataproxy POST names its Referer and Content-Type)
    post = spider.make_request("http://www.x.gov.cn/module/dataproxy.jsp", "a", "api", page, "LX",
                               page_request=PageRequest("http://www.x.gov.cn/module/dataproxy.jsp", "POST", "a=1",
                                                        {"Content-Type": "application/x-www-form-urlencoded",
                                                         "Referer": "http://www.x.gov.cn/col/"}),
                               extra={"nianbao_api": "hanweb"})
    assert post.headers[b"X-Requested-With"] == b"XMLHttpRequest"
    assert post.headers[b"Referer"] == b"http://www.x.gov.cn/col/"
    assert spider.crawler.stats.get_value("discovery/xhr_requests") == 2


def test_an_address_a_script_gets_is_asked_for_as_jquerys_get_asks():
    assert script_request_headers({"nianbao_script_get": True}) == {"X-Requested-With": XHR, "Accept": "*/*"}
