"""The sandbox as an HTTP forward proxy on 127.0.0.1 (stdlib ThreadingHTTPServer, HTTP/1.1 keep-alive).

Clients send absolute-URI requests (`GET http://www.lanchuan.gov.cn/ HTTP/1.1`), as Scrapy does with
`http_proxy` and Chromium with `--proxy-server`; origin-form requests with a Host header work too, so the
proxy can also be used as a plain server. Only http:// is served: CONNECT (https) gets 501 with an explanation.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import traceback
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHUNK_BYTES = 16 * 1024
MAX_REQUEST_BODY_BYTES = 1024 * 1024   # the sandbox only takes small form posts (dataproxy.jsp)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True      # header and body go out in separate writes; no 40 ms Nagle stalls
    server_version = "nianbao-sandbox"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - quiet; the sandbox keeps its own request log
        pass

    def _target(self) -> str:
        if self.path.startswith(("http://", "https://")):
            return self.path
        host = self.headers.get("Host", "")
        return f"http://{host}{self.path}"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BODY_BYTES:
            self.send_error(413, "request body too large for the sandbox")
            return
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        try:
            status, out_headers, data = self.server.sandbox.handle(self.command, self._target(), headers, body,
                                                                   now=time.monotonic())
        except Exception:  # a sandbox bug: answer 500 with the traceback rather than dropping the connection
            data = traceback.format_exc().encode()
            status, out_headers = 500, [("Content-Type", "text/plain; charset=utf-8"),
                                        ("Content-Length", str(len(data)))]
        self.send_response(status)
        chunked, declared = False, None
        for name, value in out_headers:
            if name.lower() == "transfer-encoding" and value.lower() == "chunked":
                chunked = True
            elif name.lower() == "content-length":
                declared = int(value)
            self.send_header(name, value)
        if status == 304 or self.command == "HEAD":
            chunked = False
        elif not chunked and declared is None:   # no framing (web.Site.close_delimited): the close ends the body
            self.close_connection = True
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if status == 304 or self.command == "HEAD":
            return
        if chunked:
            for i in range(0, len(data), CHUNK_BYTES):
                piece = data[i:i + CHUNK_BYTES]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(data)
            if declared is not None and declared > len(data):   # a body cut short (web.Page.cut_at): the
                self.close_connection = True                    # connection ends where the bytes do

    do_GET = do_POST = do_HEAD = _serve

    def do_CONNECT(self):  # noqa: N802
        text = b"501: the nianbao sandbox serves http:// URLs only; send https:// portals' http:// URLs instead.\n"
        self.send_response(501)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(text)
        self.close_connection = True

    def date_time_string(self, timestamp=None):
        return format_datetime(datetime.now(timezone.utc), usegmt=True)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class SandboxServer:
    """A running proxy: `.url`, `.port`, `.stop()`; also a context manager."""

    def __init__(self, sandbox, port: int = 0, host: str = "127.0.0.1"):
        self.sandbox = sandbox
        self._server = _Server((host, port), _Handler)
        self._server.sandbox = sandbox
        self.port = self._server.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"sandbox-proxy-{self.port}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(sandbox, port: int = 0, host: str = "127.0.0.1") -> SandboxServer:
    """Start the forward proxy on host:port (0 = any free port; 127.0.0.1 unless a container network needs
    0.0.0.0: it answers only for the sandbox's own hosts)."""
    return SandboxServer(sandbox, port, host)


def main(argv: list[str] | None = None) -> int:
    from nianbao.crawler.sandbox.core import build_sandbox

    parser = argparse.ArgumentParser(prog="python -m nianbao.crawler.sandbox",
                                     description="Serve the nianbao offline sandbox portals as an HTTP forward proxy.")
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (0.0.0.0 for other containers, deploy/docker/compose.yaml)")
    parser.add_argument("--portals", type=int, default=6, help="number of simulated portals")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--revision", type=int, default=0, help="0: first state; 1: later state for re-crawls")
    parser.add_argument("--news", type=int, default=12, help="news pages per portal")
    parser.add_argument("--families", default="", metavar="A,B",
                        help="comma-separated CMS families (default: the six of the demo; nianbao.crawler.sandbox.names.FAMILIES "
                             "lists them all)")
    parser.add_argument("--ground-truth", metavar="PATH", help="write the ground truth JSON here")
    parser.add_argument("--registry", metavar="PATH", help="write the registry CSV here")
    args = parser.parse_args(argv)
    families = [f.strip() for f in args.families.split(",") if f.strip()]
    try:
        sandbox = build_sandbox(seed=args.seed, portals=args.portals, revision=args.revision,
                                news_per_portal=args.news, **({"families": families} if families else {}))
    except ValueError as exc:
        parser.error(str(exc))
    try:
        if args.ground_truth:
            Path(args.ground_truth).write_text(json.dumps(sandbox.ground_truth(), ensure_ascii=False, indent=1),
                                               encoding="utf-8")
        if args.registry:
            Path(args.registry).write_text(sandbox.registry_csv(), encoding="utf-8")
    except OSError as exc:
        print(f"sandbox: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        server = serve(sandbox, args.port, args.host)
    except OSError as exc:
        print(f"sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror}; choose another --port",
              file=sys.stderr)
        return 2
    print(f"sandbox proxy: {server.url}  ({len(sandbox.counties)} portals; e.g. "
          f"curl -x {server.url} {sandbox.counties[0].homepage})", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
