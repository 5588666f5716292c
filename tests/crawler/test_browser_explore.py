"""The generic explorer of script-handled controls (crawler/browser_explore.py), on a fixture page in Chromium: a
print button whose handler opens a window of the page's path, a year <select> whose change handler fetches a JSON
list and draws it, bare <li> tabs whose handler loads a list by the tab's index, and a button whose answer is drawn
as text only — none of them named as a tab, pager or year box. Skipped when no Chromium is installed."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from nianbao.crawler.browser import RENDERER_ARGS
from nianbao.crawler.browser_explore import MARK, ExploreConfig, explore_controls, found_links
from nianbao.crawler.crawl_main import chromium_available, chromium_executable
from nianbao.crawler.discovery.analysis import PageJob, analyse_html

from tests.crawler.offline_spider import offline_spider

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>
<div class="header"><span class="navitem" onclick="location.href='/index.html'">首页</span></div>
<div class="main">
<h2>政府信息公开年报</h2><ul><li><a href="/nb/a1.html">某县2023年政府信息公开工作年度报告</a></li></ul>
<p>【<a href="javascript:void(0);" onclick="printPage()">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</p>
<p>年份：<select id="year"><option value="2022">2022</option><option value="2021">2021</option></select></p>
<div id="yearBox"></div>
<ul id="tabs"><li>县政府</li><li>县直部门</li><li>乡镇</li></ul><div id="tabBox"></div>
<button id="more">历年年报</button><p id="note"></p><button id="send">提交留言</button>
</div>
<div class="footer"><button onclick="window.close()">关闭</button></div>
<script>
function printPage() { window.open("/print.jsp?url=" + encodeURIComponent(location.pathname), "print"); }
document.getElementById("year").addEventListener("change", function () {
  fetch("/api/year.json?y=" + this.value).then(r => r.json()).then(d => {
    document.getElementById("yearBox").innerHTML = d.items.map(i => `<a href="${i.url}">${i.title}</a>`).join("");
  });
});
document.querySelectorAll("#tabs li").forEach(function (tab, i) {
  tab.onclick = function () {
    fetch("/nb/tab_" + i + ".html").then(r => r.text()).then(h => { document.getElementById("tabBox").innerHTML = h; });
  };
});
document.getElementById("more").addEventListener("click", function () {   // a list drawn as text, no link
  fetch("/api/all.json").then(r => r.json()).then(d => { document.getElementById("note").textContent = d.items.length; });
});
document.getElementById("send").onclick = function () { fetch("/api/send.json?m=x"); };   // never clicked
</script></body></html>"""


# A virtual list: a box of fixed height with its own scroll bar over a spacer as tall as all its rows; only the rows
# in view are in the DOM, replaced (their window fetched) as the box scrolls. Beside it, boxes that are not scrolled:
# one in the footer, one whose overflow is hidden (a ticker the script moves), one with text and no link.
ROWS, VIEW = 23, 5
VIRTUAL = """<!doctype html><html><head><meta charset="utf-8"><title>年报</title></head><body>
<div class="main"><h2>政府信息公开年报</h2>
<div id="box" style="height:100px;overflow-y:auto;position:relative"><div id="spacer"></div>
<ul id="rows" style="position:absolute;top:0;left:0;right:0;margin:0;padding:0"></ul></div>
<div id="ticker" style="height:40px;overflow:hidden"><a href="/news/1.html">要闻1</a><br><a href="/news/2.html">要闻2</a>
<br><a href="/news/3.html">要闻3</a></div>
<div id="text" style="height:40px;overflow-y:auto">说明<br>说明<br>说明<br>说明<br>说明<br>说明</div></div>
<div class="footer"><div id="links" style="height:40px;overflow-y:auto"><a href="/l/1.html">链接1</a><br>
<a href="/l/2.html">链接2</a><br><a href="/l/3.html">链接3</a><br><a href="/l/4.html">链接4</a></div></div>
<script>
const windows = {};
function fetchWindow(n) {
  if (windows[n]) return Promise.resolve();
  return fetch("/api/rows.json?start=" + n * VIEW).then(r => r.json()).then(d => { windows[n] = d.rows; });
}
const VIEW = @VIEW@, HEIGHT = 20, TOTAL = @ROWS@, box = document.getElementById("box");
document.getElementById("spacer").style.height = TOTAL * HEIGHT + "px";
function draw() {
  const first = Math.floor(box.scrollTop / HEIGHT), last = Math.min(first + VIEW - 1, TOTAL - 1);
  Promise.all([Math.floor(first / VIEW), Math.floor(last / VIEW)].map(fetchWindow)).then(() => {
    const ul = document.getElementById("rows");
    ul.style.transform = "translateY(" + first * HEIGHT + "px)";
    ul.innerHTML = "";
    for (let i = first; i <= last; i++) {
      const row = (windows[Math.floor(i / VIEW)] || [])[i % VIEW];
      if (row) ul.insertAdjacentHTML("beforeend", `<li style="height:20px"><a href="${row.url}">${row.title}</a></li>`);
    }
  });
}
box.addEventListener("scroll", draw);
for (const id of ["ticker", "links"]) {
  document.getElementById(id).addEventListener("scroll", () => fetch("/api/" + id + ".json"));
}
draw();
</script></body></html>""".replace("@VIEW@", str(VIEW)).replace("@ROWS@", str(ROWS))


