"""Pages whose way on is a script: redirect stubs, link-bearing attributes beyond href, lists grown by 加载更多,
JSON trees a script fetches by GET (issue 12, the third held-out round's misses). Pure page analysis."""

from __future__ import annotations

import json

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage, script_link_target
from nianbao.crawler.discovery.pagers import jsonlist
from nianbao.crawler.discovery.render_evidence import list_evidence, load_more_control
from nianbao.crawler.discovery.site import SiteScope

SITE = "http://www.x.gov.cn"


def _page(body: str, url: str = f"{SITE}/a/list.html") -> HtmlPage:
    return HtmlPage.from_bytes(url, body.encode())


def _analyse(body: str, url: str = f"{SITE}/", role: str = "home", **kwargs):
    return analyse_html(PageJob(url, body.encode(), "text/html; charset=utf-8", role, homepage=f"{SITE}/",
                                portal_hosts=("www.x.gov.cn",), site=SiteScope.of("www.x.gov.cn"), **kwargs))


STUB = '<html><head><title></title><script type="text/javascript">{}</script></head><body></body></html>'


@pytest.mark.parametrize("script, target", [
    ('window.location.replace("/we/index.html");', f"{SITE}/we/index.html"),
    ("window.location.href = '/we/index.html';", f"{SITE}/we/index.html"),
    ('top.location = "http://www.x.gov.cn/xp/";', f"{SITE}/xp/"),
    ("location.assign('zw/index.shtml')", f"{SITE}/zw/index.shtml"),
])
def test_a_script_only_stub_is_followed_in_its_own_role(script, target):
    result = _analyse(STUB.format(script))
    assert result.redirect_stub == "literal"
    assert [(f.url, f.role, f.letter) for f in result.follows] == [(target, "home", "R")]
    assert result.render_evidence is None


def test_a_computed_redirect_is_rendered_and_a_meta_refresh_read():
    result = _analyse(STUB.format('var p = "/we/"; window.location.href = p + "index.html";'))
    assert result.redirect_stub == "computed" and result.render_evidence == "redirect_script"
    assert not result.follows
    refresh = '<html><head><meta http-equiv="refresh" content="3; URL=/xp/index.html"></head><body></body></html>'
    assert [f.url for f in _analyse(refresh).follows] == [f"{SITE}/xp/index.html"]


def test_a_stub_sending_an_article_to_the_front_page_is_followed_as_a_plain_page():
    soft_404 = STUB.format('setTimeout(function () {}, 3000); location.href = "/index.html";')
    result = _analyse(soft_404, f"{SITE}/info/1/9.htm", role="article")
    assert [(f.url, f.role) for f in result.follows] == [(f"{SITE}/index.html", "page")]
    moved = _analyse(STUB.format('location.replace("/info/2/9.htm")'), f"{SITE}/info/1/9.htm", role="article")
    assert [(f.url, f.role) for f in moved.follows] == [(f"{SITE}/info/2/9.htm", "article")]


def test_a_page_with_links_is_no_stub_and_comparisons_are_no_redirect():
    with_link = STUB.format('location.replace("/we/index.html")').replace("<body>", '<body><a href="/a.html">a</a>')
    assert _analyse(with_link).redirect_stub is None
    assert _page(STUB.format('if (location.href == "/x.html") { go(); }')).script_redirect == (None, False)
    assert _page(STUB.format("var here = location.href;")).script_redirect == (None, False)


@pytest.mark.parametrize("value, target", [
    ("window.open('/system/_content/download.jsp?owner=1&wbfileid=2')", "/system/_content/download.jsp?owner=1&wbfileid=2"),
    ("javascript:location.href='/art/2023/1.html'", "/art/2023/1.html"),
    ("downLoad('/uploads/2023年报.pdf'); return false;", "/uploads/2023年报.pdf"),
    ('openDetail("./content_123.htm")', "./content_123.htm"),
    ("changeTab('2')", None),
    ("$('#list').toggle()", None),
    ("void(0)", None),
])
def test_script_link_targets(value, target):
    assert script_link_target(value) == target


