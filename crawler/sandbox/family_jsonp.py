"""A county portal whose 政府信息公开年报 column is an empty box filled by a JSONP call to a data sub-host: the column
page (www) adds a `<script src="http://data.X.gov.cn/interface/getInfoList.jsp?columnId=…&callback=renderNbList">`
and the answer, `renderNbList({...})` in text/javascript, lists every unit's reports of every year with their
addresses on www; no page of www names them (held out of tuning, tenth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a 政府信息公开 column page whose list is
filled in by a script from data it loads) and http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉: the
`/zfxxgk/<column>/` tree of an information-disclosure column). That the data comes as JSONP from a sub-host the
registry does not declare (a cross-domain call before CORS: jQuery's `dataType: "jsonp"`, still common on portals
whose list interface lives on a data server) is this family's choice; the cited pages do not show the host.
Unlike ajax, jsonly and loadmore (JSON on the portal's own host, fetched by XMLHttpRequest) and docwrite
(document.write of an inline array), the list is a script on another host, its query naming the column and the
callback.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /zwgk/ndbg/index.html (the empty list box and the JSONP loader), the reports at
  /zwgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
- data.X.gov.cn (undeclared): /interface/getInfoList.jsp?columnId=<id>&callback=renderNbList (the JSONP answer;
  404 without the column's id).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/ndbg/"
INTERFACE = "/interface/getInfoList.jsp"
CALLBACK = "renderNbList"


def loader(data_host: str, column_id: int) -> str:
    """The column page's script: a callback that draws the rows, and the <script> element that calls it."""
    return f"""<script type="text/javascript">
function {CALLBACK}(res) {{
  var ul = document.getElementById("nbList");
  res.data.forEach(function (row) {{
    var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
    a.href = row.url; a.target = "_blank"; a.textContent = row.title;
    span.className = "date"; span.textContent = row.pubDate;
    li.appendChild(a); li.appendChild(span); ul.appendChild(li);
  }});
}}
document.addEventListener("DOMContentLoaded", function () {{
  var s = document.createElement("script");
  s.src = "http://{data_host}{INTERFACE}?columnId={column_id}&callback={CALLBACK}";
  document.body.appendChild(s);
}});
</script>"""


def build_jsonp(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsonp"
    data = kit.sub_host(b, county, "data", "Apache-Coyote/1.1")
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, folder=NB, salt="jsonp-art",
                                          scripted_except=newest)
    column_id = stable_int("jsonp-col", county.pinyin, digits=4)
    answer = {"total": len(entries), "columnId": column_id,
              "data": [{"title": a.title, "url": a.url, "pubDate": a.date_text} for a in entries]}
    body = f"{CALLBACK}({json.dumps(answer, ensure_ascii=False)});"
    b.add(data, f"{INTERFACE}?columnId={column_id}&callback={CALLBACK}",
          Page(body.encode(), b.list_date(entries), "text/javascript; charset=utf-8", ignores_query=False), "list")
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", '<ul class="list" id="nbList"></ul>',
                                             column="政府信息公开年报", nav=nav, host=www.host,
                                             scripts=loader(data.host, column_id)),
                b.list_date(entries), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=NB + "index.html",
                            news_salt="jsonp-news")
    return urls
