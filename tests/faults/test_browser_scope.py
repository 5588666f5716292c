"""Browser-side requests of every kind pass the crawl's scope and private-address checks and are counted:
a rendered page's script that opens WebSockets or fetches to a private address, a loopback port or another
host gets none of them. Skipped when no Chromium is installed."""

from __future__ import annotations

import socket
import threading

import pytest
from nianbao.crawler.crawl_main import chromium_available

from tests.crawler import sites
from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.test_portal_e2e import registry

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")]

BASE = "http://www.ws-county.gov.cn"


class Listener:
    """A loopback TCP port that counts the connections it gets (it must get none)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port, self.accepted, self.stop = self.sock.getsockname()[1], 0, False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self.stop = True
        self.thread.join()
        self.sock.close()


def test_websockets_and_fetches_out_of_scope_are_refused_and_counted(tmp_path) -> None:
    listener = Listener()
    targets = ["ws://169.254.169.254/latest", f"ws://127.0.0.1:{listener.port}/", "wss://www.elsewhere.cn/feed",
               f"{BASE.replace('http', 'ws')}:{listener.port}/"]
    script = "".join(f"try {{ new WebSocket('{u}') }} catch (e) {{}};" for u in targets)
    script += (f"fetch('http://127.0.0.1:{listener.port}/steal').catch(() => 0);"
               "fetch('http://169.254.169.254/latest/meta-data/').catch(() => 0);")
    web = MiniWeb()
    web.add(f"{BASE}/", html(f'<a href="/nb/t1.html">年报</a><script>{script}</script>'))
    web.add(f"{BASE}/nb/t1.html", sites.report_page("某县2023年政府信息公开工作年度报告", "2024-01-10",
                                                    "1234560001"))
    row = {"id": "ws", "name": "ws", "region_code": "110101", "level": "county", "homepage": f"{BASE}/"}
    extra = {"NIANBAO_RENDER": "always",
             "DOWNLOADER_MIDDLEWARES": {"nianbao.crawler.downloadermiddlewares.scope.ScopeMiddleware": 50,
                                        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                                        "nianbao.crawler.downloadermiddlewares.rendered.RenderedCaptureMiddleware": 585}}
    try:
        with ProxyServer(web) as proxy:
            status, _, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url, extra=extra, timeout=180)
    finally:
        listener.close()
    assert status == 0, stderr[-3000:]
    # the metadata address, a loopback port and another host are refused; the portal's own host is in scope
    # (scope is by host, as for every request), so that one is connected — through the proxy, as all traffic
    assert "'browser/websocket_blocked': 3" in stderr and "'browser/websocket': 1" in stderr, stderr[-3000:]
    assert "'scope/private_address'" in stderr or "'browser/blocked_offsite'" in stderr
    assert listener.accepted == 0
    assert not [url for _, url in web.log if "169.254" in url or "127.0.0.1" in url or "elsewhere" in url]


def test_a_page_too_large_to_render_is_archived_not_rendered(tmp_path) -> None:
    """A page just under the download cap (64 MB of nothing) took Chromium minutes and 0.7 GiB: the browser
    gets no page over limits.MAX_RENDER_BYTES; the page is still fetched and archived."""
    from nianbao.crawler import limits

    web = MiniWeb()
    web.add(f"{BASE}/", html("<p>" + "空" * (limits.MAX_RENDER_BYTES // 3 + 1000) + "</p>"))
    row = {"id": "big", "name": "big", "region_code": "110101", "level": "county", "homepage": f"{BASE}/"}
    extra = {"NIANBAO_RENDER": "always",
             "DOWNLOADER_MIDDLEWARES": {"nianbao.crawler.downloadermiddlewares.scope.ScopeMiddleware": 50,
                                        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                                        "nianbao.crawler.downloadermiddlewares.rendered.RenderedCaptureMiddleware": 585}}
    with ProxyServer(web) as proxy:
        status, _, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url, extra=extra, timeout=180)
    assert "'browser/too_large': 1" in stderr, stderr[-3000:]
    assert list((tmp_path / "data" / "store").rglob("*.warc.gz"))
