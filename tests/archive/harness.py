"""Test harness for the archive: a tiny loopback HTTP site, a link-following spider, crawls in a subprocess,
deterministic writers, and a moto S3 server.

`python -m tests.archive.harness SETTINGS.json` runs one crawl of `LinkSpider` with only the capture components
enabled (crawler/extensions/warcwriter.py), so these tests do not depend on the discovery components."""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 1, 8, 0, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------- deterministic writer inputs


def fixed_ids(prefix: str = "00000000-0000-0000-0000"):
    counter = itertools.count(1)
    return lambda: f"<urn:uuid:{prefix}-{next(counter):012d}>"


def fixed_clock(start: datetime = T0, step: timedelta = timedelta(seconds=1)):
    counter = itertools.count()
    return lambda: start + step * next(counter)


# ---------------------------------------------------------------- the site


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=gbk"
    gzip: bool = False
    etag: str | None = None
    last_modified: str | None = None
    extra_headers: list[tuple[str, bytes]] = field(default_factory=list)
    status: int = 200
    chunked: bool = False


class Site:
    """Pages by path; answers conditional requests; counts requests and body bytes sent."""

    def __init__(self, pages: dict[str, Page]):
        self.pages = pages
        self.requests: list[tuple[str, dict]] = []
        self.body_bytes_sent = 0
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                with site.lock:
                    site.requests.append((self.path, dict(self.headers.items())))
                page = site.pages.get(self.path)
                if page is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if (page.etag and self.headers.get("If-None-Match") == page.etag) or \
                        (page.last_modified and self.headers.get("If-Modified-Since") == page.last_modified):
                    self.send_response(304)
                    if page.etag:
                        self.send_header("ETag", page.etag)
                    self.end_headers()
                    return
                body = gzip.compress(page.body, mtime=0) if page.gzip else page.body
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                if page.gzip:
                    self.send_header("Content-Encoding", "gzip")
                if page.etag:
                    self.send_header("ETag", page.etag)
                if page.last_modified:
                    self.send_header("Last-Modified", page.last_modified)
                for name, value in page.extra_headers:
                    self.send_header(name, value.decode("latin-1"))
                if page.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    half = len(body) // 2
                    for part in (body[:half], body[half:]):
                        self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                with site.lock:
                    site.body_bytes_sent += len(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def http_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment.astimezone(timezone.utc), usegmt=True)


def gbk_page(title: str, links: list[str], filler: int = 0) -> bytes:
    anchors = "".join(f'<a href="{href}">{text}</a>' for href, text in
                      ((link, f"链接{i}") for i, link in enumerate(links)))
    text = ("政府信息公开工作年度报告" * filler)
    return f"<html><head><title>{title}</title></head><body>{anchors}<p>{text}</p></body></html>".encode("gbk")


def demo_site(last_modified: datetime = T0) -> dict[str, Page]:
    lm = http_date(last_modified)
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
    return {
        "/": Page(gbk_page("首页", ["/list", "/report.html"], 5), gzip=True, etag='"home-1"'),
        "/list": Page(gbk_page("列表", ["/report.html", "/copy-a.pdf", "/copy-b.pdf"], 3), gzip=True,
                      last_modified=lm, chunked=True),
        "/report.html": Page(gbk_page("某县2025年政府信息公开工作年度报告", ["/copy-a.pdf"], 40), gzip=True,
                             etag='"r-1"', last_modified=lm),
        "/copy-a.pdf": Page(pdf, content_type="application/pdf", etag='"pdf-1"', extra_headers=[
            ("Content-Disposition", b'attachment; filename="' + "年报.pdf".encode("gbk") + b'"')]),
        "/copy-b.pdf": Page(pdf, content_type="application/pdf"),   # same bytes under another URL
    }


