"""Error answers that point on (crawler/discovery/error_pages.py): a moved section's custom 404 names its new home
by a link, a countdown script or a meta refresh; only in-site ways on are taken; other answers are not read."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery import error_pages


def _in_site(host: str) -> bool:
    return host == "x.gov.cn" or host.endswith(".x.gov.cn")


COUNTDOWN_404 = ('<html><head><meta charset="utf-8"><title>页面不存在</title><script>var left = 5; function tick() {'
                 ' left -= 1; if (left <= 0) { window.location.href = "http://xxgk.x.gov.cn/"; } else {'
                 ' setTimeout(tick, 1000); } }</script></head><body><h2>页面不存在或已迁移</h2>'
                 '<a href="http://xxgk.x.gov.cn/">http://xxgk.x.gov.cn/</a> <a href="/">返回首页</a>'
                 '<a href="http://spam.example.com/">友情链接</a></body></html>').encode()


def test_a_countdown_404_gives_its_target_and_its_in_site_links():
    found = error_pages.ways_on("http://www.x.gov.cn/zwgk/nb/index.html", COUNTDOWN_404, "text/html", _in_site)
    assert found.redirect == "http://xxgk.x.gov.cn/"
    assert found.links == [("http://www.x.gov.cn/", "返回首页")]   # the target once, the off-site link left out


def test_a_meta_refresh_404_and_an_off_site_target():
    body = b'<html><head><meta http-equiv="refresh" content="3;url=/new/nb/index.html"></head><body>moved</body></html>'
    found = error_pages.ways_on("http://www.x.gov.cn/old/nb/", body, "text/html; charset=utf-8", _in_site)
    assert found.redirect == "http://www.x.gov.cn/new/nb/index.html" and found.links == []
    away = b'<script>location.replace("http://other.example.org/")</script>'
    assert error_pages.ways_on("http://www.x.gov.cn/a", away, "text/html", _in_site).redirect is None


def test_only_error_answers_with_an_html_body_are_read():
    assert error_pages.readable(404, COUNTDOWN_404, "text/html; charset=utf-8")
    assert error_pages.readable(503, COUNTDOWN_404, "")
    assert not error_pages.readable(403, COUNTDOWN_404, "text/html")       # forbidden: nothing moved
    assert not error_pages.readable(404, b"  ", "text/html")
    assert not error_pages.readable(404, b'{"error": "not found"}', "application/json")
    assert not error_pages.readable(410, b"%PDF-1.4 <<", "application/pdf")


def test_the_body_key_is_what_makes_a_template_read_once_and_the_read_is_bounded():
    assert error_pages.body_key(COUNTDOWN_404) == error_pages.body_key(bytes(COUNTDOWN_404))
    assert error_pages.body_key(COUNTDOWN_404) != error_pages.body_key(COUNTDOWN_404 + b"<!-- /other -->")
    many = b"<html><body>" + b"".join(b'<a href="/p%d.html">p</a>' % i for i in range(500)) + b"</body></html>"
    assert len(error_pages.ways_on("http://www.x.gov.cn/a", many, "text/html", _in_site).links) == limits.MAX_ERROR_PAGE_LINKS
    late = b"<html><body>" + b" " * limits.MAX_ERROR_PAGE_BYTES + b'<a href="/late.html">late</a></body></html>'
    assert error_pages.ways_on("http://www.x.gov.cn/a", late, "text/html", _in_site).links == []
