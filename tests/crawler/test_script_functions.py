"""Page functions that build a URL from their arguments (discovery/script_functions.py) and the links page.py
reads through them."""

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.script_functions import MAX_FUNCTIONS, call_target, url_builders
from nianbao.crawler.discovery.site import SiteScope

LIST_URL = "http://zmhd.example.gov.cn/pages/xxgk/PublicList.aspx?deptid=1&cate=ndbg"


def _page(rows: str, script: str, url: str = LIST_URL) -> HtmlPage:
    html = f"<html><head><title>年度报告</title></head><body><table>{rows}</table><script>{script}</script></body></html>"
    return HtmlPage.from_bytes(url, html.encode("utf-8"))


def test_window_open_of_a_concatenation_with_the_id():
    builders = url_builders('function showDetail(id) { window.open("/pages/xxgk/PublicDetail.aspx?id=" + id '
                            '+ "&title=", "_blank"); }')
    assert builders == {"showDetail": ("/pages/xxgk/PublicDetail.aspx?id=", 0, "&title=")}
    assert call_target("showDetail('146747796924749094')", builders) == \
        "/pages/xxgk/PublicDetail.aspx?id=146747796924749094&title="


def test_location_href_with_a_page_constant_and_a_second_parameter():
    script = """var base = "/art/";
    var go = function (year, id) { if (id) { window.location.href = base + year + '/' + id + '.html'; } };"""
    builders = url_builders(script)
    assert call_target("go('2023', 17)", builders) == "/art/2023/17.html"
    assert call_target("go('2023')", builders) is None          # the id the template needs is missing


def test_template_literal_and_arrow_function():
    builders = url_builders("const openArt = (id) => { location.assign(`detail.jsp?artid=${id}`); };")
    assert call_target("openArt(\"88\");return false;", builders) == "detail.jsp?artid=88"


def test_functions_that_build_no_url_are_not_read():
    script = """function tab(n) { document.getElementById('t' + n).style.display = 'block'; }
    function go(id) { window.open(id); }
    function go2(id) { location.href = prefix + id; }
    function go3(id) { window.open(compute(id)); }
    function fixed(id) { window.open('/a.html'); }"""
    assert url_builders(script) == {}            # no navigation, no address text, unknown name, call, literal only


def test_a_call_with_a_computed_argument_builds_nothing():
    builders = url_builders('function showDetail(id) { window.open("D.aspx?id=" + id); }')
    assert call_target("showDetail(this.id)", builders) is None
    assert call_target("other('1')", builders) is None


def test_braces_inside_strings_do_not_end_the_body():
    builders = url_builders("function a(id) { var s = '}'; window.open('v.html?id=' + id); }")
    assert call_target("a('5')", builders) == "v.html?id=5"


def test_functions_read_are_bounded():
    script = "\n".join(f"function f{i}(id) {{ window.open('d{i}.html?id=' + id); }}" for i in range(MAX_FUNCTIONS + 10))
    assert len(url_builders(script)) == MAX_FUNCTIONS


def test_one_reading_gives_navigations_and_data_gets_wherever_they_lie_in_a_long_script():
    """read_functions reads each definition once for both kinds; a body is cut out only when a navigation or GET
    lies within MAX_BODY_CHARS of it, so the functions around one that navigates (a library's) cost no scan."""
    from nianbao.crawler.discovery.script_functions import DATA_GET, MAX_BODY_CHARS
    from nianbao.crawler.discovery.script_reading import read_functions

    filler = "\n".join(f"function util{i}(a) {{ return a + {i}; }}" for i in range(300))
    script = (f"{filler}\nfunction openDoc(id) {{ window.open('d.html?id=' + id); }}\n{filler}\n"
              "function load(t) { $.getJSON('/l.do?type=' + encodeURIComponent(t)); }\n"
              f"function far(id) {{ var x = 1;{' ' * MAX_BODY_CHARS} window.open('f.html?id=' + id); }}\n{filler}")
    functions = read_functions(script)
    assert functions.navigations == {"openDoc": ("d.html?id=", 0)} == url_builders(script)
    assert functions.data_gets == {"load": ("/l.do?type=", 0)}
    assert url_builders(script, DATA_GET) == {}      # as written: the encoded argument is no parameter


def test_page_links_resolve_the_built_url_and_analysis_counts_them():
    rows = "".join(f'<tr><td><a href="javascript:void(0);" onclick="showDetail(\'{i}\')" title="某县{2020 + i}年政府'
                   f'信息公开工作年度报告">某县{2020 + i}年…</a></td></tr>' for i in range(3))
    page = _page(rows, 'function showDetail(id) { window.open("PublicDetail.aspx?id=" + id + "&title=", "_blank"); }')
    links = [link for link in page.links if link.tag == "jsfn"]
    assert [link.url for link in links] == [f"http://zmhd.example.gov.cn/pages/xxgk/PublicDetail.aspx?id={i}&title="
                                            for i in range(3)]
    assert links[0].label == "某县2020年政府信息公开工作年度报告"
    job = PageJob(url=LIST_URL, body=page.text.encode("utf-8"), content_type="text/html; charset=utf-8",
                  role="list", homepage="http://www.example.gov.cn/", site=SiteScope.of("www.example.gov.cn"))
    result = analyse_html(job)
    assert result.function_links == 3
    assert {f.url for f in result.follows} >= {link.url for link in links}


def test_page_constants_are_read_once_for_both_script_readers():
    """One reader of `var X = …` (discovery/script_text.py) serves url_builders and the 加载更多 fragments."""
    from nianbao.crawler.discovery.script_text import script_constants

    script = """var base = "/art/"; let colid = 1735, other = "x";
    const site = 'nb'
    var base = "/second/"; var escaped = "a\\"b"; var odd = 'mixed"; var computed = base + "y";"""
    assert script_constants(script) == {"base": "/art/", "colid": "1735", "site": "nb"}
    builders = url_builders(script + "\nfunction go(id) { location.href = base + colid + '/' + site + id + '.html'; }")
    assert call_target("go('7')", builders) == "/art/1735/nb7.html"


def test_one_bracket_scanner_ends_a_function_body_and_a_concatenation_operand():
    """discovery/script_text.expression_end: a function's body (url_builders) ends at its unmatched `}`, an
    operand of a 加载更多 concatenation (pagers/fragments.py) also at a `+`, `,`, `;` or line end outside brackets;
    brackets and stop characters inside strings (', ", `) do not count; the scan is bounded."""
    from nianbao.crawler.discovery.script_text import expression_end

    body = "var s = '}'; if (a) { go(`{${id}}`, \"+)\"); } window.open('x'); } function next() {}"
    assert body[:expression_end(body, 0, 2000)].endswith("window.open('x'); ")
    operand = '$("#more").data("colid") + "&page=" + (n + 1));'
    end = expression_end(operand, 0, 200, stops="+,;\n")
    assert operand[:end].strip() == '$("#more").data("colid")'
    inner = operand.index("(n")
    assert operand[inner:expression_end(operand, inner, 200, stops="+,;\n")] == "(n + 1)"
    assert expression_end("escaped = 'a\\'; }' }", 0, 100) == len("escaped = 'a\\'; }' ")
    assert expression_end("{" * 50, 0, 10) == 10 and expression_end("abc", 1, 10) == 3
