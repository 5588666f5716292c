"""An article's 上一篇/下一篇 box as a pager for articles (crawler/discovery/neighbours.py, the spider's walk in
crawler/spiders/neighbour_walks.py): the interface a script draws the box from, its id a literal, a declared
variable or a data attribute; a static box's links; the chain bounded per column."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery import neighbours
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage

from tests.crawler.offline_spider import offline_spider

URL = "http://www.x.gov.cn/xxgk/nb/202401/t20240124_4474940.html"
REPORT = "X县2023年政府信息公开工作年度报告"


def _article(box: str, title: str = REPORT) -> str:
    return (f'<html><head><title>{title}</title><meta name="ArticleTitle" content="{title}"></head><body>'
            f"<h1>{title}</h1><p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>{box}</body></html>")


def _page(text: str) -> HtmlPage:
    return HtmlPage(url=URL, text=text, encoding="utf-8")


LITERAL = ('<div id="prevNext"></div><script>var x = new XMLHttpRequest();'
           'x.open("GET", "/api/content/neighbour.do?id=4474940"); x.send();</script>')
STATED = ('<div class="sxp" data-content-id="4474940"></div><script>'
          "var cid = $('.sxp').data('contentId');"
          "$.get('/cms/count.do', {id: cid}); $.getJSON('/cms/neighbour', {id: cid, ch: 'nb'}, draw);"
          "function draw(r) { $('.sxp').html('上一篇：' + r.prev.title); }</script>")
CONCAT = ('<input type="hidden" id="docId" value="88"><div class="pre-next"></div><script>'
          'var base = "/api/near/"; var id = document.getElementById("docId").value;'
          'fetch(base + id + ".json").then(draw);</script>')


def test_the_interface_a_script_draws_the_box_from_is_read_with_the_id_the_page_states():
    assert neighbours.neighbour_gets(_page(_article(LITERAL))) == [
        "http://www.x.gov.cn/api/content/neighbour.do?id=4474940"]
    # a variable read from a data attribute (dataset name → data-content-id); the neighbour interface first
    assert neighbours.neighbour_gets(_page(_article(STATED))) == [
        "http://www.x.gov.cn/cms/neighbour?id=4474940&ch=nb", "http://www.x.gov.cn/cms/count.do?id=4474940"]
    # a concatenation of a constant and an input's value
    assert neighbours.neighbour_gets(_page(_article(CONCAT))) == ["http://www.x.gov.cn/api/near/88.json"]


def test_no_box_no_stated_value_or_another_host_builds_nothing():
    no_box = '<script>$.getJSON("/api/content/hits.do?id=1", f);</script>'
    assert neighbours.neighbour_gets(_page(_article(no_box))) == []
    unknown = '<div id="prevNext"></div><script>$.getJSON("/api/n.do", {id: window.cid}, f);</script>'
    assert neighbours.neighbour_gets(_page(_article(unknown))) == []
    missing = ('<div id="prevNext"></div><script>var cid = $("#nothing").data("id");'
               '$.getJSON("/api/n.do", {id: cid}, f);</script>')
    assert neighbours.neighbour_gets(_page(_article(missing))) == []
    other = '<div id="prevNext"></div><script>$.getJSON("http://api.y.com/n.do?id=1", f);</script>'
    assert neighbours.neighbour_gets(_page(_article(other))) == []


def test_a_box_named_in_any_case_is_found_past_the_lower_cased_pre_check():
    # draws_neighbours tests the lower-cased text for the box names' parts before its case-insensitive search:
    # the same pages as the search alone, the letters re.I folds that str.lower() keeps apart included
    for markup, drawn in (('<div ID="PrevNext"></div>', True), ("<div class='news NEIGHBOUR-box'></div>", True),
                          ('<div id="UpDown"></div>', True), ('<div class="ſxp"></div>', True),
                          ('<div class="ShangXıa"></div>', True), ('<div id="next-page"></div>', False),
                          ('<p>prevNext</p>', False), ('<div class="pager"></div>', False)):
        page = _page(_article(markup))
        assert neighbours.draws_neighbours(page) is drawn, markup
        assert (neighbours._BOX_NAME.search(page.text) is not None) is drawn, markup


def test_a_static_boxs_links_are_read_by_the_words_beside_or_inside_them():
    box = ('<div class="fy"><p>上一篇：<a href="/xxgk/nb/t1.html" title="X县2022年政府信息公开工作年度报告">X县2022年…</a></p>'
           '<p>下一篇：没有了</p><a href="t2.html">下一条</a><a href="javascript:void(0)">上一篇</a></div>'
           '<p>相关链接：<a href="/other.html">其他</a></p>')
    assert [(link.url, link.label) for link in neighbours.neighbour_links(_page(_article(box)))] == [
        ("http://www.x.gov.cn/xxgk/nb/t1.html", "X县2022年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/xxgk/nb/202401/t2.html", "下一条")]


def test_an_articles_analysis_gives_its_box_and_whether_its_chain_goes_first():
    report = analyse_html(PageJob(URL, _article(LITERAL).encode(), "text/html; charset=utf-8", "article",
                                  column="http://www.x.gov.cn/xxgk/nb/index.html"))
    assert report.neighbour_gets == ["http://www.x.gov.cn/api/content/neighbour.do?id=4474940"]
    assert report.neighbour_focus
    news = analyse_html(PageJob(URL, _article(LITERAL, "关于开展安全检查的通知").encode(), "text/html", "article"))
    assert news.neighbour_gets and not news.neighbour_focus
    plain = analyse_html(PageJob(URL, _article("").encode(), "text/html", "article"))
    assert plain.neighbour_gets == [] and plain.neighbour_links == []


def test_the_spider_walks_the_chain_bounded_per_column_past_the_depth_limit(tmp_path, monkeypatch):
    from scrapy.http import HtmlResponse, Request

    spider = offline_spider(tmp_path, DEPTH_LIMIT=8)   # the articles are at depth 8: a plain link would be dropped
    column = "http://www.x.gov.cn/xxgk/nb/index.html"
    monkeypatch.setattr(limits, "MAX_NEIGHBOUR_HOPS_PER_COLUMN", 2)
    out = []
    for n in range(3):
        url = f"http://www.x.gov.cn/xxgk/nb/t{n}.html"
        box = LITERAL.replace("4474940", str(n))
        request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": column,
                                     "depth": 8})
        response = HtmlResponse(url, body=_article(box).encode(), encoding="utf-8", request=request)
        analysis = analyse_html(PageJob(url, response.body, "text/html", "article", column=column))
        out += [r for r in spider.parse_html(response, analysis)
                if isinstance(r, Request) and "nianbao_neighbour_gap" in r.meta]
    assert [r.url for r in out] == [f"http://www.x.gov.cn/api/content/neighbour.do?id={n}" for n in (0, 1)]
    first = out[0]
    assert (first.meta["nianbao_api"], first.meta["nianbao_column"], first.meta["depth_reset"], first.priority) == \
        ("data", column, True, 30)
    stats = spider.crawler.stats
    assert stats.get_value("pager/neighbours") == 2 and stats.get_value("discovery/neighbours_capped") == 1


def test_a_plain_article_continues_a_chain_only_a_few_in_a_row_and_starts_none(tmp_path):
    from scrapy.http import HtmlResponse, Request, Response

    spider = offline_spider(tmp_path)
    url = "http://www.x.gov.cn/xwzx/t9.html"
    body = _article(LITERAL, "关于开展安全检查的通知").encode()

    def walked(meta):
        request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "page", **meta})
        response = HtmlResponse(url, body=body, encoding="utf-8", request=request)
        analysis = analyse_html(PageJob(url, body, "text/html", meta.get("nianbao_role", "page")))
        return [r for r in spider.parse_html(response, analysis) if isinstance(r, Request)
                and r.meta.get("nianbao_api") == "data"]

    assert walked({}) == []   # a news page nobody's chain reached
    [continued] = walked({"nianbao_neighbour_gap": 0})
    assert continued.meta["nianbao_neighbour_gap"] == 1 and continued.priority < 30
    spider._requested = type(spider._requested)(100)   # forget it: the same page again, further along a gap
    assert walked({"nianbao_neighbour_gap": limits.MAX_NEIGHBOUR_GAP}) == []
    assert spider.crawler.stats.get_value("discovery/neighbour_gaps_ended") == 1
    # the answer's entries: a report as an article at article priority, a plain one on the chain below it
    answer = Request("http://www.x.gov.cn/api/content/neighbour.do?id=9",
                     meta={"nianbao_portal": "a", "nianbao_role": "api", "nianbao_api": "data",
                           "nianbao_column": "c", "nianbao_neighbour_gap": 1})
    body = ('{"prev": {"title": "X县2019年政府信息公开工作年度报告", "url": "/xxgk/nb/t1.html"},'
            ' "next": {"title": "关于印发的通知", "url": "/xxgk/nb/t2.html"}, "other": {"url": "http://y.com/a"}}')
    out = list(spider.parse_json_answer(Response(answer.url, body=body.encode(), request=answer)))
    assert [(r.url, r.meta["nianbao_role"], r.priority, r.meta["nianbao_neighbour_gap"]) for r in out] == [
        ("http://www.x.gov.cn/xxgk/nb/t1.html", "article", 30, 1),
        ("http://www.x.gov.cn/xxgk/nb/t2.html", "page", out[1].priority, 1)]
    assert out[1].priority < 30
