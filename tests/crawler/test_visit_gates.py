"""Visit gates (crawler/discovery/visit_gates.py) and their retries after the page's sub-resources
(crawler/spiders/visit_gate_retries.py)."""

from __future__ import annotations

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.visit_gates import MAX_GATE_TEXT_CHARS, gate_resources

HOME = "http://www.x.gov.cn/"
COLUMN = "http://www.x.gov.cn/xx/c107803/index.shtml"
NAV = '<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/index.html">政务公开</a></div>'
COUNTER = '<img src="/tj/count.gif?siteid=6531000001" width="1" height="1" alt="">'


def _page(main: str, url: str = COLUMN, head: str = "") -> HtmlPage:
    html = (f'<html><head><title>县人民政府信息公开年度报告</title>{head}</head><body>{NAV}'
            f'<div class="main">{main}</div><div class="foot">主办：某县人民政府办公室</div></body></html>')
    return HtmlPage.from_bytes(url, html.encode(), "text/html; charset=utf-8")


# modelled on the beaconcookie family's guard page (its column answers this to a visit the counter has not seen)
GUARD = (f'<div class="guard"><h2>县人民政府信息公开年度报告</h2><p>请从网站首页进入本栏目。</p>'
         f'<p><a href="/xx/c107803/index.shtml">继续访问</a></p><div class="tj">{COUNTER}</div></div>')


def test_a_guard_page_names_its_same_host_sub_resources():
    head = ('<link rel="stylesheet" href="/css/main.css"><script src="http://cdn.other.com/jq.js"></script>'
            '<script src="https://hm.baidu.com/hm.js?1"></script>')
    page = _page(GUARD, head=head)
    assert gate_resources(page, HOME) == ["http://www.x.gov.cn/css/main.css",
                                          "http://www.x.gov.cn/tj/count.gif?siteid=6531000001"]   # no other host


def test_a_message_or_a_single_link_back_to_itself_is_enough():
    message_only = GUARD.replace('<a href="/xx/c107803/index.shtml">继续访问</a>', "")
    link_only = GUARD.replace("请从网站首页进入本栏目。", "")
    to_home = link_only.replace("/xx/c107803/index.shtml", "/index.html").replace("继续访问", "进入网站")
    for main in (message_only, link_only, to_home, GUARD.replace("请从网站首页进入本栏目", "非法访问")):
        assert gate_resources(_page(main), HOME) == ["http://www.x.gov.cn/tj/count.gif?siteid=6531000001"], main


def test_small_pages_with_no_gate_are_not_gates():
    no_gate = [
        f"<p>您访问的页面不存在或已被删除。</p>{COUNTER}",   # a 404 text
        f"<h2>县人民政府信息公开年度报告</h2><p>暂无信息</p>{COUNTER}",   # an empty column
        GUARD.replace("请从网站首页进入本栏目。", "").replace("/xx/c107803/index.shtml", "/xx/c2/index.shtml"),   # 继续 elsewhere
        GUARD.replace("请从网站首页进入本栏目。", "") + '<a href="/xx/c107803/index.shtml">进入</a>',   # two ways on
        GUARD.replace(COUNTER, ""),   # nothing a browser would have fetched
        GUARD.replace(COUNTER, '<img src="http://tj.other.com/count.gif">'),   # a counter on another host
        GUARD + "<p>" + "各单位信息公开年度报告" * (MAX_GATE_TEXT_CHARS // 10) + "</p>",   # a long page
    ]
    for main in no_gate:
        assert gate_resources(_page(main), HOME) == [], main
    listed = GUARD + '<ul><li><a href="/xx/c107803/202601/a.shtml">某县人民政府2025年政府信息公开工作年度报告</a></li></ul>'
    result = analyse_html(PageJob(COLUMN, _page(listed).text.encode(), "text/html; charset=utf-8", role="column",
                                  column=COLUMN, homepage=HOME))
    assert result.visit_gate_resources == []   # it lists a report: a column, whatever its note says


def test_analysis_reads_a_gate_on_a_column_not_on_an_article():
    body = _page(GUARD).text.encode()
    column = analyse_html(PageJob(COLUMN, body, "text/html; charset=utf-8", role="column", column=COLUMN,
                                  homepage=HOME))
    article = analyse_html(PageJob(COLUMN, body, "text/html; charset=utf-8", role="article", homepage=HOME))
    assert column.visit_gate_resources == ["http://www.x.gov.cn/tj/count.gif?siteid=6531000001"]
    assert article.visit_gate_resources == []


def _parse(spider, url: str, main: str = GUARD, extra: dict | None = None) -> list:
    from scrapy import Request
    from scrapy.http import HtmlResponse

    body = _page(main, url).text.encode()
    meta = {"nianbao_portal": "a", "nianbao_role": "column", "nianbao_column": url, "nianbao_hops": "L", **(extra or {})}
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta=meta))
    job = PageJob(url, body, "text/html; charset=utf-8", role="column", column=url, homepage=HOME)
    return spider.visit_gate_requests(response, analyse_html(job))


def test_the_spider_fetches_the_resources_once_then_asks_the_page_again(tmp_path):
    from nianbao.crawler.spiders.visit_gate_retries import RESOURCE_META, RETRY_META

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    first = _parse(spider, COLUMN)
    assert [(r.url, r.meta["nianbao_role"], r.meta[RESOURCE_META]) for r in first] == [
        ("http://www.x.gov.cn/tj/count.gif?siteid=6531000001", "requisite", "www.x.gov.cn")]   # the retry waits
    other = COLUMN.replace("c107803", "c107804")
    assert _parse(spider, other) == []   # the host's resources are pending: its retry waits with the first
    assert _parse(spider, COLUMN) == []  # once per address
    released = spider.visit_gate_resource_done(first[0].meta)   # the counter answered (its cookie in the jar)
    assert [(r.url, r.dont_filter, r.meta[RETRY_META], r.meta["nianbao_role"]) for r in released] == [
        (COLUMN, True, COLUMN, "column"), (other, True, other, "column")]
    third = COLUMN.replace("c107803", "c107805")
    assert [r.url for r in _parse(spider, third)] == [third]   # resources had: asked again at once
    stats = spider.crawler.stats
    assert stats.get_value("discovery/visit_gate_resources") == 1
    assert stats.get_value("discovery/visit_gate_retries") == 3


def test_a_gate_that_answers_the_gate_again_gives_up(tmp_path):
    from nianbao.crawler.spiders.visit_gate_retries import GIVE_UP_AFTER, RETRY_META

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    urls = [COLUMN.replace("c107803", f"c10780{n}") for n in range(GIVE_UP_AFTER + 2)]
    spider.visit_gate_resource_done(_parse(spider, urls[0])[0].meta)
    for url in urls[1:GIVE_UP_AFTER]:
        _parse(spider, url)
    for url in urls[:GIVE_UP_AFTER]:   # every retry answered the guard page again
        assert _parse(spider, url, extra={RETRY_META: url}) == []
    assert _parse(spider, urls[GIVE_UP_AFTER]) == []   # the cookie opens nothing: no more retries on the host
    stats = spider.crawler.stats
    assert stats.get_value("discovery/visit_gate_retries") == GIVE_UP_AFTER
    assert stats.get_value("discovery/visit_gate_retries/gated_again") == GIVE_UP_AFTER
    assert stats.get_value("discovery/visit_gate_retries/gave_up") == 1
    passed = _parse(spider, urls[0], main="<ul><li>2025年报</li></ul>", extra={RETRY_META: urls[0]})
    assert passed == [] and stats.get_value("discovery/visit_gate_retries/passed") == 1
