"""A county portal whose 政府信息公开年报 column is a list of year links, each leading to a stub that only redirects:
`/xxgk/xxgknb/<YYYY>/index.shtml` is an empty page with `<meta http-equiv="REFRESH" content="0 ; URL = '…'">`, the
target quoted and spaced as hand-edited templates write it (single quotes, `&quot;` double quotes, spaces around the
`=`, `url`/`URL`/`Url`), no `<a>` and no script; the year's list is at the target, `…/<YYYY>/list.shtml`, which no
page links (held out of tuning, thirty-ninth round).

Modelled on http://xianning.gov.cn/xxgk/xxgknb/2022/xsq/202302/t20230210_3016572.shtml (咸宁: a 政府信息公开年报
column with a folder per year, `xxgknb/<YYYY>/`, TRS `<YYYYMM>/t<YYYYMMDD>_<id>.shtml` articles, the layout this
family takes) and https://www.hbqj.gov.cn/xxgk/xxgkml/qzcxxgkml/yyz/zfxxgk/ndbg/202301/t20230116_4490681.html (潜江: a
镇's 2022 report in its own 年度报告 column). The stub year pages and their quoted refresh targets are this family's
choice (the cited pages are text). Unlike refresh (a bare root sending the browser on with a plain meta refresh and a
script) or refreshheader (a `Refresh` HTTP header), the redirect is markup whose URL is quoted and spaced, as the
HTML standard's refresh parser allows.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /xxgk/xxgknb/index.shtml (year links), /xxgk/xxgknb/<YYYY>/index.shtml (the stubs), /xxgk/xxgknb/<YYYY>/list.shtml
  (every unit's reports of the year, 解读 and look-alikes), articles /xxgk/xxgknb/<YYYY>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/xxgknb/"
COLUMN = FOLDER + "index.shtml"
LABEL = "政府信息公开年报"
# (http-equiv as written, the content's form) of the stubs, in turn by year: every one the HTML standard's refresh
# parser reads as a redirect to `{url}` (the quotes stripped, spaces around `;` and `=` skipped, `url` in any case)
REFRESH_FORMS = (("REFRESH", "0 ; URL = '{url}'"), ("Refresh", '0;url="{url}"'), ("refresh", " 0; Url= '{url}' "))


def attribute(value: str) -> str:
    """`value` in a double-quoted attribute as such templates write it: `"` as `&quot;`, `'` as it is."""
    return value.replace("&", "&amp;").replace('"', "&quot;")


def stub_html(year: int, index: int) -> str:
    equiv, content = REFRESH_FORMS[index % len(REFRESH_FORMS)]
    return (f'<html><head><meta charset="utf-8"><meta http-equiv="{equiv}" '
            f'content="{attribute(content.format(url=f"{FOLDER}{year}/list.shtml"))}"><title>{year}年</title></head>'
            "<body></body></html>")


def build_refreshquote(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refreshquote"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/8.5")

    def doc_id(art: Article) -> int:
        return stable_int("rq-art", county.pinyin, art.key, digits=7)

    items, urls = kit.report_column_pages(
        b, www, county, family, arts, noise, nav=nav, column=LABEL, serial=doc_id,
        path=lambda art: kit.trs_path(f"{FOLDER}{kit.entry_year(art)}/", art.day, doc_id(art), ".shtml"))
    years: dict[int, list[Article]] = {}
    for art in items:
        years.setdefault(kit.entry_year(art), []).append(art)
    links = []
    for index, year in enumerate(sorted(years, reverse=True)):
        b.html_page(www, f"{FOLDER}{year}/index.shtml", stub_html(year, index), SITE_DATE, "section")
        kit.report_list_page(b, www, county, family, f"{FOLDER}{year}/list.shtml", f"{year}年{LABEL}",
                             kit.link_list(years[year]), years[year], nav=nav)
        links.append(f'<li><a href="{FOLDER}{year}/index.shtml">{year}年</a></li>')
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, f'<ul class="years">{"".join(links)}</ul>', items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="rq-news")
    return urls
