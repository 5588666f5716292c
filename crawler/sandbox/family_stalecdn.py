"""A county portal behind a CDN that caches its 政府信息公开年报 column pages by full URL for a year (the origin sends
`Cache-Control: max-age=31536000` on .html): the plain column address `/col/<key>/index.html` answers the CDN's copy
from before the portal's move to a new CMS — the reports up to the year before last, linked at the old CMS's
addresses, which answer 404 now (`X-Cache: HIT`, an `Age` of months). Any query string misses the cache and reaches
the origin, and so does a request with `Cache-Control: no-cache` or `Pragma: no-cache` (what a browser's reload
sends): the current list, every unit's reports of every year at their current addresses. The portal's editors did
not purge the CDN; the CMS writes the home page's 年报 box links to the columns with a cache-busting
`?t=<publish time>`, while the 政务公开 page's template links the plain address (held out of tuning, thirty-eighth
round).

Modelled on https://www.xiaoshan.gov.cn/art/2025/1/15/art_1229849805_97290.html (杭州市萧山区瓜沥镇人民政府2024年政府
信息公开工作年度报告, a township's report in a Zhejiang district's 集约化 column, `art/<Y>/<M>/<D>/art_<col>_<id>.html`)
and http://www.shangyu.gov.cn/art/2025/1/22/art_1229351148_4209864.html (绍兴市上虞区经济和信息化局's 2024 report under
经济和信息化局 >> 信息公开年报, a department's). The CDN, its stale copy, the old addresses and the `?t=` links are
this family's choice (the cited pages are text and show no caching); CDNs that key their cache on the whole URL and
honour a client's no-cache are common configurations. Unlike moved/oldsite (an old address that is gone or an old
site beside the new) or the families of conditional GET, the same address answers two lists, and which one a client
gets depends on whether it keeps the query the page wrote or asks the cache to revalidate.

- www.X.gov.cn (Tengine, behind the CDN): home (news; the government's newest report; a 年报 box linking the three
  columns with `?t=`), 政务公开 (/zwgk/index.html: the guide and the columns' plain addresses), 新闻中心 (/xwzx/), the
  columns /col/<bj|bm|xz>/index.html (stale without a query or no-cache), articles /art/<Y>/<M>/<D>/art_<col>_<id>.html.
"""

from __future__ import annotations

from datetime import date

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
COLUMN_IDS = {"bj": 1229849801, "bm": 1229849805, "xz": 1229849807}
SERVER = "Tengine"
MISS = (("Cache-Control", "max-age=31536000"), ("X-Cache", "MISS TCP_MISS dirn:-2:-2"))
HIT = (("Cache-Control", "max-age=31536000"), ("Age", "21772800"), ("X-Cache", "HIT TCP_MEM_HIT dirn:12:380143"))


def column_path(key: str) -> str:
    return f"/col/{key}/index.html"


def busted(key: str, items: list) -> str:
    """The column's address as the CMS writes it: `?t=` the time of its newest entry (seconds since 1970)."""
    newest = max(a.day for a in items)
    return f"{column_path(key)}?t={int((newest - date(1970, 1, 1)).total_seconds()) + 8 * 3600}"


def revalidates(query: dict, headers: dict[str, str]) -> bool:
    """Whether the CDN passes the request to the origin: any query (the cache key differs) or a client no-cache."""
    return bool(query) or "no-cache" in headers.get("cache-control", "").lower() or \
        "no-cache" in headers.get("pragma", "").lower()


def cached(site: Site, path: str, stale: Page, fresh: Page) -> None:
    """Serve `path` as the CDN does: the `stale` copy unless the request revalidates()."""
    site.pages[path] = stale
    site.dynamic[path] = lambda method, query, headers, body: fresh if revalidates(query, headers) else stale


def stale_list(b: Build, county: County, key: str, items: list, newest_year: int) -> str:
    """The CDN's copy's list: the entries published before the newest year's, at the old CMS's addresses (gone)."""
    old = [a for a in items if a.day.year < newest_year]
    rows = []
    for a in old:
        url = b.broken(f"http://{county.host}/zwgk/{key}nb/{a.day:%Y%m}/t{a.day:%Y%m%d}_"
                       f"{stable_int('sc-old', county.pinyin, a.key, digits=6)}.html")
        rows.append(f'<li><a href="{esc(url)}" target="_blank">{esc(a.title)}</a><span class="date">{a.date_text}'
                    "</span></li>")
    return '<ul class="list">' + "".join(rows) + "</ul>"


def build_stalecdn(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "stalecdn"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
        serial=lambda key, art: stable_int("sc-art", county.pinyin, key, art.key, digits=5),
        path=lambda key, art: f"/art/{art.day.year}/{art.day.month}/{art.day.day}/art_{COLUMN_IDS[key]}_"
                              f"{stable_int('sc-art', county.pinyin, key, art.key, digits=5)}.html")
    newest_year = max(a.day.year for a in arts)
    hrefs = []
    for key, label in COLUMNS.items():
        address = busted(key, columns[key])
        fresh = kit.report_list_page(b, www, county, family, address, label, kit.link_list(columns[key]),
                                     columns[key], nav=nav)
        fresh.extra_headers = MISS
        stale = Page(page(county, family, label, f"<h2>{label}</h2>" + stale_list(
            b, county, key, columns[key], newest_year), column=label, nav=nav, host=www.host).encode(),
            b.list_date([a for a in columns[key] if a.day.year < newest_year]), role="list", extra_headers=HIT)
        cached(www, column_path(key), stale, fresh)
        b.pages[f"http://{www.host}{column_path(key)}"] = "list"
        hrefs.append((address, label))
    plain = tuple((column_path(key), label) for key, label in COLUMNS.items())   # the 政务公开 template's links
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=plain[0][0],
                                  news_salt="sc-news", more=plain[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{esc(href)}">{label}</a></li>' for href, label in hrefs) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
