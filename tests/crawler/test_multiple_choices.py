"""300 Multiple Choices answers (crawler/discovery/multiple_choices.py, crawler/spiders/error_reading.py): the
preferred choice (Location) and the listed ones requested in the asked request's role; a 300 naming nothing on the
site, or answering a site map, yields nothing."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery import multiple_choices
from nianbao.crawler.sandbox.family_multichoice import multiple_choices as speling_answer

from tests.crawler.offline_spider import drain, offline_spider

ASKED = "http://www.x.gov.cn/xxgk/ndbg.html"
CHOICES = ["/xxgk/ndbg1.html", "/xxgk/ndbg2.html", "/xxgk/ndbg3.html"]
LATIN1 = "text/html; charset=iso-8859-1"


def _in_site(host: str) -> bool:
    return host == "x.gov.cn" or host.endswith(".x.gov.cn")


def test_mod_spelings_list_gives_each_choice():
    found = multiple_choices.choices(ASKED, None, speling_answer("/xxgk/ndbg.html", CHOICES), LATIN1, _in_site)
    assert found.urls == [f"http://www.x.gov.cn{path}" for path in CHOICES]
    assert not found.preferred and found.capped == 0


def test_the_location_comes_first_once_and_off_site_choices_are_left_out():
    body = speling_answer("/xxgk/ndbg.html", [*CHOICES, "http://spam.example.com/ndbg.html"])
    found = multiple_choices.choices(ASKED, "http://www.x.gov.cn/xxgk/ndbg2.html", body, LATIN1, _in_site)
    assert found.preferred and found.urls[0] == "http://www.x.gov.cn/xxgk/ndbg2.html" and len(found.urls) == 3
    off_site = multiple_choices.choices(ASKED, "http://spam.example.com/", b"", "", _in_site)
    assert off_site.urls == [] and not off_site.preferred


def test_a_300_without_content_or_with_a_non_html_body_names_no_choice():
    assert multiple_choices.choices(ASKED, None, b"", "", _in_site).urls == []
    assert multiple_choices.choices(ASKED, None, b"/xxgk/ndbg1.html\n", "text/plain", _in_site).urls == []
    only_location = multiple_choices.choices(ASKED, "/relative-is-resolved-by-the-caller", b"", "", _in_site)
    assert only_location.urls == []   # not an absolute http(s) URL


def test_the_choices_are_bounded():
    many = [f"/xxgk/ndbg{n}.html" for n in range(limits.MAX_MULTIPLE_CHOICES + 5)]
    found = multiple_choices.choices(ASKED, None, speling_answer("/xxgk/ndbg.html", many), LATIN1, _in_site)
    assert len(found.urls) == limits.MAX_MULTIPLE_CHOICES and found.capped == 5


# ------------------------------------------------------------------ through the spider

def _answer(body: bytes, role: str = "column", location: str | None = None):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    request = Request(ASKED, meta={"nianbao_portal": "a", "nianbao_role": role, "nianbao_hops": "L",
                                   "nianbao_anchor": "历年政府信息公开工作年度报告"})
    headers = {"Content-Type": LATIN1, **({"Location": location} if location else {})}
    return HtmlResponse(ASKED, status=300, body=body, headers=headers, request=request)


def test_the_spider_asks_for_each_choice_in_the_asked_role_with_its_anchor(tmp_path):
    spider = offline_spider(tmp_path)
    [out] = drain(spider, spider._parse_response(_answer(speling_answer("/xxgk/ndbg.html", CHOICES),
                                                         location="/xxgk/ndbg3.html")))
    assert [r.url for r in out] == [f"http://www.x.gov.cn{path}" for path in (CHOICES[2], *CHOICES[:2])]
    assert {r.meta["nianbao_role"] for r in out} == {"column"}
    assert {r.meta["nianbao_anchor"] for r in out} == {"历年政府信息公开工作年度报告"}
    stats = spider.crawler.stats
    assert stats.get_value("multiple_choices/choices") == 3 and stats.get_value("multiple_choices/preferred") == 1
    assert stats.get_value("portal/a/errors") is None   # a 300 is no error


def test_the_spider_reads_nothing_from_an_empty_300_or_a_site_maps(tmp_path):
    spider = offline_spider(tmp_path)
    empty, sitemap = drain(spider, spider._parse_response(_answer(b"")),
                           spider._parse_response(_answer(speling_answer("/sitemap.xml", CHOICES), role="sitemap")))
    assert empty == [] and sitemap == []
    stats = spider.crawler.stats
    assert stats.get_value("multiple_choices/empty") == 1 and stats.get_value("multiple_choices/other_role") == 1
