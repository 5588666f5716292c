"""Discovery beyond the CMSs it knows: every in-scope link followed (ranked, never pruned), the portal's site as
scope (bare domain, sub-hosts, IP-hosted files), list pages drawn by script recognised from evidence, count-down
pagers. Unit tests on small pages, and one end-to-end crawl of a portal built to defeat the focused rules."""

from __future__ import annotations

import json

import pytest
from nianbao.crawler import limits
from nianbao.crawler.discovery import columns, gate_forms, rank
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import checkgroups, jsonlist, query, script, selectors
from nianbao.crawler.discovery.render_evidence import list_evidence
from nianbao.crawler.discovery.site import SiteScope

from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.sites import REPORT_BODY

SITE = SiteScope.of("www.x.gov.cn")
NAV = ('<a href="/">首页</a><a href="http://x.gov.cn/xwzx/">新闻</a><a href="http://zwgk.x.gov.cn/">政务公开</a>'
       '<a href="http://www.y.gov.cn/">邻县</a><a href="http://x.gov.cn.evil.com/">镜像</a>')


def _analyse(url: str, body: str, role: str = "page", **kwargs) -> object:
    return analyse_html(PageJob(url, body.encode(), "text/html; charset=utf-8", role, site=SITE, **kwargs))


def test_every_in_scope_link_is_followed_and_off_site_ones_counted():
    body = html(NAV + '<a href="/about/intro.html">概况</a><a href="http://61.178.20.5/upload/a.pdf">附件</a>'
                      '<img src="/a.png"><a href="/images/b.jpg">图</a><iframe src="/frame/list.html"></iframe>'
                      '<a href="http://192.168.1.2/x.html">内网</a>').decode()
    result = _analyse("http://www.x.gov.cn/", body, role="home")
    generic = {url: is_file for url, _, is_file in result.generic}
    assert "http://x.gov.cn/xwzx/" in generic and "http://www.x.gov.cn/about/intro.html" in generic
    assert generic["http://61.178.20.5/upload/a.pdf"] is True          # a file on an IP host, linked from the site
    assert "http://www.x.gov.cn/frame/list.html" in generic           # frames too
    assert "http://www.y.gov.cn/" not in generic and "http://x.gov.cn.evil.com/" not in generic
    assert result.offsite_links == 2 and result.media_links == 1
    # the literal private address is in the generic list only if the page's site holds it: it does not
    assert "http://192.168.1.2/x.html" in generic                     # ScopeMiddleware refuses it (private)


def test_links_on_an_ip_hosted_page_do_not_widen_scope():
    body = html('<a href="http://61.178.20.6/b.pdf">附件</a><a href="/c.html">c</a>').decode()
    result = _analyse("http://61.178.20.5/list.html", body)
    assert [u for u, _, _ in result.generic] == []


def test_documents_on_another_site_are_ranked_with_the_pages_links():
    """Rank, don't prune: a document the site's page links on another host (a cloud bucket) waits with the
    page's other links; a page there does not, nor a document a page off the site links."""
    bucket = "http://x-gov.oss-cn-beijing.aliyuncs.com"
    body = html(f'<a href="{bucket}/nb/1a.pdf">附件1</a><a href="{bucket}/about.html">简介</a>'
                f'<a href="{bucket}/download?id=2">某县年报.docx</a>').decode()
    result = _analyse("http://www.x.gov.cn/zwgk/t1.html", body)
    generic = {url: is_file for url, _, is_file in result.generic}
    assert generic == {f"{bucket}/nb/1a.pdf": True, f"{bucket}/download?id=2": True}
    assert result.offsite_links == 1
    elsewhere = _analyse("http://61.178.20.5/list.html", body)
    assert elsewhere.generic == [] and elsewhere.offsite_links == 3


def test_ranking_puts_disclosure_and_pagers_before_news_but_below_focused_roles():
    news = rank.page_priority("区委常委会召开会议", "http://www.x.gov.cn/xwzx/2023/1.html")
    disclosure = rank.page_priority("法定主动公开内容", "http://www.x.gov.cn/zwgk/fdzdgk/")
    pager = rank.page_priority("下一页", "http://www.x.gov.cn/xwzx/index_2.html")
    assert disclosure > pager > news >= rank.PAGE_PRIORITY > rank.file_priority("附件")
    assert max(disclosure, pager) < 0    # the lowest focused role (home) has priority 0
    assert rank.continues_list("下一页") and not rank.continues_list("12")



def test_list_entries_titled_as_other_documents_wait_behind_list_pages_and_reports():
    from nianbao.crawler.spiders.portal import PRIORITY

    for title in ("关于印发丰塘县2015年安全生产工作方案的通知", "丰塘县2015年防汛抗旱工作要点",
                  "2015年耕地保护实施细则（试行）", "县民政局关于2015年资金分配情况的公示"):
        assert rank.names_other_document(title), title
    # negatives: report titles (also as the subject of a notice), bare words, titles naming no document type
    for title in ("丰塘县人民政府2015年政府信息公开工作年度报告", "关于印发《丰塘县2015年度报告》的通知",
                  "丰塘县2019年政府信息公开年报", "通知", "县委常委会召开会议", "2019年度部门决算报告"):
        assert not rank.names_other_document(title), title
    assert PRIORITY["article"] > PRIORITY["list"] > PRIORITY["column"] > rank.OTHER_DOCUMENT_PRIORITY
    assert rank.OTHER_DOCUMENT_PRIORITY > max(rank.page_priority("下一页", "http://www.x.gov.cn/zwgk/index_2.html"),
                                              PRIORITY["section"], PRIORITY["home"])

