"""A district portal rebuilt on Next.js's App Router whose 政府信息公开年报 column is a client component loaded without
server rendering: the HTML the server sends holds a skeleton (`加载中…`) and no entry, and the column's rows travel
only as the props of that component in the React Server Components stream Next.js inlines into the page —
`<script>self.__next_f.push([1,"…"])</script>` pieces whose strings, joined, are the flight rows (`2:I[…]` the client
module, `0:["$","$L2",null,{"items":[{"title":…,"href":"/xxgk/nb/….html",…}]}]`). The stream is cut into pieces of
at most 2,048 characters wherever the cut falls, so a row, and an address, may begin in one script and end in the next.
A script of the page draws the list in a browser; no other page names the reports but the home page's newest
government report (held out of tuning, fifty-ninth round).

Modelled on http://www.gaoling.gov.cn/zwgk/zfxxgknb/zfnb/1881268348977160193.html (西安市高陵区人民政府2024年政府信息公开
工作年度报告: a Shaanxi district's report under 政府信息公开年报 > 政府年报, at a 19-digit snowflake id, the shape of this
family's article addresses) and http://www.lintong.gov.cn/zwgk/xxgkml/xxgknb/bmxxgknb/1881599928650727426.html (临潼区's
2024 report of a 开发区 管委会 in the district's 部门信息公开年报 column: departments' and zones' reports in the same
platform). The Next.js front end, the component loaded with `ssr: false`, and the cut of the stream are this family's
choice (the cited pages are text; the flight row syntax `id:I[…]` / `["$","$L…",null,props]` and the
`self.__next_f.push([1, string])` inlining are Next.js 13-15's). Unlike nuxtstate (Nuxt 2's `window.__NUXT__`
expression beside ten server-rendered rows), nextjson (a paginated REST interface), jsonblock (one JSON script block)
or unescapejs, the list is a line-oriented stream split across many scripts, to be joined before it parses.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/nb (the column: a skeleton and the flight stream), articles /xxgk/nb/<19-digit id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb"
LABEL = "政府信息公开年报"
PIECE = 2048   # characters of the stream per push
# Draws the list as the client component would: join the pushed pieces, parse each flight row, find the props.
RENDER = """<script>
document.addEventListener("DOMContentLoaded", function () {
  var text = (self.__next_f || []).filter(function (c) { return c[0] === 1; })
    .map(function (c) { return c[1]; }).join("");
  function find(node) {
    if (!node || typeof node !== "object") return null;
    if (node.items && node.column) return node;
    for (var k in node) { var hit = find(node[k]); if (hit) return hit; }
    return null;
  }
  text.split("\\n").forEach(function (row) {
    var at = row.indexOf(":"), value = row.slice(at + 1);
    if (at < 0 || value.charAt(0) !== "[") return;
    var props = find(JSON.parse(value));
    if (!props) return;
    var box = document.getElementById("nb-list"), html = "<ul class=\\"list\\">";
    props.items.forEach(function (it) {
      html += "<li><a href=\\"" + it.href + "\\" target=\\"_blank\\">" + it.title + "</a><span class=\\"date\\">"
        + it.publishDate + "</span></li>";
    });
    box.innerHTML = html + "</ul>";
  });
});
</script>"""


def flight_rows(items: list[Article], host: str, build_id: str) -> str:
    """The RSC stream of the column page: the stylesheet hint, the client modules, the tree with the list's props."""
    chunk = f"static/chunks/app/xxgk/nb/page-{build_id[:16]}.js"
    rows = [{"id": a.url.rsplit("/", 1)[1].removesuffix(".html"), "title": a.title, "href": a.url.split(host, 1)[1],
             "publishDate": a.date_text, "unit": a.report.unit.name if a.report else ""} for a in items]
    props = {"column": LABEL, "total": len(rows), "items": rows}
    tree = ["$", "$L2", None, {"buildId": build_id, "children": [
        ["$", "h2", None, {"className": "nb-title", "children": LABEL}],
        ["$", "$L3", None, props]]}]

    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    return (f'1:HL["/_next/static/css/{build_id[:12]}.css","style"]\n'
            f'2:I[7012,[{dumps(chunk)}],"default"]\n'
            f'3:I[5823,[{dumps(chunk)}],"ReportList",1]\n'
            f"0:{dumps(tree)}\n")


def push_scripts(stream: str) -> str:
    """The stream as Next.js inlines it: a bootstrap push, then one `push([1, piece])` per PIECE characters (a JS
    string: JSON's escapes and `<` written \\u003c so no piece closes its script)."""
    pieces = [stream[i:i + PIECE] for i in range(0, len(stream), PIECE)]
    return ("<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
            + "".join("<script>self.__next_f.push([1,"
                      + json.dumps(p, ensure_ascii=False).replace("<", "\\u003c") + "])</script>" for p in pieces))


def build_nextrsc(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "nextrsc"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    newest = kit.newest_gov_report(arts)
    for art in items:
        serial = stable_int("nr-art", county.pinyin, art.key, digits=19)
        kit.article_page(b, www, county, family, art, f"{COLUMN}/{serial}.html", nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, serial), report_urls=urls,
                         needs_browser=art is not newest)
    build_id = stable_hex("nr-build", county.pinyin, length=21)
    skeleton = '<div id="nb-list" class="nb-skeleton"><p>加载中…</p></div>'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL,
                         skeleton + push_scripts(flight_rows(items, www.host, build_id)) + RENDER, items, nav=nav,
                         scripts=f'<script src="/_next/static/chunks/webpack-{build_id[:16]}.js" async></script>')
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN,
                            news_salt="nr-news")
    return urls
