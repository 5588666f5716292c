"""A page's handler calls read through the functions they call, inline or in a same-site external script
(crawler/discovery/script_handlers.py), and what page analysis hands the spider for them."""

from __future__ import annotations

import asyncio

import pytest
from nianbao.crawler.discovery import script_handlers
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage
from nianbao.crawler.discovery.script_handlers import (
    called_names,
    defined_functions,
    external_scripts,
    handler_calls,
    read_functions,
    targets,
)
from nianbao.crawler.discovery.site import SiteScope

from tests.crawler.offline_spider import offline_spider

PAGE_URL = "http://www.x.gov.cn/xxgk/ndbg/index.html"
SITE = SiteScope.of("www.x.gov.cn")
XXGK_JS = """function renderNb(rows) { document.getElementById("nbList").innerHTML = rows.length; }
function loadNb(code) {
  if (!code) { return; }
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "/xxgk/api/nbList.do?unitCode=" + encodeURIComponent(code) + "&catalog=ndbg", true);
  xhr.send();
}
var openUnit = function (code) { window.location.href = "/xxgk/" + code + "/index.html"; };"""
SELECT = ('<select id="unitSel" onchange="loadNb(this.value)"><option value="">请选择</option>'
          '<option value="11369051420359191W" selected>县人民政府</option><option value="113690517057652229">县教育局'
          '</option></select>')
SCRIPTS = ('<script src="/xxgk/js/xxgk.js"></script><script src="/js/jquery-1.12.4.min.js"></script>'
           '<script src="http://cdn.other.com/a.js"></script>')


def _page(body: str, head: str = SCRIPTS) -> HtmlPage:
    html = f"<html><head><title>政府信息公开年报</title>{head}</head><body>{body}</body></html>"
    return HtmlPage.from_bytes(PAGE_URL, html.encode("utf-8"))


def test_a_select_calls_its_handler_once_per_option_value():
    calls = handler_calls(_page(SELECT + '<a href="javascript:openUnit(\'42\')">单位</a><a href="/x.html">x</a>'))
    assert calls == [("loadNb('11369051420359191W')", "县人民政府"), ("loadNb('113690517057652229')", "县教育局"),
                     ("javascript:openUnit('42')", "单位")]
    # handlers that call nothing of the site's are no calls
    assert handler_calls(_page('<a href="javascript:void(0)">x</a><a onClick="history.back()">返回</a>')) == []
    # a handler that passes something other than the chosen value gives no calls per option
    assert handler_calls(_page('<select onchange="go()"><option value="1">a</option></select>')) == []


def test_an_external_scripts_functions_yield_the_lists_and_pages_the_calls_open():
    functions = read_functions(XXGK_JS)
    assert set(functions.data_gets) == {"loadNb"} and set(functions.navigations) == {"openUnit"}
    found = targets(handler_calls(_page(SELECT + '<a onclick="openUnit(\'42\')">单位</a>')), functions, PAGE_URL)
    assert found.data_gets == ["http://www.x.gov.cn/xxgk/api/nbList.do?unitCode=11369051420359191W&catalog=ndbg",
                               "http://www.x.gov.cn/xxgk/api/nbList.do?unitCode=113690517057652229&catalog=ndbg"]
    assert [(link.url, link.label) for link in found.links] == [("http://www.x.gov.cn/xxgk/42/index.html", "单位")]
    assert defined_functions(XXGK_JS) == {"renderNb", "loadNb", "openUnit"}
    assert called_names([("loadNb('1'); return false;", ""), ("javascript:void(0)", "")]) == {"loadNb"}


def test_a_fetch_of_a_computed_address_or_an_unknown_name_builds_nothing():
    assert not read_functions("function load(code) { $.getJSON(apiBase() + code); }")
    assert not read_functions("function load(code) { fetch(prefix + code); }")
    assert read_functions("function load(id) { $.getJSON('/api/list?dept=' + id, draw); }").data_gets == {
        "load": ("/api/list?dept=", 0)}


def test_only_same_site_scripts_that_are_no_libraries_are_looked_up():
    assert external_scripts(_page(""), SITE.contains) == ["http://www.x.gov.cn/xxgk/js/xxgk.js"]
    many = "".join(f'<script src="/js/s{i}.js"></script>' for i in range(20))
    assert len(external_scripts(_page("", many), SITE.contains)) == script_handlers.MAX_SCRIPTS_PER_PAGE


