"""Links to ANOTHER document that carry a hash route: `<a href="/xxgk/nbgk.shtml#/list/1a2b3c4d">`.

A hash-routed list app (Vue/Angular hash mode, a jQuery router reading `location.hash`) shows a column only at its
route; a menu elsewhere on the site links the app, or an old address of it, with the route in the fragment. The
fragment never reaches the server, so the page's link reader (page.py) drops it and the app is fetched once, with
no route (请选择栏目). When the address answers a redirect whose `Location` names no fragment (nginx's `return 301`
knows nothing of it), the client carries the link's fragment over (RFC 9110 section 10.2.2: the target "inherits
the fragment component of the URI reference used to generate the request target"); browsers do, and so does
Scrapy's RedirectMiddleware. So each route is asked for as its own request, `url#route`, in the role the link's
document is followed in: where it lands is read, and rendered on the usual evidence, at the route.

A route is what hashroutes.py calls one (`#/…`, `#!…`; `#top` names an element and is no state); the routes of the
page's own document are hashroutes.py's (its other states, rendered from a rendered page). Pure: reads the parsed
page; at most limits.MAX_ROUTES_PER_PAGE routed links a page.

Scrapy's answer names the address it fetched, fragment left out (`response.url`), while its request (the redirect
Scrapy built) keeps the route: `with_route` gives the address a browser shows, the one to render."""

from __future__ import annotations

from urllib.parse import urldefrag

from nianbao.crawler import limits
from nianbao.crawler.discovery.hashroutes import is_route
from nianbao.crawler.discovery.page import HtmlPage


def routed_links(page: HtmlPage) -> dict[str, list[str]]:
    """The page's links that carry a route to another document: document URL (fragment removed, as the page's
    links name it) → its `url#route` forms, in order of appearance, distinct."""
    if "#/" not in page.text and "#!" not in page.text:   # most pages: no route in any link
        return {}
    own = urldefrag(page.url)[0]
    out: dict[str, list[str]] = {}
    taken: set[str] = set()
    for el in page.tree.iter("a", "area"):
        href = el.get("href") or ""
        if "#" not in href:
            continue
        url = page.absolute(href.split("#", 1)[0] or page.url)
        fragment = href.split("#", 1)[1].strip()
        if url is None or url == own or not is_route(fragment):
            continue
        routed = f"{url}#{fragment}"
        if routed in taken:
            continue
        taken.add(routed)
        out.setdefault(url, []).append(routed)
        if len(taken) >= limits.MAX_ROUTES_PER_PAGE:
            break
    return out


def with_route(response_url: str, request_url: str) -> str:
    """`response_url` with the route `request_url` carries when both name the same document and the answer's
    address has no fragment of its own (an in-page anchor, `#top`, is no route: left out)."""
    if "#" in response_url or "#" not in request_url:
        return response_url
    document, fragment = urldefrag(request_url)
    return f"{response_url}#{fragment}" if document == response_url and is_route(fragment) else response_url
