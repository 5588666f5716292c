"""A city-district portal whose 政府信息公开年报 column shows only its newest entries (its 更多 leads to the
robots-disallowed site search) and whose site map for search engines lives on another host: the portal's
robots.txt names, as its only `Sitemap:`, `http://static.X.gov.cn/sitemap/www.xml` — the static-file host its
publishing system writes generated files to — a sitemaps.org `<urlset>` whose every `<loc>` is an address on
www.X.gov.cn. The sitemaps protocol allows that ("cross submits": a sitemap on another host is valid for the
host whose robots.txt names it); www.X.gov.cn has no /sitemap.xml of its own (404). Every unit's report, and every
report before the column's newest few, the years before 2019 included, is named only in that file (held out of
tuning, sixty-sixth round).

Modelled on http://www.wuhu.gov.cn/openness/public/6596211/15194811.html (芜湖市's 2017 report, 安徽, in its
信息公开 system: `/openness/public/<column>/<id>.html`, a column per unit, the layout this family takes) and
http://xxgk.ah.gov.cn/UserData/DocHtml/731/2018/3/26/3618558579887.html (安徽省's 2017 report, a report of the years
before 2019), and on the sitemaps protocol's file location rules: https://sitemaps.org/zh_HK/protocol.html
(Sitemap 檔案位置, cross-submission through robots.txt) and
https://developers.google.com/search/docs/advanced/sitemaps/large-sitemaps ("hosted on the same site … This
requirement is waived if you set up cross-site submission"). The static host, the robots.txt and the short column
are this family's choice (the cited pages are text). Unlike sitemap, sitemapgz, sitemaptxt and robotsmirror (a site
map on the portal's own host), the one file that names the reports is on a host no page links and the registry does
not declare: only the portal's robots.txt names it.

- www.X.gov.cn (nginx): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the
  column), /openness/public/<column>/index.html (the newest COLUMN_SHOWS entries, 更多 → /search/), articles
  /openness/public/<unit's column>/<id>.html; /robots.txt (`Sitemap: http://static.X.gov.cn/sitemap/www.xml`).
- static.X.gov.cn: /sitemap/www.xml (every report, 解读, look-alike and news item of www).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.family_sitemap import XML, urlset
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LABEL = "政府信息公开年报"
COLUMN_SHOWS = 5
SEARCH = "/search/"
SITEMAP = "/sitemap/www.xml"


def column_id(county: County, art: Article) -> int:
    """The 信息公开 column of the article's unit (the government's for non-reports), as 芜湖's `/public/<id>/`."""
    unit = art.report.unit.key if art.report else "gov"
    return stable_int("sh-col", county.pinyin, unit, digits=7)


def build_sitemaphost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sitemaphost"
    static_host = f"static.{county.host.removeprefix('www.')}"
    robots = f"User-agent: *\nDisallow: {SEARCH}\nDisallow: /private/\n\nSitemap: http://{static_host}{SITEMAP}\n"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx", robots_txt=robots)
    static = kit.sub_host(b, county, "static", server="nginx")
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    for art in items:
        doc_id = stable_int("sh-art", county.pinyin, art.key, digits=8)
        kit.article_page(b, www, county, family, art, f"/openness/public/{column_id(county, art)}/{doc_id}.html",
                         nav=nav, column=LABEL, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    shown = [a for a in items if not a.report or a.report.unit.kind in ("gov", "office")][:COLUMN_SHOWS]
    column = f"/openness/public/{stable_int('sh-col', county.pinyin, 'gov', digits=7)}/index.html"
    more = f'<div class="more"><a href="{SEARCH}?q=%E5%B9%B4%E6%8A%A5">更多&gt;&gt;</a></div>'
    kit.report_list_page(b, www, county, family, column, LABEL, kit.link_list(shown) + more, shown, nav=nav)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=column, news_salt="sh-news")
    b.add(static, SITEMAP, Page(urlset(items + news), SITE_DATE, XML), "sitemap")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
