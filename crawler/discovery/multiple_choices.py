"""A `300 Multiple Choices` answer read for its choices.

RFC 9110 §15.4.1: the asked resource has several representations; the server SHOULD send content listing them (a
page of links) and MAY name its preferred one in `Location`. Apache answers so when mod_speling finds more than one
document a character or so from the name asked for (a renamed or split page: "Available documents:", each a link,
no Location), and mod_negotiation when no variant fits the request. Scrapy's RedirectMiddleware follows only
301/302/303/307/308 and HttpErrorMiddleware drops any other 3xx, so the choices were lost with the answer.

Each choice stands for the asked resource: the spider requests it in the asked request's role and with its anchor,
like a redirect's target (crawler/spiders/error_reading.py). The preferred choice comes first; the body's links are
read as an error page's are (crawler/discovery/error_pages.py `ways_on`: the first limits.MAX_ERROR_PAGE_BYTES,
on the portal's site only); at most limits.MAX_MULTIPLE_CHOICES choices. Pure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery import error_pages

STATUS = 300


@dataclass
class Choices:
    urls: list[str] = field(default_factory=list)   # the preferred (Location) first, then the listed ones
    preferred: bool = False                          # a Location on the site was given
    capped: int = 0                                  # listed choices past limits.MAX_MULTIPLE_CHOICES, not taken


def choices(url: str, location: str | None, body: bytes, content_type: str,
            in_site: Callable[[str], bool]) -> Choices:
    """The choices of the 300 answer to `url`: its `location` (absolute, or None) when on the site (`in_site` takes
    a host name), then the links (and redirect target) of an HTML body."""
    out = Choices()
    if location and location != url and urlsplit(location).scheme in ("http", "https") \
            and in_site((urlsplit(location).hostname or "").lower()):
        out.urls.append(location)
        out.preferred = True
    listed: list[str] = []
    if error_pages.readable_html(body, content_type):
        found = error_pages.ways_on(url, body, content_type, in_site)
        listed = ([found.redirect] if found.redirect else []) + [link for link, _ in found.links]
    for link in listed:
        if link in out.urls:
            continue
        if len(out.urls) >= limits.MAX_MULTIPLE_CHOICES:
            out.capped += 1
        else:
            out.urls.append(link)
    return out