# Shapes of real county list pages: navigation and footer static, the list an empty container filled by $.ajax
# or written from a recordset, the pager an empty div the same script fills.
AJAX_LIST = """<div class="nav">{nav}</div><div class="lm">政府信息公开年报</div><ul id="listContent"></ul>
<div id="pageBar"></div><script>$.ajax({{url: '/api/list?col=nb', success: function (d) {{ render(d); }}}});
</script>"""
RECORDSET_LIST = """<div>{nav}</div><div class="list"><script type="text/xml"><datastore><recordset>
<record><![CDATA[<li><a href="/art/2024/1/2/art_1_2.html">2023年报</a></li>]]></record></recordset></datastore>
</script></div>"""
STATIC_LIST = """<div>{nav}</div><ul class="list"><li><a href="/nb/t20240101_1.html">X县2023年政府信息公开工作年度报告</a>
</li><li><a href="/nb/t20230101_2.html">X县2022年政府信息公开工作年度报告</a></li></ul><script>$.ajax({{}})</script>"""


@pytest.mark.parametrize("body,expected", [
    (AJAX_LIST, "empty_list_region"), (RECORDSET_LIST, "empty_list_region"), (STATIC_LIST, None),
    ("<div>{nav}</div><div id='list'></div>", None),          # an empty container but no script that fills it
])
def test_list_evidence(body, expected):
    page = HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(body.format(nav=NAV * 5)))
    links = body.count("t20")
    assert list_evidence(page, links) == expected


def test_column_page_with_static_navigation_and_script_list_carries_render_evidence():
    result = _analyse("http://www.x.gov.cn/zwgk/nb/", html(AJAX_LIST.format(nav=NAV * 5)).decode(), role="column")
    assert result.article_links == 0 and result.render_evidence == "empty_list_region"


def test_count_down_pager():
    """Lists numbered downwards (index.html newest, then index_37 … index_1): every page from any of them."""
    pager = ('<a href="index.html">首页</a><a href="index_37.html">下一页</a><a href="index_1.html">尾页</a>'
             '<span>共38页</span>')
    page = HtmlPage.from_bytes("http://www.x.gov.cn/nb/index.html", html(pager))
    urls = {r.url for r in query.numbered_path_pages(page)}
    assert urls == {f"http://www.x.gov.cn/nb/index_{n}.html" for n in range(1, 38)}
    middle = HtmlPage.from_bytes("http://www.x.gov.cn/nb/index_20.html", html(
        '<a href="index_21.html">上一页</a><a href="index_19.html">下一页</a><a href="index_1.html">尾页</a>'))
    assert "http://www.x.gov.cn/nb/index_19.html" in {r.url for r in query.numbered_path_pages(middle)}


# ----------------------------------------------------------------------------------------------- end to end

def _report(title: str, code: str = "") -> bytes:
    return html(f"<h1>{title}</h1>{REPORT_BODY}", title, head=f'<meta name="SiteIDCode" content="{code}">' if code else "")


HIDDEN_CODE = "6201020001"   # 隐县's 网站标识码, on every host its site answers on


def hidden_reports_portal(web: MiniWeb) -> tuple[str, set[str], set[str]]:
    """A portal whose reports the focused rules alone miss: its 年报 column is linked only through an
    unremarkable page on the bare domain, one report sits on a `xxgk.` sub-host under a column named nothing
    like 年报, another is a PDF on the server's IP address, one is written with the site's second government
    domain (same 网站标识码), and the homepage links spam mirrors and a neighbouring county (other registered
    domains: the mirror is never fetched, the county's page once, as a probe, and nothing it links)."""
    base = "http://www.hidden.gov.cn"
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="http://hidden.gov.cn/gzdt/">工作动态</a>'
                             '<a href="http://www.hidden.gov.cn.mirror.com/nb/">政府信息公开年报</a>'
                             '<a href="http://www.other.gov.cn/nb/">政府信息公开年报</a>'
                             '<a href="http://xxgk.hidden.gov.cn/channel/18/">其他</a>', "隐县人民政府",
                             head=f'<meta name="SiteIDCode" content="{HIDDEN_CODE}">'))
    web.add("http://www.hiddenxian.gov.cn/nb/t20220301_7.html",
            html(f'<h1>隐县2021年政府信息公开工作年度报告</h1>{REPORT_BODY}<a href="/nb/old.html">往年</a>'
                 f'<p>网站标识码：{HIDDEN_CODE}</p>', "隐县2021年政府信息公开工作年度报告"))
    web.add("http://www.hiddenxian.gov.cn/nb/old.html", html(
        '<a href="/nb/t20170301_3.html">隐县2016年度政府信息公开年报（第二版）</a>', "往年"))
    web.add("http://www.hiddenxian.gov.cn/nb/t20170301_3.html", _report("隐县2015年政府信息公开工作年度报告", HIDDEN_CODE))
    web.add("http://hidden.gov.cn/gzdt/", html('<a href="/gzdt/more/">更多资料</a>', "工作动态"))
    web.add("http://hidden.gov.cn/gzdt/more/", html(
        '<a href="http://hidden.gov.cn/xx/a1.htm">隐县2016年政府信息公开工作年度报告</a>', "资料"))
    web.add("http://hidden.gov.cn/xx/a1.htm", _report("隐县2016年政府信息公开工作年度报告"))
    web.add("http://xxgk.hidden.gov.cn/channel/18/", html(
        '<a href="http://www.hiddenxian.gov.cn/nb/t20220301_7.html">隐县2021年政府信息公开工作年度报告</a>'
        '<a href="/channel/18/p/991.html">隐县教育局报告（2023）</a>'
        '<a href="http://61.178.20.5/upload/2024/nb2023.pdf">隐县卫健局2023年度政府信息公开工作年度报告</a>', "栏目"))
    web.add("http://xxgk.hidden.gov.cn/channel/18/p/991.html", _report("隐县教育局2023年政府信息公开工作年度报告"))
    web.add("http://61.178.20.5/upload/2024/nb2023.pdf", b"%PDF-1.4 fake", content_type="application/pdf")
    web.add("http://www.hidden.gov.cn.mirror.com/nb/", _report("隐县2022年政府信息公开工作年度报告", HIDDEN_CODE))
    web.add("http://www.other.gov.cn/nb/", html('<h1>另县2022年政府信息公开工作年度报告</h1><a href="/nb/2.html">'
                                                '另县2021年政府信息公开工作年度报告</a>', "年报",
                                                head='<meta name="SiteIDCode" content="6201990001">'))
    web.add("http://www.other.gov.cn/nb/2.html", _report("另县2021年政府信息公开工作年度报告", "6201990001"))
    reports = {"http://hidden.gov.cn/xx/a1.htm", "http://xxgk.hidden.gov.cn/channel/18/p/991.html",
               "http://61.178.20.5/upload/2024/nb2023.pdf", "http://www.hiddenxian.gov.cn/nb/t20220301_7.html",
               "http://www.hiddenxian.gov.cn/nb/t20170301_3.html"}
    row = "hidden,隐县,620102,county,http://www.hidden.gov.cn/,,,\n"
    return row, reports, {"http://www.hidden.gov.cn.mirror.com/nb/", "http://www.other.gov.cn/nb/2.html"}


