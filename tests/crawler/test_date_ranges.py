"""Date-range forms (crawler/discovery/pagers/dateranges.py): a list that answers any from–to range, submitted once
per calendar year from the current year down to 2008."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import dateranges

TODAY = date(2026, 12, 6)
YEARS = list(range(2026, 2007, -1))       # newest first, down to the first report year
LIST_URL = "http://www.x.gov.cn/zwgk/nbml/list.jsp"

# a 年报 column of two <input type="date">s (默认显示近一年), its entries below
TYPE_DATE = """<html><body><form class="search" method="get" action="/zwgk/nbml/list.jsp">发布日期：
<input type="date" name="startDate" value="2025-12-06"> 至 <input type="date" name="endDate" value="2026-12-06">
<input type="submit" value="查询"></form><ul><li><a href="/zwgk/nbml/202601/t20260115_1.html">2025年报</a></li></ul>
</body></html>"""

# a layui 目录 query: laydate text boxes, a POST with a per-page token and a title box
LAYDATE_POST = """<html><body><form id="q" method="post" action="/gkml/query.do">
<input type="hidden" name="token" value="f00d"><input type="text" name="title" placeholder="请输入标题">
<input type="text" class="layui-input" id="ks" name="ks" lay-key="1" placeholder="开始时间">
<input type="text" class="layui-input" id="js" name="js" lay-key="2" placeholder="结束时间">
<button type="submit">检索</button></form></body></html>"""

# My97 WdatePicker boxes named kssj/jssj whose values show the format (slashes, a time with seconds)
WDATE = """<html><body><form action="list.aspx"><input name="kssj" class="Wdate"
onfocus="WdatePicker({dateFmt:'yyyy/MM/dd HH:mm:ss'})" value="2025/12/06 00:00:00">
<input name="jssj" class="Wdate" onfocus="WdatePicker()" value="2026/12/06 23:59:59"></form></body></html>"""

# fields named only by their <label for>, the placeholder in 年月日
LABELLED = """<html><body><form action="/list"><label for="d1">开始日期</label>
<input type="text" id="d1" name="d1" placeholder="2024年01月01日"><label for="d2">结束日期</label>
<input type="text" id="d2" name="d2" placeholder="2024年12月31日"></form></body></html>"""

# a site search: a keyword and one date (信息时间) — no range, nothing to enumerate
SINGLE_DATE = """<html><body><form action="/search.jsp"><input type="text" name="q">
<input type="date" name="pubDate"><input type="submit" value="搜索"></form></body></html>"""

# a 信息公开目录 query: a 分类 select naming the 年度报告 category, a 发布机构 select and a date range
DATES_AND_CATEGORY = """<html><body><form action="/gkml/search" method="get">
<select name="fl"><option value="">全部</option><option value="0101">机构职能</option>
<option value="0112">政府信息公开年度报告</option></select>
<select name="jg"><option value="">全部机构</option><option value="12">县发改局</option></select>
<input name="beginDate" type="text" class="laydate-input"><input name="endDate" type="text" class="laydate-input">
</form></body></html>"""


def _page(html: str, url: str = LIST_URL) -> HtmlPage:
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def _query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def test_date_inputs_are_asked_for_every_calendar_year_newest_first():
    requests = dateranges.date_range_requests(_page(TYPE_DATE), today=TODAY)
    assert [_query(r.url)["startDate"] for r in requests] == [f"{y}-01-01" for y in YEARS]
    assert [_query(r.url)["endDate"] for r in requests] == [f"{y}-12-31" for y in YEARS]
    assert requests[0].url == f"{LIST_URL}?startDate=2026-01-01&endDate=2026-12-31"
    assert {r.method for r in requests} == {"GET"} and {r.pager for r in requests} == {"date_ranges"}


def test_an_answer_page_asks_for_the_same_ranges_again():
    answer = TYPE_DATE.replace('value="2025-12-06"', 'value="2015-01-01"').replace('value="2026-12-06"',
                                                                                  'value="2015-12-31"')
    first = [r.url for r in dateranges.date_range_requests(_page(TYPE_DATE), today=TODAY)]
    again = [r.url for r in dateranges.date_range_requests(_page(answer), today=TODAY)]
    assert first == again        # the spider's seen-set drops them: no range is asked twice


def test_laydate_post_form_keeps_its_token_and_title_box():
    requests = dateranges.date_range_requests(_page(LAYDATE_POST), today=TODAY)
    assert len(requests) == len(YEARS)
    assert {r.url for r in requests} == {"http://www.x.gov.cn/gkml/query.do"} and {r.method for r in requests} == {"POST"}
    body = dict(parse_qsl(requests[-1].body, keep_blank_values=True))
    assert body == {"token": "f00d", "title": "", "ks": "2008-01-01", "js": "2008-12-31"}
    assert requests[0].headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_the_dates_are_written_as_the_fields_show_them():
    wdate = dateranges.date_range_requests(_page(WDATE), today=TODAY)[0]
    assert _query(wdate.url) == {"kssj": "2026/01/01 00:00:00", "jssj": "2026/12/31 23:59:59"}
    assert wdate.url.startswith("http://www.x.gov.cn/zwgk/nbml/list.aspx?")
    labelled = dateranges.date_range_requests(_page(LABELLED), today=TODAY)[1]
    assert _query(labelled.url) == {"d1": "2025年01月01日", "d2": "2025年12月31日"}


@pytest.mark.parametrize(("field", "start", "end"), [
    ('<input name="s" value="20250101">', "20260101", "20261231"),
    ('<input name="s" placeholder="2025.01.01">', "2026.01.01", "2026.12.31"),
    ('<input name="s" type="datetime-local">', "2026-01-01T00:00", "2026-12-31T23:59"),
    ('<input name="s" class="laydate" placeholder="yyyy-MM-dd">', "2026-01-01", "2026-12-31"),
])
def test_formats_shown_by_a_field(field, start, end):
    end_field = field.replace('name="s"', 'name="e"')
    form = _page(f"<form>{field}{end_field}</form>").forms()[0]
    first, second = dateranges.date_pair(form)
    assert dateranges._shown_date(first, date(2026, 1, 1), end=False) == start
    assert dateranges._shown_date(second, date(2026, 12, 31), end=True) == end


def test_a_single_date_is_no_range():
    assert dateranges.date_range_requests(_page(SINGLE_DATE), today=TODAY) == []
    three = SINGLE_DATE.replace('<input type="date" name="pubDate">',
                                '<input type="date" name="a"><input type="date" name="b"><input type="date" name="c">')
    assert dateranges.date_range_requests(_page(three), today=TODAY) == []   # which two make the range is unsaid
    hidden = SINGLE_DATE.replace('name="q"', 'name="q"><input type="hidden" name="timestamp" value="1733"')
    assert dateranges.date_range_requests(_page(hidden), today=TODAY) == []   # a hidden time stamp is no date field


def test_a_form_that_writes_is_never_submitted():
    message = LAYDATE_POST.replace('<button', '<textarea name="content"></textarea><button')   # a 留言 form
    assert dateranges.date_range_requests(_page(message), today=TODAY) == []


def test_dates_with_a_category_select_ask_for_the_report_category():
    requests = dateranges.date_range_requests(_page(DATES_AND_CATEGORY), today=TODAY)
    assert len(requests) == len(YEARS)
    queries = [_query(r.url) for r in requests]
    assert {q["fl"] for q in queries} == {"0112"}      # the other categories hold no report
    assert {q["jg"] for q in queries} == {""}          # every unit: the select as the page gives it
    assert (queries[0]["beginDate"], queries[0]["endDate"]) == ("2026-01-01", "2026-12-31")


@pytest.mark.parametrize("role", ["list", "search"])
def test_a_list_pages_date_form_is_read_as_its_pager(role):
    job = PageJob(url=LIST_URL, body=TYPE_DATE.encode(), content_type="text/html; charset=utf-8", role=role,
                  column=LIST_URL)
    pagers = [p for p in analyse_html(job).pagers if p.pager == "date_ranges"]
    if role == "list":
        assert len(pagers) == date.today().year - 2007      # this year down to 2008
    else:
        assert pagers == []                                  # a search's dates are the search's business


@pytest.mark.slow
def test_a_column_shown_one_year_at_a_time_gives_every_years_reports_end_to_end(tmp_path):
    from tests.crawler.sandbox_crawl import crawl_families

    crawl = crawl_families(tmp_path, ("daterange",))
    expected, found = crawl.expected, crawl.found
    assert len(expected) > 10 and expected <= found, sorted(expected - found)[:5]   # without: the last year's only
