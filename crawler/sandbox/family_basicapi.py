"""A county portal whose three 政府信息公开年报 columns (县政府, 县直部门, 乡镇街区) are shells filled from its CMS's content
interface, which sits behind HTTP Basic authentication: `/cmsapi/v1/articles?catalog=<code>&size=500` answers `401
Unauthorized` with `WWW-Authenticate: Basic realm="cmsapi"` to any request without the interface's account, and its
rows only to `Authorization: Basic <base64 of user:password>`. The account is a fixed one for the public pages, and
the column's script carries it in clear (`var CMS_USER = "…", CMS_PASS = "…"`) and sends
`xhr.setRequestHeader("Authorization", "Basic " + btoa(CMS_USER + ":" + CMS_PASS))`, as front ends written against
a Basic-guarded REST interface do. The credentials are written only in the script; no page links the interface; the
columns list every unit's reports of every year, the years before 2019 included (held out of tuning, seventieth round).

Modelled on https://www.kazuo.gov.cn/html/KZXZF/202601/0176869810066763.html (喀左县's 2025 report: a Liaoning county
portal whose articles sit at `/html/<site code>/<YYYYMM>/<16 digits>.html`, and which publishes the reports of "县政府
及31个部门、22个乡镇街区"), http://app.www.gov.cn/govdata/gov/201604/15/378395/article.html (辽宁省's 2015 report, a
Liaoning report of the years before 2019) and on the script idiom https://blog.csdn.net/baidu_35085676/article/details/78648311
describes ("纯js的ajax实现http auth验证": `xhr.setRequestHeader("Authorization","Basic "+window.btoa("username:password"))`;
"如果不成功…就会返回401"), as https://momo314.3000ways.com/articles/2016/01/26/basic-auth-in-jquery-ajax does for jQuery.
The address scheme and the columns by kind of unit are the cited pages'; the interface, its guard and the account in
the script are this family's choice (the cited pages are text; they show no script). Unlike csrfmeta (a token from a
meta tag, in a header of the application's own), tokenapi (a token another endpoint hands out), signapi (a signature
computed per request) or xhrheader (a fixed marker header), the interface is refused by the HTTP authentication
framework itself (RFC 7617): a 401 challenge, answered by credentials only the page's script holds.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /html/<CODE>/gknb/<xzf|bm|xz>.html (the shell and its loader), GET /cmsapi/v1/articles (JSON; 401
  without the account), articles /html/<CODE><XZF|BM|XZ>/<YYYYMM>/<16 digits>.html.
"""

from __future__ import annotations

import base64
import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇街区信息公开年报"}
LIST_API = "/cmsapi/v1/articles"
REALM = "cmsapi"
SIZE = 500
JSON_TYPE = "application/json;charset=UTF-8"


def site_code(county: County) -> str:
    return county.pinyin[:2].upper()


def catalog(county: County, key: str) -> str:
    return f"{site_code(county)}{key.upper()}"


def account(county: County) -> tuple[str, str]:
    """The interface's account for the public pages (user, password), as the script holds it."""
    return f"web_{county.pinyin[:6]}", "Gk@" + stable_hex("ba-pass", county.pinyin, length=8)


def authorization(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def loader(user: str, password: str, code: str) -> str:
    rows_js = kit.row_links_js("JSON.parse(xhr.responseText).content", href="href", date="releaseDate",
                               indent=4, list_id="docList")
    return kit.xhr_get_list_script(f'"{LIST_API}?catalog={code}&size={SIZE}"', rows_js,
                                   before=f'var CMS_USER = "{user}", CMS_PASS = "{password}";\n',
                                   request='  xhr.setRequestHeader("Authorization", "Basic " + btoa(CMS_USER + ":" + '
                                           'CMS_PASS));\n')


def build_basicapi(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "basicapi"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("ba-art", county.pinyin, key, art.key, digits=16)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: f"/html/{catalog(county, key)}/{art.day:%Y%m}/{doc_id(key, art)}.html")
    user, password = account(county)
    expected = authorization(user, password)
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        code = catalog(county, key)
        rows = kit.json_rows(columns[key], www.host, url="href", date="releaseDate")
        answers[code] = json.dumps({"totalElements": len(rows), "content": rows}, ensure_ascii=False).encode()
        b.header_pages.append({"url": f"http://{www.host}{LIST_API}?catalog={code}&size={SIZE}",
                               "headers": {"Authorization": expected}})
        kit.report_list_page(b, www, county, family, f"/html/{site_code(county)}/gknb/{key}.html", label,
                             '<ul id="docList" class="list"></ul>', columns[key], nav=nav,
                             scripts=loader(user, password, code))

    def list_api(method, query, headers, body):
        if headers.get("authorization") != expected:   # the Basic challenge (RFC 7617) for anything else
            return Page(b'{"status":401,"error":"Unauthorized","path":"/cmsapi/v1/articles"}', SITE_DATE, JSON_TYPE,
                        status=401, role="api", extra_headers=(("WWW-Authenticate", f'Basic realm="{REALM}"'),))
        return Page(answers.get(query.get("catalog", ""), b'{"totalElements":0,"content":[]}'), SITE_DATE, JSON_TYPE,
                    role="api")

    www.dynamic[LIST_API] = list_api
    hrefs = [(f"/html/{site_code(county)}/gknb/{key}.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ba-news", more=tuple(hrefs[1:]))
    return urls
