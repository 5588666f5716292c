from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from nianbao.crawler.discovery.site import SiteScope, registered_domain, site_root
from nianbao.crawler.downloadermiddlewares.backoff import backoff_delay, parse_retry_after
from nianbao.crawler.downloadermiddlewares.challenge import JIASULE, RUISHU, YUNSUO, detect_challenge
from nianbao.crawler.downloadermiddlewares.robotstxt import robots_status
from nianbao.crawler.downloadermiddlewares.scope import (
    OffsiteRequest,
    PrivateAddressRequest,
    ScopeMiddleware,
    is_public_address,
)
from scrapy import Request
from scrapy.http import Headers
from scrapy.utils.test import get_crawler

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


def _run_via(mw, url, portal, via):
    return asyncio.run(mw.process_request(Request(url, meta={"nianbao_portal": portal, "nianbao_via": via})))


@pytest.mark.parametrize("url", [
    "http://a.gov.cn/nb/2023.html",                 # the bare domain beside www.
    "http://zwgk.a.gov.cn/col/nb/index.html",       # a sub-host the registry does not name
    "https://WWW.A.GOV.CN./nb/",                    # case and the root dot
])
def test_scope_is_the_portals_site(tmp_path, url):
    mw, _ = _scope(tmp_path)
    assert _run(mw, url, "a") is None


@pytest.mark.parametrize("url", [
    "http://a.gov.cn.evil.com/nb/",                 # look-alikes: other registered domains
    "http://agov.cn/nb/", "http://a-gov.cn/nb/", "http://www.a.gov.cn-mirror.com/",
    "http://www.b.gov.cn/nb/",                      # another county: gov.cn is a public suffix
    "http://gov.cn/", "http://www.gov.cn/",
])
def test_scope_refuses_look_alikes_and_other_counties(tmp_path, url):
    mw, stats = _scope(tmp_path)
    with pytest.raises(OffsiteRequest):
        _run(mw, url, "a")
    assert stats.get_value("scope/offsite/a") == 1


def test_scope_public_ip_links_only_from_the_portals_pages(tmp_path):
    mw, stats = _scope(tmp_path)
    assert _run_via(mw, "http://202.96.134.133/files/nb2023.pdf", "a", "http://xxgk.a.gov.cn/nb/t1.html") is None
    with pytest.raises(OffsiteRequest):        # found on a page on an IP host: not a second hop
        _run_via(mw, "http://202.96.134.134/x.pdf", "a", "http://202.96.134.133/files/")
    with pytest.raises(OffsiteRequest):        # no page of the site names it
        _run(mw, "http://202.96.134.133/files/nb2023.pdf", "a")
    with pytest.raises(PrivateAddressRequest):  # private addresses stay refused wherever they are linked
        _run_via(mw, "http://192.168.1.20/nb.pdf", "a", "http://www.a.gov.cn/nb/")


def _linked(mw, url, via, role="attachment", anchor="", portal="a"):
    return asyncio.run(mw.process_request(Request(url, meta={
        "nianbao_portal": portal, "nianbao_via": via, "nianbao_role": role, "nianbao_anchor": anchor})))


def test_scope_documents_on_another_site_one_hop_from_the_portals_pages(tmp_path):
    # a CMS keeping uploads in a cloud bucket: the article links the object's URL (sandbox osshost)
    mw, stats = _scope(tmp_path)
    article = "http://www.a.gov.cn/zwgk/gknb/202301/t20230118_1.html"
    bucket = "http://a-gov-web.oss-cn-beijing.aliyuncs.com"
    assert _linked(mw, f"{bucket}/gknb/202301/0a1b.pdf", article) is None
    assert _linked(mw, f"{bucket}/gknb/202301/2c3d.docx", article, role="article") is None
    # a download address without an extension, labelled with the file's name
    assert _linked(mw, f"{bucket}/download?id=7", article, anchor="某县2022年年报.pdf") is None
    assert _linked(mw, "http://www.a.gov.cn/zwgk/index.html", article) is None   # (in site: not counted)
    assert stats.get_value("scope/offsite_document") == 3 and stats.get_value("scope/offsite_document/a") == 3
    # the file host's robots.txt is asked (and obeyed) once a document was fetched there; not another host's
    assert _linked(mw, f"{bucket}/robots.txt", None, role="robots") is None
    for url, via, role, anchor in [
        (f"{bucket}/gknb/index.html", article, "column", "年报"),           # a page there: never followed
        (f"{bucket}/download?id=8", article, "attachment", "附件"),        # no file named by address or label
        (f"{bucket}/gknb/0e.pdf", None, "attachment", ""),                 # no page of the site names it
        (f"{bucket}/gknb/0e.pdf", f"{bucket}/gknb/a.html", "attachment", ""),   # named off the site: a second hop
        (f"{bucket}/gknb/0e.pdf", "http://202.96.134.133/files/", "attachment", ""),   # named on an IP host
        (f"{bucket}/gknb/0e.pdf", article, "requisite", ""),               # a page's own resources: not documents
        ("http://mirror.example.com/robots.txt", None, "robots", ""),      # no document was fetched there
    ]:
        with pytest.raises(OffsiteRequest):
            _linked(mw, url, via, role, anchor)
    with pytest.raises(PrivateAddressRequest):   # a private address stays refused: the same lookup as any host
        _linked(mw, "http://localhost/nb2023.pdf", article)
    assert stats.get_value("scope/offsite_document") == 4   # the lookup comes after scope: localhost counted


