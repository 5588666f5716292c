"""A county-level city's portal behind a CDN edge that caches its 政府信息公开年报 column pages brotli-compressed and
serves that copy to every client: the origin compresses with ngx_brotli (`brotli on;`) but sends no
`Vary: Accept-Encoding`, so the edge keeps one copy per address, the first one a browser asked for (`Accept-Encoding:
gzip, deflate, br`), and answers it to every later request whatever its `Accept-Encoding` says — `Content-Encoding:
br`, no `Vary`, to a client that asked for gzip only, or for nothing (`X-Cache: HIT`). Browsers decode brotli and show
the columns; a client that decodes only the codings it offered, or knows gzip and deflate only, sees binary and no
link. The columns (市政府, 部门, 乡镇（街道）) list every unit's reports of every year, the years before 2019 included;
the articles are plain pages the edge does not compress; no other page links a report but the home page's newest
(held out of tuning, sixty-second round).

Modelled on http://www.helong.gov.cn/hlszfxxgkw/xzjdkfq/szljsjdjcyqfj/ndbg/201912/t20191213_36497.html (和龙市:
八家子镇's 2017 report, a 镇's `ndbg` 年度报告 column inside the city's 政府信息公开网, TRS
`<YYYYMM>/t<YYYYMMDD>_<id>.html` articles: a Jilin township's report of the years before 2019) and on what operators
write about caches and brotli: https://how2.sh/posts/how-to-serve-precompressed-brotli-and-gzip-assets-with-nginx
("CDN serves wrong variant — Missing Vary: Accept-Encoding is the common cause. Without it, first cached variant can
be reused for incompatible clients") and https://nginx101.com/directives/unbrotli/ (ngx_unbrotli exists to decode
`Content-Encoding: br` answers for clients that do not support brotli). That this portal's edge serves its columns
so is this family's choice (the cited pages are text). Unlike gzipstatic (gzip sent whatever the request asks),
xgzip (gzip under its alias `x-gzip`, only to clients that ask), rawdeflate (a raw deflate stream under `deflate`)
or gzbom, the coding is brotli, which the client never offered.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /xxgk/ndbg/<sz|bm|xz>/index.html (the columns: `Content-Encoding: br` to every client), articles
  /xxgk/ndbg/<sz|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import brotli
from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"sz": "市政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
CODING = "br"
SERVER = "CDN-Edge"
EDGE_HEADERS = (("Content-Encoding", CODING), ("X-Cache", "HIT"), ("Via", "1.1 cdn-edge (CDN-Edge)"))


def column_path(key: str) -> str:
    return f"/xxgk/ndbg/{key}/index.html"


def build_brcdn(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "brcdn"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="br-art",
                                        folder="/xxgk/ndbg/{key}/")
    for key, label in COLUMNS.items():
        plain = kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                                     columns[key], nav=nav)
        cached = Page(lambda plain=plain: brotli.compress(plain.data(), quality=5), plain.last_modified,
                      plain.content_type, role="list", extra_headers=EDGE_HEADERS)
        www.pages[column_path(key)] = cached   # the edge's one copy replaces the origin's page at the address
    more = tuple((column_path(key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column_path("sz"),
                            news_salt="br-news", more=more)
    return urls
