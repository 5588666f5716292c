"""PortalSpider (`portal`): from each registry portal's homepage to every annual report it publishes.

Focused crawl, no per-site code: homepage → disclosure section (政务公开 / 信息公开) → 年报 column(s) (anchor texts,
slugs, `ColumnName` meta) → per-year / per-unit sub-columns → list pages (TRS, Hanweb dataproxy, gkmlpt JSON,
query-string and numbered pagers) → report pages → their attachments. Registry `hints` URLs are extra column
seeds; a portal where no column and no report turn up is searched with its own search engine when the crawl
goes idle. Every request carries the meta keys of docs/INTERNALS.md; every classified page yields a
DocumentItem (report / attachment / not_report with its reason)."""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from nianbao.crawler import frontier, limits
from nianbao.crawler.discovery import (
    chained_gets,
    columns,
    feeds,
    json_links,
    multiple_choices,
    query_encoding,
    rank,
    requisites,
    routed_links,
    script_data,
    search,
    web_storage,
)
from nianbao.crawler.discovery.analysis import PageAnalysis, PageJob, analyse_html
from nianbao.crawler.discovery.attachments import is_file_link
from nianbao.crawler.discovery.browser_escaping import browser_url
from nianbao.crawler.discovery.cache_busters import CacheBusters
from nianbao.crawler.discovery.classify import classify_file_title, looks_like_report_title, unit_type
from nianbao.crawler.discovery.disposition import disposition_title
from nianbao.crawler.discovery.pagers import (
    PageRequest,
    clicked,
    dateranges,
    fragments,
    gkmlpt,
    hanweb,
    jsonlist,
    query,
    relpages,
)
from nianbao.crawler.discovery.portals import portals_from_settings
from nianbao.crawler.discovery.postbacks import PAGER as POSTBACK_PAGER
from nianbao.crawler.discovery.query_encoding import DOC_ENCODING_META
from nianbao.crawler.discovery.unnamed_files import judge_unnamed, names_nothing
from nianbao.crawler.discovery.xhr import script_request_headers
from nianbao.crawler.downloadermiddlewares import conditional
from nianbao.crawler.downloadermiddlewares.partial import DATALOSS_FLAG
from nianbao.crawler.downloadermiddlewares.politeness import host_of
from nianbao.crawler.items import DocumentItem
from nianbao.crawler.outstanding import SharedOutstandingCounts, outstanding_counts
from nianbao.crawler.pagebudget import page_budget
from nianbao.crawler.registry import Portal
from nianbao.crawler.seen import SeenRequests
from nianbao.crawler.spiders.data_answer_reading import data_answer_link_requests
from nianbao.crawler.spiders.document_reading import document_link_requests, read_fetched_document
from nianbao.crawler.spiders.error_reading import ErrorReading
from nianbao.crawler.spiders.handler_scripts import HandlerScripts
from nianbao.crawler.spiders.mhtml_reading import mhtml_page_responses
from nianbao.crawler.spiders.neighbour_walks import GAP_META, neighbour_answer_requests, neighbour_requests
from nianbao.crawler.spiders.router_scripts import ROUTE_META, ROUTER_META, RouterScripts
from nianbao.crawler.spiders.sitemap_reading import SitemapReading
from nianbao.crawler.spiders.stateful_pagers import stateful_pager_request
from nianbao.crawler.spiders.ua_variants import UaVariants
from nianbao.crawler.spiders.visit_gate_retries import RESOURCE_META as VISIT_GATE_RESOURCE_META
from nianbao.crawler.spiders.visit_gate_retries import VisitGateRetries
from nianbao.crawler.spiders.year_walks import YearWalks
from nianbao.crawler.workers import WorkerPool, auto_workers, resolve
from nianbao.parse.data_answer import data_answer
from nianbao.parse.encoding import decode_html
from nianbao.parse.formats import sniff_format
from nianbao.parse.traditional import has_traditional
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import task
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

# Scheduling priority by role: finish reports and their files (and what their pages need to replay) before
# opening more lists. Links no focused rule recognises are still followed, below all of these (roles `page` and
# `file`, crawler/discovery/rank.py).
CACHE_BUSTED_META = "nianbao_cache_busted"   # the address as linked, with the cache-busters a request dropped
COOKIE_CHOICE_META = conditional.COOKIE_CHOICE_META   # the Cookie header a choice's request carries (cookie_choices.py)
PRIORITY = {"attachment": 40, "requisite": 35, "article": 30, "api": 20, "list": 20, "sitemap": 20, "column": 15,
            "search": 10, "script": 25,
            "section": 5, "home": 0, "page": rank.PAGE_PRIORITY, "file": rank.FILE_PRIORITY}
RENDER_PRIORITY_BONUS = 50
# a page's sub-resources: answers whose addresses the page's script writes into the page (its data, fragments, scripts)
SUB_RESOURCE_ROLES = ("api", "script")
FRONTIER_PER_BUDGET = 3   # requests created per portal at most this many times its page budget (queue memory)
IDLE_RELEASE = 256        # waiting links released per portal when the crawl goes idle
MAX_CATEGORY_FORMS_PER_PORTAL = 16   # catalogue forms submitted with their report category (_category_form_room)
MAX_GATE_FORMS_PER_PORTAL = 8        # notices' gate forms submitted, once per action (discovery/gate_forms.py)
MAX_HOSTS_REMEMBERED = 64  # hosts per portal whose queued requests the frontier drops when its budget is spent
_FETCHED = 1 << 30        # priority recorded for a request that has been admitted to the downloader


@dataclass
class PortalState:
    portal: Portal
    requests: int = 0            # requests created (queued)
    columns: set[str] = field(default_factory=set)
    reports: int = 0
    column_reports: Counter = field(default_factory=Counter)   # column key → report titles its lists showed
    list_pages: Counter = field(default_factory=Counter)   # column key → list pages requested
    search_urls: list[str] = field(default_factory=list)
    searched: bool = False
    home_seen: bool = False
    budget_exhausted: bool = False
    render_lists: bool = False   # a rendered list page of this portal showed links its HTML lacked
    explore_renders: int = 0     # pages rendered on `script_controls` evidence alone (bounded until render_lists)
    routed_links: int = 0        # links' routes to another document asked for (discovery/routed_links.py)
    # Links no focused rule took, waiting to be requested (url, label, is_file, via, hops, depth, priority, found on
    # a page about disclosure, lease token of the page they were found on): they enter Scrapy's queue only while the portal has few requests
    # outstanding (crawler/outstanding.py: crawl-wide with a shared frontier), so a report link found later is
    # never stuck behind them in a download slot, and the page budget
    # goes to the best links first. With a shared frontier the page stays leased while its links wait here
    # (crawler/frontier.py, `links_held`): a killed worker's waiting links are found again by the next one.
    generic: deque = field(default_factory=deque)
    home_status: str = "not fetched"   # ok | http_<status> | failed: <error> | redirected off site: <url>
    category_forms: set[str] = field(default_factory=set)   # catalogue forms' report categories submitted
    gate_forms: set[str] = field(default_factory=set)       # gate forms' actions submitted (gate_forms.py)
    date_ranges: int = 0         # date-range form submissions queued (pagers/dateranges.py)
    hosts: set[str] = field(default_factory=set)   # hosts this worker queued requests for (MAX_HOSTS_REMEMBERED)
    neighbour_hops: Counter = field(default_factory=Counter)   # column → 上一篇/下一篇 hops (neighbour_walks.py)
    unparsable_logged: set[str] = field(default_factory=set)   # reasons a page parsed to nothing, logged once each


def referer_for(via: str | None, url: str) -> str | None:
    """The Referer of a request for `url` found on page `via`: the page's URL without fragment and credentials,
    none from an https page to an http URL (the no-referrer-when-downgrade policy, Scrapy's default). The spider
    sets it itself: Scrapy's RefererMiddleware worked out a policy for every request and response."""
    if not via or (via.startswith("https:") and url.startswith("http:")):
        return None
    if "@" not in via and "#" not in via:
        return via
    parts = urlsplit(via)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, parts.query, ""))


def _same_post(response: Response) -> PageRequest | None:
    """A list page that was a POST answer (a pager form's page 3) is rendered as the same POST, not as a GET of
    its URL (page 1)."""
    request = response.request
    if request is None or request.method != "POST":
        return None
    headers = {"Content-Type": request.headers.get(b"Content-Type", b"").decode("latin-1")}
    return PageRequest(response.url, "POST", (request.body or b"").decode("latin-1"), headers)