def sha1_hex(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


# ---------------------------------------------------------------- crawls in a subprocess


def capture_settings(data_dir: Path, crawl_id: str, start_urls: list[str], **extra) -> dict:
    settings = {
        "NIANBAO_DATA_DIR": str(data_dir), "NIANBAO_CRAWL_ID": crawl_id,
        "NIANBAO_STORE_URI": (data_dir / "store").as_uri(),
        "START_URLS": start_urls, "SEEN_FILE": str(data_dir / f"seen-{crawl_id}.json"),
        "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "INFO", "TELNETCONSOLE_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DOWNLOADER_MIDDLEWARES": {"nianbao.crawler.downloadermiddlewares.conditional.ConditionalRequestMiddleware": 560,
                                   "nianbao.crawler.downloadermiddlewares.capture.WarcCaptureMiddleware": 950},
        "EXTENSIONS": {"nianbao.crawler.extensions.warcwriter.WarcWriterExtension": 100},
        "ITEM_PIPELINES": {"nianbao.crawler.pipelines.documents.DocumentMetadataPipeline": 800},
        "CONCURRENT_REQUESTS": 4, "DOWNLOAD_DELAY": 0, "RETRY_ENABLED": False,
        "HTTPERROR_ALLOWED_CODES": [304, 404],
        "NIANBAO_UPLOAD_DRAIN_S": 30,
    }
    settings.update(extra)
    return settings


def run_crawl(settings: dict, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    path = Path(settings["NIANBAO_DATA_DIR"]) / f"settings-{settings['NIANBAO_CRAWL_ID']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(settings), encoding="utf-8")
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        full_env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "tests.archive.harness", str(path)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def spawn_crawl(settings: dict, env: dict | None = None) -> subprocess.Popen:
    path = Path(settings["NIANBAO_DATA_DIR"]) / f"settings-{settings['NIANBAO_CRAWL_ID']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(settings), encoding="utf-8")
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "tests.archive.harness", str(path)], cwd=ROOT, env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _main(settings_file: str) -> int:
    import scrapy
    from nianbao.crawler.items import DocumentItem
    from scrapy.crawler import CrawlerProcess
    from scrapy.http import TextResponse

    overrides = json.loads(Path(settings_file).read_text(encoding="utf-8"))

    class LinkSpider(scrapy.Spider):
        name = "links"
        seen: list[dict] = []

        async def start(self):
            for url in self.settings.getlist("START_URLS"):
                yield scrapy.Request(url, meta={"nianbao_portal": "p1", "nianbao_hops": "", "nianbao_role": "home"})

        def parse(self, response):
            meta = response.meta
            self.seen.append({"url": response.url, "status": response.status, "sha1": sha1_hex(response.body),
                              "record_id": meta.get("nianbao_record_id"),
                              "payload_digest": meta.get("nianbao_payload_digest"),
                              "not_modified": bool(meta.get("nianbao_not_modified"))})
            kind = "report" if "report" in response.url else "not_report"
            yield DocumentItem(url=response.url, kind=kind, portal_id="p1", record_id=meta.get("nianbao_record_id"),
                               title="某县2025年政府信息公开工作年度报告" if kind == "report" else None,
                               agency="某县人民政府" if kind == "report" else None, year=2025 if kind == "report" else None,
                               found_on=meta.get("nianbao_via"), hops=meta.get("nianbao_hops", ""))
            if isinstance(response, TextResponse):
                for href in response.css("a::attr(href)").getall():
                    yield response.follow(href, meta={"nianbao_portal": "p1", "nianbao_via": response.url,
                                                      "nianbao_hops": meta.get("nianbao_hops", "") + "L",
                                                      "nianbao_role": "article"})

        def closed(self, reason):
            Path(self.settings.get("SEEN_FILE")).write_text(json.dumps(self.seen, ensure_ascii=False),
                                                            encoding="utf-8")

    process = CrawlerProcess(overrides)
    crawler = process.create_crawler(LinkSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    Path(overrides["SEEN_FILE"]).with_suffix(".stats.json").write_text(
        json.dumps({k: v for k, v in stats.items() if isinstance(v, (int, float, str))}), encoding="utf-8")
    return 0 if stats.get("finish_reason") == "finished" else 1


def wait_for(condition, timeout_s: float = 30.0) -> bool:
    """Poll a condition another thread makes true (uploads, retries); False on timeout."""
    import time

    deadline = time.monotonic() + timeout_s
    event = threading.Event()
    while time.monotonic() < deadline:
        if condition():
            return True
        event.wait(0.01)
    return bool(condition())


# ---------------------------------------------------------------- S3 (moto)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def s3_env(port: int) -> dict[str, str]:
    return {"NIANBAO_S3_ENDPOINT": f"127.0.0.1:{port}", "NIANBAO_S3_ACCESS_KEY": "testing",
            "NIANBAO_S3_SECRET_KEY": "testing-secret", "NIANBAO_S3_SECURE": "0"}


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1]))
