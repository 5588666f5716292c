"""A county portal whose 政府信息公开年报 column is a `.shtml` page assembled by server-side includes that the server
no longer expands: after a move to a server with SSI off, the page is sent as written, a heading per year followed
by `<!--#include virtual="/ndbg/inc/list_<YYYY>.html" -->`, an HTML comment to every client. The included files
still exist at those paths (fragments of `<li>` links, one per year); nothing links them, and the column page itself
shows only its headings (held out of tuning, thirty-ninth round).

Modelled on https://wwj.sc.gov.cn/scwwj/ndbg/2026/1/29/c71dc662da7f466c99c985cbaaed8912.shtml (四川省文物局's 2025
report: `首页 / 政府信息公开 / 政府信息公开年报`, a `ndbg` column of `.shtml` articles at `/<Y>/<M>/<D>/<32 hex>.shtml`,
the layout this family takes) and http://www.sc.gov.cn/10954/11064/2015/8/17/10348850.shtml (四川省's 2014 report
on the same kind of `.shtml` site: reports from before 2019 kept). The unexpanded include directives are this
family's choice (the cited pages are text). Unlike docwrite (a script writing the list), frameset/refframe (frames
loading another address) or datanext (an address in a button's data), the addresses are in comments, the form of
Apache's and nginx's SSI.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /ndbg/index.shtml (a heading and an include per year), /ndbg/inc/list_<YYYY>.html (that year's entries: every
  unit's reports of the year, 解读 and look-alikes), articles /ndbg/<Y>/<M>/<D>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/ndbg/index.shtml"
LABEL = "政府信息公开年报"


def include_path(year: int) -> str:
    return f"/ndbg/inc/list_{year}.html"


def build_ssiraw(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ssiraw"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")

    def path(art: Article) -> str:
        return f"/ndbg/{art.day.year}/{art.day.month}/{art.day.day}/{stable_hex('ss-art', county.pinyin, art.key)}.shtml"

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, path=path, column=LABEL,
                                          serial=lambda art: stable_int("ss-art", county.pinyin, art.key, digits=5))
    years: dict[int, list[Article]] = {}
    for art in items:
        years.setdefault(kit.entry_year(art), []).append(art)
    sections = []
    for year in sorted(years, reverse=True):
        b.html_page(www, include_path(year), kit.link_list(years[year]), b.list_date(years[year]), "list")
        sections.append(f'<h3>{year}年</h3>\n<!--#include virtual="{include_path(year)}" -->')
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, "\n".join(sections), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="ss-news")
    return urls