class PortalSpider(SitemapReading, HandlerScripts, RouterScripts, ErrorReading, YearWalks, VisitGateRetries,
                   UaVariants, Spider):
    name = "portal"
    # Scrapy hands each callback's output to CONCURRENT_ITEMS (default 100) asyncio workers, created afresh for
    # every response: ~100 tasks per page, 10 % of the crawl's CPU (profiled). Our item pipeline is synchronous
    # (one WARC metadata record), so a few workers do the same work.
    custom_settings = {"CONCURRENT_ITEMS": 4}
    # what reads a fetched document (document_reading.py), `module:function` as a worker process imports it
    document_reader = "nianbao.crawler.discovery.fetched_documents:read_document"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler)
        return spider

    def configure(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.portals: dict[str, Portal] = {p.id: p for p in portals_from_settings(settings)}
        self.states: dict[str, PortalState] = {pid: PortalState(p) for pid, p in self.portals.items()}
        self.render_mode = (settings.get("NIANBAO_RENDER") or "auto").lower()
        if self.render_mode not in ("auto", "always", "never"):
            raise ValueError(f"NIANBAO_RENDER must be auto, always or never (got {self.render_mode!r})")
        self.render_mode = self._render_mode_possible(settings)
        # pages rendered on `script_controls` evidence alone per portal before one revealed links (browser_explore.py)
        self.explore_portal_renders = settings.getint("NIANBAO_EXPLORE_PORTAL_RENDERS", 2)
        self.proxy = settings.get("NIANBAO_PROXY") or ""
        self.max_pages_per_portal = settings.getint("NIANBAO_MAX_PAGES_PER_PORTAL", limits.MAX_PAGES_PER_PORTAL)
        # pages admitted per portal (`admit`): crawl-wide with a shared frontier, else this worker's
        self.page_budget = page_budget(settings, self.max_pages_per_portal)
        self._budget_spent: set[str] = set()   # portals whose spent budget the frontier was told of
        self.max_list_pages = settings.getint("NIANBAO_MAX_LIST_PAGES_PER_COLUMN", limits.MAX_LIST_PAGES_PER_COLUMN)
        # (method, url, body) → (priority, sequence number) of the request queued for it; a link found again
        # with a higher priority (a page first met as a plain link, then named a report) is queued again and the
        # older request is dropped when it comes out of the queue (`admit`, `discovery/superseded`). Bounded
        # (crawler/seen.py): the oldest are forgotten, and the scheduler's duplicate filter still drops them.
        self._cookie_choices: Counter = Counter()   # host → cookie-choice requests queued (MAX_COOKIE_CHOICES_PER_HOST)
        self._max_cookie_choices_per_host = settings.getint("NIANBAO_MAX_COOKIE_CHOICES_PER_HOST",
                                                            limits.MAX_COOKIE_CHOICES_PER_HOST)
        # a list page whose 下一页 is its own address, asked again in its cookie session (stateful_pagers.py)
        self.stateful_pager_steps = settings.getint("NIANBAO_MAX_STATEFUL_PAGER_STEPS",
                                                    limits.MAX_STATEFUL_PAGER_STEPS)
        self.cookies_enabled = settings.getbool("COOKIES_ENABLED", True)   # the session the walk needs
        self._requested = SeenRequests(settings.getint("NIANBAO_SEEN_REQUESTS", limits.SEEN_REQUESTS_ENTRIES))
        self._sequence = 0
        # With a shared frontier (Redis) another worker may take either copy, and knows nothing of this one's
        # sequence numbers: links keep the priority they were first queued with.
        self._reprioritise = not settings.get("REDIS_URL")
        self._pending_generic: set[str] = set()
        self._depth_limit = settings.getint("DEPTH_LIMIT")
        # Scrapy's UrlLengthMiddleware drops a longer URL silently (no errback): refused in make_request instead,
        # before it is counted outstanding (a count never released held the portal's waiting links)
        self._max_url_length = settings.getint("URLLENGTH_LIMIT")
        # a portal's outstanding requests below which waiting links are released: enough to keep its hosts busy
        per_host = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2)
        self._generic_low_water = max(4, 2 * per_host)
        # focused requests outstanding at which no unranked link is released: they keep the host busy
        self._focused_high_water = max(1, per_host)
        # requests outstanding per portal, and how many of them are focused: crawl-wide with a shared frontier
        self.outstanding = outstanding_counts(settings)
        self._release_loop: task.LoopingCall | None = None
        self._hosts = {pid: tuple(sorted({h.lower() for h in p.hosts})) for pid, p in self.portals.items()}
        # per-host cache-busting parameters, learnt from the links of the answers (discovery/cache_busters.py); a
        # time-like value is judged against the crawl's clock (NIANBAO_CACHE_BUSTERS_NOW: a fixed Unix time, for
        # a test or a replay of a past crawl; else the real clock)
        self.cache_busters = CacheBusters(settings.getfloat("NIANBAO_CACHE_BUSTERS_NOW", 0) or time.time()) \
            if settings.getbool("NIANBAO_CACHE_BUSTERS", True) else None
        self.fetch_requisites = settings.getbool("NIANBAO_REQUISITES", True)   # images, CSS, fonts of reports
        # links inside fetched documents: the format readers (document_links.py), and the any-bytes fallback for a
        # body they found nothing in (raw_links.py); each can be switched off (the fallback measured alone)
        self.read_document_links = settings.getbool("NIANBAO_DOCUMENT_LINKS", True)
        self.read_raw_links = settings.getbool("NIANBAO_RAW_LINKS", True)
        self._sites = {pid: p.site for pid, p in self.portals.items()}
        self._storage: dict[str, dict[str, list[str]]] = {}   # portal → sessionStorage key → values pages wrote
        self.page_workers, self.document_workers = self._workers(settings)
        self.read_document = resolve(self.document_reader)   # in this process when there are no workers
        crawler.signals.connect(self.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.on_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.on_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.on_dropped, signal=signals.request_dropped)
        self.init_sitemaps(crawler)     # crawler/spiders/sitemap_reading.py
        self.init_handler_scripts(crawler)     # crawler/spiders/handler_scripts.py
        self.init_router_scripts(crawler)      # crawler/spiders/router_scripts.py
        self.init_error_reading()       # crawler/spiders/error_reading.py
        self.init_year_walks()          # crawler/spiders/year_walks.py
        self.init_visit_gates(crawler)  # crawler/spiders/visit_gate_retries.py
        self.init_ua_variants(crawler)  # crawler/spiders/ua_variants.py
        if not self.portals:
            logger.warning("no portals to crawl: set NIANBAO_REGISTRY_FILE (and NIANBAO_PORTAL_IDS)")

    def _render_mode_possible(self, settings) -> str:
        from nianbao.crawler.browser import browser_configured

        if self.render_mode == "never" or browser_configured(settings):
            return self.render_mode
        logger.warning("NIANBAO_RENDER=%s but no browser handler is configured (a crawl not started by `nianbao "
                       "crawl`, e.g. scrapyd): rendering is off for this crawl", self.render_mode)
        return "never"

    def _workers(self, settings) -> tuple[WorkerPool | None, WorkerPool | None]:
        """NIANBAO_PAGE_WORKERS: processes that parse and classify pages (`auto`: by CPU count; 0: in this one),
        and with any, one that reads fetched documents (a pool of its own: a slow PDF holds up no page)."""
        value = str(settings.get("NIANBAO_PAGE_WORKERS", "auto")).strip().lower()
        try:
            workers = auto_workers() if value == "auto" else int(value)
        except ValueError:
            raise ValueError(f"NIANBAO_PAGE_WORKERS must be auto or a number, not {value!r}") from None
        if workers <= 0:
            return None, None
        return (WorkerPool("nianbao.crawler.discovery.analysis:analyse_html_once", workers,
                           job_timeout_s=settings.getfloat("NIANBAO_PAGE_ANALYSIS_TIMEOUT_S",
                                                           limits.PAGE_ANALYSIS_TIMEOUT_S),
                           count=self._count),
                WorkerPool(self.document_reader, 1, job_timeout_s=limits.DOCUMENT_READ_TIMEOUT_S,
                           count=self._count, name="document"))

    def _count(self, name: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(name, n)

    def on_opened(self, spider: Spider) -> None:
        for pool in (self.page_workers, self.document_workers):
            if pool is not None:
                pool.start()
        if isinstance(self.outstanding, SharedOutstandingCounts):
            # a portal's requests may all be finished by peers: this worker learns its waiting links may go by
            # looking, not from a callback of its own
            self._release_loop = task.LoopingCall(self._release_waiting)
            self._release_loop.start(limits.WAITING_LINKS_CHECK_S, now=False)

    def _release_waiting(self) -> None:
        """Queue the waiting links of every portal whose crawl-wide outstanding requests are few."""
        waiting = [pid for pid, state in self.states.items() if state.generic]
        try:
            counts = self.outstanding.get_many(waiting)
        except Exception as exc:  # a Redis hiccup delays the links by one check, it must not stop the loop
            logger.warning("could not read the portals' outstanding requests: %s", exc)
            return
        for pid, (outstanding, focused) in counts.items():
            for request in self._release_generic(self.states[pid], outstanding=outstanding, focused=focused):
                self.crawler.engine.crawl(request)

    async def on_closed(self, spider: Spider, reason: str) -> None:
        if self._release_loop is not None and self._release_loop.running:
            self._release_loop.stop()
        for pool in (self.page_workers, self.document_workers):
            if pool is not None:
                await pool.close()

    # ---------------------------------------------------------------- requests

    async def start(self):
        for state in self.states.values():
            portal = state.portal
            yield self.make_request(portal.homepage, portal.id, "home", None, "")
            for hint in portal.hint_urls():
                yield self.make_request(hint, portal.id, "column", None, "", column=hint)

    def make_request(self, url: str, portal_id: str, role: str, via: str | None, hops: str, *,
                     anchor: str = "", column: str | None = None, parent: str | None = None,
                     page_request: PageRequest | None = None, render: bool | None = None,
                     dont_filter: bool = False, past_filter: bool = False, extra: dict | None = None,
                     priority: int | None = None) -> Request | None:
        """A request for `url` in `role`, or None when it is queued already at this priority or better.
        `dont_filter`: past both the spider's memory and the scheduler's duplicate filter (a render of a page
        fetched already); `past_filter`: past the duplicate filter only (a hash route's state: the filter ignores
        fragments)."""
        state = self.states[portal_id]
        if self._max_url_length and len(url) > self._max_url_length:
            self.crawler.stats.inc_value("discovery/url_too_long")
            return None
        body = page_request.body if page_request is not None else None
        if self.cache_busters is not None and not body and not (extra or {}).get(CACHE_BUSTED_META) \
                and (page_request is None or page_request.method == "GET"):
            linked = url
            url, dropped = self.cache_busters.drop(url)
            if dropped:   # the address without them; asked as linked if it answers an error (on_error)
                self.crawler.stats.inc_value("discovery/cache_busters_dropped")
                extra = {**(extra or {}), CACHE_BUSTED_META: (linked, dropped)}
                if page_request is not None:
                    page_request = replace(page_request, url=url)
        render = self._wants_render(role, state, url) if render is None else render
        # rank, don't prune: a list entry titled as another kind of document waits behind list pages and reports
        deferred = priority is None and role == "article" and rank.names_other_document(anchor)
        if deferred:
            priority = rank.OTHER_DOCUMENT_PRIORITY
        # Renders go first: they are slow, so starting them early overlaps them with the plain fetches.
        priority = (PRIORITY.get(role, 0) if priority is None else priority) + (RENDER_PRIORITY_BONUS if render else 0)
        cookie = (extra or {}).get(COOKIE_CHOICE_META)   # one URL answering by a script's cookie: keyed with it
        key = SeenRequests.key(page_request.method if page_request else "GET", url, body, cookie)
        queued = None if dont_filter else self._requested.get(key)
        if queued is not None:
            if queued.priority >= priority or not self._reprioritise:
                return None
            self.crawler.stats.inc_value("discovery/reprioritised")
        if state.requests >= self.max_pages_per_portal * FRONTIER_PER_BUDGET:
            self.crawler.stats.inc_value(f"discovery/frontier_capped/{portal_id}")
            return None
        state.requests += 1
        if deferred:
            self.crawler.stats.inc_value("rank/other_documents_deferred")
        meta_generic = role in ("page", "file")
        self.outstanding.change(portal_id, not meta_generic, 1)
        self._sequence += 1
        past_filter = past_filter or queued is not None
        if not dont_filter:
            self._requested.put(key, priority, self._sequence, past_filter)
        meta: dict[str, Any] = {
            "nianbao_portal": portal_id, "nianbao_via": via, "nianbao_hops": hops, "nianbao_role": role,
            "nianbao_render": bool(render), "nianbao_anchor": anchor, "nianbao_column": column,
            "nianbao_parent": parent, "nianbao_charge": True,   # counted against the page budget (`admit`)
        }
        if meta_generic:
            meta["nianbao_generic"] = True
        if not dont_filter:
            meta["nianbao_seq"] = (key, self._sequence)
        if self.proxy:
            meta["proxy"] = self.proxy
        if state.portal.robots_override:
            meta["dont_obey_robotstxt"] = True
            meta["nianbao_robots_override"] = state.portal.robots_override
        if render:
            from nianbao.crawler.browser import render_meta

            meta.update(render_meta(self.settings.get("USER_AGENT"), portal_id))
        if extra:
            meta.update(extra)
        if role == "requisite":
            meta["download_maxsize"] = limits.MAX_REQUISITE_BYTES
        referer = referer_for(via, url)
        # a script's data (JSON list, fragment) asked for as the script asks: some list actions answer nothing else
        headers = script_request_headers(extra or {})
        if headers:
            self.crawler.stats.inc_value("discovery/xhr_requests")
        if referer:
            headers["Referer"] = referer
        kwargs: dict[str, Any] = {"headers": headers}
        if page_request is not None:
            kwargs = {"method": page_request.method, "body": page_request.body,
                      "headers": {**headers, **(page_request.headers or {})}}
        # sent as a browser escapes it where Scrapy's escaping differs (`[`, `|` in a query: browser_escaping.py)
        sent = browser_url(url)
        if sent is not None:
            meta["verbatim_url"] = True
            self.crawler.stats.inc_value("discovery/browser_escaped_urls")
        # A request queued again at a higher priority must get past the scheduler's duplicate filter; the
        # older one is dropped by `admit`.
        request = Request(sent or url, callback=self.parse_any, errback=self.on_error, meta=meta,
                          priority=priority, dont_filter=dont_filter or past_filter, **kwargs)
        if len(state.hosts) < MAX_HOSTS_REMEMBERED:
            state.hosts.add(host_of(request))
        return request

    def admit(self, request: Request) -> str | None:
        """Called by PageBudgetMiddleware as a request leaves the queue for the downloader: why it must not be
        fetched (superseded by the same URL queued at a higher priority; the portal's page budget spent), or
        None. The budget counts fetched pages, so it is spent in priority order, not in the order links were
        found."""
        meta = request.meta
        portal_id = meta.get("nianbao_portal")
        state = self.states.get(portal_id)
        if state is None or meta.get("nianbao_admitted") or not meta.get("nianbao_charge"):
            return None   # retries and redirects of an admitted request; robots.txt; the browser's own fetches
        if meta.get("nianbao_seq") is not None and self._reprioritise:
            key, seq = meta["nianbao_seq"]
            queued = self._requested.get(key)
            if queued is not None and queued.sequence != seq and queued.past_filter:
                return "superseded"   # a copy queued later at a higher priority is fetched instead
            if queued is not None:
                # (a newer request that is not past the filter was made after this one was forgotten: the
                # duplicate filter refused it, this one is the page's only fetch)
                self._requested.put(key, _FETCHED, queued.sequence, queued.past_filter)
        admitted = self.page_budget.charge(portal_id)
        if portal_id not in self._budget_spent and self.page_budget.spent(portal_id):
            self._budget_spent.add(portal_id)
            # the shared frontier drops the portal's queued requests now, not one per host turn
            self.crawler.signals.send_catch_log(frontier.budget_spent,
                                                hosts=sorted(state.hosts.union(self._hosts[portal_id])))
        if not admitted:
            self._budget_reached(state, portal_id)
            return "budget"
        meta["nianbao_admitted"] = True
        return None

    def over_budget(self, request: Request) -> bool:
        """Whether `request` would be refused for its portal's spent page budget, as far as this worker knows
        (asked by the shared frontier as it hands a request out, so such requests cost no pass through the
        downloader middlewares; `admit` remains the check that counts)."""
        meta = request.meta
        portal_id = meta.get("nianbao_portal")
        return (portal_id in self.states and bool(meta.get("nianbao_charge")) and not meta.get("nianbao_admitted")
                and self.page_budget.spent(portal_id))

    def budget_dropped(self, request: Request) -> None:
        """The frontier dropped `request` (over_budget): counted as PageBudgetMiddleware counts its refusals, and
        finished (no callback or errback will run for it)."""
        portal_id = request.meta["nianbao_portal"]
        self.crawler.stats.inc_value(f"discovery/budget_dropped/{portal_id}")
        # a page the budget kept out, as a refusal is: the portal's summary says its budget was reached (when the
        # charge that spent it drops every queued request at once, no refusal follows)
        self._budget_reached(self.states[portal_id], portal_id)
        self._finished(self.states[portal_id], request.meta)

    def _budget_reached(self, state: PortalState, portal_id: str) -> None:
        if not state.budget_exhausted:
            state.budget_exhausted = True
            logger.warning("portal %s: page budget of %d reached (NIANBAO_MAX_PAGES_PER_PORTAL); not "
                           "fetching more pages there", portal_id, self.max_pages_per_portal)

    def _seen(self, url: str, method: str = "GET", body: str | bytes | None = None) -> bool:
        if self.cache_busters is not None and method == "GET" and not body:
            url = self.cache_busters.drop(url)[0]   # asked for without them (make_request)
        return SeenRequests.key(method, url, body) in self._requested

    def _wants_render(self, role: str, state: PortalState, url: str = "") -> bool:
        # Files are always fetched by the plain handler (exact bytes); `always` renders HTML pages only.
        if role in ("attachment", "api", "robots", "file", "requisite", "sitemap", "script"):
            return False
        if urlsplit(url).path.lower().endswith(".json"):   # a script's data (a year's JSON) is read, not rendered
            return False
        return self.render_mode == "always" or (self.render_mode == "auto" and role in ("column", "list")
                                                and state.render_lists)

    def _cookie_choice_requests(self, response: Response, choices: list[tuple[str, str, str]], unread: int,
                                column_key: str | None):
        """A request per choice (url, Cookie header, label) a handler keeps in a cookie (discovery/cookie_choices.py;
        through the page's inline functions or a same-site script's: handler_scripts.py): the page (or the
        handler's target) with the cookie in its own Cookie header, ranked like a link by the handler's text.
        `dont_merge_cookies`: the header is sent as written and the answer's Set-Cookie is not stored, so the choice
        never reaches the host's shared jar (a unit's cookie would otherwise choose the answer of every later
        request of the host); a per-request `cookiejar` would keep a jar per choice for the whole crawl. Scrapy's
        duplicate filter (and scrapy-redis's) fingerprints method, URL and body only: the request goes past it, and
        the spider's own memory keys it with the cookie (`SeenRequests.key`), so each choice is asked once. The
        WARC request record keeps the Cookie header (capture.py masks only `Request.cookies`): replay tells the
        answers apart by it. Not rendered: a browser would not send the header. Revalidated against its own last
        answer: the catalog keys validators by URL and variant (conditional.request_variant)."""
        stats = self.crawler.stats
        if unread:
            stats.inc_value("discovery/cookie_choices_unread", unread)
        for url, cookie, label in choices:
            host = urlsplit(url).hostname or ""
            if self._cookie_choices[host] >= self._max_cookie_choices_per_host:
                stats.inc_value("discovery/cookie_choices_dropped/host_limit")
                continue
            in_column = column_key is not None
            request = self._child(response, url, "list" if in_column else "page", "L",
                                  column=column_key, anchor=label, render=False, past_filter=True,
                                  priority=rank.page_priority(label, url),
                                  page_request=PageRequest(url, headers={"Cookie": cookie}, pager=COOKIE_CHOICE_META),
                                  extra={COOKIE_CHOICE_META: cookie, "dont_merge_cookies": True})
            if request is not None:
                self._cookie_choices[host] += 1
                stats.inc_value("discovery/cookie_choices")
                yield request

    def _child(self, response: Response, url: str, role: str, letter: str, **kwargs: Any) -> Request | None:
        meta = response.meta
        extra = kwargs.get("extra") or {}
        if not url.isascii():
            url = self._in_document(response, url)
        if role in SUB_RESOURCE_ROLES and DOC_ENCODING_META not in extra:
            # the page's script puts what its data and scripts name into the page: their links act in its encoding
            # (UTF-8 too: a JSON answer's own encoding is then never worked out)
            extra = kwargs["extra"] = {**extra, DOC_ENCODING_META: self._document_encoding(response) or ""}
        if self._depth_limit and meta.get("depth", 0) >= self._depth_limit and not extra.get("depth_reset"):
            # Scrapy's DepthMiddleware would drop it silently; counted here, and never outstanding
            self.crawler.stats.inc_value("discovery/depth_dropped")
            return None
        # the column's own link text goes down to the pages listed in it (parse weighs it: 年报 column or 解读)
        column_text = meta.get("nianbao_anchor") if meta.get("nianbao_role") == "column" \
            else meta.get("nianbao_column_text")
        if column_text:
            kwargs["extra"] = {"nianbao_column_text": column_text, **extra}
        return self.make_request(url, meta["nianbao_portal"], role, response.url, self._hops(response) + letter,
                                 **kwargs)

    @staticmethod
    def _document_encoding(response: Response) -> str | None:
        """The encoding `response`'s links act in (discovery/query_encoding.py)."""
        return query_encoding.document_encoding(response.meta, response.body,
                                                response.headers.get(b"Content-Type", b"").decode("latin-1"),
                                                isinstance(response, TextResponse))

    def _in_document(self, response: Response, url: str) -> str:
        """`url`, a link of `response`, with its query escaped in the document's encoding as a browser sends it
        (stats discovery/query_escaped: links whose query a non-UTF-8 document escapes in its own encoding)."""
        escaped = query_encoding.url_in_encoding(url, self._document_encoding(response))
        if escaped != url:
            self.crawler.stats.inc_value("discovery/query_escaped")
        return escaped

    @staticmethod
    def _hops(response: Response) -> str:
        return response.meta.get("nianbao_hops", "") + "R" * len(response.meta.get("redirect_urls") or ())

    # ---------------------------------------------------------------- callbacks

    async def parse_any(self, response: Response):
        state = self.states.get(response.meta.get("nianbao_portal"))
        if state is None:
            return
        try:
            async for output in self._parse_response(response):
                yield output
        finally:   # after the page's own links are queued: they go before the waiting unranked ones
            self._finished(state, response.meta)

    def _finished(self, state: PortalState, meta: dict) -> None:
        """A request of the portal got its callback or errback: release waiting links if there is room."""
        outstanding, focused = self.outstanding.change(state.portal.id, not meta.get("nianbao_generic"), -1)
        if meta.get(VISIT_GATE_RESOURCE_META):   # a visit gate's sub-resource answered: the gated pages asked again
            for request in self.visit_gate_resource_done(meta):
                self.crawler.engine.crawl(request)
        for request in self._release_generic(state, outstanding=outstanding, focused=focused):
            self.crawler.engine.crawl(request)

    async def _parse_response(self, response: Response):
        meta = response.meta
        portal_id = meta["nianbao_portal"]
        stats = self.crawler.stats
        if meta.get("nianbao_role") == "home" and not meta.get("nianbao_via"):
            self._home_status(response)
        if meta.get("nianbao_sister_domain"):   # the site answers on another domain too (discovery/scope.py)
            self._sites[portal_id] = self._sites[portal_id].with_sister(meta["nianbao_sister_domain"])
        if meta.get("nianbao_ip_alias"):   # the site answers on its server's IP address too (scope.py)
            self._sites[portal_id] = self._sites[portal_id].with_host(meta["nianbao_ip_alias"])
        if meta.get("nianbao_challenge"):
            stats.inc_value(f"portal/{portal_id}/challenged_pages")
            return
        if response.status == multiple_choices.STATUS and not meta.get("nianbao_render"):   # no page: its choices
            for request in self.multiple_choice_requests(response):
                yield request
            return
        if meta.get("nianbao_role") == "sitemap" and not self.html_page_as_sitemap(response):
            for output in self.parse_sitemap(response):   # before the error count: /sitemap.xml is a guess
                yield output
            return
        if meta.get(ROUTER_META):   # an app shell's script: its router table (before the handler scripts)
            for output in self.parse_router_script(response):
                yield output
            return
        if meta.get("nianbao_role") == "script":
            for output in self.parse_script(response):
                yield output
            return
        if response.status >= 400 and not meta.get("nianbao_render"):
            stats.inc_value(f"portal/{portal_id}/errors")
            stats.inc_value(f"portal/{portal_id}/http_{response.status}")
            if meta.get("nianbao_role") == "home":
                self.states[portal_id].home_seen = True
            for request in self.error_page_requests(response):   # a custom 404 that names the new home
                yield request
            for request in self.continue_year_walk(response, missed=True):   # a year nobody published
                yield request
            return
        role = meta.get("nianbao_role")
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if not meta.get("nianbao_render") and meta.get("nianbao_api") == search.OPENSEARCH_API:
            for output in self.parse_opensearch(response):
                yield output
            return
        if not meta.get("nianbao_render") and (meta.get("nianbao_api") == "feed"
                                               or feeds.is_feed(content_type, response.body)):
            for output in self.parse_feed(response):
                yield output
            return
        if role == "requisite":
            for output in self.stylesheet_requisites(response, content_type):
                yield output
            return
        pages = mhtml_page_responses(self, response, content_type)   # a .mht's HTML read as pages
        if pages:
            for n, page in enumerate(pages):
                analysis = await self.analyse(page, page.headers.get(b"Content-Type", b"").decode("latin-1"))
                if analysis is not None:
                    response.meta.setdefault(DOC_ENCODING_META, analysis.encoding)
                    for output in self.parse_html(page, analysis):
                        if n == 0 or isinstance(output, Request):   # a frame's links; one item, the archive's
                            yield output
            return
        data_get = role == "api" and meta.get("nianbao_api") == script_data.API_KIND
        if data_get and json_links.looks_like_json(response.body, content_type):
            for output in self.parse_json_answer(response):
                yield output
            return
        if role == "api" and not data_get:   # (a script's data that is no JSON, a block's markup: read as a page)
            for output in self.parse_api(response):
                yield output
            return
        fmt = sniff_format(response.body, content_type, response.url)
        if fmt != "html":
            if json_links.looks_like_json(response.body, content_type):   # a script's data reached as a link
                for output in self.parse_json_answer(response):
                    yield output
            async for output in self.parse_file(response, fmt):
                yield output
            return
        if "json" in content_type.lower() and response.body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
            # JSON whose strings hold markup (a 智能问答 answer's HTML) sniffs as HTML: read as the data it is
            for output in self.parse_json_answer(response):
                yield output
            return
        analysis = await self.analyse(response, content_type)
        if analysis is not None:
            # its links act in the encoding the page was read in (a sub-resource's: its page's, already in meta)
            response.meta.setdefault(DOC_ENCODING_META, analysis.encoding)
            for output in self.parse_html(response, analysis):
                yield output

    async def analyse(self, response: Response, content_type: str) -> PageAnalysis | None:
        """The page's analysis, from a worker process when there are any (crawler/workers.py). A page that
        cannot be analysed (the analysis raised, ran out of time or memory) is logged, counted and skipped."""
        meta = response.meta
        portal = self.portals[meta["nianbao_portal"]]
        job = PageJob(response.url, response.body, content_type, meta.get("nianbao_role"),
                      meta.get("nianbao_anchor"), meta.get("nianbao_column"), meta.get("nianbao_section_hops", 0),
                      self._hosts[portal.id], portal.homepage, portal.requisite_hosts, self._sites[portal.id],
                      bool(meta.get("nianbao_from_disclosure")), rendered=bool(meta.get("nianbao_render")),
                      storage=tuple((k, tuple(v)) for k, v in self._storage.get(portal.id, {}).items()),
                      raw_links=self.read_raw_links)
        try:
            if self.page_workers is None:
                return analyse_html(job)
            return await self.page_workers.run(job)
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
            self.crawler.stats.inc_value("discovery/analysis_failed")
            self.crawler.stats.inc_value(f"discovery/analysis_failed/{type(exc).__name__}")
            logger.warning("portal %s: could not analyse %s (%s: %s); skipped", portal.id, response.url,
                           type(exc).__name__, exc, exc_info=self.page_workers is None)
            return None

    async def parse_file(self, response: Response, fmt: str):
        meta = response.meta
        answer = data_answer(response.body)
        if answer:
            # a list API's JSON or a feed reached through a link naming a report is data a page is built from
            # (its addresses were read above), never the report nor its attachment, whatever the link text says
            self.crawler.stats.inc_value("discovery/data_answers_not_documents")
            # … except XML sent under a type that is no XML (a `.uot` as octet-stream): read here (data_answer_reading.py)
            for request in data_answer_link_requests(self, response):
                yield request
            yield self._item(response, "not_report", fmt, title=meta.get("nianbao_anchor") or None,
                             reason=f"{answer}: data a page is built from, not a document")
            return
        # the name the answer gives the file (RFC 6266): the document's own name, before the link's text
        named = disposition_title(response.headers.get(b"Content-Disposition"))
        parent = meta.get("nianbao_parent")
        verdict = classify_file_title(named) if named and not parent else None
        # P0….pdf, 附件1.doc: judged by its text, then its column
        unnamed = not parent and verdict is None and names_nothing(meta.get("nianbao_anchor"))
        reading = await read_fetched_document(self, response, fmt, opening=unnamed)   # (document_reading.py)
        if reading is not None:   # a Word/Excel/PDF 目录's hyperlinks
            for request in document_link_requests(self, response, reading.links):
                yield request
        if named:
            self.crawler.stats.inc_value("discovery/disposition_names")
        if parent:
            yield self._item(response, "attachment", fmt, parent_url=parent,
                             title=meta.get("nianbao_anchor") or named or None, reason="linked from a report page",
                             year=meta.get("nianbao_year"), agency=meta.get("nianbao_agency"))
            return
        if verdict is not None:   # a 下载 link to an address that names nothing: the header names the report
            self.crawler.stats.inc_value(f"discovery/disposition_titles/{verdict.kind}")
            verdict = replace(verdict, reason=f"Content-Disposition name: {verdict.reason}")
        elif unnamed:
            verdict = self._unnamed_verdict(response, reading.opening if reading is not None else [])
        else:
            verdict = classify_file_title(meta.get("nianbao_anchor") or "")
        if verdict is not None:
            yield self._item(response, verdict.kind, fmt, title=verdict.title, agency=verdict.agency,
                             year=verdict.year, reason=verdict.reason)

    def _unnamed_verdict(self, response: Response, opening: list[str]):
        """The classification of a file neither its link nor its answer names, from its `opening` lines
        (crawler/discovery/unnamed_files.py), counted under discovery/unnamed_documents/<how>."""
        meta = response.meta
        column = meta.get("nianbao_column")
        shown = self.states[meta["nianbao_portal"]].column_reports[column] if column else 0
        how, verdict = judge_unnamed(opening, shown, meta.get("nianbao_anchor"))
        self.crawler.stats.inc_value(f"discovery/unnamed_documents/{how}")
        return verdict

    def parse_html(self, response: Response, analysis: PageAnalysis):
        """Apply the crawl state to the page's analysis: items, new requests, list-page limits."""
        meta = response.meta
        portal_id, role = meta["nianbao_portal"], meta.get("nianbao_role")
        state = self.states[portal_id]
        if role == "home":
            state.home_seen = True
            state.search_urls = analysis.search_urls
            if not meta.get("nianbao_via"):   # the registry homepage: its host's conventional site map
                yield self.conventional_sitemap_request(response)
        column_key = analysis.column_key
        if analysis.in_column and column_key:
            state.columns.add(column_key)
            # the report titles the list shows: evidence for the files it lists by name only (unnamed_files.py)
            state.column_reports[column_key] += analysis.column_report_titles
        verdict = analysis.verdict
        if verdict is not None and (verdict.kind == "report" or verdict.reason != "title does not name an annual report"):
            if verdict.kind == "report":
                state.reports += 1
            if has_traditional(verdict.title):   # judged folded to Simplified (classify.py): a 繁體 mirror's copy
                self.crawler.stats.inc_value(f"classify/traditional_titles/{verdict.kind}")
            yield self._item(response, verdict.kind, "html", title=verdict.title, agency=verdict.agency,
                             year=verdict.year, published=verdict.published, site_id_code=verdict.site_id_code,
                             reason=verdict.reason)
        if meta.get("nianbao_render_reason"):
            self._learn_render(response, analysis, state)
        # a guard page before a column: its same-host sub-resources fetched, then the page asked again
        yield from self.visit_gate_requests(response, analysis)   # (crawler/spiders/visit_gate_retries.py)
        # a page chosen by User-Agent (`Vary`) asked again as a phone: its fuller list (crawler/spiders/ua_variants.py)
        yield from self.ua_variant_requests(response)
        if analysis.redirect_stub:
            self.crawler.stats.inc_value("discovery/redirect_stubs")
            self.crawler.stats.inc_value(f"discovery/redirect_stubs/{analysis.redirect_stub}")
        if analysis.unparsable:
            self._count_unparsable(response, analysis.unparsable, state)
        if analysis.article_pages:   # a report article's other pages, named by its own pager (parse/article_pages.py)
            self.crawler.stats.inc_value(f"discovery/article_pages/{analysis.article_pages.pager}",
                                         analysis.article_page_links)
        if analysis.printed_links:   # addresses printed as text, not linked (discovery/printed.py)
            self.crawler.stats.inc_value("discovery/printed_links", analysis.printed_links)
        if analysis.moved_links:     # of them, a notice's "已迁移至 <host>": followed as a section
            self.crawler.stats.inc_value("discovery/moved_links", analysis.moved_links)
        if analysis.inline_links:    # documents a script's inline data names (discovery/inline_data.py)
            self.crawler.stats.inc_value("discovery/inline_data_links", analysis.inline_links)
        if analysis.function_links:  # URLs a page function builds from a row's id (discovery/script_functions.py)
            self.crawler.stats.inc_value("discovery/function_links", analysis.function_links)
        if analysis.data_id_links:   # URLs a delegated click handler builds from rows' data-id (data_handlers.py)
            self.crawler.stats.inc_value("discovery/data_id_links", analysis.data_id_links)
        if analysis.row_cell_links:   # … from a row's cell text (a 名录's code column)
            self.crawler.stats.inc_value("discovery/row_cell_links", analysis.row_cell_links)
        if analysis.element_links:   # URLs handlers build from a tab's index or a button's text (element_handlers.py)
            self.crawler.stats.inc_value("discovery/element_links", analysis.element_links)
        if analysis.decorated_links:  # links a script completes with a meta's or data attribute's value (link_decor.py)
            self.crawler.stats.inc_value("discovery/decorated_links", analysis.decorated_links)
        if analysis.storage_writes and web_storage.merge(self._storage.setdefault(portal_id, {}), analysis.storage_writes):
            self.crawler.stats.inc_value("discovery/storage_writes")   # values a later page's script may read
        if analysis.storage_links:   # URLs scripts build from a value an earlier page wrote to storage (web_storage.py)
            self.crawler.stats.inc_value("discovery/storage_links", analysis.storage_links)
        if analysis.location_links:  # URLs scripts build from the page's own location (location_links.py)
            self.crawler.stats.inc_value("discovery/location_links", analysis.location_links)
        if analysis.form_links:      # fixed GET forms read as links (discovery/form_links.py)
            self.crawler.stats.inc_value("discovery/form_links", analysis.form_links)
        if analysis.submitters_capped:   # a form's submit-button values over the bound (pagers/submitters.py)
            self.crawler.stats.inc_value("pager/submitter_capped", analysis.submitters_capped)
        if analysis.check_groups_capped:   # a query form's checkbox/radio choices over the bound (pagers/checkgroups.py)
            self.crawler.stats.inc_value("pager/check_group_capped", analysis.check_groups_capped)
        if analysis.select_forms_capped:   # a form's <select> options over the bound (pagers/selectors.py)
            self.crawler.stats.inc_value("pager/form_capped", analysis.select_forms_capped)
        for stat, refused in (("pager/form/refused", analysis.select_forms_refused),   # forms that could act,
                              ("pager/submitter/refused", analysis.submitters_refused),   # never submitted
                              ("pager/check_group/refused", analysis.check_groups_refused)):   # (gate_forms.refusal)
            if refused:
                self.crawler.stats.inc_value(stat, len(refused))
                logger.info("portal %s: %d forms on %s not submitted (%s: %s)", portal_id, len(refused), response.url,
                            stat, refused[0])
        if analysis.pager_from_fields:   # controls that looked unread, their pages read from fields: no render
            self.crawler.stats.inc_value("render/refused/pager_from_fields")
        # each page reader's links, counted by the reader that found them (one row a reader)
        for stat, count in (("discovery/wml_links", analysis.wml_links),   # a WML deck's `<go>` tasks (wml_links.py)
                            ("discovery/conditional_links", analysis.conditional_links),   # conditional_comments.py
                            ("discovery/noframes_links", analysis.noframes_links),   # a frameset's <noframes>
                            ("discovery/microdata_links", analysis.microdata_links),   # microdata_links.py
                            ("discovery/field_links", analysis.field_links),   # field_links.py
                            ("discovery/bare_host_links", analysis.bare_host_links),   # bare_hosts.py
                            ("discovery/xml_links", analysis.xml_links),   # an XML document's addresses (xml_links.py)
                            ("discovery/srcdoc_links", analysis.srcdoc_links),   # an iframe's srcdoc (srcdoc_links.py)
                            ("discovery/data_frame_links", analysis.data_frame_links),   # data: frames (srcdoc_links.py)
                            ("discovery/ssi_links", analysis.ssi_links),   # unexpanded SSI directives (ssi_includes.py)
                            ("discovery/raw_page_links", analysis.raw_page_links),   # its source (raw_links.py)
                            ("discovery/unfolded_links", analysis.unfolded_links),   # of them, a calendar's
                            ("discovery/flashvars_links", analysis.flashvars_links)):   # plug-in movies (plugin_params.py)
            if count:
                self.crawler.stats.inc_value(stat, count)
        if analysis.query_links or analysis.query_offsite:   # addresses inside query values (query_targets.py)
            self.crawler.stats.inc_value("discovery/query_links", analysis.query_links)
            self.crawler.stats.inc_value("scope/query_links_offsite", analysis.query_offsite)
        if analysis.query_base64_links:   # … Base64-encoded (a file previewer's url=)
            self.crawler.stats.inc_value("discovery/query_base64_links", analysis.query_base64_links)
        if analysis.postbacks or analysis.postbacks_refused:   # ASP.NET link postbacks (discovery/postbacks.py)
            self.crawler.stats.inc_value("discovery/postbacks", analysis.postbacks)
            self.crawler.stats.inc_value("discovery/postbacks/refused", analysis.postbacks_refused)
        if analysis.post_views:      # a row's hidden-field POST form (查看/下载) POSTed (discovery/post_views.py)
            self.crawler.stats.inc_value("discovery/post_views", analysis.post_views)
        if analysis.post_views_capped:
            self.crawler.stats.inc_value("discovery/post_views_capped", analysis.post_views_capped)
        if analysis.post_views_refused:   # view-like forms that could act, never submitted (gate_forms.refusal)
            self.crawler.stats.inc_value("discovery/post_views/refused", len(analysis.post_views_refused))
            logger.info("portal %s: %d view-like POST forms on %s not submitted (%s)", portal_id,
                        len(analysis.post_views_refused), response.url, analysis.post_views_refused[0])
        for reason in analysis.gate_forms_refused:   # forms that could act, never submitted (gate_forms.py)
            self.crawler.stats.inc_value("discovery/gate_forms/refused")
            logger.info("portal %s: gate-like form on %s not submitted (%s)", portal_id, response.url, reason)
        self._learn_cache_busters(analysis)
        found = len(analysis.follows)
        # a walked pager (a jump box with no printed total) goes on while its pages hold links not asked for before
        new_links = (analysis.links_itself or any(r.walk for r in analysis.pagers)) and any(
            not self._seen(f.url) for f in analysis.follows if f.role != "requisite")
        fresh = any(r.walk for r in analysis.pagers) and new_links
        # a session-kept pager: the page's own address asked again, one step at a time (stateful_pagers.py)
        stateful_step = stateful_pager_request(self, response, analysis, column_key or response.url, new_links)
        if stateful_step is not None:
            found += 1
            yield stateful_step
        self._count_requisite_drops(portal_id, analysis.requisites_dropped)
        for follow in analysis.follows:
            if follow.role == "requisite" and not self.fetch_requisites:
                continue
            if follow.extra and "nianbao_category_form" in follow.extra \
                    and not self._category_form_room(state, follow.extra["nianbao_category_form"]):
                continue
            if follow.extra and "nianbao_gate_form" in follow.extra \
                    and not self._gate_form_room(state, follow.extra["nianbao_gate_form"]):
                continue
            yield self._child(response, follow.url, follow.role, follow.letter, anchor=follow.anchor,
                              column=follow.column, parent=follow.parent, page_request=follow.page_request,
                              extra=follow.extra, priority=follow.priority)
        for request in self._pager_requests(response, analysis, column_key or response.url, role, fresh):
            found += 1
            yield request
        for request in self._cookie_choice_requests(response, analysis.cookie_choices, analysis.cookie_unread,
                                                    column_key):
            found += 1
            yield request
        yield from self.continue_year_walk(response, missed=False)
        yield from self.start_year_walks(response, analysis, column_key or response.url)
        if meta.get("nianbao_fragment"):
            yield from self._next_fragment(response, analysis, column_key or response.url)
        self._generic_requests(response, analysis)
        yield from self._xhr_list_requests(response, column_key or response.url)
        yield from self._xhr_json_links(response, column_key or response.url)
        yield from self._xhr_post_json_links(response, column_key or response.url)
        yield from self._script_get_requests(response, analysis, column_key or response.url)
        yield from self._data_get_requests(response, analysis, column_key)
        yield from self._suggest_requests(response, analysis, column_key)
        yield from self._chained_requests(response, analysis, column_key)
        yield from neighbour_requests(self, response, analysis)   # an article's 上一篇/下一篇 (neighbour_walks.py)
        yield from self.handler_requests(response, analysis, column_key or response.url)
        yield from self._hash_route_requests(response, analysis, column_key or response.url)
        yield from self._routed_link_requests(response, analysis)
        yield from self.router_requests(response, column_key or response.url)
        request = self._render_request(response, analysis, found)
        if request is not None:
            yield request

    def _learn_cache_busters(self, analysis: PageAnalysis) -> None:
        """The page's links read for cache-busters before any of them is requested (discovery/cache_busters.py)."""
        if self.cache_busters is None:
            return
        links = [f.url for f in analysis.follows if f.page_request is None or not f.page_request.body]
        links += [r.url for r in analysis.pagers if not r.body]
        links += [g[0] for g in analysis.generic]
        for host, name in self.cache_busters.learn(links):
            self.crawler.stats.inc_value("discovery/cache_busters_learnt")
            logger.info("%s: query parameter %r is a cache-buster (linked with new time-like values on each "
                        "answer): dropped from its links", host, name)

    def _cache_busted_again(self, request: Request, failure: Failure) -> Request | None:
        """The address without a cache-buster answered an HTTP error: the parameter is needed there (refuted on
        the host), and the address is asked as linked."""
        linked, dropped = request.meta[CACHE_BUSTED_META]
        self.cache_busters.refute(linked, dropped)
        self.crawler.stats.inc_value("discovery/cache_busters_refuted")
        meta = request.meta
        return self.make_request(linked, meta["nianbao_portal"], meta.get("nianbao_role") or "page",
                                 meta.get("nianbao_via"), meta.get("nianbao_hops", ""),
                                 anchor=meta.get("nianbao_anchor") or "", column=meta.get("nianbao_column"),
                                 parent=meta.get("nianbao_parent"), extra={CACHE_BUSTED_META: (linked, [])})

    def _category_form_room(self, state: PortalState, choice: str) -> bool:
        """A catalogue form's report category is submitted once per portal (the form comes again on every page of
        the catalogue, with a fresh token each time), for at most MAX_CATEGORY_FORMS_PER_PORTAL forms (stats
        pager/category, discovery/category_forms_capped)."""
        return self._once_per_portal(state.category_forms, choice, MAX_CATEGORY_FORMS_PER_PORTAL,
                                     "discovery/category_forms_capped", "pager/category")

    def _gate_form_room(self, state: PortalState, action: str) -> bool:
        """A notice's gate form is submitted once per action (every visit of the page asks again), for at most
        MAX_GATE_FORMS_PER_PORTAL actions a portal (stats discovery/gate_forms, discovery/gate_forms_capped)."""
        return self._once_per_portal(state.gate_forms, action, MAX_GATE_FORMS_PER_PORTAL,
                                     "discovery/gate_forms_capped", "discovery/gate_forms")

    def _count_unparsable(self, response: Response, reason: str, state: PortalState) -> None:
        """A page whose markup parsed to nothing (HtmlPage.unparsable), its links lost: counted by reason, its URL
        logged the first time its portal gives the reason (a site serving one serves many: a line each is a flood)."""
        self.crawler.stats.inc_value("discovery/unparsable_pages")
        self.crawler.stats.inc_value(f"discovery/unparsable_pages/{reason}")
        if reason not in state.unparsable_logged:
            state.unparsable_logged.add(reason)
            logger.info("portal %s: %s parsed to no elements (%s), no links read from it; further such pages are "
                        "counted in discovery/unparsable_pages/%s only", state.portal.id, response.url, reason, reason)

    def _once_per_portal(self, done: set[str], key: str, limit: int, capped_stat: str, counted_stat: str) -> bool:
        """True the first time `key` comes while fewer than `limit` keys are `done` (then it is recorded and counted
        under `counted_stat`); a key past the limit is counted under `capped_stat`, a repeat is refused silently."""
        if key in done:
            return False
        if len(done) >= limit:
            self.crawler.stats.inc_value(capped_stat)
            return False
        done.add(key)
        self.crawler.stats.inc_value(counted_stat)
        return True

    def _next_fragment(self, response: Response, analysis: PageAnalysis, column_key: str):
        """A 加载更多 fragment that held entries: ask for the next one (crawler/discovery/pagers/fragments.py),
        bounded by the column's list-page limit; an empty answer ends the list."""
        if not (analysis.article_links or analysis.follows):
            return
        state = self.states[response.meta["nianbao_portal"]]
        url = fragments.next_fragment(response.url, response.meta["nianbao_fragment"])
        if url is None or self._seen(url):
            return
        if state.list_pages[column_key] >= self.max_list_pages:
            self.crawler.stats.inc_value("discovery/list_pages_capped")
            return
        request = self._child(response, url, "list", "L", column=column_key, render=False,
                              extra={"nianbao_fragment": response.meta["nianbao_fragment"], "depth_reset": True})
        if request is not None:
            state.list_pages[column_key] += 1
            self.crawler.stats.inc_value("pager/fragment")
            yield request

    def _learn_render(self, response: Response, analysis: PageAnalysis, state: PortalState) -> None:
        """A list page rendered on evidence showed list links its HTML lacked: render this portal's list pages
        from now on (before this page's own links are requested: its sub-columns are such pages)."""
        if state.render_lists:
            return
        # links nothing had asked for before: what the HTML alone could not have given
        requested = self._requested
        new = sum(1 for f in analysis.follows
                  if f.role == "article" and SeenRequests.key("GET", f.url, None) not in requested)
        if new == 0 or analysis.article_links <= response.meta.get("nianbao_static_links", 0):
            return
        state.render_lists = True
        self.crawler.stats.inc_value("render/portals_learned")
        logger.info("portal %s: rendering %s revealed %d new list links; its list pages are rendered from now on",
                    state.portal.id, response.url, new)

    def _render_request(self, response: Response, analysis: PageAnalysis, found: int) -> Request | None:
        """`--render auto`: render a list page when evidence says a script draws its list
        (crawler/discovery/render_evidence.py), or when a column page gave nothing to follow; once a render of
        one of a portal's list pages revealed links its HTML lacked, render that portal's list pages directly
        (`PortalState.render_lists`)."""
        meta = response.meta
        portal_id, role = meta["nianbao_portal"], meta.get("nianbao_role")
        stats = self.crawler.stats
        if self.render_mode != "auto" or meta.get("nianbao_render") or meta.get("nianbao_fragment"):
            return None   # (a 加载更多 fragment is a piece of a list, not a page to render)
        reason = analysis.render_evidence
        if reason is None and analysis.in_column and found == 0 and role in ("column", "list"):
            reason = "nothing_to_follow"
        if reason is None and meta.get(ROUTE_META) and analysis.article_links == 0:
            reason = "client_route"   # a client-side route's page answered the app shell (spiders/router_scripts.py)
        if reason is None:
            return None
        if reason == "script_controls":   # bounded per portal until a render revealed links (render_lists)
            state = self.states[portal_id]
            if not state.render_lists and state.explore_renders >= self.explore_portal_renders:
                stats.inc_value("render/script_controls_capped")
                return None
            state.explore_renders += 1
        stats.inc_value("render/auto")
        stats.inc_value(f"render/evidence/{reason}")
        # a list page is rendered as one; a redirect stub keeps its role (it is rendered to land on its target)
        render_role = role if role in ("column", "list") or reason == "redirect_script" else "list"
        if role == "home":   # a front page explored for its controls (script_controls): its links read as a page's
            render_role = "page"
        # a route the request carried (a link's, kept over a redirect: discovery/routed_links.py) is where the app
        # is to be shown; Scrapy's answer names the address without it
        url = routed_links.with_route(response.url, response.request.url if response.request else "")
        return self.make_request(url, portal_id, render_role,
                                 meta.get("nianbao_via"), meta.get("nianbao_hops", ""),
                                 anchor=meta.get("nianbao_anchor", ""), column=analysis.column_key, render=True,
                                 dont_filter=True, page_request=_same_post(response),
                                 extra={"nianbao_render_reason": reason,
                                        "nianbao_static_links": analysis.article_links})

    def _xhr_list_requests(self, response: Response, column_key: str):
        """A rendered page's XHR/fetch requests with a page parameter: paged JSON lists, read page by page
        (crawler/discovery/pagers/jsonlist.py) instead of through the buttons the script draws."""
        inserted = set(response.meta.get("nianbao_xhr_html") or ())   # HTML the script inserted: in the DOM
        for url in response.meta.get("nianbao_xhr") or ():
            if jsonlist.page_param(url) is None or url in inserted or self._seen(url):
                continue
            self.crawler.stats.inc_value("pager/json")
            request = self._child(response, url, "api", "X", column=column_key,
                                  extra={"nianbao_api": "json", "nianbao_api_first": True})
            if request is not None:
                yield request
        for url, body, content_type in response.meta.get("nianbao_xhr_posts") or ():
            # a list POSTed with its page in the body (JSON or form fields): read page by page the same way
            if jsonlist.body_page_param(body, content_type) is None or self._seen(url, "POST", body):
                continue
            self.crawler.stats.inc_value("pager/json_post")
            request = self._child(response, url, "api", "X", column=column_key,
                                  page_request=jsonlist.post_request(url, body, content_type),
                                  extra={"nianbao_api": "json", "nianbao_api_first": True})
            if request is not None:
                yield request

    def _xhr_json_links(self, response: Response, column_key: str):
        """JSON answers a rendered page's script fetched by GET (crawler/browser.py, meta `nianbao_xhr_json`):
        the in-scope pages they name are the page's links (a unit tree's nodes, a list's entries), and the
        nodes of a lazily loaded tree that were not expanded are fetched level by level (`jsonlist.tree_requests`)."""
        noted = response.meta.get("nianbao_xhr_json") or ()
        fetched = set(response.meta.get("nianbao_xhr") or ())   # the browser asked for these already
        for url, text in noted:
            if jsonlist.page_param(url) is not None:   # a paged list: read page by page (_xhr_list_requests)
                continue
            links = jsonlist.parse_list(text, url)[1]
            self.crawler.stats.inc_value("render/xhr_json")
            self.crawler.stats.inc_value("render/xhr_json_links", len(links))
            yield from self._tree_requests(response, text, url, column_key, fetched)
            yield from self._api_links(response, links, column_key)

    def _xhr_post_json_links(self, response: Response, column_key: str):
        """JSON answers to a rendered page's POSTs (crawler/browser.py, meta `nianbao_xhr_post_json`): the pages
        they name, and a POST-loaded tree's unexpanded nodes asked for with the same body shape and the node's
        id (`jsonlist.post_tree_requests`: the POST equivalent of _xhr_json_links' tree levels)."""
        for url, body, content_type, text in response.meta.get("nianbao_xhr_post_json") or ():
            if jsonlist.body_page_param(body, content_type) is not None:   # a paged list: _xhr_list_requests
                continue
            links = jsonlist.parse_list(text, url)[1]
            self.crawler.stats.inc_value("render/xhr_post_json")
            yield from self._post_tree_requests(response, text, url, body, content_type, column_key)
            yield from self._api_links(response, links, column_key)

    def _post_tree_requests(self, response: Response, answer, url: str, body, content_type: str, column_key: str):
        """A POST-loaded JSON tree's unexpanded nodes, each POSTed as an API answer of the column (bounded by
        its list-page limit; stats pager/json_tree_post)."""
        state = self.states[response.meta["nianbao_portal"]]
        for child in jsonlist.post_tree_requests(answer, url, body, content_type):
            if self._seen(child.url, "POST", child.body):
                continue
            if state.list_pages[column_key] >= self.max_list_pages:
                self.crawler.stats.inc_value("discovery/list_pages_capped")
                return
            request = self._child(response, child.url, "api", "X", column=column_key, page_request=child,
                                  extra={"nianbao_api": "json"})
            if request is not None:
                state.list_pages[column_key] += 1
                self.crawler.stats.inc_value("pager/json_tree_post")
                yield request

    def _script_get_requests(self, response: Response, analysis: PageAnalysis, column_key: str):
        """A script-built list's data URLs (`PageAnalysis.script_gets`) asked for as API answers, read as a render's
        JSON notes are (links, a tree's levels, a paged list's other pages): all of them when no browser renders in
        this crawl; after a render, those its script never fetched (`pager/script_get_unfetched`). A script stops
        at its first error: a map or chart library that did not load (a CDN out of scope, a 404, a blocked host)
        leaves `L.map(…)` undefined and the `fetch` written after it never runs, so the rendered DOM and the
        browser's notes both lack the data the static reading of the script names."""
        rendered = bool(response.meta.get("nianbao_render"))
        if self.render_mode != "never" and not rendered:
            return   # the render reads it (its XHR notes): asked for only if the browser never did
        fetched = set(response.meta.get("nianbao_xhr") or ()) if rendered else set()
        for url in analysis.script_gets:
            if url in fetched or self._seen(url):
                continue
            request = self._child(response, url, "api", "X", column=column_key,
                                  extra={"nianbao_api": "json", "nianbao_api_first": True})
            if request is not None:
                self.crawler.stats.inc_value("pager/script_get_unfetched" if rendered else "pager/script_get")
                yield request

    def _data_get_requests(self, response: Response, analysis: PageAnalysis, column_key: str | None):
        """The data a page's scripts GET to draw its blocks (discovery/script_data.py): asked for once, as the script
        asks; the addresses the answers name are followed (`parse_json_answer`)."""
        for url in analysis.data_gets:
            if self._seen(url):
                continue
            request = self._child(response, url, "api", "X", column=column_key,
                                  extra={"nianbao_api": script_data.API_KIND})
            if request is not None:
                self.crawler.stats.inc_value("discovery/data_gets")
                yield request

    def _suggest_requests(self, response: Response, analysis: PageAnalysis, column_key: str | None):
        """A suggest box's source asked with an empty term (discovery/autocomplete.py); its unit words wait in meta
        for an empty answer (`parse_json_answer`)."""
        for source in analysis.suggest_sources:
            if self._seen(source.empty):
                continue
            request = self._child(response, source.empty, "api", "X", column=column_key,
                                  extra={"nianbao_api": script_data.API_KIND, "nianbao_suggest_words": source.words})
            if request is not None:
                self.crawler.stats.inc_value("discovery/suggest_sources")
                yield request

    def _chained_requests(self, response: Response, analysis: PageAnalysis, column_key: str | None):
        """A handler's data request whose answer fills the page's other one-slot templates (discovery/
        chained_gets.py): asked as script data, the templates in meta for `parse_json_answer`."""
        for url, fills in analysis.chained_gets:
            if self._seen(url):
                continue
            request = self._child(response, url, "api", "X", column=column_key,
                                  extra={"nianbao_api": script_data.API_KIND, "nianbao_fills": fills})
            if request is not None:
                self.crawler.stats.inc_value("discovery/chained_gets")
                yield request

    def _filled_requests(self, response: Response):
        """The second requests of a chain: the answer's values in the templates its request carried."""
        urls = chained_gets.filled_urls(response.body, response.meta["nianbao_fills"])
        yield from self._answer_api_requests(response, urls, "discovery/chained_fills")

    def _answer_api_requests(self, response: Response, urls, stat: str):
        """Data requests a JSON answer leads to (unseen ones, in the answer's column), each counted under `stat`."""
        for url in urls:
            request = None if self._seen(url) else self._child(
                response, url, "api", "X", column=response.meta.get("nianbao_column"),
                extra={"nianbao_api": script_data.API_KIND})
            if request is not None:
                self.crawler.stats.inc_value(stat)
                yield request

    def parse_json_answer(self, response: Response):
        """A JSON answer that is no list the pagers read (a home page's blocks, a menu; a script's data reached as
        a link): the addresses it names (discovery/json_links.py), reports as articles, columns as columns, the rest
        ranked with the unranked links (stats discovery/json_answers, /json_answer_links)."""
        links = json_links.answer_links(response.body, response.url) if response.status < 400 else None
        if links is None:
            self.crawler.stats.inc_value("discovery/json_answers_unread")
            return
        self.crawler.stats.inc_value("discovery/json_answers")
        self.crawler.stats.inc_value("discovery/json_answer_links", len(links))
        if not links and response.meta.get("nianbao_suggest_words"):   # an empty term answered nothing: unit words
            yield from self._suggest_word_requests(response)
        if response.meta.get("nianbao_fills"):   # the answer's values fill the script's next request
            yield from self._filled_requests(response)
        if GAP_META in response.meta:   # an article's 上一篇/下一篇 answer: the entries beside it (neighbour_walks.py)
            yield from neighbour_answer_requests(self, response, links)
            return
        yield from self._api_links(response, links, response.meta.get("nianbao_column"), listing=False)

    def _suggest_word_requests(self, response: Response):
        yield from self._answer_api_requests(response, response.meta["nianbao_suggest_words"], "discovery/suggest_words")

    def _tree_requests(self, response: Response, body, url: str, column_key: str, fetched):
        """A JSON tree's unexpanded nodes, each asked for as an API answer of the column (bounded by its
        list-page limit)."""
        state = self.states[response.meta["nianbao_portal"]]
        for child in jsonlist.tree_requests(body, url):
            if child in fetched or self._seen(child):
                continue
            if state.list_pages[column_key] >= self.max_list_pages:
                self.crawler.stats.inc_value("discovery/list_pages_capped")
                return
            request = self._child(response, child, "api", "X", column=column_key, extra={"nianbao_api": "json"})
            if request is not None:
                state.list_pages[column_key] += 1
                self.crawler.stats.inc_value("pager/json_tree")
                yield request

    def _hash_route_requests(self, response: Response, analysis: PageAnalysis, column_key: str):
        """A rendered list page of a hash-routed app: render each of its other route states (menu entries;
        pager states only when its data requests were not pageable), as list pages of the column
        (crawler/discovery/hashroutes.py)."""
        routes = analysis.hash_routes
        if routes is None or self.render_mode == "never":
            return
        meta = response.meta
        paged_api = any(jsonlist.page_param(url) for url in meta.get("nianbao_xhr") or ()) or any(
            jsonlist.body_page_param(body, ct) for _, body, ct in meta.get("nianbao_xhr_posts") or ())
        state = self.states[meta["nianbao_portal"]]
        renders = ("hash_routes", column_key)    # a render costs far more than a fetch: a tighter bound
        for url in routes.states + ([] if paged_api else routes.page_variants):
            if self._seen(url):
                continue
            if state.list_pages[column_key] >= self.max_list_pages \
                    or state.list_pages[renders] >= limits.MAX_ROUTE_STATES_PER_COLUMN:
                self.crawler.stats.inc_value("discovery/list_pages_capped")
                return
            # one URL to Scrapy's duplicate filter (fragments are no part of a fingerprint): past it, our own
            # bookkeeping (`_requested`, keyed by the URL with its route) keeps each state once
            request = self._child(response, url, "list", "L", column=column_key, render=True, past_filter=True)
            if request is not None:
                state.list_pages[column_key] += 1
                state.list_pages[renders] += 1
                self.crawler.stats.inc_value("render/hash_routes")
                yield request

    def _routed_link_requests(self, response: Response, analysis: PageAnalysis):
        """Links that carry a hash route to another document (crawler/discovery/routed_links.py): each `url#route`
        asked for in the role its document is followed in, so that a redirect carries the route over and the app
        it lands on is read (and rendered on evidence) at that route; at most limits.MAX_ROUTED_LINKS_PER_PORTAL a
        portal (stats `discovery/routed_links`, `discovery/routed_links_capped`)."""
        state = self.states[response.meta["nianbao_portal"]]
        for follow in analysis.routed_links:
            if self._seen(follow.url):
                continue
            if state.routed_links >= limits.MAX_ROUTED_LINKS_PER_PORTAL:
                self.crawler.stats.inc_value("discovery/routed_links_capped")
                return
            # one URL to Scrapy's duplicate filter (fragments are no part of a fingerprint): past it, our own
            # bookkeeping keeps each route once
            request = self._child(response, follow.url, follow.role, follow.letter, anchor=follow.anchor,
                                  column=follow.column, parent=follow.parent, past_filter=True)
            if request is not None:
                state.routed_links += 1
                self.crawler.stats.inc_value("discovery/routed_links")
                yield request

    def stylesheet_requisites(self, response: Response, content_type: str):
        """A stylesheet's fonts, background images and imports (crawler/discovery/requisites.py)."""
        if not self.fetch_requisites or not requisites.is_stylesheet(content_type, response.url):
            return
        portal = self.portals[response.meta["nianbao_portal"]]
        found = requisites.stylesheet_requisites(response.body, response.url, self._hosts[portal.id],
                                                 portal.requisite_hosts)
        self._count_requisite_drops(portal.id, found.dropped)
        for url in found.urls:
            yield self._child(response, url, "requisite", "E")

    def _count_requisite_drops(self, portal_id: str, dropped: dict[str, int]) -> None:
        for reason, n in dropped.items():
            self.crawler.stats.inc_value(f"requisites/{reason}", n)
            self.crawler.stats.inc_value(f"requisites/{reason}/{portal_id}", n)

    def _generic_requests(self, response: Response, analysis: PageAnalysis):
        """Every other in-scope link of the page, ranked below the focused ones (crawler/discovery/rank.py)."""
        stats = self.crawler.stats
        portal_id = response.meta["nianbao_portal"]
        if analysis.offsite_links:
            stats.inc_value("scope/offsite_links", analysis.offsite_links)
            stats.inc_value(f"scope/offsite_links/{portal_id}", analysis.offsite_links)
        if analysis.media_links:
            stats.inc_value("discovery/media_links_skipped", analysis.media_links)
        requested, pending = self._requested, self._pending_generic
        state = self.states[portal_id]
        hops = self._hops(response) + "L"
        depth = response.meta.get("depth", 0) + 1
        waiting = state.generic
        lease = response.meta.get(frontier.LEASE_META)
        context = analysis.about_disclosure
        held = 0
        for url, label, is_file in analysis.generic:
            if not url.isascii():
                url = self._in_document(response, url)
            if SeenRequests.key("GET", url, None) in requested or url in pending:   # navigation on every page
                continue
            pending.add(url)
            held += 1
            if is_file:
                waiting.append((url, label, True, response.url, hops, depth, rank.file_priority(label), context,
                                lease))
            else:
                waiting.append((url, label, False, response.url, hops, 0 if rank.continues_list(label) else depth,
                                rank.page_priority(label, url), context, lease))
        if held and lease:
            self.crawler.signals.send_catch_log(frontier.links_held, token=lease, count=held)
        return ()

    def _release_generic(self, state: PortalState, idle: bool = False, outstanding: int = 0, focused: int = 0):
        """Requests for waiting links of `state`'s portal while it has few requests `outstanding` (and few of them
        `focused`; all of them when the crawl is idle), best-ranked first within what is waiting: the queue keeps
        them in found order (breadth first); Scrapy's scheduler orders the released ones by priority."""
        waiting = state.generic
        if not waiting or (not idle and (outstanding >= self._generic_low_water
                                         or focused >= self._focused_high_water)):
            return
        stats = self.crawler.stats
        room = self._generic_low_water * 2 - outstanding if not idle else IDLE_RELEASE
        released: Counter = Counter()   # lease token of the page a link was found on → links queued or dropped
        while waiting and room > 0:
            if self.page_budget.spent(state.portal.id):
                stats.inc_value(f"discovery/budget_dropped/{state.portal.id}", len(waiting))
                released.update(entry[-1] for entry in waiting)
                waiting.clear()
                break
            url, label, is_file, via, hops, depth, priority, context, lease = waiting.popleft()
            released[lease] += 1
            self._pending_generic.discard(url)
            if self._depth_limit and depth > self._depth_limit:
                stats.inc_value("discovery/depth_dropped")
                continue
            extra = {"depth": depth, "nianbao_from_disclosure": True} if context else {"depth": depth}
            request = self.make_request(url, state.portal.id, "file" if is_file else "page", via, hops, anchor=label,
                                        priority=priority, extra=extra)
            if request is not None:
                room -= 1
                stats.inc_value("discovery/generic_links")
                yield request
        # the caller has queued every request yielded above: the pages they were found on may be released
        for lease, count in released.items():
            if lease:
                self.crawler.signals.send_catch_log(frontier.links_released, token=lease, count=count)

    def _pager_requests(self, response: Response, analysis: PageAnalysis, column_key: str, role: str,
                        fresh: bool = True):
        state = self.states[response.meta["nianbao_portal"]]
        limit = limits.MAX_SEARCH_RESULT_PAGES if role == "search" else self.max_list_pages
        for page_request in analysis.pagers:
            if self._seen(page_request.url, page_request.method, page_request.body):
                continue
            if page_request.walk and response.meta.get("nianbao_page_walk") and not fresh:
                self.crawler.stats.inc_value(f"pager/{page_request.pager}_ended")   # a walked page with no new link
                continue
            if state.list_pages[column_key] >= limit:
                self.crawler.stats.inc_value("discovery/list_pages_capped")
                break
            if page_request.pager == dateranges.PAGER:   # the same form on every page of a portal: bounded per portal
                if state.date_ranges >= limits.MAX_DATE_RANGE_REQUESTS_PER_PORTAL:
                    self.crawler.stats.inc_value("discovery/date_ranges_capped")
                    continue
                state.date_ranges += 1
            state.list_pages[column_key] += 1
            self.crawler.stats.inc_value(f"pager/{page_request.pager}")
            extra: dict[str, Any] = {}
            if page_request.walk:   # one page after another, bounded by the list-page limit, not DEPTH_LIMIT
                extra.update(nianbao_page_walk=True, depth_reset=True)
            if page_request.api and analysis.dataproxy is not None:
                extra = {"nianbao_api": "hanweb", "nianbao_api_first": analysis.dataproxy_total is None,
                         "nianbao_dataproxy": analysis.dataproxy}
            if page_request.pager in ("next", "path", "fragment", relpages.PAGER, clicked.PAGER, POSTBACK_PAGER,
                                      query.LOAD_MORE_PAGER):
                extra["depth_reset"] = True  # a 下一页 chain is bounded by the list-page limit, not DEPTH_LIMIT
            if page_request.pager == "fragment":   # asked for page after page while answers hold links
                extra["nianbao_fragment"] = (jsonlist.page_param(page_request.url) or ("page", 0))[0]
            # a page no rule took for a list: its pagers go where a pager link of it would (rank.py)
            priority = rank.PAGE_PRIORITY + rank.PAGER_BONUS if analysis.unranked_pagers else None
            yield self._child(response, page_request.url, "api" if page_request.api else
                              ("search" if role == "search" else "list"), "X" if page_request.api else "L",
                              column=column_key, page_request=page_request, extra=extra, priority=priority,
                              **({"anchor": page_request.label} if page_request.label else {}))

    def parse_api(self, response: Response):
        meta = response.meta
        column_key = meta.get("nianbao_column") or response.url
        state = self.states[meta["nianbao_portal"]]
        state.columns.add(column_key)
        if meta.get("nianbao_api") == "json":
            pages, links = jsonlist.parse_list(response.body, response.url)
            if meta.get("nianbao_api_first") and pages:
                request = response.request
                body = request.body if request is not None and request.method == "POST" else None
                content_type = request.headers.get(b"Content-Type", b"").decode("latin-1") if body else ""
                for api in jsonlist.other_pages(response.url, pages, body, content_type):
                    if state.list_pages[column_key] >= self.max_list_pages:
                        self.crawler.stats.inc_value("discovery/list_pages_capped")
                        break
                    state.list_pages[column_key] += 1
                    yield self._child(response, api.url, "api", "X", column=column_key, page_request=api,
                                      extra={"nianbao_api": "json"})
        elif meta.get("nianbao_api") == "gkmlpt":
            total, links = gkmlpt.parse_api(response.body, response.url)
            if meta.get("nianbao_api_first") and links:
                column = column_key.split(":", 1)[1]
                sid = gkmlpt.site_id(response.url)
                for api in gkmlpt.api_requests(response.url, column, sid, gkmlpt.remaining_pages(total, len(links))):
                    if state.list_pages[column_key] >= self.max_list_pages:
                        break
                    state.list_pages[column_key] += 1
                    yield self._child(response, api.url, "api", "X", column=column_key, page_request=api,
                                      extra={"nianbao_api": "gkmlpt"})
        else:
            content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
            total, links = hanweb.parse_datastore(decode_html(response.body, content_type)[0], response.url)
            if meta.get("nianbao_api_first") and total and meta.get("nianbao_dataproxy"):
                params = hanweb.DataproxyParams(**meta["nianbao_dataproxy"])
                column_url = response.request.headers.get(b"Referer", b"").decode("latin-1") or column_key
                rest = hanweb.dataproxy_requests(column_url, params, total, first=hanweb.RECORDS_PER_REQUEST + 1)
                for api in rest:
                    if state.list_pages[column_key] >= self.max_list_pages:
                        break
                    state.list_pages[column_key] += 1
                    yield self._child(response, api.url, "api", "X", column=column_key, page_request=api,
                                      extra={"nianbao_api": "hanweb"})
        if meta.get("nianbao_api") == "json" and response.request.method == "POST":
            request = response.request
            yield from self._post_tree_requests(response, response.body, response.url, request.body,
                                                request.headers.get(b"Content-Type", b"").decode("latin-1"),
                                                column_key)
        elif meta.get("nianbao_api") == "json":
            yield from self._tree_requests(response, response.body, response.url, column_key, ())
        yield from self._api_links(response, links, column_key)

    def parse_feed(self, response: Response):
        """A news feed (RSS 2.0 / 1.0, Atom: crawler/discovery/feeds.py): a column's feed is its list, read as its
        API answer; a feed reached as a plain link gives its report entries as articles and its other entries
        ranked with the unranked links (stats feed/*)."""
        stats = self.crawler.stats
        feed = feeds.read_feed(response.body, response.url) if response.status < 400 else None
        if feed is None:
            stats.inc_value("feed/unreadable")
            return
        stats.inc_value(f"feed/{feed.kind}")
        stats.inc_value("feed/entries", len(feed.links))
        if feed.truncated:
            stats.inc_value("feed/truncated")
        listing = response.meta.get("nianbao_role") in ("api", "column", "list")
        yield from self._api_links(response, feed.links, response.meta.get("nianbao_column") or response.url,
                                   listing=listing)

    def parse_opensearch(self, response: Response):
        """An OpenSearch description a page's head names (crawler/discovery/search.py): its in-site HTML search
        URLs asked with empty terms, read as search results (role `search`; stats opensearch/*)."""
        stats = self.crawler.stats
        site = self._sites[response.meta["nianbao_portal"]]
        urls = search.opensearch_urls(response.body, response.url) if response.status < 400 else []
        stats.inc_value("opensearch/descriptions" if urls else "opensearch/unreadable")
        for url in urls:
            if not site.contains(urlsplit(url).hostname or ""):
                stats.inc_value("opensearch/offsite")
                continue
            request = self._child(response, url, "search", "S", anchor=response.meta.get("nianbao_anchor") or "")
            if request is not None:
                stats.inc_value("opensearch/searches")
                yield request

    def _api_links(self, response: Response, links: list, column_key: str, listing: bool = True):
        """Links an API answer (or a JSON answer the browser saw) names: reports and list entries as articles,
        columns as columns, every other in-scope one ranked with the page's unranked links (not `listing`, e.g. a
        feed reached as a plain link: only reports are articles)."""
        state = self.states[response.meta["nianbao_portal"]]
        site, rest = self._sites[state.portal.id], []
        for link in links:
            if is_file_link(link):
                if looks_like_report_title(link.label):
                    yield self._child(response, link.url, "article", "E", anchor=link.label, column=column_key)
                else:
                    rest.append(link)
            elif looks_like_report_title(link.label) or (listing and (
                    columns.is_list_item_link(link.label, link.url) or columns.is_detail_url(link.url))):
                yield self._child(response, link.url, "article", "L", anchor=link.label, column=column_key)
            elif columns.is_subcolumn_link(link.label, link.url) or columns.is_column_link(link.label, link.url):
                yield self._child(response, link.url, "column", "L", anchor=link.label, column=link.url)
            else:
                rest.append(link)
        # rank, don't prune: the answer's other in-scope entries wait with the page's unranked links
        generic = [(link.url, link.label, is_file_link(link)) for link in rest
                   if site.contains(urlsplit(link.url).hostname or "")]
        self._generic_requests(response, PageAnalysis(False, None, generic=generic, about_disclosure=True))

    # ---------------------------------------------------------------- items, errors, idle

    def _item(self, response: Response, kind: str, fmt: str, **fields: Any):
        meta = response.meta
        portal_id = meta["nianbao_portal"]
        stats = self.crawler.stats
        stats.inc_value(f"portal/{portal_id}/{kind}s" if kind != "not_report" else f"portal/{portal_id}/not_reports")
        if kind == "report":
            stats.inc_value(f"portal/{portal_id}/reports_by_year/{fields.get('year') or 'unknown'}")
            stats.inc_value(f"portal/{portal_id}/reports_by_unit/{unit_type(fields.get('agency'))}")
        return DocumentItem(
            url=response.url, kind=kind, portal_id=portal_id, record_id=meta.get("nianbao_record_id"),
            found_on=meta.get("nianbao_via"), hops=self._hops(response), format=fmt,
            link_text=meta.get("nianbao_anchor") or None, column_text=meta.get("nianbao_column_text") or None,
            partial=DATALOSS_FLAG in response.flags,   # a cut answer's text is never passed off as whole
            **{k: v for k, v in fields.items() if k in ("title", "agency", "year", "published", "site_id_code",
                                                        "parent_url", "reason")})

    def on_dropped(self, request: Request, spider: Spider | None = None) -> None:
        """The scheduler refused a request (its duplicate filter had seen it: a link this spider had forgotten,
        crawler/seen.py, or one another worker queued first): no callback will run for it."""
        state = self.states.get(request.meta.get("nianbao_portal"))
        if state is not None and request.callback == self.parse_any:
            self.outstanding.change(state.portal.id, not request.meta.get("nianbao_generic"), -1)
            self.crawler.stats.inc_value("discovery/dropped_as_seen")
            for waiting in self.visit_gate_resource_done(request.meta):   # (a gate's sub-resource: no answer)
                self.crawler.engine.crawl(waiting)

    def on_error(self, failure: Failure):
        request = failure.request
        portal_id = request.meta.get("nianbao_portal")
        if portal_id in self.states:
            self._finished(self.states[portal_id], request.meta)
        if request.meta.get("nianbao_role") == "sitemap" and portal_id in self.states:
            self.sitemap_error(failure)   # like robots.txt's: no portal error, no error page read
            return
        if request.meta.get("nianbao_role") == "home" and portal_id in self.states:
            self._home_failed(self.states[portal_id], request, failure)
        if request.meta.get(ROUTER_META):
            self.router_script_failed(request)
        elif request.meta.get("nianbao_role") == "script":
            self.script_failed(request)
        response = getattr(failure.value, "response", None)
        if failure.check(HttpError) and portal_id in self.states and request.meta.get(CACHE_BUSTED_META, ("", []))[1]:
            again = self._cache_busted_again(request, failure)
            if again is not None:
                self.crawler.engine.crawl(again)
        if failure.check(HttpError) and portal_id in self.states and response is not None:
            for follow in self.error_page_requests(response):   # a 5xx page past its retries may still point on
                self.crawler.engine.crawl(follow)
        if portal_id in self.states and request.meta.get("nianbao_year_walk"):
            for follow in self.continue_year_walk(request, missed=True):
                self.crawler.engine.crawl(follow)
        if failure.check(IgnoreRequest):  # scope, robots, budget, HTTP errors: counted where they are decided
            return
        self.crawler.stats.inc_value(f"portal/{portal_id}/errors")
        self.crawler.stats.inc_value(f"portal/{portal_id}/errors/{failure.type.__name__}")
        logger.info("portal %s: %s failed: %s", portal_id, request.url, failure.getErrorMessage())

    @staticmethod
    def _home_failed(state: PortalState, request: Request, failure: Failure) -> None:
        state.home_seen = True
        if request.meta.get("nianbao_via") or state.home_status != "not fetched":
            return
        response = getattr(failure.value, "response", None)
        if response is not None and getattr(response, "status", 0) >= 400:
            state.home_status = f"http_{response.status}"
        else:
            state.home_status = f"failed: {failure.type.__name__}: {failure.getErrorMessage()}"[:300]
        logger.warning("portal %s: its homepage %s could not be fetched (%s); the crawl goes on with the other "
                       "portals", state.portal.id, request.url, state.home_status)

    def _home_status(self, response: Response) -> None:
        """The portal's status as its registry homepage answered: ok, http_<status>, or redirected off its
        site (followed once, crawler/downloadermiddlewares/scope.py; its links are not followed)."""
        state = self.states[response.meta["nianbao_portal"]]
        host = (urlsplit(response.url).hostname or "").lower()
        if response.meta.get("redirect_urls") and not state.portal.site.contains(host):
            state.home_status = f"redirected off site: {response.url}"
        elif response.meta.get("nianbao_challenge_retry") and not response.meta.get("nianbao_challenge"):
            state.home_status = "ok (challenge passed in the browser)"
        elif response.status >= 400:
            state.home_status = f"http_{response.status}"
        elif state.home_status == "not fetched" or state.home_status.startswith("http_"):
            state.home_status = "ok"

    def on_idle(self, spider: Spider) -> None:
        """Release the links still waiting (crawl idle: nothing better is queued); when a portal yielded no
        column and no report, ask its own search engine (once)."""
        scheduled = False
        for state in self.states.values():
            for request in self._release_generic(state, idle=True):
                self.crawler.engine.crawl(request)
                scheduled = True
        if scheduled:
            self.crawler.stats.inc_value("discovery/idle_releases")
        for state in self.states.values():
            if state.searched or state.columns or state.reports or not state.home_seen:
                continue
            state.searched = True
            urls = state.search_urls or search.search_urls(None, state.portal.homepage)
            logger.info("portal %s: no annual-report column found; trying the site search", state.portal.id)
            self.crawler.stats.inc_value("discovery/search_fallback")
            for url in urls:
                request = self.make_request(url, state.portal.id, "search", state.portal.homepage, "S")
                if request is not None:
                    self.crawler.engine.crawl(request)
                    scheduled = True
        if scheduled:
            raise DontCloseSpider
