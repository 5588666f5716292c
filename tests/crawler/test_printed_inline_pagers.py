"""Links nobody wrote as `<a href>` (issue 12, fourth round): addresses printed in a page's text, documents named
in its scripts' inline data (JSON-escaped), script-built pagers that give only an item count and a page size, and
what is left to the browser (a pager no reader follows, the order tabs are clicked in). Pure page analysis."""

from __future__ import annotations

import json

import pytest
from nianbao.crawler import limits
from nianbao.crawler.browser_controls import MAX_CONTROL_CLICKS, click_plan
from nianbao.crawler.discovery import render_evidence
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.inline_data import inline_links
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, script
from nianbao.crawler.discovery.printed import printed_links
from nianbao.crawler.discovery.site import SiteScope

from tests.crawler.minisite import html

SITE = SiteScope.of("www.x.gov.cn")
REPORT = "X县人民政府2023年政府信息公开工作年度报告"


def _page(body: str, url: str = "http://www.x.gov.cn/zwgk/a.html", head: str = "") -> HtmlPage:
    return HtmlPage.from_bytes(url, html(body, head=head))


def _analyse(url: str, body: bytes, role: str = "page") -> object:
    return analyse_html(PageJob(url, body, "text/html; charset=utf-8", role, site=SITE))


# ---- printed addresses


def test_an_address_printed_in_prose_is_a_link_labelled_by_its_sentence():
    page = _page("<p>本年度报告内容可通过X县人民政府门户网站→政府信息公开专栏查阅，网址为："
                 "http://xxgk.x.gov.cn/col/col12596/index.html。</p>"
                 "<p>年度报告统一在政府信息公开专栏（网址：www.x.gov.cn/zwgk/nb/）发布；平台：zwgk.x.gov.cn。</p>")
    links = printed_links(page)
    assert [link.url for link in links] == ["http://xxgk.x.gov.cn/col/col12596/index.html",
                                            "http://www.x.gov.cn/zwgk/nb/", "http://zwgk.x.gov.cn/"]
    assert links[0].text == "本年度报告内容可通过X县人民政府门户网站→政府信息公开专栏查阅"   # 网址为： dropped
    assert {link.tag for link in links} == {"text"}


def test_what_is_not_a_printed_address():
    page = _page("<p>邮箱：office@xxgk.x.gov.cn，版本 v1.2.3，附件 report.2023.pdf，a.b.cn 为例。</p>"
                 '<p><a href="/x.html">http://www.x.gov.cn/linked.html</a></p>'
                 "<script>var u = 'http://www.x.gov.cn/in-script.html';</script>"
                 "<style>.a{background:url(http://www.x.gov.cn/bg.png)}</style>")
    assert printed_links(page) == []


def test_printed_addresses_are_bounded_per_page():
    body = "".join(f"<p>网址：http://www.x.gov.cn/p{n}.html</p>" for n in range(limits.MAX_PRINTED_LINKS + 20))
    assert len(printed_links(_page(body))) == limits.MAX_PRINTED_LINKS


def test_printed_addresses_in_the_site_are_followed_and_counted_others_not():
    body = html("<p>专栏网址为：http://xxgk.x.gov.cn/col/col1/index.html。另见 http://www.y.gov.cn/nb/ 与 "
                "http://x.gov.cn.evil.com/a.html 和 www.x-gov.cn/b.html。</p>", "关于编制2023年度报告的通知")
    result = _analyse("http://www.x.gov.cn/zwgk/tz/1.html", body)
    urls = [url for url, _, _ in result.generic]
    assert "http://xxgk.x.gov.cn/col/col1/index.html" in urls
    assert not any("y.gov.cn" in u or "evil" in u or "x-gov" in u for u in urls)
    assert result.printed_links == 1
    assert result.offsite_links == 0     # prose is not a link: nothing counted as an off-site link



def test_a_moved_notice_naming_a_bare_host_is_a_section_followed_high():
    notice = ("<h2>页面已迁移</h2><p>根据政府网站集约化建设要求，本栏目已迁移至X县政府信息公开新平台：gk.x.gov.cn，"
              "请在浏览器地址栏输入该网址访问。</p><p>原栏目内容不再更新，敬请谅解。</p>")
    links = printed_links(_page(notice, "http://www.x.gov.cn/xxgk/nb/index.html"))
    assert [(link.url, link.tag) for link in links] == [("http://gk.x.gov.cn/", "moved")]
    assert links[0].text == "根据政府网站集约化建设要求，本栏目已迁移至X县政府信息公开新平台"
    result = _analyse("http://www.x.gov.cn/xxgk/nb/index.html", html(notice, "页面已迁移"))
    assert [(f.url, f.role) for f in result.follows if f.url == "http://gk.x.gov.cn/"] == [
        ("http://gk.x.gov.cn/", "section")]
    assert "http://gk.x.gov.cn/" not in [url for url, _, _ in result.generic]
    assert (result.printed_links, result.moved_links) == (1, 1)
    # the sentence after the address may say it too (新网址 … 请访问); an address in other prose is a plain link
    later = printed_links(_page("<p>年报专栏：www.x.gov.cn/nb/（新网址，请访问）。联系：www.x.gov.cn/lx/。</p>"))
    assert [link.tag for link in later] == ["moved", "text"]


