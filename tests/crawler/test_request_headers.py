"""The headers every request is sent with (crawler/settings.py DEFAULT_REQUEST_HEADERS): a Chinese reader's
Accept-Language, so that a portal negotiating its language (family_langneg's mod_negotiation) answers in Chinese."""

from __future__ import annotations

from nianbao.crawler import settings as nianbao_settings
from nianbao.crawler.sandbox.family_langneg import prefers_chinese
from scrapy import Request
from scrapy.downloadermiddlewares.defaultheaders import DefaultHeadersMiddleware
from scrapy.settings import Settings


def _sent(settings: Settings) -> str:
    request = Request("http://www.x.gov.cn/")
    DefaultHeadersMiddleware(settings.getdict("DEFAULT_REQUEST_HEADERS").items()).process_request(request)
    return request.headers[b"Accept-Language"].decode("latin-1")


def test_every_request_asks_for_chinese_first_and_english_after():
    sent = _sent(Settings(nianbao_settings.__dict__))
    assert sent == "zh-CN,zh;q=0.9,en;q=0.8" and prefers_chinese(sent)


def test_scrapys_default_would_be_answered_in_english():
    assert not prefers_chinese(_sent(Settings()))     # Scrapy's own `en`: the negotiating portal's English home
