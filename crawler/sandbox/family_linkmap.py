"""A county portal whose 政府信息公开年报 column shows only its newest entries (its 更多 leads to the robots-disallowed
site search) and whose site map for search engines is announced only in the pages' heads: the home page and the
column carry `<link rel="sitemap" type="application/xml" title="站点地图" href="/gongkai/sitemap_gk.xml">`, a
sitemaps.org `<urlset>` of every article of the 政府信息公开 platform. robots.txt has no `Sitemap:` line, the portal has
no /sitemap.xml (404), and no `<a>` links the file: a crawler that looks for site maps only where the protocol puts
them (robots.txt, the root) finds none, and a link follower never opens a `<link>`. Every department's and
township's report, and every report before the column's newest few, the years before 2019 included, is named only
by a `<loc>` of that file (held out of tuning, seventy-eighth round).

Modelled on http://www.gaoqing.gov.cn/gongkai/site_gqxcjzrmzf/channel_c_5f9f6c84b9dfe9bfb0a8c881_n_1605684550.5624/doc_697b19509d1028953ce048b4.html
(高青县常家镇's 2025 report on the county's 政府信息公开 platform, `/gongkai/site_<unit>/channel_<id>/doc_<24 hex>.html`,
the shape of this family's addresses) and http://www.linyixian.gov.cn/n54935142/n54940779/n63292358/n63292416/c68566367/content.html
(临邑县理合务镇's 2017 report: a Shandong township's report of the years before 2019). The `<link rel="sitemap">` is
this family's choice (the cited pages are text): a relation the microformats wiki lists among proposed `rel` values
(https://microformats.org/wiki/existing-rel-values, "sitemap") and some site builders write into every page's head,
not a place the sitemaps.org protocol names. Unlike sitemap, sitemapgz and sitemaptxt (named in robots.txt),
sitemaphost (robots.txt naming another host's file) or htmlmap (robots.txt naming an HTML page), robots.txt names
nothing: only the markup's head does, in an element a link follower does not follow.

- www.X.gov.cn (nginx): home (news; the government's newest report; the `<link rel="sitemap">`), 政务公开
  (/zwgk/index.html: the guide and the column), the column /gongkai/nb/index.html (the newest COLUMN_SHOWS, the
  `<link rel="sitemap">`; 更多 → /search/), /gongkai/sitemap_gk.xml (every article of the platform), articles
  /gongkai/site_<unit site>/channel_<24 hex>/doc_<24 hex>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/gongkai/nb/index.html"
LABEL = "政府信息公开年度报告"
COLUMN_SHOWS = 6
SEARCH = "/search/"
SITEMAP = "/gongkai/sitemap_gk.xml"
XML = "application/xml; charset=utf-8"
HEAD_LINK = f'<link rel="sitemap" type="application/xml" title="站点地图" href="{SITEMAP}">'


def article_path(county: County, art: Article) -> str:
    unit = art.report.unit if art.report else None
    site = "xzf" if unit is None or unit.kind in ("gov", "office") else unit.slug
    chan = stable_hex("lm-chan", county.pinyin, site, length=24)
    return f"/gongkai/site_{site}/channel_{chan}/doc_{stable_hex('lm-art', county.pinyin, art.key, length=24)}.html"


def urlset(items: list[Article]) -> bytes:
    rows = "".join(f"<url><loc>{esc(a.url)}</loc><lastmod>{a.date_text}</lastmod></url>" for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{rows}</urlset>").encode()


def build_linkmap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "linkmap"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    for art in items:
        serial = stable_int("lm-serial", county.pinyin, art.key, digits=6)
        kit.article_page(b, www, county, family, art, article_path(county, art), nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, serial), report_urls=urls)
    shown = items[:COLUMN_SHOWS]
    more = f'<div class="more"><a href="{SEARCH}?q=%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A">更多&gt;&gt;</a></div>'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(shown) + more, shown, nav=nav,
                         scripts=HEAD_LINK)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="lm-news")
    b.add(www, SITEMAP, Page(urlset(kit.newest_first(items + news)), SITE_DATE, XML), "sitemap")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav, scripts=HEAD_LINK)
    return urls
