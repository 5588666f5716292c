"""A county portal whose 政府信息公开年报 channel pages are compressed twice on their way out: the portal's Java CMS
gzips its own list pages (a servlet GZIP filter, to a request whose `Accept-Encoding` names gzip) and the 政务云
gateway in front of it gzips the answer again without looking at the `Content-Encoding` it already has, appending its
own coding to the header: the client gets `Content-Encoding: gzip, gzip` and a gzip stream whose content is another
gzip stream. HTTP allows stacked codings (RFC 9110 section 8.4: "If one or more encodings have been applied to a
representation, the sender that applied the encodings MUST generate a Content-Encoding header field that lists the
content codings in the order in which they were applied"), and browsers undo them one after another; a client that
decodes one layer, or only a header that is exactly `gzip`, keeps compressed bytes as the page and finds no link.
A request that does not accept gzip gets the plain page. The three channels (县本级, 县直部门, 乡镇) list every unit's
reports of every year, the years before 2019 included; the articles are static pages the gateway passes as they are
(the CMS publishes them to its file server); no other page links a report but the home page's newest (held out of
tuning, seventy-second round).

Modelled on http://www.xjwqx.gov.cn/xjwqx/c128570/202601/4ff40ce3cae4488b8a055ac671b1be03.shtml and
http://www.xjwqx.gov.cn/xjwqx/c128570/202601/c531fcfd84284253aaceb3f0345912cd.shtml (乌恰县: a 乡's and the county
government office's 2025 reports in one channel `c<id>`, each article at `<YYYYMM>/<32 hex>.shtml`, 索引号 and 发布机构 per
article), http://www.xjhbk.gov.cn/xjhbk/xxgkndbg/202602/d8ddb79bcce849a9b6601966fb064a6d.shtml (和布克赛尔县: a 乡's
report in a 信息公开年度报告 channel of the same CMS) and https://ahhyzk.com/html/zwgkgfybz....info101523195.html (a copy
of 伊宁县's 2014 report: a Xinjiang county's report of the years before 2019). The doubled coding is this family's
choice, after what proxies are seen doing: https://github.com/yhirose/cpp-httplib/issues/993 ("the content-encoding
header ends up with `gzip, gzip` as it's value. Which fails to decode (at least for python's requests lib)" — a proxy
that added its gzip although the answer had one) and https://github.com/gin-contrib/gzip/pull/124 ("Prevent double
gzip compression when upstream response is already gzip-compressed"); the cited portal pages are text, not headers.
Unlike gzipstatic (one gzip sent whatever the request asks), xgzip (one gzip under the alias `x-gzip`), rawdeflate
(a raw deflate stream under `deflate`), brcdn (brotli the client never offered) or gzbom, the coding is the one the
client asked for, applied twice and named twice.

- www.X.gov.cn (nginx gateway before Tomcat): home (news; the government's newest report), 政务公开 (/zwgk/index.html:
  the guide and the three channels), /<site>/c<channel>/list.shtml (the channels: `gzip, gzip` to a client accepting
  gzip, plain otherwise), articles /<site>/c<channel>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

import gzip

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.family_xgzip import asks_gzip  # the servlet filter and the gateway both ask it
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县本级政府信息公开年度报告", "bm": "县直部门政府信息公开年度报告", "xz": "乡镇政府信息公开年度报告"}
CODING = "gzip, gzip"     # the CMS's coding, then the gateway's, in the order they were applied
SERVER = "nginx"


def site_folder(county: County) -> str:
    return f"/{county.pinyin}"


def channel(county: County, key: str) -> str:
    """The channel of `key`: six digits from one per-county start, so a portal's three never meet."""
    return f"c{stable_int('sg-channel', county.pinyin, digits=5)}{list(COLUMNS).index(key)}"


def column_path(county: County, key: str) -> str:
    return f"{site_folder(county)}/{channel(county, key)}/list.shtml"


def build_stackgzip(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "stackgzip"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def article_path(key, art):
        return f"{site_folder(county)}/{channel(county, key)}/{art.day:%Y%m}/{stable_hex('sg-art', county.pinyin, key, art.key)}.shtml"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           path=article_path,
                                           serial=lambda key, art: stable_int("sg-art", county.pinyin, key, art.key,
                                                                              digits=5))
    for key, label in COLUMNS.items():
        plain = kit.report_list_page(b, www, county, family, column_path(county, key), label,
                                     kit.link_list(columns[key]), columns[key], nav=nav)
        # the CMS's gzip, then the gateway's over it (mtime 0: the same bytes on every build)
        packed = Page(lambda plain=plain: gzip.compress(plain.gzipped(), compresslevel=6, mtime=0), plain.last_modified, plain.content_type, role="list",
                      extra_headers=(("Content-Encoding", CODING), ("Vary", "Accept-Encoding")))

        def gatewayed(method, query, headers, body, plain=plain, packed=packed):
            return packed if asks_gzip(headers) else plain

        www.dynamic[column_path(county, key)] = gatewayed
    more = tuple((column_path(county, key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column_path(county, "bj"),
                            news_salt="sg-news", more=more)
    return urls
