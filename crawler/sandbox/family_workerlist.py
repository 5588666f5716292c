"""A county portal whose 政府信息公开年报 lists are fetched by a Web Worker: the column page holds three empty boxes
(本级, 部门, 乡镇（街道）) and a script that starts a dedicated worker, `new Worker("/js/nb/list.worker.js")`, and posts it
each box's column id; the worker, in its own global scope, asks `/interface/nb/rows.do?col=<id>&pageNo=<n>&pageSize=15`
page after page until it has `total` rows, and posts the rows back (`self.postMessage({col, rows})`), which the page's
`onmessage` draws as links. The list interface is named only in the worker's script, which the page names only as a
constructor's argument, not by `<script src>`; no page links a report but the home page's newest one (held out of
tuning, twenty-ninth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 信息公开 → 部门目录, lists a script fills in
the column page), http://xuanhan.gov.cn/xxgk-show-69828.html (宣汉: a 2018 report in the portal's 信息公开年报 栏目) and on
the worker idiom as MDN documents it, https://developer.mozilla.org/En/DOM/Using_web_workers ("they can make network
requests using the fetch() or XMLHttpRequest APIs … send messages to the JavaScript code that created it"), and as
https://huggingface.co/spaces/Marthee/Measurement/blob/main/static/guessedNamesWorker.js writes it (the worker
fetches JSON and `postMessage`s it back to the main thread). That a county CMS moves its list loading into a worker
is this family's choice; the cited portal pages show script-filled lists, not where the script runs. Unlike
shadowlist (a Web Component's module), postmsg (a proxy frame on another host answering messages), eventstream
(server-sent events) or sharedjs (a shared script's function), the fetching code runs outside the page's document, in
a script loaded by `new Worker()`.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/nb/index.html (the boxes and the loader), /js/nb/list.worker.js (the worker), /interface/nb/rows.do (JSON
  pages of a column's rows), articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json
from math import ceil

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
WORKER = "/js/nb/list.worker.js"
ROWS = "/interface/nb/rows.do"
PAGE_SIZE = 15
LABELS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
JS = "text/javascript; charset=utf-8"

LOADER = f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var worker = new Worker("{WORKER}");
  worker.onmessage = function (e) {{
    var ul = document.querySelector('.nbBox[data-col="' + e.data.col + '"] ul');
    e.data.rows.forEach(function (row) {{
      var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
      a.href = row.link; a.textContent = row.title; a.target = "_blank"; s.className = "date"; s.textContent = row.pubDate;
      li.appendChild(a); li.appendChild(s); ul.appendChild(li);
    }});
  }};
  document.querySelectorAll(".nbBox").forEach(function (box) {{ worker.postMessage({{col: box.dataset.col}}); }});
}});
</script>"""

WORKER_JS = f"""// 年报列表加载（Web Worker）：按栏目逐页取数据，取完后交回页面绘制
var PAGE_SIZE = {PAGE_SIZE};
function load(col, pageNo, rows) {{
  fetch("{ROWS}?col=" + col + "&pageNo=" + pageNo + "&pageSize=" + PAGE_SIZE)
    .then(function (r) {{ return r.json(); }})
    .then(function (d) {{
      rows = rows.concat(d.data);
      if (pageNo * PAGE_SIZE < d.total) {{ load(col, pageNo + 1, rows); }}
      else {{ self.postMessage({{col: col, rows: rows}}); }}
    }});
}}
self.onmessage = function (e) {{ load(e.data.col, 1, []); }};
"""


def column_id(county: County, key: str) -> int:
    return stable_int("wl-col", county.pinyin, key, digits=5)


def build_workerlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "workerlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, salt="wl-art",
                                        folder="/xxgk/nb/{key}/", scripted_except=newest)
    for key, items in columns.items():
        col = column_id(county, key)
        pages = ceil(len(items) / PAGE_SIZE) or 1
        for n in range(1, pages + 1):
            rows = [{"title": a.title, "link": a.url.split(www.host, 1)[1], "pubDate": a.date_text}
                    for a in items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]]
            answer = {"code": 0, "total": len(items), "pageNo": n, "pageSize": PAGE_SIZE, "data": rows}
            b.add(www, f"{ROWS}?col={col}&pageNo={n}&pageSize={PAGE_SIZE}",
                  Page(json.dumps(answer, ensure_ascii=False).encode(), b.list_date(items),
                       "application/json;charset=UTF-8", ignores_query=False), "list")
    b.add(www, WORKER, Page(WORKER_JS.encode(), SITE_DATE, JS), "script")
    boxes = "".join(f'<div class="nbBox" data-col="{column_id(county, key)}"><h3>{label}</h3><ul class="list"></ul></div>'
                    for key, label in LABELS.items())
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", boxes, arts, nav=nav, scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="wl-news")
    return urls
