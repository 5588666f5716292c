"""A county portal whose 年报 columns are empty shells filled by a script that POSTs a FormData — a
`multipart/form-data` body (RFC 7578: parts `columnId`, `pageIndex`, `pageSize` between boundaries the browser
chooses) — to a list interface written for a Node front end (Express with multer's `upload.none()`, which parses
multipart bodies and nothing else): `POST /api/cms/content/list`. The answer is JSON, ten rows a page with the
page count; the shell draws a button per page, each asking again with its `pageIndex`. A GET, a form-encoded body or
a JSON body with the same fields gets `{"code": 400, "msg": "columnId不能为空"}`: only a multipart body names a
column (held out of tuning, twenty-seventh round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, lists a script fills from an
interface) and https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (a report article at
`/<column>/<date>/<id>.html` of a portal whose lists come from a list action), with the front-end idiom of sending
a FormData (https://github.com/coderchuan/note txt/web/jquery/示例/ajax_FormData示例.md: `new FormData()`, POSTed with
`processData: false, contentType: false`, the browser writing the multipart body and its boundary). A list
interface that reads its parameters from multipart parts only is this family's choice; the cited pages do not show
their requests. Unlike jsonpost and cursorpost (a JSON body), postpager, ztreepost and csrfmeta (form-encoded
bodies) or ajax and nextjson (GET interfaces), the body a client must send is multipart, with a boundary of its own.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/nb/<bj|bm|xz>/index.html (the shells and their loader), POST /api/cms/content/list
  (multipart in, JSON out), articles /xxgk/article/<YYYYMMDD>/<id>.html.
"""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

API = "/api/cms/content/list"
COLUMNS = {"bj": "县政府政府信息公开年报", "bm": "县直部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
PAGE_SIZE = 10
JSON_TYPE = "application/json; charset=utf-8"
REFUSED = json.dumps({"code": 400, "msg": "columnId不能为空", "data": None}, ensure_ascii=False).encode()
FIELDS_MAX = 20   # parts read from one body (the sandbox takes small posts only)


def loader(column: str) -> str:
    """The shell's script: a FormData per page asked, drawn as rows and a button per page."""
    rows_js = kit.row_links_js("res.data.rows", href="url", date="publishTime", indent=6)
    return f"""<script type="text/javascript">
function loadList(pageIndex) {{
  var fd = new FormData();
  fd.append("columnId", "{column}");
  fd.append("pageIndex", String(pageIndex));
  fd.append("pageSize", "{PAGE_SIZE}");
  fetch("{API}", {{method: "POST", body: fd}})
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
      var ul = document.getElementById("contentList"), pager = document.getElementById("pager");
      ul.innerHTML = ""; pager.innerHTML = "";
{rows_js}
      for (var n = 1; n <= res.data.pageCount; n++) {{
        var button = document.createElement("button");
        button.textContent = n; button.disabled = n === pageIndex;
        button.addEventListener("click", loadList.bind(null, n));
        pager.appendChild(button);
      }}
    }});
}}
document.addEventListener("DOMContentLoaded", function () {{ loadList(1); }});
</script>"""


def multipart_body(fields: dict[str, str], boundary: str) -> str:
    """The body Chromium sends for a FormData of text `fields` (RFC 7578), CRLF line ends."""
    parts = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
                    for name, value in fields.items())
    return f"{parts}--{boundary}--\r\n"


def form_fields(content_type: str, body: bytes) -> dict[str, str]:
    """The text fields of a multipart/form-data body, read with the standard library's MIME parser (the cgi module
    that once read them is gone from Python 3.13); {} for any other body, at most FIELDS_MAX of them."""
    if not content_type.lower().startswith("multipart/form-data"):
        return {}
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode("latin-1", "replace")
                                                 + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return {}
    fields: dict[str, str] = {}
    for part in list(message.iter_parts())[:FIELDS_MAX]:
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str) and part.get_filename() is None:
            fields[name] = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    return fields


def build_formdata(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "formdata"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("fd-art", county.pinyin, key, art.key, digits=8)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=doc_id,
                                           path=lambda key, art: f"/xxgk/article/{art.day:%Y%m%d}/{doc_id(key, art)}.html")
    answers: dict[tuple[str, str], bytes] = {}
    boundary = "----WebKitFormBoundary" + stable_hex("fd-boundary", county.pinyin, length=16)
    hrefs = []
    for key, label in COLUMNS.items():
        column = str(stable_int("fd-col", county.pinyin, key, digits=4))
        chunks = paginate(columns[key], PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            answers[(column, str(n))] = json.dumps({"code": 200, "msg": "success", "data": {
                "total": len(columns[key]), "pageIndex": n, "pageCount": len(chunks),
                "rows": kit.json_rows(chunk, www.host, date="publishTime")}}, ensure_ascii=False).encode()
            fields = {"columnId": column, "pageIndex": str(n), "pageSize": str(PAGE_SIZE)}
            b.post_pages.append({"url": f"http://{www.host}{API}", "body": multipart_body(fields, boundary),
                                 "content_type": f"multipart/form-data; boundary={boundary}"})
        list_path = f"/xxgk/nb/{key}/index.html"
        kit.report_list_page(b, www, county, family, list_path, label,
                             '<ul id="contentList"></ul><div id="pager" class="pager"></div>', columns[key],
                             nav=nav, scripts=loader(column))
        hrefs.append((list_path, label))

    def handler(method, query, headers, body):
        content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
        fields = form_fields(content_type, body) if method == "POST" else {}
        found = answers.get((fields.get("columnId", ""), fields.get("pageIndex", "1")))
        return Page(found or REFUSED, SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[API] = handler
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="fd-news", more=tuple(hrefs[1:]))
    return urls