def test_scope_offsite_documents_leave_other_portals_alone_and_are_capped(tmp_path, monkeypatch):
    from nianbao.crawler.downloadermiddlewares import scope

    mw, stats = _scope(tmp_path)
    mw.sites["b"] = SiteScope.of("www.b.gov.cn")
    with pytest.raises(OffsiteRequest):        # another registry portal's file: that portal's crawl owns it
        _linked(mw, "http://www.b.gov.cn/nb/2023.pdf", "http://www.a.gov.cn/nb/")
    monkeypatch.setattr(scope, "MAX_OFFSITE_DOCUMENTS", 1)
    assert _linked(mw, "http://files.example.net/1.pdf", "http://www.a.gov.cn/nb/") is None
    with pytest.raises(OffsiteRequest):
        _linked(mw, "http://files.example.net/2.pdf", "http://www.a.gov.cn/nb/")
    assert stats.get_value("scope/offsite_documents_capped") == 1


def _probe(mw, url, portal="a"):
    return asyncio.run(mw.process_request(Request(url, meta={
        "nianbao_portal": portal, "nianbao_via": "http://www.a.gov.cn/", "nianbao_role": "section"})))


def test_scope_probes_government_domains_only(tmp_path):
    """A sister domain is probed only in a namespace only government bodies register: gov.cn and the 政务 TLD
    (a link written `http://某县人民政府.政务/…` is sent in IDNA form); a mirror elsewhere copies the code too."""
    mw, stats = _scope(tmp_path)
    mw.site_codes["a"] = {"1101010001"}
    chinese = "http://xn--gmq25jk0i6jbm1ai50ag4l.xn--zfr164b/zwgk/index.html"   # 岚川县人民政府.政务
    assert _probe(mw, chinese) is None
    assert _probe(mw, "http://www.a-old.gov.cn/zwgk/") is None
    for url in ["http://xn--gmq25jk0i6jbm1ai50ag4l.xn--55qw42g/zwgk/",   # 公益: public institutions, not a government
                "http://www.a-gov.com/zwgk/", "http://xn--fiqs8s.xn--fiqs8s/"]:   # .com, 中国.中国
        with pytest.raises(OffsiteRequest):
            _probe(mw, url)
    assert stats.get_value("scope/sister_probe") == 2


def test_scope_home_redirect_off_site_followed_once(tmp_path):
    mw, stats = _scope(tmp_path)
    home = Request("http://www.elsewhere.com/", meta={"nianbao_portal": "a", "nianbao_role": "home",
                                                      "redirect_urls": ["http://www.a.gov.cn/"]})
    assert asyncio.run(mw.process_request(home)) is None
    assert stats.get_value("scope/home_redirect_offsite/a") == 1
    link = Request("http://www.elsewhere.com/nb/", meta={"nianbao_portal": "a", "nianbao_role": "column",
                                                         "nianbao_via": "http://www.elsewhere.com/"})
    with pytest.raises(OffsiteRequest):
        asyncio.run(mw.process_request(link))


