"""A county portal whose 政府信息公开年报 are listed by a 年报查询 form of checkboxes and radio buttons: the column
page (/xxgk/nb/index.html) is a `<form method="get" action="query.jsp">` whose 单位类别 are three checkboxes of one
name (`lb`: 县政府本级 checked, 县直部门 and 乡镇 not) and whose 年度 are radio buttons (`nd`: 全部 checked, then each
year), followed by the answer to the form as it stands: the government's own reports of every year. A department's
or a township's report is listed only in an answer to a submission with its box checked (`lb=bm`, `lb=xz`, several
boxes sending `lb` more than once: `query.jsp?lb=bj&lb=bm&nd=`), and no page links such an answer (held out of
tuning, thirty-fourth round).

Modelled on https://www.linxiaxian.gov.cn/lxx/zwgk/zc/zcjd/SSZCJD/index.html (临夏县's 政务公开 section: 政府信息公开
指南, 政府信息公开年报, 乡镇部门信息公开 as columns of one section; the synthetic county has a 甘肃 region code) and
https://www.gangu.gov.cn/zfxxgk/zfbmxxgk/xsjj/zfxxgkzn.htm (甘谷县: a department's 信息公开 within the county's
政府信息公开专栏). The form is this family's choice (the cited pages are text): a checkbox group submits one
`name=value` pair per checked box and nothing for an unchecked one, and a radio group its checked button's value
(HTML's form submission algorithm). Unlike pagesize (a `<select>` of page sizes), yeartext (a text box for the
year), daterange (two date fields) or cascade (drop-downs filled by script), the choice that reaches the reports
is a box left unchecked by the page, and a submission may repeat a field.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, the column), /xxgk/nb/index.html (the form and the government's reports), /xxgk/nb/query.jsp?lb=…&nd=…
  (every combination of kinds and a year or 全部; any other query: the form and 请选择单位类别), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

from itertools import combinations
from urllib.parse import urlencode

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
QUERY = "/xxgk/nb/query.jsp"
LABEL = "政府信息公开年报"
KINDS = {"bj": "县政府本级", "bm": "县直部门", "xz": "乡镇（街道）"}


def query_form(years: list[int], kinds: tuple[str, ...] = ("bj",), year: str = "") -> str:
    """The 年报查询 form as a page shows it: the boxes of `kinds` checked, the radio of `year` ("" 全部) chosen."""
    def checked(on: bool) -> str:
        return " checked" if on else ""

    boxes = "".join(f'<label><input type="checkbox" name="lb" value="{k}"{checked(k in kinds)}>{label}</label>'
                    for k, label in KINDS.items())
    radios = "".join(f'<label><input type="radio" name="nd" value="{y}"{checked(str(y) == year)}>{y or "全部"}'
                     f"</label>" for y in ["", *years])
    return (f'<form class="nbcx" action="query.jsp" method="get"><div>单位类别：{boxes}</div><div>年度：{radios}</div>'
            f'<input type="submit" value="查询"></form>')


def submission(kinds: tuple[str, ...], year: str) -> str:
    """The query a browser sends: one `lb` per checked box, in the form's order, then `nd`."""
    return urlencode([*(("lb", k) for k in kinds), ("nd", year)])


def build_checkform(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "checkform"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="cf-art")
    groups = kit.group_by_unit_kind([a for a in entries if a.report], tuple(KINDS))
    groups["bj"] = kit.newest_first(groups["bj"] + [a for a in entries if not a.report])   # look-alikes: the office's
    years = sorted({a.report.year for a in arts}, reverse=True)
    for n in range(1, len(KINDS) + 1):
        for kinds in combinations(KINDS, n):
            for year in ["", *map(str, years)]:
                items = kit.newest_first([a for k in kinds for a in groups[k]
                                          if not year or (a.report and str(a.report.year) == year)])
                listing = (f"{query_form(years, kinds, year)}{kit.link_list(items)}"
                           f'<div class="total">共 {len(items)} 条</div>')
                kit.report_list_page(b, www, county, family, f"{QUERY}?{submission(kinds, year)}", LABEL, listing,
                                     items, nav=nav, ignores_query=False)
    prompt = Page(page(county, family, LABEL, f"<h2>{LABEL}</h2>{query_form(years)}<p>请选择单位类别。</p>",
                       column=LABEL, nav=nav, host=www.host).encode(), SITE_DATE, role="list")
    www.dynamic[QUERY] = lambda method, query, headers, body: prompt   # no box checked, or a year not listed
    shown = groups["bj"]
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, query_form(years) + kit.link_list(shown), shown,
                         nav=nav)
    newest = kit.newest_gov_report(entries)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="cf-news")
    return urls
