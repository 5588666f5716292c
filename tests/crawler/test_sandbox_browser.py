"""The sandbox's JavaScript works in a real browser: Chromium passes the 412 challenge and sees the lists that
only scripts write (JS-only column, Hanweb dataproxy, gkmlpt API). Skipped when no Chromium is installed."""

from __future__ import annotations

import asyncio
import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from nianbao.crawler.crawl_main import chromium_available, chromium_executable
from nianbao.crawler.sandbox import build_sandbox, serve

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


# a page whose scripts have run shows report links of one of the mechanisms the first test visits
REPORT_LINKS_SHOWN = ("document.querySelectorAll('a[href*=\"/art/\"], a[href*=\"post_\"], #nb-list a, #list a, #app a')"
                      ".length > 0")


def _links_after_scripts(proxy: str, urls: list[str], ready: str = REPORT_LINKS_SHOWN,
                         ready_arg=None) -> list[tuple[int, str, list[str]]]:
    """(status, title, links) of each page once `ready` (a script's expression, or a function of `ready_arg`) holds,
    or 10 s after it loaded, in one browser."""
    from playwright.async_api import async_playwright

    async def run():
        out = []
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS,
                                              proxy={"server": proxy})
            page = await browser.new_page()
            for url in urls:
                response = await page.goto(url, wait_until="load", timeout=20_000)
                # the page's own scripts fill the lists (or set the cookie and reload): wait for report links
                try:
                    await page.wait_for_function(ready, arg=ready_arg, timeout=10_000)
                except Exception:
                    pass
                links = await page.eval_on_selector_all("a", "els => els.map(e => e.href)")
                out.append((response.status if response else 0, await page.title(), links))
            await browser.close()
        return out

    return asyncio.run(run())


def test_browser_sees_what_only_scripts_show():
    sandbox = build_sandbox()
    truth = sandbox.ground_truth()
    xxgk = sandbox.handle("GET", "http://www.tongcen.gov.cn/xxgk/index.shtml", {})[2].decode()
    js_list = "http://www.tongcen.gov.cn" + re.search(r'href="(/c\d+/list.shtml)">政府信息公开年报', xxgk).group(1)
    hanweb_home = sandbox.handle("GET", "http://www.xitong.gov.cn/index.html", {})[2].decode()
    section = re.search(r'href="(/col/col\d+/index.html)">政府信息公开</a>', hanweb_home).group(1)
    nb = re.search(r'href="(/col/col\d+/index.html)">政府信息公开年报',
                   sandbox.handle("GET", "http://www.xitong.gov.cn" + section, {})[2].decode()).group(1)
    first_sub = re.findall(r'href="(/col/col\d+/index.html)"', sandbox.handle(
        "GET", "http://www.xitong.gov.cn" + nb, {})[2].decode().split('class="xxgk"')[1])[0]
    urls = ["http://jyj.xitong.gov.cn/col/col1/index.html", js_list, "http://www.xitong.gov.cn" + first_sub,
            "http://www.heyu.gov.cn/gkmlpt/index"]
    with serve(sandbox) as server:
        results = _links_after_scripts(server.url, urls)
    (challenge_status, challenge_title, challenge_links), js, hanweb, gkml = results
    assert challenge_status == 412   # first answer; the script set the cookie and reloaded
    behind = {d["url"] for d in truth["documents"] if "jyj.xitong.gov.cn" in d["url"]}
    assert behind and behind <= set(challenge_links), challenge_title
    tongcen = {d["url"] for d in truth["documents"] if d["portal_id"] == "tongcen"}
    assert tongcen <= set(js[2])
    assert any("/art/" in link for link in hanweb[2])
    assert any("/gkmlpt/content/" in link for link in gkml[2])


