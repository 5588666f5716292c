"""A county portal whose 年报 columns are shells filled by a script that POSTs a JSON query and pages by an opaque
cursor the answer hands back: the first request is `{"channelCode": c, "size": 10, "cursor": ""}`, each answer is
`{"code": 0, "data": {"list": [...], "nextCursor": "<opaque token>", "hasMore": true}}`, and the script asks again
with that token until `hasMore` is false. The tokens are issued by the server (a sealed position, not a page
number, an offset or an entry's id), so a later page is reachable only by a request whose body carries the token of
the answer before it (held out of tuning, nineteenth round).

Modelled on http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水: an
annual-report module keyed by unit and year) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北:
部门政务公开, one column per department). Cursor pagination over a JSON POST (as Elasticsearch's search_after /
scroll ids and many newer 数字政府 list services page) is this family's choice; the cited pages do not show it. Unlike
jsonpost (one JSON POST answers the whole list), nextjson (GET pages whose next address the answer names) or
scrollcursor (a GET whose cursor is the last entry's id), each later page is the answer to a POST whose JSON body
holds a token only the previous answer gives.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/nb/<bj|bm|xz>.html (a shell and the loader), POST /api/nb/query (JSON in, JSON out), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
API = "/api/nb/query"
JSON_TYPE = "application/json;charset=UTF-8"
SIZE = 10


def loader(code: str) -> str:
    rows_js = kit.row_links_js("res.data.list", href="url", date="pubDate", indent=6, list_id="infoList")
    return f"""<script type="text/javascript">
function loadPage(cursor) {{
  fetch("{API}", {{method: "POST", headers: {{"Content-Type": "application/json"}},
                   body: JSON.stringify({{channelCode: "{code}", size: {SIZE}, cursor: cursor}})}})
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
{rows_js}
      if (res.data.hasMore) {{ loadPage(res.data.nextCursor); }}
    }});
}}
document.addEventListener("DOMContentLoaded", function () {{ loadPage(""); }});
</script>"""


def request_body(code: str, cursor: str) -> str:
    """The body the loader sends (JSON.stringify's compact form, keys in the script's order)."""
    return json.dumps({"channelCode": code, "size": SIZE, "cursor": cursor}, separators=(",", ":"))


def build_cursorpost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cursorpost"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="cp-art",
                                        scripted_except=newest)
    answers: dict[tuple[str, str], bytes] = {}
    hrefs = []
    for key, label in COLUMNS.items():
        code = f"nb_{key}_{stable_int('cp-col', county.pinyin, key, digits=4)}"
        items = columns[key]
        chunks = paginate(items, SIZE) or [[]]
        cursors = [""] + [stable_hex("cp-cursor", county.pinyin, key, n, length=24) for n in range(1, len(chunks))]
        for n, chunk in enumerate(chunks):
            more = n + 1 < len(chunks)
            answers[(code, cursors[n])] = json.dumps({"code": 0, "msg": "ok", "data": {
                "list": kit.json_rows(chunk, www.host, date="pubDate"), "nextCursor": cursors[n + 1] if more else "", "hasMore": more}},
                ensure_ascii=False).encode()
            b.post_pages.append({"url": f"http://{www.host}{API}", "body": request_body(code, cursors[n]),
                                 "content_type": "application/json"})
        list_path = f"/xxgk/nb/{key}.html"
        kit.report_list_page(b, www, county, family, list_path, label, '<ul id="infoList"></ul>', items, nav=nav,
                             scripts=loader(code))
        hrefs.append((list_path, label))

    def handler(method, query, headers, body):
        content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
        if method != "POST" or not content_type.startswith("application/json"):
            return Page(b'{"code":405,"msg":"POST application/json only"}', SITE_DATE, JSON_TYPE, status=405,
                        role="api")
        try:
            asked = json.loads(body.decode("utf-8"))
            found = answers.get((asked.get("channelCode", ""), asked.get("cursor", "")))
        except (ValueError, AttributeError):
            found = None
        if found is None:   # an unknown or forged cursor: what a sealed cursor's service answers
            return Page(b'{"code":400,"msg":"invalid cursor"}', SITE_DATE, JSON_TYPE, status=400, role="api")
        return Page(found, SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[API] = handler
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="cp-news", more=tuple(hrefs[1:]))
    return urls
