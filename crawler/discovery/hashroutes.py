"""States of a hash-routed list app: links like `#/bmnb`, `#/list?page=2`, `#!/column/123` that a single-page
app (Vue/Angular hash mode, jQuery hash routers) draws for its menu and pager. They are one URL to a crawler —
the fragment never reaches the server — so the list of any state but the one first shown is reached only by
rendering the document at that route (crawler/spiders/portal.py renders each, bounded by the column's
list-page limit, only from a page already rendered on evidence).

A route is a fragment that starts with `/` or `!` (`#/…`, `#!…`): in-page anchors (`#top`, `#content`) name an
element and are no state. States that differ from a listed one only by a query (`#/bmnb?page=2` beside `#/bmnb`)
are pages of it: rendered only when the app's data requests are not pageable themselves (the spider reads a
paged XHR/fetch API page by page, crawler/discovery/pagers/jsonlist.py, which is cheaper than a render each).

Pure: reads the parsed page only."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage


@dataclass(frozen=True)
class HashRoutes:
    states: list[str] = field(default_factory=list)        # url#route, one per distinct route path
    page_variants: list[str] = field(default_factory=list)  # url#route?page=… of a route path listed above


def is_route(fragment: str) -> bool:
    return fragment[:1] in ("/", "!") and len(fragment) > 1


def hash_routes(page: HtmlPage) -> HashRoutes:
    """The route states the page's links name, other than the page's own (in order of appearance)."""
    document, current = urldefrag(page.url)
    states: dict[str, str] = {}
    variants: dict[str, str] = {}
    seen_paths = {current.split("?", 1)[0]} if is_route(current) else set()
    for el in page.tree.iter("a", "area"):
        href = (el.get("href") or "").strip()
        if "#" not in href:
            continue
        target, fragment = urldefrag(urljoin(page.base_url, href))
        if target != document or not is_route(fragment) or fragment == current:
            continue
        path = fragment.split("?", 1)[0]
        if path not in seen_paths and path == fragment:
            seen_paths.add(path)
            states.setdefault(path, f"{document}#{fragment}")
        else:
            variants.setdefault(fragment, f"{document}#{fragment}")
        if len(states) + len(variants) >= limits.MAX_ROUTES_PER_PAGE:
            break
    # a route met first with a query (`#/zjnb?page=1` and no bare `#/zjnb`) is a state of its own
    for fragment in list(variants):
        path = fragment.split("?", 1)[0]
        if path not in seen_paths:
            seen_paths.add(path)
            states[path] = variants.pop(fragment)
    return HashRoutes(list(states.values()), list(variants.values()))
