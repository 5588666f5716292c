"""A county portal on Apache whose 政府信息公开年报 column pages are published by the CMS as pre-compressed copies
beside the plain ones (`index.html` and `index.html.gz`) and served by the usual .htaccess recipe: a client whose
`Accept-Encoding` names gzip is rewritten to the `.gz` copy, which mod_mime labels with the encoding Apache's own
example configuration gives `.gz`, `AddEncoding x-gzip .gz`: the answer says `Content-Encoding: x-gzip` (and
`Vary: Accept-Encoding`). RFC 9110 section 8.4.1.3: a recipient SHOULD treat `x-gzip` as `gzip`, and browsers do; a
client that knows only the token `gzip` keeps the compressed bytes as the page and finds no link in it. A client that
does not ask for gzip gets the plain page. The columns (县政府, 部门, 乡镇) list every unit's reports of every year,
the years before 2019 included; the articles are plain pages; no other page links a report but the home page's
newest (held out of tuning, fifty-second round).

Modelled on https://dkolf.de/gzip-htaccess and http://serverfault.com/questions/78469/apache-send-pre-packed-gziped-files
(the recipe: `RewriteCond %{HTTP:Accept-Encoding} gzip` / `RewriteCond %{REQUEST_FILENAME}.gz -s` / a RewriteRule to
the `.gz` copy, with `AddEncoding x-gzip .gz`), https://www.safaribooksonline.com/library/view/apache-the-definitive/0596002033/re76.html
(mod_mime's AddEncoding: "AddEncoding x-gzip .gz … you should always use x-gzip"; with no form requested "Apache will
use the form given by the AddEncoding directive") and, for the portal, http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm
(晋安区's 2016 report in a TRS 政府信息公开年报 column, `<YYYYMM>/t<YYYYMMDD>_<id>.htm`). That a gov portal's columns
are served so is this family's choice (the search corpus holds page text, not headers). Unlike gzipstatic (`gzip`
sent whatever the request asks), rawdeflate (a raw deflate stream under `deflate`) or gzbom (a BOM before gzipped
JSON), the coding here is sent only to clients that ask for gzip, under the token's old alias.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /xxgk/nb/<bj|bm|xz>/index.html (the columns: `x-gzip` to a client accepting gzip, plain otherwise),
  articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇信息公开年报"}
CODING = "x-gzip"
SERVER = "Apache/2.2.15 (CentOS)"


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def asks_gzip(headers: dict[str, str]) -> bool:
    """mod_rewrite's `RewriteCond %{HTTP:Accept-Encoding} gzip`: the token anywhere in the header."""
    return "gzip" in headers.get("accept-encoding", "").lower()


def build_xgzip(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xgzip"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="xg-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        plain = kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                                     columns[key], nav=nav)
        plain.extra_headers = (("Vary", "Accept-Encoding"),)
        packed = Page(plain.gzipped, plain.last_modified, plain.content_type, role="list",
                      extra_headers=(("Content-Encoding", CODING), ("Vary", "Accept-Encoding")))

        def rewritten(method, query, headers, body, plain=plain, packed=packed):
            return packed if asks_gzip(headers) else plain

        www.dynamic[column_path(key)] = rewritten
    more = tuple((column_path(key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column_path("bj"),
                            news_salt="xg-news", more=more)
    return urls
