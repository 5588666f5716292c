"""Addresses a script builds from the page's own location (crawler/discovery/location_links.py): a 打印本页 print
service given `location.pathname`, evaluated with the page's URL."""

from __future__ import annotations

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.location_links import location_targets, location_values
from nianbao.crawler.discovery.site import SiteScope

PAGE = "http://www.x.gov.cn/xxgk/nb/index.html?p=1"


def test_location_values_are_the_pages_url_parts():
    values = location_values(PAGE + "#top")
    assert values["href"] == values["URL"] == PAGE
    assert (values["pathname"], values["search"], values["host"], values["origin"], values["protocol"]) == (
        "/xxgk/nb/index.html", "?p=1", "www.x.gov.cn", "http://www.x.gov.cn", "http:")


@pytest.mark.parametrize(("script", "url", "data_get"), [
    # a print button's function: the path, encoded as encodeURIComponent encodes it
    ('function printPage() { window.open("/common/print.jsp?url=" + encodeURIComponent(location.pathname), "p"); }',
     "http://www.x.gov.cn/common/print.jsp?url=%2Fxxgk%2Fnb%2Findex.html", False),
    # the whole address through window./document., unencoded
    ("location.href = '/pdf/export.do?from=' + window.location.href;",
     "http://www.x.gov.cn/pdf/export.do?from=http://www.x.gov.cn/xxgk/nb/index.html?p=1", False),
    ('$.get("/api/page.do?u=" + escape(document.URL) + "&all=1", draw);',
     "http://www.x.gov.cn/api/page.do?u=http%3A//www.x.gov.cn/xxgk/nb/index.html%3Fp%3D1&all=1", True),
    # the path with a suffix: a page's print version beside it
    ("window.open(location.pathname + '?print=1');", "http://www.x.gov.cn/xxgk/nb/index.html?print=1", False),
])
def test_a_concatenation_with_the_location_is_evaluated_with_the_pages_url(script, url, data_get):
    targets = location_targets(PAGE, script)
    assert [(t.url, t.data_get) for t in targets] == [(url, data_get)]


@pytest.mark.parametrize("script", [
    "location.href = location.href;",                                  # a reload: the page itself
    'fetch(location.pathname + location.search, {headers: {Accept: "application/json"}});',   # the page itself
    "window.open('/p.jsp?u=' + location.href.split('?')[0]);",          # a method on it: not understood
    "window.open('/p.jsp?u=' + location.pathname + '&t=' + title);",    # another unknown part
    "window.open('/p.jsp?u=' + encodeURIComponent(other.pathname));",  # not the location
    "window.open('/print.jsp?id=123');",                               # a literal target (page.py reads those)
])
def test_nothing_else_builds_an_address(script):
    assert location_targets(PAGE, script) == []


def test_a_handlers_value_is_read_and_the_address_followed_from_the_page():
    body = ('<html><head><title>年报</title></head><body><ul><li><a href="/a/1.html">一</a></li></ul>'
            '<a href="javascript:;" onclick="window.open(\'/common/print.jsp?url=\'+encodeURIComponent('
            'location.pathname))">打印本页</a></body></html>').encode()
    job = PageJob("http://www.x.gov.cn/xxgk/nb/index.html", body, "text/html", role="list",
                  site=SiteScope.of("www.x.gov.cn"))
    result = analyse_html(job)
    assert result.location_links == 1
    assert "http://www.x.gov.cn/common/print.jsp?url=%2Fxxgk%2Fnb%2Findex.html" in {u for u, _, _ in result.generic}
