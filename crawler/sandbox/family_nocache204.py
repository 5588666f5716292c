"""A county portal whose three 政府信息公开年报 columns (县政府, 县直部门, 乡镇) are shells filled from a JSP list action
that answers only a request carrying the cache-busting parameter its own script always adds: the column's script asks
`/xxgk/nb/list.do?lm=<bj|bm|xz>` the way jQuery's `$.ajax({cache: false})` does, appending `&_=<the time in
milliseconds>`, and draws the JSON rows it gets. A request without `_` (or with an empty or non-numeric one) is
answered `204 No Content`: no body, no error, nothing to draw — the rule the action's authors wrote so that a copy
cached by a proxy, or a request that did not come from the page's script, gets no list. Any numeric `_` gets the
rows. The script writes the list action's address and the name `_`; the value is made only at run time, and no
page or script writes an address that has one. The columns list every unit's reports of every year, the years before 2019 included; no other page links a report but
the home page's newest (held out of tuning, seventy-second round).

Modelled on http://wenchang.hainan.gov.cn/wenchang/nb2017/201803/87418b3306454be78643e6237772aca1.shtml?ddtab=true
(文昌市's 2017 report under 政府信息公开年报 > 2017, a `<site>/<column>/<YYYYMM>/<32 hex>.shtml` article with 索引号 and
发文机关: a Hainan county-level portal's report of the years before 2019) and http://fygsj.cn/hainan/zfxxgknb/202011/1a0c2d73a2eb4c8eadedba2c387ecb23.shtml?ddtab=true
(a copy of the province's 2009 report in the same CMS's `zfxxgknb` column), and on jQuery's documented `cache`
option, quoted at https://segmentfault.com/q/1010000007818196 from https://api.jquery.com/jquery.ajax/ ("Setting
cache to false will only work correctly with HEAD and GET requests. It works by appending "_={timestamp}" to the GET
parameters"). The 204 for a request without `_`, the list
action and its JSON are this family's choice (the cited pages are text; they show no script). Unlike cachebust (a
`t=<ms>` the server ignores, written into every link), stalecdn (a plain address answered with a stale copy, a `?t=`
written into the home page's links) or pagesize/longquery (a query a page writes whole), the needed parameter is
written nowhere: the script makes it at run time, and without it the answer is an empty success.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /<site>/zfxxgknb/<bj|bm|xz>/index.shtml (the shell and its loader), /xxgk/nb/list.do?lm=<key>&_=<ms>
  (the rows; 204 without `_`), articles /<site>/zfxxgknb/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年度报告", "bm": "县直部门信息公开年度报告", "xz": "乡镇信息公开年度报告"}
LIST_ACTION = "/xxgk/nb/list.do"
BUSTER = "_"
JSON_TYPE = "application/json;charset=UTF-8"
# the build's `_`: what the script would have sent at the moment the sandbox's pages were dated
BUILD_MS = str(int(SITE_DATE.timestamp() * 1000))


def shell_path(county: County, key: str) -> str:
    return f"/{county.pinyin}/zfxxgknb/{key}/index.shtml"


def busted(params: dict[str, str]) -> bool:
    """jQuery's `_`: the request's time in milliseconds; any digits pass (the server checks it is there, not when)."""
    return params.get(BUSTER, "").isdigit()


def loader(key: str) -> str:
    """The column's script: `$.ajax({url, cache: false})` written out (jQuery appends `_=` + the time)."""
    rows_js = kit.row_links_js("JSON.parse(xhr.responseText).rows", href="url", date="date", indent=4,
                               list_id="nbList")
    return kit.xhr_get_list_script(f'"{LIST_ACTION}?lm={key}" + "&{BUSTER}=" + new Date().getTime()', rows_js,
                                   check="    if (xhr.status !== 200) return;\n")


def build_nocache204(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "nocache204"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def article_path(key, art):
        return f"/{county.pinyin}/zfxxgknb/{art.day:%Y%m}/{stable_hex('nc-art', county.pinyin, key, art.key)}.shtml"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, path=article_path,
                                           serial=lambda key, art: stable_int("nc-art", county.pinyin, key, art.key,
                                                                              digits=5))
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        answers[key] = json.dumps({"total": len(columns[key]), "rows": kit.json_rows(columns[key], www.host)},
                                  ensure_ascii=False).encode()
        b.pages[f"http://{www.host}{LIST_ACTION}?lm={key}&{BUSTER}={BUILD_MS}"] = "api"
        kit.report_list_page(b, www, county, family, shell_path(county, key), label, '<ul id="nbList"></ul>',
                             columns[key], nav=nav, scripts=loader(key))

    def list_action(method, params, headers, body):
        rows = answers.get(params.get("lm", ""))
        if rows is None:
            return Page(b'{"total":0,"rows":[]}', SITE_DATE, JSON_TYPE, role="api")
        if not busted(params):   # no cache buster: an empty success
            return Page(b"", SITE_DATE, "", status=204, role="api")
        return Page(rows, SITE_DATE, JSON_TYPE, role="api", extra_headers=(("Cache-Control", "no-cache"),))

    www.dynamic[LIST_ACTION] = list_action
    hrefs = [(shell_path(county, key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="nc-news", more=tuple(hrefs[1:]))
    return urls
