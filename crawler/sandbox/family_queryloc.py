"""A county portal whose 政府信息公开年报 columns are served by a PHP list script that normalises its query with a
redirect holding nothing but a query: the 政务公开 page links `/zwgk/nb/list.php?lb=<sz|bm|xz>`, which answers
`302 Found` with `Location: ?lb=<key>&page=1` — what `header("Location: ?lb=$lb&page=1")` sends as written: no scheme,
no host, no path. RFC 3986 section 5.2.2 resolves a reference with an empty path against the request's own path, the
query replaced (`/zwgk/nb/list.php?lb=<key>&page=1`), and browsers follow it there; a client that joins the
`Location` to the host as if it were a path asks `/?lb=…`, the home page, and a client that refuses a `Location`
that is not absolute stops. The column pages (`…&page=1`) are linked by no page: only the redirects name them. They
list every unit's reports of every year, the years before 2019 included; no other page links a report but the home
page's newest (held out of tuning, seventy-sixth round).

Modelled on https://brianwinch.com/zwgk/zfxxgkpt/zfxxgknb/zfxxgknb2017/zsndbg2017/201912/t20191225_186255.html (a
copy of 昭通市's 2017 report from a Yunnan 政府信息公开平台's 政府信息公开年报 column, a folder per year: a Yunnan report
of the years before 2019) and https://tljq.gov.cn/openness/OpennessAnnualReport/show/2396.html (a 乡's 2017 report in
its district's 信息公开 system). The PHP script and its query-only redirect are this family's choice (the cited pages
are text, not headers); that servers send such a `Location` and clients mishandle it is seen at
https://github.com/benoitc/hackney/pull/801 ("Parses query strings from Location headers (was previously ignored)",
"#568: URL params in relative redirect URL get mangled") and https://github.com/Orange-OpenSource/hurl/issues/875
(a relative `Location` a client failed to follow: "URL using bad/illegal format or missing URL"). Unlike dotlocation
(a path with dot-segments), protoloc (a host without a scheme), fraglocation (an absolute address with a fragment) or
rawlocation (raw UTF-8 bytes), the reference here has no path at all; only its query tells where to go.

- www.X.gov.cn (nginx, PHP-FPM): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and
  the three columns' entries), /zwgk/nb/list.php?lb=<key> (302, `Location: ?lb=<key>&page=1`),
  /zwgk/nb/list.php?lb=<key>&page=1 (the column; an unknown column or no query: 404), articles
  /zwgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"sz": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
SCRIPT = "/zwgk/nb/list.php"
SERVER = "nginx/1.16.1"


def entry(key: str) -> str:
    """What the menus link: the script with the column and no page."""
    return f"{SCRIPT}?lb={key}"


def location(key: str) -> str:
    """The script's redirect, a reference that is only a query."""
    return f"?lb={key}&page=1"


def build_queryloc(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "queryloc"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="ql-art", folder="/zwgk/nb/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, SCRIPT + location(key), label, kit.link_list(columns[key]),
                             columns[key], nav=nav, ignores_query=False)
        b.redirect(www, entry(key), location(key), status=302)
    hrefs = [(entry(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="ql-news", more=tuple(hrefs[1:]))
    return urls