# Dependent drop-downs: 类别 → 单位 → 年度, each level's options fetched by the choice above (the levels below empty
# until then); every unit reported the same years, so the year drop-down is refilled with the same values. A fourth
# select, filled with the units too, has no listener: never chosen.
UNITS = {"a": ["a1", "a2"], "b": ["b1"]}
YEARS = ["2023", "2022"]
CASCADE = """<!doctype html><html><head><meta charset="utf-8"><title>年报查询</title></head><body><div class="main">
<select id="lb"><option value="">请选择</option><option value="a">甲类</option><option value="b">乙类</option></select>
<select id="dw"><option value="">请选择单位</option></select><select id="nd"><option value="">请选择年度</option></select>
<select id="copy"><option value="">单位</option></select><div id="result"></div></div>
<script>
function fill(sel, values) { sel.options.length = 1; values.forEach(v => sel.add(new Option(v + "名", v))); }
const lb = document.getElementById("lb"), dw = document.getElementById("dw"), nd = document.getElementById("nd");
lb.onchange = function () { fill(nd, []); fetch("/cs/units.json?lb=" + lb.value).then(r => r.json()).then(u => {
  fill(dw, u); fill(document.getElementById("copy"), u); }); };
dw.onchange = function () { fetch("/cs/years.json?u=" + dw.value).then(r => r.json()).then(y => fill(nd, y)); };
nd.addEventListener("change", function () {
  fetch("/cs/report.json?u=" + dw.value + "&y=" + nd.value).then(r => r.json()).then(d => {
    document.getElementById("result").innerHTML = `<a href="${d.url}">${d.title}</a>`; }); });
</script></body></html>"""


def _answer(path: str) -> tuple[str, str] | None:
    if path.startswith("/nb/index.html"):
        return "text/html; charset=utf-8", PAGE
    if path == "/cs/index.html":
        return "text/html; charset=utf-8", CASCADE
    if path.startswith("/cs/units.json?lb="):
        return "application/json", json.dumps(UNITS.get(path.rsplit("=", 1)[1], []))
    if path.startswith("/cs/years.json?u="):
        return "application/json", json.dumps(YEARS)
    if path.startswith("/cs/report.json?u="):
        unit, year = (part.split("=")[1] for part in path.split("?", 1)[1].split("&"))
        return "application/json", json.dumps({"url": f"/cs/{unit}_{year}.html", "title": f"{unit}{year}年报"})
    if path == "/vl/index.html":
        return "text/html; charset=utf-8", VIRTUAL
    if path.startswith("/api/rows.json?start="):
        start = int(path.rsplit("=", 1)[1])
        rows = [{"url": f"/vl/row{n}.html", "title": f"年报{n}"} for n in range(start, min(start + VIEW, ROWS))]
        return "application/json", json.dumps({"rows": rows})
    if path.startswith("/api/year.json?y="):
        year = path.rsplit("=", 1)[1]
        items = [{"url": f"/nb/{year}_{n}.html", "title": f"{year}年报{n}"} for n in (1, 2)]
        return "application/json", json.dumps({"items": items})
    if path == "/api/all.json":
        return "application/json", json.dumps({"items": [{"url": "/nb/old.html", "title": "2009年报"}]})
    if path.startswith("/nb/tab_"):
        index = path[len("/nb/tab_"):].split(".")[0]
        return "text/html; charset=utf-8", f'<a href="/nb/unit{index}.html">单位{index}年报</a>'
    return None


