"""A district portal whose three 政府信息公开年报 columns (区政府, 区级部门, 街镇) are shells filled from a Java list
action that answers JSON in GBK: `/zwgk/zfxxgknb/list.do?lb=<qzf|qjbm|jz>` sends
`Content-Type: application/json;charset=GBK` (a servlet's `response.setContentType("application/json;charset=GBK")`,
the platform's database and pages being GBK) and a body whose Chinese — every title, every unit — is GBK bytes. A
browser's XMLHttpRequest decodes `responseText` by the charset the header names, and the column's script
JSON.parse()s that text, so the lists are drawn. JSON is UTF-8 by its RFC 8259 ("JSON text exchanged between
systems … MUST be encoded using UTF-8") and a client that reads the body by that rule (Python's json.loads of the
bytes, a `response.json()`) fails on the first title with a UnicodeDecodeError and gets no row at all. The rows list
every unit's reports of every year, the years before 2019 included; no page links a report but the home page's
newest (held out of tuning, eightieth round).

Modelled on https://www.tjbd.gov.cn/zwgk/zfxxgkqjjg/whlyj/zfxxgknb18/202601/t20260126_7231121.html (天津市宝坻区
文化和旅游局's 2025 report in its 政府信息公开年报 column under the district's 区级机关 sub-site) and
http://www.tjjz.gov.cn/zwgk/zfxxgk/zfxxgkqzf1/zfxxgknb2/2021n/202203/t20220301_5817391.html (蓟州区's 2021 report in
its 区政府 column): a Tianjin district's 年报 filed by unit, TRS articles `<YYYYMM>/t<YYYYMMDD>_<id>.html`, the shape
of this family's addresses. The list action and its GBK answer are this family's choice (the cited pages are text),
as Java 信息公开 platforms built on GBK databases answer their list interfaces. Unlike gzbom (JSON in UTF-8 behind a
byte order mark and a text/plain type), hdrcharset and latinheader (HTML pages whose charset the header names or
misnames) or xssiprefix (a JSON answer behind an anti-XSSI prefix), the answer is plain JSON whose only quirk is
the charset its header names and JSON's own rule forbids.

- www.X.gov.cn (nginx + Tomcat): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the three columns), the columns /zwgk/zfxxgknb/<key>/index.html (an empty list and its script),
  /zwgk/zfxxgknb/list.do?lb=<key> (the column's rows, GBK JSON; any other kind: an empty list), articles
  /zwgk/zfxxgknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "区政府信息公开年报", "qjbm": "区级部门信息公开年报", "jz": "街镇信息公开年报"}
LIST = "/zwgk/zfxxgknb/list.do"
JSON_GBK = "application/json;charset=GBK"


def column_path(key: str) -> str:
    return f"/zwgk/zfxxgknb/{key}/index.html"


def answer(payload: dict) -> bytes:
    """The action's body: JSON with its Chinese written out (no \\u escapes), encoded in GBK."""
    return json.dumps(payload, ensure_ascii=False).encode("gbk")


def list_script(key: str) -> str:
    rows = kit.row_links_js("JSON.parse(xhr.responseText).data", href="url", date="date", indent=4,
                            list_id="nbList")
    return kit.xhr_get_list_script(f'"{LIST}?lb={key}"', rows)


def build_gbkjson(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gbkjson"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="gj-art", folder="/zwgk/zfxxgknb/{key}/", scripted_except=newest)
    for key, label in COLUMNS.items():
        items = columns[key]
        body = answer({"code": 0, "msg": "成功", "total": len(items), "data": kit.json_rows(items, www.host)})
        b.add(www, f"{LIST}?lb={key}", Page(body, b.list_date(items), JSON_GBK), "list")
        kit.report_list_page(b, www, county, family, column_path(key), label, '<ul id="nbList" class="list"></ul>',
                             items, nav=nav, scripts=list_script(key))
    empty = answer({"code": 0, "msg": "成功", "total": 0, "data": []})
    www.dynamic[LIST] = lambda method, query, headers, body: Page(empty, SITE_DATE, JSON_GBK, role="api")
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="gj-news", more=tuple(hrefs[1:]))
    return urls
