"""Site maps for the portal spider (a mixin of crawler/spiders/portal.py `PortalSpider`, kept apart so the spider
stays readable): the site maps a portal's robots.txt names (signal `robotstxt.sitemaps_named`) and its homepage
host's conventional /sitemap.xml are requested in role `sitemap`; an index's site maps follow, a url set's pages
wait with the page's unranked links (crawler/discovery/sitemaps.py reads them). A site map that is not read (an
error answer, a failed download, a body that is no site map) is counted `sitemap/failed/<reason>` and logged at
debug: /sitemap.xml is a guess most portals answer 404, worth no warning.

A site map robots.txt or an index NAMES that answers a web page (`Sitemap: http://www.x.gov.cn/sitemap.html`: the
站点地图 a Chinese CMS generates for search engines, every column and article a plain `<a href>`, served `text/html`)
is no form of the protocol (XML, RSS/Atom, text), but its author declared it the list of the site's pages: it is
read as the page it is (role `page`: its links ranked by their text like any page's), counted `sitemap/html_pages`.
The conventional /sitemap.xml is only a guess, and an HTML answer to it a soft 404: not read so."""

from __future__ import annotations

import logging
from collections import Counter
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery import sitemaps
from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.crawler.discovery.attachments import is_file_link
from nianbao.crawler.discovery.page import Link
from nianbao.crawler.downloadermiddlewares.robotstxt import sitemaps_named
from nianbao.parse.formats import sniff_format
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

NAMED_META = "nianbao_sitemap_named"   # named by robots.txt or an index (not the conventional /sitemap.xml guess)