def test_the_extra_families_script_lists_draw_in_a_browser():
    """The script-drawn lists of the extra families (an XHR list, a recordset, `document.write` rows, a hash-routed
    app over a POSTed JSON API) draw in
    Chromium: each list page whose entries only a script writes shows report links that need a browser (the
    ajax family's first version looked its list up before the element existed and drew nothing)."""
    sandbox = build_sandbox(portals=3, families=("ajax", "docwrite", "hashspa"), news_per_portal=2)
    truth = sandbox.ground_truth()
    needed = {d["url"] for d in truth["documents"] if d.get("needs_browser")}
    hosts = {p["hosts"][-1] if p["cms"] == "docwrite" else p["hosts"][0] for p in truth["portals"]}
    lists = [url for url, role in truth["pages"].items() if role == "list" and re.search(
        r'id="list"[^>]*></ul>|<ul class="list"><script|<div id="app">', sandbox.handle("GET", url, {})[2].decode("utf-8", "replace"))]
    assert needed and len(lists) >= 6 and {urlsplit(u).hostname for u in lists} == hosts
    # each list waited on until it shows a link that needs a browser (what is asserted), not a fixed time: the
    # docwrite family's rows match none of REPORT_LINKS_SHOWN's selectors
    with serve(sandbox) as server:
        results = _links_after_scripts(server.url, lists, "needed => [...document.links].some(a => needed.includes(a.href))",
                                       sorted(needed))
    for url, (_, _, links) in zip(lists, results, strict=True):
        assert needed & set(links), url


def test_the_third_round_scripts_draw_in_a_browser():
    """The held-out families of the third round whose links only a script shows work in Chromium: the refresh
    family's script-only stub leads to the front page, the ztree family's unit tree (every level fetched by GET)
    links every unit's 年报 list, and the loadmore family's 加载更多 button, clicked until it hides, appends every
    entry of its column."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=3, families=("ztree", "refresh", "loadmore"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"][0] for p in truth["portals"]}
    stub_url = f"http://{hosts['refresh']}/"
    stub = sandbox.handle("GET", stub_url, {})[2].decode()
    assert "http-equiv" not in stub and "window.location.replace(" in stub
    tree_url = f"http://{hosts['ztree']}/openness/index.html"
    unit_lists = {f"http://{hosts['ztree']}{node['url']}" for url, role in truth["pages"].items()
                  if "/OpennessOrg/tree?id=" in url for node in json.loads(sandbox.handle("GET", url, {})[2])}
    column_url = f"http://{hosts['loadmore']}/xxgk/zfxxgknb/bm.htm"
    column = sandbox.handle("GET", column_url, {})[2].decode()
    colid = re.search(r'data-colid="(\d+)"', column).group(1)
    entries = {d["url"] for d in truth["documents"] if f"/info/{colid}/" in d["url"]}
    assert len(unit_lists) >= 4 and any(d.get("needs_browser") for d in truth["documents"] if d["url"] in entries)

    async def run(proxy: str) -> tuple[str, list[str], list[str]]:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(stub_url, wait_until="load", timeout=20_000)
            await page.wait_for_url(lambda url: url != stub_url, timeout=10_000)
            front = page.url
            await page.goto(tree_url, wait_until="load", timeout=20_000)
            await page.wait_for_function(f"document.querySelectorAll('#orgTree a[href]').length >= {len(unit_lists)}",
                                         timeout=10_000)
            tree = await page.eval_on_selector_all("#orgTree a[href]", "els => els.map(e => e.href)")
            await page.goto(column_url, wait_until="load", timeout=20_000)
            for _ in range(20):
                if not await page.is_visible("#loadMore"):
                    break
                before = await page.eval_on_selector_all("#newsList a", "els => els.length")
                await page.click("#loadMore")
                await page.wait_for_function(f"document.querySelectorAll('#newsList a').length > {before} || "
                                             "document.getElementById('loadMore').style.display == 'none'", timeout=10_000)
            listed = await page.eval_on_selector_all("#newsList a", "els => els.map(e => e.href)")
            await browser.close()
            return front, tree, listed

    with serve(sandbox) as server:
        front, tree, listed = asyncio.run(run(server.url))
    assert front == urljoin(stub_url, re.search(r'replace\("([^"]+)"', stub).group(1)) and front.endswith("/index.html")
    assert unit_lists <= set(tree)
    assert entries <= set(listed) and len(listed) == len(set(listed))


def test_the_fourth_round_scripts_work_in_a_browser():
    """The fourth round's scripts work in Chromium: the laypage family's pager (drawn from a count, `javascript:;`
    links) goes to the next page's file when clicked, until the last; the jsl family's 521 interstitial sets its
    cookie and reloads into the report; the yeartabs family's tabs, every year and kind clicked, list every
    report of the portal."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=3, families=("laypage", "jsl", "yeartabs"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"][0] for p in truth["portals"]}
    column_url = f"http://{hosts['laypage']}/zwgk/zfxxgkzl/zfxxgknb/index.htm"
    column = sandbox.handle("GET", column_url, {})[2].decode()
    count, limit = (int(re.search(rf"{k}: (\d+)", column).group(1)) for k in ("count", "limit"))
    pages = -(-count // limit)
    assert pages >= 3
    doc = next(d for d in truth["documents"] if urlsplit(d["url"]).hostname in truth["challenge_hosts"])
    title = next(r["title"] for r in truth["reports"] if r["key"] == doc["report_key"])
    assert sandbox.handle("GET", doc["url"], {})[0] == 521
    tabs_url = f"http://{hosts['yeartabs']}/xwzx/ztzl/zfxxgknb/index.html"
    tabbed = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == hosts["yeartabs"]}

    async def run(proxy: str) -> tuple[list[str], str, set[str], set[str]]:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(column_url, wait_until="load", timeout=20_000)
            visited = [page.url]
            while await page.is_visible("#page a.layui-laypage-next"):
                async with page.expect_navigation(timeout=10_000):
                    await page.click("#page a.layui-laypage-next")
                visited.append(page.url)
            await page.goto(doc["url"], timeout=20_000)
            await page.wait_for_function("document.querySelector('h1') !== null", timeout=10_000)
            report_title = await page.inner_text("h1")
            await page.goto(tabs_url, wait_until="load", timeout=20_000)
            first = set(await page.eval_on_selector_all("#nbList a", "els => els.map(e => e.href)"))
            shown = set(first)
            for year in await page.eval_on_selector_all("[data-year]", "els => els.map(e => e.dataset.year)"):
                await page.click(f'[data-year="{year}"]')
                for kind in ("bj", "bm", "zj"):
                    await page.click(f'[data-kind="{kind}"]')
                    shown |= set(await page.eval_on_selector_all("#nbList a", "els => els.map(e => e.href)"))
            await browser.close()
            return visited, report_title, first, shown

    with serve(sandbox) as server:
        visited, report_title, first, shown = asyncio.run(run(server.url))
    assert visited == [column_url] + [f"{column_url.rsplit('/', 1)[0]}/index_{n}.htm" for n in range(2, pages + 1)]
    assert report_title == title
    assert first & tabbed and tabbed - first and tabbed <= shown      # one tab at first, every report after the clicks


