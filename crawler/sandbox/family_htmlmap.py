"""A county portal whose 政府信息公开年报 column shows only its newest entries (its 更多 leads to the robots-disallowed
site search) and whose robots.txt names, as its only `Sitemap:`, an HTML page: `Sitemap:
http://www.X.gov.cn/sitemap.html`, the 网站地图 for search engines its CMS generates ("生成站点地图": every column and
every article as a plain `<a href>`, served `text/html`), not the sitemaps.org XML, text or RSS forms the protocol
allows. No page links /sitemap.html (the footer's 网站地图, /wzdt/index.html, lists the navigation only), and the
portal has no /sitemap.xml (404). A reader of site maps that parses only the protocol's forms finds no URL in it; a
crawler that reads robots.txt and treats the named file as the page it is follows its links. Every department's and
township's report, and every report before the column's newest few, the years before 2019 included, is linked only
by that page (held out of tuning, seventy-eighth round).

Modelled on https://www.rudong.gov.cn/wxxnyzhkfq/xxgknb/content/ef07a5f9-4491-49ed-b866-3ab16a274ec9.html (如东县:
南通外向型农业综合开发区(苴镇街道)'s 2025 report in its own 信息公开年报 column, `/<unit>/xxgknb/content/<uuid>.html`,
the shape of this family's addresses) and https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (a copy of 泰州市's
2017 report, 分类 政府信息公开年报: a Jiangsu report of the years before 2019). The HTML site map named in robots.txt
is this family's choice (the cited pages do not show their robots.txt); sitemaps.org's protocol
(https://www.sitemaps.org/protocol.html, "Other sitemap formats": XML, RSS/Atom, text) lists no HTML form, while
Chinese CMSs' 网站地图 generators write one. Unlike sitemap (an XML index), sitemaptxt (the text form), sitemapgz
and robotsmirror (gzipped XML) or sitemaphost (XML on another host), the file robots.txt names is a web page.

- www.X.gov.cn (nginx): robots.txt (`Sitemap: http://www.X.gov.cn/sitemap.html`), home (news; the government's
  newest report), 政务公开 (/zwgk/index.html: the guide and the column), the column /xxgk/xxgknb/index.html (the
  newest COLUMN_SHOWS; 更多 → /search/), /sitemap.html (every column and article), articles
  /<unit slug>/xxgknb/content/<uuid>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/xxgknb/index.html"
LABEL = "政府信息公开年报"
COLUMN_SHOWS = 6
SEARCH = "/search/"
SITEMAP = "/sitemap.html"


def article_path(county: County, art: Article) -> str:
    unit = art.report.unit if art.report else None
    owner = "xzf" if unit is None or unit.kind in ("gov", "office") else unit.slug
    h = stable_hex("hm-art", county.pinyin, art.key, length=32)
    return f"/{owner}/xxgknb/content/{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}.html"


def sitemap_html(county: County, family: str, host: str, columns: list[tuple[str, str]], items: list[Article]) -> str:
    """The generated 网站地图: the columns, then every article, each a plain link."""
    heads = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in columns)
    rows = "".join(f'<li><a href="{esc(a.url)}">{esc(a.title)}</a> {a.date_text}</li>' for a in items)
    main = f'<h2>站点地图</h2><ul class="columns">{heads}</ul><ul class="articles">{rows}</ul>'
    return page(county, family, "站点地图", main, host=host)


def build_htmlmap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "htmlmap"
    robots = f"User-agent: *\nDisallow: {SEARCH}\nDisallow: /private/\n\nSitemap: http://{county.host}{SITEMAP}\n"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx", robots_txt=robots)
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    for art in items:
        serial = stable_int("hm-serial", county.pinyin, art.key, digits=6)
        kit.article_page(b, www, county, family, art, article_path(county, art), nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, serial), report_urls=urls)
    shown = items[:COLUMN_SHOWS]
    more = f'<div class="more"><a href="{SEARCH}?q=%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A">更多&gt;&gt;</a></div>'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(shown) + more, shown, nav=nav)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="hm-news")
    columns = [(t, h) for t, h in nav] + [(LABEL, COLUMN)]
    b.html_page(www, SITEMAP, sitemap_html(county, family, www.host, columns, kit.newest_first(items + news)),
                SITE_DATE, "sitemap")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
