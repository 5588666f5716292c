"""Choices a page's handlers keep in a cookie and reload (crawler/discovery/cookie_choices.py), what page analysis
hands the spider for them, and the requests the spider makes: the cookie in the request's own header, apart from
the host's shared jar, keyed with the cookie."""

from __future__ import annotations

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.cookie_choices import CookieChoice, cookie_setters, read_choices
from nianbao.crawler.discovery.site import SiteScope
from nianbao.crawler.downloadermiddlewares.conditional import request_variant

from tests.crawler.offline_spider import offline_spider

PAGE_URL = "http://www.x.gov.cn/xxgk/nb/index.html"
SITE = SiteScope.of("www.x.gov.cn")
SET_UNIT = """function setUnit(code) {
  document.cookie = "xxgk_unit=" + code + "; path=/";
  window.location.reload();
}"""


def test_a_unit_menus_setter_is_one_request_of_the_page_per_unit_with_the_cookie():
    calls = [("setUnit('001')", "县教育局"), ("setUnit('002')", "城关镇"), ("setUnit('001')", "教育局（重复）")]
    reading = read_choices(calls, cookie_setters(SET_UNIT)[0], PAGE_URL + "#top", 10)
    assert reading.choices == [CookieChoice(PAGE_URL, "xxgk_unit=001", "县教育局"),
                               CookieChoice(PAGE_URL, "xxgk_unit=002", "城关镇")]
    assert reading.unread == 0


def test_a_handler_that_writes_the_cookie_itself_and_reloads():
    calls = [("document.cookie='year=2023';location.reload()", "2023年"),
             ("document.cookie = 'year=2022'; window.location.href = window.location.href;", "2022年"),
             ("document.cookie='theme=dark'", "深色")]   # no reload: a preference for later pages, not a choice
    reading = read_choices(calls, {}, PAGE_URL, 10)
    assert [(c.cookie, c.label) for c in reading.choices] == [("year=2023", "2023年"), ("year=2022", "2022年")]


def test_a_function_that_sets_two_cookies_and_navigates():
    scripts = """var listUrl = "/xxgk/nb/list.jsp";
    function choose(unit, year) { $.cookie('unit', unit, {path: '/'}); setCookie("nb_year", year);
      window.location.href = listUrl; }
    function setCookie(name, value) { document.cookie = name + "=" + escape(value) + "; path=/"; }"""
    setters, unread = cookie_setters(scripts)
    assert list(setters) == ["choose"] and unread == 0   # setCookie writes but goes nowhere: a helper, no choice
    reading = read_choices([("choose('A01', 2022)", "财政局2022")], setters, PAGE_URL, 10)
    assert reading.choices == [CookieChoice("http://www.x.gov.cn/xxgk/nb/list.jsp", "unit=A01; nb_year=2022",
                                            "财政局2022")]


def test_a_cookie_from_a_value_not_read_is_skipped_and_counted():
    scripts = """function pick(u) { document.cookie = "unit=" + document.getElementById('sel').value; location.reload(); }
    function pick2(u) { document.cookie = "unit=" + unknownVar + u; location.reload(); }"""
    setters, unread = cookie_setters(scripts)
    assert setters == {} and unread == 2   # the functions: left out, counted once where they are read
    reading = read_choices([("pick('1')", "a"), ("document.cookie='u='+x;location.reload()", "c")], setters,
                           PAGE_URL, 10)
    assert reading.choices == [] and reading.unread == 1   # a handler's own write from a variable


def test_choices_are_bounded_per_page_and_calls_to_other_functions_are_none():
    calls = [(f"setUnit('{n:03d}')", f"单位{n}") for n in range(50)] + [("showDetail('9')", "x")]
    setters, _ = cookie_setters(SET_UNIT + "function showDetail(id){ window.open('/d?id=' + id); }")
    reading = read_choices(calls, setters, PAGE_URL, 5)
    assert [c.cookie for c in reading.choices] == [f"xxgk_unit={n:03d}" for n in range(5)]


def _analyse(url: str = PAGE_URL, menu: str = "") -> object:
    body = (f'<html><head><title>政府信息公开年报</title><script>{SET_UNIT}</script></head><body><h2>年报</h2><ul>'
            f'{menu}</ul></body></html>').encode()
    return analyse_html(PageJob(url, body, "text/html; charset=utf-8", "column", site=SITE))


MENU = ('<li><a href="javascript:void(0)" onclick="setUnit(\'001\')">县教育局</a></li>'
        '<li><a href="javascript:setUnit(\'002\')">城关镇</a></li>')