def test_the_fifth_round_scripts_work_in_a_browser():
    """The fifth round's scripts work in Chromium: choosing a unit in the jumpmenu family's drop-down opens that
    unit's page; a row of the onclickid family opens its report's detail page; the ztreepost family's tree, posted
    level by level, draws every column of the portal; scrolling the scrollcursor family's column to the end shows
    every entry of it (the stream asked for by the last entry's id; on load, the end of a short list is already in
    view, so the observer asks once by itself: then only scrolling away and back asks again)."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=4, families=("jumpmenu", "onclickid", "ztreepost", "scrollcursor"),
                            news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"] for p in truth["portals"]}
    jump_url = next(u for u in truth["pages"] if u.endswith("/zfxxgk/bmxxgk/index.html"))
    jump = sandbox.handle("GET", jump_url, {})[2].decode()
    unit_home = re.search(r'<option value="(/[^"]+)">', jump).group(1)
    clicked = next(d for d in truth["documents"] if d.get("needs_browser") and "PublicDetail" in d["url"])
    number = urlsplit(clicked["url"]).query.split("&")[0].removeprefix("id=")
    row_list = next(u for u in truth["pages"] if "PublicList.aspx" in u
                    and number in sandbox.handle("GET", u, {})[2].decode())
    tree_url = f"http://{hosts['ztreepost'][0]}" + next(
        urlsplit(u).path for u in truth["pages"] if u.endswith("/zfxxgknb/index.shtml"))
    columns = {f"http://{hosts['ztreepost'][0]}{p}" for p in
               {urlsplit(u).path for u, role in truth["pages"].items() if role == "list"
                and urlsplit(u).hostname == hosts["ztreepost"][0] and re.search(r"/(bjnb|zfzcbm|xzjd)\d{4}/", u)}}
    scroll_url = f"http://{hosts['scrollcursor'][0]}/zfxxgknb/bj/index.jhtml"
    scroll_column = {d["url"] for d in truth["documents"] if d["url"].startswith(scroll_url.rsplit("/", 1)[0] + "/")}

    async def run(proxy: str):
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(jump_url, wait_until="load", timeout=20_000)
            async with page.expect_popup(timeout=10_000) as popup:
                await page.select_option(f"select:has(option[value='{unit_home}'])", unit_home)
            opened_unit = (await popup.value).url
            await page.goto(row_list, wait_until="load", timeout=20_000)
            async with page.expect_popup(timeout=10_000) as popup:
                await page.click(f"a[onclick=\"showDetail('{number}')\"]")
            detail = await popup.value
            await detail.wait_for_load_state()
            opened_detail, detail_title = detail.url, await detail.inner_text("h1")
            await page.goto(tree_url, wait_until="load", timeout=20_000)
            await page.wait_for_function(f"document.querySelectorAll('#nbTree a[href]').length >= {len(columns)}",
                                         timeout=10_000)
            tree_links = set(await page.eval_on_selector_all("#nbTree a[href]", "els => els.map(e => e.href)"))
            await page.set_viewport_size({"width": 800, "height": 300})   # the list's end below the fold
            await page.goto(scroll_url, wait_until="load", timeout=20_000)
            first = set(await page.eval_on_selector_all("#infoList a", "els => els.map(e => e.href)"))
            for _ in range(30):
                count = await page.eval_on_selector_all("#infoList a", "els => els.length")
                await page.evaluate("window.scrollTo(0, 0)")
                await page.wait_for_timeout(50)
                await page.evaluate("document.getElementById('sentinel').scrollIntoView()")
                try:
                    await page.wait_for_function(f"document.querySelectorAll('#infoList a').length > {count}",
                                                 timeout=2_000)
                except Exception:
                    break
            scrolled = set(await page.eval_on_selector_all("#infoList a", "els => els.map(e => e.href)"))
            await browser.close()
            return opened_unit, opened_detail, detail_title, tree_links, first, scrolled

    with serve(sandbox) as server:
        opened_unit, opened_detail, detail_title, tree_links, first, scrolled = asyncio.run(run(server.url))
    assert opened_unit == urljoin(jump_url, unit_home)
    assert opened_detail == clicked["url"]
    assert detail_title == next(r["title"] for r in truth["reports"] if r["key"] == clicked["report_key"])
    assert columns and columns <= tree_links
    assert len(scroll_column) > 10 and scroll_column <= scrolled     # three or more answers of the stream
    assert len(first & scroll_column) <= 10


def test_the_sixth_round_scripts_work_in_a_browser():
    """The sixth round's scripts work in Chromium: choosing each unit in the unitselect family's drop-down draws
    that unit's 年报 from the JSON answer (the handler defined in the external xxgk.js), and a phone opening the
    mobilehost family's desktop column is sent to the `m.` host's full list by the page's user-agent script."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=2, families=("unitselect", "mobilehost"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"] for p in truth["portals"]}
    select_url = f"http://{hosts['unitselect'][0]}/xxgk/ndbg/index.html"
    codes = re.findall(r'<option value="(\w+)"', sandbox.handle("GET", select_url, {})[2].decode())
    selected = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == hosts["unitselect"][0]}
    desktop_column = f"http://{hosts['mobilehost'][0]}/jc/187/195/index.html"

    async def run(proxy: str):
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(select_url, wait_until="load", timeout=20_000)
            drawn = set(await page.eval_on_selector_all("#nbList a", "els => els.map(e => e.href)"))
            for code in codes:
                await page.select_option("#unitSel", code)
                await page.wait_for_function(
                    f"[...document.querySelectorAll('#nbList a')].some(a => a.href.includes('/xxgk/{code}/'))",
                    timeout=10_000)
                drawn |= set(await page.eval_on_selector_all("#nbList a", "els => els.map(e => e.href)"))
            phone = await browser.new_page(user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) "
                                                      "AppleWebKit/605.1.15 Mobile/15E148")
            await phone.goto(desktop_column, timeout=20_000)
            await phone.wait_for_url(re.compile(r"^http://m\."), timeout=10_000)
            landed = phone.url
            await browser.close()
            return drawn, landed

    with serve(sandbox) as server:
        drawn, landed = asyncio.run(run(server.url))
    assert len(codes) > 2 and selected and selected <= drawn
    assert landed == f"http://{hosts['mobilehost'][1]}/jc/195/list.html"


