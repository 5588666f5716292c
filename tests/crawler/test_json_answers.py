"""The data a page's scripts GET to draw its blocks (discovery/script_data.py) and the addresses JSON answers name
(discovery/json_links.py)."""

from __future__ import annotations

import json

from nianbao.crawler.discovery import json_links, script_data
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.xhr import script_request_headers

HOME = "http://www.x.gov.cn/index.html"
BLOCKS = {"code": 0, "data": {"blocks": [
    {"name": "政府信息公开年报", "moreUrl": "/xxgk/zfxxgknb/index.html", "picUrl": "/img/nb.png",
     "items": [{"title": "某县2023年政府信息公开工作年度报告", "url": "/xxgk/zfxxgknb/202401/t20240118_1.html",
                "date": "2024-01-18"}]},
    {"name": "政策文件", "moreUrl": "zwgk/zcwj/", "items": []}]}}


def test_every_address_of_an_object_with_its_title_as_label():
    links = json_links.answer_links(json.dumps(BLOCKS, ensure_ascii=False).encode(), "http://www.x.gov.cn/api/b?code=1")
    assert [(link.url, link.label) for link in links] == [
        ("http://www.x.gov.cn/xxgk/zfxxgknb/index.html", "政府信息公开年报"),
        ("http://www.x.gov.cn/xxgk/zfxxgknb/202401/t20240118_1.html", "某县2023年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/api/zwgk/zcwj/", "政策文件"),   # a relative path in a field named as an address
    ]


def test_addresses_in_unnamed_fields_and_what_is_no_address():
    answer = [{"a": "/nb/1.html", "b": "2023/01/02", "c": "某某", "d": "report.pdf", "e": "x.js", "f": 12,
               "g": "http://www.x.gov.cn/nb/2.shtml", "h": "index"}, ["/nb/3.html", {"linkUrl": "/nb/1.html"}]]
    urls = [link.url for link in json_links.answer_links(json.dumps(answer), "http://www.x.gov.cn/api/list")]
    assert urls == ["http://www.x.gov.cn/nb/1.html", "http://www.x.gov.cn/api/report.pdf",
                    "http://www.x.gov.cn/nb/2.shtml", "http://www.x.gov.cn/nb/3.html"]


def test_links_per_answer_are_bounded_and_non_json_is_none():
    many = [{"title": f"t{n}", "url": f"/a/{n}.html"} for n in range(json_links.MAX_LINKS_PER_ANSWER + 50)]
    assert len(json_links.answer_links(json.dumps(many), "http://a/")) == json_links.MAX_LINKS_PER_ANSWER
    assert json_links.answer_links(b"<html></html>", "http://a/") is None
    assert json_links.looks_like_json(b' {"a": 1}', "text/plain")
    assert json_links.looks_like_json(b"[]", "") and not json_links.looks_like_json(b"[if IE]", "")
    assert json_links.looks_like_json(b"", "application/json;charset=utf-8")


def test_a_get_with_an_object_of_literals_is_asked_with_its_query():
    scripts = """
      $.getJSON('/api/portal/block', {code: 'zwgk', size: 5}, function (res) { draw(res); });
      $.get("/api/nav", {siteId: SITE}, render);
      $.ajax({type: "get", url: "/api/menu", dataType: "json", data: {"channel": "xxgk"}});
      $.ajax({data: {id: 3}, url: "/api/unit", success: draw});
      var menu = [{title: "年报", url: "/xxgk/nb/index.html"}];
      fetch('/api/notice?top=1').then(r => r.json());
      fetch('/api/save', {method: 'POST', body: '{}'});
      $.getJSON('/api/other', {code: box.code});
      $.getJSON('/api/list?p=' + n);
      xhr.open("GET", "http://elsewhere.gov.cn/api/x");
      var SITE = "12";
    """
    assert script_data.data_urls(HOME, scripts) == [
        "http://www.x.gov.cn/api/portal/block?code=zwgk&size=5",
        "http://www.x.gov.cn/api/nav?siteId=12",         # a declared constant is a literal
        "http://www.x.gov.cn/api/menu?channel=xxgk",
        "http://www.x.gov.cn/api/unit?id=3",             # the settings' data before their url
        "http://www.x.gov.cn/api/notice?top=1",
    ]


def test_data_gets_per_page_are_bounded():
    scripts = "".join(f"$.getJSON('/api/b{n}');" for n in range(20))
    assert len(script_data.data_urls(HOME, scripts)) == script_data.MAX_DATA_GETS_PER_PAGE


def test_a_home_page_asks_for_its_blocks_data_as_a_script_does():
    body = ("<html><head><title>某县人民政府</title></head><body><div id='zwgkBlock'></div><script>"
            "$(function () { $.getJSON('/api/portal/block', {code: 'zwgk'}, function (res) { draw(res); }); });"
            "</script></body></html>").encode()
    result = analyse_html(PageJob(HOME, body, "text/html; charset=utf-8", role="home", homepage=HOME))
    assert result.data_gets == ["http://www.x.gov.cn/api/portal/block?code=zwgk"]
    article = analyse_html(PageJob("http://www.x.gov.cn/a/1.html", body, "text/html", role="article"))
    assert article.data_gets == []
    assert script_request_headers({"nianbao_api": script_data.API_KIND})["X-Requested-With"] == "XMLHttpRequest"


def test_a_json_answer_reached_through_a_reports_link_is_no_report(tmp_path):
    """A list API's answer fetched through a link whose text names a report is data (its addresses are followed),
    not the report: the spider records it as not a report, saying why. A PDF through the same link still is one."""
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path)
    url = "http://www.x.gov.cn/api/list?page=1"
    anchor = "某县2023年政府信息公开工作年度报告"
    request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_anchor": anchor})
    body = json.dumps({"data": [{"title": anchor, "url": "/xxgk/nb/t1.html"}]}, ensure_ascii=False).encode()
    items, pdf = drain(spider, spider.parse_file(Response(url, body=body, request=request), "txt"),
                       spider.parse_file(Response(url, body=b"%PDF-1.7\n", request=request), "pdf"))
    assert [(item.kind, "a JSON answer" in item.reason) for item in items] == [("not_report", True)]
    assert spider.crawler.stats.get_value("discovery/data_answers_not_documents") == 1
    assert [item.kind for item in pdf] == ["report"]
