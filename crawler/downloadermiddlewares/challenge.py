"""Anti-bot challenges (downloader middleware, order 580): 瑞数 (HTTP 412 with an inline `$_ts` script),
加速乐 (HTTP 521 with `__jsluid` cookies / `X-Via-JSL`), 云锁 (`yunsuo_session_verify`). A challenge is a state,
not an error and never "site down": it is counted per portal (`challenge/<portal>`, `challenge/kind/<kind>`),
and the request is retried once through the browser (scrapy-playwright), which usually passes these. When the
browser is off (`--render never`) or the rendered page is still a challenge, the response reaches the spider
with `meta["nianbao_challenge"]` set (`challenge/unpassed/<portal>`); a pass is `challenge/passed/<portal>`.

Order 580 sits below HttpCompressionMiddleware (590), so bodies are already decoded here; the capture
middleware (950) has archived the challenge response as received."""

from __future__ import annotations

import logging
import re

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)

RUISHU, JIASULE, YUNSUO = "ruishu", "jiasule", "yunsuo"
_SCAN_BYTES = 65536
_GENERIC_MARKERS = (b"$_ts", b"__jsl_clearance", b"yunsuo_session_verify", b"security_verify_data")


def detect_challenge(status: int, headers, body: bytes, rendered: bool = False) -> str | None:
    """The challenge family of a response, or None. `headers` is a Scrapy Headers object (or a dict of lists)."""
    head = body[:_SCAN_BYTES]
    cookies = b" ".join(_getlist(headers, b"Set-Cookie"))
    if rendered:  # the browser ran the scripts: a page still showing them did not get through
        if b"$_ts" in head and len(body) < 20000:
            return RUISHU
        if b"__jsl_clearance" in head and len(body) < 20000:
            return JIASULE
        if b"yunsuo_session_verify" in head or b"security_verify_data" in head:
            return YUNSUO
        return None
    if status == 412 and b"$_ts" in head:
        return RUISHU
    if status == 521 and (b"__jsluid" in cookies or _getlist(headers, b"X-Via-JSL") or b"__jsl_clearance" in head):
        return JIASULE
    if b"yunsuo_session_verify" in cookies or b"yunsuo_session_verify" in head or b"security_verify_data" in head:
        return YUNSUO
    return None


def _cookie_dict(cookies) -> dict[str, str]:
    return {c["name"]: c["value"] for c in cookies or () if isinstance(c, dict) and c.get("name")}


def is_blank_page(body: bytes) -> bool:
    """A rendered page with no text and no links (the browser got nothing, e.g. the navigation failed)."""
    if b"<a " in body[:_SCAN_BYTES] or b"<A " in body[:_SCAN_BYTES]:
        return False
    text = re.sub(rb"<script.*?</script>|<style.*?</style>|<[^>]+>|\s+", b"", body, flags=re.S | re.I)
    return len(text) < 8


def _getlist(headers, name: bytes) -> list[bytes]:
    if hasattr(headers, "getlist"):
        return list(headers.getlist(name))
    value = headers.get(name) or headers.get(name.decode()) or []
    return [v if isinstance(v, bytes) else str(v).encode() for v in (value if isinstance(value, list) else [value])]


class ChallengeMiddleware:
    """See the module docstring."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.browser = (crawler.settings.get("NIANBAO_RENDER") or "auto").lower() != "never"
        self.by_portal: dict[str, int] = {}
        self.user_agent = crawler.settings.get("USER_AGENT")
        self.clearance: dict[str, dict[str, str]] = {}   # host → cookies the browser got past its challenge with

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        """Plain requests to a host whose challenge the browser passed carry the browser's cookies, so the rest
        of that site needs no browser (CookiesMiddleware at 700 merges them; the capture masks their values)."""
        meta = request.meta
        if meta.get("playwright") or meta.get("nianbao_browser_fetch") or meta.get("dont_merge_cookies"):
            return None
        cookies = self.clearance.get(urlparse_cached(request).hostname or "")
        if cookies:
            if isinstance(request.cookies, dict):
                request.cookies = {**cookies, **request.cookies}
            else:
                request.cookies = [*({"name": k, "value": v} for k, v in cookies.items()), *request.cookies]
        return None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ChallengeMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None):
        meta = request.meta
        if meta.get("nianbao_browser_fetch"):  # the browser's own fetches: the page runs the challenge itself
            return response
        rendered = bool(meta.get("playwright"))
        kind = detect_challenge(response.status, response.headers, response.body, rendered=rendered)
        portal = meta.get("nianbao_portal") or "-"
        if kind is None and rendered and meta.get("nianbao_challenge_retry") and is_blank_page(response.body):
            kind = meta["nianbao_challenge_retry"]  # the browser got nothing: not a pass
        if kind is None:
            if meta.get("nianbao_challenge_retry"):
                self.stats.inc_value(f"challenge/passed/{portal}")
                logger.info("challenge (%s) passed in the browser: %s", meta["nianbao_challenge_retry"], request.url)
                self._keep_clearance(request)
            return response
        if not meta.get("nianbao_challenge_retry"):
            self.stats.inc_value(f"challenge/{portal}")
            self.stats.inc_value(f"challenge/kind/{kind}")
            self.by_portal[portal] = self.by_portal.get(portal, 0) + 1
        can_retry = (self.browser and not meta.get("nianbao_challenge_retry")
                     and meta.get("nianbao_role") not in ("robots", "attachment"))
        if can_retry:
            from nianbao.crawler.browser import render_meta

            logger.info("challenge (%s) at %s: retrying once in the browser", kind, request.url)
            return request.replace(
                meta={**meta, **render_meta(self.user_agent, meta.get("nianbao_portal")), "nianbao_render": True,
                      "nianbao_challenge_retry": kind},
                dont_filter=True, priority=request.priority + 50)  # renders are slow: start them first
        self.stats.inc_value(f"challenge/unpassed/{portal}")
        logger.info("challenge (%s) at %s not passed (%s)", kind, request.url,
                    "browser off: --render never" if not self.browser else "still challenged in the browser")
        meta["nianbao_challenge"] = kind
        return response

    def _keep_clearance(self, request: Request) -> None:
        from nianbao.crawler.browser import context_cookies, page_method_result

        cookies = _cookie_dict(page_method_result(request.meta, context_cookies))
        host = urlparse_cached(request).hostname or ""
        if cookies and host:
            self.clearance.setdefault(host, {}).update(cookies)
            self.stats.inc_value("challenge/cookies_shared")
