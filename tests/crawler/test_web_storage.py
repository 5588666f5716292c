"""Values a page leaves in sessionStorage for another (crawler/discovery/web_storage.py): the writes of an entrance's
handlers, and the addresses a later page's script builds from a storage read, once per value written."""

from __future__ import annotations

from lxml import html
from nianbao.crawler.discovery import web_storage
from nianbao.crawler.discovery.analysis import PageJob, analyse_html

LIST = "http://www.x.gov.cn/xxgk/nb/list.html"
ENTRANCE = """<ul class="nbEntry"><li><a href="list.html" onclick="sessionStorage.setItem('nbChannel', 'bj')">县政府</a></li>
<li><a href="list.html" onclick="sessionStorage.setItem('nbChannel', 'bm')">县直部门</a></li>
<li><a href="list.html" onclick="window.localStorage.unit = 'xz'; return true">乡镇</a></li>
<li><a href="javascript:sessionStorage['nbChannel']='bm';location.href='list.html'">部门</a></li></ul>"""
DRAW = """var channel = sessionStorage.getItem("nbChannel") || "bj";
fetch("/xxgk/nb/data/" + channel + ".json").then(function (r) { return r.json(); });"""


def test_the_writes_of_handlers_and_scripts_are_read_once_each_in_order():
    writes = web_storage.storage_writes(html.fromstring(ENTRANCE), "sessionStorage.setItem('year', '2023');")
    assert writes == [("nbChannel", "bj"), ("nbChannel", "bm"), ("unit", "xz"), ("year", "2023")]


def test_a_read_bound_to_a_variable_builds_one_address_per_value_written_then_its_default():
    targets = web_storage.storage_targets(LIST, DRAW, {"nbChannel": ["bm", "xz"], "other": ["1"]})
    assert [(t.url, t.data_get, t.value) for t in targets] == [
        ("http://www.x.gov.cn/xxgk/nb/data/bm.json", True, "bm"),
        ("http://www.x.gov.cn/xxgk/nb/data/xz.json", True, "xz"),
        ("http://www.x.gov.cn/xxgk/nb/data/bj.json", True, "bj")]
    direct = 'location.href = "/xxgk/nb/list_" + sessionStorage.unit + ".html";'
    assert [t.url for t in web_storage.storage_targets(LIST, direct, {"unit": ["xz"]})] == [
        "http://www.x.gov.cn/xxgk/nb/list_xz.html"]


def test_no_value_no_address_and_the_portal_storage_is_bounded():
    assert web_storage.storage_targets(LIST, DRAW.replace(' || "bj"', ""), {}) == []
    storage: dict[str, list[str]] = {}
    assert web_storage.merge(storage, [("k", str(i)) for i in range(web_storage.MAX_VALUES + 5)])
    assert len(storage["k"]) == web_storage.MAX_VALUES and not web_storage.merge(storage, [("k", "0")])


def test_the_analysis_reads_the_list_with_the_storage_the_portal_kept():
    body = f"<html><head><title>年报</title></head><body><ul id='nbList'></ul><script>{DRAW}</script></body></html>"
    job = PageJob(LIST, body.encode(), "text/html; charset=utf-8", "list", storage=(("nbChannel", ("bm",)),))
    analysis = analyse_html(job)
    assert analysis.storage_links == 2
    assert "http://www.x.gov.cn/xxgk/nb/data/bm.json" in analysis.script_get_urls


def test_a_posted_message_s_fields_are_read_by_the_frame_that_listens_for_it():
    poster = """var proxy = document.getElementById("nbProxy");
    proxy.addEventListener("load", function () { proxy.contentWindow.postMessage({api: "nbList", 'channel': "nb"}, P); });"""
    writes = web_storage.storage_writes(html.fromstring("<p></p>"), poster)
    assert writes == [("message.api", "nbList"), ("message.channel", "nb")]
    storage: dict[str, list[str]] = {}
    web_storage.merge(storage, writes)
    listener = """window.addEventListener("message", function (e) { var q = e.data || {};
      fetch("/interface/" + q.api + ".do?channel=" + encodeURIComponent(q.channel)).then(function (r) { return r.json(); })
        .then(function (rows) { e.source.postMessage({rows: rows}, e.origin); }); });"""
    proxy = "http://xxgkpt.x.gov.cn/proxy.html"
    assert [t.url for t in web_storage.storage_targets(proxy, listener, storage)] == [
        "http://xxgkpt.x.gov.cn/interface/nbList.do?channel=nb"]
    assert web_storage.storage_targets(proxy, listener.replace('"message"', '"load"'), storage) == []
