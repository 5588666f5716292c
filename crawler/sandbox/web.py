"""Sites and pages of the sandbox, and the HTTP semantics they answer with (conditional GET, gzip, chunked
framing, redirects, 404, the 瑞数-like 412 challenge). Pure: `respond()` maps a request to a response. A site's request-rate
limit (RateLimit) is the one thing that remembers earlier requests; Sandbox.handle applies it, on its caller's clock."""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode

Response = tuple[int, list[tuple[str, str]], bytes]

HTML_UTF8 = "text/html; charset=utf-8"
COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/javascript")

CHALLENGE_COOKIE_S = "FSSBBIl1UgzbN7N80S"
CHALLENGE_COOKIE_T = "FSSBBIl1UgzbN7N80T"
JSL_COOKIE = "__jsl_clearance"          # 加速乐 (知道创宇): the cookie its 521 page's script writes
JSL_UID_COOKIE = "__jsluid_h"           # …and the one its Set-Cookie header gives
TESTCOOKIE = "TCK"                      # testcookie-nginx-module's default cookie name (its 302 challenge)


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(timezone.utc), usegmt=True)


def canonical_query(query: str, encoding: str = "utf-8") -> str:
    """The query's fields sorted and re-escaped, its escapes read as bytes of `encoding` (the server's; bytes that are
    no text in it read as U+FFFD, escaped back as `?`: a name the server cannot have)."""
    return urlencode(sorted(parse_qsl(query, keep_blank_values=True, encoding=encoding)), encoding=encoding,
                     errors="replace")


@dataclass
class RateLimit:
    """nginx's limit_req (ngx_http_limit_req_module) with `burst=… nodelay`, as its leaky bucket counts: `excess`, the
    requests beyond the rate, drains `rate` a second and grows by one a request; a request that would take it past
    `burst` is refused (`limit_req_status`) and does not count, so `burst + 1` requests pass at once, then `rate` a
    second. Refusals say when to come back (`Retry-After`, seconds). Clock: the caller's, in seconds."""
    rate: float
    burst: int
    retry_after: int = 1
    _excess: float = field(default=0.0, repr=False)
    _last: float | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def admit(self, now: float) -> bool:
        with self._lock:
            # ngx_http_limit_req_lookup(): a new client starts at 0; then excess - elapsed * rate + 1, floored at 0
            excess = 0.0 if self._last is None else max(0.0, self._excess - max(0.0, now - self._last) * self.rate + 1)
            if excess > self.burst:
                return False
            self._excess, self._last = excess, now
            return True

    def refusal(self, server: str, method: str) -> Response:
        """What the server answers a refused request: 429 with Retry-After and a page saying so."""
        data = ("<html><head><meta charset=\"utf-8\"><title>429 Too Many Requests</title></head><body>"
                "<h1>访问过于频繁</h1><p>您的访问频率超过了本站限制，请稍后再试。</p></body></html>").encode()
        headers = [("Server", server), ("Content-Type", "text/html; charset=utf-8"),
                   ("Retry-After", str(self.retry_after)), ("Content-Length", str(len(data)))]
        return 429, headers, (b"" if method == "HEAD" else data)


@dataclass
class Page:
    """One resource. `body` is bytes or a function producing them (rendered once, then cached)."""
    body: bytes | Callable[[], bytes]
    last_modified: datetime
    content_type: str = HTML_UTF8
    status: int = 200
    location: str | None = None
    role: str = "article"
    ignores_query: bool = True         # static files: an unknown query string still serves the page
    extra_headers: tuple[tuple[str, str], ...] = ()
    # a proxy in front that cuts the body after this many bytes (and closes the connection), its Content-Length
    # still the whole body's: None sends the body whole
    cut_at: int | None = None
    _bytes: bytes | None = field(default=None, repr=False)
    _etag: str | None = field(default=None, repr=False)
    _gz: bytes | None = field(default=None, repr=False)

    def data(self) -> bytes:
        if self._bytes is None:
            self._bytes = self.body() if callable(self.body) else self.body
        return self._bytes

    def etag(self) -> str:
        if self._etag is None:
            self._etag = '"' + hashlib.sha1(self.data()).hexdigest()[:20] + '"'
        return self._etag

    def gzipped(self) -> bytes:
        if self._gz is None:
            self._gz = gzip.compress(self.data(), compresslevel=6, mtime=0)
        return self._gz


