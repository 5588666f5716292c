"""Unexpanded server-side include directives read as links (crawler/discovery/ssi_includes.py)."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.ssi_includes import MAX_INCLUDES, TAG, include_links

URL = "http://www.x.gov.cn/ndbg/index.shtml"


def _links(body: str):
    return include_links(HtmlPage(url=URL, text=f"<html><body>{body}</body></html>", encoding="utf-8"))


def test_virtual_and_file_includes_are_links_labelled_by_their_heading():
    links = _links('<h3>2024年</h3>\n<!--#include virtual="/ndbg/inc/list_2024.html" -->'
                   "<h3>2023年</h3><!-- a note --><!--#include file='inc/list_2023.html'-->"
                   '<hr><!--#INCLUDE VIRTUAL = "../zwgk/list.html" -->')
    assert [(link.url, link.text, link.tag) for link in links] == [
        ("http://www.x.gov.cn/ndbg/inc/list_2024.html", "2024年", TAG),
        ("http://www.x.gov.cn/ndbg/inc/list_2023.html", "2023年", TAG),
        ("http://www.x.gov.cn/zwgk/list.html", "", TAG)]


def test_other_comments_and_directives_are_not_links():
    assert _links('<!-- <a href="/old/list.html">旧栏目</a> --><!--#echo var="DATE_LOCAL" -->'
                  '<!--#exec cmd="/bin/ls" --><!--#config timefmt="%Y" --><p>#include virtual="/x.html"</p>'
                  '<script>// <!--#include virtual="/in/script.html" --></script>') == []
    # a directive naming the page itself, a javascript: path or nothing quoted
    assert _links('<!--#include virtual="/ndbg/index.shtml" --><!--#include virtual="javascript:void(0)" -->'
                  '<!--#include virtual=/bare.html -->') == []


def test_a_page_of_many_directives_is_read_up_to_the_bound():
    body = "".join(f'<!--#include virtual="/inc/{n}.html" -->' for n in range(MAX_INCLUDES + 10))
    links = _links(body + body)
    assert len(links) == MAX_INCLUDES and links[0].url == "http://www.x.gov.cn/inc/0.html"
