"""Back-off (downloader middleware, order 555): for retries, and for a host that says it is asked too often.

Retries. Scrapy's RetryMiddleware (550) re-schedules a request after a 5xx or time-out at once; this middleware makes
the retried request wait first: `min(RETRY_BACKOFF_BASE_S · 2^(n−1), RETRY_BACKOFF_MAX_S)` for its n-th retry. The
wait is an asyncio sleep in `process_request`, before the request takes a per-host download slot, so other hosts
are not held up.

Rate limits. A 429 (Too Many Requests), or a 503 with a `Retry-After` (a server shedding load or down for
maintenance), is the host's answer to how fast it is asked, not the page's fault: nginx's `limit_req`, a WAF's or a
CDN's per-client rate refuses every request beyond a rate, whatever the page. Retrying that one request later (as
RetryMiddleware does: twice more, at once) while the host's other requests keep coming at the same pace meets the
limit again and loses pages. So, for the host (a download slot's key, the hostname):

  - pause: nothing more goes to it for `Retry-After` seconds (HTTP-date or seconds; capped at RETRY_BACKOFF_MAX_S;
    without one, a 429 pauses RETRY_BACKOFF_BASE_S · 2^(n) for the request's n-th refusal),
  - slow down: its delay between requests becomes at least NIANBAO_RATE_LIMIT_DELAY_S, doubled by each later
    refusal of a request sent after the last raise (the requests already out when it was raised do not count
    again), up to AUTOTHROTTLE_MAX_DELAY; the raised delay holds for the rest of the crawl (AutoThrottle is told
    not to lower it: meta `autothrottle_dont_adjust_delay`),
  - the refused request is asked again after the pause, at most NIANBAO_RATE_LIMIT_RETRIES times (its own count,
    apart from RetryMiddleware's `retry_times`); past that the refusal goes on as the answer (RetryMiddleware may
    still retry it as any 429).

A 503 is not always the host's refusal: a server whose backend fails SOME pages (nginx in front of an overloaded
or broken application server: 502, 504, a 503 from its maintenance or `limit_conn` page with a Retry-After the
operator adds) answers them so whatever the pace. So a 503 with Retry-After that comes while the host answers its
other pages (its previous answer was no refusal) is that page's failure: RetryMiddleware retries it, the retry
waiting the Retry-After (capped), and the host goes on at its pace. A second refusal in a row is the host's, as
every 429 is: a host that keeps refusing is still paused and slowed.

Recovery (like TCP's AIMD: multiplicative decrease after success): a slowed host's raised delay is halved after
each NIANBAO_RATE_LIMIT_RECOVER_AFTER answers in a row that are not refusals nor 5xx, and once it is below
NIANBAO_RATE_LIMIT_DELAY_S the host is no longer held (AutoThrottle paces it again, from the configured
DOWNLOAD_DELAY at least). A host that refuses again is slowed again, doubling from where the delay had come down.

Without a shared frontier the host is Scrapy's download slot: its `delay` is raised and its last start moved so the
next start waits the pause (Scrapy's downloader holds the slot's queue until then). With one (crawler/frontier.py),
politeness is the shared per-host leases (politeness.py): the refusal is sent with the signal
`politeness.host_backoff`, and SharedPolitenessMiddleware moves the host's next-allowed time and raises its delay in
Redis by the rule above, so every worker asks the host at the slower pace, not only the one refused; there the
raised delay lapses NIANBAO_RATE_LIMIT_DELAY_EXPIRY_S after the host's last refusal (instead of the recovery above).

Stats: `retry/backoff_count`, `retry/backoff_seconds` (retries' waits); `backoff/rate_limited` (429s and 503s with
Retry-After), `backoff/retried`, `backoff/gave_up` (refusals past the retries, passed on), `backoff/host_pauses`,
`backoff/host_pause_s` (seconds paused, summed), `backoff/host_delay_raised`, `backoff/page_unavailable` (503s
with Retry-After read as the page's failure), `backoff/host_delay_lowered`, `backoff/host_recovered` (no longer
held)."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass

from nianbao.crawler import limits
from nianbao.crawler.downloadermiddlewares.politeness import host_backoff, host_of, shared_politeness_settings
from scrapy import Request, Spider
from scrapy.core import downloader as scrapy_downloader
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)

# the clock Scrapy's downloader stamps a slot's `lastseen` with: time.monotonic in recent Scrapy (2.19), time.time before
_SLOT_CLOCK = getattr(scrapy_downloader, "monotonic", None) or scrapy_downloader.time
RATE_LIMITED_META = "nianbao_rate_limited"   # times this request was refused for its host's rate (its own count)
_DONT_ADJUST = "autothrottle_dont_adjust_delay"   # AutoThrottle leaves the slot's delay to us


def asked_again(request: Request, counter: str) -> Request:
    """A copy of `request` to send once more, past the duplicate filter, its meta `counter` (times it was asked again
    for one reason: a host's rate here, a cut answer in partial.py) one higher."""
    again = request.copy()
    again.meta[counter] = request.meta.get(counter, 0) + 1
    again.dont_filter = True
    return again


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


def rate_limit_pause(response: Response) -> float | None:
    """Seconds the host asks not to be asked (uncapped), 0.0 for a 429 that does not say; None when the answer is
    no rate limit (any other status, a 503 without Retry-After: an error RetryMiddleware retries)."""
    if response.status not in (429, 503):
        return None
    retry_after = parse_retry_after(response.headers.get(b"Retry-After"))
    if retry_after is None:
        return 0.0 if response.status == 429 else None
    return retry_after


@dataclass
class HostBackoff:
    """A rate-limited host: the delay it was slowed to, when (monotonic), and until when it is paused."""
    delay_s: float = 0.0
    raised_at: float = float("-inf")
    paused_until: float = float("-inf")
    answered: int = 0   # answers in a row that were no refusal nor 5xx (the recovery's count)


class RetryBackoffMiddleware:
    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.base_s = settings.getfloat("RETRY_BACKOFF_BASE_S", limits.RETRY_BACKOFF_BASE_S)
        self.max_s = settings.getfloat("RETRY_BACKOFF_MAX_S", limits.RETRY_BACKOFF_MAX_S)
        self.rate_retries = settings.getint("NIANBAO_RATE_LIMIT_RETRIES", limits.RATE_LIMIT_RETRIES)
        self.rate_delay_s = settings.getfloat("NIANBAO_RATE_LIMIT_DELAY_S", limits.RATE_LIMIT_DELAY_S)
        self.max_delay_s = settings.getfloat("AUTOTHROTTLE_MAX_DELAY", limits.AUTOTHROTTLE_MAX_DELAY_S)
        self.delay_expiry_s = settings.getfloat("NIANBAO_RATE_LIMIT_DELAY_EXPIRY_S", limits.RATE_LIMIT_DELAY_EXPIRY_S)
        self.recover_after = max(1, settings.getint("NIANBAO_RATE_LIMIT_RECOVER_AFTER", limits.RATE_LIMIT_RECOVER_AFTER))
        self.download_delay_s = settings.getfloat("DOWNLOAD_DELAY", 0.0)
        # with shared politeness the per-host leases pace hosts, not this worker's download slots
        self.shared = bool(shared_politeness_settings(settings))
        self.stats = crawler.stats
        self.hosts: dict[str, HostBackoff] = {}   # rate-limited hosts only (hosts are the registry's: bounded)
        self.last_refused: dict[str, bool] = {}   # host → was its last answer a refusal (same hosts: bounded)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if self.hosts and host_of(request) in self.hosts:
            request.meta[_DONT_ADJUST] = True   # AutoThrottle must not lower a rate-limited host's delay
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

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        # Runs before RetryMiddleware's process_response (higher order): a refusal retried here never reaches it.
        host = host_of(request)
        pause = rate_limit_pause(response)
        refused_before = self.last_refused.get(host, True)   # a host's first answer: nothing says it answers others
        self.last_refused[host] = pause is not None
        if pause is None:
            self._answered(request, host, response.status)
            return response
        if response.status == 503 and not refused_before:   # the host answers its other pages: this page failed
            self.stats.inc_value("backoff/page_unavailable")
            request.meta["nianbao_retry_after"] = min(pause, self.max_s)   # RetryMiddleware's retry waits it
            return response
        self.stats.inc_value("backoff/rate_limited")
        refusals = request.meta.get(RATE_LIMITED_META, 0)
        if pause == 0.0:   # a 429 that does not say when: the retries' doubling wait
            pause = backoff_delay(refusals + 1, self.base_s, self.max_s)
        self.back_off(request, response, min(pause, self.max_s))
        if refusals >= self.rate_retries or request.meta.get("dont_retry"):
            self.stats.inc_value("backoff/gave_up")
            logger.info("%s refused %d times for its host's rate (HTTP %d); passed on", request.url, refusals + 1,
                        response.status)
            request.meta["nianbao_retry_after"] = pause   # RetryMiddleware's copy, if it retries, waits it
            return response
        self.stats.inc_value("backoff/retried")
        return asked_again(request, RATE_LIMITED_META)

    def _answered(self, request: Request, host: str, status: int) -> None:
        """An answer that is no refusal: a slowed host's delay halves after `recover_after` in a row that are no
        5xx either (module docstring); under the floor the host is no longer held."""
        state = self.hosts.get(host)
        if state is None or self.shared:   # shared politeness: the raised delay lapses in Redis instead
            return
        if status >= 500:
            state.answered = 0
            return
        state.answered += 1
        if state.answered < self.recover_after:
            return
        state.answered = 0
        state.delay_s /= 2
        self.stats.inc_value("backoff/host_delay_lowered")
        if state.delay_s < self.rate_delay_s:
            del self.hosts[host]
            self.stats.inc_value("backoff/host_recovered")
            logger.info("host %s answered %d requests in a row: paced as before its refusals", host,
                        self.recover_after)
        self._lower_slot(request, max(state.delay_s, self.download_delay_s))

    def _lower_slot(self, request: Request, delay_s: float) -> None:
        slot = self._slot(request)
        if slot is not None:
            slot.delay = delay_s

    def _slot(self, request: Request):
        downloader = getattr(self.crawler.engine, "downloader", None)
        return getattr(downloader, "slots", {}).get(request.meta.get("download_slot"))

    def back_off(self, request: Request, response: Response, pause_s: float) -> None:
        """Pause the request's host for `pause_s` and slow it down (module docstring)."""
        host = host_of(request)
        now = time.monotonic()
        state = self.hosts.setdefault(host, HostBackoff())
        state.answered = 0
        sent_ago_s = float(request.meta.get("download_latency") or 0.0)
        shared = self._slow_shared(host, pause_s, sent_ago_s) if self.shared else None
        if shared is not None:   # the host's delay for all workers, raised in Redis by the same rule
            state.delay_s, raised = shared
        else:
            raised = now - sent_ago_s >= state.raised_at   # a request sent at the raised pace: slower again
            if raised:
                state.delay_s = min(max(2 * state.delay_s, self.rate_delay_s), self.max_delay_s)
                state.raised_at = now
        if raised:
            self.stats.inc_value("backoff/host_delay_raised")
            logger.info("host %s answered %d: %.2f s between its requests from now on, paused %.1f s", host,
                        response.status, state.delay_s, pause_s)
        if now + pause_s > state.paused_until:
            self.stats.inc_value("backoff/host_pauses")
            self.stats.inc_value("backoff/host_pause_s", round(pause_s - max(0.0, state.paused_until - now), 3))
            state.paused_until = now + pause_s
        if not self.shared:
            self._slow_slot(request, state)

    def _slow_shared(self, host: str, pause_s: float, sent_ago_s: float) -> tuple[float, bool] | None:
        """The shared politeness state's answer to the refusal (signal host_backoff): the host's delay for all
        workers and whether this refusal raised it; None when no receiver answered."""
        answers = self.crawler.signals.send_catch_log(
            host_backoff, host=host, pause_s=pause_s, sent_ago_s=sent_ago_s, delay_floor_s=self.rate_delay_s,
            delay_max_s=self.max_delay_s, delay_expiry_s=self.delay_expiry_s)
        return next((answer for _, answer in answers if isinstance(answer, tuple)), None)

    def _slow_slot(self, request: Request, state: HostBackoff) -> None:
        """The host's download slot: its delay at least the host's, its next start after the pause (Scrapy's
        downloader starts a slot's next request `delay` after its last start, `lastseen`)."""
        slot = self._slot(request)
        if slot is None:
            return
        slot.delay = max(slot.delay, state.delay_s)
        remaining = state.paused_until - time.monotonic()
        slot.lastseen = max(slot.lastseen, _SLOT_CLOCK() + remaining - slot.delay)
