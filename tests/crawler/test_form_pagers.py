"""Pager forms (crawler/discovery/pagers/postform.py): pages that exist only as answers to a submitted form."""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import postform

GO_PAGE = """<html><head><script>
function goPage(n) { var f = document.getElementById("pageForm"); f.pageIndex.value = n; f.submit(); }
</script></head><body><div class="list"><ul><li><a href="/c/2023-01-11/6433727.shtml">2022年报</a></li></ul>
<form id="pageForm" method="post" action="/channel/1234.shtml">
<input type="hidden" name="__VIEWSTATE" value="abc123"><input type="hidden" name="pageIndex" value="1"></form>
<div class="pager"><span>1</span> <a href="javascript:goPage(2)">2</a> <a href="javascript:goPage(3)">3</a>
<a href="javascript:goPage(2)">下一页</a> <a href="javascript:goPage(5)">尾页</a> 共5页</div></div></body></html>"""


def _page(html: str, url: str = "http://www.x.gov.cn/channel/1234.shtml") -> HtmlPage:
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def test_page_function_that_submits_a_hidden_page_field_enumerates_every_page_as_post():
    requests = postform.form_pages(_page(GO_PAGE))
    assert [r.method for r in requests] == ["POST"] * 4
    assert {r.url for r in requests} == {"http://www.x.gov.cn/channel/1234.shtml"}
    bodies = [dict(parse_qsl(r.body)) for r in requests]
    assert [b["pageIndex"] for b in bodies] == ["2", "3", "4", "5"]       # the current page (1) is not asked again
    assert all(b["__VIEWSTATE"] == "abc123" for b in bodies)               # the form's state travels along
    assert requests[0].headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert requests[0].pager == "postform"


def test_a_later_page_asks_for_the_others_with_identical_bodies():
    later = GO_PAGE.replace('name="pageIndex" value="1"', 'name="pageIndex" value="3"')
    first = {r.body for r in postform.form_pages(_page(GO_PAGE))}
    again = {r.body for r in postform.form_pages(_page(later))}
    assert len(again) == 4 and first - again == {"__VIEWSTATE=abc123&pageIndex=3"}   # page 3's own body left out


def test_no_pager_form_without_a_hidden_page_field_or_a_submitting_function():
    no_field = GO_PAGE.replace('name="pageIndex"', 'name="keyword"')
    assert postform.form_pages(_page(no_field)) == []
    # the function is defined inline and only changes the location: a script pager, not a form
    relocate = GO_PAGE.replace("f.pageIndex.value = n; f.submit();", "location.href = 'list_' + n + '.shtml';")
    assert postform.form_pages(_page(relocate)) == []
    plain = "<html><body><form method=post><input type=hidden name=pageNo value=1></form></body></html>"
    assert postform.form_pages(_page(plain)) == []


def test_function_defined_in_an_external_script_is_taken_on_its_name():
    external = GO_PAGE.replace("function goPage", "function unrelated").replace("goPage(", "toPage(")
    assert len(postform.form_pages(_page(external))) == 4
    odd = GO_PAGE.replace("function goPage", "function unrelated").replace("goPage(", "showPicture(")
    assert postform.form_pages(_page(odd)) == []


def test_get_form_pager_becomes_query_strings():
    get = GO_PAGE.replace('method="post"', 'method="get"')
    urls = [r.url for r in postform.form_pages(_page(get))]
    assert urls[0] == "http://www.x.gov.cn/channel/1234.shtml?__VIEWSTATE=abc123&pageIndex=2"
    assert all(r.method == "GET" for r in postform.form_pages(_page(get)))


def test_aspnetpager_postbacks_set_event_target_and_argument():
    html = """<html><body><form name="form1" method="post" action="./List.aspx?id=12" id="form1">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDw" />
<ul><li><a href="Show.aspx?id=1">2021年报</a></li></ul>
<div id="AspNetPager1"><a disabled="disabled">1</a>
<a href="javascript:__doPostBack('AspNetPager1','2')">2</a><a href="javascript:__doPostBack('AspNetPager1','7')">尾页</a>
</div></form></body></html>"""
    requests = postform.form_pages(_page(html, "http://www.x.gov.cn/gk/List.aspx?id=12"))
    assert len(requests) == 7 and requests[0].url == "http://www.x.gov.cn/gk/List.aspx?id=12"
    bodies = [dict(parse_qsl(r.body, keep_blank_values=True)) for r in requests]
    assert [b["__EVENTARGUMENT"] for b in bodies] == [str(n) for n in range(1, 8)]
    assert all(b["__EVENTTARGET"] == "AspNetPager1" and b["__VIEWSTATE"] == "/wEPDw" for b in bodies)
    grid = html.replace("'AspNetPager1','2'", "'GridView1','Page$2'").replace("'AspNetPager1','7'", "'GridView1','Page$7'")
    arguments = [dict(parse_qsl(r.body))["__EVENTARGUMENT"] for r in postform.form_pages(_page(grid))]
    assert arguments[1] == "Page$2" and len(arguments) == 7


def test_page_count_is_bounded(monkeypatch):
    monkeypatch.setattr(postform, "MAX_PAGES", 3)
    assert len(postform.form_pages(_page(GO_PAGE.replace("共5页", "共900页")))) == 2


def test_list_page_analysis_includes_the_form_pages():
    job = PageJob("http://www.x.gov.cn/channel/1234.shtml", GO_PAGE.encode(), "text/html; charset=utf-8", role="list",
                  column="http://www.x.gov.cn/channel/1234.shtml")
    pagers = [r for r in analyse_html(job).pagers if r.pager == "postform"]
    assert len(pagers) == 4 and pagers[0].method == "POST"


def test_webforms_user_control_sets_a_prefixed_hidden_field_and_clicks_a_postback_button():
    # the shape of a WebForms paging user control: a hidden page field behind the naming prefix, a function that
    # sets it and clicks a LinkButton, whose __doPostBack target must travel with the page number
    html = """<html><body><form method="post" action="./List.aspx" id="form1">
<input type="hidden" name="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" value="/wEPDw" />
<ul><li><a href="Show.aspx?id=9">2022年度报告</a></li></ul>
<div class="pager01"><a href="javascript:Page_Url(2)">2</a><a href="javascript:Page_Url(3)">3</a></div>
<input type="hidden" name="ucPaging01$hidPageNo" id="ucPaging01_hidPageNo" value="1" />
<a id="ucPaging01_btnPageing" href="javascript:__doPostBack('ucPaging01$btnPageing','')"></a>
<script type="text/javascript">
function Page_Url(pageNo) {
    if ($('input[id$="ucPaging01_hidPageNo"]') != null) {
        $('input[id$="ucPaging01_hidPageNo"]').val(pageNo);
        document.getElementById("ucPaging01_btnPageing").click();
    }
}
</script></form></body></html>"""
    requests = postform.form_pages(_page(html, "http://www.x.gov.cn/gk/List.aspx"))
    bodies = [dict(parse_qsl(r.body, keep_blank_values=True)) for r in requests]
    assert [b["ucPaging01$hidPageNo"] for b in bodies] == ["2", "3"]
    assert all(b["__EVENTTARGET"] == "ucPaging01$btnPageing" and b["__VIEWSTATE"] == "/wEPDw" for b in bodies)
    assert postform.is_page_field("ctl00$Main$hf_PageIndex") and not postform.is_page_field("ctl00$Main$hidTotal")