def test_site_roots():
    assert registered_domain("xxgk.lintao.gov.cn") == "lintao.gov.cn"
    assert registered_domain("lintao.gov.cn.evil.com") == "evil.com"
    assert registered_domain("202.96.134.133") == "" and registered_domain("localhost") == ""
    assert site_root("www.lintao.gov.cn") == site_root("lintao.gov.cn") == "lintao.gov.cn"
    # a district hosted under its city's domain is its own site, not the whole city's
    assert site_root("www.chengguan.lanzhou.gov.cn") == "chengguan.lanzhou.gov.cn"
    site = SiteScope.of("www.chengguan.lanzhou.gov.cn")
    assert site.contains("xxgk.chengguan.lanzhou.gov.cn") and not site.contains("www.lanzhou.gov.cn")
    # real hosts: 灌阳县's bare domain beside its www., a bureau of 平凉市 on a sub-host
    assert SiteScope.of("www.guanyang.gov.cn").contains("guanyang.gov.cn")
    assert SiteScope.of("www.pingliang.gov.cn").contains("tjj.pingliang.gov.cn")


def test_scope_refuses_private_literal_and_resolved_addresses(tmp_path):
    mw, stats = _scope(tmp_path)
    with pytest.raises(PrivateAddressRequest):
        _run(mw, "http://10.0.0.8/", "b")
    mw.sites["a"] = SiteScope.of("www.a.gov.cn", ("localhost",))
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
    return subprocess.run([sys.executable, "-m", "nianbao.crawler.crawl_main", "--settings-json", str(path)], cwd=REPO,
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
    from nianbao.crawler.downloadermiddlewares.challenge import is_blank_page

    assert is_blank_page(b"<html><head></head><body></body></html>")
    assert is_blank_page(b"<html><script>var $_ts = 1;</script></html>")
    assert not is_blank_page(b"<html><body><a href='/x'>x</a></body></html>")
    assert not is_blank_page("<html><body>政府信息公开工作年度报告</body></html>".encode())


def _refresh_middleware():
    from nianbao.crawler.downloadermiddlewares.metarefresh import CheapMetaRefreshMiddleware

    return CheapMetaRefreshMiddleware.from_crawler(get_crawler(settings_dict={"METAREFRESH_ENABLED": True}))


def test_meta_refresh_is_followed_past_the_first_4096_bytes_of_a_gbk_page():
    from scrapy.http import HtmlResponse

    # 1,500 Chinese characters (3,000 GBK bytes, 4,500 in UTF-8) before the tag: within Scrapy's 4,096 characters
    head = "<html><head><title>" + "年报" * 750 + "</title>"
    tag = '<meta http-equiv="Refresh" content="0; url=/zfxxgknb/index.html"></head><body></body></html>'
    for encoding in ("gbk", "utf-8"):
        response = HtmlResponse("http://www.x.gov.cn/nb/", body=(head + tag).encode(encoding), encoding=encoding)
        middleware = _refresh_middleware()
        followed = middleware.process_response(Request(response.url), response)
        assert isinstance(followed, Request) and followed.url == "http://www.x.gov.cn/zfxxgknb/index.html"
        assert middleware.crawler.stats.get_value("discovery/redirect_stubs/meta_refresh") == 1


def test_a_page_without_refresh_passes_undecoded():
    from scrapy.http import HtmlResponse

    response = HtmlResponse("http://www.x.gov.cn/", body="<html><body>政府信息公开年报</body></html>".encode("gbk"))
    assert _refresh_middleware().process_response(Request(response.url), response) is response
    assert hasattr(response, "_cached_ubody") and response._cached_ubody is None   # never decoded to text
    mention = HtmlResponse("http://www.x.gov.cn/a", body=b"<html><body>press F5 to refresh</body></html>")
    assert _refresh_middleware().process_response(Request(mention.url), mention) is mention


def _backoff(settings: dict | None = None):
    """The back-off middleware of a crawl whose downloader has one slot per host (a stand-in: Scrapy's Slot)."""
    from types import SimpleNamespace

    from nianbao.crawler.downloadermiddlewares.backoff import RetryBackoffMiddleware
    from scrapy.core.downloader import Slot

    crawler = get_crawler(settings_dict={"RETRY_BACKOFF_BASE_S": 0.05, **(settings or {})})
    crawler.stats.open_spider()
    crawler.engine = SimpleNamespace(downloader=SimpleNamespace(slots={"www.x.gov.cn": Slot(8, 0.0, 0.0)}))
    return RetryBackoffMiddleware(crawler), crawler


def _refused(url: str, status: int = 429, retry_after: str | None = "2", latency: float = 0.01, **meta):
    from scrapy.http import HtmlResponse

    request = Request(url, meta={"download_slot": "www.x.gov.cn", "download_latency": latency, **meta})
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return request, HtmlResponse(url, status=status, headers=headers, body=b"busy", request=request)


def test_a_429_pauses_and_slows_its_host_and_asks_the_page_again():
    import time

    from nianbao.crawler.downloadermiddlewares.backoff import RATE_LIMITED_META

    mw, crawler = _backoff()
    slot = crawler.engine.downloader.slots["www.x.gov.cn"]
    request, response = _refused("http://www.x.gov.cn/nb/t1.html")
    retry = mw.process_response(request, response)
    assert isinstance(retry, Request) and retry.url == request.url and retry.dont_filter
    assert retry.meta[RATE_LIMITED_META] == 1 and not retry.meta.get("retry_times")   # not RetryMiddleware's count
    assert slot.delay == 0.5                                      # NIANBAO_RATE_LIMIT_DELAY_S: 2 requests a second
    # Scrapy's downloader starts the slot's next request `delay` after `lastseen`: after Retry-After's 2 s
    assert 1.9 < slot.lastseen + slot.delay - time.monotonic() <= 2.0
    # the other requests already out when it was raised answer 429 too: the host is not slowed again for them
    mw.process_response(*_refused("http://www.x.gov.cn/nb/t2.html", latency=5.0))
    assert slot.delay == 0.5
    # a request sent at the slower pace (a second later) refused again: slower still
    mw.hosts["www.x.gov.cn"].raised_at -= 1.0
    mw.process_response(*_refused("http://www.x.gov.cn/nb/t3.html", retry_after="1"))
    assert slot.delay == 1.0
    stats = crawler.stats
    assert stats.get_value("backoff/rate_limited") == 3 and stats.get_value("backoff/retried") == 3
    assert stats.get_value("backoff/host_delay_raised") == 2
    # AutoThrottle is told to leave the host's delay alone; other hosts' requests are untouched
    asyncio.run(mw.process_request(slowed := Request("http://www.x.gov.cn/nb/t4.html")))
    asyncio.run(mw.process_request(other := Request("http://www.y.gov.cn/")))
    assert slowed.meta.get("autothrottle_dont_adjust_delay") is True and "autothrottle_dont_adjust_delay" not in other.meta


def test_a_rate_limited_page_is_asked_again_a_bounded_number_of_times_then_passed_on():
    from nianbao.crawler.downloadermiddlewares.backoff import RATE_LIMITED_META

    mw, crawler = _backoff({"NIANBAO_RATE_LIMIT_RETRIES": 2, "RETRY_BACKOFF_MAX_S": 3})
    request, response = _refused("http://www.x.gov.cn/a.html", retry_after="3600", **{RATE_LIMITED_META: 2})
    assert mw.process_response(request, response) is response          # past the retries: the refusal goes on
    assert crawler.stats.get_value("backoff/gave_up") == 1
    assert mw.hosts["www.x.gov.cn"].paused_until - mw.hosts["www.x.gov.cn"].raised_at <= 3.0   # capped wait
    # a 429 that does not say when: the retries' doubling wait; dont_retry: paused, not asked again
    request, response = _refused("http://www.x.gov.cn/b.html", retry_after=None, dont_retry=True)
    assert mw.process_response(request, response) is response


def test_what_is_no_rate_limit_is_left_to_the_retry_middleware():
    mw, crawler = _backoff()
    for status, retry_after in ((503, None), (500, "5"), (404, "5"), (200, None)):
        request, response = _refused("http://www.x.gov.cn/c.html", status=status, retry_after=retry_after)
        assert mw.process_response(request, response) is response
    assert not mw.hosts and crawler.engine.downloader.slots["www.x.gov.cn"].delay == 0.0
    assert crawler.stats.get_value("backoff/rate_limited") is None


def test_a_503_while_the_host_answers_its_other_pages_is_the_pages_failure():
    from scrapy.http import HtmlResponse

    mw, crawler = _backoff()
    ok = Request("http://www.x.gov.cn/", meta={"download_slot": "www.x.gov.cn"})
    assert mw.process_response(ok, HtmlResponse(ok.url, body=b"home", request=ok)) is not None
    request, response = _refused("http://www.x.gov.cn/nb/index.html", status=503, retry_after="2")
    assert mw.process_response(request, response) is response             # RetryMiddleware's to retry
    assert request.meta["nianbao_retry_after"] == 2.0                       # its retry waits the Retry-After
    assert not mw.hosts and crawler.engine.downloader.slots["www.x.gov.cn"].delay == 0.0   # host not slowed
    assert crawler.stats.get_value("backoff/page_unavailable") == 1
    # negative: a second refusal in a row is the host's (a 503 rate limit is still one), as a host's first answer is
    retry = mw.process_response(*_refused("http://www.x.gov.cn/nb/t1.html", status=503, retry_after="2"))
    assert isinstance(retry, Request) and "www.x.gov.cn" in mw.hosts
    assert crawler.stats.get_value("backoff/rate_limited") == 1
    mw2, _ = _backoff()
    assert isinstance(mw2.process_response(*_refused("http://www.x.gov.cn/a.html", status=503, retry_after="2")),
                      Request)


def test_a_slowed_hosts_delay_comes_down_after_a_run_of_answers_and_not_before():
    from nianbao.crawler.downloadermiddlewares.backoff import HostBackoff
    from scrapy.http import HtmlResponse

    mw, crawler = _backoff({"NIANBAO_RATE_LIMIT_RECOVER_AFTER": 3, "DOWNLOAD_DELAY": 0.25})
    slot = crawler.engine.downloader.slots["www.x.gov.cn"]
    for n in range(3):   # three refusals, each of a request sent at the raised pace: 0.5, 1, 2 s
        mw.hosts.setdefault("www.x.gov.cn", HostBackoff()).raised_at -= 10
        mw.process_response(*_refused(f"http://www.x.gov.cn/r{n}.html", retry_after="0"))
    assert slot.delay == 2.0

    def answer(path: str, status: int = 200):
        request = Request(f"http://www.x.gov.cn/{path}", meta={"download_slot": "www.x.gov.cn"})
        return mw.process_response(request, HtmlResponse(request.url, status=status, body=b"x", request=request))

    answer("a"), answer("b"), answer("c", status=502)   # negative: a 5xx breaks the run
    assert slot.delay == 2.0 and crawler.stats.get_value("backoff/host_delay_lowered") is None
    for path in "def":
        answer(path)
    assert slot.delay == 1.0 and mw.hosts["www.x.gov.cn"].delay_s == 1.0   # halved, still held
    for path in "ghijkl":
        answer(path)
    # 0.5, then under the floor (NIANBAO_RATE_LIMIT_DELAY_S 0.5): no longer held, paced from DOWNLOAD_DELAY
    assert "www.x.gov.cn" not in mw.hosts and slot.delay == 0.25
    assert crawler.stats.get_value("backoff/host_delay_lowered") == 3
    assert crawler.stats.get_value("backoff/host_recovered") == 1
    # a host that refuses again is slowed again
    mw.process_response(*_refused("http://www.x.gov.cn/r9.html", retry_after="0"))
    assert slot.delay == 0.5 and "www.x.gov.cn" in mw.hosts


def test_with_shared_politeness_the_pause_goes_to_the_shared_leases():
    from nianbao.crawler.downloadermiddlewares.politeness import host_backoff

    mw, crawler = _backoff()
    mw.shared = True   # as with a shared frontier (its settings need a Redis frontier: test_politeness_shared.py)
    sent = []

    def shared_state(host, pause_s, sent_ago_s, delay_floor_s, delay_max_s, delay_expiry_s, **_signal):
        # SharedPolitenessMiddleware.pause_host's part (test_politeness_shared.py)
        sent.append((host, pause_s, sent_ago_s, delay_floor_s, delay_max_s, delay_expiry_s))
        return 0.8, True

    crawler.signals.connect(shared_state, signal=host_backoff, weak=False)
    mw.process_response(*_refused("http://www.x.gov.cn/d.html", status=503, retry_after="7", latency=0.25))
    assert sent == [("www.x.gov.cn", 7.0, 0.25, 0.5, 60.0, 600.0)]   # Scrapy's AUTOTHROTTLE_MAX_DELAY: the ceiling
    assert mw.hosts["www.x.gov.cn"].delay_s == 0.8                       # the host's delay as the shared state has it
    assert crawler.stats.get_value("backoff/host_delay_raised") == 1
    assert crawler.engine.downloader.slots["www.x.gov.cn"].delay == 0.0   # the worker's slot is not the host's pace


def test_a_refresh_response_header_is_followed_as_the_tag_is():
    from scrapy.http import HtmlResponse

    notice = "<html><body><h2>本栏目已迁移</h2><p>页面将在3秒后自动跳转</p></body></html>".encode()
    response = HtmlResponse("http://www.x.gov.cn/xxgk/list.php?catid=12", body=notice,
                            headers={"Refresh": "3;url=/zfxxgk/nb/bj/index.html"})
    middleware = _refresh_middleware()
    followed = middleware.process_response(Request(response.url, meta={"nianbao_role": "section"}), response)
    assert isinstance(followed, Request) and followed.url == "http://www.x.gov.cn/zfxxgk/nb/bj/index.html"
    assert followed.meta["nianbao_role"] == "section" and followed.meta["redirect_reasons"] == ["refresh header"]
    assert middleware.crawler.stats.get_value("discovery/redirect_stubs/refresh_header") == 1


def test_a_refresh_header_that_reloads_waits_too_long_or_leaves_http_is_not_followed():
    from scrapy.http import HtmlResponse, Response

    url = "http://www.x.gov.cn/news/index.html"
    for value, metric in (("300", "reload"), ("60;url=/news/index.html", "reload"), ("600;url=/new/", "late"),
                          ("0;url=javascript:void(0)", "scheme")):
        response = HtmlResponse(url, body=b"<html><body><a href='/a'>a</a></body></html>", headers={"Refresh": value})
        middleware = _refresh_middleware()
        assert middleware.process_response(Request(url), response) is response
        assert middleware.crawler.stats.get_value(f"discovery/redirect_stubs/refresh_header_{metric}") == 1
    # not a page: a file's header is no navigation
    pdf = Response("http://www.x.gov.cn/a.pdf", body=b"%PDF-1.4", headers={"Refresh": "0;url=/b/"})
    assert _refresh_middleware().process_response(Request(pdf.url), pdf) is pdf
    # a header declaring nothing to follow leaves the page's own meta refresh to be read
    tagged = HtmlResponse(url, body=b'<html><head><meta http-equiv="refresh" content="0;url=/moved/"></head></html>',
                          headers={"Refresh": "300"})
    followed = _refresh_middleware().process_response(Request(url), tagged)
    assert isinstance(followed, Request) and followed.url == "http://www.x.gov.cn/moved/"


def test_a_refresh_declaration_is_read_as_browsers_read_it():
    from nianbao.crawler.discovery.page import declared_refresh

    assert declared_refresh("3;url=/zfxxgk/nb/bj/index.html") == (3, "/zfxxgk/nb/bj/index.html")
    assert declared_refresh(" 0 ; URL = 'new/index.html' ") == (0, "new/index.html")
    assert declared_refresh('5, "/new/";') == (5, "/new/")   # a comma; quoted up to its quote
    assert declared_refresh("1.5;url=/y/") == (1, "/y/")
    # what is no target: a reload, no delay, nothing
    assert declared_refresh("300") is None and declared_refresh("60; ") is None
    assert declared_refresh("url=/x/") is None and declared_refresh("") is None


def test_a_meta_refresh_tag_is_read_by_the_standards_steps_in_every_spelling():
    from scrapy.http import HtmlResponse

    url = "http://www.x.gov.cn/xxgk/xxgknb/2021/index.shtml"
    spellings = (('REFRESH', "0 ; URL = '/xxgk/xxgknb/2021/list.shtml'"),        # w3lib reads no target
                 ('Refresh', "0;url=&quot;/xxgk/xxgknb/2021/list.shtml&quot;"),   # w3lib reads the page itself
                 ('refresh', " 0; Url= 'list.shtml' "), ('ReFrEsH', "0,list.shtml"))
    for equiv, content in spellings:
        page = HtmlResponse(url, body=f'<html><head><meta http-equiv="{equiv}" content="{content}"></head>'
                                      '<body></body></html>'.encode())
        middleware = _refresh_middleware()
        followed = middleware.process_response(Request(url), page)
        assert followed.url == "http://www.x.gov.cn/xxgk/xxgknb/2021/list.shtml", (equiv, content)
        assert followed.meta["redirect_reasons"] == ["meta refresh"]
        assert middleware.crawler.stats.get_value("discovery/redirect_stubs/meta_refresh") == 1


def test_a_meta_refresh_naming_no_other_page_or_hidden_in_noscript_is_not_followed():
    from scrapy.http import HtmlResponse

    url = "http://www.x.gov.cn/a/index.html"
    for content, metric in (("30", "reload"), ("0;url=/a/index.html", "reload"), ("0; url='index.html#top'", "reload"),
                            ("3600;url=/b/", "late"), ("0;url=ftp://x.gov.cn/b", "scheme")):
        page = HtmlResponse(url, body=f'<html><head><meta http-equiv="refresh" content="{content}"></head></html>'
                            .encode())
        middleware = _refresh_middleware()
        assert middleware.process_response(Request(url), page) is page, content
        assert middleware.crawler.stats.get_value(f"discovery/redirect_stubs/meta_refresh_{metric}") == 1
    hidden = HtmlResponse(url, body=b'<html><head><noscript><meta http-equiv="refresh" content="0;url=/nojs/">'
                                    b'</noscript></head><body>refresh</body></html>')
    assert _refresh_middleware().process_response(Request(url), hidden) is hidden
    other = HtmlResponse(url, body=b'<html><head><meta name="refresh" content="0;url=/b/"></head></html>')
    assert _refresh_middleware().process_response(Request(url), other) is other


def _ip_page(mw, url, code, via="http://www.a.gov.cn/"):
    """The one-hop page `url` (on an IP host, linked from `via`) answers with a footer carrying 网站标识码 `code`."""
    from scrapy.http import HtmlResponse

    request = Request(url, meta={"nianbao_portal": "a", "nianbao_via": via, "nianbao_role": "section"})
    assert asyncio.run(mw.process_request(request)) is None       # one hop off a site page
    footer = f"<p>网站标识码：{code}</p>" if code else "<p>主办：A</p>"
    mw.process_response(request, HtmlResponse(url, body=f"<html><body>{footer}</body></html>".encode(),
                                              encoding="utf-8"))
    return request


def test_scope_an_ip_host_with_the_homepage_code_joins_the_site(tmp_path, monkeypatch):
    """The server's IP address a site page links joins the portal's site when its page carries the homepage's 网站标识码;
    another site's code, a page with no code, and addresses past the cap stay out."""
    from nianbao.crawler.downloadermiddlewares import scope

    mw, stats = _scope(tmp_path)
    mw.site_codes["a"] = {"1101010001"}
    request = _ip_page(mw, "http://59.49.31.148/zwgk/index.html", "1101010001")
    assert request.meta["nianbao_ip_alias"] == "59.49.31.148" and mw.sites["a"].contains("59.49.31.148")
    deeper = Request("http://59.49.31.148/xxgk/nb/index.html",    # linked from the IP host's own page: now on the site
                     meta={"nianbao_portal": "a", "nianbao_via": "http://59.49.31.148/zwgk/index.html"})
    assert asyncio.run(mw.process_request(deeper)) is None
    assert stats.get_value("scope/ip_alias/a") == 1
    # negatives: a shared server's other site, a page that says nothing, an address after the cap
    other = _ip_page(mw, "http://61.1.2.3/", "3201000002")
    bare = _ip_page(mw, "http://61.1.2.4/", None)
    assert "nianbao_ip_alias" not in other.meta and "nianbao_ip_alias" not in bare.meta
    assert not mw.sites["a"].contains("61.1.2.3") and not mw.sites["a"].contains("61.1.2.4")
    with pytest.raises(OffsiteRequest):        # a link on the other site's page is not followed
        asyncio.run(mw.process_request(Request("http://61.1.2.3/nb/", meta={
            "nianbao_portal": "a", "nianbao_via": "http://61.1.2.3/"})))
    monkeypatch.setattr(scope, "MAX_IP_ALIASES", 1)
    capped = _ip_page(mw, "http://61.1.2.5/", "1101010001")
    assert "nianbao_ip_alias" not in capped.meta and not mw.sites["a"].contains("61.1.2.5")
    assert stats.get_value("scope/ip_alias_rejected") == 1 and stats.get_value("scope/ip_alias_capped") == 1
    with pytest.raises(PrivateAddressRequest):   # a private address is refused before any code is read
        _ip_page(mw, "http://192.168.1.10/", "1101010001")
