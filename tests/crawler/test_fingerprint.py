"""Request fingerprints drop a scheme's default port (crawler/fingerprint.py): `http://h:80/p` is `http://h/p`."""

from __future__ import annotations

import pytest
from nianbao.crawler.fingerprint import DefaultPortFingerprinter, without_default_port
from scrapy import Request


@pytest.mark.parametrize(("url", "expected"), [
    ("http://www.x.gov.cn:80/zwgk/a.html", "http://www.x.gov.cn/zwgk/a.html"),
    ("HTTP://WWW.X.GOV.CN:80/zwgk/a.html", "http://WWW.X.GOV.CN/zwgk/a.html"),   # (urlsplit lowers the scheme)
    ("https://www.x.gov.cn:443/a?b=1#c", "https://www.x.gov.cn/a?b=1#c"),
    ("http://user@www.x.gov.cn:80/a", "http://user@www.x.gov.cn/a"),
    # negatives: another port, a default port of the other scheme, no port, a port that is no number
    ("http://www.x.gov.cn:8080/a", "http://www.x.gov.cn:8080/a"),
    ("https://www.x.gov.cn:80/a", "https://www.x.gov.cn:80/a"),
    ("http://www.x.gov.cn/a", "http://www.x.gov.cn/a"),
    ("http://www.x.gov.cn:8o/a", "http://www.x.gov.cn:8o/a"),
])
def test_without_default_port(url, expected):
    assert without_default_port(url) == expected


def test_a_default_port_is_one_request_with_the_plain_address_and_another_port_is_not():
    fingerprinter = DefaultPortFingerprinter()
    plain = fingerprinter.fingerprint(Request("http://www.x.gov.cn/zwgk/a.html"))
    assert fingerprinter.fingerprint(Request("http://www.x.gov.cn:80/zwgk/a.html")) == plain
    assert fingerprinter.fingerprint(Request("HTTP://WWW.X.GOV.CN:80/zwgk/a.html")) == plain
    assert fingerprinter.fingerprint(Request("http://www.x.gov.cn:8080/zwgk/a.html")) != plain
    # the body still counts, as in Scrapy's own fingerprint
    post = Request("http://www.x.gov.cn:80/list.do", method="POST", body=b"page=2")
    assert fingerprinter.fingerprint(post) == fingerprinter.fingerprint(
        Request("http://www.x.gov.cn/list.do", method="POST", body=b"page=2"))
    assert fingerprinter.fingerprint(post) != fingerprinter.fingerprint(
        Request("http://www.x.gov.cn/list.do", method="POST", body=b"page=3"))


def test_the_crawl_settings_name_the_fingerprinter():
    from nianbao.crawler import settings

    assert settings.REQUEST_FINGERPRINTER_CLASS == "nianbao.crawler.fingerprint.DefaultPortFingerprinter"
