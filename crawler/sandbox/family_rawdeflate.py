"""A district portal on IIS whose 政府信息公开年报 lists are ASP.NET pages (`/xxgk/nb/List.aspx?cid=<column>&page=<n>`,
three columns: 区政府, 区级部门, 镇街) compressed with IIS's dynamic "deflate" scheme the way IIS and many servers of
its time wrote it: to a request that accepts `deflate` (every browser's `Accept-Encoding: gzip, deflate, br`) the
list answers `Content-Encoding: deflate` with a *raw* DEFLATE stream (RFC 1951), not the zlib stream (RFC 1950,
a two-byte header and an Adler-32 trailer) that HTTP's `deflate` coding names. Browsers accept both (they were
made to, because Internet Explorer accepted only the raw form and servers sent it); a client that inflates
`deflate` strictly as zlib fails on every list page. The server offers no gzip for these pages: a request that
accepts only gzip, or names no coding, gets them plain. The report articles are static pages the CMS publishes
(`/xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html`), served uncompressed (held out of tuning, thirty-third round).

Modelled on https://www.cqyz.gov.cn/jz_229/ctmjdbsc/zwgk_97157/zfxxgknb_97166/202601/t20260120_15339453.html (渝中区:
朝天门街道办事处's 2025 report in its 政务公开 → 政府信息公开年报 column), https://www.cqyz.gov.cn/bm_229/zqjfbzyswqglwyh/zwgk_97157/zfxxgknb_97166/202101/t20210128_8832642.html
(a 管委会's 2020 report, the department's column) and http://www.cqkz.gov.cn/qzfjz_238/hfjdbsc_81705/zwgk_73112/zfxxgknb_73130/202601/t20260126_15354558.html
(开州区: a 镇's report): a district whose government, departments and 镇街 each report in a 政府信息公开年报 column,
with TRS article paths. The raw-deflate answers are this family's choice; the practice is described at
https://topic.alibabacloud.com/a/ie-does-not-support-font-colorreddeflatefont_8_8_32343997.html (IE6-8 open a
`deflate` page only when the zlib header and trailer are removed, so servers remove them; Firefox, Chrome and Opera
take either) and https://www.subbu.org/blog/2008/03/ie7-deflate-or-not (stripping the first two bytes). Unlike
gzbom (a JSON handler's byte order mark and text/plain type) or every other family (plain or properly gzipped
answers), what stands between a client and the links here is the content coding itself.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, 政府信息公开年报 → /xxgk/index.html), /xxgk/index.html (the three columns' first list pages).
- /xxgk/nb/List.aspx?cid=<4 digits>&page=<n>: 8 entries a page, 下一页/尾页 links; raw deflate to `deflate`.
"""

from __future__ import annotations

import zlib

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page

FOLDER = "/xxgk/nb/"
LIST = FOLDER + "List.aspx"
SECTION = "/xxgk/index.html"
PAGE_SIZE = 8
LABELS = {"qzf": "区政府", "bm": "区级部门", "zj": "镇街"}


def raw_deflate(data: bytes) -> bytes:
    """`data` as a raw DEFLATE stream (RFC 1951: no zlib header or trailer), what the server sends as `deflate`."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def accepts_deflate(accept_encoding: str) -> bool:
    """Does the request's Accept-Encoding take `deflate` (named, or `*`, with a q above 0)?"""
    for item in accept_encoding.lower().split(","):
        name, _, params = item.strip().partition(";")
        q = params.strip().removeprefix("q=") if params.strip().startswith("q=") else "1"
        try:
            weight = float(q)
        except ValueError:
            weight = 0.0
        if name.strip() in ("deflate", "*") and weight > 0:
            return True
    return False


def list_action(pages: dict[tuple[str, str], bytes], last_modified):
    """List.aspx: the page of `cid` and `page` (page 1 without one), raw-deflated to a client that accepts deflate."""
    def handler(method, query, headers, body):
        data = pages.get((query.get("cid", ""), query.get("page", "1")))
        if data is None:
            return None
        if accepts_deflate(headers.get("accept-encoding", "")):
            return Page(raw_deflate(data), last_modified, HTML_UTF8, role="list",
                        extra_headers=(("Content-Encoding", "deflate"), ("Vary", "Accept-Encoding"),
                                       ("X-Powered-By", "ASP.NET")))
        return Page(data, last_modified, HTML_UTF8, role="list",
                    extra_headers=(("Vary", "Accept-Encoding"), ("X-Powered-By", "ASP.NET")))
    return handler


def build_rawdeflate(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rawdeflate"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, salt="rd-art",
                                        folder=FOLDER)
    newest = kit.newest_gov_report(columns["qzf"])
    pages: dict[tuple[str, str], bytes] = {}
    firsts = []
    for key, label in LABELS.items():
        cid = str(stable_int("rd-cid", county.pinyin, key, digits=4))
        chunks = paginate(columns[key], PAGE_SIZE)
        for n, chunk in enumerate(chunks, 1):
            pager = f"共{len(columns[key])}条 第{n}/{len(chunks)}页 " + (
                f'<a href="List.aspx?cid={cid}&amp;page={n + 1}">下一页</a> '
                f'<a href="List.aspx?cid={cid}&amp;page={len(chunks)}">尾页</a>' if n < len(chunks) else "")
            pages[(cid, str(n))] = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(chunk)}"
                                        f'<div class="page">{pager}</div>', column="政府信息公开年报", nav=nav,
                                        host=www.host).encode()
            b.pages[f"http://{www.host}{LIST}?cid={cid}&page={n}"] = "list"
        firsts.append((f"{LIST}?cid={cid}&page=1", label))
    www.dynamic[LIST] = list_action(pages, b.list_date(columns["qzf"]))
    menu = "".join(f'<li><a href="{href.replace("&", "&amp;")}">{label}</a></li>' for href, label in firsts)
    b.html_page(www, SECTION, page(county, family, "政府信息公开年报", f"<h2>政府信息公开年报</h2><ul>{menu}</ul>",
                                   column="政府信息公开年报", nav=nav, host=www.host), SITE_DATE, "section")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=SECTION, news_salt="rd-news")
    return urls
