"""A 旗 portal whose three 政府信息公开年报 columns (旗本级, 旗直部门, 苏木镇) are shells filled from a list interface on
another host of the portal, the 站群's API gateway `api.X.gov.cn`: the column's script asks
`http://api.X.gov.cn/gateway/cms/article/list?channelId=<id>&pageSize=500` with fetch(), a cross-origin request, so
the browser sends `Origin: http://www.X.gov.cn`. The gateway answers only an `Origin` on its allow-list (the portal's
own), with the rows and `Access-Control-Allow-Origin` naming it; a request without an Origin, or with another
site's, gets `403` and `{"code": 403, "msg": "非法的请求来源"}` — the gateway's guard against other sites and scripts
reusing its interface. The rows give each report's whole address on www. No page links the interface; the columns
list every unit's reports of every year, the years before 2019 included (held out of tuning, seventieth round).

Modelled on http://zltq.gov.cn/zltq/2026-02/02/article_2026020215383939768.html (扎赉特旗 宝力根花苏木's 2025 report: an
Inner Mongolia 旗 portal whose articles sit at `/<site>/<YYYY-MM>/<DD>/article_<YYYYMMDDhhmmss><5 digits>.html`),
http://www.kyzq.gov.cn/kyzq/2026-01/22/article_2026012210463172511.html (科右中旗 哈日诺尔苏木's report, the same
kind of portal) and http://www.ejnq.gov.cn/art/2022/1/24/art_5444_413853.html (额济纳旗: 政府信息公开年报 > 2021 > 苏木镇,
a column per kind of unit); the check of `Origin` against an allow-list, with 403 for any other, as
https://wiki.owasp.org/index.php/MediaWiki:Apihelp-main-param-origin describes MediaWiki's API doing ("This must
match one of the origins in the Origin header exactly … If this parameter does not match the Origin header, a 403
response will be returned"). The address scheme and the columns by kind of unit are the cited pages'; the gateway on
its own host, its interface and its guard are this family's choice (the cited pages are text; they show no script).
Unlike refguard (a `Referer` wanted for files), refxhr (a `Referer` and `X-Requested-With` for a list's later pages),
xhrheader (a header only a script sets) or acceptguard (headers every navigation sends), the header the interface
wants is one a browser adds by itself, and only to a request a page makes to another origin.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /<site>/zfxxgknb/<bj|bm|smz>/index.html (the shell and its loader), articles
  /<site>/<YYYY-MM>/<DD>/article_<YYYYMMDD><11 digits>.html.
- api.X.gov.cn: /gateway/cms/article/list?channelId=<id>&pageSize=<n> (JSON; 403 without the portal's Origin).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "旗本级政府信息公开年报", "bm": "旗直部门政府信息公开年报", "smz": "苏木镇政府信息公开年报"}
LIST_API = "/gateway/cms/article/list"
PAGE_SIZE = 500
JSON_TYPE = "application/json;charset=UTF-8"
SERVER = "openresty"


def site_name(county: County) -> str:
    return county.host.split(".")[1]


def channel_id(county: County, key: str) -> str:
    return str(stable_int("oa-chan", county.pinyin, key, digits=4))


def loader(api_host: str, channel: str) -> str:
    rows_js = kit.row_links_js("res.data.list", href="url", date="publishTime", indent=6,
                               list_id="articleList")
    return f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  fetch("http://{api_host}{LIST_API}?channelId={channel}&pageSize={PAGE_SIZE}")
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
{rows_js}
    }});
}});
</script>"""


def build_originapi(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "originapi"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    api = kit.sub_host(b, county, "api", SERVER)
    origin = f"http://{www.host}"
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    site = site_name(county)

    def doc_id(key, art):
        return stable_int("oa-art", county.pinyin, key, art.key, digits=11)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: f"/{site}/{art.day:%Y-%m}/{art.day:%d}/article_{art.day:%Y%m%d}{doc_id(key, art)}.html")
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        channel = channel_id(county, key)
        rows = [{"title": a.title, "url": a.url, "publishTime": a.date_text} for a in columns[key]]
        answers[channel] = json.dumps({"code": 200, "msg": "success", "data": {"total": len(rows), "list": rows}},
                                      ensure_ascii=False).encode()
        b.header_pages.append({"url": f"http://{api.host}{LIST_API}?channelId={channel}&pageSize={PAGE_SIZE}",
                               "headers": {"Origin": origin}})
        kit.report_list_page(b, www, county, family, f"/{site}/zfxxgknb/{key}/index.html", label,
                             '<ul id="articleList" class="list"></ul>', columns[key], nav=nav,
                             scripts=loader(api.host, channel))

    def list_api(method, query, headers, body):
        if headers.get("origin") != origin:   # the gateway's allow-list: the portal's own origin only
            return Page('{"code": 403, "msg": "非法的请求来源"}'.encode(), SITE_DATE, JSON_TYPE, status=403, role="api",
                        extra_headers=(("Vary", "Origin"),))
        answer = answers.get(query.get("channelId", ""), b'{"code": 200, "msg": "success", "data": {"total": 0, '
                                                          b'"list": []}}')
        return Page(answer, SITE_DATE, JSON_TYPE, role="api",
                    extra_headers=(("Access-Control-Allow-Origin", origin), ("Vary", "Origin")))

    api.dynamic[LIST_API] = list_api
    hrefs = [(f"/{site}/zfxxgknb/{key}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="oa-news", more=tuple(hrefs[1:]))
    return urls
