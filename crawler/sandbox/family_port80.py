"""A county portal whose CMS writes every link into its 政府信息公开年报 columns with the site address typed into its
configuration: upper case and with the default port, `HTTP://WWW.X.GOV.CN:80/xxgk/nb/<bj|bm|xz>/index.html`, and the
columns write their articles the same way. A browser reads that as the portal's own origin (host names are
case-insensitive, `:80` is http's default port: RFC 3986 sections 3.2.2, 3.2.3 and 6.2.3) and the server answers it
like any other; no page links a column or a report in the lower-case, port-less form but the home page's newest report
(held out of tuning, forty-fourth round).

Modelled on https://www.whdonghu.gov.cn/zwgk_6255/xxgknb_6257/bmjdhz/qsejdw_72648/cxgzbsc_72651/202601/t20260115_2712113.shtml
(武汉东湖生态旅游风景区: an 办事处's 2025 report in a 信息公开年报 column split by kind of unit, `bmjdhz` for 部门、街道,
TRS article paths). The upper-case host with `:80` in every href is this family's choice (the cited page is text; CMSs
that print a configured `http://host:80` base are common on Chinese portals, upper case is rarer). Unlike porthost (a
real second port, 8080), idnhost (a Unicode host name), dual (another host name) or basehref (a `<base>` element), the
address here is the portal's own host and port, only written in a form a client must normalise to see that.

- www.X.gov.cn (IIS): home (news; the government's newest report, plain), 政务公开 (/zwgk/index.html: the guide and
  the three columns, linked `HTTP://WWW.X.GOV.CN:80/…`), /xxgk/nb/<bj|bm|xz>/index.html (every unit's reports of every
  year, linked the same way), articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}


def configured_base(county: County) -> str:
    """The site address as the CMS's configuration has it: scheme and host in upper case, the default port named."""
    return f"HTTP://{county.host.upper()}:80"


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def build_port80(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "port80"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    base = configured_base(county)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="p80-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        listing = kit.link_list(columns[key], href=lambda a: base + urlsplit(a.url).path)
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    links = tuple((base + column_path(key), label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="p80-news", more=links[1:])
    return urls
