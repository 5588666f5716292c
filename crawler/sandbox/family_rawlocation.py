"""A county portal on IIS whose 政府信息公开年报 columns live in Chinese-named folders: the 政务公开 page links the
columns by their old ASCII addresses, `/zfxxgk/zfxxgknb/<key>.aspx`, which answer `302 Found` with the Chinese
folder in the `Location` header as RAW UTF-8 bytes (`Location: http://www.X.gov.cn/政府信息公开年报/部门信息公开年报/`,
unescaped, as IIS's URL Rewrite and ASP.NET's Response.Redirect send a target typed in Chinese). A browser reads the
header's bytes as UTF-8 and percent-encodes the path (the URL standard's path percent-encode set: every non-ASCII
code point as its UTF-8 bytes, `%E6%94%BF…`), which is where the server holds each column; the redirect's body links
the same raw bytes in a page that declares no charset. No page links a column's own address; the columns list every
unit's reports of every year, the years before 2019 included (held out of tuning, fortieth round).

Modelled on http://baishui.gov.cn/zfxxgk/zfxxgknb/bmxxgknb/1651146479113211905.html (白水县: 政府信息公开 /
政府信息公开年报 / 部门信息公开年报, a 部门's report) and
https://www.zhouzhi.gov.cn/xxgk/zfxxgknb/bmxxgknb/61e7bc45f8fd1c0bdc7acf3c.html (周至县's 部门信息公开年报 column). The
column names are the cited sites'; the Chinese folder names, the `.aspx` addresses and the raw-byte redirect are this
family's choice (the cited pages are text). Unlike cjkpath (Chinese written raw in a page's links), dotlocation (a
relative Location) or redirchain (a chain of ASCII redirects), the Chinese is only in an HTTP header, whose bytes
HTTP leaves undefined beyond ASCII (RFC 9110 section 5.5: obs-text), so a client must choose to read them as UTF-8.

- www.X.gov.cn (Microsoft-IIS/8.5): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the
  guide and the three .aspx links), /zfxxgk/zfxxgknb/<bj|bm|xz>.aspx (302, raw UTF-8 Location), the columns
  /政府信息公开年报/<column>/ (served percent-encoded), articles /zfxxgk/zfxxgknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇信息公开年报"}
ROOT = "/政府信息公开年报/"
SERVER = "Microsoft-IIS/8.5"


def raw_header(text: str) -> str:
    """`text` as the str whose latin-1 encoding is its UTF-8 bytes: what the HTTP server writes into a header
    byte for byte (http.server encodes headers as latin-1)."""
    return text.encode("utf-8").decode("latin-1")


def raw_redirect(b: Build, site, path: str, target: str) -> None:
    """A 302 from `path` to the rooted `target` with its non-ASCII characters raw (UTF-8) in the Location header
    and in the body's link (IIS's "Object moved" page, no charset declared); the ground truth records the target as
    a browser requests it (percent-encoded)."""
    body = (f'<head><title>Object moved</title></head><body><h1>Object Moved</h1>This object may be found '
            f'<a HREF="{target}">here</a>.</body>').encode()
    site.add(path, Page(body, SITE_DATE, "text/html", status=302, location=raw_header(target), role="redirect"))
    b.redirects[f"http://{site.host}{path}"] = f"http://{site.host}{quote(target, safe='/')}"


def build_rawlocation(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rawlocation"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="rl-art", folder="/zfxxgk/zfxxgknb/{key}/")
    entries = []
    for key, label in COLUMNS.items():
        folder = f"{ROOT}{label}/"
        kit.report_list_page(b, www, county, family, quote(folder, safe="/"), label, kit.link_list(columns[key]),
                             columns[key], nav=nav)
        old = f"/zfxxgk/zfxxgknb/{key}.aspx"
        raw_redirect(b, www, old, folder)
        entries.append((old, label))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=entries[0][0], news_salt="rl-news", more=tuple(entries[1:]))
    return urls
