"""A county portal behind an nginx reverse proxy configured `chunked_transfer_encoding off;` in front of a JSP CMS
that writes its pages without a length: every HTML answer comes with neither `Content-Length` nor
`Transfer-Encoding`, and `Connection: close`; the body ends when the server closes the connection, the framing of
HTTP/1.0 that HTTP/1.1 keeps (RFC 9112 section 6.3, item 8). Browsers read such answers to the close. The site is
otherwise plain: three 政府信息公开年报 columns by kind of unit (县政府, 部门, 镇) list every report of every year, those
before 2019 included, by plain link (held out of tuning, forty-fourth round).

Modelled on http://foping.gov.cn/fpxzf/zbnb2024h/202601/75641d770a784effa9bd92b0cbcab5ac.shtml (佛坪县西岔河镇's 2025
report, a 镇's column on a Shaanxi county portal) and https://zazf.gov.cn/gk/gk05/tbnb/99785.htm (镇安县: 木王镇's 2023
report in the county's `gk05/tbnb` 年报 column, `索引号` and `发布机构` in a table). The close-delimited answers are this
family's choice (the cited pages are text; nginx documents that with chunked transfer encoding off a response of
unknown length is ended by closing the connection). Unlike shortbody (a Content-Length the body falls short of, cut
by a proxy), chunked portals (HTTP/1.1's framing) or flaky (answers that fail), the answer here is whole: it simply
says nowhere how long it is.

- www.X.gov.cn (nginx, every HTML page close-delimited): home (news; the government's newest report), 政务公开
  (/zwgk/index.html: the guide and the three columns), /gk/gk05/tbnb/<xzf|bm|xz>/index.jsp, articles
  /gk/gk05/tbnb/<xzf|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "部门信息公开年报", "xz": "镇信息公开年报"}


def column_path(key: str) -> str:
    return f"/gk/gk05/tbnb/{key}/index.jsp"


def build_closebody(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "closebody"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.10.3", close_delimited=True)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="cb-art",
                                        folder="/gk/gk05/tbnb/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                             columns[key], nav=nav)
    links = tuple((column_path(key), label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="cb-news", more=links[1:])
    return urls
