"""Page requisites: the images, stylesheets, fonts and scripts a report page needs to replay as it was shown.

A report whose tables are published as images loses its numbers with the page unless the images are archived
too; Heritrix and Browsertrix capture such embeds (hop letter `E`). Here a report page's (and landing page's)
requisites are read from its HTML — `<img src|srcset|data-src>`, `<input type=image>`, `<link rel=stylesheet|icon|
preload>`, `<script src>`, `url()` / `@import` in `<style>` and `style=` — and a fetched stylesheet's own `url()`s
(fonts, background images) from its text.

Scope: the page's host, the portal's hosts and the registry's `requisite_hosts` (a CDN the portal serves its
files from). Everything else is a third party (counters, share buttons, maps) and is never requested; analytics
hosts are refused even when declared. Pure functions: the spider (crawler/spiders/portal.py) turns the URLs into
requests (role `requisite`, at most `limits.MAX_REQUISITES_PER_PAGE` per page, each at most
`limits.MAX_REQUISITE_BYTES`); identical bytes under several URLs become identical-payload revisits in the WARC
writer, and one URL is fetched once per crawl."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree
from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.parse import limits as parse_limits

# Analytics and tracking hosts (suffixes): never fetched, even when a registry declares them.
ANALYTICS_HOST_SUFFIXES = (
    "hm.baidu.com", "cnzz.com", "51.la", "google-analytics.com", "googletagmanager.com", "doubleclick.net",
    "growingio.com", "umeng.com", "tongji.baidu.com", "count.gov.cn", "ucap.com.cn", "zhuge.io",
)
_STYLESHEET_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload"}
# url(...) and @import "..." in CSS (hand-written: no CSS parser among our dependencies, and these two forms are
# all a stylesheet uses to pull in other files)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.IGNORECASE)
_SKIP = ("data:", "javascript:", "about:", "blob:", "#")
_STYLED = etree.XPath("//*[@style]")   # compiled once (tree.xpath compiles its expression on every call)
# The elements that can refer to a requisite, in document order: a body, table or cell only with a background (a
# report's tables have thousands of cells, and a Python object and test per cell was most of reading a page's
# requisites)
_REFERRING = etree.XPath("//img | //input | //link | //script | //style | //source | //video"
                         " | //body[@background] | //table[@background] | //td[@background]")


@dataclass
class Requisites:
    """What a page needs, in scope, and how many were left out (by reason, for the crawl's stats)."""
    urls: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)

    def drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1


def is_analytics(host: str) -> bool:
    return any(host == suffix or host.endswith("." + suffix) for suffix in ANALYTICS_HOST_SUFFIXES)


def _srcset_urls(value: str) -> list[str]:
    return [part.split()[0] for part in value.split(",") if part.strip()]


def html_requisite_refs(page: HtmlPage) -> list[str]:
    """Every requisite reference of an HTML page, absolute, in document order."""
    refs: list[str] = []
    for el in _REFERRING(page.tree):
        tag = el.tag
        if tag in ("img", "source"):
            refs += [page.absolute(el.get(a)) for a in ("src", "data-src", "data-original")]
            for attr in ("srcset", "data-srcset"):
                refs += [page.absolute(u) for u in _srcset_urls(el.get(attr) or "")]
        elif tag == "input" and (el.get("type") or "").lower() == "image":
            refs.append(page.absolute(el.get("src")))
        elif tag == "link" and _STYLESHEET_RELS & set((el.get("rel") or "").lower().split()):
            refs.append(page.absolute(el.get("href")))
        elif tag == "script":
            refs.append(page.absolute(el.get("src")))
        elif tag == "style":
            refs += css_refs(el.text or "", page.base_url)
        elif tag == "video":
            refs.append(page.absolute(el.get("poster")))
        elif tag in ("body", "table", "td"):
            refs.append(page.absolute(el.get("background")))
    for el in _STYLED(page.tree):
        refs += css_refs(el.get("style") or "", page.base_url)
    return [r for r in refs if r]


def css_refs(css: str, base_url: str) -> list[str]:
    """Absolute URLs a stylesheet refers to (`url()`, `@import`)."""
    if "(" not in css and "@" not in css:   # no url( and no @import: most style= attributes (width:90%)
        return []
    out = []
    for match in _CSS_URL.finditer(css[: parse_limits.MAX_HTML_CHARS]):
        ref = (match.group(2) or match.group(4) or "").strip()
        if ref and not ref.lower().startswith(_SKIP):
            url = urljoin(base_url, ref).split("#", 1)[0]
            if url.startswith(("http://", "https://")):
                out.append(url)
    return out


def in_scope(refs: list[str], page_url: str, portal_hosts: tuple[str, ...] = (),
             requisite_hosts: tuple[str, ...] = ()) -> Requisites:
    """The references a crawler may fetch for the page: deduplicated, within scope, at most
    MAX_REQUISITES_PER_PAGE; the rest counted by reason (`offsite`, `analytics`, `over_limit`)."""
    allowed = {(urlsplit(page_url).hostname or "").lower(), *portal_hosts, *requisite_hosts}
    result, seen = Requisites(), set()
    for url in refs:
        if url in seen:
            continue
        seen.add(url)
        host = (urlsplit(url).hostname or "").lower()
        if is_analytics(host):
            result.drop("analytics")
        elif host not in allowed:
            result.drop("offsite")
        elif len(result.urls) >= limits.MAX_REQUISITES_PER_PAGE:
            result.drop("over_limit")
        else:
            result.urls.append(url)
    return result


def page_requisites(page: HtmlPage, portal_hosts: tuple[str, ...] = (),
                    requisite_hosts: tuple[str, ...] = ()) -> Requisites:
    return in_scope(html_requisite_refs(page), page.url, portal_hosts, requisite_hosts)


def stylesheet_requisites(css: bytes, url: str, portal_hosts: tuple[str, ...] = (),
                          requisite_hosts: tuple[str, ...] = ()) -> Requisites:
    """A fetched stylesheet's fonts, background images and imports (decoded as UTF-8, the CSS default)."""
    return in_scope(css_refs(css.decode("utf-8", "replace"), url), url, portal_hosts, requisite_hosts)


def is_stylesheet(content_type: str, url: str) -> bool:
    return "text/css" in content_type.lower() or urlsplit(url).path.lower().endswith(".css")
