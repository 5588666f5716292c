"""A district portal whose 政府信息公开年度报告 column shows only the government's newest report and reaches every unit's
own 年报 list through one form: the column's search box (`<form action="search.jsp" method="post">`, a keyword field,
a 搜索 button) holds, besides, one submit button per unit — `<button type="submit"
formaction="/zwgk/xxgknb/<unit>/index.html" formmethod="get">区教育局</button>` — each overriding the form's action and
method with its own (HTML's `formaction`/`formmethod`: the button pressed decides where and how the form goes). The
form's own action, a POST to search.jsp, answers 共找到0条 for any keyword. No `<a>` names a unit's list; the lists
(every year of the unit, 2008 on for the government) are reached only through a button's `formaction` (held out of
tuning, thirty-seventh round).

Modelled on https://www.tjbd.gov.cn/zwgk/zfxxgkqjjg/whlyj/zfxxgknb18/202601/t20260126_7231121.html (天津宝坻区: each
unit — here 文化和旅游局 — keeps its 政府信息公开年报 in its own column of the district's 政府信息公开, TRS paths
`<YYYYMM>/t<YYYYMMDD>_<id>.html`), https://www.tjnh.gov.cn/zwgk/zfxxgkqjjg2/zwfwb31/zfxxgknb30/202601/t20260121_7228786.html
(天津宁河区: the same per-unit 年报 columns) and http://gk.tj.gov.cn/xxgknb_530/tjsrmzf/201803/t20180329_77507.shtml
(天津's 2017 report in a 政府信息公开年度报告专栏: reports before 2019 kept). The unit buttons with `formaction` in the
column's search form are this family's choice (the cited pages are text). Unlike buttonpager (one form whose
buttons send a `page` value to the form's own POST action), imagesubmit (an image button's click coordinates) or
jumpmenu (a `<select>` whose script navigates), every target URL is an attribute of a button, not of the form, and
the form's own action leads nowhere.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /zwgk/xxgknb/index.html (the newest report, 解读 and look-alikes; the form), /zwgk/xxgknb/search.jsp (0 results),
  /zwgk/xxgknb/<unit slug>/index.html (a unit's reports), articles /zwgk/xxgknb/<slug>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, Unit, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/xxgknb/"
COLUMN = FOLDER + "index.html"
SEARCH = FOLDER + "search.jsp"
LABEL = "政府信息公开年度报告"


def unit_list(unit: Unit) -> str:
    return f"{FOLDER}{unit.slug}/index.html"


def unit_form(county: County) -> str:
    """The search form and its unit buttons, each with its own formaction and formmethod."""
    buttons = "".join(f'<button type="submit" formaction="{unit_list(u)}" formmethod="get">{esc(u.name)}</button>'
                      for u in county.units)
    return (f'<form class="nbcx" action="search.jsp" method="post"><input type="text" name="keyword" '
            'placeholder="请输入关键词"><button type="submit">搜索</button>'
            f'<div class="dwnb"><span>按单位查看：</span>{buttons}</div></form>')


def build_formaction(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "formaction"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")

    def serial(art) -> int:
        return stable_int("fa-art", county.pinyin, art.key, digits=7)

    def path(art) -> str:
        return kit.trs_path(f"{FOLDER}{art.report.unit.slug if art.report else 'gzdt'}/", art.day, serial(art))

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, path=path, serial=serial,
                                          column=LABEL)
    for unit in county.units:
        own = [a for a in items if a.report and a.report.unit is unit]
        kit.report_list_page(b, www, county, family, unit_list(unit), f"{unit.name}{LABEL}", kit.link_list(own), own,
                             nav=nav)
    newest = kit.newest_gov_report(arts)
    shown = [a for a in items if a.report is None or a is newest]
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, unit_form(county) + kit.link_list(shown), shown,
                         nav=nav)
    nothing = Page(page(county, family, "检索结果", "<h2>检索结果</h2><p>共找到0条相关信息。</p>", column=LABEL, nav=nav,
                        host=www.host).encode(), SITE_DATE, role="list")
    www.dynamic[SEARCH] = lambda method, query, headers, body: nothing
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="fa-news")
    return urls