def test_link_bearing_attributes_beyond_href_are_links():
    body = """<html><body><ul>
      <li onclick="window.open('/info/1/2.htm')">某县2023年政府信息公开工作年度报告</li>
      <tr data-url="/info/1/3.htm"><td>某局2022年年报</td></tr>
      <div class="item" data-href="../b/4.html">某镇2021年年报</div>
      <a href="javascript:void(0);" onclick="downLoad('/u/5.pdf')">附件.pdf</a>
      <SPAN onClick="openWin('/info/1/6.htm')">某局2020年年报</SPAN>
      <button data-url="tab2">切换</button></ul></body></html>"""
    links = {link.url: (link.tag, link.text) for link in _page(body).links}
    assert links == {f"{SITE}/info/1/2.htm": ("js", "某县2023年政府信息公开工作年度报告"),
                     f"{SITE}/info/1/3.htm": ("data", "某局2022年年报"),
                     f"{SITE}/b/4.html": ("data", "某镇2021年年报"),
                     f"{SITE}/u/5.pdf": ("js", "附件.pdf"),
                     f"{SITE}/info/1/6.htm": ("js", "某局2020年年报")}


def test_links_of_an_image_map_and_an_inline_svg_map_are_links():
    """A county map drawn as an inline SVG links each township with SVG 1.1's `xlink:href` (SVG 2: `href`), an
    image map with `<area href>`: no `<a href>` of HTML names those pages."""
    body = """<html><body><img usemap="#m" src="/map.png"><map name="m">
      <area shape="rect" coords="0,0,9,9" href="/zwgk/ndbg/" alt="年度报告"></map>
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
      <a xlink:href="/xzxxgk/town1/" target="_blank"><polygon points="0,0 9,9"/><text>某镇</text></a>
      <a href="/xzxxgk/town2/"><text>某乡</text></a></svg></body></html>"""
    links = {link.url: (link.tag, link.text) for link in _page(body).links}
    assert links == {f"{SITE}/zwgk/ndbg/": ("area", "年度报告"), f"{SITE}/xzxxgk/town1/": ("a", "某镇"),
                     f"{SITE}/xzxxgk/town2/": ("a", "某乡")}


def test_links_inside_client_side_templates_are_links():
    """A tabbed list keeps each tab's entries in a `<script type="text/html">` template a script copies in on a
    click (art-template, jQuery tmpl): its links are links; a script of JavaScript and a template's `{{ }}` hole
    are not."""
    body = """<html><body><div id="tab-own"><a href="/nb/2024/own.html">本级2024年年报</a></div>
      <script type="text/html" id="tpl-dept"><ul><li><a href="/nb/2023/dept.html">某局2023年年报</a></li>
      <li><a href="{{item.url}}">{{item.title}}</a></li></ul></script>
      <script type="text/x-jquery-tmpl"><a href='/nb/2022/town.html'>某镇2022年年报</a></script>
      <script>var html = '<a href="/not/a/link.html">x</a>';</script></body></html>"""
    links = {link.url: (link.tag, link.text) for link in _page(body).links}
    assert links[f"{SITE}/nb/2023/dept.html"] == ("template", "某局2023年年报")
    assert links[f"{SITE}/nb/2022/town.html"] == ("template", "某镇2022年年报")
    assert f"{SITE}/not/a/link.html" not in links and f"{SITE}/nb/2024/own.html" in links
    assert not [url for url in links if "{" in url or "%7B" in url]


LOAD_MORE = """<html><body><ul id="newsList"><li><a href="/info/1/1.htm">某县2024年政府信息公开工作年度报告</a></li></ul>
  {control}<script>document.getElementById("loadMore").onclick = function () {{
  var xhr = new XMLHttpRequest(); xhr.open("GET", "/more.jsp?page=2"); xhr.send(); }};</script></body></html>"""


@pytest.mark.parametrize("control, evidence", [
    ('<a id="loadMore" href="javascript:;">加载更多</a>', "load_more"),
    ('<div id="loadMore" class="more"><span>查看更多 &gt;&gt;</span></div>', "load_more"),
    ('<input id="loadMore" type="button" value="点击加载更多">', "load_more"),
    ('<a id="loadMore" href="/info/1/index.htm">查看更多</a>', None),      # a link to the list: followed as one
    ('<div id="loadMore">更多</div>', None),
])
def test_a_load_more_control_is_render_evidence_beside_a_static_list(control, evidence):
    page = _page(LOAD_MORE.format(control=control))
    assert load_more_control(page) is (evidence is not None)
    assert list_evidence(page, article_links=1) == evidence


