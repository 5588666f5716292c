"""A district portal whose 政府信息公开年报 columns sit behind a classic ASP dispatcher that redirects with a Windows
path: the 政务公开 page links `/zwgk/gknb.asp?lb=<qzf|wbj|jz>` (区政府, 委办局, 街镇), which answers `302 Object moved`
with `Location: gknb\\list.asp?lb=<key>` — a relative reference whose separator is a BACKSLASH, as
`Response.Redirect "gknb\\list.asp?lb=" & lb` sends what its author typed (IIS passes the header through unchanged).
A browser parses a `Location` with the URL standard's parser, relative to the request's URL, and for an http(s)
URL a backslash in the path is a path separator: it asks `/zwgk/gknb/list.asp?lb=<key>`, where the column is. A client
that resolves the reference by RFC 3986 keeps the backslash as a path character (percent-encoded, `%5C`) and asks
`/zwgk/gknb%5Clist.asp?lb=<key>`, which the server does not hold (404). No page links a column's own address: only the
redirects name them. The columns list every unit's reports of every year, the district's, its 委办局' and its 街道'
and 镇', the years before 2019 included; no other page links a report but the home page's newest (held out of
tuning, seventy-eighth round).

Modelled on https://xxgk.shbsq.gov.cn/article.html?infoid=d1ada67b-a85c-4b03-a499-2104b1bea78c (宝山区友谊路街道's 2025
report on the district's 信息公开 host, an article addressed by a GUID in the query) and
http://www.shqp.gov.cn/shqp/zwgk/gknb/zjd/20260119/1348924.html (青浦区夏阳街道's 2025 report in the 街镇 column `zjd`
of a Shanghai district's 公开年报 `/zwgk/gknb/<column>/…`): a Shanghai district's 年报 split into 区政府, 委办局 and
街镇 columns under 政务公开/公开年报. The ASP dispatcher and its backslash redirect are this family's choice (the cited
pages are text, not headers); that servers send such a `Location` and clients differ on it is seen at
https://github.com/expressjs/express/issues/808 (`Location: http://127.0.0.1\\somepath` from a path joined on Windows:
"Chrome 13 and IE8 work ok--they seem to auto-correct the path") and https://github.com/simonw/datasette/pull/2729
("Browsers treat a backslash the same as a forward slash" in a redirect's `Location`). Unlike backslash (backslashes
in a page's `href`s), dotlocation (a `Location` with dot-segments), rawlocation (raw UTF-8 bytes) or queryloc (a
`Location` that is only a query), the redirect's reference is plain ASCII that only the URL standard's parser reads as
the path the server means.

- www.X.gov.cn (Microsoft-IIS/7.5, ASP): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the
  guide and the three columns' entries), /zwgk/gknb.asp?lb=<key> (302, `Location: gknb\\list.asp?lb=<key>`),
  /zwgk/gknb/list.asp?lb=<key> (the column; an unknown column or no query: 404), articles
  /zwgk/gknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"qzf": "区政府信息公开年报", "wbj": "委办局信息公开年报", "jz": "街镇信息公开年报"}
DISPATCHER = "/zwgk/gknb.asp"
LIST = "/zwgk/gknb/list.asp"
SERVER = "Microsoft-IIS/7.5"


def entry(key: str) -> str:
    """What the menus link: the dispatcher with the column."""
    return f"{DISPATCHER}?lb={key}"


def location(key: str) -> str:
    """The dispatcher's redirect as ASP sends it: relative, its separator a backslash."""
    return f"gknb\\list.asp?lb={key}"


def column_path(key: str) -> str:
    """Where a browser lands: the URL standard's reading of location(key) against entry(key)."""
    return f"{LIST}?lb={key}"


def build_backloc(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "backloc"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="bl-art", folder="/zwgk/gknb/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                             columns[key], nav=nav, ignores_query=False)
        b.redirect(www, entry(key), location(key), status=302)
        # the ground truth's redirect is where a browser goes (urljoin would keep the backslash)
        b.redirects[f"http://{www.host}{entry(key)}"] = f"http://{www.host}{column_path(key)}"
    hrefs = [(entry(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="bl-news", more=tuple(hrefs[1:]))
    return urls