def test_a_bare_host_of_the_pages_own_domain_is_read_other_bare_hosts_not():
    page = _page("<p>本平台已迁移至 gk.x.com.cn/nb/ ，旧平台 a.b.cn 停用。</p>", "http://www.x.com.cn/a.html")
    assert [(link.url, link.tag) for link in printed_links(page)] == [("http://gk.x.com.cn/nb/", "moved")]


# ---- inline data


def _nb_data(url: str, title: str) -> str:
    """What PHP's json_encode writes: `\\/` for every slash, `\\uXXXX` for every CJK character."""
    data = {"years": ["2024"], "items": {"2024": {"bj": [{"title": title, "url": url, "date": "2024-01-20"}]}}}
    return json.dumps(data).replace("/", "\\/")


def test_json_escaped_urls_in_inline_data_are_links_with_their_object_title():
    data = _nb_data("http://www.x.gov.cn/xwzx/ztzl/zfxxgknb/2023/bj/gov/63d48a80f8fd1c4c213ab9ff.html", REPORT)
    assert "\\/" in data and "\\u" in data
    page = _page('<ul id="nbList"></ul>', head=f"<script>var nbData = {data};"
                 "var more = {name: 'X\\u53bf', href: '\\u002Fu\\u002F2022.pdf'}; var re = /a\\/b/;</script>")
    links = inline_links(page)
    assert [(link.url, link.text) for link in links] == [
        ("http://www.x.gov.cn/xwzx/ztzl/zfxxgknb/2023/bj/gov/63d48a80f8fd1c4c213ab9ff.html", REPORT),
        ("http://www.x.gov.cn/u/2022.pdf", "X县")]


@pytest.mark.parametrize("script", [
    "var api = {url: '/api/list', page: 1};",                 # an endpoint, not a document
    "var s = 'a\\/b.html' + x;",                                # not a value of an object or array literal
    'var bad = {"url": "\\x2Fa.html"};',                       # not a JSON escape: left alone
    "var o = {url: 'javascript:void(0).html'};",
])
def test_what_inline_data_does_not_name(script):
    assert inline_links(_page("", head=f"<script>{script}</script>")) == []


def test_inline_report_entries_are_list_items_of_a_column_and_off_site_ones_dropped():
    data = _nb_data("/xwzx/ztzl/zfxxgknb/2023/bj/gov/63d48a80f8fd1c4c213ab9ff.html", REPORT)
    other = _nb_data("http://www.y.gov.cn/nb/1.html", "Y县人民政府2023年政府信息公开工作年度报告")
    body = html('<div id="nbTabs"><li data-year="2024">2024年</li></div><ul id="nbList"></ul>', "政府信息公开年报",
                head=f"<script>var nbData = {data}; var other = {other};</script>")
    result = _analyse("http://www.x.gov.cn/xwzx/ztzl/zfxxgknb/index.html", body, role="column")
    articles = [(f.url, f.anchor) for f in result.follows if f.role == "article"]
    assert articles == [("http://www.x.gov.cn/xwzx/ztzl/zfxxgknb/2023/bj/gov/63d48a80f8fd1c4c213ab9ff.html", REPORT)]
    assert result.inline_links == 1
    assert not any("y.gov.cn" in url for url, _, _ in result.generic)


# ---- script-built pagers


LAYPAGE = """layui.use(['laypage'], function () {{
  layui.laypage.render({{elem: 'page', count: {count}{limit}, curr: {curr},
    jump: function (obj, first) {{ if (!first) {{ location.href = obj.curr == 1 ? 'index.htm' : 'index_' + obj.curr + '.htm'; }} }}
  }});
}});"""


def test_a_laypage_pager_is_enumerated_from_its_count_and_limit_with_the_first_page_convention():
    scripts = LAYPAGE.format(count=23, limit=", limit: 5", curr=1)
    urls = [r.url for r in script.script_pages("http://www.x.gov.cn/zwgk/nb/index.htm", scripts)]
    # 23 entries, 5 a page: 5 pages; page 1 is index.htm (named in the script), so no index_1.htm
    assert urls == [f"http://www.x.gov.cn/zwgk/nb/index_{n}.htm" for n in range(2, 6)]
    # from page 3, the same set without the page itself
    urls = [r.url for r in script.script_pages("http://www.x.gov.cn/zwgk/nb/index_3.htm",
                                               LAYPAGE.format(count=23, limit=", limit: 5", curr=3))]
    assert urls == [f"http://www.x.gov.cn/zwgk/nb/index_{n}.htm" for n in (2, 4, 5)]


