"""Views named only in a client-side router's route table (crawler/discovery/router_tables.py) and the spider's
requests for them (crawler/spiders/router_scripts.py)."""

from __future__ import annotations

import re

import pytest
from nianbao.crawler.discovery.router_tables import (
    MAX_ROUTES,
    ClientRoute,
    RouterTable,
    app_shell,
    read_router_table,
    route_urls,
)
from nianbao.crawler.sandbox.family_routerbundle import VIEWS, bundle

from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.sites import report_page
from tests.crawler.test_portal_e2e import registry

SHELL = "http://www.x.gov.cn/xxgk/nb"


def test_an_app_shell_and_its_scripts():
    page = (b'<html><head><script src="/js/jquery-1.12.4.min.js"></script><script src="js/app.1a2b.js"></script>'
            b'<script src="https://hm.baidu.com/hm.js?abc"></script></head><body><nav><a href="/">home</a></nav>'
            b'<div id="app"><!-- built --> <div class="loading">\xe5\x8a\xa0\xe8\xbd\xbd\xe4\xb8\xad</div></div></body></html>')
    shell = app_shell(page, SHELL)
    assert shell is not None and shell.scripts == ("http://www.x.gov.cn/xxgk/js/app.1a2b.js",)
    based = app_shell(b'<base href="/xxgk/"><script src="app.js"></script><app-root></app-root>', SHELL)
    assert based.scripts == ("http://www.x.gov.cn/xxgk/app.js",) and based.base_href == "http://www.x.gov.cn/xxgk/"
    # a page whose mount element holds the list (rendered, or server-rendered), or with no mount element
    assert app_shell(b'<script src="/app.js"></script><div id="app"><ul><li><a href="/a.html">a</a></li></ul></div>',
                     SHELL) is None
    assert app_shell(b'<script src="/app.js"></script><div id="list"></div>', SHELL) is None
    assert app_shell(b'<script src="/js/vue.min.js"></script><div id="app"></div>', SHELL) is None   # no app script


def test_a_vue_router_table_in_history_mode():
    table = read_router_table(bundle(VIEWS))
    assert table.mode == "history" and table.base == "/xxgk/"
    assert [r.path for r in table.routes] == ["/nb", "/nb/bj", "/nb/bm", "/nb/xz", "/nb/ls"]
    assert table.routes[2].title == "部门政府信息公开年报"
    assert route_urls(table, SHELL)[2] == ("http://www.x.gov.cn/xxgk/nb/bm", "部门政府信息公开年报")


def test_nested_minified_and_other_routers():
    vue4 = ('const r=Object(o.createRouter)({history:Object(o.createWebHistory)("/gk/"),routes:[{path:"/",'
            'component:L,children:[{path:"ndbg",name:"nb",component:()=>n.e(1).then(n.bind(null,9)),'
            'meta:{title:"年报"}},{path:"ndbg/:id",component:D},{path:"",component:H}]},'
            '{path:"/:pathMatch(.*)*",component:N}]});var s={path:"M0 0 L1 1"},c={path:e,component:F};"/decoy"')
    table = read_router_table(vue4)
    assert table.mode == "history" and table.base == "/gk/"
    assert [(r.path, r.title) for r in table.routes] == [("/ndbg", "年报"), ("/", "")]
    react = ('Object(a.createBrowserRouter)([{path:"/",element:Object(i.jsx)(P,{}),children:[{path:"nb/bm",'
             'element:Object(i.jsx)(B,{})}]}],{basename:"/xxgk"});l.createElement(d.Route,{path:"/nb/xz",component:X})')
    table = read_router_table(react)
    assert table.base == "/xxgk" and {r.path for r in table.routes} == {"/", "/nb/bm", "/nb/xz"}
    assert ("http://www.x.gov.cn/xxgk/nb/bm", "") in route_urls(table, SHELL)
    # Vue Router 3 without a mode is in hash mode: the shell's states
    hashed = read_router_table('new VueRouter({routes:[{path:"/bmnb",component:B},{path:"/xznb",component:X}]})')
    assert hashed.mode == "hash"
    assert route_urls(hashed, SHELL + "#/") == [(SHELL + "#/bmnb", ""), (SHELL + "#/xznb", "")]
    # no router, or a router with no plain route
    assert read_router_table('var o={path:"/a",component:1}') is None
    assert read_router_table('new VueRouter({routes:[{path:"/d/:id",component:D}]})') is None
    many = "createRouter({routes:[" + ",".join(f'{{path:"/v{n}",component:V}}' for n in range(100)) + "]})"
    assert len(read_router_table(many).routes) == MAX_ROUTES


def test_route_urls_fall_back_to_the_base_href_then_the_root():
    table = RouterTable("history", "", (ClientRoute("/nb/bm"),))
    assert route_urls(table, SHELL, "http://www.x.gov.cn/xxgk/") == [("http://www.x.gov.cn/xxgk/nb/bm", "")]
    assert route_urls(table, SHELL) == [("http://www.x.gov.cn/nb/bm", "")]


@pytest.mark.slow
def test_server_rendered_routes_are_requested_without_a_browser(tmp_path):
    """An app whose views are named only in its bundle's route table; the server renders each route's list (as
    Nuxt does), so the routes' reports are found with the browser off."""
    base = "http://www.router-county.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/", html('<a href="/xxgk/nb">政府信息公开年报</a>', "路县人民政府"))
    script = f"{base}/xxgk/static/js/app.9f8e.js"
    web.add(script, bundle(VIEWS), content_type="application/javascript")
    shell = html('<div id="app"></div>', "政府信息公开年报", head='<script src="/xxgk/static/js/app.9f8e.js"></script>')
    web.add(f"{base}/xxgk/nb", shell)
    reports = set()
    for n, key in enumerate(("bm", "xz", "ls")):
        url = f"{base}/xxgk/content/2023/{n}.html"
        title = f"路县{['教育局', '城关镇', '人民政府'][n]}{2023 - 5 * (key == 'ls')}年政府信息公开工作年度报告"
        web.add(url, report_page(title, "2024-01-15", "1101070001"))
        reports.add(url)
        web.add(f"{base}/xxgk/nb/{key}", html(f'<div id="app" data-server-rendered="true"><ul><li><a href="{url}">'
                                              f'{title}</a></li></ul></div>', VIEWS[key],
                                              head='<script src="/xxgk/static/js/app.9f8e.js"></script>'))
    row = {"id": "router", "name": "路县", "region_code": "110107", "level": "county", "homepage": f"{base}/"}
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url)
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report"} == reports, stderr[-3000:]
    assert sum(1 for _, url in web.log if url == script) == 1   # the bundle once
    routes = re.search(r"'router/routes': (\d+)", stderr)
    assert routes and int(routes.group(1)) == 4    # /xxgk/nb/{bj,bm,xz,ls}; /xxgk/nb is the shell itself
