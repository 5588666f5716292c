"""A county portal whose 年报 columns are empty shells filled by a script that POSTs a JSON body
(`fetch("/api/info/list", {method: "POST", headers: {"Content-Type": "application/json"}, body:
JSON.stringify({channelCode, pageNo, pageSize})})`) to a Spring-style list action; the action answers nothing to a
GET or to a form-encoded body, and its JSON answer names each article (held out of tuning, sixteenth round).

Modelled on https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (a report article at
`/<column>/<date>/<32 hex>.html` of a portal whose lists come from a list action) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, one column per department). The JSON
request body (an `@RequestBody` controller) is this family's choice; the cited pages do not show it. Unlike ajax /
nextjson / xhrheader (GET list actions), postpager and ztreepost (form-encoded POSTs), the list is given only to a
request whose body is JSON naming the column.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/<bj|bm|xz>/index.html (a shell and the loader script), POST /api/info/list (JSON in, JSON
  out), articles /xxgk/<YYYYMMDD>/<32 hex>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
API = "/api/info/list"
JSON_TYPE = "application/json;charset=UTF-8"
PAGE_SIZE = 100


def loader(code: str) -> str:
    rows_js = kit.row_links_js("res.data.records", href="linkUrl", date="publishDate", indent=6,
                               list_id="infoList")
    return f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  fetch("{API}", {{method: "POST", headers: {{"Content-Type": "application/json"}},
                   body: JSON.stringify({{channelCode: "{code}", pageNo: 1, pageSize: {PAGE_SIZE}}})}})
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
{rows_js}
    }});
}});
</script>"""


def request_body(code: str) -> str:
    """The body the loader sends (JSON.stringify's compact form)."""
    return json.dumps({"channelCode": code, "pageNo": 1, "pageSize": PAGE_SIZE}, separators=(",", ":"))


def build_jsonpost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsonpost"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc(key, art):
        return stable_hex("jp-art", county.pinyin, key, art.key, length=32)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=lambda key, art: int(doc(key, art)[:6], 16),
                                           path=lambda key, art: f"/xxgk/{art.day:%Y%m%d}/{doc(key, art)}.html")
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        code = f"{county.pinyin}_nb_{key}"
        items = columns[key]
        records = kit.json_rows(items, www.host, url="linkUrl", date="publishDate")
        answers[code] = json.dumps({"code": 200, "msg": "success", "data": {
            "total": len(records), "pageNo": 1, "pageSize": PAGE_SIZE, "records": records}},
            ensure_ascii=False).encode()
        b.post_pages.append({"url": f"http://{www.host}{API}", "body": request_body(code),
                             "content_type": "application/json"})
        kit.report_list_page(b, www, county, family, f"/xxgk/{key}/index.html", label, '<ul id="infoList"></ul>',
                             items, nav=nav, scripts=loader(code))
    hrefs = [(f"/xxgk/{key}/index.html", label) for key, label in COLUMNS.items()]

    def handler(method, query, headers, body):
        content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
        if method != "POST" or not content_type.startswith("application/json"):
            return Page(b'{"code":415,"msg":"Content type not supported"}', SITE_DATE, JSON_TYPE, status=415,
                        role="api")
        try:
            code = json.loads(body.decode("utf-8")).get("channelCode", "")
        except (ValueError, AttributeError):
            code = ""
        empty = b'{"code":200,"msg":"success","data":{"total":0,"records":[]}}'
        return Page(answers.get(code, empty), SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[API] = handler
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="jp-news", more=tuple(hrefs[1:]))
    return urls
