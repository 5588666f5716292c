from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from nianbao.crawler.discovery.pagers import gkmlpt, hanweb, query, trs

from tests.crawler.conftest import FIXTURES


def test_trs_classic_index_pages_are_zero_based(fixture_page):
    page = fixture_page("trs_classic.html", "http://www.mouxian.gov.cn/zwgk/zfxxgknb/index.html")
    urls = [r.url for r in trs.trs_pages(page.url, page.scripts)]
    assert urls == [f"http://www.mouxian.gov.cn/zwgk/zfxxgknb/index_{n}.html" for n in range(1, 5)]


def test_trs_pages_from_a_directory_url_and_a_later_page(fixture_page):
    page = fixture_page("trs_classic.html", "http://www.mouxian.gov.cn/zwgk/zfxxgknb/")
    assert trs.trs_pages(page.url, page.scripts)[0].url == "http://www.mouxian.gov.cn/zwgk/zfxxgknb/index_1.html"
    later = trs.trs_pages("http://www.mouxian.gov.cn/zwgk/zfxxgknb/index_3.html", page.scripts)
    assert later[-1].url == "http://www.mouxian.gov.cn/zwgk/zfxxgknb/index_4.html"


def test_trs_haiyun_list_variant_asks_for_both_second_page_spellings(fixture_page):
    page = fixture_page("trs_haiyun.shtml", "http://www.x.gov.cn/xxgk/zfxxgknb/zfxxgknb_list.shtml")
    urls = [r.url for r in trs.trs_pages(page.url, page.scripts)]
    assert urls[0].endswith("/zfxxgknb_list_1.shtml") and urls[1].endswith("/zfxxgknb_list_2.shtml")
    assert urls[-1].endswith("/zfxxgknb_list_7.shtml") and len(urls) == 7


def test_trs_single_page_and_no_pager():
    assert trs.trs_pages("http://a/x/index.html", 'createPageHTML(1, 0, "index", "html");') == []
    assert trs.trs_pages("http://a/x/index.html", "var a = 1;") == []


def test_trs_page_count_is_bounded():
    pages = trs.trs_pages("http://a/x/index.html", 'createPageHTML(100000, 0, "index", "html");')
    assert len(pages) == trs.MAX_PAGES - 1


def test_hanweb_dataproxy_parameters_from_column_page(fixture_page):
    page = fixture_page("hanweb_column.html", "http://www.longyou.gov.cn/col/col1229114055/index.html")
    params = hanweb.find_dataproxy(page.text)
    assert (params.webid, params.columnid, params.unitid) == ("3112", "1229114055", "4482129")
    assert params.perpage == 15 and params.total == 128
    assert params.proxy_path == "/module/web/jpage/dataproxy.jsp"
    requests = hanweb.dataproxy_requests(page.url, params)
    assert [parse_qs(urlsplit(r.url).query)["startrecord"][0] for r in requests] == ["1", "46", "91"]
    assert parse_qs(urlsplit(requests[-1].url).query)["endrecord"] == ["128"]
    first = requests[0]
    form = parse_qs(first.body)
    assert first.method == "POST" and first.api
    assert form["columnid"] == ["1229114055"] and form["unitid"] == ["4482129"] and form["webid"] == ["3112"]
    assert first.headers["X-Requested-With"] == "XMLHttpRequest" and first.headers["Referer"] == page.url


def test_hanweb_inline_datastore_links(fixture_page):
    page = fixture_page("hanweb_column.html", "http://www.longyou.gov.cn/col/col1229114055/index.html")
    total, links = hanweb.parse_datastore(page.text, page.url)
    assert total is None
    assert links[0].url == "http://www.longyou.gov.cn/art/2024/1/30/art_1229114055_89890.html"
    assert links[1].label == "龙游县人民政府2023年政府信息公开工作年度报告"  # full title from title=


