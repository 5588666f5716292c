"""Year walks (a mixin of crawler/spiders/portal.py `PortalSpider`, kept apart so the spider stays readable): the
unlinked years of a per-year listing (crawler/discovery/pagers/yearpaths.py) are asked for one after the other
(down: newest first; up: the years after the newest linked), as list pages of the column that exposed them, ranked
below the focused lists (as an unrecognised page's pagers are). A walk goes on from each answer; it stops after yearpaths.MAX_MISSES error answers in a row
(404, 410, a failure), at the column's list-page limit, or when its years are done. One walk per template and
direction per portal. Stats: year_walk/started, /requested, /missed, /stopped."""

from __future__ import annotations

from collections import defaultdict

from nianbao.crawler.discovery import rank
from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.crawler.discovery.pagers import yearpaths
from scrapy import Request
from scrapy.http import Response

WALK_META = "nianbao_year_walk"          # (template, the years' addresses still to ask, misses in a row)
PRIORITY = rank.PAGE_PRIORITY + rank.PAGER_BONUS


class YearWalks:
    """Uses the spider's `states`, `_seen`, `_child`, `max_list_pages` and `crawler`."""

    def init_year_walks(self) -> None:
        self._walked: defaultdict[str, set[str]] = defaultdict(set)   # portal → templates walked

    def start_year_walks(self, response: Response, analysis: PageAnalysis, column_key: str):
        walked = self._walked[response.meta["nianbao_portal"]]
        for template, urls in analysis.year_walks:
            if template in walked:
                continue
            walked.add(template)
            self.crawler.stats.inc_value("year_walk/started")
            request = self._next_year(response, template, urls, 0, column_key)
            if request is not None:
                yield request

    def continue_year_walk(self, response: Response, missed: bool):
        """The walk the answered (or failed) request belonged to goes on, unless it missed too often in a row."""
        walk = response.meta.get(WALK_META)
        if not walk:
            return
        template, urls, misses = walk
        misses = misses + 1 if missed else 0
        stats = self.crawler.stats
        if missed:
            stats.inc_value("year_walk/missed")
        if misses >= yearpaths.MAX_MISSES:
            if urls:
                stats.inc_value("year_walk/stopped")
            return
        request = self._next_year(response, template, urls, misses,
                                  response.meta.get("nianbao_column") or response.url)
        if request is not None:
            yield request

    def _next_year(self, response: Response, template: str, urls: list[str], misses: int,
                   column_key: str) -> Request | None:
        state = self.states[response.meta["nianbao_portal"]]
        while urls:
            url, urls = urls[0], urls[1:]
            if self._seen(url):
                continue
            if state.list_pages[column_key] >= self.max_list_pages:
                self.crawler.stats.inc_value("discovery/list_pages_capped")
                return None
            request = self._child(response, url, "list", "L", column=column_key, priority=PRIORITY,
                                  extra={WALK_META: (template, urls, misses), "depth_reset": True})
            if request is not None:
                state.list_pages[column_key] += 1
                self.crawler.stats.inc_value("year_walk/requested")
                return request
        return None
