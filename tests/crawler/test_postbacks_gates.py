"""ASP.NET link postbacks (crawler/discovery/postbacks.py) and notices' gate forms (crawler/discovery/gate_forms.py),
alone and through analyse_html: what is submitted, how, and what is refused."""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.gate_forms import gate_requests
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.postbacks import MAX_POSTBACKS_PER_PAGE, postback_requests

LIST = "http://www.x.gov.cn/xxgk/nb/List.aspx"
TITLE = "某某县财政局2023年政府信息公开工作年度报告"
STATE = ('<input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="">'
         '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1">'
         '<input type="hidden" name="__EVENTVALIDATION" value="/wEdAAZ">')


def _aspx(rows: str, extra: str = "") -> HtmlPage:
    html = (f'<html><head><title>政府信息公开年报</title></head><body><form class="search" action="/s.aspx">'
            f'<input name="q"></form><form name="form1" method="post" action="./List.aspx" id="form1">{STATE}'
            f'<input type="text" name="txtKey" value="">{rows}{extra}</form></body></html>')
    return HtmlPage.from_bytes(LIST, html.encode(), "text/html; charset=utf-8")


def _row(n: int, title: str = TITLE) -> str:
    return f"<tr><td><a href=\"javascript:__doPostBack('rptList$ctl{n:02d}$lnkTitle','')\">{title}</a></td></tr>"


def _fields(body: str) -> dict[str, str]:
    return dict(parse_qsl(body, keep_blank_values=True))


def test_link_postback_posts_the_state_form_with_the_event_fields():
    found, refused = postback_requests(_aspx(_row(0) + _row(3, "某某县2022年政府信息公开工作年度报告")))
    assert refused == 0 and [p.label for p in found] == [TITLE, "某某县2022年政府信息公开工作年度报告"]
    request = found[1].request
    assert (request.url, request.method) == (LIST, "POST")
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert _fields(request.body) == {"__EVENTTARGET": "rptList$ctl03$lnkTitle", "__EVENTARGUMENT": "",
                                     "__VIEWSTATE": "/wEPDwUKMTY1", "__EVENTVALIDATION": "/wEdAAZ", "txtKey": ""}
    assert "q" not in _fields(request.body)   # the search form is another form


def test_numbered_pager_postbacks_are_left_to_postform_and_next_is_a_pager():
    pager = ("<a href=\"javascript:__doPostBack('AspNetPager1','2')\">2</a>"
             "<a href=\"javascript:__doPostBack('GridView1','Page$3')\">3</a>"
             "<a href=\"javascript:__doPostBack('rptList$lnkNext','')\">下一页</a>")
    found, _ = postback_requests(_aspx(_row(0), pager))
    assert [(p.target, p.is_pager) for p in found] == [("rptList$ctl00$lnkTitle", False), ("rptList$lnkNext", True)]


def test_commands_action_words_and_buttons_are_never_posted_back():
    risky = ("<a href=\"javascript:__doPostBack('gv','Delete$0')\">删</a>"
             "<a href=\"javascript:__doPostBack('lnkVote','')\">投票</a>"
             "<a onclick=\"__doPostBack('lnkLogin','')\" href=\"#\">登录</a>"
             "<input type=\"button\" onclick=\"__doPostBack('btnTitle','')\" value=\"年报\">")
    found, refused = postback_requests(_aspx(_row(0), risky))
    assert [p.target for p in found] == ["rptList$ctl00$lnkTitle"] and refused == 3


def test_postbacks_need_the_state_form_and_are_bounded():
    no_state = HtmlPage.from_bytes(LIST, (b"<html><body><a href=\"javascript:__doPostBack('a','')\">x</a>"
                                          b"</body></html>"), "text/html")
    assert postback_requests(no_state) == ([], 0)
    found, _ = postback_requests(_aspx("".join(_row(n) for n in range(MAX_POSTBACKS_PER_PAGE + 20))))
    assert len(found) == MAX_POSTBACKS_PER_PAGE


def test_analysis_follows_list_postbacks_as_articles_and_next_as_pager():
    html = _aspx(_row(0) + "<a href=\"javascript:__doPostBack('rptList$lnkNext','')\">下一页</a>").text
    result = analyse_html(PageJob(LIST, html.encode(), "text/html; charset=utf-8", role="column", column=LIST))
    posted = [f for f in result.follows if f.page_request is not None and f.page_request.pager == "postback"]
    assert [(f.role, f.anchor, f.url) for f in posted] == [("article", TITLE, LIST)]
    assert [r.pager for r in result.pagers if r.pager == "postback"] == ["postback"]
    assert result.postbacks == 2


NOTICE = "http://www.x.gov.cn/xxgk/nb/index.html"


