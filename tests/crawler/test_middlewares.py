from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from scrapy import Request
from scrapy.http import Headers
from scrapy.utils.test import get_crawler

from crawler.discovery.backoff import backoff_delay, parse_retry_after
from crawler.discovery.challenge import JIASULE, RUISHU, YUNSUO, detect_challenge
from crawler.discovery.robots import robots_status
from crawler.discovery.scope import OffsiteRequest, PrivateAddressRequest, ScopeMiddleware, is_public_address
from tests.crawler.minisite import REPO


@pytest.mark.parametrize("address,public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("169.254.1.1", False), ("::1", False),
    ("::ffff:127.0.0.1", False), ("100.64.0.1", False), ("0.0.0.0", False), ("202.96.134.133", True),
    ("2400:3200::1", True),
])
def test_public_addresses(address, public):
    assert is_public_address(address) is public


def _scope(tmp_path, allow_private=False):
    registry = tmp_path / "r.csv"
    registry.write_text("id,name,region_code,level,homepage,hosts\n"
                        "a,A,110101,county,http://www.a.gov.cn/,xxgk.a.gov.cn\n"
                        "b,B,110102,county,http://10.0.0.8/,\n", encoding="utf-8")
    crawler = get_crawler(settings_dict={"NIANBAO_REGISTRY_FILE": str(registry),
                                         "NIANBAO_ALLOW_PRIVATE_ADDRESSES": allow_private})
    crawler.stats.open_spider()
    return ScopeMiddleware(crawler), crawler.stats


def _run(mw, url, portal):
    return asyncio.run(mw.process_request(Request(url, meta={"nianbao_portal": portal})))


def test_scope_hosts_and_offsite(tmp_path):
    mw, stats = _scope(tmp_path)
    assert _run(mw, "http://xxgk.a.gov.cn/nb/", "a") is None       # declared host (name does not resolve here)
    with pytest.raises(OffsiteRequest):
        _run(mw, "http://mirror.example.com/nb/", "a")
    with pytest.raises(OffsiteRequest):
        _run(mw, "http://xxgk.a.gov.cn/nb/", "b")                   # another portal's host
    assert stats.get_value("scope/offsite") == 2 and stats.get_value("scope/offsite/a") == 1


def test_scope_refuses_private_literal_and_resolved_addresses(tmp_path):
    mw, stats = _scope(tmp_path)
    with pytest.raises(PrivateAddressRequest):
        _run(mw, "http://10.0.0.8/", "b")
    mw.hosts_by_portal["a"] = frozenset({"localhost", "www.a.gov.cn"})
    with pytest.raises(PrivateAddressRequest):
        _run(mw, "http://localhost/x", "a")                        # resolves to loopback
    assert stats.get_value("scope/private_address") == 2


def test_scope_allows_private_when_told(tmp_path):
    mw, _ = _scope(tmp_path, allow_private=True)
    assert _run(mw, "http://10.0.0.8/", "b") is None


