"""A form's values escaped in the form's encoding (crawler/discovery/form_submit.py): the first label of its
`accept-charset` a browser knows, else the page's, as the HTML standard's form submission picks it."""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.discovery.form_submit import form_encoding, submission
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers.selectors import form_requests

COLUMN = "http://www.x.gov.cn/zfxxgkzl/zfxxgknb/index.html"
KINDS = ("区政府", "区级部门", "街道乡镇")


def _page(form: str, charset: str = "utf-8") -> HtmlPage:
    body = f"<html><body>{form}</body></html>".encode(charset)
    return HtmlPage.from_bytes(COLUMN, body, f"text/html; charset={charset}")


def _kind_form(attributes: str, method: str = "get") -> str:
    options = "".join(f'<option value="{kind}">{kind}</option>' for kind in KINDS)
    return (f'<form action="/nbcx/list.asp" method="{method}" {attributes}><select name="dwlb">{options}</select>'
            '<button type="submit">查询</button></form>')


def test_a_utf8_pages_gbk_form_sends_its_choices_escaped_in_gbk():
    urls = {r.url for r in form_requests(_page(_kind_form('accept-charset="gbk"'))).requests}
    assert urls == {f"http://www.x.gov.cn/nbcx/list.asp?dwlb={quote(kind, encoding='gbk')}" for kind in KINDS}


def test_a_form_without_accept_charset_sends_in_its_pages_encoding():
    utf8 = {r.url for r in form_requests(_page(_kind_form(""))).requests}
    assert f"http://www.x.gov.cn/nbcx/list.asp?dwlb={quote('区级部门')}" in utf8    # UTF-8, the page's
    gbk = {r.url for r in form_requests(_page(_kind_form(""), "gbk")).requests}
    assert f"http://www.x.gov.cn/nbcx/list.asp?dwlb={quote('区级部门', encoding='gbk')}" in gbk


def test_the_first_known_label_wins_and_unknown_ones_are_passed_over():
    page = _page(_kind_form('accept-charset="x-nonsense, gb2312 utf-8"'))
    form = page.forms()[0]
    assert form_encoding(page, form) == "gb18030"        # GB2312 labels read as their superset, as when decoding
    assert form_encoding(page, _page(_kind_form('accept-charset="x-nonsense"')).forms()[0]) == "utf-8"  # the page's
    assert form_encoding(page, _page(_kind_form('accept-charset="utf-16"'), "gbk").forms()[0]) == "utf-8"


def test_a_gbk_forms_post_body_is_escaped_in_gbk():
    page = _page(_kind_form('accept-charset="gbk"', method="post"))
    request = submission(page, page.forms()[0], {"dwlb": "区级部门"})
    assert request.method == "POST" and request.body == f"dwlb={quote('区级部门', encoding='gbk')}"
