"""Year fields (crawler/discovery/pagers/yearfields.py): a GET form whose one free-text box is the year, submitted
once per year from the current year down to the year the page says reports start from (else 2008)."""

from __future__ import annotations

from datetime import date

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import yearfields

TODAY = date(2026, 12, 6)
COLUMN = "http://www.x.gov.cn/xxgk/nb/index.html"

# the newest year listed; the form's box labelled 年度 with a 如2023 placeholder; the page says since when
YEAR_BOX = """<html><head><title>政府信息公开年报</title></head><body><h2>政府信息公开年报</h2>
<form class="nbcx" action="/xxgk/nb/search.jsp" method="get"><label>年度：<input type="text" name="year" value=""
maxlength="4" placeholder="请输入年度，如2023"></label> <input type="submit" value="查询"></form>
<p class="tip">可查询2012年以来本县各单位政府信息公开工作年度报告。</p>
<ul><li><a href="/xxgk/nb/202601/t20260115_1.html">X县人民政府2025年政府信息公开工作年度报告</a></li></ul></body></html>"""


def _page(body: str, url: str = COLUMN) -> HtmlPage:
    return HtmlPage.from_bytes(url, body.encode("utf-8"), "text/html; charset=utf-8")


def test_a_year_box_is_submitted_once_a_year_from_the_stated_first_year_newest_first():
    requests = yearfields.year_field_requests(_page(YEAR_BOX), TODAY)
    assert [r.url for r in requests] == [f"http://www.x.gov.cn/xxgk/nb/search.jsp?year={y}"
                                         for y in range(2026, 2011, -1)]
    assert {r.pager for r in requests} == {yearfields.PAGER} and {r.method for r in requests} == {"GET"}
    assert requests[0].label == "2026年" and requests[-1].label == "2012年"


@pytest.mark.parametrize("field", [
    '<input name="nd">',                                               # named nd, no type
    '<input type="search" name="q1" placeholder="2023">',              # shown as a year
    '<label for="f">年份</label><input type="text" id="f" name="f">',   # <label for>
    '年度 <input type="number" name="kw">',                             # the text before it
])
def test_what_names_a_year_box_and_2008_when_the_page_states_no_start(field):
    body = f'<html><body><form action="q.jsp"><input type="hidden" name="cid" value="7">{field}</form></body></html>'
    requests = yearfields.year_field_requests(_page(body), TODAY)
    assert len(requests) == 2026 - 2008 + 1
    assert requests[-1].url.startswith("http://www.x.gov.cn/xxgk/nb/q.jsp?cid=7&") and requests[-1].label == "2008年"


@pytest.mark.parametrize("form", [
    '<form action="s.jsp"><input type="text" name="keyword" placeholder="请输入关键词"></form>',   # a search box
    '<form action="s.jsp"><input name="year"><input name="title"></form>',       # two free fields: a search form
    '<form action="s.jsp" method="post"><input name="year"></form>',             # POST: no bookmarkable answer
    '<form action="ly.jsp"><input name="nd"><textarea name="c"></textarea></form>',   # a form that writes
    '<form action="s.jsp"><input type="date" name="year"></form>',               # a date: dateranges.py's
])
def test_what_is_no_year_form(form):
    assert yearfields.year_field_requests(_page(f"<html><body>{form}</body></html>"), TODAY) == []


def test_stated_years_before_reports_existed_are_not_a_start_and_forms_are_bounded():
    forms = "".join(f'<form action="s{n}.jsp"><input name="year"></form>' for n in range(5))
    page = _page(f"<html><body><p>1949年以来，本县……</p>{forms}</body></html>")
    assert yearfields.year_range(page, TODAY) == range(2026, 2007, -1)
    requests = yearfields.year_field_requests(page, TODAY)
    assert len({r.url.split("?")[0] for r in requests}) == yearfields.MAX_YEAR_FIELD_FORMS


def test_a_column_gives_its_year_box_answers_as_pagers():
    result = analyse_html(PageJob(COLUMN, YEAR_BOX.encode("utf-8"), "text/html; charset=utf-8", "column"))
    urls = [r.url for r in result.pagers if r.pager == yearfields.PAGER]
    assert "http://www.x.gov.cn/xxgk/nb/search.jsp?year=2012" in urls
    assert "http://www.x.gov.cn/xxgk/nb/search.jsp?year=2011" not in urls
