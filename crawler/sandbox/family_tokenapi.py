"""A county portal whose 年报 columns are shells filled by a script in two steps: it first GETs
`/api/auth/token` (`{"code": 0, "token": "<32 hex>"}`), then the list action
`/api/info/list?channelId=<id>&token=<token>`; the list answers 401 without the token the first step hands out,
and its JSON names each article (held out of tuning, seventeenth round).

Modelled on https://hlbaoqing.gov.cn/bq/1263/202403/c07_5894.shtml (宝清: a 公开目录 of 县政府信息, 县直单位信息 and
乡(镇)信息 with 单位检索) and https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (a report
article of a portal whose lists come from a list action). The access token a page must fetch before the list
action answers (the 接口鉴权 of 政务 platforms' open APIs) is this family's choice; the cited pages do not show it.
Unlike xhrheader (a fixed request header), cookieloop (a cookie set by redirects), gkmlsearch (a token in the
form's hidden field) or jsonpost (a JSON body), the list's address carries a value only another endpoint's JSON
answer gives.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/nb/<bj|bm|xz>.html (a shell and the loader script), /api/auth/token, /api/info/list (JSON),
  articles /xxgk/nb/<YYYY>/<id>.shtml.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
TOKEN_API, LIST_API = "/api/auth/token", "/api/info/list"
JSON_TYPE = "application/json;charset=UTF-8"


def loader(channel: str) -> str:
    rows_js = kit.row_links_js("res.data", href="url", date="pubDate", indent=4, list_id="infoList")
    return f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  fetch("{TOKEN_API}").then(function (r) {{ return r.json(); }}).then(function (auth) {{
    return fetch("{LIST_API}?channelId={channel}&token=" + encodeURIComponent(auth.token));
  }}).then(function (r) {{ return r.json(); }}).then(function (res) {{
{rows_js}
  }});
}});
</script>"""


def build_tokenapi(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "tokenapi"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("ta-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=doc_id,
                                           path=lambda key, art: f"/xxgk/nb/{art.day:%Y}/{doc_id(key, art)}.shtml")
    token = stable_hex("ta-token", county.pinyin, length=32)
    answers: dict[str, bytes] = {}
    base = stable_int("ta-channel", county.pinyin, digits=3)
    for n, (key, label) in enumerate(COLUMNS.items()):
        channel = f"{base}{n}"   # the column's number last: the three channels of a portal never collide
        items = columns[key]
        answers[channel] = json.dumps({"code": 0, "data": kit.json_rows(items, www.host, date="pubDate")},
                                      ensure_ascii=False).encode()
        b.pages[f"http://{www.host}{LIST_API}?channelId={channel}&token={token}"] = "api"
        kit.report_list_page(b, www, county, family, f"/xxgk/nb/{key}.html", label, '<ul id="infoList"></ul>', items,
                             nav=nav, scripts=loader(channel))
    hrefs = [(f"/xxgk/nb/{key}.html", label) for key, label in COLUMNS.items()]

    def token_handler(method, query, headers, body):
        return Page(json.dumps({"code": 0, "token": token, "expiresIn": 1800}).encode(), SITE_DATE, JSON_TYPE,
                    role="api")

    def list_handler(method, query, headers, body):
        if query.get("token") != token:   # no token, or a stale one: what the script would get without step one
            return Page(b'{"code":401,"msg":"token invalid"}', SITE_DATE, JSON_TYPE, status=401, role="api")
        return Page(answers.get(query.get("channelId", ""), b'{"code":0,"data":[]}'), SITE_DATE, JSON_TYPE,
                    role="api")

    www.dynamic[TOKEN_API] = token_handler
    www.dynamic[LIST_API] = list_handler
    b.pages[f"http://{www.host}{TOKEN_API}"] = "api"
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ta-news", more=tuple(hrefs[1:]))
    return urls
