"""Links a page script completes (crawler/discovery/link_decor.py): a parameter whose value the page carries (a meta's
content, a data attribute, a string global) appended to matching same-host links, as the script would on load."""

from __future__ import annotations

from nianbao.crawler.discovery import link_decor
from nianbao.crawler.discovery.page import HtmlPage

URL = "http://www.x.gov.cn/zwgk/index.html"
META_LOOP = """<script>
document.addEventListener("DOMContentLoaded", function () {
  var code = document.querySelector('meta[name="SiteIDCode"]').content;
  document.querySelectorAll('a[href*=".jsp"]').forEach(function (a) {
    if (a.host !== location.host || /[?&]siteCode=/.test(a.search)) { return; }
    a.search += (a.search ? "&" : "?") + "siteCode=" + encodeURIComponent(code);
  });
});
</script>"""
LINKS = """<a href="/xxgk/nb/list.jsp?channelId=12">县政府年报</a> <a href="/xxgk/nb/list.jsp?channelId=13&siteCode=9">已带</a>
<a href="/xwzx/index.html">新闻</a> <a href="http://other.gov.cn/a.jsp">他站</a> <a href="/apply.jsp">申请</a>"""


def _page(head: str, body: str) -> HtmlPage:
    html = f"<html><head><title>政务公开</title>{head}</head><body>{body}</body></html>"
    return HtmlPage.from_bytes(URL, html.encode("utf-8"), "text/html; charset=utf-8")


def test_a_meta_value_is_appended_to_the_links_the_selector_matches():
    page = _page('<meta name="SiteIDCode" content="3301000001">', LINKS + META_LOOP)
    links = link_decor.decorated_links(page)
    assert [(link.url, link.text) for link in links] == [
        ("http://www.x.gov.cn/xxgk/nb/list.jsp?channelId=12&siteCode=3301000001", "县政府年报"),
        ("http://www.x.gov.cn/apply.jsp?siteCode=3301000001", "申请")]


def test_a_data_attribute_or_a_string_global_is_the_value_and_no_filter_means_every_same_host_link():
    loop = """<script>var site = document.body.getAttribute("data-site");
    $("a").each(function () { this.href = this.href + (this.href.indexOf("?") < 0 ? "?" : "&") + "site=" + site; });</script>"""
    page = _page("", LINKS.replace("<a", '<a data-x="1"', 1) + loop)
    page.tree.find(".//body").set("data-site", "x01")
    urls = [link.url for link in link_decor.decorated_links(page)]
    assert "http://www.x.gov.cn/xwzx/index.html?site=x01" in urls and len(urls) == 4
    glob = """<script>var SITE = "abc"; var links = document.getElementsByTagName("a");
    for (var i = 0; i < links.length; i++) { links[i].setAttribute("href", links[i].href + "&sid=" + SITE); }</script>"""
    assert link_decor.decorations(_page("", LINKS + glob)) == [link_decor.Decoration("sid", "abc", None)]


def test_nothing_without_a_value_on_the_page_or_without_a_link_rewrite():
    assert link_decor.decorated_links(_page("", LINKS + META_LOOP)) == []   # no such meta
    reader = META_LOOP.replace('a.search += (a.search ? "&" : "?") + ', "console.log(")
    assert link_decor.decorated_links(_page('<meta name="SiteIDCode" content="1">', LINKS + reader)) == []
