"""A county portal whose 政府信息公开年报 column files the reports by year, one sub-column per year
(`/zwgk/zfxxgkpt/zfxxgknb/zfxxgknb<YYYY>/index.html`), and reaches those year pages only through the column's search
box: an `<input list="nbnd">` whose `<datalist>` suggests one `<option value>` per year, the value the year page's
address, and a submit handler that opens what was typed or chosen. No `<a>` and no `<select>` names a year page;
each year page lists every unit's reports of that year by plain link (held out of tuning, fifty-seventh round).

Modelled on http://www.yn.gov.cn/zwgk/zfxxgkpt/zfxxgknb/zfxxgknb2019/ynszfxxgkgzndbg2019/202003/t20200331_201586.html
(云南省's 2019 report: a 政府信息公开平台 whose 政府信息公开年报 column has one sub-column per year, `zfxxgknb2019/`, and
TRS articles `<YYYYMM>/t<YYYYMMDD>_<id>.html` under it: the layout this family takes) and
http://dongchuan.km.gov.cn/c/2016-08-25/1192822.shtml (昆明's 政府信息公开工作年度报告制度 of 2008, binding each
county, department and township to report yearly: the units this family's year pages hold, back to before 2019).
The search box with a `<datalist>` of year addresses is this family's choice (HTML5's suggestion list for an
`<input>`; the cited pages' text does not show their markup). Unlike jumpmenu (a `<select onchange>` whose options
open units), multichoice, yeartext or nbmodule (forms whose fields a crawler fills), the year pages' addresses are
`value`s of `<option>`s in a `<datalist>` that no element but an `<input list>` uses.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), the column /zwgk/zfxxgkpt/zfxxgknb/index.html (the search box; the 解读 and look-alikes by plain link),
  the year pages /zwgk/zfxxgkpt/zfxxgknb/zfxxgknb<YYYY>/index.html, articles
  /zwgk/zfxxgkpt/zfxxgknb/zfxxgknb<YYYY>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/zfxxgkpt/zfxxgknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"


def year_folder(year: int) -> str:
    return f"{FOLDER}zfxxgknb{year}/"


def year_page(year: int) -> str:
    return year_folder(year) + "index.html"


def search_box(years: list[int]) -> str:
    """The column's 按年度查看 box: an input whose datalist suggests each year page's address; submitting opens it."""
    options = "".join(f'<option value="{year_page(y)}" label="{y}年度政府信息公开工作年度报告"></option>' for y in years)
    return ('<form class="ndsearch" action="#" onsubmit="if(this.nd.value){window.location.href=this.nd.value;}'
            'return false;"><label for="nd">按年度查看：</label>'
            '<input type="text" id="nd" name="nd" list="nbnd" placeholder="请输入或选择年度" autocomplete="off">'
            f'<datalist id="nbnd">{options}</datalist><button type="submit">查看</button></form>')


def build_datalistyear(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "datalistyear"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}

    def doc_id(art: Article) -> int:
        return stable_int("dly-art", county.pinyin, art.key, digits=6)

    def path(art: Article) -> str:
        folder = year_folder(art.report.year) if art.report else FOLDER
        return kit.trs_path(folder, art.day, doc_id(art))

    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, path=path, serial=doc_id,
                     column=LABEL)
    years = sorted({a.report.year for a in arts}, reverse=True)
    for year in years:
        of_year = [a for a in arts if a.report.year == year]
        kit.report_list_page(b, www, county, family, year_page(year), f"{year}年度{LABEL}", kit.link_list(of_year),
                             of_year, nav=nav)
    listing = (search_box(years) + '<p class="tip">点击输入框，从提示中选择年度，查看该年度各单位的年度报告。</p>'
               + kit.link_list(kit.newest_first(non_reports)))
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, listing, arts + non_reports, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="dly-news")
    return urls
