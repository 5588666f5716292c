"""End to end on the sandbox families whose way on is a script (issue 12, third round): a portal root that only
redirects by script (refresh), unit lists named only in a JSON tree fetched by GET (ztree), and lists that grow
by 加载更多 with PDFs opened by onclick (loadmore). crawl_main finds every report; the WARC holds what the browser
fetched for them."""

from __future__ import annotations

import pytest
from nianbao.crawler.crawl_main import chromium_available

from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.sandbox_crawl import crawl_families
from tests.crawler.sites import REPORT_BODY

pytestmark = pytest.mark.slow


def _crawl(tmp, families: tuple[str, ...], portals: int, render: str):
    crawl = crawl_families(tmp, families, portals, render)
    return crawl.truth, crawl.expected, crawl.found, crawl.stderr


def _crawl_portal(tmp, web: MiniWeb, base: str, portal_id: str, name: str) -> tuple[set[str], str]:
    """Crawl one hand-built portal at `base` through the proxy, rendering on evidence: the report URLs found and
    the crawl's stderr (its stats)."""
    registry = ("id,name,region_code,level,homepage,hosts,hints,robots_override\n"
                f"{portal_id},{name},620106,county,{base}/,,,\n")
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp, registry, proxy.url, extra={"NIANBAO_RENDER": "auto"}, timeout=180)
    assert status == 0, stderr[-3000:]
    return {i["url"] for i in items if i["kind"] == "report"}, stderr