def test_analysis_hands_the_spider_the_in_site_choices():
    result = _analyse(menu=MENU)
    assert result.cookie_choices == [(PAGE_URL, "xxgk_unit=001", "县教育局"), (PAGE_URL, "xxgk_unit=002", "城关镇")]
    assert _analyse("http://www.other.com/nb.html", menu=MENU).cookie_choices == []   # off site: not asked
    select = _analyse(menu='<select onchange="setUnit(this.value)"><option value="">请选择</option>'
                           '<option value="007">县财政局</option></select>')
    assert select.cookie_choices == [(PAGE_URL, "xxgk_unit=007", "县财政局")]   # a select: once per option


def test_the_spider_asks_each_choice_once_with_its_cookie_apart_from_the_jar(tmp_path):
    from scrapy import Request
    from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
    from scrapy.http import HtmlResponse

    spider = offline_spider(tmp_path, NIANBAO_MAX_COOKIE_CHOICES_PER_HOST=3)
    result = _analyse(menu=MENU)
    page = Request(PAGE_URL, meta={"nianbao_portal": "a", "nianbao_role": "column", "nianbao_hops": "L"})
    response = HtmlResponse(PAGE_URL, body=b"<html></html>", request=page)
    requests = [r for r in spider._cookie_choice_requests(response, result.cookie_choices, 0, PAGE_URL)
                if r is not None]
    assert [r.headers.get("Cookie") for r in requests] == [b"xxgk_unit=001", b"xxgk_unit=002"]
    assert all(r.url == PAGE_URL and r.dont_filter and r.meta["dont_merge_cookies"] for r in requests)
    assert [r.meta["nianbao_anchor"] for r in requests] == ["县教育局", "城关镇"]
    assert not any(r.meta["nianbao_render"] for r in requests)
    # revalidated against its own last answer (tests/archive/test_variants.py), not kept from conditional GETs
    assert not any(r.meta.get("nianbao_no_conditional") for r in requests)
    assert [request_variant(r) for r in requests] == ["cookie:xxgk_unit=001", "cookie:xxgk_unit=002"]
    # the page itself (no cookie) and each choice are distinct in the spider's memory; a second reading asks nothing
    assert not spider._seen(PAGE_URL)
    assert list(spider._cookie_choice_requests(response, result.cookie_choices, 0, PAGE_URL)) == []
    # past the per-host bound: dropped, counted
    more = _analyse(menu="".join(f'<li><a onclick="setUnit(\'{n}\')">u{n}</a></li>' for n in range(10, 14)))
    assert len(list(spider._cookie_choice_requests(response, more.cookie_choices, 0, PAGE_URL))) == 1
    stats = spider.crawler.stats
    assert stats.get_value("discovery/cookie_choices") == 3
    assert stats.get_value("discovery/cookie_choices_dropped/host_limit") == 3
    # the cookie never reaches the host's jar, even when the answer sets it: a later plain request carries none
    cookies = CookiesMiddleware()
    cookies.process_request(requests[0])
    assert requests[0].headers.get("Cookie") == b"xxgk_unit=001"
    answer = HtmlResponse(PAGE_URL, body=b"<html></html>", request=requests[0],
                          headers={"Set-Cookie": "xxgk_unit=001; Path=/"})
    cookies.process_response(requests[0], answer)
    plain = Request("http://www.x.gov.cn/xxgk/other.html")
    cookies.process_request(plain)
    assert plain.headers.get("Cookie") is None


def test_a_setter_in_a_same_site_script_is_read_when_the_script_comes(tmp_path):
    from nianbao.crawler.discovery.script_handlers import read_functions
    from scrapy import Request
    from scrapy.http import HtmlResponse

    head = '<script src="/xxgk/js/unit.js"></script>'
    body = f'<html><head><title>政府信息公开年报</title>{head}</head><body><ul>{MENU}</ul></body></html>'.encode()
    result = analyse_html(PageJob(PAGE_URL, body, "text/html; charset=utf-8", "column", site=SITE))
    assert result.cookie_choices == [] and result.external_scripts == ["http://www.x.gov.cn/xxgk/js/unit.js"]
    spider = offline_spider(tmp_path)
    page = Request(PAGE_URL, meta={"nianbao_portal": "a", "nianbao_role": "column", "nianbao_hops": "L"})
    response = HtmlResponse(PAGE_URL, body=body, request=page)
    requests = [r for r in spider._read_calls(response, result.external_calls, PAGE_URL, read_functions(SET_UNIT))
                if r is not None]
    assert [r.headers.get("Cookie") for r in requests] == [b"xxgk_unit=001", b"xxgk_unit=002"]