def test_the_seventh_round_scripts_work_in_a_browser():
    """The seventh round's scripts work in Chromium: the pdfviewer family's viewer fetches the PDF its encoded `file`
    parameter names; clicking 年度报告 in the gkmlsearch family's category tree POSTs the search form, whose answer
    links every report of the portal; the leavesite family's notice shows the unit site's address and its 继续访问
    button goes there."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=3, families=("pdfviewer", "gkmlsearch", "leavesite"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"] for p in truth["portals"]}
    units_list = sandbox.handle("GET", f"http://{hosts['pdfviewer'][0]}/Xxgknb/index.html?type=2", {})[2].decode()
    viewer = urljoin(f"http://{hosts['pdfviewer'][0]}/", re.search(r'href="(/static/pdfjs/[^"]+)"', units_list).group(1))
    pdf = next(d["url"] for d in truth["documents"] if urlsplit(d["url"]).path in viewer.replace("%2F", "/"))
    directory = f"http://{hosts['gkmlsearch'][0]}/News_gkmlIndex.action"
    searched = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == hosts["gkmlsearch"][0]}
    column = sandbox.handle("GET", f"http://{hosts['leavesite'][0]}/zwgk/zfxxgknb/index.html", {})[2].decode()
    notice = urljoin(f"http://{hosts['leavesite'][0]}/", re.search(r'<ul class="units"><li><a href="([^"]+)"',
                                                                   column).group(1).replace("&amp;", "&"))

    async def run(proxy: str):
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(viewer, wait_until="load", timeout=20_000)
            await page.wait_for_selector('#viewer[data-loaded="200"]', state="attached", timeout=10_000)
            await page.goto(directory, wait_until="load", timeout=20_000)
            async with page.expect_navigation(timeout=10_000):
                await page.click(".gkml-tree a:has-text('年度报告')")
            listed = set(await page.eval_on_selector_all("a[href*='messagekey=']", "els => els.map(e => e.href)"))
            await page.goto(notice, wait_until="load", timeout=20_000)
            shown = await page.inner_text("#target")
            async with page.expect_navigation(timeout=10_000):
                await page.click("#goOn")
            landed = page.url
            await browser.close()
            return listed, shown, landed

    with serve(sandbox) as server:
        listed, shown, landed = asyncio.run(run(server.url))
    assert ("GET", pdf, 200) in sandbox.request_log
    assert searched and searched <= listed
    unit_host = hosts["leavesite"][1]
    assert shown == landed == f"http://{unit_host}/zwgk/ndbg/index.html"


def test_the_eighth_round_scripts_work_in_a_browser():
    """The eighth round's scripts work in Chromium: the moved family's 404 page counts down to the new platform; the
    jsession family's directory, once its session cookie is set, opens a unit's list; the yearpicker family's laydate
    panel, on choosing a year no tab shows, goes to that year's folder, which lists its reports."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=3, families=("moved", "jsession", "yearpicker"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"] for p in truth["portals"]}
    gone = next(u for u in truth["broken_links"] if urlsplit(u).hostname == hosts["moved"][0])
    directory = f"http://{hosts['jsession'][0]}/gkml/index.do"
    column = f"http://{hosts['yearpicker'][0]}/zwgk/zfxxgkzl/zfxxgknb/index.html"
    first = int(re.search(r"min: '(\d{4})", sandbox.handle("GET", column, {})[2].decode()).group(1))

    async def run(proxy: str):
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            async with page.expect_navigation(timeout=15_000):
                await page.goto(gone, timeout=20_000)
            await page.wait_for_url(f"http://{hosts['moved'][1]}/", timeout=15_000)
            moved_to = page.url
            await page.goto(directory, wait_until="load", timeout=20_000)
            cookies = {c["name"]: c["value"] for c in await page.context.cookies()}
            async with page.expect_navigation(timeout=10_000):
                await page.click(".unit-group a")
            listed = await page.eval_on_selector_all("a[href*='detail.do?id=']", "els => els.map(e => e.href)")
            await page.goto(column, wait_until="load", timeout=20_000)
            await page.click("#nbYear")
            async with page.expect_navigation(timeout=10_000):
                await page.click(f"li[lay-ym='{first}']")
            year_page, year_links = page.url, await page.eval_on_selector_all("a", "els => els.map(e => e.href)")
            await browser.close()
            return moved_to, cookies, listed, year_page, year_links

    with serve(sandbox) as server:
        moved_to, cookies, listed, year_page, year_links = asyncio.run(run(server.url))
    assert moved_to == f"http://{hosts['moved'][1]}/"
    assert "JSESSIONID" in cookies and listed
    assert year_page == column.replace("index.html", f"{first}n/index.html")
    olds = {d["url"] for d in truth["documents"] if f"/{first}n/" in d["url"]}
    assert olds and olds <= set(year_links)


