"""A TRS county portal whose 政府信息公开 年度报告 column shows only its newest entries (its 更多 leads to the
robots-disallowed site search), so that the only full list of the reports is the plain-text site map for search
engines: `robots.txt` names `http://www.X.gov.cn/sitemap.txt`, a UTF-8 text file of one absolute URL per line, the
text form the sitemaps.org protocol allows beside XML (served as `text/plain`). Every department's and township's
report, and every report before the column's newest few, is named only by a line of that file (held out of tuning,
fifty-fifth round).

Modelled on http://xxgk.jlcity.gov.cn/szf/ndbg/201706/t20170610_55944.html (吉林市人民政府's 2016 report in its
信息公开年度报告 column, TRS articles `/<unit>/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family takes),
http://122.137.242.24:8080/pub/ltqxxgkw/cyqzf/ndbg/201803/t20180314_407316.html (龙潭区人民政府's 2017 report, a
pre-2019 report in a district's own 年度报告 column) and
http://xxgk.tonghuaxian.gov.cn/zfgz6/zfbgs/ndbg/202602/t20260225_766430.html (通化县's 2025 report, 政府信息公开专栏).
The text site map and the short column are this family's choice (the cited pages are report text, not their site's
robots.txt). Unlike sitemap (an XML `<sitemapindex>` of `<urlset>` files), sitemapgz (gzipped XML site maps) or
robotsmirror (a robots-closed directory), the file is no markup at all: its addresses are bare lines of text.

- www.X.gov.cn: home (news; the government's newest report), /zwgk/index.html (the guide and the column),
  /xxgk/ndbg/index.html (the six newest entries; 更多 → /search/?q=年度报告, disallowed), reports
  /xxgk/<unit slug>/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html (the government's and its office's under /xxgk/szf/),
  /robots.txt (`Sitemap: http://www.X.gov.cn/sitemap.txt`), /sitemap.txt.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/ndbg/index.html"
LABEL = "信息公开年度报告"
COLUMN_SHOWS = 6
SEARCH = "/search/"
SITEMAP = "/sitemap.txt"
TEXT = "text/plain; charset=utf-8"


def folder(art: Article) -> str:
    unit = art.report.unit if art.report else None
    if unit is None or unit.kind in ("gov", "office"):
        return "/xxgk/szf/ndbg/"
    return f"/xxgk/{unit.slug}/ndbg/"


def sitemap_text(items: list[Article]) -> bytes:
    """One absolute URL per line, UTF-8, no markup (sitemaps.org: "Text file")."""
    return "".join(f"{a.url}\n" for a in items).encode()


def build_sitemaptxt(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sitemaptxt"
    robots = f"User-agent: *\nDisallow: {SEARCH}\n\nSitemap: http://{county.host}{SITEMAP}\n"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM", robots_txt=robots)
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    newest = kit.newest_gov_report(arts)
    shown = items[:COLUMN_SHOWS]
    for art in items:
        doc_id = stable_int("st-art", county.pinyin, art.key, digits=6)
        kit.article_page(b, www, county, family, art, kit.trs_path(folder(art), art.day, doc_id), nav=nav,
                         column=LABEL, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    more = f'<div class="more"><a href="{SEARCH}?q=%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A">更多&gt;&gt;</a></div>'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(shown) + more, shown, nav=nav)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="st-news")
    b.add(www, SITEMAP, Page(sitemap_text(items + news), SITE_DATE, TEXT), "sitemap")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
