"""Error answers read for their ways on (a mixin of crawler/spiders/portal.py `PortalSpider`, kept apart so the
spider stays readable). A 404/410 answer reaches the spider's callback (settings HTTPERROR_ALLOWED_CODES); a 5xx
that outlived its retries reaches the errback as HttpError with its response. Either way the answer was archived
already (crawler/downloadermiddlewares/capture.py) and is counted as an error (`portal/<id>/http_<status>`); it is
never an item. Its body is read here (crawler/discovery/error_pages.py): the redirect target (meta refresh, a
countdown script) is requested in the failed request's role (a page, or the homepage), its in-site links wait with
the unranked links. Bounded per portal and read once per distinct body. Stats: error_pages/read, /repeated,
/capped, /redirects, /links.

A `300 Multiple Choices` answer (settings HTTPERROR_ALLOWED_CODES) is no error but has no page either: its choices
(crawler/discovery/multiple_choices.py: the Location first, then its body's links) are requested in the asked
request's role and with its anchor, each standing for the page asked for. Stats: multiple_choices/answers,
/preferred, /choices, /capped, /empty (a 300 naming no choice on the site), /other_role (a site map's, a script's:
not read)."""

from __future__ import annotations

from collections import Counter, defaultdict

from nianbao.crawler import limits
from nianbao.crawler.discovery import error_pages, multiple_choices
from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.crawler.discovery.attachments import is_file_link
from nianbao.crawler.discovery.page import Link
from nianbao.crawler.downloadermiddlewares.cookieredirect import redirect_target
from scrapy import Request
from scrapy.http import Response

PAGE_ROLES = ("home", "section", "column", "list", "page", "article", None)   # roles whose answers are pages
MAX_BODIES_REMEMBERED = 200   # distinct error bodies remembered per portal (then every one counts as new: bounded)


class ErrorReading:
    """Uses the spider's `_sites`, `_child`, `_generic_requests` and `crawler`."""

    def init_error_reading(self) -> None:
        self._error_pages_read: Counter = Counter()                  # portal → error pages read
        self._error_bodies: defaultdict[str, set[str]] = defaultdict(set)   # portal → digests of bodies read

    def error_page_requests(self, response: Response) -> list[Request]:
        """The requests an error answer's page points to (none when it is not worth or not allowed a read)."""
        meta, stats = response.meta, self.crawler.stats
        portal_id = meta["nianbao_portal"]
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if meta.get("nianbao_role") not in PAGE_ROLES \
                or not error_pages.readable(response.status, response.body, content_type):
            return []
        key = error_pages.body_key(response.body)
        bodies = self._error_bodies[portal_id]
        if key in bodies:
            stats.inc_value("error_pages/repeated")
            return []
        if self._error_pages_read[portal_id] >= limits.MAX_ERROR_PAGES_PER_PORTAL:
            stats.inc_value("error_pages/capped")
            return []
        if len(bodies) < MAX_BODIES_REMEMBERED:
            bodies.add(key)
        self._error_pages_read[portal_id] += 1
        stats.inc_value("error_pages/read")
        site = self._sites[portal_id]
        found = error_pages.ways_on(response.url, response.body, content_type, site.contains)
        out: list[Request] = []
        if found.redirect:
            stats.inc_value("error_pages/redirects")
            role = "home" if meta.get("nianbao_role") == "home" else "page"
            request = self._child(response, found.redirect, role, "R", anchor=meta.get("nianbao_anchor") or "")
            if request is not None:
                out.append(request)
        if found.links:
            stats.inc_value("error_pages/links", len(found.links))
            generic = [(url, label, is_file_link(Link(url, label))) for url, label in found.links]
            self._generic_requests(response, PageAnalysis(False, None, generic=generic))
        return out

    def multiple_choice_requests(self, response: Response) -> list[Request]:
        """The requests for a 300 answer's choices, in the asked request's role, with its anchor."""
        meta, stats = response.meta, self.crawler.stats
        role = meta.get("nianbao_role")
        if role not in PAGE_ROLES:
            stats.inc_value("multiple_choices/other_role")
            return []
        stats.inc_value("multiple_choices/answers")
        location = response.headers.get(b"Location")
        site = self._sites[meta["nianbao_portal"]]
        found = multiple_choices.choices(response.url, redirect_target(response.url, location) if location else None,
                                         response.body, response.headers.get(b"Content-Type", b"").decode("latin-1"),
                                         site.contains)
        if not found.urls:
            stats.inc_value("multiple_choices/empty")
            return []
        stats.inc_value("multiple_choices/preferred", int(found.preferred))
        stats.inc_value("multiple_choices/choices", len(found.urls))
        stats.inc_value("multiple_choices/capped", found.capped)
        anchor = meta.get("nianbao_anchor") or ""
        out = [self._child(response, url, role or "page", "R", anchor=anchor) for url in found.urls]
        return [request for request in out if request is not None]
