"""A county portal whose 政府信息公开年报 lists come from a content interface that pages by an opaque cursor carried in a
response header: the column page holds three empty boxes (县政府, 县直部门, 乡镇（街道）), and its script asks
`/api/front/content/list?channelId=<id>&count=6` for each; every answer's body is only the rows
(`{"code": 0, "msg": "success", "data": [...]}`), and while more rows follow the answer carries an `X-Next-Cursor`
header, a token the server issues (a sealed position, neither a page number nor an offset nor an entry's id). The
script sends it back as the query's `cursor` (`&cursor=<token>`) for the next rows, until an answer has no such
header. A cursor the server did not issue answers 400 无效的游标; a `page` or `offset` in the query is ignored. So the
rows past a channel's first six exist only in answers to URLs whose last value was written in a response header of
the answer before (held out of tuning, twenty-eighth round).

Modelled on http://guyang.gov.cn/jdbsc/24971296.jhtml (固阳县 下湿壕镇's 2022 report, an article of a JEECMS-style
portal at `/<channel>/<id>.jhtml`) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 lists
by kind of unit, drawn by a script from an interface), with the continuation tokens of HTTP APIs that page through
headers: https://dev.criticalarc.com/reference/paging (an `X-Continuation-Token` response header, "if the response
does not return an X-Continuation-Token header, then there are no more items") and
https://learn.microsoft.com/en-us/dotnet/api/microsoft.teamfoundation.sourcecontrol.webapi.gitpolicyconfigurationresponse.continuationtoken?view=azure-devops-dotnet-preview
(Azure DevOps' client reads the token from the `x-ms-continuationtoken` response header). A 年报 interface paged so,
and the token sent back in the query, are this family's choice; the cited portal pages do not show their interfaces.
Unlike linkheader (the next page's whole address in a `Link` header), rangelist (pages asked by a `Range` request
header at one address), cursorpost (a token in a POSTed JSON body's answer) or scrollcursor (the last entry's id as
the cursor), the value that names a later page is neither in any body nor derivable from one: only a response header
holds it.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the three boxes and the loader), /api/front/content/list?channelId=<id>&count=<n>
  [&cursor=<token>] (JSON rows: `count` from 1 to 20, else 6), articles /xxgk/nb/<bj|bm|xz>/<8 digits>.jhtml.
"""

from __future__ import annotations

import base64
import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
API = "/api/front/content/list"
LABEL = "政府信息公开年报"
COUNT, MAX_COUNT = 6, 20
JSON_TYPE = "application/json;charset=UTF-8"
# channel key, box title, the kinds of unit whose reports it lists (the government's also the column's non-reports)
CHANNELS = (("bj", "县政府", ("gov", "office")), ("bm", "县直部门", ("department", "zone")),
            ("xz", "乡镇（街道）", ("township",)))
LOADER = f"""<script type="text/javascript">
// the interface's answers hold rows only; while more follow, the X-Next-Cursor header says where to go on from
function nbBox(box) {{
  var ul = box.querySelector("ul"), channel = box.getAttribute("data-channel");
  function more(cursor) {{
    fetch("{API}?channelId=" + channel + "&count={COUNT}" + (cursor ? "&cursor=" + encodeURIComponent(cursor) : ""))
      .then(function (r) {{
        var next = r.headers.get("X-Next-Cursor");
        return r.json().then(function (answer) {{
          answer.data.forEach(function (row) {{
            var item = document.createElement("li");
            item.innerHTML = '<a target="_blank"></a><span class="date"></span>';
            item.firstChild.href = row.url; item.firstChild.textContent = row.title;
            item.lastChild.textContent = row.date;
            ul.appendChild(item);
          }});
          if (next) {{ more(next); }}
        }});
      }});
  }}
  more("");
}}
document.addEventListener("DOMContentLoaded", function () {{
  document.querySelectorAll(".nbBox").forEach(nbBox);
}});
</script>"""


def channel_id(county: County, key: str) -> int:
    return stable_int("ch-col", county.pinyin, key, digits=3)


def cursor(county: County, key: str, position: int) -> str:
    """The token the server issues for the rows from `position` on: opaque (URL-safe base64 of a sealed value)."""
    sealed = bytes.fromhex(stable_hex("ch-cursor", county.pinyin, key, position, length=36))
    return base64.urlsafe_b64encode(sealed).decode()


def rows_answer(b: Build, host: str, county: County, key: str, items: list[Article], first: int, count: int) -> Page:
    """`count` rows from `first` on, with the cursor of the rows after them while there are any."""
    rows = items[first:first + count]
    headers = [("Access-Control-Expose-Headers", "X-Next-Cursor")]
    if first + count < len(items):
        headers.append(("X-Next-Cursor", cursor(county, key, first + count)))
    body = {"code": 0, "msg": "success", "data": kit.json_rows(rows, host)}
    return Page(json.dumps(body, ensure_ascii=False).encode(), b.list_date(rows or items), JSON_TYPE,
                ignores_query=False, extra_headers=tuple(headers))


def refusal(code: int, message: str) -> Page:
    body = json.dumps({"code": code, "msg": message, "data": []}, ensure_ascii=False).encode()
    return Page(body, SITE_DATE, JSON_TYPE, status=code, ignores_query=False)


def build_cursorheader(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cursorheader"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    channels: dict[str, tuple[str, list[Article]]] = {}
    for key, _, kinds in CHANNELS:
        listed = [a for a in items if (a.report.unit.kind if a.report else "gov") in kinds]
        kit.column_pages(b, www, county, family, listed, urls, nav=nav, scripted_except=newest,
                         path=lambda art, key=key: f"/xxgk/nb/{key}/{stable_int('ch-art', county.pinyin, art.key)}.jhtml")
        channels[str(channel_id(county, key))] = (key, listed)
        first_page = f"{API}?channelId={channel_id(county, key)}&count={COUNT}"
        for start in range(0, max(len(listed), 1), COUNT):   # the answers the loader walks
            asked = first_page + (f"&cursor={cursor(county, key, start)}" if start else "")
            b.add(www, asked, rows_answer(b, www.host, county, key, listed, start, COUNT), "list")

    def interface(method, query, headers, body):   # any channel and count; a cursor only as the server issued it
        if query.get("channelId") not in channels:
            return refusal(404, "栏目不存在")
        key, listed = channels[query["channelId"]]
        asked = query.get("count", "")
        count = int(asked) if asked.isdigit() and 0 < int(asked) <= MAX_COUNT else COUNT
        issued = {cursor(county, key, position): position for position in range(1, len(listed) + 1)}
        token = query.get("cursor", "")
        if token and token not in issued:
            return refusal(400, "无效的游标")
        return rows_answer(b, www.host, county, key, listed, issued.get(token, 0), count)

    www.dynamic[API] = interface
    boxes = "".join(f'<div class="nbBox" data-channel="{channel_id(county, key)}"><h3>{label}</h3>'
                    '<ul class="list"></ul></div>' for key, label, _ in CHANNELS)
    b.html_page(www, COLUMN, page(county, family, LABEL, f"<h2>{LABEL}</h2>{boxes}", column=LABEL, nav=nav,
                                  host=www.host, scripts=LOADER), b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="ch-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
