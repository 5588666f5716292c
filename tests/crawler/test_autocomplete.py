"""Autocomplete sources (crawler/discovery/autocomplete.py): a suggest box's source asked with an empty term, the
common unit words kept for an empty answer."""

from __future__ import annotations

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.autocomplete import UNIT_WORDS, suggest_sources

PAGE = "http://www.x.gov.cn/xxgk/bmnb/index.html"


@pytest.mark.parametrize(("script", "empty", "word"), [
    # jQuery UI over a remote source: ?term=
    ('$("#unit").autocomplete({source: "/xxgk/unit/suggest.do", minLength: 0});',
     "http://www.x.gov.cn/xxgk/unit/suggest.do?term=", "http://www.x.gov.cn/xxgk/unit/suggest.do?term=%E5%B1%80"),
    # a hand-written suggest script: the source in an object, joined with its parameter
    ('// jQuery UI autocomplete\nvar u = {source: "../unit/s.do?t=1", minLength: 0};\n'
     'xhr.open("GET", u.source + "&name=" + encodeURIComponent(term));',
     "http://www.x.gov.cn/xxgk/unit/s.do?t=1&name=", "http://www.x.gov.cn/xxgk/unit/s.do?t=1&name=%E5%B1%80"),
    # devbridge: serviceUrl, ?query=
    ("$('#q').autocomplete({serviceUrl: '/api/units'});", "http://www.x.gov.cn/api/units?query=",
     "http://www.x.gov.cn/api/units?query=%E5%B1%80"),
    # Bloodhound's %QUERY placeholder
    ("new Bloodhound({remote: {url: '/api/dept?q=%QUERY', wildcard: '%QUERY'}});",
     "http://www.x.gov.cn/api/dept?q=", "http://www.x.gov.cn/api/dept?q=%E5%B1%80"),
    # a literal the typed text is appended to
    ("function suggest(t){ $.get('/unit/suggest.jsp?keyword=' + t, draw); }",
     "http://www.x.gov.cn/unit/suggest.jsp?keyword=", "http://www.x.gov.cn/unit/suggest.jsp?keyword=%E5%B1%80"),
])
def test_suggest_sources_asked_with_an_empty_term_then_unit_words(script, empty, word):
    sources = suggest_sources(PAGE, script)
    assert [s.empty for s in sources] == [empty]
    assert sources[0].words[0] == word and len(sources[0].words) == len(UNIT_WORDS)


@pytest.mark.parametrize("script", [
    'player.setup({source: "/media/a.mp4"});',                                  # no autocompletion spoken of
    '$("#u").autocomplete({source: ["局", "镇"]});',                              # a local array: nothing to ask
    '$("#u").autocomplete({source: "http://other.example.com/s.do"});',          # another host
    '$("#u").autocomplete({source: "/img/a.png"});',
])
def test_what_is_no_suggest_source(script):
    assert suggest_sources(PAGE, script) == []


def test_suggest_sources_are_bounded_and_a_column_reports_them():
    many = "".join(f'$("#u{n}").autocomplete({{source: "/s{n}.do"}});' for n in range(6))
    assert len(suggest_sources(PAGE, many)) == 3
    body = (b'<html><body><input id="u"><script>$("#u").autocomplete({source: "/xxgk/unit/suggest.do", minLength: 0});'
            b"</script></body></html>")
    result = analyse_html(PageJob(PAGE, body, "text/html; charset=utf-8", "column"))
    assert [s.empty for s in result.suggest_sources] == ["http://www.x.gov.cn/xxgk/unit/suggest.do?term="]


def test_the_spider_asks_the_empty_term_then_unit_words_only_when_it_names_nothing(tmp_path):
    from scrapy.http import HtmlResponse, Request, Response

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    body = (b'<html><body><input id="u"><script>$("#u").autocomplete({source: "/xxgk/unit/suggest.do", minLength: 0});'
            b"</script></body></html>")
    page = Request(PAGE, meta={"nianbao_portal": "a", "nianbao_role": "column"})
    analysis = analyse_html(PageJob(PAGE, body, "text/html", "column"))
    [asked] = [r for r in spider.parse_html(HtmlResponse(PAGE, body=body, encoding="utf-8", request=page), analysis)
               if isinstance(r, Request) and "suggest.do" in r.url]
    assert asked.url.endswith("suggest.do?term=") and asked.meta["nianbao_api"] == "data"

    def answered(text: str) -> list:
        return [r for r in spider.parse_json_answer(Response(asked.url, body=text.encode(), request=asked))
                if isinstance(r, Request)]

    assert len(answered("[]")) == len(UNIT_WORDS)     # nothing for an empty term: once per unit word
    named = answered('[{"label": "X县财政局", "url": "/xxgk/bmnb/czj.html"}]')
    assert [r.url for r in named] == ["http://www.x.gov.cn/xxgk/bmnb/czj.html"]
