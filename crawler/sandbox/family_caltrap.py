"""A prefecture-level district's portal whose every page carries a 政务日历 (a calendar of the day's published
items) in its navigation, and whose calendar is a crawler trap: `/zwgk/rl/day.jsp?date=<YYYY-MM-DD>` answers `200`
for any date of any year (1 to 9999), empty days included (本日无公开信息), with links to the day before and after, the
month before and after, and every day of the shown month — an unbounded set of addresses, none of which names a
report. The 年报 are three plain columns (区政府, 部门, 街道（乡镇）) reached from 政务公开 by plain links, every unit's
reports of every year, the years before 2019 included; a client that spends its pages breadth-first on the calendar
the navigation offers first may run out before it reaches them (held out of tuning, sixty-second round).

Modelled on http://bjjpgj.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2010zfxxgk_140412/shizfgzbg/100F9E678052482CAADC5419A16C92E6/index.shtml
(a copy of 辽阳市's 2019 report, "通过辽阳市人民政府网站…'政府信息公开年度报告'专栏公布": a Liaoning portal's 年报
专栏) and on the calendar widgets site software puts on every page,
https://oddmuse.org/wiki/Calendar_Extension (`$CalendarOnEveryPage`, a month's days as links, a `year` parameter,
"only works for years between 1-9999"). That this portal's calendar answers every date and sits in the navigation is
this family's choice (the cited pages are text). Unlike pubcalendar (a calendar whose days' answers are the only list
of the reports) or yearloop, the calendar here holds no report: it only spends a crawler's pages.

- www.X.gov.cn: home (news; the government's newest report), 政务日历 in every page's navigation
  (/zwgk/rl/day.jsp?date=…, any date), 政务公开 (/zwgk/index.html: the guide and the three columns),
  /zwgkx/ndbg/<qzf|bm|jd>/index.html (the columns), articles /zwgkx/ndbg/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page

COLUMNS = {"qzf": "区政府信息公开年报", "bm": "部门信息公开年报", "jd": "街道（乡镇）信息公开年报"}
CALENDAR = "/zwgk/rl/day.jsp"
EMPTY_DAY = "本日无公开信息"


def column_path(key: str) -> str:
    return f"/zwgkx/ndbg/{key}/index.html"


def day_href(day: date) -> str:
    return f"{CALENDAR}?date={day.isoformat()}"


def shifted(day: date, days: int = 0, months: int = 0) -> date | None:
    """`day` moved by days or months (a month's move keeps the day where the month has it), None past year 1 or 9999."""
    try:
        if months:
            index = day.year * 12 + day.month - 1 + months
            year, month = divmod(index, 12)
            return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
        return day + timedelta(days=days)
    except (ValueError, OverflowError):
        return None


def calendar_main(day: date) -> str:
    moves = [("上一月", shifted(day, months=-1)), ("前一天", shifted(day, -1)), ("后一天", shifted(day, 1)),
             ("下一月", shifted(day, months=1))]
    nav = " ".join(f'<a href="{esc(day_href(d))}">{label}</a>' for label, d in moves if d)
    days = " ".join(f'<a href="{esc(day_href(day.replace(day=n)))}">{n}</a>'
                    for n in range(1, calendar.monthrange(day.year, day.month)[1] + 1))
    return (f'<h2>政务日历</h2><div class="rl-nav">{day.year}年{day.month}月 {nav}</div><div class="rl-days">{days}</div>'
            f'<div class="rl-list"><p>{day.year}年{day.month}月{day.day}日：{EMPTY_DAY}</p></div>')


def calendar_handler(county: County, family: str, host: str, nav: list[tuple[str, str]]):
    """The calendar's day pages: any ISO date (else the site's date), rendered on request — the set is unbounded."""
    def handler(method, query, headers, body):
        try:
            day = date.fromisoformat(query.get("date", ""))
        except ValueError:
            day = SITE_DATE.date()
        html = page(county, family, "政务日历", calendar_main(day), column="政务日历", nav=nav, host=host)
        return Page(html.encode(), SITE_DATE, HTML_UTF8, role="calendar")
    return handler


def build_caltrap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "caltrap"
    nav = [("首页", "/"), ("政务日历", day_href(SITE_DATE.date())), *kit.zwgk_news_nav()[1:]]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav)
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="ct-art",
                                        folder="/zwgkx/ndbg/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                             columns[key], nav=nav)
    www.dynamic[CALENDAR] = calendar_handler(county, family, www.host, nav)
    more = tuple((column_path(key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column_path("qzf"),
                            news_salt="ct-news", more=more)
    return urls
