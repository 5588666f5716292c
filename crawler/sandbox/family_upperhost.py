"""A county portal whose 政府信息公开年报 columns link every report by an absolute URL whose scheme and host are written
in capitals: the CMS writes each list entry as its "站点地址" setting followed by the document's path, and the
portal's administrator typed that setting as `HTTP://WWW.X.GOV.CN` (the way the domain is printed on the portal's
banner and letterhead), so the entries read `<a href="HTTP://WWW.X.GOV.CN/zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html">`.
Scheme and host are case-insensitive (RFC 3986 sections 3.1 and 3.2.2; the URL standard lowercases both), so a
browser asks the portal's own host for the report; the path keeps its case (the server's paths are case-sensitive,
and they are lowercase). A client that compares hosts as written takes every entry for a link to another site. The
navigation and the columns' own addresses are relative; the three columns (县政府, 县直部门, 乡镇（街道）) list every
unit's reports of every year, the years before 2019 included; no other page links a report but the home page's
newest, by its address in lowercase (held out of tuning, seventy-second round).

Modelled on http://nxyn.gov.cn/zwgk/gknb/201903/t20190326_1342921.html (永宁县's 2018 report, "全县各乡镇（街道）、各部门
单位 … 的基础上编制", a TRS article `gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html` in the county's 政府信息公开年报 column, of
the years before 2019), https://xinghuocx.com/html/ycxxxgkptcontent.jspurltypenews.NewsContentUrl&wbtreeid1225&wbnewsid23160.html
(a copy of 盐池县's 2017 report, which names its portal "www.yanchi.gov.cn": a Ningxia county's report made from 22
departments' and 9 townships' and streets') and, for the capitals, http://lists.w3.org/Archives/Public/site-comments/2001Sep/0004.html
("Case-sensitivity is determined by each Web server … So HTTP://WWW.W3.ORG/ will work. Your browser also does some
correction for you"). That this portal's columns write the capitals is this family's choice (the search corpus holds
the pages' text, not their markup). Unlike dothost (a trailing dot after the host), barehost (the host without
`www.`), iphost (the server's address), idnhost (a Unicode host) or schemepath/protorel (a reference with no host or
no scheme), the host is the portal's own, spelled only in another case.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /zwgk/gknb/<xzf|bm|xz>/index.html (the columns: absolute capitalised links), articles
  /zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}


def column_path(key: str) -> str:
    return f"/zwgk/gknb/{key}/index.html"


def site_address(host: str) -> str:
    """The CMS's 站点地址 as the administrator typed it: scheme and host in capitals, no trailing slash."""
    return f"HTTP://{host.upper()}"


def build_upperhost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "upperhost"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="uh-art",
                                        folder="/zwgk/gknb/")
    prefix = site_address(www.host)
    for key, label in COLUMNS.items():
        listing = kit.link_list(columns[key], href=lambda a: prefix + a.url.split(www.host, 1)[1])
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    more = tuple((column_path(key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column_path("xzf"),
                            news_salt="uh-news", more=more)
    return urls