def failing_portals(web: MiniWeb) -> str:
    """A homepage that redirects to another domain, and one that answers 500 every time."""
    web.add("http://www.moved.gov.cn/", b"", status=302, headers={"Location": "http://www.parked-domain.com/"})
    web.add("http://www.parked-domain.com/", html('<a href="/nb/">政府信息公开年报</a>', "parked"))
    web.add("http://www.parked-domain.com/nb/", _report("迁县2023年政府信息公开工作年度报告"))
    web.add("http://www.broken.gov.cn/", b"oops", status=500)
    return ("moved,迁县,620103,county,http://www.moved.gov.cn/,,,\n"
            "broken,坏县,620104,county,http://www.broken.gov.cn/,,,\n")


def test_crawl_finds_reports_the_focused_rules_miss_and_reports_bad_homepages(tmp_path):
    web = MiniWeb()
    row, reports, spam = hidden_reports_portal(web)
    registry = "id,name,region_code,level,homepage,hosts,hints,robots_override\n" + row + failing_portals(web)
    with ProxyServer(web) as proxy:
        status, items, summary, stderr = run_crawl(tmp_path, registry, proxy.url,
                                                   extra={"RETRY_TIMES": 0, "NIANBAO_PAGE_WORKERS": 0})
    assert status == 0, stderr[-3000:]
    found = {i["url"] for i in items if i["kind"] == "report"}
    assert reports <= found, (reports - found, stderr[-3000:])
    fetched = {url for _, url in web.log}
    assert not spam & fetched
    assert "http://www.other.gov.cn/nb/" in fetched     # the probe: another 网站标识码, so nothing more there
    assert not {i["url"] for i in items} & {"http://www.other.gov.cn/nb/", "http://www.other.gov.cn/nb/2.html"}
    assert "portal hidden's site also answers on hiddenxian.gov.cn" in stderr
    assert "http://www.parked-domain.com/" in fetched and "http://www.parked-domain.com/nb/" not in fetched
    portals = summary["portals"]
    assert portals["hidden"]["status"] == "ok"
    assert portals["moved"]["status"] == "redirected off site: http://www.parked-domain.com/"
    assert portals["broken"]["status"] == "http_500"
    historical = next(i for i in items if i["url"] == "http://hidden.gov.cn/xx/a1.htm")
    assert historical["year"] == 2016


def test_year_parameters_enumerate_every_report_year():
    # the Hanweb annual-report module: http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=…
    url = "http://www.x.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2023&area=113325000026455663"
    page = HtmlPage.from_bytes(url, html('<a href="?fbtime=2022&amp;area=113325000026455663">2022年</a>'
                                         '<a href="list.jsp?page=2">2</a>'))
    urls = [r.url for r in selectors.year_requests(page)]
    assert len(urls) == 2023 - 2008 and urls[0].endswith("fbtime=2008&area=113325000026455663")
    assert all("page=" not in u for u in urls)


def test_form_selects_are_submitted_once_per_option():
    form = ('<form action="/nb/query.jsp" method="post"><input type="hidden" name="col" value="nb">'
            '<select name="year"><option value="">全部</option><option value="2022">2022</option>'
            '<option value="2023" selected>2023</option></select>'
            '<select name="unit"><option value="u1">教育局</option><option value="u2">财政局</option></select></form>'
            '<form action="/search"><input name="q"></form>')
    page = HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(form))
    requests = selectors.form_requests(page).requests
    assert [(r.method, r.url, r.body) for r in requests] == [   # one select at a time first, then combinations
        ("POST", "http://www.x.gov.cn/nb/query.jsp", "col=nb&year=2022&unit=u1"),
        ("POST", "http://www.x.gov.cn/nb/query.jsp", "col=nb&year=2023&unit=u1"),
        ("POST", "http://www.x.gov.cn/nb/query.jsp", "col=nb&year=2023&unit=u2"),
        ("POST", "http://www.x.gov.cn/nb/query.jsp", "col=nb&year=2022&unit=u2")]


