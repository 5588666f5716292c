"""A county portal whose 政府信息公开年报 column is a hand-kept static page (a Dreamweaver/FrontPage-era site,
edited on Windows) that writes its links with backslashes: `<a href="2022\\czj_123456.htm">`. A browser resolves
them as the URL standard says for http(s) URLs (a backslash is a path separator, `/xxgk/nb/2022/czj_123456.htm`);
a resolver that keeps the backslash asks for `/xxgk/nb/2022%5Cczj_123456.htm`, a 404 (held out of tuning,
fifteenth round).

Modelled on http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: one 政府信息公开年报 column of
every unit and year) and https://ahhyzk.com/html/zwgkgfybz....info101523195.html (伊宁县's 2014 report, a county whose
reports of the time were kept on plain static pages). Windows path separators in hand-written links are this
family's choice (the WHATWG URL standard's "special scheme" rule makes browsers accept them). Unlike every other
family, the links are `<a href>`s on an ordinary page; only how they are resolved decides whether they lead
anywhere.

- www.X.gov.cn: home (news; the government's newest report, linked with slashes), 政务公开 (/zwgk/index.html: the
  guide, the 年报 column), /xxgk/nb/index.htm (every unit's reports of every year from 2008, look-alikes, by year,
  each `<YYYY>\\<unit abbr>_<id>.htm`), articles /xxgk/nb/<YYYY>/<unit abbr>_<id>.htm.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/"


def file_name(county: County, art: Article) -> str:
    abbr = art.report.unit.slug if art.report else "xw"
    return f"{abbr}_{doc_id(county, art)}.htm"


def doc_id(county: County, art: Article) -> int:
    return stable_int("bs-art", county.pinyin, art.key, digits=6)


def build_backslash(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "backslash"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav,
                                            serial=lambda art: doc_id(county, art),
                                            path=lambda art: f"{COLUMN}{art.day.year}/{file_name(county, art)}")
    years: dict[int, list[Article]] = {}
    for art in entries:
        years.setdefault(art.day.year, []).append(art)
    blocks = []
    for year in sorted(years, reverse=True):
        rows = "".join(f'<tr><td><a href="{year}\\{esc(a.url.rsplit("/", 1)[1])}" target="_blank">{esc(a.title)}</a>'
                       f"</td><td>{a.date_text}</td></tr>" for a in years[year])
        blocks.append(f'<h3>{year}年</h3><table class="list" border="0" width="100%">{rows}</table>')
    kit.report_list_page(b, www, county, family, COLUMN + "index.htm", "政府信息公开年报", "".join(blocks), entries,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=COLUMN + "index.htm", news_salt="bs-news")
    return urls
