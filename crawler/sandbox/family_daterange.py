"""A county portal whose 政府信息公开年报 are listed only by a date-range query: the 年报 column
(/zwgk/nbml/list.jsp) answers the entries published between its `startDate` and `endDate` (a GET form of two date
fields); without them it shows the last year's (默认显示近一年), and no page links any other range, so older reports
are reached only by filling the dates in (held out of tuning, tenth round).

Modelled on http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (福州晋安: a TRS
`/zfxxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.htm` 年报 column, reports back to 2016 and before) and
http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水: a JSP that lists
reports by a time parameter of the query). That the column's parameters are a start and an end date, and that only
the last year is shown by default, is this family's choice (the 信息公开目录 query forms of many platforms filter by
成文日期/发布日期 from-to; the cited pages do not show it). Unlike nbmodule, province and yearpicker (a year chosen in a
`<select>` whose options name the years) and gkmlsearch (a POST search by category), the form offers no value: the
dates are the visitor's to choose, any range answers.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /zwgk/nbml/list.jsp[?startDate=YYYY-MM-DD&endDate=YYYY-MM-DD] (the column: the form and the
  entries in the range, every unit's reports, 解读, look-alikes), /zwgk/nbml/<YYYYMM>/t<YYYYMMDD>_<id>.html (each).
"""

from __future__ import annotations

from datetime import date, timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/nbml/"
LIST = NB + "list.jsp"
DEFAULT_DAYS = 365          # 默认显示近一年: the window the column shows without dates


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def date_form(start: date, end: date) -> str:
    """The column's query form: two date fields (filled with the range shown) and a 查询 button, nothing to pick."""
    return (f'<form class="search" method="get" action="{LIST}">发布日期：'
            f'<input type="date" name="startDate" value="{start.isoformat()}"> 至 '
            f'<input type="date" name="endDate" value="{end.isoformat()}"> <input type="submit" value="查询"></form>')


def build_daterange(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "daterange"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, folder=NB, salt="dr-art")
    today = SITE_DATE.date()

    def column(method, query, headers, body):
        start, end = parse_day(query.get("startDate", "")), parse_day(query.get("endDate", ""))
        if not query.get("startDate") and not query.get("endDate"):
            start, end = today - timedelta(days=DEFAULT_DAYS), today
        if start is None or end is None or start > end:
            main = '<p class="tip">请输入正确的起止日期（格式：2024-01-01）。</p>'
            start, end, rows = start or today, end or today, []
        else:
            rows = [a for a in entries if start <= a.day <= end]
            main = f'<p class="count">共{len(rows)}条</p>' + (trs_list_html(rows, NB) if rows else
                                                              '<p class="tip">该时间段内暂无信息</p>')
        html = page(county, family, "政府信息公开年报", date_form(start, end) + main, column="政府信息公开年报",
                    nav=nav, host=www.host)
        return Page(html.encode(), b.list_date(rows), role="list", ignores_query=False)

    www.dynamic[LIST] = column
    b.pages[f"http://{www.host}{LIST}"] = "list"
    for year in sorted({a.day.year for a in entries}):   # the ranges a visitor would ask for: one calendar year each
        b.pages[f"http://{www.host}{LIST}?startDate={year}-01-01&endDate={year}-12-31"] = "list"
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=LIST, news_salt="dr-news")
    return urls