def test_a_section_with_an_empty_unit_tree_carries_render_evidence():
    body = """<html><body><ul id="orgTree" class="ztree"></ul><ul><li><a href="/openness/guide.html">政府信息公开指南</a>
      </li></ul><script>var xhr = new XMLHttpRequest(); xhr.open("GET", "/openness/OpennessOrg/tree");</script>
      </body></html>"""
    result = _analyse(body, f"{SITE}/openness/index.html", role="section")
    assert result.render_evidence == "empty_list_region"
    plain = body.replace('class="ztree"', 'class="nav"').replace('id="orgTree"', 'id="nav"')
    assert _analyse(plain, f"{SITE}/openness/index.html", role="section").render_evidence is None


def test_json_tree_nodes_name_their_child_levels_and_pages():
    top = json.dumps([{"id": "bm", "name": "县政府部门", "isParent": True},
                      {"id": "xz", "name": "乡镇", "isParent": "true"},
                      {"id": "9", "name": "本级", "isParent": False, "url": "/openness/list/9/page_1.html"},
                      {"id": "open", "name": "已展开", "isParent": True, "children": []}], ensure_ascii=False)
    url = f"{SITE}/openness/OpennessOrg/tree"
    assert jsonlist.tree_requests(top, url) == [f"{url}?id=bm", f"{url}?id=xz"]
    level = json.dumps([{"orgId": 12, "name": "县教育局", "leaf": False}])
    assert jsonlist.tree_requests(level, f"{url}?id=bm") == [f"{url}?id=12"]
    assert jsonlist.tree_requests('{"rows": []}', url) == [] and jsonlist.tree_requests("<ul></ul>", url) == []
    assert [link.url for link in jsonlist.parse_list(top, url)[1]] == [f"{SITE}/openness/list/9/page_1.html"]


MORE_SCRIPT = """<script>
var base = "/system/resource/loadmore.jsp";
document.getElementById("loadMore").addEventListener("click", function () {
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "/system/resource/loadmore.jsp?colid=" + button.getAttribute("data-colid") + "&page=" + (page + 1));
  $.get(base + "?col=" + $("#loadMore").data("colid") + "&pageNo=" + n, function (html) {});
  xhr.open("GET", moreUrl(page + 1));
});</script>"""


def test_load_more_fragment_urls_are_read_from_the_script():
    from nianbao.crawler.discovery.pagers import fragments

    body = (f'<html><body><ul id="newsList"><li><a href="/info/1/1.htm">某县2024年年报</a></li></ul>'
            f'<a id="loadMore" href="javascript:;" data-colid="1735">加载更多</a>{MORE_SCRIPT}</body></html>')
    found = [r.url for r in fragments.fragment_pages(_page(body, f"{SITE}/xxgk/nb/bj.htm"))]
    # the first literal's data attribute resolved; `base` read from its var; moreUrl(…) is not understood: unread
    assert found == [f"{SITE}/system/resource/loadmore.jsp?colid=1735&page=2",
                     f"{SITE}/system/resource/loadmore.jsp?col=1735&pageNo=2"]
    assert fragments.next_fragment(found[0], "page") == f"{SITE}/system/resource/loadmore.jsp?colid=1735&page=3"
    result = _analyse(body, f"{SITE}/xxgk/nb/bj.htm", role="column")
    assert [r.pager for r in result.pagers] == ["fragment", "fragment"]
    assert result.render_evidence is None          # read without a browser: no render for the control
    no_control = body.replace("加载更多", "下一页")
    assert fragments.fragment_pages(_page(no_control)) == []


def test_a_script_built_lists_data_urls_are_noted_for_a_crawl_without_a_browser():
    body = """<html><body><ul id="orgTree" class="ztree"></ul><script>
      var setting = {async: {enable: true, type: "get", url: "/openness/OpennessOrg/tree", autoParam: ["id"]}};
      xhr.open("GET", "/more.jsp?colid=" + c); fetch("http://elsewhere.gov.cn/api");</script></body></html>"""
    result = _analyse(body, f"{SITE}/openness/index.html", role="section")
    assert result.render_evidence == "empty_list_region"
    assert result.script_gets == [f"{SITE}/openness/OpennessOrg/tree"]    # whole, same-site literals only
    no_tree = body.replace('<ul id="orgTree" class="ztree"></ul>', "")   # no empty list region: no evidence
    assert _analyse(no_tree, f"{SITE}/openness/index.html", role="section").script_gets == []


