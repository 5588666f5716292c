"""A redirect back to its own address that sets a cookie (testcookie-style anti-bot front ends) is asked again with
the cookie, past the duplicate filter, within bounds (crawler/downloadermiddlewares/cookieredirect.py)."""

from __future__ import annotations

import re

import pytest
from nianbao.crawler.downloadermiddlewares.cookieredirect import (
    GIVE_UP_AFTER,
    CookieRedirectLoop,
    CookieRedirectMiddleware,
    back_to_chain,
    redirect_target,
)
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.sites import report_page
from tests.crawler.test_portal_e2e import registry

PAGE = "http://xxgk.x.gov.cn/xxgk/ndbg/index.html"
TCK = {"Set-Cookie": "TCK=0123abcd; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/"}


def _middleware(per_host: int = 32) -> CookieRedirectMiddleware:
    crawler = get_crawler(settings_dict={"NIANBAO_COOKIE_REDIRECTS_PER_HOST": per_host})
    crawler.stats.open_spider()
    return CookieRedirectMiddleware.from_crawler(crawler)


def _redirect(request: Request, location: str, cookie: bool = True, status: int = 302) -> Response:
    return Response(request.url, status=status, headers={"Location": location, **(TCK if cookie else {})},
                    request=request)


def test_a_redirect_back_to_its_own_chain():
    assert redirect_target(PAGE, b"/xxgk/ndbg/index.html") == PAGE
    assert redirect_target(PAGE, b"//xxgk.x.gov.cn/a") == "http://xxgk.x.gov.cn/a"
    assert back_to_chain(PAGE, (), PAGE.encode())
    assert back_to_chain(PAGE, (), b"/xxgk/ndbg/index.html#top")        # a fragment is the same address
    assert back_to_chain("http://x.gov.cn/a?b=2&a=1", (), b"/a?a=1&b=2")  # as the duplicate filter compares
    # a guard address that sends the client back where it came from
    assert back_to_chain("http://x.gov.cn/_guard?u=1", [PAGE], PAGE.encode())
    assert not back_to_chain(PAGE, (), b"/xxgk/ndbg/index.html?ckattempt=1")   # a new address: Scrapy follows it
    assert not back_to_chain(PAGE, (), b"http://www.x.gov.cn/xxgk/ndbg/index.html")


def test_asked_again_with_the_cookie_past_the_duplicate_filter():
    mw = _middleware()
    request = Request(PAGE, meta={"nianbao_portal": "x", "nianbao_hops": "LL"}, priority=7)
    retry = mw.process_response(request, _redirect(request, PAGE))
    assert isinstance(retry, Request) and retry.url == PAGE and retry.dont_filter and retry.priority == 7
    assert retry.meta["nianbao_hops"] == "LL" and "redirect_urls" not in retry.meta   # no hop spent
    assert mw.stats.get_value("cookie_redirect/followed") == 1
    assert mw.stats.get_value("cookie_redirect/host/xxgk.x.gov.cn") == 1
    # the cookie did not pass: the second repeat is the last
    again = mw.process_response(retry, _redirect(retry, PAGE))
    with pytest.raises(CookieRedirectLoop):
        mw.process_response(again, _redirect(again, PAGE))
    assert mw.stats.get_value("cookie_redirect/dropped/cookie_refused") == 1


def test_other_answers_pass_through():
    mw = _middleware()
    request = Request(PAGE)
    ok = HtmlResponse(PAGE, body=b"<html></html>", headers=TCK, request=request)
    assert mw.process_response(request, ok) is ok
    elsewhere = _redirect(request, "http://xxgk.x.gov.cn/index.html")
    assert mw.process_response(request, elsewhere) is elsewhere      # RedirectMiddleware's business
    kept = Request(PAGE, meta={"dont_redirect": True})
    assert isinstance(mw.process_response(kept, _redirect(kept, PAGE)), Response)
    assert mw.stats.get_value("cookie_redirect/followed") is None


def test_loops_without_a_cookie_and_past_the_host_bound_are_dropped_and_counted():
    mw = _middleware(per_host=2)
    with pytest.raises(CookieRedirectLoop):
        mw.process_response(Request(PAGE), _redirect(Request(PAGE), PAGE, cookie=False))
    assert mw.stats.get_value("cookie_redirect/dropped/no_cookie") == 1
    for n in range(2):
        request = Request(f"{PAGE}?p={n}")
        assert isinstance(mw.process_response(request, _redirect(request, request.url)), Request)
    request = Request(f"{PAGE}?p=9")
    with pytest.raises(CookieRedirectLoop):
        mw.process_response(request, _redirect(request, request.url))
    assert mw.stats.get_value("cookie_redirect/dropped/host_limit") == 1
    other = Request("http://www.x.gov.cn/")                     # the bound is per host
    assert isinstance(mw.process_response(other, _redirect(other, other.url)), Request)


