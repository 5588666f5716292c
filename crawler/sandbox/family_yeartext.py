"""A county portal whose 政府信息公开年报 column shows only the newest year's reports, and reaches every other year's
only through its 年报查询 form: a GET form (`/xxgk/nb/search.jsp`) whose one field is a free text box for the year
(`<input type="text" name="year" maxlength="4" placeholder="请输入年度，如2023">`), no `<select>`, no list of years;
the page says only since which year reports can be asked for. The answer for a year lists every unit's report of
that year; a year without reports answers 未找到 (held out of tuning, twenty-first round).

Modelled on http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 (齐齐哈尔: a Struts 政府信息公开目录 whose
entries are answers of one action keyed by a query value) and http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html
(平凉: 政府信息公开 → 制度/指南 columns under /zfxxgk/), with the pre-2019 reports of
http://ahjx.gov.cn/XxgkAnnualReport/show/331.html (泾县: a 2012 report in the government's 政府信息公开年报). A 检索 form whose year must be typed (the 目录 systems' text
fields for 年度/文号) and a column that lists one year only are this family's choice; the cited pages do not show
this form. Unlike gkmlsearch (a POSTed 检索 form with a 分类 and a 发布机构 `<select>`), formview (one hidden-field
form per row), yearpicker (a date picker that builds a folder address) and pagesize (a `<select>` of page sizes),
nothing in the page enumerates the values the field takes: a client has to supply the years itself.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the newest year's reports and the form), /xxgk/nb/search.jsp?year=<YYYY> (the
  answers), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
SEARCH = "/xxgk/nb/search.jsp"
LABEL = "政府信息公开年报"


def year_form(first_year: int, year: str = "") -> str:
    """The 年报查询 form: one text box for the year, nothing that lists the years."""
    return (f'<form class="nbcx" action="{SEARCH}" method="get"><label>年度：<input type="text" name="year" '
            f'value="{esc(year)}" maxlength="4" placeholder="请输入年度，如2023"></label> <input type="submit" value="查询">'
            f"</form><p class=\"tip\">可查询{first_year}年以来本县各单位政府信息公开工作年度报告。</p>")


def build_yeartext(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "yeartext"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    kit.trs_column_pages(b, www, county, family, arts, urls, nav=nav, folder="/xxgk/nb/", salt="yt-art", column=LABEL)
    years = sorted({a.report.year for a in arts}, reverse=True)
    first = years[-1]
    for year in years:
        items = [a for a in arts if a.report.year == year]
        listing = (f"{year_form(first, str(year))}<h3>{year}年度</h3>{kit.link_list(items)}"
                   f'<div class="total">共 {len(items)} 条</div>')
        kit.report_list_page(b, www, county, family, f"{SEARCH}?year={year}", LABEL, listing, items, nav=nav,
                             ignores_query=False)
    none_found = Page(page(county, family, LABEL, f"<h2>{LABEL}</h2>{year_form(first)}<p>未找到相关年度的报告。</p>",
                           column=LABEL, nav=nav, host=www.host).encode(), SITE_DATE, role="list")
    www.dynamic[SEARCH] = lambda method, query, headers, body: none_found   # any other year, or none
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, non_reports, urls, nav=nav, folder="/xxgk/nb/", salt="yt-non",
                         column=LABEL)
    shown = kit.newest_first([a for a in arts if a.report.year == years[0]] + non_reports)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, year_form(first) + kit.link_list(shown), shown, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="yt-news")
    return urls
