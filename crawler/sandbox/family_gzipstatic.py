"""A county portal whose 政府信息公开年报 column pages are published by the CMS as pre-compressed files that nginx
serves with `gzip_static always;`: every answer of a column page carries `Content-Encoding: gzip` and a gzip body,
whatever the request's `Accept-Encoding` says (no `Vary`), as that directive does when the gunzip module is not
loaded to decompress for clients that did not ask. Browsers decode it all the same; a client that decodes only
what it asked for, or only when it asked, sees binary. The articles are plain static pages; every unit's reports of
every year, those before 2019 included, are listed only in the three columns (held out of tuning, forty-fourth round).

Modelled on http://www.sc.gov.cn/10954/11064/2015/8/17/10348850.shtml (四川省2014年政府信息公开工作年度报告, a
pre-2019 report on the province's portal) and http://m.tibetthsy.com/gongkai/show/20220119085933732.html (a copy of
青川县乡村振兴局's 2021 report: a Sichuan county department's report published on the county portal). The
pre-compressed columns and `gzip_static always` are this family's choice (nginx documents `always` as sending the
compressed file "regardless of whether a client supports it"; the cited pages are text). Unlike gzbom (gzip only to a
client that accepts it, a JSON handler's byte order mark) or rawdeflate (a raw DEFLATE stream labelled `deflate` to a
client that accepts it), the coding here is sent to every client, asked or not.

- www.X.gov.cn (nginx): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /xxgk/gknb/<bzf|bmnb|xznb>/index.html (always gzip), articles
  /xxgk/gknb/<bzf|bmnb|xznb>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import gzip

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bzf": "县政府信息公开年报", "bmnb": "部门信息公开年报", "xznb": "乡镇信息公开年报"}


def column_path(key: str) -> str:
    return f"/xxgk/gknb/{key}/index.html"


def build_gzipstatic(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gzipstatic"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="gzs-art",
                                        folder="/xxgk/gknb/{key}/")
    for key, label in COLUMNS.items():
        html = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(columns[key])}", column=label, nav=nav,
                    host=www.host)
        # the .html.gz file the CMS wrote beside the page, sent as it is to every client (gzip_static always)
        b.add(www, column_path(key), Page(gzip.compress(html.encode(), mtime=0), b.list_date(columns[key]),
                                          extra_headers=(("Content-Encoding", "gzip"),)), "list")
    links = tuple((column_path(key), label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="gzs-news", more=links[1:])
    return urls
