"""A page served by User-Agent asked once more as a phone (crawler/spiders/ua_variants.py)."""

from __future__ import annotations

from types import SimpleNamespace

from nianbao.crawler.downloadermiddlewares.conditional import UA_VARIANT_META, request_variant
from nianbao.crawler.spiders.ua_variants import UaVariants, phone_user_agent, varies_by_agent
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

COLUMN = "http://www.x.gov.cn/xxgk/xxgknb/bm/index.html"


def _response(url: str = COLUMN, vary: str | None = "User-Agent", role: str = "column", **meta) -> HtmlResponse:
    headers = {"Vary": vary} if vary is not None else {}
    request = Request(url, meta={"nianbao_role": role, "nianbao_anchor": "部门年报", **meta})
    return HtmlResponse(url, body=b"<html></html>", headers=headers, request=request)


class _Spider(UaVariants):
    """The mixin with the spider's `_child` as a recorder of what it is asked."""

    def __init__(self, per_host: int = 24):
        self.crawler = SimpleNamespace(stats=MemoryStatsCollector(SimpleNamespace(settings=Settings())),
                                       settings=Settings({"NIANBAO_UA_VARIANTS_PER_HOST": per_host,
                                                          "NIANBAO_CONTACT_URL": "https://example.org/nb"}))
        self.init_ua_variants(self.crawler)

    def _child(self, response, url, role, letter, *, page_request=None, extra=None, **kwargs):
        return Request(url, headers=page_request.headers, meta={"nianbao_role": role, **(extra or {})},
                       dont_filter=kwargs.get("dont_filter", False))

    def stat(self, name: str) -> int:
        return self.crawler.stats.get_value(name, 0)


def test_vary_naming_the_user_agent_is_read_among_other_headers_and_nothing_else_is():
    assert varies_by_agent(_response(vary="Accept-Encoding, user-agent"))
    assert not varies_by_agent(_response(vary="Accept-Encoding"))
    assert not varies_by_agent(_response(vary="*"))          # which header is not said
    assert not varies_by_agent(_response(vary=None))
    assert not varies_by_agent(_response(vary="User-Agent-Hint"))


def test_the_phone_agent_names_the_crawler_and_the_words_template_switches_look_for():
    agent = phone_user_agent("https://example.org/nb")
    assert agent.isascii() and "Android" in agent and "Mobile" in agent and "nianbao" in agent
    assert "Chrome" not in agent and "Safari" not in agent   # it claims no browser


def test_a_column_varying_by_agent_is_asked_once_more_as_a_phone_past_the_filter():
    spider = _Spider()
    [request] = spider.ua_variant_requests(_response())
    assert request.url == COLUMN and request.dont_filter and request.meta["nianbao_role"] == "column"
    assert b"Android" in request.headers[b"User-Agent"]
    assert request_variant(request) == "user-agent:phone"     # archived as its own variant
    assert spider.ua_variant_requests(_response()) == []      # once per address
    assert spider.ua_variant_requests(_response(**{UA_VARIANT_META: "phone"})) == []   # the phone's answer: no more
    assert spider.stat("discovery/ua_variants") == 1 and spider.stat("discovery/ua_variants/answered") == 1


def test_articles_files_and_pages_that_do_not_vary_are_not_asked_again():
    spider = _Spider()
    assert spider.ua_variant_requests(_response(vary="Accept-Encoding")) == []
    assert spider.ua_variant_requests(_response(role="article")) == []
    assert spider.ua_variant_requests(_response(role="file")) == []
    assert spider.stat("discovery/ua_variants") == 0


def test_a_host_is_asked_as_a_phone_at_most_its_bound():
    spider = _Spider(per_host=2)
    asked = [spider.ua_variant_requests(_response(f"http://www.x.gov.cn/xxgk/{i}/index.html")) for i in range(4)]
    assert [len(a) for a in asked] == [1, 1, 0, 0]
    assert spider.stat("discovery/ua_variants/capped") == 2
    assert len(spider.ua_variant_requests(_response("http://m.y.gov.cn/list.html"))) == 1   # another host's own bound
