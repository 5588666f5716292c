"""Rows and tabs named only by a data attribute, opened by a delegated click handler (crawler/discovery/data_handlers.py),
and a data GET's object of query fields (script_functions.py)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.data_handlers import MAX_URLS_PER_PAGE, attribute_templates, id_targets
from nianbao.crawler.discovery.script_functions import DATA_GET, url_builders
from nianbao.crawler.discovery.site import SiteScope
from nianbao.crawler.discovery.xhr import script_request_headers

URL = "http://www.x.gov.cn/xxgk/nb/list_bj.html"
JQUERY_ROWS = """$('#nbTable').on('click', 'tr', function () { window.open('/xxgk/nb/detail.jsp?id=' + $(this).data('id')); });"""
DOM_MODAL = """document.getElementById("nbTable").addEventListener("click", function (e) {
  var row = e.target.closest("tr[data-id]");
  fetch("/xxgk/nb/detail.jsp?id=" + row.dataset.id).then(function (r) { return r.text(); });
});"""
TAB_LOADER = """function loadTab(type) {
  $.get("/zwgk/nb/list.do", {type: type, pageNo: 1}, function (html) { $("#nbList").html(html); });
}
$(".tabs li").click(function () { loadTab($(this).data("type")); });"""


def _rows(ids, attribute="data-id"):
    return "".join(f'<tr {attribute}="{i}"><td class="title">2023年某某局政府信息公开工作年度报告</td></tr>' for i in ids)


def _page(body: str, script: str) -> str:
    return f"<html><head><title>年报</title></head><body>{body}<script>{script}</script></body></html>"


def test_a_handler_reads_a_rows_data_attribute_in_its_navigation_or_data_get():
    assert attribute_templates(JQUERY_ROWS) == [("id", ("/xxgk/nb/detail.jsp?id=", 0), False)]
    assert attribute_templates(DOM_MODAL) == [("id", ("/xxgk/nb/detail.jsp?id=", 0), True)]
    # dataset's camelCase key and getAttribute name the same dashed attribute
    assert attribute_templates("el.onclick = function () { location.href = 'show.jsp?guid=' + this.dataset.infoGuid; }")[0][0] \
        == "info-guid"
    assert attribute_templates("window.open('a.jsp?id=' + row.getAttribute('data-infoid'))")[0][0] == "infoid"
    # a page function handed the attribute: its data GET with a data object
    assert attribute_templates(TAB_LOADER) == [("type", ("/zwgk/nb/list.do", "?", "type=", 0, "&pageNo=", "1"), True)]


def test_what_is_not_understood_builds_nothing():
    assert attribute_templates("window.open(base() + $(this).data('id'))") == []          # a computed part
    assert attribute_templates("window.open('/a?id=' + $(this).data('id') + '&k=' + key)") == []   # unknown name
    assert attribute_templates("var x = $(this).data('id'); console.log(x);") == []        # no address
    assert attribute_templates("window.open('/a.jsp?id=' + id)") == []                     # no data attribute
    # two attributes in one address: which element carries which is not known
    assert attribute_templates("window.open('/a?x=' + $(this).data('x') + '&y=' + $(this).data('y'))") == []


def test_a_data_gets_object_is_its_query():
    assert url_builders("function f(t) { $.get('/l.do', {type: t, size: 20, 'site': 'nb'}, cb); }", DATA_GET) == {
        "f": ("/l.do", "?", "type=", 0, "&size=", "20", "&site=", "nb")}
    assert url_builders("function f(t) { $.ajax({url: '/l.do?a=1', data: {type: t}}); }", DATA_GET)["f"] == (
        "/l.do?a=1", "&", "type=", 0)
    # a value computed by a call: no URL rather than a wrong one
    assert url_builders("function f(t) { $.get('/l.do', {type: t, q: $('#q').val()}); }", DATA_GET) == {}


def test_each_rows_id_is_substituted_in_page_order_and_bounded():
    tree = lxml_html.fromstring(_page(f"<table id='nbTable'>{_rows([11, 12, 11])}</table>", JQUERY_ROWS))
    targets = id_targets(tree, JQUERY_ROWS)
    assert [t.url for t in targets] == ["/xxgk/nb/detail.jsp?id=11", "/xxgk/nb/detail.jsp?id=12"]
    assert targets[0].label == "2023年某某局政府信息公开工作年度报告" and not targets[0].data_get
    # a value with quotes, spaces or a path is not an id: left out
    tree = lxml_html.fromstring(_page(_rows(["a b", "../x", "5"]), JQUERY_ROWS))
    assert [t.url for t in id_targets(tree, JQUERY_ROWS)] == ["/xxgk/nb/detail.jsp?id=5"]
    tree = lxml_html.fromstring(_page(_rows(range(MAX_URLS_PER_PAGE + 50)), JQUERY_ROWS))
    assert len(id_targets(tree, JQUERY_ROWS)) == MAX_URLS_PER_PAGE


def test_page_analysis_follows_the_rows_and_asks_for_script_gets_as_the_script_does():
    body = _page(f"<table id='nbTable'>{_rows([7, 8])}</table>", DOM_MODAL).encode()
    result = analyse_html(PageJob(URL, body, "text/html; charset=utf-8", "list"))
    follows = {f.url: f for f in result.follows}
    assert result.data_id_links == 2
    detail = follows["http://www.x.gov.cn/xxgk/nb/detail.jsp?id=7"]
    assert detail.anchor == "2023年某某局政府信息公开工作年度报告"
    assert script_request_headers(detail.extra)["X-Requested-With"] == "XMLHttpRequest"
    # a navigation is a page the browser goes to: no XHR headers
    body = _page(_rows([7]), JQUERY_ROWS).encode()
    result = analyse_html(PageJob(URL, body, "text/html; charset=utf-8", "list"))
    follow = next(f for f in result.follows if f.url.endswith("detail.jsp?id=7"))
    assert script_request_headers(follow.extra or {}) == {}
    # rows without a handler: nothing
    plain = analyse_html(PageJob(URL, _page(_rows([7]), "var a = 1;").encode(), "text/html; charset=utf-8", "list"))
    assert plain.data_id_links == 0


UNIT_PICK = """var NB_DOMAIN = "x.gov.cn";
function openUnit(select) {
  var site = select.options[select.selectedIndex].getAttribute("data-site");
  if (site) { window.open("http://" + site + "." + NB_DOMAIN + "/xxgk/nb/index.html"); }
}"""


def test_a_code_kept_in_a_variable_and_joined_to_the_domain_names_a_sub_host_in_site_only():
    assert attribute_templates(UNIT_PICK) == [
        ("site", ("http://", 0, ".", "x.gov.cn", "/xxgk/nb/index.html"), False)]
    options = ('<select onchange="openUnit(this)"><option value="">--请选择--</option>'
               '<option value="U1" data-site="jyj">县教育局</option><option value="U2" data-site="cgz">城关镇</option>'
               '<option value="U3" data-site="evil.example.com/x?">外站</option></select>')
    result = analyse_html(PageJob(URL, _page(options, UNIT_PICK).encode(), "text/html; charset=utf-8", "section",
                                  site=SiteScope.of("www.x.gov.cn")))
    assert result.data_id_links == 2   # a value that is no code (a path, a query) builds nothing
    built = {url: label for url, label, _ in result.generic if ".x.gov.cn/xxgk/nb/" in url}
    assert built == {"http://jyj.x.gov.cn/xxgk/nb/index.html": "县教育局",
                     "http://cgz.x.gov.cn/xxgk/nb/index.html": "城关镇"}
    # the variable is the read only after it is assigned: an earlier same-named one builds nothing
    assert attribute_templates('window.open("/a?s=" + site); var site = el.getAttribute("data-s");') == []


@pytest.mark.slow
def test_tabs_loaded_by_a_guarded_get_and_rows_opened_in_a_modal_give_their_reports_end_to_end(tmp_path):
    from tests.crawler.sandbox_crawl import crawl_families

    crawl = crawl_families(tmp_path, ("xhrheader", "modalid"))
    expected, found = crawl.expected, crawl.found
    # without: each portal's one statically linked report
    assert len(expected) > 20 and expected <= found, sorted(expected - found)[:5]


def test_a_read_through_a_fixed_chain_names_one_element_and_builds_nothing() -> None:
    """`list.lastElementChild.getAttribute('data-id')` (a growing list's cursor) reads one element, not each element
    carrying the attribute: no per-element address (its answers are data, not the rows' pages); an indexed read
    (`options[i]`) is the chosen element's own and still is."""
    cursor = """fetch("/api/stream?after=" + list.lastElementChild.getAttribute("data-id")).then(r => r.json());"""
    chosen = """var s = sel.options[sel.selectedIndex].getAttribute("data-id"); location.href = "/u/" + s + ".html";"""
    assert attribute_templates(cursor) == []
    assert attribute_templates(chosen) == [("id", ("/u/", 0, ".html"), False)]


DIRECTORY_ROW = """document.querySelector("table.dwml tbody").addEventListener("click", function (e) {
    var row = e.target.closest("tr");
    if (row) { window.open("/xxgk/" + row.cells[2].textContent.trim() + "/", "_blank"); }
});"""


def _directory(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td>{n}</td><td>{name}</td><td>{code}</td></tr>" for n, (name, code) in enumerate(rows, 1))
    return ('<table class="dwml"><thead><tr><th>序号</th><th>单位名称</th><th>统一社会信用代码</th></tr></thead>'
            f"<tbody>{body}</tbody></table>")


def test_a_handler_reads_a_rows_cell_text_by_its_position():
    assert attribute_templates(DIRECTORY_ROW) == [("cell 2", ("/xxgk/", 0, "/"), False)]
    # jQuery's forms, a $.trim around, nth-child counted from 1, a data GET
    assert attribute_templates('$("#t").on("click", "tr", function () { location.href = "/dw/" + '
                               '$(this).find("td").eq(1).text() + ".html"; });') == [("cell 1", ("/dw/", 0, ".html"), False)]
    assert attribute_templates('$("#t tr").click(function () { window.open("show.jsp?code=" + '
                               '$.trim($("td:eq(0)", this).text())); });') == [("cell 0", ("show.jsp?code=", 0), False)]
    assert attribute_templates('row.onclick = function () { fetch("/api/unit?id=" + '
                               'this.querySelector("td:nth-child(3)").innerText); };') == [("cell 2", ("/api/unit?id=", 0), True)]
    assert attribute_templates('$("#t tr").click(function () { window.open("/u/" + '
                               '$(this).children().eq(1).text()); });') == [("cell 1", ("/u/", 0), False)]


def test_a_read_of_no_cell_or_of_the_whole_element_is_no_cell_value():
    # the element's own text (element_handlers.py reads it) and every cell at once name no column
    assert attribute_templates('$("#t tr").click(function () { window.open("/u/" + $(this).text()); });') == []
    assert attribute_templates('$("#t tr").click(function () { window.open("/u/" + $(this).find("td").text()); });') == []
    # a cell read that builds no address
    assert attribute_templates('alert(row.cells[2].textContent);') == []


def test_each_body_rows_cell_fills_the_address_and_header_rows_and_prose_do_not():
    rows = [("县教育局", "11339041979202085D"), ("城关镇人民政府", "113390411407440527"),
            ("县财政局", "暂 无"), ("县民政局", "11339041979202085D")]
    tree = lxml_html.fromstring(_page(_directory(rows) + "<table><tr><td>a</td><td>b</td></tr></table>", DIRECTORY_ROW))
    targets = id_targets(tree, DIRECTORY_ROW)
    # the header row (统一社会信用代码) is no value, a text with a space is prose, a repeated code is asked once
    assert [t.url for t in targets] == ["/xxgk/11339041979202085D/", "/xxgk/113390411407440527/"]
    assert targets[0].from_cell and targets[0].label == "1 县教育局 11339041979202085D"
    result = analyse_html(PageJob(URL, _page(_directory(rows), DIRECTORY_ROW).encode(), "text/html; charset=utf-8",
                                  "page"))
    assert result.row_cell_links == result.data_id_links == 2
    # the same table without the handler builds nothing
    plain = analyse_html(PageJob(URL, _page(_directory(rows), "var a = 1;").encode(), "text/html; charset=utf-8", "page"))
    assert plain.row_cell_links == plain.data_id_links == 0
