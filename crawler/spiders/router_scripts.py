"""Views of an app shell named only in its bundle's route table, for the portal spider (a mixin of
crawler/spiders/portal.py `PortalSpider`, kept apart so the spider stays readable): an unrendered page that is an
app shell has its same-site scripts fetched once each (role `script`, meta `nianbao_router_script`, not charged to
the page budget, bounded per portal); the routes of a script's router table are requested as list pages of the
shell's column — history-mode paths under the router's base (rendered when their HTML gives no list entry:
evidence `client_route`), hash-mode states rendered at once (crawler/discovery/router_tables.py says why).
Stats: `router/scripts_requested`, `router/scripts_read`, `router/tables`, `router/routes`, `router/capped`."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from nianbao.crawler import frontier
from nianbao.crawler.discovery import router_tables
from nianbao.parse.encoding import decode_html
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

ROUTER_META = "nianbao_router_script"
ROUTE_META = "nianbao_client_route"


class RouterScripts:
    """Uses the spider's `states`, `_sites`, `_child`, `_seen`, `max_list_pages`, `render_mode` and `crawler`."""

    def init_router_scripts(self, crawler: Crawler) -> None:
        # script URL → its router table (None while it is fetched; an empty table when it holds none), the shells
        # waiting for it, and scripts fetched per portal
        self._router_tables: dict[str, router_tables.RouterTable | None] = {}
        self._router_waiting: dict[str, list] = {}
        self._router_scripts_asked: Counter = Counter()
        crawler.signals.connect(self._router_script_dropped, signal=signals.request_dropped)

    def router_requests(self, response: Response, column_key: str):
        """An unrendered app shell's views: each of its scripts fetched once, its routes requested when it comes."""
        meta = response.meta
        if meta.get("nianbao_render") or meta.get(ROUTE_META):
            return   # a rendered page is no shell any more; a route's own page has the shell's scripts, read already
        shell = router_tables.app_shell(response.body, response.url)
        if shell is None:
            return
        site = self._sites[meta["nianbao_portal"]]
        waiting = None
        for url in shell.scripts:
            if not site.contains(urlsplit(url).hostname or ""):
                continue
            if url not in self._router_tables:
                request = self._router_script_request(response, url)
                if request is None:
                    continue
                self._router_tables[url] = None
                self._router_waiting[url] = []
                yield request
            table = self._router_tables[url]
            if table is not None:
                yield from self._route_requests(response, table, shell.base_href, column_key)
                continue
            if waiting is None:   # the page, without its body and its lease (released when its callback ends)
                kept = {k: v for k, v in meta.items() if k != frontier.LEASE_META}
                waiting = (response.replace(body=b"", request=response.request.replace(meta=kept)),
                           shell.base_href, column_key)
            if len(self._router_waiting[url]) < router_tables.MAX_WAITING_PAGES:
                self._router_waiting[url].append(waiting)

    def _router_script_request(self, response: Response, url: str) -> Request | None:
        portal_id = response.meta["nianbao_portal"]
        if self._router_scripts_asked[portal_id] >= router_tables.MAX_SCRIPTS_PER_PORTAL:
            self.crawler.stats.inc_value("router/capped")
            return None
        request = self._child(response, url, "script", "E", render=False, dont_filter=True,
                              extra={ROUTER_META: url, "nianbao_charge": False, "depth_reset": True,
                                     "download_maxsize": router_tables.MAX_SCRIPT_BYTES})
        if request is not None:
            self._router_scripts_asked[portal_id] += 1
            self.crawler.stats.inc_value("router/scripts_requested")
        return request

    def parse_router_script(self, response: Response):
        """A shell's script: its router table kept, and the routes of the shells that waited for it requested."""
        text = ""
        if response.status < 400:
            text = decode_html(response.body, response.headers.get(b"Content-Type", b"").decode("latin-1"))[0]
        table = router_tables.read_router_table(text) or router_tables.RouterTable("history", "", ())
        self.crawler.stats.inc_value("router/scripts_read")
        if table.routes:
            self.crawler.stats.inc_value("router/tables")
        for page, base_href, column_key in self._keep_router_table(response.meta[ROUTER_META], table):
            yield from self._route_requests(page, table, base_href, column_key)

    def router_script_failed(self, request: Request) -> None:
        """A script that could not be fetched: its shells get no routes from it."""
        self._keep_router_table(request.meta[ROUTER_META], router_tables.RouterTable("history", "", ()))

    def _router_script_dropped(self, request: Request, spider=None) -> None:
        if ROUTER_META in request.meta:
            self.router_script_failed(request)

    def _keep_router_table(self, url: str, table: router_tables.RouterTable) -> list:
        self._router_tables[url] = table
        return self._router_waiting.pop(url, [])

    def _route_requests(self, response: Response, table: router_tables.RouterTable, base_href: str,
                        column_key: str):
        """Each route as a list page of the shell's column (bounded by the column's list-page limit)."""
        if not table.routes or (table.mode == "hash" and self.render_mode == "never"):
            return
        state = self.states[response.meta["nianbao_portal"]]
        hash_mode = table.mode == "hash"
        for url, title in router_tables.route_urls(table, response.url, base_href):
            if url == response.url or self._seen(url):
                continue
            if state.list_pages[column_key] >= self.max_list_pages:
                self.crawler.stats.inc_value("discovery/list_pages_capped")
                return
            # a hash state is one URL to the duplicate filter (no fragment in a fingerprint): past it, as a hash
            # route's state (`_requested` keeps each state once)
            request = self._child(response, url, "list", "L", column=column_key, anchor=title,
                                  render=True if hash_mode else None, past_filter=hash_mode,
                                  extra={ROUTE_META: table.mode})
            if request is not None:
                state.list_pages[column_key] += 1
                self.crawler.stats.inc_value("router/routes")
                yield request