# a 我要留言 form of the kind a 政民互动 column carries (http://china-chinart.com/html/columncol2601index.html: 我要留言
# beside 业务咨询, 建议, 投诉举报), its kind a drop-down: an archive never submits it, whatever its select offers
_MESSAGE_FORM = ('<div class="ly"><form action="/hdjl/save.jsp" method="post"><p>留言类别<select name="lb"><option value="1">咨询</option>'
                 '<option value="2">建议</option><option value="3">投诉</option></select></p>'
                 '<p>联系电话<input name="lxdh"></p><textarea name="content"></textarea>'
                 '<input type="submit" value="提交留言"></form></div>')
_PICKER_FORM = ('<div class="nb"><form action="/nb/query.jsp"><select name="year"><option value="2022">2022年</option>'
                '<option value="2023" selected>2023年</option></select><select name="unit"><option value="jy">教育局'
                '</option><option value="cz">财政局</option></select><input type="submit" value="查询"></form></div>')


def test_a_message_form_with_a_kind_select_is_never_submitted_and_a_year_picker_still_is():
    page = HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(_MESSAGE_FORM + _PICKER_FORM))
    found = selectors.form_requests(page)
    assert found.refused == ["contact field lxdh"] and found.capped == 0
    assert [r.url for r in found.requests] == [   # the picker alone, GET as a browser sends it, the page shown not asked
        "http://www.x.gov.cn/nb/query.jsp?year=2022&unit=jy", "http://www.x.gov.cn/nb/query.jsp?year=2023&unit=jy",
        "http://www.x.gov.cn/nb/query.jsp?year=2023&unit=cz", "http://www.x.gov.cn/nb/query.jsp?year=2022&unit=cz"]
    # no contact field: its box to write in refuses it; no box either: its own words (留言类别, 提交留言) do
    no_contact = _MESSAGE_FORM.replace('<p>联系电话<input name="lxdh"></p>', "")
    assert selectors.form_requests(HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(no_contact))).refused == [
        "textarea field content"]
    no_box = no_contact.replace('<textarea name="content"></textarea>', "")
    assert selectors.form_requests(HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(no_box))).refused == [
        "action word 留言"]
    result = _analyse("http://www.x.gov.cn/nb/", html(_MESSAGE_FORM + _PICKER_FORM).decode(), role="list")
    assert result.select_forms_refused == ["contact field lxdh"]
    assert not any("save.jsp" in r.url for r in result.pagers)
    assert sum("query.jsp" in r.url for r in result.pagers) == 4


# an 信息公开 page's navigation (在线咨询, 依申请公开, 建议提案 beside every column) and a county's units, some of whose
# names hold an action word (信访, 调查, 服务 … 咨询 in none of them: what the form does is what counts)
_GOV_NAV = ('<div class="nav"><a href="/zxzx/">在线咨询</a><a href="/ysqgk/">依申请公开</a><a href="/jyta/">建议提案</a>'
            '<span>政民互动：我要咨询 我要建议</span></div>')
_UNITS = ('<select name="dw"><option value="xfj">县信访局</option><option value="dcd">国家统计局某某调查队</option>'
          '<option value="zwfw">县政务服务中心</option></select>')


def _picked(body: str) -> object:
    return selectors.form_requests(HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(body)))


def test_a_unit_or_year_picker_is_submitted_whatever_its_units_and_the_page_around_it_name():
    units = f'<div class="main">{_GOV_NAV}<form action="nb.jsp"><label for="dw">单位</label>{_UNITS}<input type="submit" value="查询"></form></div>'
    found = _picked(units)
    assert found.refused == [] and [r.url for r in found.requests] == [
        f"http://www.x.gov.cn/nb/nb.jsp?dw={unit}" for unit in ("xfj", "dcd", "zwfw")]
    form = HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(units)).forms()[0]
    assert gate_forms.refusal(form, "http://www.x.gov.cn/nb/nb.jsp") == "action word 信访"   # a gate reads all
    # a 依申请公开 column's year picker, under its heading and in a legend that names it
    years = ''.join(f'<option value="{y}">{y}年</option>' for y in (2022, 2023))
    column = (f'<div class="main">{_GOV_NAV}<h2>依申请公开</h2><form action="nb.jsp"><fieldset><legend>依申请公开年度报告'
              f'</legend>年份<select name="nd">{years}</select><input type="submit" value="查询"></fieldset></form></div>')
    found = _picked(column)
    assert found.refused == [] and len(found.requests) == 2
    # the same units as radios: their labels are choices too (checkgroups.py)
    radios = "".join(f'<input type="radio" name="dw" value="{v}">{t}' for v, t in (("xfj", "县信访局"), ("dcd", "统计调查队")))
    radios += '<label><input type="radio" name="dw" value="zwfw">县政务服务中心</label>'
    boxes = checkgroups.check_group_requests(HtmlPage.from_bytes(
        "http://www.x.gov.cn/nb/", html(f'{_GOV_NAV}<form action="nb.jsp">{radios}<input type="submit" value="查询"></form>')))
    assert boxes.refused == [] and len(boxes.requests) == 3