def test_an_empty_tree_beside_a_static_entry_is_render_evidence():
    body = """<html><body><div class="nb-left"><h3>政府信息公开年报</h3><ul id="nbTree" class="ztree"></ul></div>
      <div class="nb-right"><a href="/nb/bjnb2024/index.shtml">2024年本级政府信息公开年报</a></div><script>
      var setting = {async: {enable: true, url: "/nb/tree.do", autoParam: ["id"]}};
      var xhr = new XMLHttpRequest(); xhr.open("POST", setting.async.url);</script></body></html>"""
    assert list_evidence(_page(body), article_links=1) == "empty_tree"
    result = _analyse(body, f"{SITE}/nb/index.shtml", role="column")
    assert result.render_evidence is not None
    drawn = body.replace('class="ztree"></ul>', 'class="ztree"><li><a href="/nb/a/">2023</a></li>'
                         '<li><a href="/nb/b/">2022</a></li></ul>')
    assert list_evidence(_page(drawn), article_links=1) is None      # the tree came drawn: links read as they are


@pytest.mark.parametrize("script, grows", [
    ("new IntersectionObserver(function (e) { fetch('/api/stream?after=' + last); }).observe(sentinel);", True),
    ("window.addEventListener('scroll', function () { if (innerHeight + scrollY >= document.body.scrollHeight - 50)"
     " { $.getJSON('/api/list?after=' + last); } });", True),
    # a 返回顶部 button's listener compares only scrollTop: no list grows
    ("$(window).scroll(function () { if ($(window).scrollTop() > 200) { $('#top').show(); } });"
     " $.ajax({url: '/api/weather'});", False),
])
def test_a_list_that_grows_on_scroll_is_render_evidence_beside_its_static_entries(script, grows):
    body = (f'<html><body><ul id="infoList"><li data-id="9"><a href="/nb/9.jhtml">2024年年报</a></li></ul>'
            f'<div id="sentinel"></div><script>{script}</script></body></html>')
    assert list_evidence(_page(body), article_links=1) == ("scroll_growth" if grows else None)


def test_a_post_loaded_tree_asks_for_its_unexpanded_nodes_with_the_same_body_shape():
    url = f"{SITE}/nb/tree.do"
    years = json.dumps([{"id": "2023", "name": "2023年", "isParent": True},
                        {"id": "2022", "name": "2022年", "isParent": "true"},
                        {"id": "x", "name": "说明", "isParent": False, "url": "/nb/sm.shtml"}], ensure_ascii=False)
    # the top level asked for with an empty body: zTree's autoParam default, an `id` form field
    top = jsonlist.post_tree_requests(years, url, "", "application/x-www-form-urlencoded")
    assert [(r.method, r.url, r.body) for r in top] == [("POST", url, "id=2023"), ("POST", url, "id=2022")]
    assert top[0].headers == {"Content-Type": "application/x-www-form-urlencoded"} and top[0].api
    kinds = json.dumps([{"id": "2023_bm", "name": "部门", "isParent": True}])
    # a form body keeps its other fields and sets the id it already names
    form = jsonlist.post_tree_requests(kinds, url, "siteId=7&id=2023", "application/x-www-form-urlencoded")
    assert [r.body for r in form] == ["siteId=7&id=2023_bm"]
    # a JSON body: the same object with the node's id
    as_json = jsonlist.post_tree_requests(kinds, url, '{"nodeId": "2023", "site": 7}', "application/json")
    assert [json.loads(r.body) for r in as_json] == [{"nodeId": "2023_bm", "site": 7}]
    leaves = json.dumps([{"id": "l", "name": "本级", "isParent": False, "url": "/nb/bjnb2023/index.shtml"}])
    assert jsonlist.post_tree_requests(leaves, url, "id=2023_bj", "") == []
    assert jsonlist.post_tree_requests("<html></html>", url, "", "") == []