def _target_uris(tmp, rec_type: str) -> set[str]:
    from warcio.archiveiterator import ArchiveIterator

    out = set()
    for path in sorted((tmp / "data" / "store").rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            out.update(r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                       if r.rec_type == rec_type)
    return out


def test_a_script_only_redirect_stub_is_followed_without_a_browser(tmp_path):
    truth, expected, found, stderr = _crawl(tmp_path, ("refresh",), 2, "never")
    # the second portal's root is `window.location.replace(…)` alone: its reports need a browser by the truth
    assert any(d.get("needs_browser") for d in truth["documents"])
    assert expected and expected <= found, sorted(expected - found)[:5]
    assert "'discovery/redirect_stubs/literal': 1" in stderr


def test_a_json_tree_read_from_its_script_without_a_browser(tmp_path):
    truth, expected, found, stderr = _crawl(tmp_path, ("ztree",), 1, "never")
    assert any(d.get("needs_browser") for d in truth["documents"])
    assert expected and expected <= found, sorted(expected - found)[:5]
    assert "'pager/script_get': 1" in stderr and "'pager/json_tree': 3" in stderr   # the top level, then 3 groups


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_json_tree_units_in_the_browser_and_load_more_fragments(tmp_path):
    truth, expected, found, stderr = _crawl(tmp_path, ("ztree", "loadmore"), 2, "auto")
    assert sum(1 for d in truth["documents"] if d.get("needs_browser")) > 10
    assert expected and expected <= found, sorted(expected - found)[:5]
    requested = _target_uris(tmp_path, "request")
    # every 加载更多 fragment was asked for (read from the button's script), and the unit tree's levels by its script
    assert {u for u, role in truth["pages"].items() if "loadmore.jsp" in u and not u.endswith("page=1")} <= requested
    assert sum(1 for u in requested if "/openness/OpennessOrg/tree" in u) == 4
    assert "'pager/fragment'" in stderr and "'render/xhr_json'" in stderr


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_a_computed_script_redirect_is_rendered_to_the_page_it_lands_on(tmp_path):
    base = "http://www.jsgo.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html("", head='<script>var d = "/jg/"; window.location.href = d + "index.html";</script>'))
    web.add(f"{base}/jg/index.html", html('<a href="/jg/nb/">政府信息公开年报</a>', "JS县人民政府"))
    title = "JS县人民政府2023年政府信息公开工作年度报告"
    web.add(f"{base}/jg/nb/", html(f'<ul><li><a href="/jg/nb/t20240110_1.html">{title}</a></li></ul>', "年报"))
    web.add(f"{base}/jg/nb/t20240110_1.html", html(f"<h1>{title}</h1>{REPORT_BODY}", title))
    reports_found, stderr = _crawl_portal(tmp_path, web, base, "jsgo", "JS县")
    assert reports_found == {f"{base}/jg/nb/t20240110_1.html"}
    assert "'render/evidence/redirect_script': 1" in stderr
    assert "'discovery/redirect_stubs/computed': 1" in stderr


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_a_load_more_control_is_clicked_until_it_hides_when_its_url_is_computed(tmp_path):
    base = "http://www.jsmore.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="/nb/">政府信息公开年报</a>', "JS县人民政府"))
    reports = set()
    rows = []
    for n, unit in enumerate(("JS县人民政府", "JS县教育局", "JS县城关镇")):
        title = f"{unit}2023年政府信息公开工作年度报告"
        url = f"{base}/nb/t20240110_{n}.html"
        web.add(url, html(f"<h1>{title}</h1>{REPORT_BODY}", title))
        reports.add(url)
        rows.append(f'<li><a href="{url}">{title}</a></li>')
    web.add(f"{base}/nb/more_2.html", rows[1])
    web.add(f"{base}/nb/more_3.html", rows[2])
    web.add(f"{base}/nb/more_4.html", "")
    script = """<script>function moreUrl(n) { return ["/nb/more", n].join("_") + ".html"; }
    var page = 1;
    document.getElementById("more").addEventListener("click", function () {
      var xhr = new XMLHttpRequest(); xhr.open("GET", moreUrl(page + 1));
      xhr.onload = function () { if (!xhr.responseText.trim()) { this.style.display = "none"; return; }
        page += 1; document.getElementById("list").insertAdjacentHTML("beforeend", xhr.responseText); }.bind(this);
      xhr.send(); });</script>"""
    # an expander of text already on the page comes first: clicked, it asks for nothing, and the next is tried
    expander = ('<span onclick="this.nextSibling.style.display = \'block\'">查看更多</span>'
                '<p style="display:none">本栏目发布本县政府信息公开工作年度报告。</p>')
    web.add(f"{base}/nb/", html(f'{expander}<ul id="list">{rows[0]}</ul><a id="more" href="javascript:;">加载更多</a>'
                                f'{script}', "政府信息公开年报"))
    reports_found, stderr = _crawl_portal(tmp_path, web, base, "jsmore", "JS县")
    assert reports_found == reports
    assert "'render/evidence/load_more': 1" in stderr
    assert "'browser/load_more_clicks': 3" in stderr      # pages 2 and 3, then the empty answer hides it


def test_printed_addresses_inline_data_and_a_laypage_pager_without_a_browser(tmp_path):
    """Fourth round: a 专栏 on a sub-host whose address is only printed as text (printed), 年报 columns paged by
    layui's laypage from a count (laypage), and year tabs drawn from an inline `json_encode` object (yeartabs):
    all read from the pages, no browser."""
    truth, expected, found, stderr = _crawl(tmp_path, ("printed", "laypage", "yeartabs"), 3, "never")
    assert sum(1 for d in truth["documents"] if d.get("needs_browser")) > 10
    assert expected and expected <= found, sorted(expected - found)[:5]
    assert "'discovery/printed_links'" in stderr and "'discovery/inline_data_links'" in stderr
    assert "'pager/script'" in stderr


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_tabs_and_a_navigating_pager_whose_urls_no_static_reader_finds_are_clicked(tmp_path):
    """Static reading finds nothing (the URLs are computed from ids, the pager's from an array join): the column
    with year tabs is rendered on its empty list, the one with an href-less pager on that pager, and the browser
    clicks each tab (a redraw in place) and each page number (a navigation, held and noted)."""
    base = "http://www.jstab.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="/nb/">政府信息公开年报</a> <a href="/bmnb/">部门年报</a>', "JS县人民政府"))
    reports = set()

    def report(path: str, title: str) -> str:
        web.add(f"{base}{path}", html(f"<h1>{title}</h1>{REPORT_BODY}", title))
        reports.add(f"{base}{path}")
        return f'<li><a href="{path}">{title}</a></li>'

    for year in (2021, 2022, 2023):
        report(f"/nb/{year}/t{year + 1}0110_{year}.html", f"JS县人民政府{year}年政府信息公开工作年度报告")
    tabs = "".join(f'<li data-year="{y}">{y}年</li>' for y in (2023, 2022, 2021))
    script = """<script>var ids = {2023: 2023, 2022: 2022, 2021: 2021};
    function draw(y) { document.getElementById("nbList").innerHTML = '<li><a href="/nb/' + y + '/t' + (y + 1)
      + '0110_' + ids[y] + '.html">JS县人民政府' + y + '年政府信息公开工作年度报告</a></li>'; }
    document.getElementById("tabs").addEventListener("click", function (e) { draw(+e.target.getAttribute("data-year")); });
    draw(2023);</script>"""
    web.add(f"{base}/nb/", html(f'<ul id="tabs">{tabs}</ul><ul id="nbList"></ul>{script}', "政府信息公开年报"))
    pages = [report(f"/bmnb/t20240110_{n}.html", f"JS县{unit}2023年政府信息公开工作年度报告")
             for n, unit in enumerate(("教育局", "财政局", "城关镇"))]
    pager = "".join(f'<a href="javascript:;" data-page="{n}">{n}</a>' for n in (1, 2, 3))
    go = """<script>var pageCount = 3; document.querySelectorAll(".pagination a").forEach(function (a) {
      a.onclick = function () { location.href = ["list", a.getAttribute("data-page")].join("-") + ".html"; }; });</script>"""
    for n, row in enumerate(pages, start=1):
        web.add(f"{base}/bmnb/" + ("" if n == 1 else f"list-{n}.html"),
                html(f'<ul class="list">{row}</ul><div class="pagination">{pager}</div>{go}', "部门年报"))
    reports_found, stderr = _crawl_portal(tmp_path, web, base, "jstab", "JS县")
    assert reports_found == reports
    assert "'render/evidence/unread_pager'" in stderr and "'browser/control_links'" in stderr


@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_a_list_that_grows_on_scroll_is_scrolled_to_its_end(tmp_path):
    import json

    base = "http://www.jsscroll.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="/nb/index.html">政府信息公开年报</a>', "SC县人民政府"))
    reports, rows = set(), []
    for n, unit in enumerate(("SC县人民政府", "SC县教育局", "SC县城关镇", "SC县民政局")):
        title = f"{unit}2023年政府信息公开工作年度报告"
        url = f"{base}/nb/{n + 1}.html"
        web.add(url, html(f"<h1>{title}</h1>{REPORT_BODY}", title))
        reports.add(url)
        rows.append({"id": n + 1, "url": url, "title": title})
    # one entry in the HTML; the rest two at a time after the last id shown; an unknown id answers none
    for after, items in ((1, rows[1:3]), (3, rows[3:]), (4, [])):
        web.add(f"{base}/api/stream?after={after}", json.dumps({"items": items}), content_type="application/json")
    script = """<script>var list = document.getElementById("list"), busy = false;
    new IntersectionObserver(function (entries) {
      if (!entries[0].isIntersecting || busy) { return; }
      busy = true;
      fetch("/api/stream?after=" + list.lastElementChild.getAttribute("data-id")).then(r => r.json()).then(d => {
        d.items.forEach(it => { list.insertAdjacentHTML("beforeend",
          '<li data-id="' + it.id + '"><a href="' + it.url + '">' + it.title + '</a></li>'); });
        busy = false; });
    }).observe(document.getElementById("sentinel"));</script>"""
    first = f'<li data-id="1"><a href="{rows[0]["url"]}">{rows[0]["title"]}</a></li>'
    web.add(f"{base}/nb/index.html", html(f'<ul id="list">{first}</ul><div id="sentinel"></div>{script}',
                                          "政府信息公开年报"))
    reports_found, stderr = _crawl_portal(tmp_path, web, base, "jsscroll", "SC县")
    assert reports_found == reports
    assert "'render/evidence/scroll_growth': 1" in stderr
    assert "'browser/scrolls':" in stderr


@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_a_tree_whose_levels_answer_only_post_is_expanded_by_post(tmp_path):
    import json

    base = "http://www.jspost.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="/nb/index.html">政府信息公开年报</a>', "PT县人民政府"))
    reports = set()
    levels = {"": [{"id": str(year), "name": f"{year}年", "isParent": True} for year in (2023, 2022)]}
    for year in (2023, 2022):
        title = f"PT县人民政府{year}年政府信息公开工作年度报告"
        url = f"{base}/nb/bj{year}/t{year}0110_1.html"
        web.add(url, html(f"<h1>{title}</h1>{REPORT_BODY}", title))
        web.add(f"{base}/nb/bj{year}/index.html", html(f'<ul class="list"><li><a href="{url}">{title}</a></li></ul>',
                                                       f"{year}年本级年报"))
        reports.add(url)
        levels[f"id={year}"] = [{"id": f"{year}_bj", "name": "本级", "isParent": False,
                                 "url": f"/nb/bj{year}/index.html"}]

    def tree(method, url, headers, body):   # POST only, as zTree's default async type asks
        if method != "POST":
            return 405, {"Content-Type": "text/plain"}, b"POST only"
        nodes = levels.get(body.decode(), [])
        return 200, {"Content-Type": "application/json"}, json.dumps(nodes, ensure_ascii=False).encode()

    web.routes[f"{base}/nb/tree.do"] = tree
    # the script draws the top level only: a user clicks a year to expand it
    script = """<script>var xhr = new XMLHttpRequest(); xhr.open("POST", "/nb/tree.do");
    xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
    xhr.onload = function () { JSON.parse(xhr.responseText).forEach(function (n) {
      document.getElementById("nbTree").insertAdjacentHTML("beforeend", "<li><span>" + n.name + "</span></li>"); }); };
    xhr.send("");</script>"""
    web.add(f"{base}/nb/index.html", html(f'<ul id="nbTree" class="ztree"></ul>{script}', "政府信息公开年报"))
    reports_found, stderr = _crawl_portal(tmp_path, web, base, "jspost", "PT县")
    assert reports_found == reports
    assert "'pager/json_tree_post': 2" in stderr