def _notice(form: str, words: str = "一、本栏目公开的年度报告仅供查阅参考。") -> HtmlPage:
    html = (f'<html><head><title>政府信息公开年报</title></head><body><ul><li><a href="/hdjl/">在线咨询</a></li></ul>'
            f'<div class="main"><h2>访问须知</h2><p>{words}</p>{form}</div></body></html>')
    return HtmlPage.from_bytes(NOTICE, html.encode(), "text/html; charset=utf-8")


GATE = ('<form method="post" action="/xxgk/nb/index.html"><input type="hidden" name="t" value="9">'
        '<label><input type="checkbox" name="agree" value="1" required> 我已阅读并同意上述须知</label>'
        '<input type="submit" value="同意并进入"></form>')


def test_gate_form_is_submitted_with_its_box_ticked():
    gates = gate_requests(_notice(GATE))
    assert gates.refused == [] and len(gates.requests) == 1
    request = gates.requests[0]
    assert (request.url, request.method, request.body) == (NOTICE, "POST", "t=9&agree=1")


def test_a_get_gate_ticks_a_valueless_box_and_clicks_its_named_button():
    form = ('<form action="list.html"><input type="checkbox" name="ok"><button name="go" value="1">进入</button>'
            '</form>')
    assert [r.url for r in gate_requests(_notice(form)).requests] == ["http://www.x.gov.cn/xxgk/nb/list.html?ok=on&go=1"]


def test_forms_a_reader_fills_in_or_that_lead_elsewhere_are_no_gates():
    for form in (GATE.replace('<input type="hidden"', '<input type="text"'),   # a text box: a query form
                 GATE.replace("</form>", '<select name="y"><option>2023</option></select></form>'),
                 GATE.replace("同意并进入", "查询").replace("我已阅读并同意上述须知", "全选"),   # no agreement
                 GATE.replace('action="/xxgk/nb/index.html"', 'action="http://other.example.com/x"')):
        gates = gate_requests(_notice(form))
        assert gates.requests == [] and gates.refused == []


def test_forms_that_could_act_are_refused_and_said_why():
    cases = {GATE.replace("同意并进入", "同意并提交申请"): "action word 申请",
             GATE.replace("/xxgk/nb/index.html", "/guestbook/post.aspx"): "action address guestbook",
             GATE.replace('name="t"', 'name="user_phone"'): "contact field user_phone",
             GATE.replace('name="t"', 'name="xm"'): "contact field xm"}
    for form, why in cases.items():
        gates = gate_requests(_notice(form))
        assert gates.requests == [] and gates.refused == [why], form
    # the notice around the form counts; the site's navigation (在线咨询) does not
    assert gate_requests(_notice(GATE, "请填写后投诉")).refused == ["action word 投诉"]


def test_analysis_reads_the_gate_answer_in_the_page_role_and_column():
    page = _notice(GATE)
    result = analyse_html(PageJob(NOTICE, page.text.encode(), "text/html; charset=utf-8", role="column",
                                  column=NOTICE))
    gate = [f for f in result.follows if (f.extra or {}).get("nianbao_gate_form")]
    assert [(f.role, f.column, f.page_request.method, f.extra["nianbao_gate_form"]) for f in gate] == [
        ("column", NOTICE, "POST", NOTICE)]


def test_spider_submits_a_gate_once_and_counts_the_refused(tmp_path):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    body = _notice(GATE + GATE.replace("同意并进入", "同意并提交申请").replace("index.html", "apply.html")).text.encode()

    def parse():
        request = Request(NOTICE, meta={"nianbao_portal": "a", "nianbao_role": "column", "nianbao_column": NOTICE})
        response = HtmlResponse(NOTICE, body=body, encoding="utf-8", request=request)
        job = PageJob(NOTICE, body, "text/html; charset=utf-8", role="column", column=NOTICE)
        return [r for r in spider.parse_html(response, analyse_html(job)) if getattr(r, "method", "") == "POST"]

    first, again = parse(), parse()    # every visit of the notice asks again: submitted the first time only
    assert [(r.url, r.body, r.meta["nianbao_role"]) for r in first] == [(NOTICE, b"t=9&agree=1", "column")]
    assert again == []
    stats = spider.crawler.stats
    assert stats.get_value("discovery/gate_forms") == 1 and stats.get_value("discovery/gate_forms/refused") == 2


def test_fields_are_sent_in_the_page_encoding():
    html = ('<html><head><meta charset="gbk"><title>须知</title></head><body><div><p>访问须知</p>'
            '<form method="post" action="/nb/"><input type="checkbox" name="agree" value="是">'
            '<input type="submit" name="go" value="同意"></form></div></body></html>')
    page = HtmlPage.from_bytes(NOTICE, html.encode("gbk"), "text/html")
    body = gate_requests(page).requests[0].body
    assert body == "agree=%CA%C7&go=%CD%AC%D2%E2"   # 是, 同意 in GBK, as the browser sends them