def _analyse(body: str, head: str = SCRIPTS, inline: str = ""):
    html = (f"<html><head><title>政府信息公开年报</title>{head}</head><body>{body}<script>{inline}</script>"
            "</body></html>")
    return analyse_html(PageJob(PAGE_URL, html.encode(), "text/html; charset=utf-8", "column", site=SITE))


def test_analysis_hands_the_spider_calls_to_functions_the_page_does_not_define_with_its_scripts():
    result = _analyse(SELECT)
    assert result.external_scripts == ["http://www.x.gov.cn/xxgk/js/xxgk.js"]
    assert [call for call, _ in result.external_calls] == ["loadNb('11369051420359191W')", "loadNb('113690517057652229')"]
    assert result.handler_gets == []
    # defined inline: read at once, nothing left for the scripts
    inline = _analyse(SELECT, head="", inline=XXGK_JS)
    assert inline.external_calls == [] and len(inline.handler_gets) == 2
    # an inline navigation per option is a link of the page, ranked as its links are
    nav = _analyse('<select onchange="openUnit(this.value)"><option value="7">县财政局</option></select>', head="",
                   inline=XXGK_JS)
    assert ("http://www.x.gov.cn/xxgk/7/index.html", "县财政局", False) in nav.generic and nav.function_links == 1
    # a page without handler calls asks for no script
    assert _analyse('<a href="/a.html">a</a>').external_scripts == []


# ------------------------------------------------------------------ through the spider (crawler/spiders/handler_scripts.py)

def _spider(tmp_path):
    return offline_spider(tmp_path)


def _select_page(url: str, codes: list[str]):
    """A column page whose select calls loadNb (defined in xxgk.js) with `codes`, and its analysis."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    options = "".join(f'<option value="{code}">单位{code}</option>' for code in codes)
    body = (f'<html><head><title>政府信息公开年报</title>{SCRIPTS}</head><body><select onchange="loadNb(this.value)">'
            f'{options}</select></body></html>').encode()
    request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "column", "nianbao_hops": "L"})
    response = HtmlResponse(url, body=body, encoding="utf-8", request=request)
    return response, analyse_html(PageJob(url, body, "text/html; charset=utf-8", "column", site=SITE))


def _api_codes(requests) -> list[str]:
    return [r.url.split("unitCode=")[1].split("&")[0] for r in requests
            if r is not None and r.meta["nianbao_role"] == "api"]


class ScriptEngine:
    """What the spider uses of Scrapy's engine for scripts: `download_async` (its answer waits until the test gives
    it, as a download takes its time) and `crawl` (the requests the spider queues itself)."""

    def __init__(self):
        self.downloaded: list = []
        self.crawled: list = []
        self._answers: dict = {}

    def _answer(self, url: str) -> asyncio.Future:
        return self._answers.setdefault(url, asyncio.get_running_loop().create_future())

    async def download_async(self, request):
        self.downloaded.append(request)
        return await self._answer(request.url)

    def crawl(self, request):
        self.crawled.append(request)

    async def answer(self, request, body: bytes = b"", error: Exception | None = None):
        from scrapy.http import TextResponse

        if error is not None:
            self._answer(request.url).set_exception(error)
        else:
            self._answer(request.url).set_result(TextResponse(request.url, body=body, encoding="utf-8",
                                                              request=request))
        for _ in range(5):   # the spider's fetch resumes, reads the answer and queues what it leads to
            await asyncio.sleep(0)


async def _started(spider, engine: ScriptEngine, pages) -> list:
    """The requests the pages' handler calls yield (what goes to the scheduler); the fetches they start begun."""
    spider.crawler.engine = engine
    out = [r for page, analysis in pages for r in spider.handler_requests(page, analysis, page.url) if r is not None]
    await asyncio.sleep(0)
    return out