def test_a_form_that_acts_is_refused_by_its_own_words_buttons_and_boxes():
    message = (f'{_GOV_NAV}<form action="save.jsp" method="post"><label>类别</label><select name="lb">'
               '<option value="1">意见</option><option value="2">其他</option></select><textarea name="nr"></textarea>'
               '<input type="submit" value="提交"></form>')
    consult = (f'<form action="nb.jsp" method="post">{_UNITS}<input type="submit" value="提交咨询"></form>')
    assert _picked(message).refused == ["textarea field nr"] and _picked(consult).refused == ["action word 咨询"]
    for survey in ('<div><h3>问卷调查</h3><form action="nb.jsp" method="post">{}<input type="submit" value="提交"></form></div>',
                   '<form action="nb.jsp" method="post"><h3>问卷调查</h3>{}<input type="submit" value="提交"></form>'):
        radios = "".join(f'<input type="radio" name="q1" value="{n}">{t}' for n, t in enumerate(("满意", "一般", "不满意")))
        found = checkgroups.check_group_requests(HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(survey.format(radios))))
        assert found.requests == [] and found.refused == ["action word 问卷"]


def _radios(labels, name="q1") -> str:
    return "".join(f'<label><input type="radio" name="{name}" value="{n}">{t}</label>' for n, t in enumerate(labels))


def _grouped(body: str) -> object:
    return checkgroups.check_group_requests(HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(body)))


def test_a_post_choice_form_is_judged_as_strictly_as_a_gate_and_refused_for_survey_answers():
    """POST may act (RFC 9110 §9.2.1): a 满意度 radio form whose title is not the heading right above it and whose
    button says only 提交 would cast one vote an option — its answers (满意, 一般) are the evidence."""
    title = '<div class="side"><p>本网站满意度</p></div>'
    survey = _radios(("非常满意", "满意", "一般", "不满意"))
    post = f'{title}<div class="main"><form action="nb.jsp" method="post">{survey}<input type="submit" value="提交"></form></div>'
    found = _grouped(post)
    assert found.requests == [] and found.refused == ["survey answer 非常满意"]
    # a year picker sent by GET is safe and submitted, and so is one sent by POST: years are no answers
    years = _radios([f"{y}年" for y in (2019, 2020, 2021)], name="nd")
    for method in ("get", "post"):
        found = _grouped(f'{title}<div class="main"><form action="nb.jsp" method="{method}">{years}'
                         '<input type="submit" value="提交"></form></div>')
        assert found.refused == [] and len(found.requests) == 3, method


def test_a_post_unit_picker_is_read_with_its_options_and_the_navigation_around_it():
    """A POST form is read as a gate is: its option labels (a browser POSTs what they say) and all the text of the
    element around it, links included. So a unit select listing 县信访局 is refused, and so is a POST year picker
    that shares its element with navigation saying 在线咨询 — the cost of erring on refusing, one column. Links are
    not stripped: every sandbox family that pages or picks by POST (buttonpager, postpager, postback, gkmlsearch …)
    is still found with them read (test_discovery_sandbox.py, 18 passed), and a survey's title is as often a link
    (网上调查) as a heading. The same picker sent by GET, or away from the navigation, is submitted."""
    units = f'<div class="main">{_GOV_NAV}<form action="nb.jsp" method="post">{_UNITS}<input type="submit" value="查询"></form></div>'
    assert _picked(units).refused == ["action word 信访"]
    years = "".join(f'<option value="{y}">{y}年</option>' for y in (2022, 2023))
    picker = '<form action="nb.jsp" method="{}"><select name="nd">' + years + '</select><input type="submit" value="查询"></form>'
    nav = '<div class="nav"><a href="/zxzx/">在线咨询</a><a href="/ysqgk/">依申请公开</a></div>'
    assert _picked(f'<div class="main">{nav}{picker.format("post")}</div>').refused == ["action word 咨询"]
    for body in (f'<div class="main">{nav}{picker.format("get")}</div>', f'{nav}<div class="main">{picker.format("post")}</div>'):
        found = _picked(body)
        assert found.refused == [] and len(found.requests) == 2, body


def test_a_buttons_formmethod_is_the_method_the_form_is_judged_by():
    survey = _radios(("满意", "基本满意", "不满意"))
    get_form = '<div><form action="nb.jsp">{}<button{}>提交</button></form></div>'
    assert _grouped(get_form.format(survey, ' formmethod="post"')).refused == ["survey answer 满意"]
    assert len(_grouped(get_form.format(survey, "")).requests) == 3   # GET is safe: labels are no evidence
    form = HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(
        '<form method="post"><button formmethod="get">a</button><button>b</button></form>'
        '<form method="dialog"></form><form method="PUT"></form>')).forms()
    buttons = list(form[0].iter("button"))
    assert [gate_forms.sent_method(form[0], b) for b in (*buttons, None)] == ["GET", "POST", "POST"]
    assert [gate_forms.sent_method(f) for f in form[1:]] == ["GET", "GET"]


def test_a_select_form_is_submitted_in_the_pages_encoding_and_bounded():
    options = "".join(f'<option value="{n}">单位{n}</option>' for n in range(40))
    years = "".join(f'<option value="{y}">{y}年</option>' for y in range(2008, 2038))
    form = (f'<form action="nb.jsp"><select name="dw">{options}</select><select name="nd">{years}</select>'
            '<input type="hidden" name="lm" value="年报"></form>')
    page = HtmlPage.from_bytes("http://www.x.gov.cn/nb/", html(form).decode().encode("gbk"), "text/html; charset=gbk")
    found = selectors.form_requests(page)
    assert len(found.requests) == limits.MAX_FORM_REQUESTS_PER_PAGE
    # 69 distinct single options (dw=0 & nd=2008 is both selects' default), then the first 1,000 of the 1,200
    # combinations drawn, 63 of them a single option again: 1,006 distinct, the last 6 over the bound
    assert found.capped == 6
    assert found.requests[0].url == "http://www.x.gov.cn/nb/nb.jsp?dw=0&nd=2008&lm=%C4%EA%B1%A8"   # GBK, as a browser


