"""A county portal whose 政府信息公开年报 lists are drawn from an ASP.NET generic handler that answers JSON the way such
handlers often do: `Content-Type: text/plain; charset=utf-8` (the content type Visual Studio's 一般处理程序 template
writes, left as it was), a UTF-8 byte order mark before the `{` (the handler sends a cache file the CMS wrote with
.NET's `Encoding.UTF8`, which writes one), and gzip-compressed by IIS for every client that accepts it. The column
page holds three empty boxes (本级, 部门, 乡镇（街道）) and a script that asks `/Ashx/InfoList.ashx?cid=<id>&page=<n>`
page after page, strips the mark (`responseText.replace(/^\\uFEFF/, "")`) and parses the text itself; no page links a
report but the home page's newest one (held out of tuning, thirtieth round).

Modelled on http://www.xizang.gov.cn/zwgk/xxgk_424/xxgknb/2025nb/202601/t20260116_519394.html and
http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏: a department's and the region's
reports, 2014 to 2025, in a 信息公开年报 column), on the generic handler as
https://blog.csdn.net/NetBeginner_/article/details/7848895 shows its template (`context.Response.ContentType =
"text/plain";`), and on JSON answered with a BOM by real services: https://github.com/forwardemail/superagent/issues/1249
(a WCF web service whose JSON starts with 0xFEFF, `Unexpected token in JSON at position 0`) and
https://github.com/dgtlmoon/changedetection.io/issues/2945 (an `.ajax?fileType=json` endpoint whose answer browsers
read but a JSON filter could not parse, for its byte order mark). That this portal's list handler answers so is this
family's choice (the cited portal pages are articles; their lists' transport is not in the page text). Unlike
workerlist, linkheader or nextjson (JSON lists with a JSON content type), acceptneg (JSON only for an `Accept`
header) or cryptlist (rows encrypted), the rows here are plain JSON, but in an answer that says it is text, begins
with a byte order mark and comes gzip-compressed.

- www.X.gov.cn (Microsoft-IIS): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and
  the column), /zwgk/xxgknb/index.html (the boxes and the loader), /Ashx/InfoList.ashx?cid=<5 digits>&page=<n>
  (ten rows a page, `total`), articles /zwgk/xxgknb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import codecs
import json
from math import ceil

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/zwgk/xxgknb/index.html"
HANDLER = "/Ashx/InfoList.ashx"
PAGE_SIZE = 10
LABELS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
TEXT_PLAIN = "text/plain; charset=utf-8"

LOADER = f"""<script type="text/javascript">
function loadNb(box, page) {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "{HANDLER}?cid=" + box.getAttribute("data-cid") + "&page=" + page);
  xhr.onload = function () {{
    var d = JSON.parse(xhr.responseText.replace(/^\\uFEFF/, ""));   // 接口返回带 BOM 的文本
    var ul = box.querySelector("ul");
    for (var i = 0; i < d.rows.length; i++) {{
      var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
      a.href = d.rows[i].LinkUrl; a.textContent = d.rows[i].Title; a.target = "_blank";
      s.className = "date"; s.textContent = d.rows[i].PubDate;
      li.appendChild(a); li.appendChild(s); ul.appendChild(li);
    }}
    if (page * {PAGE_SIZE} < d.total) {{ loadNb(box, page + 1); }}
  }};
  xhr.send();
}}
window.onload = function () {{
  var boxes = document.querySelectorAll(".nbBox");
  for (var i = 0; i < boxes.length; i++) {{ loadNb(boxes[i], 1); }}
}};
</script>"""


def column_id(county: County, key: str) -> int:
    return stable_int("gz-col", county.pinyin, key, digits=5)


def handler_answer(items: list, host: str, page: int) -> bytes:
    """One page of the handler's answer: a byte order mark, then the JSON (the CMS's cache file, as written)."""
    rows = [{"Title": a.title, "LinkUrl": a.url.split(host, 1)[1], "PubDate": a.date_text}
            for a in items[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]]
    answer = {"total": len(items), "page": page, "rows": rows}
    return codecs.BOM_UTF8 + json.dumps(answer, ensure_ascii=False).encode()


def build_gzbom(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gzbom"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5", gzip=True)
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, salt="gz-art",
                                        folder="/zwgk/xxgknb/{key}/", scripted_except=newest)
    for key, items in columns.items():
        cid = column_id(county, key)
        for n in range(1, (ceil(len(items) / PAGE_SIZE) or 1) + 1):
            b.add(www, f"{HANDLER}?cid={cid}&page={n}",
                  Page(handler_answer(items, www.host, n), b.list_date(items), TEXT_PLAIN, ignores_query=False), "list")
    boxes = "".join(f'<div class="nbBox" data-cid="{column_id(county, key)}"><h3>{label}</h3><ul class="list"></ul></div>'
                    for key, label in LABELS.items())
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", boxes, arts, nav=nav, scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="gz-news")
    return urls
