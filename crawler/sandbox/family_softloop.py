"""A county portal whose CMS answers every address it does not hold with its own "page not found" page and `200 OK`
(a soft 404: the JSP front controller renders 页面不存在或已删除 itself and never sets the status), and whose error
template writes its links relative to the site's root without the leading slash (`href="xwzx/index.html"`,
`href="zwgk/index.html"`, …), as it was written for a page at the root. The old 专题专栏 section (/ztzl/index.html),
gone since a redesign, is still in every page's navigation: its address answers that page, whose relative links
resolve under /ztzl/ to more addresses the site does not hold, each answered the same way with links one folder
deeper — `/ztzl/xwzx/index.html`, `/ztzl/xwzx/xwzx/index.html`, … — an endless trap of 200 pages none of which names
a report. The 年报 are three plain columns (县政府, 部门, 乡镇) that 政务公开 links (held out of tuning, sixty-second
round).

Modelled on http://www.linyixian.gov.cn/n54935142/n54940779/n63292444/n63292502/c68566562/content.html (临猗县:
宿安乡's 2018 report, a township's report of the years before 2019 on a county portal whose CMS addresses columns
`/n<id>/` and articles `/n<id>/c<id>/content.html`, the shape of this family's addresses; the portal's layout, not
its province) and on the trap as crawler makers describe it,
http://www.microsystools.com/products/website-search-engine/help/website-search-engine-crawl-error-pages/ ("http://
www.example.com/directory/ links to directory/something … into http://www.example.com/directory/directory/something
… Classic spider trap where the website crawl will continue forever"; soft 404s, "not found" pages answered 200) and
https://www.searchenginejournal.com/crawler-traps-causes-solutions-prevention/305781/ (traps "eat up the crawl
budget"). That this portal's error page is a soft 404 with root-relative-without-slash links, and that a dead section
sits in its navigation, is this family's choice (the cited pages are text). Unlike moved (a 404 page that names the
new platform), errstatus (real pages under error statuses) or caltrap (a calendar's query addresses), the trap's
addresses are paths that grow a folder a step, and they answer 200.

- www.X.gov.cn: home (news; the government's newest report), 专题专栏 in every page's navigation (/ztzl/index.html:
  not held, answered by the soft 404), 政务公开 (/zwgk/index.html: the guide and the three columns), columns
  /n<col>/index.html, articles /n<col>/c<id>/content.html; any other address: the soft 404, 200.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇信息公开年报"}
DEAD_SECTION = "/ztzl/index.html"
NOT_FOUND = "页面不存在或已删除"
# the error template's links, written for a page at the root: relative, no leading slash
TEMPLATE_LINKS = (("返回首页", "index.html"), ("新闻中心", "xwzx/index.html"), ("政务公开", "zwgk/index.html"),
                  ("专题专栏", "ztzl/index.html"))


def column_numbers(county: County) -> dict[str, int]:
    base = stable_int("sl-col", county.pinyin, digits=8)
    return {key: base + 17 * n for n, key in enumerate(COLUMNS)}


def column_path(county: County, key: str) -> str:
    return f"/n{column_numbers(county)[key]}/index.html"


def soft_not_found(county: County, family: str, host: str):
    """The CMS's answer to any address it does not hold: its error page, status 200, links relative to the folder."""
    links = " ".join(f'<a href="{href}">{esc(label)}</a>' for label, href in TEMPLATE_LINKS)
    main = f'<div class="error"><h2>{NOT_FOUND}</h2><p>您访问的页面不存在或已删除，请返回首页。</p><p>{links}</p></div>'
    body = page(county, family, NOT_FOUND, main, nav=[], host=host).encode()

    def handler(method, query, headers, data):
        return Page(body, SITE_DATE, HTML_UTF8, role="notfound")
    return handler


def build_softloop(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "softloop"
    nav = [("首页", "/"), ("专题专栏", DEAD_SECTION), *kit.zwgk_news_nav()[1:]]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    numbers = column_numbers(county)

    def doc_id(key: str, art) -> int:
        return stable_int("sl-art", county.pinyin, key, art.key, digits=8)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
                                           path=lambda key, art: f"/n{numbers[key]}/c{doc_id(key, art)}/content.html")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(county, key), label,
                             kit.link_list(columns[key]), columns[key], nav=nav)
    www.fallback = soft_not_found(county, family, www.host)
    more = tuple((column_path(county, key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav,
                            reports_href=column_path(county, "xzf"), news_salt="sl-news", more=more)
    return urls
