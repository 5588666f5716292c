"""A county portal whose 政府信息公开年报 lists are loaded by declarative AJAX attributes (htmx): the column page holds
three empty lists (县政府, 县直部门, 乡镇（街道）), each `<ul hx-get="/xxgk/nb/rows?kind=<bj|bm|xz>&page=1"
hx-trigger="load">`, and loads the htmx library; the answer is an HTML fragment of that page's rows ending with a
sentinel `<li hx-get="…&page=<n+1>" hx-trigger="revealed" hx-swap="outerHTML">加载更多</li>` that fetches the next
page when it scrolls into view, and is replaced by it. No script of the portal's own writing names any address: the
fragments' addresses are attribute values the library acts on, and the rows are links only inside the fragments
(held out of tuning, thirty-first round).

Modelled on https://www.ynyx.gov.cn/info/1025/10755.htm (云县大寨镇人民政府2022年政府信息公开工作年度报告: a township's
report in the county's column beside the government's) and https://cangyuan.gov.cn/zfxxgk_cyx_nlx/zfxxgknb.html?nbYear=2022
(沧源县糯良乡: a township's 年报 column of a Yunnan county portal, the year picked in the query); the loading is htmx's
own documented patterns, https://htmx.org/examples/infinite-scroll/ (a last row `hx-get="/contacts/?page=2"
hx-trigger="revealed"`, "the last element of the results will itself contain the listener to load the next page")
and the lazy-load `hx-trigger="load"` placeholder, with a fragment answered per page as
https://four.htmx.org/patterns/loading/infinite-scroll shows ("respond with the next rows plus a fresh placeholder
pointing to ?page=3"). That a county column is built so is this family's choice (the cited portal pages are
text; their markup is not shown). The sandbox serves no third-party scripts: /static/js/htmx.min.js is a few lines
in place of the library that do what htmx does with `hx-get`, `hx-trigger` (load, revealed, click) and `hx-swap`
(innerHTML, outerHTML). Unlike loadmore (a 加载更多 button whose own click handler, written by the portal, builds the
next page's address), scrollcursor (a portal script asking for rows after the last id) or ajax/workerlist (portal
scripts that fetch JSON), every address is an attribute of markup, acted on by a generic library.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /xxgk/nb/index.html (three empty lists with hx-get/hx-trigger="load"), /xxgk/nb/rows?kind=&page=
  (text/html fragments of 8 rows and the next page's sentinel), /static/js/htmx.min.js (the library's stand-in),
  articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
ROWS = "/xxgk/nb/rows"
LIBRARY = "/static/js/htmx.min.js"
PAGE_SIZE = 8
LABELS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}

# htmx's core in a few lines (the sandbox serves no third-party scripts): an element's hx-get is fetched when its
# hx-trigger fires (load: at once; revealed: when it scrolls into view; else the event named, click by default),
# and the answer, an HTML fragment, replaces the element's content (innerHTML, htmx's default) or the element
# itself (outerHTML); the new content is processed the same way.
HTMX_JS = """/* htmx 1.9 (stand-in): hx-get, hx-trigger, hx-swap */
(function () {
  function swap(el, html) {
    var how = el.getAttribute("hx-swap") || "innerHTML", tpl = document.createElement("template");
    tpl.innerHTML = html;
    var nodes = Array.prototype.slice.call(tpl.content.childNodes);
    if (how === "outerHTML") {
      nodes.forEach(function (n) { el.parentNode.insertBefore(n, el); });
      el.parentNode.removeChild(el);
    } else {
      el.innerHTML = ""; nodes.forEach(function (n) { el.appendChild(n); });
    }
    nodes.forEach(function (n) { if (n.nodeType === 1) { process(n); } });
  }
  function issue(el) {
    fetch(el.getAttribute("hx-get"), {headers: {"HX-Request": "true"}})
      .then(function (r) { return r.text(); }).then(function (html) { swap(el, html); });
  }
  function init(el) {
    if (el.htmxBound) { return; }
    el.htmxBound = true;
    var trigger = el.getAttribute("hx-trigger") || "click";
    if (trigger === "load") { issue(el); }
    else if (trigger === "revealed") {
      var seen = new IntersectionObserver(function (entries) {
        if (entries[0].isIntersecting) { seen.disconnect(); issue(el); }
      });
      seen.observe(el);
    } else { el.addEventListener(trigger, function (e) { e.preventDefault(); issue(el); }); }
  }
  function process(root) {
    if (root.hasAttribute && root.hasAttribute("hx-get")) { init(root); }
    root.querySelectorAll("[hx-get]").forEach(init);
  }
  document.addEventListener("DOMContentLoaded", function () { process(document.body); });
})();
"""


def rows_path(key: str, n: int) -> str:
    return f"{ROWS}?kind={key}&page={n}"


def fragment(chunk: list[Article], next_path: str | None) -> str:
    """One page of a list as htmx answers it: the rows, then (if more follow) the sentinel that loads the next."""
    rows = "".join(f'<li><a href="{esc(a.url)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                   f'<span class="date">{a.date_text}</span></li>\n' for a in chunk)
    more = (f'<li class="more" hx-get="{esc(next_path)}" hx-trigger="revealed" hx-swap="outerHTML">加载更多……</li>\n'
            if next_path else "")
    return rows + more


def build_hxlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hxlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, salt="hx-art",
                                        folder="/xxgk/nb/{key}/", scripted_except=newest)
    for key, items in columns.items():
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, 1):
            following = rows_path(key, n + 1) if n < len(chunks) else None
            b.add(www, rows_path(key, n), Page(fragment(chunk, following).encode(), b.list_date(chunk),
                                               ignores_query=False), "list")
    b.add(www, LIBRARY, Page(HTMX_JS.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "script")
    boxes = "".join(f'<div class="nbBox"><h3>{label}</h3><ul class="list" hx-get="{esc(rows_path(key, 1))}" '
                    f'hx-trigger="load"><li class="loading">加载中……</li></ul></div>' for key, label in LABELS.items())
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", boxes, arts, nav=nav,
                         scripts=f'<script src="{LIBRARY}"></script>')
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="hx-news")
    return urls
