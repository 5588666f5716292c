"""A county portal whose 政府信息公开年度报告 column page shows only the years since the 2019 revision of the
regulation, one section a year, with a year bar of fragment links to its own sections (`index.html#nb2025`,
`#nb2024`, …: the same document, one anchor a year), while its head names the column's "view all" page as the
canonical one: `<link rel="canonical" href="http://www.X.gov.cn/xxgk/ndbg/index_all.html">`, the form search engines
asked of paginated or partial lists. No `<a>` names that page; it lists every year, and the reports before 2019 are
listed only there (held out of tuning, forty-fourth round).

Modelled on https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (贵州省2018年 report,
a 政府信息公开年报 column with a folder per year) and http://www.gov.cn/xinwen/2017-03/28/content_5181403.htm (贵州's
portal opened a "2016年贵州省政府信息公开工作年度报告汇总" column gathering the reports of every unit). The year
anchors and the canonical "view all" page are this family's choice (the cited pages are text; Google's guidance on
paginated content asked for `rel="canonical"` to a view-all page). Unlike prefetchyear (`<link rel="prefetch">`
hints for the year pages), linkheader (an HTTP `Link` header) or relnext (`rel="next"` pagers), the one pointer to
the full list is the page's canonical address, and every in-page year link is a fragment of the page itself.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column by its
  newest year's anchor), /xxgk/ndbg/index.html (the year bar, the sections 2019 on; the canonical link),
  /xxgk/ndbg/index_all.html (every year's section), articles /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/ndbg/"
COLUMN = FOLDER + "index.html"
VIEW_ALL = FOLDER + "index_all.html"
LABEL = "政府信息公开工作年度报告"
FIRST_SHOWN = 2019   # the column page shows the years from the revised regulation on


def year_sections(items: list[Article]) -> tuple[list[int], str]:
    """The years of `items`, newest first, and their sections, each headed by its anchor `nb<YYYY>`."""
    years: dict[int, list[Article]] = {}
    for art in items:
        years.setdefault(kit.entry_year(art), []).append(art)
    order = sorted(years, reverse=True)
    return order, "".join(f'<h3 id="nb{y}">{y}年度</h3>{kit.link_list(years[y])}' for y in order)


def build_canonall(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "canonall"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")

    def doc_id(art: Article) -> int:
        return stable_int("ca-art", county.pinyin, art.key, digits=7)

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, column=LABEL, serial=doc_id,
                                          path=lambda art: kit.trs_path(FOLDER, art.day, doc_id(art)))
    shown = [a for a in items if kit.entry_year(a) >= FIRST_SHOWN]
    years, sections = year_sections(shown)
    bar = '<div class="yearbar">' + "".join(f'<a href="{COLUMN}#nb{y}">{y}</a>' for y in years) + "</div>"
    canonical = f'<link rel="canonical" href="http://{www.host}{VIEW_ALL}">'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, bar + sections, shown, nav=nav, scripts=canonical)
    kit.report_list_page(b, www, county, family, VIEW_ALL, LABEL, year_sections(items)[1], items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=f"{COLUMN}#nb{years[0]}", news_salt="ca-news")
    return urls