def test_the_thirteenth_round_scripts_work_in_a_browser():
    """The thirteenth round's scripts work in Chromium: the homewidget family's home draws its 政务公开 block from JSON,
    with the 更多>> link to the 年报 column; the eventstream family's column draws its entries from the server-sent
    events of its stream; the relnext family's 下一页 button goes to the page its head's `<link rel="next">` names."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=3, families=("homewidget", "eventstream", "relnext"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"][0] for p in truth["portals"]}
    streamed = {d["url"] for d in truth["documents"] if d["portal_id"] == next(
        p["id"] for p in truth["portals"] if p["cms"] == "eventstream") and d.get("needs_browser")}

    async def run(proxy: str):
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(f"http://{hosts['homewidget']}/", wait_until="load", timeout=20_000)
            await page.wait_for_selector("#zwgkBlock a.more", timeout=10_000)
            more = await page.eval_on_selector_all("#zwgkBlock a.more", "els => els.map(e => e.href)")
            await page.goto(f"http://{hosts['eventstream']}/xxgk/nb/index.html", wait_until="load", timeout=20_000)
            await page.wait_for_function(f"document.querySelectorAll('#nbList a').length >= {len(streamed)}",
                                         timeout=10_000)
            drawn = await page.eval_on_selector_all("#nbList a", "els => els.map(e => e.href)")
            await page.goto(f"http://{hosts['relnext']}/zwgk/ndbg/index.html", wait_until="load", timeout=20_000)
            async with page.expect_navigation(timeout=10_000):
                await page.click(".pagination .next")
            second = page.url
            await browser.close()
            return more, drawn, second

    with serve(sandbox) as server:
        more, drawn, second = asyncio.run(run(server.url))
    assert f"http://{hosts['homewidget']}/xxgk/zfxxgknb/index.html" in more
    assert streamed and streamed <= set(drawn)
    assert second == f"http://{hosts['relnext']}/zwgk/ndbg/index_2.html"


def test_the_fourteenth_round_scripts_work_in_a_browser():
    """The fourteenth round's scripts and forms work in Chromium: the jumpbox family's jump box, given a page number,
    goes to that page of the list; a click on a row of the datahref family's list opens the article its data-href
    names."""
    from playwright.async_api import async_playwright

    sandbox = build_sandbox(portals=2, families=("jumpbox", "datahref"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"][0] for p in truth["portals"]}
    column = next(u for u, role in truth["pages"].items() if role == "list"
                  and urlsplit(u).hostname == hosts["datahref"] and "/col/col" in u)

    async def run(proxy: str):
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS, proxy={"server": proxy})
            page = await browser.new_page()
            await page.goto(f"http://{hosts['jumpbox']}/xxgk/ndbg/index.jsp", wait_until="load", timeout=20_000)
            await page.fill("input[name=page]", "2")
            async with page.expect_navigation(timeout=10_000):
                await page.click("input[type=submit]")
            jumped, text = page.url, await page.content()
            await page.goto(column, wait_until="load", timeout=20_000)
            href = await page.get_attribute("tr[data-href]", "data-href")
            async with page.context.expect_page(timeout=10_000) as opened:
                await page.click("tr[data-href] td.title")
            article = await opened.value
            await article.wait_for_load_state("load")
            await browser.close()
            return jumped, text, href, article.url

    with serve(sandbox) as server:
        jumped, text, href, opened = asyncio.run(run(server.url))
    assert jumped == f"http://{hosts['jumpbox']}/xxgk/ndbg/index.jsp?page=2" and "第2/" in text
    assert opened == f"http://{hosts['datahref']}{href}"


def test_the_fifty_ninth_round_flight_stream_draws_in_a_browser():
    """The nextrsc family's column shows only a skeleton as served; in Chromium its script joins the pushed pieces of
    the React Server Components stream and draws a link for every row, addresses cut across two pieces whole again."""
    sandbox = build_sandbox(portals=2, families=("nextrsc",), news_per_portal=2)
    truth = sandbox.ground_truth()
    columns = [f"http://{p['hosts'][0]}/xxgk/nb" for p in truth["portals"]]
    with serve(sandbox) as server:
        seen = _links_after_scripts(server.url, columns, ready="document.querySelectorAll('#nb-list a').length > 0")
    for url, (status, _, links) in zip(columns, seen, strict=True):
        host = urlsplit(url).hostname
        ours = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == host}
        assert status == 200 and ours <= set(links), sorted(ours - set(links))[:3]


def test_the_vue_column_draws_every_report_in_a_browser():
    """The sixty-third round's vuedata column draws in Chromium: the stand-in Vue 2 library stamps the `v-for` row
    once per entry of the instance's data, binding `:href`, so every report of the portal is linked once the script
    ran — and none before (the served HTML's list has no address)."""
    sandbox = build_sandbox(portals=2, families=("vuedata",), news_per_portal=2)
    truth = sandbox.ground_truth()
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        (column,) = [u for u, role in truth["pages"].items() if role == "list" and urlsplit(u).hostname == www
                     and re.fullmatch(r"/zwgk_\d{3}/zfxxgknb/index\.html", urlsplit(u).path)]
        served = sandbox.handle("GET", column, {})[2].decode()
        ours = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == www}
        assert ours and not any(urlsplit(u).path in re.findall(r'href="([^"]+)"', served) for u in ours)
        with serve(sandbox) as server:
            ((status, _, links),) = _links_after_scripts(server.url, [column], "document.querySelectorAll("
                                                         "'#nbApp a[href*=\"/zfxxgknb/\"]').length > 0")
        assert status == 200 and ours <= set(links), ours - set(links)
        assert not any("{{" in link for link in links)