Dynamic = Callable[[str, dict[str, str], dict[str, str], bytes], "Page | None"]


@dataclass
class Site:
    host: str
    portal_id: str
    server: str = "nginx"
    gzip: bool = False                 # gzip when the client accepts it
    chunked: bool = False              # HTML without Content-Length (Transfer-Encoding: chunked)
    # HTML with neither Content-Length nor chunking: the body ends where the server closes the connection (HTTP/1.0's
    # framing; nginx with `chunked_transfer_encoding off` before a backend that sends no length)
    close_delimited: bool = False
    challenge: bool = False            # 瑞数-like 412 until the JS-computed cookie is sent
    challenge_token: str = ""
    challenge_kind: str = "412"        # "412": 瑞数-like; "521": 加速乐-like (__jsl_clearance, see jsl_page());
    #                                    "302": testcookie-like (Set-Cookie + a redirect to the same URL, no script);
    #                                    "domain": a gate that sets nothing: without the cookie `gate_cookie` (one
    #                                    another host of the domain sets with `Domain=`) a 302 to `gate_location`
    gate_cookie: str = ""
    gate_location: str = ""
    robots_txt: str = "User-agent: *\nDisallow: /search/\nDisallow: /private/\n"
    # how the server reads a query's escapes (ASP.NET's requestEncoding, Tomcat's URIEncoding): a browser escapes
    # a link's query in its page's encoding, so a GBK site's links reach it as GBK
    query_encoding: str = "utf-8"
    # pages keyed by their query exactly as written (a CMS that compares the raw query string, order, case and
    # escapes, as its own pager wrote it): any other spelling of the same fields is not found
    exact_query: bool = False
    rate_limit: RateLimit | None = None   # refuses requests that come too fast (see RateLimit)
    not_found: bytes = b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"
    not_found_type: str = "text/html"
    pages: dict[str, Page] = field(default_factory=dict)
    dynamic: dict[str, Dynamic] = field(default_factory=dict)
    # a front controller that answers every address no page or handler holds (a CMS's own "not found" page, which may
    # be a 200): None answers those 404 with `not_found`
    fallback: Dynamic | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, path_and_query: str, page: Page) -> Page:
        path, _, query = path_and_query.partition("?")
        key = path + ("?" + self.query_key(query) if query else "")
        if key in self.pages:
            raise ValueError(f"sandbox: two pages at http://{self.host}{key}")
        self.pages[key] = page
        return page

    def query_key(self, query: str) -> str:
        return query if self.exact_query else canonical_query(query, self.query_encoding)

    def find(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> Page | None:
        if query:
            page = self.pages.get(path + "?" + self.query_key(query))
            if page is not None:
                return page
        handler = self.dynamic.get(path)
        if handler is not None:
            return handler(method, dict(parse_qsl(query, keep_blank_values=True, encoding=self.query_encoding)),
                           headers, body)
        page = self.pages.get(path)
        if page is None and path.endswith("/"):   # a folder URL serves its index.html, as web servers do
            page = self.pages.get(path + "index.html")
        if page is not None and (not query or page.ignores_query):
            return page
        if self.fallback is not None:
            return self.fallback(method, dict(parse_qsl(query, keep_blank_values=True, encoding=self.query_encoding)),
                                 headers, body)
        return None

    def expected_cookie(self) -> str:
        """What the challenge script computes: ROT13 of the token, reversed (see challenge_page())."""
        rot = "".join(chr((ord(ch) - 97 + 13) % 26 + 97) if "a" <= ch <= "z" else ch for ch in self.challenge_token)
        return rot[::-1]

    def jsl_clearance(self) -> str:
        """What the 521 page's script computes: shaped like 加速乐's `<seconds>.<ms>|0|<hash>` clearance."""
        t = self.challenge_token
        return f"17{int(t[:6], 16) % 10**8:08d}.{int(t[6:9], 16) % 1000:03d}|0|{t[9:24]}%3D"

    def challenge_cookie(self) -> str:
        """`name=value` of the cookie that passes the challenge (what a browser holds once the script ran)."""
        if self.challenge_kind == "521":
            return f"{JSL_COOKIE}={self.jsl_clearance()}"
        if self.challenge_kind == "302":
            return f"{TESTCOOKIE}={self.challenge_token[:32]}"
        if self.challenge_kind == "domain":
            return f"{self.gate_cookie}={self.challenge_token[:32]}"
        return f"{CHALLENGE_COOKIE_T}={self.expected_cookie()}"

    def passes_challenge(self, headers: dict[str, str]) -> bool:
        cookies = {}
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            cookies[name] = value
        name, _, value = self.challenge_cookie().partition("=")
        return cookies.get(name) == value

    def jsl_page(self) -> bytes:
        """加速乐's first answer: a lone script that writes the clearance cookie one character at a time (letters as
        `('x')`, digits as `(7+[]+[[]][0])`, as its obfuscated pages do) and reloads the same URL."""
        pieces = "+".join(f"({ch}+[]+[[]][0])" if ch.isdigit() else f"('{ch}')"
                          for ch in f"{JSL_COOKIE}={self.jsl_clearance()}")
        return (f"<script>document.cookie={pieces}+';max-age=3600;path=/';"
                "location.href=location.pathname+location.search</script>").encode()

    def challenge_page(self) -> bytes:
        token = self.challenge_token
        script = (
            "var $_ts=window['$_ts'];if(!$_ts){$_ts={};window['$_ts']=$_ts;}"
            f"$_ts.nsd=48213;$_ts.cd=\"{token}\";"
            "(function(){var t=$_ts.cd,v='';for(var i=0;i<t.length;i++){var c=t.charCodeAt(i);"
            "v+=(c>=97&&c<=122)?String.fromCharCode((c-97+13)%26+97):t.charAt(i);}"
            "v=v.split('').reverse().join('');"
            f"document.cookie='{CHALLENGE_COOKIE_T}='+v+'; path=/';"
            "setTimeout(function(){location.reload();},50);})();")
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" "
                "content=\"text/html; charset=utf-8\"><title></title>"
                f"<script type=\"text/javascript\" r=\"m\">{script}</script>"
                "<script type=\"text/javascript\" charset=\"utf-8\" src=\"/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js\" "
                "r=\"m\"></script></head><body></body></html>").encode()


