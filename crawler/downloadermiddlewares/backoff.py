"""Back-off for retries (downloader middleware, order 555). Scrapy's RetryMiddleware (550) re-schedules a
request after a 5xx, 429 or time-out at once; this middleware makes the retried request wait first:
`min(RETRY_BACKOFF_BASE_S · 2^(n−1), RETRY_BACKOFF_MAX_S)` for its n-th retry, or the server's `Retry-After`
(seconds, capped at the same maximum) when a 429/503 gave one. The wait is an asyncio sleep in
`process_request`, before the request takes a per-host download slot, so other hosts are not held up.

Stats: `retry/backoff_count`, `retry/backoff_seconds`."""

from __future__ import annotations

import asyncio
import random

from nianbao.crawler import limits
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response


def backoff_delay(retry_times: int, base_s: float, max_s: float, retry_after_s: float | None = None,
                  jitter: float = 0.0) -> float:
    if retry_times <= 0:
        return 0.0
    if retry_after_s is not None:
        return min(max(retry_after_s, 0.0), max_s)
    return min(base_s * (2 ** (retry_times - 1)) * (1.0 + jitter), max_s)


def parse_retry_after(value: bytes | str | None) -> float | None:
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    from datetime import datetime, timezone

    return max((when - datetime.now(timezone.utc)).total_seconds(), 0.0)


class RetryBackoffMiddleware:
    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.base_s = settings.getfloat("RETRY_BACKOFF_BASE_S", limits.RETRY_BACKOFF_BASE_S)
        self.max_s = settings.getfloat("RETRY_BACKOFF_MAX_S", limits.RETRY_BACKOFF_MAX_S)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        retries = request.meta.get("retry_times", 0)
        if not retries:
            return None
        delay = backoff_delay(retries, self.base_s, self.max_s, request.meta.pop("nianbao_retry_after", None),
                              jitter=random.random() * 0.25)
        if delay > 0:
            self.stats.inc_value("retry/backoff_count")
            self.stats.inc_value("retry/backoff_seconds", round(delay, 3))
            await asyncio.sleep(delay)
        return None

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        # Runs before RetryMiddleware's process_response (higher order): the retry copy inherits this meta.
        if response.status in (429, 503):
            retry_after = parse_retry_after(response.headers.get(b"Retry-After"))
            if retry_after is not None:
                request.meta["nianbao_retry_after"] = retry_after
        return response