class SitemapReading:
    """Uses the spider's `states`, `_sites`, `max_pages_per_portal`, `make_request`, `_seen`, `_hops` and
    `_generic_requests`."""

    def init_sitemaps(self, crawler: Crawler) -> None:
        self._sitemaps_asked: Counter = Counter()   # portal → site maps requested (limits.MAX_SITEMAPS_PER_PORTAL)
        self._sitemap_links: Counter = Counter()    # portal → pages taken from its site maps (≤ its page budget)
        crawler.signals.connect(self.on_sitemaps_named, signal=sitemaps_named)

    def conventional_sitemap_request(self, response: Response) -> Request | None:
        """The registry homepage's host's /sitemap.xml (requested once; robots.txt may have named it already)."""
        return self._sitemap_request(response.meta["nianbao_portal"], sitemaps.conventional_sitemap(response.url),
                                     response.url, self._hops(response) + "M", 0, named=False)

    def on_sitemaps_named(self, portal_id: str | None, robots_url: str, urls: list[str]) -> None:
        """A portal's robots.txt names site maps (crawler/downloadermiddlewares/robotstxt.py): request them."""
        if portal_id not in self.states:
            return
        for url in urls:
            request = self._sitemap_request(portal_id, url, robots_url, "PM", 0)
            if request is not None:
                self.crawler.engine.crawl(request)

    def _sitemap_request(self, portal_id: str, url: str, via: str, hops: str, level: int,
                         named: bool = True) -> Request | None:
        """A request for a site map of the portal's site (not rendered; bounded per portal, read to
        limits.MAX_SITEMAP_BYTES, and like robots.txt not charged to the page budget: the pages it names are)."""
        stats = self.crawler.stats
        if not self._sites[portal_id].contains(urlsplit(url).hostname or ""):
            stats.inc_value("sitemap/offsite")   # (robots.txt or an index names another site's map)
            return None
        if self._seen(url):
            return None
        if self._sitemaps_asked[portal_id] >= limits.MAX_SITEMAPS_PER_PORTAL:
            stats.inc_value("sitemap/capped")
            return None
        request = self.make_request(url, portal_id, "sitemap", via, hops, render=False,
                                    extra={"nianbao_sitemap_level": level, "nianbao_charge": False,
                                           NAMED_META: named})
        if request is not None:
            self._sitemaps_asked[portal_id] += 1
            stats.inc_value("sitemap/requested")
        return request

    def html_page_as_sitemap(self, response: Response) -> bool:
        """A site map robots.txt or an index named answered a web page, not a site map of any form (module
        docstring): the caller reads it as a page. Its role becomes `page`."""
        if not response.meta.get(NAMED_META) or response.status != 200:
            return False
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if sniff_format(response.body, content_type, response.url) != "html" \
                or sitemaps.read_sitemap(response.body, response.url).kind:   # (an XML map served as text/html)
            return False
        response.meta["nianbao_role"] = "page"
        self.crawler.stats.inc_value("sitemap/html_pages")
        logger.debug("portal %s: site map %s is a web page; read as one", response.meta["nianbao_portal"],
                     response.url)
        return True

    def parse_sitemap(self, response: Response):
        """A site map's entries: the site maps an index names are requested (to limits.MAX_SITEMAP_DEPTH levels); the
        pages of a url set on the portal's site wait with the unranked links, ranked by their URL (a site map
        names every page: rank, don't prune; stats sitemap/*)."""
        meta, stats = response.meta, self.crawler.stats
        portal_id = meta["nianbao_portal"]
        if response.status >= 400:   # 404/410 come here (HTTPERROR_ALLOWED_CODES), other errors to sitemap_error
            self._sitemap_failed(portal_id, response.url, f"http_{response.status}")
            return
        entries = sitemaps.read_sitemap(response.body, response.url)
        if not entries.kind:
            self._sitemap_failed(portal_id, response.url, "not_a_sitemap")
            return
        stats.inc_value(f"sitemap/{entries.kind}")
        if entries.text:   # the protocol's text form: one URL a line (sitemaps.py)
            stats.inc_value("sitemap/text")
        if entries.skipped_lines:
            stats.inc_value("sitemap/text_lines_skipped", entries.skipped_lines)
        if entries.truncated:
            stats.inc_value("sitemap/truncated")
        level = meta.get("nianbao_sitemap_level", 0) + 1
        for url in entries.sitemaps:
            if level > limits.MAX_SITEMAP_DEPTH:
                stats.inc_value("sitemap/too_deep")
                break
            request = self._sitemap_request(portal_id, url, response.url, self._hops(response) + "M", level)
            if request is not None:
                yield request
        site = self._sites[portal_id]
        pages = [(url, "", is_file_link(Link(url, ""))) for url in entries.pages
                 if site.contains(urlsplit(url).hostname or "")]
        if len(pages) < len(entries.pages):
            stats.inc_value("sitemap/links_offsite", len(entries.pages) - len(pages))
        # no more than the portal's page budget could fetch: the waiting links are held in memory
        room = max(0, self.max_pages_per_portal - self._sitemap_links[portal_id])
        if len(pages) > room:
            stats.inc_value("sitemap/links_capped", len(pages) - room)
            pages = pages[:room]
        self._sitemap_links[portal_id] += len(pages)
        stats.inc_value("sitemap/links", len(pages))
        self._generic_requests(response, PageAnalysis(False, None, generic=pages))

    def sitemap_error(self, failure: Failure) -> None:
        """The errback of a site map's request (called by the spider's `on_error`): an error answer past its
        retries (403, 5xx: `http_<status>`) or a download that failed (`TimeoutError`, `DNSLookupError`, a
        request refused by robots.txt or scope: `IgnoreRequest`, …)."""
        response = getattr(failure.value, "response", None)
        reason = f"http_{response.status}" if isinstance(response, Response) else failure.type.__name__
        self._sitemap_failed(failure.request.meta["nianbao_portal"], failure.request.url, reason)

    def _sitemap_failed(self, portal_id: str, url: str, reason: str) -> None:
        self.crawler.stats.inc_value("sitemap/failed")
        self.crawler.stats.inc_value(f"sitemap/failed/{reason}")
        logger.debug("portal %s: site map %s not read (%s)", portal_id, url, reason)