@pytest.mark.parametrize("text", ["往年年报", "历年年度报告", "以往年度报告", "年报查询"])
def test_archive_columns_are_columns(text):
    assert columns.is_column_link(text, "http://www.x.gov.cn/xxgk/wnnb/")


def test_a_page_titled_as_the_column_is_a_column_page():
    assert columns.is_column_page({}, "http://www.x.gov.cn/c/18/", "政府信息公开年报_X县人民政府")
    assert not columns.is_column_page({}, "http://www.x.gov.cn/c/18/", "X县2023年政府信息公开工作年度报告")


def coverage_portal(web: MiniWeb) -> str:
    """Two units' reports in a TRS-style column (教育局 2021 and 2023: a gap; 财政局 2023), a second column with
    no report, and a pager that promises a page the server does not have."""
    base = "http://www.cov.gov.cn"
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="/nb/">政府信息公开年报</a><a href="/bmnb/">部门年报</a>', "覆县"))
    items = ""
    for n, (unit, year) in enumerate([("覆县教育局", 2021), ("覆县教育局", 2023), ("覆县财政局", 2023)]):
        url = f"{base}/nb/{year}01/t{year}0110_{n}.html"
        title = f"{unit}{year}年政府信息公开工作年度报告"
        web.add(url, _report(title))
        items += f'<li><a href="{url}">{title}</a></li>'
    web.add(f"{base}/nb/", html(f'<ul>{items}</ul><script>createPageHTML(2, 0, "index", "html");</script>',
                                "政府信息公开年报"))
    web.add(f"{base}/bmnb/", html("<p>暂无信息</p>", "部门年报"))
    return "cov,覆县,620105,county,http://www.cov.gov.cn/,,,\n"


def test_coverage_report_from_the_catalog(tmp_path, capsys):
    from nianbao.crawler.app.cli import main

    web = MiniWeb()
    registry = "id,name,region_code,level,homepage,hosts,hints,robots_override\n" + coverage_portal(web)
    with ProxyServer(web) as proxy:
        status, _, _, stderr = run_crawl(tmp_path, registry, proxy.url, extra={"RETRY_TIMES": 0})
    assert status == 0, stderr[-3000:]
    out_csv = tmp_path / "coverage.csv"
    assert main(["coverage", "--data", str(tmp_path / "data"), "--csv", str(out_csv)]) == 0
    printed = capsys.readouterr().out
    assert "覆县教育局: 2021, 2023   GAP: no 2022" in printed and "覆县财政局: 2023" in printed
    rows = out_csv.read_text(encoding="utf-8").splitlines()
    assert "cov,gap,覆县教育局,2022,,missing report years" in rows
    assert "cov,pager_ended_early,,,http://www.cov.gov.cn/nb/index_1.html,HTTP 404" in rows
    assert "cov,column_without_reports,,,http://www.cov.gov.cn/bmnb/," in rows


def js_list_portal(web: MiniWeb) -> set[str]:
    """A column page with plenty of static links (navigation) whose list a script fetches into an empty
    `<ul id="list">`, the unit sub-columns among the list's links, and two sub-columns built the same way."""
    base = "http://www.jsnav.gov.cn"
    web.add(f"{base}/robots.txt", "", status=404)
    nav = "".join(f'<a href="/xwzx/{n}/">栏目{n}</a>' for n in range(8))
    web.add(f"{base}/", html(f'{nav}<a href="/nb/">政府信息公开年报</a>', "JS县"))
    for n in range(8):
        web.add(f"{base}/xwzx/{n}/", html(nav, f"栏目{n}"))
    reports = set()
    for path, units in (("nb", ["JS县人民政府"]), ("nb/xz", ["JS县城关镇", "JS县新城镇"]), ("nb/bm", ["JS县教育局"])):
        links = ""
        for unit in units:
            url = f"{base}/{path}/t20240110_{len(reports)}.html"
            web.add(url, _report(f"{unit}2023年政府信息公开工作年度报告"))
            links += f'<li><a href="{url}">{unit}2023年政府信息公开工作年度报告</a></li>'
            reports.add(url)
        if path == "nb":   # the unit sub-columns are in the script-built part too: found only by rendering
            links += '<li><a href="/nb/xz/">乡镇</a></li><li><a href="/nb/bm/">部门</a></li>'
        web.add(f"{base}/{path}/data.json", json.dumps({"html": links}), content_type="application/json")
        script = (f"<script>fetch('/{path}/data.json').then(r => r.json())"
                  ".then(d => {document.getElementById('list').innerHTML = d.html})</script>")
        web.add(f"{base}/{path}/", html(f'{nav}<ul id="list"></ul>{script}', "政府信息公开年报"))
    return reports