def not_modified(page: Page, headers: dict[str, str]) -> bool:
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or page.etag() in tags
    ims = headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return page.last_modified.replace(microsecond=0) <= since
    return False


def respond(site: Site, method: str, path: str, query: str, headers: dict[str, str], body: bytes,
            base_url: str) -> Response:
    """The response of `site` to one request (headers: lower-case names)."""
    server = [("Server", site.server)]
    if path == "/robots.txt":
        page = Page(site.robots_txt.encode(), datetime(2024, 1, 1, tzinfo=timezone.utc), "text/plain", role="robots")
    elif site.challenge and site.challenge_kind == "521" and not site.passes_challenge(headers):
        data = site.jsl_page()
        uid = site.challenge_token[:32]
        hdrs = server + [("Content-Type", "text/html"), ("Cache-Control", "no-cache, no-store"),
                         ("Set-Cookie", f"{JSL_UID_COOKIE}={uid}; max-age=31536000; path=/; HttpOnly"),
                         ("Content-Length", str(len(data)))]
        return 521, hdrs, (b"" if method == "HEAD" else data)
    elif site.challenge and site.challenge_kind == "302" and not site.passes_challenge(headers):
        # testcookie-nginx-module's "Set-Cookie + 302 Location redirect" challenge: the same URL again, with the
        # cookie; a client that does not keep it is sent round the same redirect for ever
        data = b"<html><head><title>302 Found</title></head><body><h1>302 Found</h1></body></html>"
        location = base_url + path + (f"?{query}" if query else "")
        hdrs = server + [("Location", location), ("Content-Type", "text/html"), ("Cache-Control", "no-cache"),
                         ("Set-Cookie", f"{site.challenge_cookie()}; expires=Thu, 31-Dec-37 23:55:55 GMT; path=/"),
                         ("Content-Length", str(len(data)))]
        return 302, hdrs, (b"" if method == "HEAD" else data)
    elif site.challenge and site.challenge_kind == "domain" and not site.passes_challenge(headers):
        # a sub-site that serves only visitors who came through the portal (its cookie, set for the whole domain):
        # anyone else is sent to the portal's home; the answer sets no cookie, so asking again changes nothing
        data = b"<html><head><title>302 Found</title></head><body><h1>302 Found</h1></body></html>"
        hdrs = server + [("Location", site.gate_location), ("Content-Type", "text/html"),
                         ("Cache-Control", "no-cache"), ("Content-Length", str(len(data)))]
        return 302, hdrs, (b"" if method == "HEAD" else data)
    elif site.challenge and not site.passes_challenge(headers):
        data = site.challenge_page()
        hdrs = server + [("Content-Type", "text/html"), ("Cache-Control", "no-cache, no-store"),
                         ("Set-Cookie", f"{CHALLENGE_COOKIE_S}=60{site.challenge_token[:12]}; Path=/; HttpOnly"),
                         ("Content-Length", str(len(data)))]
        return 412, hdrs, (b"" if method == "HEAD" else data)
    else:
        page = site.find(method, path, query, headers, body)
    if page is None:
        data = site.not_found
        return 404, server + [("Content-Type", site.not_found_type), ("Content-Length", str(len(data)))], (
            b"" if method == "HEAD" else data)
    if method == "POST" and path not in site.dynamic:
        data = b"<html><body><h1>405 Method Not Allowed</h1></body></html>"
        return 405, server + [("Content-Type", "text/html"), ("Allow", "GET, HEAD"),
                              ("Content-Length", str(len(data)))], data
    if page.location:
        # a path from the root gets the host; any other reference (`../x/`, `//host/x`) is sent as the page has it:
        # a client resolves it against the request's URL (RFC 9110 section 10.2.2)
        rooted = page.location.startswith("/") and not page.location.startswith("//")
        location = base_url + page.location if rooted else page.location
        data = page.data()
        # (a redirect's own headers too: a firewall's jump sets its cookie on the redirect)
        return page.status, server + [("Location", location), ("Content-Type", "text/html"), *page.extra_headers,
                                      ("Content-Length", str(len(data)))], (b"" if method == "HEAD" else data)
    # a page of content_type "" is sent with no Content-Type (a servlet that never sets one): clients sniff it
    typed = [("Content-Type", page.content_type)] if page.content_type else []
    hdrs = server + [*typed, ("Last-Modified", http_date(page.last_modified)), ("ETag", page.etag()),
                     *page.extra_headers]
    if page.status == 200 and not_modified(page, headers):
        return 304, hdrs, b""
    data = page.data()
    compress = site.gzip and page.content_type.startswith(COMPRESSIBLE)
    if compress:
        hdrs.append(("Vary", "Accept-Encoding"))
        if "gzip" in headers.get("accept-encoding", "").lower():
            data = page.gzipped()
            hdrs.append(("Content-Encoding", "gzip"))
    if site.chunked and page.content_type.startswith("text/html"):
        hdrs.append(("Transfer-Encoding", "chunked"))
    elif not (site.close_delimited and page.content_type.startswith("text/html")):   # (else the proxy closes)
        hdrs.append(("Content-Length", str(len(data))))
    if page.cut_at is not None:
        data = data[:page.cut_at]
    return page.status, hdrs, (b"" if method == "HEAD" else data)