def test_hanweb_dataproxy_answer():
    xml = (FIXTURES / "hanweb_dataproxy.xml").read_text(encoding="utf-8")
    total, links = hanweb.parse_datastore(xml, "http://www.longyou.gov.cn/module/web/jpage/dataproxy.jsp?x=1")
    assert total == 128
    assert [link.url for link in links] == [
        "http://www.longyou.gov.cn/art/2023/1/31/art_1229114055_59012345.html",
        "http://www.longyou.gov.cn/art/2023/1/30/art_1229114055_59012300.html",
        "http://www.longyou.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=01251010-066&fbtime=2019"]


def test_hanweb_unknown_total_asks_for_one_batch():
    params = hanweb.DataproxyParams("/module/jpage/dataproxy.jsp", "1", "2", "3")
    requests = hanweb.dataproxy_requests("http://a.gov.cn/col/col2/index.html", params)
    assert len(requests) == 1 and "/module/jpage/dataproxy.jsp?startrecord=1&endrecord=45" in requests[0].url


def test_not_a_hanweb_page(fixture_page):
    assert hanweb.find_dataproxy(fixture_page("trs_classic.html", "http://a/").text) is None


def test_hanweb_annual_report_module_combinations(fixture_page):
    page = fixture_page("hanweb_annual_module.html", "http://www.weishan.gov.cn/col/col9/index.html")
    urls = {r.url for r in hanweb.annual_module_urls(page)}
    base = "http://www.weishan.gov.cn/module/xxgk/xxgkAnnualReport.jsp"
    assert f"{base}?area=11370826004323472M&fbtime=2024" in urls
    assert f"{base}?area=113708260043235001&fbtime=2021" in urls
    assert len(urls) == 2 * 4  # 2 units × (2024 from the link + 2023, 2022, 2021 from the select)


def test_gkmlpt_columns_from_tree_and_links(fixture_page):
    page = fixture_page("gkmlpt_index.html", "http://www.szns.gov.cn/gkmlpt/index")
    columns = dict(gkmlpt.report_columns(page))
    assert set(columns) == {"2872", "2873", "2874", "2875", "2890"}
    assert gkmlpt.site_id(page.text) == "755029"
    assert gkmlpt.api_url(page.url, "2872", 2, "755029") == \
        "http://www.szns.gov.cn/gkmlpt/api/all/2872?page=2&sid=755029"


def test_gkmlpt_api_answer_and_remaining_pages():
    total, links = gkmlpt.parse_api((FIXTURES / "gkmlpt_api.json").read_bytes(), "http://www.szns.gov.cn/gkmlpt/api/all/2872?page=1")
    assert total == 43 and len(links) == 3
    assert links[1].url == "http://www.szns.gov.cn/gkmlpt/content/11/11101/post_11101002.html"
    assert list(gkmlpt.remaining_pages(total, 10)) == [2, 3, 4, 5]
    assert gkmlpt.parse_api(b"<html>not json</html>", "http://a/") == (None, [])


def test_query_pager_enumerates_to_the_last_page(fixture_page):
    page = fixture_page("query_pager.html", "http://www.x.gov.cn/list.jsp?cid=55&pageNo=1")
    urls = [r.url for r in query.query_pages(page)]
    assert urls == [f"http://www.x.gov.cn/list.jsp?cid=55&pageNo={n}" for n in range(2, 10)]


def test_query_pager_ignores_other_lists(fixture_page):
    page = fixture_page("query_pager.html", "http://www.x.gov.cn/list.jsp?cid=77&pageNo=1")
    assert query.query_pages(page) == []


def test_numbered_path_pager(fixture_page):
    page = fixture_page("path_pager.html", "http://www.x.gov.cn/xxgk/nb.htm")
    urls = [r.url for r in query.numbered_path_pages(page)]
    assert urls == [f"http://www.x.gov.cn/xxgk/nb/{n}.htm" for n in range(2, 7)]