@pytest.mark.slow
def test_a_platform_behind_a_cookie_redirect_is_crawled(tmp_path):
    """The whole undeclared `xxgk.` platform answers `302` to the same URL with `Set-Cookie` until the cookie is
    sent (testcookie-nginx-module's default); its reports are found and each host pays the detour a few times."""
    base, platform = "http://www.cookie-county.gov.cn", "http://xxgk.cookie-county.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/", html(f'<a href="{platform}/">政府信息公开平台</a>', "饼县人民政府"))
    pages: dict[str, bytes] = {}
    reports = set()
    links = ""
    for year in (2021, 2022, 2023):
        url = f"{platform}/xxgk/ndbg/{year + 1}01/t{year + 1}0115_{year}.html"
        title = f"饼县人民政府{year}年政府信息公开工作年度报告"
        pages[url] = report_page(title, f"{year + 1}-01-15", "1101070001")
        reports.add(url)
        links += f'<li><a href="{url}">{title}</a><span>{year + 1}-01-15</span></li>'
    pages[f"{platform}/xxgk/ndbg/index.html"] = html(f"<ul>{links}</ul>", "政府信息公开年报",
                                                     head='<meta name="ColumnName" content="政府信息公开年报">')
    pages[f"{platform}/"] = html('<a href="/xxgk/ndbg/index.html">政府信息公开年报</a>', "政府信息公开平台")

    def challenged(method, url, headers, body):
        if "/robots.txt" in url:
            return None
        if "TCK=ok" not in (headers.get("Cookie") or ""):
            return 302, {"Location": url, "Set-Cookie": "TCK=ok; path=/", "Content-Type": "text/html"}, b"302 Found"
        return (200, {"Content-Type": "text/html; charset=utf-8"}, pages[url]) if url in pages else None

    for url in pages:
        web.routes[url] = challenged
    row = {"id": "cookie", "name": "饼县", "region_code": "110107", "level": "county", "homepage": f"{base}/"}
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url)
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report"} == reports, stderr[-3000:]
    followed = re.search(r"'cookie_redirect/host/xxgk\.cookie-county\.gov\.cn': (\d+)", stderr)
    assert followed and 1 <= int(followed.group(1)) <= 8


COLUMN = "http://www.x.gov.cn/x/zwgk/gknb/qzf/index.html"
ZWGK = "http://www.x.gov.cn/zwgk/index.html"


def test_a_jump_to_a_page_already_asked_for_asks_the_original_again_once():
    """A WAF jump rule: 302 elsewhere, to a page already asked for, with the cookie: the column asked again."""
    mw = _middleware()
    request = Request(COLUMN, meta={"nianbao_hops": "LL"}, priority=5)
    jump = _redirect(request, "/zwgk/index.html")
    assert mw.process_response(request, jump) is jump            # the 政务公开 page not asked for yet: followed
    mw.process_request(Request(ZWGK))
    retry = mw.process_response(request, jump)
    assert isinstance(retry, Request) and retry.url == COLUMN and retry.dont_filter and retry.priority == 5
    assert retry.meta["nianbao_hops"] == "LL"
    assert mw.stats.get_value("cookie_redirect/original_retries") == 1
    again = _redirect(retry, "/zwgk/index.html")
    assert mw.process_response(retry, again) is again             # the retry's redirect: no second retry, no loop
    assert mw.stats.get_value("cookie_redirect/original_refused") == 1


def test_no_retry_without_a_cookie_to_another_host_or_for_a_post():
    mw = _middleware()
    mw.process_request(Request(ZWGK))
    mw.process_request(Request("http://xxgk.x.gov.cn/zwgk/index.html"))
    request = Request(COLUMN)
    for response in (_redirect(request, ZWGK, cookie=False), _redirect(request, "http://xxgk.x.gov.cn/zwgk/index.html")):
        assert mw.process_response(request, response) is response
    post = Request(COLUMN, method="POST", body=b"a=1")
    assert mw.process_response(post, _redirect(post, ZWGK)).status == 302
    assert mw.stats.get_value("cookie_redirect/original_retries") is None


def test_a_host_whose_retries_are_all_redirected_again_is_given_up():
    mw = _middleware()
    mw.process_request(Request(ZWGK))
    for n in range(GIVE_UP_AFTER):   # a session cookie on a plain redirect: the cookie opens nothing
        request = Request(f"{COLUMN}?n={n}")
        retry = mw.process_response(request, _redirect(request, ZWGK))
        assert isinstance(retry, Request)
        mw.process_response(retry, _redirect(retry, ZWGK))
    request = Request(f"{COLUMN}?n=last")
    assert mw.process_response(request, _redirect(request, ZWGK)).status == 302
    assert mw.stats.get_value("cookie_redirect/original_gave_up") == 1
    assert mw.stats.get_value("cookie_redirect/original_retries") == GIVE_UP_AFTER
