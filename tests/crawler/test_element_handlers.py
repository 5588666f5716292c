"""Handlers bound to each element of a selector (crawler/discovery/element_handlers.py): a tab's position or a
button's text fills the address the handler builds; and the HTML answers such a handler writes into the page
(json_links.py `markup_links`)."""

from __future__ import annotations

import lxml.html
import pytest
from nianbao.crawler.discovery.element_handlers import QUESTION_WORDS, element_targets
from nianbao.crawler.discovery.json_links import answer_links

TABS = '<ul id="nbTabs"><li class="on">县政府</li><li>县直部门</li><li>乡镇（街道）</li></ul><div id="box"></div>'
BUTTONS = ('<div id="znwd"><button class="hot">县政府年报在哪里？</button><button class="hot">部门年报 & 乡镇</button>'
           '<button class="hot"> </button></div>')


def targets(html: str, scripts: str) -> list[tuple[str, str, bool]]:
    tree = lxml.html.document_fromstring(f"<html><body>{html}</body></html>")
    return [(t.url, t.label, t.data_get) for t in element_targets(tree, scripts)]


@pytest.mark.parametrize("script", [
    # the DOM idiom: forEach's index parameter
    'document.querySelectorAll("#nbTabs li").forEach(function (tab, i) { tab.onclick = function () {'
    ' fetch("/xxgk/nb/tab_" + i + ".html").then(function (r) { return r.text(); }); }; });',
    # jQuery's: $(this).index(), kept in a variable, the list loaded with .load
    '$("#nbTabs li").click(function () { var n = $(this).index(); $(this).addClass("on");'
    ' $("#box").load("/xxgk/nb/tab_" + n + ".html"); });',
    # delegated to the bar, the index handed to a page function that GETs the list
    'function showTab(k) { $.get("/xxgk/nb/tab_" + k + ".html", draw); }\n'
    '$("#nbTabs").on("click", "li", function () { showTab($(this).index()); });',
    # arrow functions
    'document.querySelectorAll("#nbTabs li").forEach((tab, idx) => { tab.addEventListener("click", () =>'
    ' fetch(`/xxgk/nb/tab_${idx}.html`)); });',
])
def test_each_tabs_position_names_its_list(script):
    assert [url for url, _, _ in targets(TABS, script)] == [f"/xxgk/nb/tab_{i}.html" for i in range(3)]
    assert targets(TABS, script)[1][1:] == ("县直部门", True)


def test_each_buttons_text_is_the_question_asked_encoded_empty_ones_skipped():
    script = ('function ask(q) { fetch("/znwd/ask.do?question=" + encodeURIComponent(q)).then(draw); }\n'
              'document.querySelectorAll("#znwd .hot").forEach(function (b) { b.onclick = function () {'
              ' ask(b.textContent.trim()); }; });')
    assert targets(BUTTONS, script) == [
        ("/znwd/ask.do?question=%E5%8E%BF%E6%94%BF%E5%BA%9C%E5%B9%B4%E6%8A%A5%E5%9C%A8%E5%93%AA%E9%87%8C%EF%BC%9F",
         "县政府年报在哪里？", True),
        ("/znwd/ask.do?question=%E9%83%A8%E9%97%A8%E5%B9%B4%E6%8A%A5%20%26%20%E4%B9%A1%E9%95%87", "部门年报 & 乡镇", True)]


def test_jquery_each_and_a_navigation():
    script = '$(".yr a").each(function (i) { $(this).on("click", function () { location.href = "/nb/" + $(this).text() + "/index.html"; }); });'
    assert targets('<p class="yr"><a>2023</a><a>2022</a></p>', script) == [
        ("/nb/2023/index.html", "2023", False), ("/nb/2022/index.html", "2022", False)]


@pytest.mark.parametrize(("html", "script"), [
    (TABS, '$("#nbTabs li").click(function () { $(this).addClass("on").siblings().removeClass("on"); });'),  # no address
    (TABS, '$("#nbTabs li").click(function () { $("#box").load("/nb/tab.html?t=" + current); });'),   # unknown value
    (TABS, '$("#other li").click(function () { $("#box").load("/nb/tab_" + $(this).index() + ".html"); });'),  # no element
    (TABS, '$("#nbTabs li").click(function () { $("#box").load("/nb/list.html"); });'),       # a literal: read elsewhere
    (TABS, '$("#nbTabs li:bad(").click(function () { $("#b").load("/t" + $(this).index() + ".html"); });'),  # bad CSS
])
def test_nothing_else_builds_an_address(html, script):
    assert targets(html, script) == []


def test_a_json_answers_markup_gives_its_links():
    body = ('{"question": "年报", "answer": "<p>为您找到2条：</p><ul><li><a href=\\"/xxgk/nb/1.html\\">2023年报</a></li>'
            '<li><a href=\\"javascript:;\\">更多</a></li><li><a title=\\"2022年报\\" href=\\"2.html\\"></a></li></ul>"}')
    links = answer_links(body.encode(), "http://www.x.gov.cn/znwd/ask.do?question=x")
    assert [(link.url, link.text) for link in links] == [("http://www.x.gov.cn/xxgk/nb/1.html", "2023年报"),
                                                        ("http://www.x.gov.cn/znwd/2.html", "2022年报")]


def test_a_question_box_read_by_its_id_is_asked_with_the_question_words():
    script = ('function ask(q) { fetch("/znwd/ask.do?question=" + encodeURIComponent(q)).then(draw); }\n'
              'document.getElementById("znwdAsk").onclick = function () { ask(document.getElementById("znwdQ").value); };\n'
              'var pn = document.getElementById("pageNo"); function go() { location.href = "list_" + pn.value + ".html"; }')
    html = '<input type="text" id="znwdQ" placeholder="请输入您的问题"><input type="text" id="pageNo"><button id="znwdAsk">提问</button>'
    found = targets(html, script)
    assert [label for _, label, _ in found] == list(QUESTION_WORDS)   # the page-number box is not asked
    assert found[1] == ("/znwd/ask.do?question=%E5%B9%B4%E6%8A%A5", "年报", True)
