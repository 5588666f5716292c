"""A chain of two script data requests (crawler/discovery/chained_gets.py): a select's options read by its id fill
the first (element_handlers.py), the first answer's values fill the page's other one-slot templates."""

from __future__ import annotations

import lxml.html
import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.chained_gets import answer_values, fill_templates, filled_urls
from nianbao.crawler.discovery.element_handlers import element_targets
from nianbao.crawler.discovery.script_reading import read_functions
from nianbao.crawler.discovery.site import SiteScope

PAGE = "http://www.x.gov.cn/xxgk/rili/index.html"
SELECT = '<select id="nbYear"><option value="2024" selected>2024年</option><option value="2023">2023年</option></select>'
CALENDAR = """var sel = document.getElementById("nbYear");
function loadYear() { fetch("/xxgk/rili/days.json?year=" + sel.value).then(function (r) { return r.json(); }).then(draw); }
function openDay(day) { fetch("/xxgk/rili/list.do?day=" + day).then(function (r) { return r.text(); }); }
sel.onchange = loadYear; loadYear();"""


@pytest.mark.parametrize("script", [
    CALENDAR,
    '$("#nbYear").change(function () { $.getJSON("/xxgk/rili/days.json?year=" + $("#nbYear").val(), draw); });',
    'function go(y) { $.get("/xxgk/rili/days.json", {year: y}, draw); }\n'
    'document.getElementById("nbYear").onchange = function () { go(document.getElementById("nbYear").value); };',
])
def test_each_option_of_a_select_read_by_its_id_fills_the_address(script):
    tree = lxml.html.document_fromstring(f"<html><body>{SELECT}</body></html>")
    assert [(t.url, t.label, t.data_get) for t in element_targets(tree, script)] == [
        ("/xxgk/rili/days.json?year=2024", "2024年", True), ("/xxgk/rili/days.json?year=2023", "2023年", True)]


def test_a_select_not_read_or_an_input_builds_nothing():
    tree = lxml.html.document_fromstring('<html><body><input id="nbYear" value="2024"></body></html>')
    assert element_targets(tree, CALENDAR) == []
    tree = lxml.html.document_fromstring(f"<html><body>{SELECT}</body></html>")
    assert element_targets(tree, 'document.getElementById("nbYear").value = "2023";') == []


def test_the_answers_values_fill_the_other_templates_not_the_requests_own():
    fills = fill_templates(PAGE, read_functions(CALENDAR + '\nfunction again(y) { fetch("/xxgk/rili/days.json?year=" + y); }'),
                           ["http://www.x.gov.cn/xxgk/rili/days.json?year=2024"])
    assert fills == (("http://www.x.gov.cn/xxgk/rili/list.do?day=", ""),)
    body = b'{"year": 2023, "ok": true, "days": {"2023-03-20": 2, "2023-04-01": 1}, "note": "no such day"}'
    assert filled_urls(body, fills) == [f"http://www.x.gov.cn/xxgk/rili/list.do?day={v}"
                                        for v in ("2023", "2023-03-20", "2023-04-01", "2", "1")]
    assert filled_urls(b"<html>", fills) == [] and filled_urls(body, ()) == []


def test_values_are_bounded_and_id_shaped():
    values = answer_values({"ids": [f"A{i}" for i in range(500)], "title": "两个 词", "days": {"key": 1}})
    assert values[:2] == ["A0", "A1"] and len(values) == 120 and "两个 词" not in values and "key" not in values


def test_the_analysis_asks_the_first_request_with_the_templates():
    body = f"<html><body>{SELECT}<div id='c'></div><script>{CALENDAR}</script></body></html>".encode()
    result = analyse_html(PageJob(PAGE, body, "text/html", role="section", site=SiteScope.of("www.x.gov.cn")))
    assert result.chained_gets == [(f"http://www.x.gov.cn/xxgk/rili/days.json?year={y}",
                                    (("http://www.x.gov.cn/xxgk/rili/list.do?day=", ""),)) for y in (2024, 2023)]
