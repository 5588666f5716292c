"""
A district portal whose CMS writes the links to and in its 政府信息公开年报 columns from a site address template
`http://{host}:{port}` whose port field was left empty when the site was configured, so every such link carries the
port's `:` with no digits after it: `http://www.X.gov.cn:/zwgk/zfxxgknb/<bj|bm|jd>/index.html`, and the columns write
their articles the same way. An empty port is legal (RFC 3986 section 3.2.3: `port = *DIGIT`; "URI producers and
normalizers should omit the ':' delimiter that separates host from port if the port component is empty"), and a
browser reads it as the scheme's default port, so the server answers it like any other address of the portal. No
page links a column or a report in the plain form but the home page's newest report; the columns list every unit's
reports of every year — the district government's, its 委办局' and its 街道' — the years before 2019 included
(held out of tuning, fifty-fourth round).

Modelled on https://www.tjwq.gov.cn/zwgk/zfxxgk/zj2/ycjdbsc/zfxxgknb41/202601/t20260129_7234339.html (天津市武清区:
杨村街道's 2025 report in its 政府信息公开年报 column, TRS article paths `<YYYYMM>/t<YYYYMMDD>_<id>.html`),
http://www.tjhb.gov.cn/zwgk/zfxxgk/zfxxgkjz/qrmzfxkhjdbsc/zfxxgknb38/202601/t20260120_7227396.html (天津市河北区:
新开河街道's 2025 report) and http://www.tjhq.gov.cn/zwgk/zfxxgkjz/xyzjdbsc/zfxxgknb38/202012/t20201211_4843087.html
(天津市红桥区: a 街道's 2018 report under the 2008 条例, a Tianjin report of the years before 2019). The empty port in
every href is this family's choice (the cited pages are text, not their links). Unlike port80 (the default port
named, `:80`, and the host in upper case), porthost (a real second port, 8080), dothost (the host's trailing root
dot) or iphost (the server's IP address for host), the address here is the portal's own host with a port delimiter
and no port at all.

- www.X.gov.cn (TRS): home (news; the government's newest report, plain), 政务公开 (/zwgk/index.html: the guide and
  the three columns, linked `http://www.X.gov.cn:/…`), /zwgk/zfxxgknb/<bj|bm|jd>/index.html (every unit's reports of
  every year, linked the same way), articles /zwgk/zfxxgknb/<bj|bm|jd>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "区政府信息公开年报", "bm": "委办局政府信息公开年报", "jd": "街道政府信息公开年报"}


def configured_base(county: County) -> str:
    """The site address as the CMS's template fills it: the host, then the port's `:` with the port field empty."""
    return f"http://{county.host}:"


def column_path(key: str) -> str:
    return f"/zwgk/zfxxgknb/{key}/index.html"


def build_emptyport(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "emptyport"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM 7.0 (nginx)")
    base = configured_base(county)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="ep-art",
                                        folder="/zwgk/zfxxgknb/{key}/")
    for key, label in COLUMNS.items():
        listing = kit.link_list(columns[key], href=lambda a: base + urlsplit(a.url).path)
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    links = tuple((base + column_path(key), label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="ep-news", more=links[1:])
    return urls