def test_the_seventieth_round_works_in_a_browser():
    """The seventieth round's columns draw in Chromium: xsrfcookie's script echoes the cookie its column set in the
    `X-XSRF-TOKEN` header, originapi's cross-origin fetch carries the portal's `Origin` to the API host, basicapi's
    sends the account its script holds as Basic credentials — each column then links every report its interface
    names. domaincookie's platform sends a browser that has no cookie yet to the portal's home, which sets it for the
    whole domain, and opens to the same browser the next time."""
    scripted = {"xsrfcookie": r"/zwgk_\d{3}/zfxxgknb/\w+/index\.html", "originapi": r"/\w+/zfxxgknb/\w+/index\.html",
                "basicapi": r"/html/[A-Z]{2}/gknb/\w+\.html"}
    sandbox = build_sandbox(portals=4, families=(*scripted, "domaincookie"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"] for p in truth["portals"]}
    shells = [u for family, path in scripted.items() for u, role in truth["pages"].items()
              if role == "list" and urlsplit(u).hostname == hosts[family][0] and re.fullmatch(path, urlsplit(u).path)]
    platform = hosts["domaincookie"][1]
    column = f"http://{platform}/gknb/bm.htm"
    with serve(sandbox) as server:
        seen = _links_after_scripts(server.url, shells, "document.querySelectorAll("
                                    "'#gknbList a, #articleList a, #docList a').length > 0")
        sent_home, let_in = _links_after_scripts(server.url, [column, column])
    assert len(shells) == 9
    for family in scripted:
        drawn = {link for url, (status, _, links) in zip(shells, seen, strict=True)
                 if urlsplit(url).hostname == hosts[family][0] and status == 200 for link in links}
        ours = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == hosts[family][0]}
        assert ours and ours <= drawn, (family, sorted(ours - drawn)[:3])
    listed = {urljoin(column, href) for href in re.findall(r'href="([^"]*/info/[^"]+)"', sandbox.handle(
        "GET", column, {"Cookie": sandbox.sites[platform].challenge_cookie()})[2].decode())}
    assert listed and not listed & set(sent_home[2]) and listed <= set(let_in[2])


def test_the_seventy_third_round_reversed_column_draws_in_a_browser():
    """revhref's column links every report in Chromium: its load script turns each `data-url` right way round into
    the link's href; as served, every row's href is `javascript:void(0);` and no report's path is written forwards."""
    from nianbao.crawler.sandbox.family_revhref import COLUMN

    sandbox = build_sandbox(portals=2, families=("revhref",), news_per_portal=2)
    truth = sandbox.ground_truth()
    columns = [f"http://{p['hosts'][0]}{COLUMN}" for p in truth["portals"]]
    with serve(sandbox) as server:
        seen = _links_after_scripts(server.url, columns, "document.querySelectorAll("
                                    "'a[data-url][href*=\"/xxgknb/\"]').length > 0")
    for url, (status, _, links) in zip(columns, seen, strict=True):
        host = urlsplit(url).hostname
        served = sandbox.handle("GET", url, {})[2].decode()
        ours = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == host}
        assert ours and not any(urlsplit(u).path in served for u in ours)
        assert status == 200 and ours <= set(links), sorted(ours - set(links))[:3]