@pytest.mark.browser
def test_js_list_beside_static_links_is_rendered_and_the_portal_remembered(tmp_path):
    from nianbao.crawler.crawl_main import chromium_available

    if not chromium_available():
        pytest.skip("needs Debian's chromium")
    web = MiniWeb()
    reports = js_list_portal(web)
    registry = "id,name,region_code,level,homepage,hosts,hints,robots_override\njsnav,JS县,620106,county," \
               "http://www.jsnav.gov.cn/,,,\n"
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry, proxy.url, extra={"NIANBAO_RENDER": "auto"},
                                             timeout=180)
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report"} == reports
    assert "'render/evidence/empty_list_region': 1" in stderr     # the first column page, from evidence
    assert "'render/portals_learned': 1" in stderr
    plain_gets = [url for method, url in web.log if url == "http://www.jsnav.gov.cn/nb/xz/"]
    assert len(plain_gets) == 1        # the sibling list page went straight to the browser


def test_script_built_pager():
    scripts = ("var pageCount = 5; var currentPage = 0;"
               "for (var i = 1; i < pageCount; i++) document.write('<a href=\"index_' + i + '.html\">' + (i + 1) + '</a>');")
    urls = [r.url for r in script.script_pages("http://www.x.gov.cn/nb/index.html", scripts)]
    assert urls == [f"http://www.x.gov.cn/nb/index_{n}.html" for n in range(1, 6)]
    assert script.script_pages("http://www.x.gov.cn/nb/", "var a = 'x_' + i + '.html';") == []   # no count


def test_the_page_budget_is_spent_in_priority_order(tmp_path):
    """30 news links come before the 年报 column on the homepage; with a budget of 5 pages the column and its
    report are still fetched (the budget counts fetched pages, in priority order, not links as found; unranked
    links enter the queue only while few focused requests are outstanding). A breadth-first follower spends
    the 5 on the news."""
    web = MiniWeb()
    base = "http://www.budget.gov.cn"
    web.add(f"{base}/robots.txt", "", status=404)
    news = "".join(f'<a href="/xw/{n}.html">新闻{n}</a>' for n in range(30))
    web.add(f"{base}/", html(f'{news}<a href="/nb/">政府信息公开年报</a>', "预县"))
    for n in range(30):
        web.add(f"{base}/xw/{n}.html", html("<p>新闻</p>", f"新闻{n}"))
    web.add(f"{base}/nb/", html('<a href="/nb/t20240101_1.html">预县2023年政府信息公开工作年度报告</a>', "年报"))
    web.add(f"{base}/nb/t20240101_1.html", _report("预县2023年政府信息公开工作年度报告"))
    registry = "id,name,region_code,level,homepage,hosts,hints,robots_override\nbudget,预县,620107,county," \
               "http://www.budget.gov.cn/,,,\n"
    with ProxyServer(web) as proxy:
        status, items, summary, stderr = run_crawl(tmp_path, registry, proxy.url,
                                                   extra={"NIANBAO_MAX_PAGES_PER_PORTAL": 5,
                                                          "CONCURRENT_REQUESTS_PER_DOMAIN": 1})
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report"} == {f"{base}/nb/t20240101_1.html"}
    assert summary["portals"]["budget"]["page_budget_reached"] is True
    assert len({url for _, url in web.log if "/xw/" in url}) == 2     # 5 - home, column, report


def test_an_unrecognised_disclosure_page_with_a_script_list_carries_render_evidence():
    body = html(AJAX_LIST.format(nav=NAV * 5), title="政府信息公开目录").decode()
    assert _analyse("http://www.x.gov.cn/c/77/", body, anchor="政府信息公开目录").render_evidence == "empty_list_region"
    news = html(AJAX_LIST.format(nav=NAV * 5), title="图片新闻").decode()
    assert _analyse("http://www.x.gov.cn/c/78/", news, anchor="图片新闻").render_evidence is None


DOCWRITE_LIST = ('<ul class="tree"><li><a href="/list.php?unitid=1&amp;catid=21">预县人民政府</a></li>'
                 '<li><a href="/list.php?unitid=2&amp;catid=21">预县自然资源局</a></li></ul><ul class="list"><script>'
                 'var rows = [["预县自然资源局2022年政府信息公开工作年度报告", "/show.php?id=9"]];'
                 'for (var i = 0; i < rows.length; i++) document.write("<li><a href=\\"" + rows[i][1] + "\\">"'
                 ' + rows[i][0] + "</a></li>");</script></ul>')


def test_a_unit_page_reached_from_a_disclosure_page_carries_render_evidence():
    """A unit's page in a disclosure tree is titled with the unit's name: the context it was found in says it
    is a disclosure listing, and its script-written list is rendered; the same page met elsewhere is not."""
    body = html(DOCWRITE_LIST, title="预县自然资源局").decode()
    url = "http://xxgk.x.gov.cn/list.php?unitid=2&catid=21"
    assert _analyse(url, body, anchor="预县自然资源局", from_disclosure=True).render_evidence == "empty_list_region"
    assert _analyse(url, body, anchor="预县自然资源局").render_evidence is None
    tree = _analyse("http://xxgk.x.gov.cn/list.php?unitid=1&catid=21", body, role="column")
    assert tree.about_disclosure   # its unranked links (the other units) carry that context
    # a declared sub-site's front page (role home) that names disclosure gives the context; the portal's own not
    front = html(DOCWRITE_LIST, title="预县人民政府信息公开网").decode()
    assert _analyse("http://xxgk.x.gov.cn/", front, role="home", homepage="http://www.x.gov.cn/").about_disclosure
    assert not _analyse("http://www.x.gov.cn/", front, role="home", homepage="http://www.x.gov.cn/").about_disclosure