def test_backoff_delays():
    assert backoff_delay(0, 2, 60) == 0
    assert [backoff_delay(n, 2, 60) for n in (1, 2, 3, 7)] == [2, 4, 8, 60]
    assert backoff_delay(1, 2, 60, retry_after_s=120) == 60
    assert backoff_delay(2, 2, 60, retry_after_s=5) == 5
    assert parse_retry_after(b"17") == 17.0
    assert parse_retry_after(b"Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after(b"soon") is None


def test_challenge_detection():
    ruishu = Headers({"Set-Cookie": "FSSBBIl1UgzbN7N80S=x"})
    assert detect_challenge(412, ruishu, b"<script>$_ts=window['$_ts'];</script>") == RUISHU
    assert detect_challenge(412, Headers(), b"precondition failed") is None
    jsl = Headers({"Set-Cookie": "__jsluid_h=0123; path=/"})
    assert detect_challenge(521, jsl, b"<script>document.cookie=...</script>") == JIASULE
    assert detect_challenge(521, Headers({"X-Via-JSL": "abc"}), b"") == JIASULE
    assert detect_challenge(200, Headers({"Set-Cookie": "yunsuo_session_verify=abc"}), b"<html>") == YUNSUO
    assert detect_challenge(200, Headers(), b"<html>normal page</html>") is None
    # after the browser: only a page that still shows the script is a challenge
    assert detect_challenge(412, ruishu, b"<html><h1>report</h1></html>", rendered=True) is None
    assert detect_challenge(412, ruishu, b"<script>$_ts=1</script>", rendered=True) == RUISHU


@pytest.mark.parametrize("status,allows_root,expected", [
    (200, True, "fetched"), (200, False, "disallow-all"), (404, None, "absent"), (403, None, "absent"),
    (500, None, "error"), (None, None, "error"),
])
def test_robots_status(status, allows_root, expected):
    assert robots_status(status, allows_root) == expected


def _crawl_main(tmp_path, settings) -> subprocess.CompletedProcess:
    path = tmp_path / "s.json"
    path.write_text(settings if isinstance(settings, str) else json.dumps(settings), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "crawler.crawl_main", "--settings-json", str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("settings,message", [
    ("{not json", "cannot read the settings file"),
    ({"NIANBAO_RENDER": "never"}, "NIANBAO_REGISTRY_FILE is not set"),
    ({"NIANBAO_RENDER": "never", "NIANBAO_REGISTRY_FILE": "/nonexistent.csv"}, "does not exist"),
    ({"NIANBAO_RENDER": "sometimes"}, "NIANBAO_RENDER must be"),
])
def test_crawl_main_configuration_errors(tmp_path, settings, message):
    proc = _crawl_main(tmp_path, settings)
    assert proc.returncode == 2 and message in proc.stderr


def test_crawl_main_unknown_portal(tmp_path):
    registry = tmp_path / "r.csv"
    registry.write_text("id,name,region_code,level,homepage\na,A,110101,county,http://www.a.gov.cn/\n")
    proc = _crawl_main(tmp_path, {"NIANBAO_RENDER": "never", "NIANBAO_REGISTRY_FILE": str(registry),
                                  "NIANBAO_PORTAL_IDS": ["zz"]})
    assert proc.returncode == 2 and "unknown portal id(s): zz" in proc.stderr


def test_blank_rendered_page():
    from crawler.discovery.challenge import is_blank_page

    assert is_blank_page(b"<html><head></head><body></body></html>")
    assert is_blank_page(b"<html><script>var $_ts = 1;</script></html>")
    assert not is_blank_page(b"<html><body><a href='/x'>x</a></body></html>")
    assert not is_blank_page("<html><body>政府信息公开工作年度报告</body></html>".encode())


def _refresh_middleware():
    from crawler.discovery.refresh import CheapMetaRefreshMiddleware

    return CheapMetaRefreshMiddleware.from_crawler(get_crawler(settings_dict={"METAREFRESH_ENABLED": True}))


def test_meta_refresh_is_followed_past_the_first_4096_bytes_of_a_gbk_page():
    from scrapy.http import HtmlResponse

    # 1,500 Chinese characters (3,000 GBK bytes, 4,500 in UTF-8) before the tag: within Scrapy's 4,096 characters
    head = "<html><head><title>" + "年报" * 750 + "</title>"
    tag = '<meta http-equiv="Refresh" content="0; url=/zfxxgknb/index.html"></head><body></body></html>'
    for encoding in ("gbk", "utf-8"):
        response = HtmlResponse("http://www.x.gov.cn/nb/", body=(head + tag).encode(encoding), encoding=encoding)
        followed = _refresh_middleware().process_response(Request(response.url), response)
        assert isinstance(followed, Request) and followed.url == "http://www.x.gov.cn/zfxxgknb/index.html"


def test_a_page_without_refresh_passes_undecoded():
    from scrapy.http import HtmlResponse

    response = HtmlResponse("http://www.x.gov.cn/", body="<html><body>政府信息公开年报</body></html>".encode("gbk"))
    assert _refresh_middleware().process_response(Request(response.url), response) is response
    assert hasattr(response, "_cached_ubody") and response._cached_ubody is None   # never decoded to text
    mention = HtmlResponse("http://www.x.gov.cn/a", body=b"<html><body>press F5 to refresh</body></html>")
    assert _refresh_middleware().process_response(Request(mention.url), mention) is mention
