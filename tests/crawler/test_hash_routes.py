"""Hash-routed list apps (crawler/discovery/hashroutes.py) and lists POSTed by their scripts
(crawler/discovery/pagers/jsonlist.py, body page fields)."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from nianbao.crawler import limits
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.hashroutes import hash_routes, is_route
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import jsonlist

from tests.crawler.offline_spider import offline_spider

APP = """<html><body><div class="side"><ul><li><a href="#/zfnb">政府年报</a></li><li><a href="#/bmnb">部门年报</a></li>
<li><a href="/zwgk/gknb/#/zjnb">镇街年报</a></li><li><a href="index.html#!/wnnb">往年年报</a></li></ul></div>
<a href="#top">返回顶部</a><a href="#">更多</a><a href="/other/#/x">另一个应用</a>
<div id="app"><ul class="list"><li><a href="/zwgk/gknb/zfnb/1600000000000001000.html">2023年报</a></li></ul>
<div class="pager"><a href="#/zfnb?page=1">1</a> <a href="#/zfnb?page=2">2</a> <a href="#/zfnb?page=3">3</a></div>
</div></body></html>"""


def _page(html: str, url: str) -> HtmlPage:
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def test_menu_routes_are_states_and_pager_routes_are_their_pages():
    routes = hash_routes(_page(APP, "http://www.x.gov.cn/zwgk/gknb/"))
    assert routes.states == ["http://www.x.gov.cn/zwgk/gknb/#/zfnb", "http://www.x.gov.cn/zwgk/gknb/#/bmnb",
                             "http://www.x.gov.cn/zwgk/gknb/#/zjnb"]    # index.html#!/wnnb: another URL
    assert routes.page_variants == [f"http://www.x.gov.cn/zwgk/gknb/#/zfnb?page={n}" for n in (1, 2, 3)]


def test_a_route_state_leaves_itself_out_and_in_page_anchors_are_no_routes():
    routes = hash_routes(_page(APP, "http://www.x.gov.cn/zwgk/gknb/#/bmnb"))
    assert "http://www.x.gov.cn/zwgk/gknb/#/bmnb" not in routes.states and len(routes.states) == 2
    assert not is_route("top") and not is_route("") and not is_route("/") and is_route("!/list") and is_route("/a")
    static = "<html><body><a href='#top'>顶部</a><a href='#content'>正文</a></body></html>"
    assert hash_routes(_page(static, "http://www.x.gov.cn/a/")).states == []


def test_a_route_met_only_with_a_query_is_a_state_of_its_own():
    html = "<a href='#/list?page=1'>1</a><a href='#/list?page=2'>2</a><a href='#/column/12?page=1'>公开年报</a>"
    routes = hash_routes(_page(f"<html><body>{html}</body></html>", "http://www.x.gov.cn/app/"))
    assert routes.states == ["http://www.x.gov.cn/app/#/list?page=1", "http://www.x.gov.cn/app/#/column/12?page=1"]
    assert routes.page_variants == ["http://www.x.gov.cn/app/#/list?page=2"]


def test_routes_are_bounded():
    html = "".join(f"<a href='#/c{n}'>{n}</a>" for n in range(100))
    assert len(hash_routes(_page(f"<html><body>{html}</body></html>", "http://www.x.gov.cn/app/")).states) == limits.MAX_ROUTES_PER_PAGE


def test_routes_only_on_a_rendered_page():
    url = "http://www.x.gov.cn/zwgk/gknb/"
    plain = analyse_html(PageJob(url, APP.encode(), "text/html; charset=utf-8", role="list", column=url))
    rendered = analyse_html(PageJob(url, APP.encode(), "text/html; charset=utf-8", role="list", column=url,
                                    rendered=True))
    assert plain.hash_routes is None and len(rendered.hash_routes.states) == 3


def test_json_body_page_field_enumerated_in_the_scripts_own_spelling():
    url, kind = "http://www.x.gov.cn/api/cms/content/list", "application/json;charset=UTF-8"
    body = '{"channel":"bmnb","pageNum":1,"pageSize":6}'
    assert jsonlist.body_page_param(body, kind) == ("pageNum", 1)
    pages = jsonlist.other_pages(url, 3, body.encode(), kind)
    assert [r.body for r in pages] == ['{"channel":"bmnb","pageNum":2,"pageSize":6}',
                                       '{"channel":"bmnb","pageNum":3,"pageSize":6}']
    assert all(r.method == "POST" and r.api and r.headers["Content-Type"] == kind and r.url == url for r in pages)
    nested = json.dumps({"param": {"columnId": "12", "pageNo": "0"}})
    assert [json.loads(r.body)["param"]["pageNo"] for r in jsonlist.other_pages(url, 2, nested, kind)] == ["1"]


def test_form_body_page_field_and_bodies_that_name_no_page():
    form = "columnId=12&curPage=1&size=10"
    assert jsonlist.body_page_param(form) == ("curPage", 1)
    assert [dict(parse_qsl(r.body))["curPage"] for r in jsonlist.other_pages("http://x.gov.cn/l", 3, form)] == ["2", "3"]
    assert jsonlist.body_page_param('{"id": 5, "flag": true}', "application/json") is None
    assert jsonlist.body_page_param("not json {", "application/json") is None
    assert jsonlist.body_page_param("page=1&" + "x" * 5000) is None    # not a list query


def _spider(tmp_path):
    spider = offline_spider(tmp_path)
    spider.render_mode = "auto"    # as with the browser handler installed (crawl_main adds it)
    return spider


def _rendered(url: str, **meta):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "list", "nianbao_render": True, **meta})
    response = HtmlResponse(url, body=APP.encode(), encoding="utf-8", request=request)
    return response, analyse_html(PageJob(url, APP.encode(), "text/html; charset=utf-8", role="list", column=url,
                                          rendered=True))


def test_spider_renders_each_route_state_once_within_bounds(tmp_path, monkeypatch):

    spider, url = _spider(tmp_path), "http://www.x.gov.cn/zwgk/gknb/"
    paged = {"nianbao_xhr_posts": [("http://www.x.gov.cn/api/list", '{"channel":"zfnb","pageNum":1}',
                                    "application/json")]}
    response, analysis = _rendered(url, **paged)
    requests = list(spider._hash_route_requests(response, analysis, url))
    # the menu's states, rendered, each past Scrapy's fragment-blind duplicate filter; no pager states: the
    # app's data request is pageable (read page by page instead)
    assert [r.url for r in requests] == analysis.hash_routes.states
    assert all(r.dont_filter and r.meta["nianbao_render"] and r.meta["nianbao_role"] == "list" for r in requests)
    assert list(spider._hash_route_requests(response, analysis, url)) == []       # each state once
    response, analysis = _rendered(url)                                              # no pageable data request
    assert [r.url for r in spider._hash_route_requests(response, analysis, url)] == analysis.hash_routes.page_variants
    monkeypatch.setattr(limits, "MAX_ROUTE_STATES_PER_COLUMN", 1)
    other = "http://www.x.gov.cn/other/"
    response, analysis = _rendered(other)
    assert len(list(spider._hash_route_requests(response, analysis, other))) == 1
    assert spider.crawler.stats.get_value("discovery/list_pages_capped") == 1


def test_a_post_answer_rendered_on_evidence_is_rendered_as_the_same_post(tmp_path):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    spider, url = _spider(tmp_path), "http://www.x.gov.cn/channel/12.shtml"
    html = b"<html><body><ul id='list'></ul><script>$.ajax({url: '/data'})</script></body></html>"
    request = Request(url, method="POST", body="__VIEWSTATE=x&pageIndex=3", meta={"nianbao_portal": "a",
                      "nianbao_role": "list"}, headers={"Content-Type": "application/x-www-form-urlencoded"})
    response = HtmlResponse(url, body=html, encoding="utf-8", request=request)
    analysis = analyse_html(PageJob(url, html, "text/html", role="list", column=url))
    assert analysis.render_evidence
    render = spider._render_request(response, analysis, 0)
    assert render.method == "POST" and render.body == b"__VIEWSTATE=x&pageIndex=3" and render.meta["nianbao_render"]
