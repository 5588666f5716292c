"""A county portal on IIS whose 政府信息公开年报 column pages are ASP.NET pages compressed by the site's own
compression module, which names its coding in capitals: to a request whose `Accept-Encoding` names gzip the columns
answer `Content-Encoding: GZIP` (and `Vary: Accept-Encoding`) with a gzip stream, as an HttpModule that wraps
`Response.Filter` in a GZipStream and writes the header itself (`Response.AppendHeader("Content-Encoding", "GZIP")`)
sends it. Content codings are case-insensitive (RFC 9110 section 8.4.1: "All content codings are case-insensitive"),
and browsers decode it; a client that compares the header with the token `gzip` as written keeps the compressed
bytes as the page and finds no link in it. A request that does not ask for gzip gets the plain page. The three
columns (县政府, 县直部门, 乡镇) list every unit's reports of every year, the years before 2019 included; the articles
are static pages IIS serves uncompressed; no other page links a report but the home page's newest (held out of
tuning, seventy-sixth round).

Modelled on http://www.wuhu.gov.cn/openness/public/6596211/15194811.html (芜湖市's 2017 report in its 信息公开 system,
an Anhui report of the years before 2019), https://www.xuanzhou.gov.cn/OpennessContent/show/3475175.html (宣州区's
信息公开 system: a department's 公开目录 with its 年度报告 among the items) and
http://xxgk.ah.gov.cn/UserData/DocHtml/731/2017/3/29/5003797272865.html (安徽省2016年 report). The compression module
and its capital `GZIP` are this family's choice (the cited pages are text, not headers); servers that send the token
so are reported at https://github.com/axios/axios/issues/3181 ("When fetching a JSON url from the MS cloud, it returns
a "Content-Encoding: GZIP" header, which axios fails to recognize because it's matching against lowercase values"),
https://github.com/axios/axios/issues/5890 (storage.googleapis.com answering `GZIP`: "Many services respond with
header['content-encoding'] in many forms: 'Gzip', 'GZIP', 'GZip'") and https://github.com/tornadoweb/tornado/pull/3041
("We have an issue of incoming requests not decompressed because they send headers like `Content-Encoding: GZIP`").
Unlike xgzip (the alias `x-gzip`), stackgzip (`gzip, gzip`, two layers), gzipstatic (gzip sent unasked), rawdeflate
(a raw stream under `deflate`) or brcdn (brotli unasked), the coding is the one asked for, applied once, under its
own name; only the letters' case differs.

- www.X.gov.cn (Microsoft-IIS/7.5, ASP.NET): home (news; the government's newest report), 政务公开 (/zwgk/index.html:
  the guide and the three columns), /xxgk/ndbg/<xzf|bm|xz>/list.aspx (`GZIP` to a client accepting gzip, plain
  otherwise), articles /xxgk/ndbg/<xzf|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.family_xgzip import asks_gzip  # gzip named anywhere in Accept-Encoding
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"xzf": "县政府信息公开年度报告", "bm": "县直部门信息公开年度报告", "xz": "乡镇信息公开年度报告"}
CODING = "GZIP"   # gzip, named as the module writes it
SERVER = "Microsoft-IIS/7.5"


def column_path(key: str) -> str:
    return f"/xxgk/ndbg/{key}/list.aspx"


def build_gzipcase(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gzipcase"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="gc-art", folder="/xxgk/ndbg/{key}/")
    for key, label in COLUMNS.items():
        plain = kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                                     columns[key], nav=nav)
        packed = Page(plain.gzipped, plain.last_modified, plain.content_type, role="list",
                      extra_headers=(("Content-Encoding", CODING), ("Vary", "Accept-Encoding"),
                                     ("X-Powered-By", "ASP.NET")))

        def compressed(method, query, headers, body, plain=plain, packed=packed):
            return packed if asks_gzip(headers) else plain

        www.dynamic[column_path(key)] = compressed
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="gc-news", more=tuple(hrefs[1:]))
    return urls
