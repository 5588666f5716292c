"""A tiny offline web for crawler tests: a threaded HTTP *forward proxy* on 127.0.0.1 that answers
absolute-URI requests from a dict of routes, and a helper that runs `nianbao.crawler.crawl_main` against it in a
subprocess (the way crawler/runner.py does) and returns the items it yielded."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.fast_crawl import FAST_CRAWL

Answer = tuple[int, dict[str, str], bytes]
Handler = Callable[[str, str, dict[str, str], bytes], Answer | None]

REPO = Path(__file__).resolve().parents[2]
EXTRA_ENV: dict[str, str] = {}


def html(body: str, title: str = "", charset: str = "utf-8", head: str = "") -> bytes:
    return (f"<html><head><meta charset=\"{charset}\"><title>{title}</title>{head}</head>"
            f"<body>{body}</body></html>").encode(charset)


@dataclass
class MiniWeb:
    routes: dict[str, Answer | Handler] = field(default_factory=dict)
    log: list[tuple[str, str]] = field(default_factory=list)

    def add(self, url: str, body: bytes | str, status: int = 200, content_type: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": content_type} if content_type else {}
        hdrs.update(headers or {})
        self.routes[url] = (status, hdrs, data)

    def answer(self, method: str, url: str, headers: dict[str, str], body: bytes) -> Answer:
        self.log.append((method, url))
        route = self.routes.get(url)
        if route is None:
            parts = urlsplit(url)
            route = self.routes.get(f"{parts.scheme}://{parts.netloc}{parts.path}")
        if callable(route):
            result = route(method, url, headers, body)
            if result is not None:
                return result
            route = None
        if route is None:
            return 404, {"Content-Type": "text/html"}, b"<html><body>404 Not Found</body></html>"
        return route


class _Proxy(BaseHTTPRequestHandler):
    web: MiniWeb
    protocol_version = "HTTP/1.1"

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = self.path if self.path.startswith("http") else f"http://{self.headers.get('Host')}{self.path}"
        status, headers, data = self.web.answer(self.command, url, self.headers, body)  # case-insensitive get()
        self.send_response(status)
        declared = None   # a route's own Content-Length longer than its body: an answer cut short
        for key, value in headers.items():
            if key.lower() == "content-length":
                declared = int(value)
            self.send_header(key, value)
        if declared is None:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        if declared is not None and declared > len(data):
            self.close_connection = True   # the connection ends where the bytes do

    do_GET = do_POST = do_HEAD = _handle

    def do_CONNECT(self) -> None:
        # Playwright's route.fetch() tunnels even http:// URLs through CONNECT; the requests inside the tunnel
        # are origin-form with a Host header, answered on this same connection.
        self.send_response(200, "Connection Established")
        self.end_headers()
        self.close_connection = False

    def log_message(self, *args) -> None:
        pass


class ProxyServer:
    def __init__(self, web: MiniWeb):
        handler = type("Handler", (_Proxy,), {"web": web})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> ProxyServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


FAST = {**FAST_CRAWL, "RETRY_BACKOFF_BASE_S": 0.05, "LOG_LEVEL": "INFO", "NIANBAO_PROGRESS_TTY": False}


def start_crawl(tmp: Path, registry_csv: str, proxy_url: str, extra: dict | None = None,
                crawl_id: str = "test") -> subprocess.Popen:
    """One crawl_main process (data in `tmp`/data), started: several can run at once (workers of a shared
    frontier, each with its own `tmp` and crawl id). Its stdout and stderr are pipes (read them: communicate)."""
    registry = tmp / "registry.csv"
    registry.write_text(registry_csv, encoding="utf-8")
    settings = {
        "NIANBAO_DATA_DIR": str(tmp / "data"), "NIANBAO_CRAWL_ID": crawl_id, "NIANBAO_REGISTRY_FILE": str(registry),
        "NIANBAO_PORTAL_IDS": [], "NIANBAO_RENDER": "never", "NIANBAO_PROXY": proxy_url,
        "FEEDS": {str(tmp / "items.jsonl"): {"format": "jsonlines", "overwrite": True}}, **FAST, **(extra or {}),
    }
    settings_file = tmp / "settings.json"
    settings_file.write_text(json.dumps(settings), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "nianbao.crawler.crawl_main", "--settings-json", str(settings_file)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **EXTRA_ENV})


def run_workers(tmp: Path, registry_csv: str, web: MiniWeb, settings: dict, workers: int = 2,
                timeout: float = 180) -> list[str]:
    """Crawl processes of one shared frontier (`settings`), w1 … w<workers> (start_crawl() in tmp/w<n> with crawl
    id w<n>), against `web` behind one proxy, run to their end; each must exit 0. Returns their stderr."""
    with ProxyServer(web) as proxy:
        procs = []
        for n in range(1, workers + 1):
            (tmp / f"w{n}").mkdir()
            procs.append(start_crawl(tmp / f"w{n}", registry_csv, proxy.url, settings, crawl_id=f"w{n}"))
        stderr = [proc.communicate(timeout=timeout)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * workers, [tail[-3000:] for tail in stderr]
    return stderr


def wait_for_workers(client, frontier: str, workers: int = 2, timeout_s: float = 60) -> None:
    """In a page handler: answer only once `workers` crawl processes have joined the shared frontier (its Redis
    set of workers), so that each is there to take the pages the answer links."""
    deadline = time.monotonic() + timeout_s
    while client.scard(f"nianbao:{frontier}:workers") < workers and time.monotonic() < deadline:
        time.sleep(0.05)   # the workers join in other processes: nothing to wait on but the set


def crawl_output(tmp: Path, crawl_id: str = "test") -> tuple[list[dict], dict]:
    """(items, summary) of the crawl started in `tmp`."""
    items = tmp / "items.jsonl"
    found = [json.loads(line) for line in items.read_text(encoding="utf-8").splitlines()] if items.exists() else []
    summary_file = tmp / "data" / "runs" / crawl_id / "summary.json"
    summary = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.exists() else {}
    return found, summary


def run_crawl(tmp: Path, registry_csv: str, proxy_url: str, extra: dict | None = None,
              timeout: float = 120) -> tuple[int, list[dict], dict, str]:
    """(exit status, items, summary, stderr) of one crawl_main run."""
    proc = start_crawl(tmp, registry_csv, proxy_url, extra)
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    found, summary = crawl_output(tmp)
    return proc.returncode, found, summary, stderr


def crawl_stat(stderr: str, name: str) -> int:
    """A stat's value in the stats a crawl logs as it closes (0 when it was never counted)."""
    found = re.search(rf"'{re.escape(name)}': (\d+)", stderr)
    return int(found.group(1)) if found else 0
