"""Handler calls read through same-site scripts, for the portal spider (a mixin of crawler/spiders/portal.py
`PortalSpider`, kept apart so the spider stays readable): the lists a page's handler calls GET through its inline
functions, and its calls to functions of the scripts it includes, read once each script has been fetched (role
`script`; crawler/discovery/script_handlers.py reads the calls and the functions).

A script is fetched past the scheduler, as Scrapy's robots.txt middleware fetches robots.txt
(`engine.download_async`: the downloader middlewares — scope, robots.txt, politeness, WARC capture — still apply),
so the answer comes to the worker whose pages wait for it: with a shared frontier a queued request goes to whichever
worker pops it, whose spider has no page waiting, while the asking worker's pages waited for the rest of the crawl."""

from __future__ import annotations

import logging
from collections import Counter
from urllib.parse import urlsplit

from nianbao.crawler import frontier, limits
from nianbao.crawler.discovery import cookie_choices, script_handlers
from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.parse.encoding import decode_html
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)


class HandlerScripts:
    """Uses the spider's `states`, `_sites`, `_child`, `_seen`, `_api_links`, `_finished`, `on_error`,
    `max_list_pages` and `crawler`."""

    def init_handler_scripts(self, crawler: Crawler) -> None:
        # same-site scripts whose functions pages call: URL → its functions (None while it is being fetched), the
        # pages waiting for it, and scripts fetched per portal
        self._script_functions: dict[str, script_handlers.ScriptFunctions | None] = {}
        self._script_waiting: dict[str, list] = {}
        self._scripts_asked: Counter = Counter()
        self._script_fetches: set = set()   # the Deferreds of the scripts on their way (a reference keeps each)
        crawler.signals.connect(self._scripts_on_their_way, signal=signals.spider_idle)

    def _scripts_on_their_way(self, spider=None) -> None:
        """Not idle while a script's answer is being read: between its download's end and the queueing of what
        its waiting pages lead to, the engine sees an empty downloader and an empty queue."""
        if self._script_fetches:
            raise DontCloseSpider

    def script_failed(self, request: Request) -> None:
        """A script that could not be fetched: its pages' calls are read through nothing."""
        self._keep_script_functions(request.meta["nianbao_script"], script_handlers.ScriptFunctions())

    def handler_requests(self, response: Response, analysis: PageAnalysis, column_key: str):
        """The lists a page's handler calls GET through its inline functions, and its calls to functions of the
        same-site scripts it includes: each script is fetched once (role `script`, not charged to the page
        budget, bounded per portal, past the scheduler: `fetch_script`) and the calls are read through it when it
        comes (`parse_script`).
        Fetched rather than rendered: a browser runs the script but chooses no option of a select, and this
        needs no browser at all."""
        for url in analysis.handler_gets:
            yield from self._handler_get(response, url, column_key)
        if not analysis.external_calls:
            return
        waiting_page = None
        for url in analysis.external_scripts:
            if url not in self._script_functions:
                request = self._script_request(response, url)
                if request is None:
                    continue
                self._script_functions[url] = None
                self._script_waiting[url] = []
                self.fetch_script(request)
            functions = self._script_functions[url]
            if functions is not None:
                yield from self._read_calls(response, analysis.external_calls, column_key, functions)
                continue
            if waiting_page is None:   # the page, without its body and its lease (released when its callback ends)
                meta = {k: v for k, v in response.meta.items() if k != frontier.LEASE_META}
                waiting_page = (response.replace(body=b"", request=response.request.replace(meta=meta)),
                                analysis.external_calls, column_key)
            if len(self._script_waiting[url]) < script_handlers.MAX_WAITING_PAGES:
                self._script_waiting[url].append(waiting_page)
            else:
                self.crawler.stats.inc_value("script/waiting_capped")

    def _script_request(self, response: Response, url: str) -> Request | None:
        portal_id = response.meta["nianbao_portal"]
        if self._scripts_asked[portal_id] >= script_handlers.MAX_SCRIPTS_PER_PORTAL:
            self.crawler.stats.inc_value("script/capped")
            return None
        # the depth Scrapy's DepthMiddleware gives what a callback yields (the script is never yielded)
        request = self._child(response, url, "script", "E", render=False, dont_filter=True,
                              extra={"nianbao_script": url, "nianbao_charge": False, "depth_reset": True,
                                     "depth": response.meta.get("depth", 0) + 1,
                                     "download_maxsize": script_handlers.MAX_SCRIPT_BYTES})
        if request is not None:
            self._scripts_asked[portal_id] += 1
            self.crawler.stats.inc_value("script/requested")
        return request

    def fetch_script(self, request: Request) -> None:
        """Fetch a script through the downloader, not the scheduler (see the module's docstring); what the pages
        waiting for it lead to is queued when it comes."""
        fetch = deferred_from_coro(self._download_script(request))
        self._script_fetches.add(fetch)
        fetch.addBoth(lambda _: self._script_fetches.discard(fetch))

    async def _download_script(self, request: Request) -> None:
        """The script's answer read as its callback would (`parse_script`), a failure handed to the errback
        (`on_error`: the waiting pages let go, the error counted); either way the request is finished."""
        engine = self.crawler.engine
        try:
            response = await engine.download_async(request)
        except Exception as exc:  # noqa: BLE001 - any failure to fetch (time-out, scope, robots.txt) is the errback's
            failure = Failure(exc)
            failure.request = request
            self.on_error(failure)
            return
        try:
            for output in self.parse_script(response):
                if output is not None:
                    engine.crawl(output)
        except Exception:  # noqa: BLE001 - as Scrapy logs a callback's error: the crawl goes on
            logger.exception("portal %s: reading the script %s failed", request.meta["nianbao_portal"], request.url)
        finally:
            self._finished(self.states[request.meta["nianbao_portal"]], request.meta)

    def parse_script(self, response: Response):
        """A same-site script pages call functions of: its functions, kept for every page that includes it, and
        the calls of the pages that waited for it read through them."""
        text = ""
        if response.status < 400:
            text = decode_html(response.body, response.headers.get(b"Content-Type", b"").decode("latin-1"))[0]
        functions = script_handlers.read_functions(text)
        self.crawler.stats.inc_value("script/fetched")
        self.crawler.stats.inc_value("script/functions", len(functions.navigations) + len(functions.data_gets)
                                     + len(functions.cookie_setters))
        if functions.cookie_unread:   # setters writing a cookie from a value not read: left out
            self.crawler.stats.inc_value("discovery/cookie_choices_unread", functions.cookie_unread)
        for page, calls, column_key in self._keep_script_functions(response.meta["nianbao_script"], functions):
            for request in self._read_calls(page, calls, column_key, functions):
                if request is not None:   # the depth of the page's own links: queued by the spider, not yielded
                    request.meta.setdefault("depth", page.meta.get("depth", 0) + 1)
                yield request

    def _keep_script_functions(self, url: str, functions: script_handlers.ScriptFunctions) -> list:
        """Keep a script's functions (bounded: the oldest read are forgotten); the pages that waited for it."""
        if len(self._script_functions) >= script_handlers.MAX_KEPT_SCRIPTS:
            oldest = next((key for key, value in self._script_functions.items() if value is not None), None)
            self._script_functions.pop(oldest, None)
        self._script_functions[url] = functions
        return self._script_waiting.pop(url, [])

    def _read_calls(self, response: Response, calls: list, column_key: str,
                    functions: script_handlers.ScriptFunctions):
        """The pages and lists a page's handler calls open or GET through a script's functions."""
        if not functions:
            return
        found = script_handlers.targets(calls, functions, response.url)
        self.crawler.stats.inc_value("script/handler_links", len(found.links))
        for url in found.data_gets:
            if self._sites[response.meta["nianbao_portal"]].contains(urlsplit(url).hostname or ""):
                yield from self._handler_get(response, url, column_key)
        yield from self._api_links(response, found.links, column_key)
        if functions.cookie_setters:   # a unit menu whose setter (in the script) keeps the unit in a cookie
            site = self._sites[response.meta["nianbao_portal"]]
            reading = cookie_choices.read_choices(calls, functions.cookie_setters, response.url,
                                                  limits.MAX_COOKIE_CHOICES_PER_PAGE)
            choices = [(c.url, c.cookie, c.label) for c in reading.choices
                       if site.contains(urlsplit(c.url).hostname or "")]
            yield from self._cookie_choice_requests(response, choices, reading.unread, column_key)

    def _handler_get(self, response: Response, url: str, column_key: str):
        """A list a handler call GETs (a unit's JSON list), read as an API answer of the column."""
        state = self.states[response.meta["nianbao_portal"]]
        if self._seen(url):
            return
        if state.list_pages[column_key] >= self.max_list_pages:
            self.crawler.stats.inc_value("discovery/list_pages_capped")
            return
        request = self._child(response, url, "api", "X", column=column_key,
                              extra={"nianbao_api": "json", "nianbao_api_first": True})
        if request is not None:
            state.list_pages[column_key] += 1
            self.crawler.stats.inc_value("pager/handler_get")
            yield request