REQUESTED: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        REQUESTED.append(self.path)
        found = _answer(self.path)
        body = (found[1] if found else "not found").encode()
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", found[0] if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


COLUMN = "http://www.x.gov.cn/xxgk/nb/index.html"
ENTRIES = "".join(f'<li><a href="/xxgk/nb/t2024010{n}_{n}.html">某县2023年政府信息公开工作年度报告{n}</a></li>'
                  for n in range(1, 6))
TABS = ('<ul id="t"><li>县政府</li><li>部门</li></ul><div id="b"></div><script>document.querySelectorAll("#t li")'
        '.forEach(function (li, i) { li.onclick = function () { fetch("tab_" + i + ".html"); }; });</script>')
PRINT = ('<a href="javascript:void(0);" onclick="printPage()">打印本页</a>'
         '<script>function printPage() { window.open("/print.jsp?url=" + location.pathname); }</script>')
CLOSE = ('<a href="javascript:void(0);" onclick="window.close()">关闭窗口</a>'
         '<script>function go() { location.href = "/x.html"; }</script>')


def _evidence(body: str, role: str = "list", url: str = COLUMN) -> str | None:
    html = f"<html><head><title>政府信息公开年报</title></head><body><ul>{ENTRIES}</ul>{body}</body></html>".encode()
    return analyse_html(PageJob(url, html, "text/html; charset=utf-8", role=role, column=COLUMN)).render_evidence


@pytest.mark.parametrize(("body", "expected"), [(TABS, "script_controls"), (PRINT, "script_controls"),
                                                (CLOSE, None), ("", None)])
def test_a_short_list_with_script_handled_controls_carries_evidence(body, expected):
    assert _evidence(body) == expected


def test_a_long_list_carries_no_controls_evidence():
    many = "".join(f'<li><a href="/xxgk/nb/202401/t202401{n:02d}_{n}.html">某县第{n}局2023年政府信息公开工作年度报告</a></li>'
                   for n in range(1, 29))
    assert _evidence(many + TABS) is None


def test_script_controls_renders_are_bounded_per_portal_until_one_revealed_links(tmp_path):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    spider = offline_spider(tmp_path, NIANBAO_EXPLORE_PORTAL_RENDERS=2)
    spider.render_mode = "auto"
    html = f"<html><body><ul>{ENTRIES}</ul>{TABS}</body></html>".encode()
    renders = []
    for n in range(4):
        url = f"http://www.x.gov.cn/xxgk/nb{n}/index.html"
        response = HtmlResponse(url, body=html, encoding="utf-8",
                                request=Request(url, meta={"nianbao_portal": "a", "nianbao_role": "list"}))
        analysis = analyse_html(PageJob(url, html, "text/html", role="list", column=url))
        assert analysis.render_evidence == "script_controls"
        if n == 3:
            spider.states["a"].render_lists = True   # a render revealed links: the portal's lists are rendered
        renders.append(spider._render_request(response, analysis, 5) is not None)
    assert renders == [True, True, False, True]
    assert spider.crawler.stats.get_value("render/script_controls_capped") == 1


def test_found_links_keep_what_the_final_dom_lacks_and_same_host_answers():
    url = "http://a.gov.cn/nb/index.html"
    found = found_links(url, {"http://a.gov.cn/x": "X", "http://a.gov.cn/y": "Y", "http://a.gov.cn/z": "Z"},
                        {"http://a.gov.cn/x"}, {"http://a.gov.cn/y"}, ["http://a.gov.cn/p?u=1", url],
                        ["http://a.gov.cn/n"], ["http://a.gov.cn/d.json", "http://cdn.com/x.json"])
    assert found == [["http://a.gov.cn/z", "Z", "click"], ["http://a.gov.cn/p?u=1", "", "window"],
                     ["http://a.gov.cn/n", "", "navigation"], ["http://a.gov.cn/d.json", "", "xhr"]]


