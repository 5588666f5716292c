"""Code fields (crawler/discovery/pagers/codefields.py): a GET form whose one free-text box is an identifier
(索引号), asked once per code the page's table prints in a column headed by the same word."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import codefields

CATALOGUE = "http://www.x.gov.cn/xxgk/gkml/index.html"
FORM = ('<form action="/xxgk/gkml/syh.jsp" method="get"><label>索引号：<input type="text" name="syh" '
        'placeholder="请输入完整索引号"></label><button type="submit">查询</button></form>')
TABLE = """<table class="gkml"><tr><th>索引号</th><th>名称</th><th>生成日期</th></tr>
<tr><td>11330283MB0000001X/2025-00012</td><td><a href="/xxgk/gkml/202501/t1.html">2024年报</a></td><td>2025-01-18</td></tr>
<tr><td>003/2023-00007</td><td>X县教育局2022年政府信息公开工作年度报告</td><td>2023-01-20</td></tr>
<tr><td>004/2016-00031</td><td>X镇2015年政府信息公开工作年度报告</td><td>2016-03-02</td></tr>
<tr><td>--</td><td>说明</td><td>2016-03-02</td></tr></table>"""


def _page(body: str, url: str = CATALOGUE) -> HtmlPage:
    html = f"<html><head><title>目录</title></head><body>{body}</body></html>"
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def test_the_lookup_box_is_asked_once_per_code_printed_in_a_row_that_links_nothing():
    requests = codefields.code_field_requests(_page(FORM + TABLE))
    assert [r.url for r in requests] == [
        "http://www.x.gov.cn/xxgk/gkml/syh.jsp?syh=003%2F2023-00007",
        "http://www.x.gov.cn/xxgk/gkml/syh.jsp?syh=004%2F2016-00031"]
    assert {r.pager for r in requests} == {codefields.PAGER} and requests[0].label == "003/2023-00007"


def test_a_box_not_named_as_an_identifier_a_post_form_or_a_page_without_codes_asks_nothing():
    keyword = FORM.replace("索引号：", "关键词：").replace('name="syh"', 'name="q"').replace("请输入完整索引号", "")
    assert codefields.code_field_requests(_page(keyword + TABLE)) == []
    assert codefields.code_field_requests(_page(FORM.replace('"get"', '"post"') + TABLE)) == []
    assert codefields.code_field_requests(_page(FORM + TABLE.replace("索引号", "序号"))) == []


def test_codes_are_bounded_per_form():
    rows = "".join(f"<tr><td>001/2020-{i:05d}</td><td>文件{i}</td></tr>" for i in range(codefields.MAX_CODES + 50))
    requests = codefields.code_field_requests(_page(FORM + f"<table><tr><th>索引号</th><th>名称</th></tr>{rows}</table>"))
    assert len(requests) == codefields.MAX_CODES
