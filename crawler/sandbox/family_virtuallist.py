"""A county portal whose 政府信息公开年报 column is one long list drawn as a virtual list: a box of fixed height with its
own scroll bar (`overflow-y: auto`) over a spacer as tall as all the rows, and in it only the rows in the box's view
— ten at a time, moved into place by a `translateY` — while the rows of a window are fetched when the box is
scrolled to it: `GET /module/nb/rows.jsp?colid=<column>&start=<first>&limit=10` answers `{"total": N, "start": …,
"rows": [{title, url, date}, …]}` (at most 20 rows an answer, whatever the limit asked). The column's HTML holds no
row; the DOM never holds more than ten, and the window's rows are replaced, not added, as the box scrolls: the rows
past the first ten are asked for only when the box itself (not the page) is scrolled (held out of tuning,
twenty-sixth round).

Modelled on http://www.lintao.gov.cn/art/2023/1/31/art_6924_1618518.html (临洮县 新添镇's 2022 report at a 大汉 JCMS
article path, `/art/<Y>/<M>/<D>/art_<column>_<id>.html`) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北:
`/col/col<N>/index.html` columns whose lists a script fills), with the virtual list as front-end guides describe it
(https://www.hsh128.online/Tips/virtual-list.html: a box of fixed height that scrolls, a spacer of the total height,
only the rows between startIndex and endIndex rendered and moved by translateY; https://geekdaxue.co/read/imoxiao@xo4eyk/ls25do:
the rows' content updated on each scroll event). A 年报 list drawn this way, with its windows fetched on scroll, is
this family's choice; the cited portal pages do not show how their lists are drawn. Unlike scrollcursor (rows added
below as the page's end comes into view, keyed by the last id) or loadmore/laypage/rangelist (pages appended by a
button, a pager or at once), rows leave the DOM as others enter it, and only scrolling an inner box asks for more.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/col/col<G>/index.html: the guide and the
  年报 column), /col/col<N>/index.html (the virtual list's box and script), /module/nb/rows.jsp (JSON windows),
  articles /art/<Y>/<M>/<D>/art_<N>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

ROWS = "/module/nb/rows.jsp"
LABEL = "政府信息公开年报"
WINDOW = 10        # the rows in the box's view, and the rows the script asks for at a time
MOST_ROWS = 20     # the most rows one answer gives (a larger limit is cut)
ROW_HEIGHT = 36    # px: the box shows WINDOW rows of this height
JSON_TYPE = "application/json;charset=UTF-8"
BOX = (f'<div class="nb-total">共 <span id="nbTotal">0</span> 条</div><div id="nbBox" style="height:{WINDOW * ROW_HEIGHT}px;'
       'overflow-y:auto;position:relative"><div id="nbSpacer"></div><ul id="nbRows" class="list" '
       'style="position:absolute;top:0;left:0;right:0;margin:0"></ul></div>')
VIRTUAL = """<script type="text/javascript">
// a virtual list: only the rows in the box's view are in the DOM; a window of rows is fetched when the box is scrolled to it
var VL = {api: "%s?colid=%s", size: %d, rowHeight: %d, total: 0, windows: {}};
function vlFetch(n) {
  if (VL.windows[n]) { return Promise.resolve(); }
  return fetch(VL.api + "&start=" + n * VL.size + "&limit=" + VL.size).then(function (r) { return r.json(); })
    .then(function (res) { VL.total = res.total; VL.windows[n] = res.rows; });
}
function vlRender() {
  var box = document.getElementById("nbBox"), first = Math.floor(box.scrollTop / VL.rowHeight);
  var last = first + VL.size - 1, needed = [Math.floor(first / VL.size), Math.floor(last / VL.size)];
  Promise.all(needed.map(vlFetch)).then(function () {
    document.getElementById("nbTotal").textContent = VL.total;
    document.getElementById("nbSpacer").style.height = VL.total * VL.rowHeight + "px";
    var ul = document.getElementById("nbRows");
    ul.style.transform = "translateY(" + first * VL.rowHeight + "px)";
    ul.innerHTML = "";
    for (var i = first; i <= last && i < VL.total; i++) {
      var row = (VL.windows[Math.floor(i / VL.size)] || [])[i %% VL.size];
      if (!row) { continue; }
      var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
      li.style.height = VL.rowHeight + "px";
      a.href = row.url; a.target = "_blank"; a.textContent = row.title; span.className = "date"; span.textContent = row.date;
      li.appendChild(a); li.appendChild(span); ul.appendChild(li);
    }
  });
}
document.addEventListener("DOMContentLoaded", function () {
  vlRender();
  document.getElementById("nbBox").addEventListener("scroll", vlRender);
});
</script>"""


COLUMN_KEYS = ("zwgk", "zn", "nb", "xwdt")   # the portal's columns, in the order the CMS numbered them


def column_id(county: County, key: str) -> int:
    """A column's number: 4 digits, one after another from the portal's first (so no two columns share one)."""
    return 1000 + stable_int("vl-col", county.pinyin, digits=4) % 8000 + COLUMN_KEYS.index(key)


def article_id(county: County, art: Article) -> int:
    return stable_int("vl-art", county.pinyin, art.key, digits=7)


def hanweb_path(county: County, col: int, art: Article) -> str:
    return kit.jcms_path(col, art.day, article_id(county, art))


def window_answer(rows: list[dict[str, str]], start: int, limit: int) -> bytes:
    shown = rows[start:start + min(limit, MOST_ROWS)] if start >= 0 and limit > 0 else []
    return json.dumps({"total": len(rows), "start": start, "rows": shown}, ensure_ascii=False).encode()


def number(value: str, default: int) -> int:
    """A query value as a JSP's Integer.parseInt with a default gives it (a bad value: the default)."""
    return int(value) if value.isdigit() else default


def build_virtuallist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "virtuallist"
    col, zwgk, news_col = (column_id(county, key) for key in ("nb", "zwgk", "xwdt"))
    nav = [("首页", "/"), ("政务公开", f"/col/col{zwgk}/index.html"), ("新闻动态", f"/col/col{news_col}/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                          path=lambda art: hanweb_path(county, col, art),
                                          serial=lambda art: article_id(county, art))
    rows = kit.json_rows(items, www.host)
    column = f"/col/col{col}/index.html"
    kit.report_list_page(b, www, county, family, column, LABEL, BOX, items, nav=nav,
                         scripts=VIRTUAL % (ROWS, col, WINDOW, ROW_HEIGHT))
    for start in range(0, len(rows), WINDOW):   # the windows the script asks for as the box scrolls
        b.pages[f"http://{www.host}{ROWS}?colid={col}&start={start}&limit={WINDOW}"] = "api"

    def windows(method, query, headers, body):   # another column: no rows
        listed = rows if query.get("colid") == str(col) else []
        return Page(window_answer(listed, number(query.get("start", ""), 0), number(query.get("limit", ""), WINDOW)),
                    SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[ROWS] = windows
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path=f"/col/col{zwgk}/index.html",
                      title="政务公开", reports_href=column,
                      article_path=lambda art: hanweb_path(county, column_id(county, "zn"), art))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻动态",
                           list_path=f"/col/col{news_col}/index.html",
                           article_path=lambda art: hanweb_path(county, news_col, art))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