def test_the_seventy_fifth_round_scripted_columns_draw_in_a_browser():
    """esmchunk's and xssiprefix's columns link every report in Chromium: the Vite entry module's dynamic import
    finds each chunk relative to the module's own address, and the list script drops the `)]}',` guard line before
    parsing the interface's answer; as served, every column's list is empty."""
    from nianbao.crawler.sandbox.family_xssiprefix import column_path

    sandbox = build_sandbox(portals=2, families=("esmchunk", "xssiprefix"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"][0] for p in truth["portals"]}
    paths = {"esmchunk": [u for u, role in truth["pages"].items() if role == "list"
                          and urlsplit(u).hostname == hosts["esmchunk"] and re.search(r"/zwgk/xxgkndbg/\w+\.html$", u)],
             "xssiprefix": [f"http://{hosts['xssiprefix']}{column_path(k)}" for k in ("bj", "bm", "xz")]}
    assert len(paths["esmchunk"]) == 3
    shells = paths["esmchunk"] + paths["xssiprefix"]
    with serve(sandbox) as server:
        seen = _links_after_scripts(server.url, shells, "document.querySelectorAll('#nb-list a').length > 0")
    for family, host in hosts.items():
        drawn = {link for url, (status, _, links) in zip(shells, seen, strict=True)
                 if urlsplit(url).hostname == host and status == 200 for link in links}
        scripted = {d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == host and d.get("needs_browser")}
        assert scripted and scripted <= drawn, (family, sorted(scripted - drawn)[:3])
        assert all(re.search(r'<ul class="list" id="nb-list"[^>]*></ul>', sandbox.handle("GET", u, {})[2].decode())
                   for u in paths[family])


def test_the_seventy_seventh_round_scripted_columns_draw_in_a_browser():
    """atobwrite's columns link every report in Chromium: atob() gives the base64 list's UTF-8 bytes and
    decodeURIComponent(escape(…)) reads them as UTF-8 (it throws on bytes that are not), so the written markup is the
    list; jshref's rows keep their `javascript:openWin('…')` hrefs, which name the report's path only as the script's
    argument: no http link of the column reaches a report."""
    from nianbao.crawler.sandbox.family_atobwrite import column_path
    from nianbao.crawler.sandbox.family_jshref import column_path as jshref_column

    sandbox = build_sandbox(portals=2, families=("atobwrite", "jshref"), news_per_portal=2)
    truth = sandbox.ground_truth()
    hosts = {p["cms"]: p["hosts"][0] for p in truth["portals"]}
    written = [f"http://{hosts['atobwrite']}{column_path(k)}" for k in ("xzf", "bm", "xz")]
    scripted = [f"http://{hosts['jshref']}{jshref_column(k)}" for k in ("bj", "bm", "xz")]
    with serve(sandbox) as server:
        seen = _links_after_scripts(server.url, written + scripted, "document.querySelectorAll('a').length > 0")
    drawn = {link for (status, _, links) in seen[:3] if status == 200 for link in links}
    ours = {d["url"]: d for d in truth["documents"] if urlsplit(d["url"]).hostname == hosts["atobwrite"]}
    assert {u for u, d in ours.items() if d.get("needs_browser")} <= drawn
    assert all("atob(" in sandbox.handle("GET", u, {})[2].decode() for u in written)
    for url, (status, _, links) in zip(scripted, seen[3:], strict=True):
        rows = [link for link in links if link.startswith("javascript:openWin(")]
        assert status == 200 and len(rows) >= 2, url
        assert not [link for link in links if link.startswith("http") and "/xxgk/nb/" in urlsplit(link).path]
