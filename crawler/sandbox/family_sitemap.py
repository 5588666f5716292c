"""A TRS county portal whose 年报 column shows only its newest entries (its 更多 leads to the robots-disallowed site
search), so that the only full list of the reports is the site map for search engines: `robots.txt` names
`/sitemap.xml`, a sitemap index of per-column `<urlset>` files (held out of tuning, sixth round).

The URL layout is modelled on http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (晋安区:
a TRS site under /xjwz/, its 2016 report in the 政府信息公开年报 column, `<yyyymm>/t<yyyymmdd>_<id>.htm`, the text
saying the report's electronic copy is offered on the portal); the XML site map (sitemaps.org 0.9, announced by a
`Sitemap:` line in robots.txt) is what sites submit to search engines, not seen on that page itself. Unlike every
other family, no HTML page lists the older reports at all: neither a pager, a script, a form nor a JSON answer.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政府信息公开 (/xjwz/zwgk/zfxxgk/index.htm)
  → 政府信息公开年报 (/xjwz/zwgk/zfxxgk/zfxxgknb/index.htm: the 6 newest entries, reports of every unit, and
  更多 → /search/index.html?searchword=年报, which robots.txt disallows).
- /robots.txt: `Sitemap: http://www.X.gov.cn/sitemap.xml`; /sitemap.xml: `<sitemapindex>` of
  /sitemap/zfxxgk.xml (every report from 2008 on, 解读, look-alikes, the guide) and /sitemap/xwzx.xml (news), each a
  `<urlset>` with `<loc>` and `<lastmod>`.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import relative, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN_SHOWS = 6
GK = "/xjwz/zwgk/zfxxgk/"
NB = GK + "zfxxgknb/"
XML = "application/xml; charset=utf-8"


def urlset(items: list[Article]) -> bytes:
    rows = "".join(f"<url><loc>{esc(a.url)}</loc><lastmod>{a.date_text}</lastmod><changefreq>never</changefreq></url>"
                   for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{rows}</urlset>").encode()


def trs_path(county: County, folder: str, art: Article) -> str:
    return kit.trs_path(folder, art.day, stable_int("sm-art", county.pinyin, art.key, digits=7), ".htm")


def build_sitemap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sitemap"
    robots = (f"User-agent: *\nDisallow: /search/\nDisallow: /private/\n\n"
              f"Sitemap: http://{county.host}/sitemap.xml\n")
    nav = [("首页", "/"), ("政府信息公开", GK + "index.htm"), ("新闻中心", "/xjwz/xwzx/index.htm")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM", robots_txt=robots)
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    newest = kit.newest_gov_report(items)
    kit.column_pages(b, www, county, family, items, urls, nav=nav, path=lambda art: trs_path(county, NB, art))
    shown = items[:COLUMN_SHOWS]
    more = '<div class="more"><a href="/search/index.html?searchword=%E5%B9%B4%E6%8A%A5">更多&gt;&gt;</a></div>'
    b.html_page(www, NB + "index.htm", page(county, family, "政府信息公开年报", trs_list_html(shown, NB) + more,
                                            column="政府信息公开年报", nav=nav, host=www.host), b.list_date(shown), "list")
    guide = noise["guide"]
    for art in guide:
        kit.article_page(b, www, county, family, art, trs_path(county, GK + "zfxxgkzn/", art), nav=nav,
                         column="政府信息公开指南", index_no=art.key)
    b.html_page(www, GK + "index.htm", page(county, family, "政府信息公开", f'<ul><li><a href="{relative(guide[0].url, GK)}">'
                                            '政府信息公开指南</a></li><li><a href="./zfxxgknb/index.htm">政府信息公开年报</a>'
                                            '</li></ul>', column="政府信息公开", nav=nav, host=www.host), SITE_DATE,
                "section")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心",
                           list_path="/xjwz/xwzx/index.htm",
                           article_path=lambda art: trs_path(county, "/xjwz/xwzx/", art),
                           list_html=lambda arts: trs_list_html(arts, "/xjwz/xwzx/"))
    maps = {"/sitemap/zfxxgk.xml": urlset(items + guide), "/sitemap/xwzx.xml": urlset(news)}
    for path, data in maps.items():
        b.add(www, path, Page(data, SITE_DATE, XML), "sitemap")
    index = "".join(f"<sitemap><loc>http://{www.host}{path}</loc><lastmod>{SITE_DATE:%Y-%m-%d}</lastmod></sitemap>"
                    for path in maps)
    b.add(www, "/sitemap.xml", Page(('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps'
                                     f'.org/schemas/sitemap/0.9">{index}</sitemapindex>').encode(), SITE_DATE, XML),
          "sitemap")
    home = f'{kit.focus_box(news)}{kit.report_box([newest])}'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.htm")
    return urls
