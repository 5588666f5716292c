"""A district portal whose three 政府信息公开年报 columns (区政府, 区级部门, 镇街) are shells filled by a script that POSTs
a list interface guarded by Spring Security's cookie-to-header CSRF check (`CookieCsrfTokenRepository
.withHttpOnlyFalse()`): the column page's response sets `XSRF-TOKEN=<token>; Path=/` (a cookie a script may read), the
script (axios' convention) reads it out of `document.cookie` and sends it back twice — as the cookie and as the
`X-XSRF-TOKEN` request header — with its JSON query `{"column": "<qzf|bm|zj>"}` to `/api/gknb/list`. The token is
written in no page and no script: only the `Set-Cookie` header of the column's answer holds it. A POST without the
header, without the cookie, or with a pair the server did not issue answers 403 ("Invalid CSRF Token"); a GET of the
interface answers 405. The columns list every unit's reports of every year, the years before 2019 included (held
out of tuning, seventieth round).

Modelled on https://www.cqyz.gov.cn/zwgk_229/zfxxgknan_ew/2020_504392/qzfbgs/202601/t20260129_15364021.html (渝中区人民
政府办公室's 2025 report, a TRS article `<YYYYMM>/t<YYYYMMDD>_<id>.html` in a 政府信息公开年报 column split by kind of
unit), https://www.cqyz.gov.cn/jz_229/ctmjdbsc/zwgk_97157/zfxxgknb_97166/202601/t20260120_15339453.html (朝天门街道's
report, a 街道's column of the same portal) and https://www.beibei.gov.cn/zwgk_239/zfxxgknb/bbq_gknb/202602/t20260213_15443922.html
(北碚区: a 政府信息公开年报 column with a sub-column per kind of unit); the CSRF check is Spring Security's documented
cookie repository, https://docs.spring.io/spring-security/reference/5.8-SNAPSHOT/servlet/exploits/csrf.html ("the
CookieCsrfTokenRepository will write to a cookie named XSRF-TOKEN and read it from a header named X-XSRF-TOKEN …
These defaults come from AngularJS"), as https://blog.csdn.net/new_ord/article/details/123485180 configures it
("jS读取cookie中的值发起请求时需携带X-XSRF-TOKEN请求头，默认情况GET,HEAD,TRACE,OPTIONS请求方式是放行的"). The address scheme
and the columns by kind of unit are the cited pages'; that their lists come from an interface so guarded, the
interface, its JSON and the folders are this family's choice (the cited pages are text; they show no script).
Unlike csrfmeta (the token written in the page's own `<meta name="_csrf">`), gkmlsearch (a token in a form's hidden
field), tokenapi (a token another endpoint's JSON hands out) or cookiejump/cookieloop (a cookie a client need only
keep and send back), the value the interface wants in a request header is one the client can read only from a
cookie: a client must copy a `Set-Cookie` value into a header of a POST.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /zwgk_<site>/zfxxgknb/<qzf|bm|zj>/index.html (the shell, its `Set-Cookie: XSRF-TOKEN` and the
  loader), POST /api/gknb/list (JSON in, JSON out), articles /zwgk_<site>/zfxxgknb/<qzf|bm|zj>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "区政府信息公开年报", "bm": "区级部门信息公开年报", "zj": "镇街信息公开年报"}
LIST_API = "/api/gknb/list"
COOKIE = "XSRF-TOKEN"
HEADER = "X-XSRF-TOKEN"
JSON_TYPE = "application/json;charset=UTF-8"


def site_folder(county: County) -> str:
    return f"/zwgk_{stable_int('xc-site', county.pinyin, digits=3)}/zfxxgknb/"


def issued_token(county: County) -> str:
    """The token the repository issued (a UUID, as Spring's generateToken() makes it)."""
    h = stable_hex("xc-token", county.pinyin, length=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def loader(column: str) -> str:
    """The column's script: axios' XSRF handling written out (read the cookie, echo it in the header)."""
    rows_js = kit.row_links_js("res.data.records", href="linkUrl", date="publishDate", indent=6,
                               list_id="gknbList")
    return f"""<script type="text/javascript">
function readCookie(name) {{
  var m = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
  return m ? decodeURIComponent(m[1]) : null;
}}
document.addEventListener("DOMContentLoaded", function () {{
  fetch("{LIST_API}", {{method: "POST", credentials: "same-origin",
    headers: {{"Content-Type": "application/json", "{HEADER}": readCookie("{COOKIE}")}},
    body: JSON.stringify({{column: "{column}"}})}})
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
{rows_js}
    }});
}});
</script>"""


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in headers.get("cookie", "").split(";"))
    return {name: value for name, _, value in pairs if name}


def build_xsrfcookie(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xsrfcookie"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    folder = site_folder(county)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="xc-art",
                                        folder=folder + "{key}/", scripted_except=newest)
    token = issued_token(county)
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        rows = kit.json_rows(columns[key], www.host, url="linkUrl", date="publishDate")
        answers[key] = json.dumps({"code": 200, "data": {"total": len(rows), "records": rows}},
                                  ensure_ascii=False).encode()
        b.post_pages.append({"url": f"http://{www.host}{LIST_API}", "body": json.dumps({"column": key}),
                             "content_type": "application/json",
                             "headers": {HEADER: token, "Cookie": f"{COOKIE}={token}"}})
        shell = kit.report_list_page(b, www, county, family, f"{folder}{key}/index.html", label,
                                     '<ul id="gknbList" class="list"></ul>', columns[key], nav=nav,
                                     scripts=loader(key))
        shell.extra_headers = (("Set-Cookie", f"{COOKIE}={token}; Path=/"),)

    def list_api(method, query, headers, body):
        if method != "POST":
            return Page(b'{"status":405,"error":"Method Not Allowed"}', SITE_DATE, JSON_TYPE, status=405, role="api")
        sent = headers.get(HEADER.lower())
        if not sent or sent != _cookies(headers).get(COOKIE) or sent != token:   # CsrfFilter: header vs cookie
            message = f"Invalid CSRF Token '{sent}' was found on the request parameter '_csrf' or header '{HEADER}'."
            return Page(json.dumps({"status": 403, "error": "Forbidden", "message": message}).encode(), SITE_DATE,
                        JSON_TYPE, status=403, role="api")
        try:
            column = json.loads(body.decode("utf-8")).get("column", "")
        except (ValueError, AttributeError):
            column = ""
        return Page(answers.get(column, b'{"code":200,"data":{"total":0,"records":[]}}'), SITE_DATE, JSON_TYPE,
                    role="api")

    www.dynamic[LIST_API] = list_api
    hrefs = [(f"{folder}{key}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="xc-news", more=tuple(hrefs[1:]))
    return urls