def test_next_link_when_nothing_else(fixture_page):
    page = fixture_page("next_only.html", "http://www.x.gov.cn/nb/list?cid=5")
    assert query.query_pages(page) == []
    assert [r.url for r in query.next_links(page)] == ["http://www.x.gov.cn/nb/list?start=20&cid=5"]


def test_stated_total_pages_finds_the_first_statement_as_a_plain_search_would() -> None:
    """stated_total_pages anchors its pattern at each 页; it must agree with the plain left-to-right search."""
    import random
    import re

    from nianbao.crawler.discovery.pagers.query import stated_total_pages

    plain = re.compile(r"共\s*(\d{1,4})\s*页|第\s*\d+\s*/\s*(\d{1,4})\s*页|\d+\s*/\s*(\d{1,4})\s*页")

    def expected(text: str) -> int | None:
        match = plain.search(text)
        return int(next(g for g in match.groups() if g)) if match else None

    pieces = ["共", "第", "页", "/", " ", "首页", "下一页", "12", "3", "20250", "条", "x"]
    rng = random.Random(7)
    texts = ["共 12 页", "第 3/15 页", "首页 上一页 1/7页 下一页", "共10条 每页20条 共1页", "2024/5 页码"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    assert [stated_total_pages(t) for t in texts] == [expected(t) for t in texts]


def test_gkmlpt_site_id_agrees_with_the_plain_case_insensitive_pattern() -> None:
    """site_id looks for the literal `sid` and checks the word boundary by hand; it must find what the plain
    pattern finds, on the forms portals write and on random text built from the pattern's own characters."""
    import random
    import re

    plain = re.compile(r"""\bSID\s*[:=]\s*['"]?(\d+)|[?&]sid=(\d+)""", re.I)

    def expected(text: str) -> str | None:
        match = plain.search(text)
        return (match.group(1) or match.group(2)) if match else None

    texts = ["window.SID = '123'", "a?SID=5 b sid:7", "<a href='/x?sid=9'>", "SIDE:1 sid=2", "xsid:3 sid:4",
             "_sid=3 sid=4", "中sid=3 ,sid=8", "sid=", "sid:'77'", "x" * 5000 + "Sid: 42"]
    rng = random.Random(11)
    texts += ["".join(rng.choice("sidSID:= '\"?&x_中12") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    assert [gkmlpt.site_id(t) for t in texts] == [expected(t) for t in texts]


def test_gkmlpt_tree_is_found_where_the_word_tree_starts() -> None:
    """tree_of finds `TREE:`/`TREE =` only at the start of a word (as the pattern `\\bTREE` did)."""
    assert gkmlpt.tree_of('window.CONFIG = {TREE: [{"id": 1, "name": "年报"}]}') == [{"id": 1, "name": "年报"}]
    assert gkmlpt.tree_of('var SUBTREE = [1]; var TREE = [2]') == [2]
    assert gkmlpt.tree_of('var _TREE = [1]') is None and gkmlpt.tree_of("TREE=[3]") == [3]


def test_a_report_articles_own_trs_pager_names_its_later_pages_as_articles_of_the_report():
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html

    from tests.crawler.sites import report_page

    title = "某县人民政府2024年政府信息公开工作年度报告"
    url = "http://www.x.gov.cn/zwgk/zfxxgknb/202502/t20250218_3396748.html"
    pager = '<script type="text/javascript">createPageHTML(3, 0, "t20250218_3396748", "html");</script>'
    analysis = analyse_html(PageJob(url, report_page(title, "2025-02-18", "1101070001", pager), "text/html", "article"))
    assert analysis.is_report
    later = [(f.url, f.role, f.anchor) for f in analysis.follows if "t20250218_3396748_" in f.url]
    assert later == [(url.replace(".html", f"_{n}.html"), "article", title) for n in (1, 2)]   # 0-based: no _3
    assert not [p for p in analysis.pagers if "t20250218_3396748_" in p.url]   # not a list's pages
    assert (analysis.article_pages.pager, analysis.article_page_links) == ("trs", 2)
    # a later page names the others: the first page (reached from it before the column's link) and the last
    second = analyse_html(PageJob(url.replace(".html", "_1.html"), report_page(title, "2025-02-18", "1101070001",
                                                                                pager.replace("3, 0", "3, 1")),
                                  "text/html", "article"))
    assert {f.url for f in second.follows if "t20250218_3396748" in f.url} == {url, url.replace(".html", "_2.html")}


def test_a_list_pages_trs_pager_stays_a_pager_and_a_look_alikes_pager_is_not_followed_as_a_report():
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html

    from tests.crawler.sites import html, report_page

    column = "http://www.x.gov.cn/zwgk/zfxxgknb/index.html"
    listing = html('<ul><li><a href="./202502/t20250218_1.html">某县2024年政府信息公开工作年度报告</a></li></ul>'
                   '<script>createPageHTML(3, 0, "index", "html");</script>', title="政府信息公开年报")
    analysis = analyse_html(PageJob(column, listing, "text/html", "column"))
    assert [p.url for p in analysis.pagers if p.pager == "trs"] == [column.replace("index", f"index_{n}") for n in (1, 2)]
    notice = "http://www.x.gov.cn/xwzx/202502/t20250218_77.html"
    news = analyse_html(PageJob(notice, report_page("关于开展安全生产检查的通知", "2025-02-18", "1101070001",
                                                    '<script>createPageHTML(2, 0, "t20250218_77", "html");</script>'),
                                "text/html", "article"))
    assert not news.is_report and not [f for f in news.follows if "t20250218_77_" in f.url]


STATIC_REPORT = "http://www.x.gov.cn/a/zfxxgknb/2025/0218/3396.html"   # DedeCMS: page 2 is <id>_2.html


def dedecms_pager(own: int, count: int = 3) -> str:
    """A DedeCMS-style in-article pager (上一页 1 2 3 下一页, the current page unlinked) and a 下一篇 box."""
    names = ["3396.html"] + [f"3396_{n}.html" for n in range(2, count + 1)]
    links = [f'<a href="{names[own - 1]}">上一页</a>'] if own else []
    links += [f"<span>{n + 1}</span>" if n == own else f'<a href="{names[n]}">{n + 1}</a>' for n in range(count)]
    links += [f'<a href="{names[own + 1]}">下一页</a>'] if own < count - 1 else []
    return (f'<div class="pagelist">{" ".join(links)}</div>'
            '<div>下一篇：<a href="3397.html">某县财政局2024年政府信息公开工作年度报告</a></div>')


def test_a_report_articles_static_pager_names_its_pages_as_articles_never_as_list_pages_or_columns():
    """The links of an article's own static pager (`<id>_2.html` beside `<id>.html`) are the report's pages: asked as
    articles under its title, not read as a list's path or 下一页 pager nor as a sub-column of a 年报 path."""
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html

    from tests.crawler.sites import report_page

    title = "某县人民政府2024年政府信息公开工作年度报告"
    column = "http://www.x.gov.cn/a/zfxxgknb/"
    pages = [STATIC_REPORT, STATIC_REPORT.replace(".html", "_2.html"), STATIC_REPORT.replace(".html", "_3.html")]
    for own, url in enumerate(pages):
        body = report_page(title, "2025-02-18", "1101070001", dedecms_pager(own))
        analysis = analyse_html(PageJob(url, body, "text/html", "article", column=column))
        assert analysis.is_report
        own_pages = [(f.url, f.role, f.anchor, f.column) for f in analysis.follows if "/3396" in f.url]
        assert own_pages == [(other, "article", title, column) for other in pages if other != url]
        assert not [p for p in analysis.pagers if "/3396" in p.url]   # nor `3396_1.html`, a path pager's guess
        assert (analysis.article_pages.pager, analysis.article_page_links) == ("static", 2)
        assert not [f for f in analysis.follows if "/3397" in f.url and f.anchor == title]   # 下一篇: another report


def test_a_columns_static_or_trs_list_pager_is_no_articles_pages():
    """Negatives: a column's static pager (index_N) stays its list pager; a TRS list pager drawn on a report page is
    the list's, not the report's pages; a 下一页 link to another article's page names no page of this one."""
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html

    from tests.crawler.sites import html, report_page

    column = "http://www.x.gov.cn/a/zfxxgknb/index.html"
    listing = html('<ul><li><a href="./2025/0218/3396.html">某县2024年政府信息公开工作年度报告</a></li></ul>'
                   '<a href="index_2.html">2</a> <a href="index_3.html">3</a> <a href="index_2.html">下一页</a>',
                   title="政府信息公开年报")
    analysis = analyse_html(PageJob(column, listing, "text/html", "column"))
    assert analysis.article_pages is None
    assert {p.url for p in analysis.pagers} >= {column.replace("index", f"index_{n}") for n in (2, 3)}
    title = "某县人民政府2024年政府信息公开工作年度报告"
    on_report = report_page(title, "2025-02-18", "1101070001", '<script>createPageHTML(3, 0, "index", "html");</script>')
    report = analyse_html(PageJob(STATIC_REPORT, on_report, "text/html", "article", column=column))
    assert report.is_report and report.article_pages is None
    assert not [f for f in report.follows if "index_" in f.url]
    assert [p.url for p in report.pagers if p.pager == "trs"] == [
        STATIC_REPORT.replace("3396", f"index_{n}") for n in (1, 2)]   # the column's pages, as on the column
    neighbour = report_page(title, "2025-02-18", "1101070001",
                            '<div>下一篇：<a href="3397.html">某县财政局2024年政府信息公开工作年度报告</a> '
                            '<a href="3397_2.html">下一页</a></div>')
    alone = analyse_html(PageJob(STATIC_REPORT, neighbour, "text/html", "article", column=column))
    assert alone.is_report and alone.article_pages is None and alone.article_page_links == 0
    assert not [f for f in alone.follows if "/3397" in f.url and f.anchor == title]


def _more_page(control: str):
    from nianbao.crawler.discovery.page import HtmlPage
    body = f'<html><body><ul id="nblist"><li><a href="/nb/a.shtml">2024年报</a></li></ul>{control}</body></html>'
    return HtmlPage.from_bytes("http://www.x.gov.cn/nb/index.shtml", body.encode(), "text/html; charset=utf-8")


def test_a_load_more_controls_data_next_is_the_lists_next_part():
    page = _more_page('<button type="button" class="load-more" data-next="/nb/more_2.shtml">加载更多</button>')
    assert [(r.url, r.pager) for r in query.load_more_links(page)] == [
        ("http://www.x.gov.cn/nb/more_2.shtml", query.LOAD_MORE_PAGER)]
    # any data-* path on a control whose class or text says more (data-src here)
    page = _more_page('<span class="btn-more" data-src="/nb/more_2.shtml">查看更多</span>')
    assert [r.url for r in query.load_more_links(page)] == ["http://www.x.gov.cn/nb/more_2.shtml"]


def test_data_attributes_that_name_no_link_or_controls_that_say_no_more_are_not_parts():
    # an image's lazy source on a plain element, a data value that is no path, a data link on a row (a link, no part)
    for control in ('<div class="pic" data-src="/img/banner.jpg">图片</div>',
                    '<button type="button" data-next="2">加载更多</button>',
                    '<li data-href="/nb/b.shtml">2023年报</li>'):
        assert query.load_more_links(_more_page(control)) == []
    assert "http://www.x.gov.cn/img/banner.jpg" not in {
        link.url for link in _more_page('<div class="pic" data-src="/img/banner.jpg">图片</div>').links}
    assert "http://www.x.gov.cn/nb/b.shtml" in {link.url for link in _more_page('<li data-href="/nb/b.shtml">x</li>').links}
