"""A county portal whose 政府信息公开年报 column shows only the newest year's reports, and reaches every other year
through a year picker whose options are opaque ids: the `<select id="nd">` of the page (labels 2023年度, 2022年度, …,
values 16-hex ids) is wired by an external script that sends the browser to
`/zfxxgknb/list.jsp?siteId=<site>&nid=<id>`, and the one script-free means is the page's `<noscript>` block —
a GET form to the same list.jsp with the same `<select name="nid">` and a second, hidden field `siteId`. The list
answers a year only when both come; with the id alone it says 参数错误. No page links a year's answer (held out of
tuning, thirty-fifth round).

Modelled on https://chengbu.gov.cn/chengbu/zfxxgknb/201803/5fb0db93a68e4caab2542927e64c38c9.shtml (城步苗族自治县2017年
政府信息公开工作年度报告, a Hunan county's pre-2019 report in its 政府信息公开年报 column, articles
`zfxxgknb/<YYYYMM>/<32 hex>.shtml`, the layout this family takes). The picker, its opaque ids and the `<noscript>` fallback form are this family's choice (a
progressive-enhancement idiom: the script-driven control for browsers, a form for clients without scripts); the cited
page does not show them. Unlike yeartext (a free text box for the year), checkform (checkboxes and radio buttons),
gkmlsearch (a POST form with a token) or unitselect (a select whose script fetches JSON), the years are named only by
option labels, the values are opaque, and the field the answer needs besides is hidden in a `<noscript>` form that a
browser running scripts never shows.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zfxxgknb/index.html (the newest year and the picker), /zfxxgknb/js/ndbg.js, the answers
  /zfxxgknb/list.jsp?nid=<id>&siteId=<site>, articles /zfxxgknb/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zfxxgknb/"
COLUMN = FOLDER + "index.html"
LIST = FOLDER + "list.jsp"
SCRIPT = FOLDER + "js/ndbg.js"
LABEL = "政府信息公开年度报告"


def year_id(county: County, year: int) -> str:
    return stable_hex("ny-year", county.pinyin, year, length=16)


def site_id(county: County) -> str:
    return f"{stable_int('ny-site', county.pinyin, digits=6)}"


def picker(county: County, years: list[int], chosen: int) -> str:
    """The scripted select, its script, and the `<noscript>` form: the only one carrying the hidden siteId."""
    options = "".join(f'<option value="{year_id(county, y)}"{" selected" if y == chosen else ""}>{y}年度</option>'
                      for y in years)
    return (f'<div class="ndxz"><label>年度：<select id="nd" data-site="{site_id(county)}">{options}</select></label>'
            f'<script src="{SCRIPT}"></script><noscript><form action="{LIST}" method="get">'
            f'<input type="hidden" name="siteId" value="{site_id(county)}"><select name="nid">{options}</select>'
            '<input type="submit" value="查询"></form></noscript></div>')


NDBG_JS = """(function () {
  var nd = document.getElementById("nd");
  if (!nd) { return; }
  nd.onchange = function () {
    location.href = "LIST?siteId=" + nd.getAttribute("data-site") + "&nid=" + nd.value;
  };
})();
""".replace("LIST", LIST)


def build_noscriptyear(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "noscriptyear"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}

    def serial(art) -> int:
        return stable_int("ny-art", county.pinyin, art.key, digits=7)

    def path(art) -> str:
        return f"{FOLDER}{art.day:%Y%m}/{stable_hex('ny-art', county.pinyin, art.key)}.shtml"

    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, serial=serial, column=LABEL,
                     path=path)
    years = sorted({a.report.year for a in arts}, reverse=True)
    for year in years:
        items = [a for a in arts if a.report.year == year]
        listing = f"{picker(county, years, year)}<h3>{year}年度</h3>{kit.link_list(items)}"
        kit.report_list_page(b, www, county, family, f"{LIST}?siteId={site_id(county)}&nid={year_id(county, year)}",
                             LABEL, listing, items, nav=nav, ignores_query=False)
    refused = Page(page(county, family, LABEL, f"<h2>{LABEL}</h2><p>参数错误：缺少站点标识或年度。</p>", column=LABEL,
                        nav=nav, host=www.host).encode(), SITE_DATE, role="list")
    www.dynamic[LIST] = lambda method, query, headers, body: refused   # an id alone, an unknown one, or none
    b.add(www, SCRIPT, Page(NDBG_JS.encode(), SITE_DATE, "application/javascript"), "script")
    shown = kit.newest_first([a for a in arts if a.report.year == years[0]] + non_reports)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL,
                         f"<h3>{years[0]}年度</h3>" + picker(county, years, years[0]) + kit.link_list(shown),
                         shown, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="ny-news")
    return urls