@contextlib.contextmanager
def _site():
    """The test site (_Handler) on a loopback port: its base URL; shut down after the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@dataclass
class Explored:
    result: dict                  # explore_controls' counts
    links: dict[str, str]         # links in the boxes it marked: href -> how they were revealed (data-nianbao-via)
    shown: list[str]              # links the final DOM shows under `shown` (a selector)
    first: list[str]              # the same before exploring
    still_open: bool              # the page was not closed by a control


def _explore(url: str, shown: str = f"a:not([{MARK}] a)") -> Explored:
    """explore_controls on `url` in Debian's Chromium, and what the page holds before and after."""
    from playwright.async_api import async_playwright

    async def run() -> Explored:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=list(RENDERER_ARGS))
            page = await browser.new_page()
            await page.goto(url, wait_until="networkidle")
            first = await page.eval_on_selector_all(shown, "els => els.map(a => a.href)")
            result = await explore_controls(page)
            links = await page.eval_on_selector_all(f"[{MARK}] a", "els => els.map(a => [a.href, a.dataset.nianbaoVia])")
            after = await page.eval_on_selector_all(shown, "els => els.map(a => a.href)")
            still_open = not page.is_closed()
            await browser.close()
            return Explored(result, dict(links), after, first, still_open)

    return asyncio.run(run())


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_explorer_clicks_what_scripts_handle():
    with _site() as base:
        explored = _explore(f"{base}/nb/index.html")
    result, links, shown, still_open = explored.result, explored.links, set(explored.shown), explored.still_open
    assert still_open   # the 关闭 tools were not clicked (nor obeyed)
    assert links[f"{base}/print.jsp?url=%2Fnb%2Findex.html"] == "window"
    # each option's list: the last one's is in the final DOM (not repeated in the box), the others in the box
    assert links[f"{base}/nb/2022_1.html"] == "click" and f"{base}/nb/2021_1.html" in shown
    # a list-like answer no link was drawn from is given to discovery to read; one drawn as links is in the DOM
    assert links[f"{base}/api/all.json"] == "xhr" and f"{base}/api/year.json?y=2022" not in links
    for index in (0, 1):   # each tab's list, the last tab's shown
        assert links[f"{base}/nb/unit{index}.html"] == "click"
    assert f"{base}/nb/unit2.html" in shown
    assert f"{base}/index.html" not in links      # the header's navigation is not explored
    assert "/api/send.json?m=x" not in REQUESTED   # nor a button that sends something
    assert result["actions"] == 7 and result["links"] == len(links)
    assert ExploreConfig().max_clicks >= result["actions"]


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_explorer_scrolls_a_virtual_list_box_and_leaves_other_boxes():
    """Every row of a virtual list is found, though the DOM never holds more than a view of them: its box is
    scrolled step by step and the links collected after each step. A box in the footer, one whose overflow is
    hidden and one without a link are not scrolled (their scroll handlers never ask for anything)."""
    REQUESTED.clear()
    with _site() as base:
        explored = _explore(f"{base}/vl/index.html", shown="#rows a")
    first, result, links, shown = explored.first, explored.result, explored.links, explored.shown
    rows = {f"{base}/vl/row{n}.html" for n in range(ROWS)}
    assert len(first) == VIEW and len(shown) <= VIEW      # the DOM holds one view of rows at a time
    assert rows == set(links) | set(first) | set(shown)   # yet every row was found
    assert set(links.values()) == {"scroll"}
    assert result["boxes"] == 1 and result["scrolls"] >= ROWS // VIEW and result["links"] == len(links)
    assert not [path for path in REQUESTED if path in ("/api/ticker.json", "/api/links.json")]


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_explorer_follows_dependent_drop_downs_level_by_level():
    """Each 类别 fills the 单位 drop-down, each 单位 the 年度 one (with the same years each time): every option of every
    level is chosen below each choice above it, so every unit's every year's report is found. The drop-down with no
    listener that the 类别 fills as well is not chosen."""
    with _site() as base:
        explored = _explore(f"{base}/cs/index.html")
    result, found = explored.result, set(explored.links) | set(explored.shown)
    reports = {f"{base}/cs/{unit}_{year}.html" for units in UNITS.values() for unit in units for year in YEARS}
    assert reports <= found
    units = sum(len(units) for units in UNITS.values())
    assert result["dependent"] == units + units * len(YEARS)   # the copy without a listener: never chosen
    assert result["actions"] == len(UNITS) + result["dependent"]