def test_the_spider_fetches_a_script_once_past_the_scheduler_and_reads_every_pages_calls_through_it(tmp_path):
    """With a shared frontier a queued script request may go to another worker, whose spider has no page waiting
    for it: the script goes to the downloader directly (engine.download_async), so its answer comes back here."""
    from scrapy.exceptions import DontCloseSpider

    spider, engine = _spider(tmp_path), ScriptEngine()
    first = _select_page("http://www.x.gov.cn/xxgk/ndbg/index.html", ["A1", "A2"])
    second = _select_page("http://www.x.gov.cn/xxgk/bm/index.html", ["A2", "B1"])   # waits: the script is on its way

    async def scenario():
        assert await _started(spider, engine, [first, second]) == []   # nothing for the scheduler
        [script] = engine.downloaded
        assert (script.url, script.meta["nianbao_role"], script.meta["nianbao_charge"]) == \
            ("http://www.x.gov.cn/xxgk/js/xxgk.js", "script", False)
        assert spider.outstanding.get("a") == (1, 1)                   # outstanding until its answer is read
        with pytest.raises(DontCloseSpider):                           # the crawl is not idle meanwhile
            spider._scripts_on_their_way()
        await engine.answer(script, XXGK_JS.encode())
        # both pages' calls read when it comes (A2 once: the second page's is already asked for), and queued
        assert _api_codes(engine.crawled) == ["A1", "A2", "B1"]
        assert spider.outstanding.get("a") == (3, 3)                   # the script finished, its three lists not
        spider._scripts_on_their_way()                                  # idle may close the crawl again
        # a page that comes later is read at once, without fetching the script again
        third = _select_page("http://www.x.gov.cn/xxgk/xz/index.html", ["C1"])
        assert _api_codes(await _started(spider, engine, [third])) == ["C1"]
        assert len(engine.downloaded) == 1 and spider.crawler.stats.get_value("script/requested") == 1

    asyncio.run(scenario())
    assert spider.crawler.stats.get_value("pager/handler_get") == 4


def test_a_script_that_cannot_be_fetched_leaves_its_waiting_pages_with_nothing(tmp_path):
    from twisted.internet.error import TimeoutError

    spider, engine = _spider(tmp_path), ScriptEngine()
    page = _select_page("http://www.x.gov.cn/xxgk/ndbg/index.html", ["A1"])

    async def scenario():
        await _started(spider, engine, [page, _select_page("http://www.x.gov.cn/xxgk/bm/index.html", ["B1"])])
        [request] = engine.downloaded
        await engine.answer(request, error=TimeoutError("took longer than 30 s"))
        assert engine.crawled == [] and spider._script_waiting == {} and not spider._script_functions[request.url]
        assert await _started(spider, engine, [page]) == [] and len(engine.downloaded) == 1   # not asked for again

    asyncio.run(scenario())
    assert spider.outstanding.get("a") == (0, 0)                        # the errback finished it
    assert spider.crawler.stats.get_value("portal/a/errors/TimeoutError") == 1


def test_pages_past_the_waiting_bound_are_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(script_handlers, "MAX_WAITING_PAGES", 1)
    spider = _spider(tmp_path)
    pages = [_select_page(f"http://www.x.gov.cn/xxgk/{n}/index.html", [f"A{n}"]) for n in range(3)]
    asyncio.run(_started(spider, ScriptEngine(), pages))
    assert [len(waiting) for waiting in spider._script_waiting.values()] == [1]
    assert spider.crawler.stats.get_value("script/waiting_capped") == 2


def test_a_page_of_many_selects_is_read_only_to_the_bound_on_calls(monkeypatch):
    read = []
    monkeypatch.setattr(script_handlers, "clean_text", lambda text: read.append(text) or (text or "").strip())
    selects = "".join('<select onchange="loadNb(this.value)">'
                      + "".join(f'<option value="{s}-{o}">{o}</option>' for o in range(script_handlers.MAX_OPTIONS))
                      + "</select>" for s in range(20))
    calls = handler_calls(_page(selects))
    assert len(calls) == script_handlers.MAX_CALLS
    # the options read stop with the select that fills the bound (not 20 selects' worth, read and cut)
    assert len(read) < script_handlers.MAX_CALLS + script_handlers.MAX_OPTIONS


def test_an_options_text_is_a_label_of_bounded_length():
    long = "单位" * 5000
    [(_, label)] = handler_calls(_page(f'<select onchange="loadNb(this.value)"><option value="1">{long}</option>'
                                       '</select>'))
    assert label == long[:MAX_LABEL_CHARS]


def test_a_script_url_past_the_length_limit_is_refused_before_it_is_outstanding(tmp_path):
    # Scrapy's UrlLengthMiddleware would drop it without an errback: the script stayed `being fetched` and the
    # portal's outstanding count was never released
    spider = _spider(tmp_path)
    long_url = "http://www.x.gov.cn/js/" + "a" * spider.settings.getint("URLLENGTH_LIMIT") + ".js"
    assert spider.make_request(long_url, "a", "script", "http://www.x.gov.cn/", "E") is None
    assert spider.outstanding.get("a") == (0, 0) and spider.crawler.stats.get_value("discovery/url_too_long") == 1