def test_laypage_without_a_limit_uses_layuis_default_page_size():
    scripts = LAYPAGE.format(count=25, limit="", curr=1)
    assert len(script.script_pages("http://www.x.gov.cn/nb/index.htm", scripts)) == 2   # 10 a page: pages 2, 3


def test_a_stated_page_count_in_the_markup_and_no_first_page_name():
    scripts = "function go(n) { location.href = 'list-' + n + '.html'; }"
    urls = [r.url for r in script.script_pages("http://www.x.gov.cn/nb/list.html", scripts, "共 3 页 第1页")]
    assert urls == [f"http://www.x.gov.cn/nb/list-{n}.html" for n in (1, 2, 3)]   # 0- or 1-based: both asked
    assert script.script_pages("http://www.x.gov.cn/nb/list.html", scripts, "共1页") == []
    assert script.script_pages("http://www.x.gov.cn/nb/list.html", "var count = 40, limit = 5;") == []   # no URL


def test_script_pager_counts_are_bounded():
    scripts = LAYPAGE.format(count=10_000_000 - 1, limit=", limit: 1", curr=1)
    # MAX_PAGES pages of a column at most, the first being index.htm itself
    assert len(script.script_pages("http://www.x.gov.cn/nb/index.htm", scripts)) == MAX_PAGES - 1


def test_a_laypage_column_gives_its_pages_as_pagers():
    body = html('<ul><li><a href="ct/1.htm">' + REPORT + '</a></li></ul><div id="page"></div>', "政府信息公开年报",
                head='<script src="/layui/layui.js"></script><script>'
                + LAYPAGE.format(count=12, limit=", limit: 5", curr=1) + "</script>")
    result = _analyse("http://www.x.gov.cn/zwgk/zfxxgkzl/zfxxgknb/index.htm", body, role="column")
    assert [(r.url, r.pager) for r in result.pagers] == [
        (f"http://www.x.gov.cn/zwgk/zfxxgkzl/zfxxgknb/index_{n}.htm", "script") for n in (2, 3)]


# ---- what the browser is left to click


@pytest.mark.parametrize("body, unread", [
    ('<div class="pagination"><a href="javascript:;" data-page="2">2</a><a href="javascript:;">下一页</a></div>', True),
    ('<div id="page"></div><script>layui.laypage.render({elem: "page"});</script>', True),
    ('<div class="page"><a href="index_2.html">2</a></div>', False),             # a link: followed as one
    ('<div id="page"></div>', False),                                             # no script draws it
    ('<div class="tabs"><a href="javascript:;">2</a></div>', False),              # not a pager
])
def test_unread_pager_evidence(body, unread):
    assert render_evidence.unread_pager(_page(body)) is unread


def test_a_column_whose_pager_no_reader_follows_is_rendered_on_that_evidence():
    pager = '<div class="pagination"><a href="javascript:;" data-page="2">2</a></div>'
    script_ = "<script>function go(n) { location.href = ['list', n].join('-') + '.html'; }</script>"
    body = html(f'<ul><li><a href="ct/1.htm">{REPORT}</a></li></ul>{pager}{script_}', "政府信息公开年报")
    result = _analyse("http://www.x.gov.cn/zwgk/nb/index.htm", body, role="column")
    assert result.pagers == [] and result.render_evidence == "unread_pager"
    readable = body.replace(b"['list', n].join('-')", b"'list-' + n").replace(b"<script>", b"<script>var pageCount = 2;")
    result = _analyse("http://www.x.gov.cn/zwgk/nb/index.htm", readable, role="column")
    assert [r.url for r in result.pagers] == ["http://www.x.gov.cn/zwgk/nb/list-1.html",
                                              "http://www.x.gov.cn/zwgk/nb/list-2.html"]
    assert result.render_evidence is None


def test_click_plan_pairs_two_tab_groups_then_pager_controls_bounded():
    assert click_plan([(2, False), (3, False), (2, True)]) == [
        "0:0", "1:0", "1:1", "1:2", "0:1", "1:0", "1:1", "1:2", "2:0", "2:1"]
    assert click_plan([(4, True)]) == ["0:0", "0:1", "0:2", "0:3"]
    assert len(click_plan([(30, False), (30, False)])) == MAX_CONTROL_CLICKS