def test_an_unrecognised_listing_has_its_year_picker_enumerated_below_the_focused_lists():
    """A unit's list reached as a plain link (no rule named it a column) offering older years only in a
    `<select>`: the years are enumerated all the same, ranked as the page's links are."""
    body = html('<div class="years"><a href="?year=2024">2024年</a> <select name="year" onchange="location.href='
                '\'?year=\'+this.value"><option value="2012">2012年</option></select></div>'
                '<ul class="list"><li><a href="/a/1.html">通知</a></li></ul>', title="预县交通运输局").decode()
    result = _analyse("http://zwgk.x.gov.cn/bm/jtj/index.shtml", body, anchor="预县交通运输局")
    years = {r.url for r in result.pagers if r.pager == "year"}
    assert "http://zwgk.x.gov.cn/bm/jtj/index.shtml?year=2012" in years
    assert "http://zwgk.x.gov.cn/bm/jtj/index.shtml?year=2008" in years
    assert result.unranked_pagers


def test_json_list_pages():
    url = "http://www.x.gov.cn/common/channel/list?channelId=12&pageNo=1&pageSize=10"
    body = json.dumps({"code": 0, "pageCount": 3, "list": [
        {"title": "X县2023年政府信息公开工作年度报告", "url": "http://x.gov.cn/a/content_1.html", "publishTime": "2024"},
        {"title": "X县教育局年报", "url": "/a/content_2.html"}]})
    pages, links = jsonlist.parse_list(body, url)
    assert pages == 3 and [(link.url, link.label) for link in links] == [
        ("http://x.gov.cn/a/content_1.html", "X县2023年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/a/content_2.html", "X县教育局年报")]
    assert [r.url for r in jsonlist.other_pages(url, pages)] == [
        "http://www.x.gov.cn/common/channel/list?channelId=12&pageSize=10&pageNo=2",
        "http://www.x.gov.cn/common/channel/list?channelId=12&pageSize=10&pageNo=3"]
    assert jsonlist.parse_list(json.dumps({"data": {"total": 25, "rows": []}}), url + "&rows=10")[0] == 3
    assert jsonlist.parse_list(b"<html>not json</html>", url) == (None, [])


def test_a_report_reached_as_a_column_is_still_classified():
    """/zfxxgknb/2021n/article….html looks like a per-year sub-column to the link rules; its title decides."""
    url = "http://www.x.gov.cn/sitesources/x/page_pc/zfxxgk/zfxxgknb/2021n/article47e0fc5ebcae5d1f7fdef6ac8e079190.html"
    result = _analyse(url, _report("X县2021年政府信息公开工作年度报告").decode(), role="column")
    assert result.is_report and result.verdict.year == 2021


def test_a_pager_writer_alone_is_not_list_evidence():
    """An empty TRS sub-column: its only script is createPageHTML writing the pager into page_div."""
    body = ("<div>{nav}</div><ul class='list'></ul><div id='page_div'></div><script>function createPageHTML(a, n){{"
            "document.getElementById(a).innerHTML = '';}}</script><script>createPageHTML('page_div', 1, 0, 'list', "
            "'shtml', 1000);</script>")
    page = HtmlPage.from_bytes("http://www.x.gov.cn/nb/2024n/xzjd/list.shtml", html(body.format(nav=NAV)))
    assert list_evidence(page, 0) is None


def test_site_identification_code_and_sister_domains():
    from nianbao.crawler.discovery.site import site_code

    assert site_code(b'<meta name="SiteIDCode" content="6201020001">') == "6201020001"
    assert site_code(b'<meta content="6201020001" name="SiteIDCode" />') == "6201020001"
    assert site_code("<p>网站标识码：6201020001　ICP备案</p>".encode("gbk")) == "6201020001"
    assert site_code("<p>网站标识码: 620102000A</p>".encode()) == "620102000A"
    assert site_code(b"<p>no code</p>") is None
    site = SiteScope.of("www.hidden.gov.cn")
    assert not site.contains("zwgk.hiddenxian.gov.cn")
    wider = site.with_sister("hiddenxian.gov.cn")
    assert wider.contains("zwgk.hiddenxian.gov.cn") and wider.contains("hiddenxian.gov.cn")
    assert not wider.contains("hiddenxian.gov.cn.evil.com") and not wider.contains("xhiddenxian.gov.cn")
    # a 政务 domain as pages write it (Unicode) and as DNS carries it (IDNA): one host
    idn = site.with_sister("xn--gmq25jk0i6jbm1ai50ag4l.xn--zfr164b")
    assert idn.contains("岚川县人民政府.政务") and idn.contains("xn--gmq25jk0i6jbm1ai50ag4l.xn--zfr164b")
    assert not idn.contains("岚川县人民政府.公益") and not idn.contains("岚山县人民政府.政务")


def test_a_link_written_with_a_unicode_host_is_read_in_idna_form():
    page = HtmlPage.from_bytes("http://www.x.gov.cn/", html(
        '<a href="http://岚川县人民政府.政务/zwgk/index.html">政务公开</a><a href="/nb/年报.html">年报</a>'
        '<a href="http://用户@岚川县人民政府.政务:8080/a?q=年">x</a>'))
    assert [link.url for link in page.links] == [
        "http://xn--gmq25jk0i6jbm1ai50ag4l.xn--zfr164b/zwgk/index.html",
        "http://www.x.gov.cn/nb/年报.html",   # a Unicode path is left to the request's escaping
        "http://%E7%94%A8%E6%88%B7@xn--gmq25jk0i6jbm1ai50ag4l.xn--zfr164b:8080/a?q=年"]
