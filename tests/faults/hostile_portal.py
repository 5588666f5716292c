"""A hostile portal: an HTTP forward proxy on 127.0.0.1 (like the sandbox) whose one portal serves bombs in
every format nianbao opens, an endless body, headers that lie, and redirects to other ports and hosts.

    with HostilePortal(bomb_bytes=40 * MB) as portal:
        portal.registry_csv()            # one registry row
        portal.url                       # the proxy: --proxy portal.url
        portal.log                       # (method, url) of every request it got

Used by tests/faults/test_hostile_portal.py (bombs just past the bounds) and benchmarks/hostile_memory.py
(full size: a DOCX that unpacks to 1.5 GB)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.faults import hostile

HOST = "www.hostile-county.gov.cn"
BASE = f"http://{HOST}"
TITLE = "某县第{n}局2023年政府信息公开工作年度报告"
REPORT_BODY = ("<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
               "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p>")


def page(title: str, body: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title><meta name="ArticleTitle" '
            f'content="{title}"><meta name="PubDate" content="2024-01-20 09:00"></head><body><h1>{title}</h1>'
            f"<div>发布日期：2024-01-20</div>{body}</body></html>").encode()


class HostilePortal:
    def __init__(self, bomb_bytes: int = 40 * hostile.MB, endless_s: float = 60.0):
        self.bomb_bytes, self.endless_s = bomb_bytes, endless_s
        self.log: list[tuple[str, str]] = []
        self.routes: dict[str, tuple] = {}
        self._build()
        handler = type("Handler", (_Handler,), {"portal": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _build(self) -> None:
        size = self.bomb_bytes
        files = {
            "bomb.docx": (hostile.docx_bomb(size), "application/vnd.openxmlformats-officedocument."
                                                   "wordprocessingml.document"),
            "lying-sizes.docx": (hostile.docx_lying_sizes(size), "application/octet-stream"),
            "bomb.pdf": (hostile.pdf_bomb(size), "application/pdf"),
            "double-flate.pdf": (hostile.pdf_double_flate_bomb(size), "application/pdf"),
            "loop.doc": (hostile.ole_with_a_fat_loop(), "application/msword"),
            "loop.wps": (hostile.ole_with_a_fat_loop(), "application/octet-stream"),
        }
        links, n = [], 0
        for name, (data, ctype) in files.items():
            n += 1
            url = f"{BASE}/nb/t{n}.html"
            title = TITLE.format(n=n)
            self.routes[f"/u/{name}"] = (200, {"Content-Type": ctype}, data)
            self.routes[f"/nb/t{n}.html"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page(
                title, f'<p>详见附件。</p><p><a href="/u/{name}">附件：{title}</a></p>'))
            links.append(f'<li><a href="{url}">{title}</a></li>')
        specials = {
            "gzip-bomb": (200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
                          hostile.gzip_bomb(size)),
            "endless": "endless",
            "lying-length": "lying-length",
            "redirect-private": (302, {"Location": "http://127.0.0.1:9/nb/x.html"}, b""),
            "redirect-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
            "redirect-port": (302, {"Location": f"http://{HOST}:8081/nb/x.html"}, b""),
            "redirect-host": (301, {"Location": "http://www.elsewhere.example.com/nb/x.html"}, b""),
        }
        for route in specials.values():
            n += 1
            self.routes[f"/nb/t{n}.html"] = route
            links.append(f'<li><a href="{BASE}/nb/t{n}.html">{TITLE.format(n=n)}</a></li>')
        self.routes["/"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page(
            "某县人民政府", '<a href="/nb/">政府信息公开年报</a>'))
        self.routes["/nb/"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page(
            "政府信息公开年报", f"<ul>{''.join(links)}</ul>"))
        self.routes["/robots.txt"] = (404, {"Content-Type": "text/plain"}, b"")

    def registry_csv(self) -> str:
        return (f"id,name,region_code,level,homepage\nhostile,某县,110101,county,{BASE}/\n")

    def __enter__(self) -> HostilePortal:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    portal: HostilePortal
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        url = self.path if self.path.startswith("http") else f"http://{self.headers.get('Host')}{self.path}"
        self.portal.log.append((self.command, url))
        host, _, path = url.removeprefix("http://").partition("/")
        route = self.portal.routes.get("/" + path) if host == HOST else None
        if route is None:
            self._send(404, {"Content-Type": "text/html"}, b"<html>404</html>")
        elif route == "endless":
            self._endless()
        elif route == "lying-length":
            self._lying_length()
        else:
            self._send(*route)

    def _send(self, status: int, headers: dict, data: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _endless(self) -> None:
        """A chunked body that never ends (until the client gives up, or endless_s)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + "年度报告".encode() * 2000 + b"</p>"
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        stop = time.monotonic() + self.portal.endless_s
        try:
            while time.monotonic() < stop:
                self.wfile.write(frame)
        except OSError:
            pass
        self.close_connection = True

    def _lying_length(self) -> None:
        """Content-Length says 1 GB; 10 KB come, then the connection closes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(1024 ** 3))
        self.end_headers()
        self.wfile.write(b"<html>" + b"x" * 10_000)
        self.close_connection = True

    do_POST = do_HEAD = do_GET

    def log_message(self, *args) -> None:
        pass
