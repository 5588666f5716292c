"""Walking a stateful pager for the portal spider (crawler/spiders/portal.py `parse_html`; the rule is
crawler/discovery/pagers/stateful.py): a list page whose 下一页 link is its own address, in a cookie session, is
asked again past the duplicate filters, one step at a time, in a cookie session of the walk's own. Each answer is a
step of the walk, which goes on while answers bring links not asked for before and repeat none of the walk's earlier
answers, up to NIANBAO_MAX_STATEFUL_PAGER_STEPS asks. Steps are list pages of the page's column (its list-page limit
counts them) and reset Scrapy's depth. Stats `discovery/stateful_pager_steps`,
`discovery/stateful_pager_stopped/<reason>`, `discovery/stateful_pager_cookies_dropped`.

The walk's session is the walk's meta, not a Scrapy cookie jar: with a shared frontier (crawler/frontier.py) a step
goes through Redis and any worker may take it, but CookiesMiddleware's jars (its `cookiejar` meta) live in one
worker, so a step another worker took started a fresh session (the walk stopped on a repeat of page 2). Each step
carries the cookies the server set for the walk (bounded: limits.MAX_STATEFUL_PAGER_COOKIES and _COOKIE_BYTES) and is
sent with `dont_merge_cookies` and the Cookie header a jar re-seeded from them writes (http.cookiejar's domain, path,
expiry and Secure rules); each answer's Set-Cookie is applied to them the same way. In one worker the requests are
the same as a jar of the walk's own sent."""

from __future__ import annotations

from dataclasses import asdict
from http.cookiejar import Cookie

from nianbao.crawler import limits
from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.crawler.discovery.pagers import PageRequest, stateful
from scrapy import Request
from scrapy.http import Response
from scrapy.http.cookies import CookieJar

WALK_META = "nianbao_stateful_walk"   # the walk's answers so far and its session (stateful.StatefulWalk's fields)


def in_session(response: Response) -> bool:
    """Whether the answer belongs to a cookie session this crawler keeps: a Cookie was sent or one is being set,
    in a jar the answer's Set-Cookie reaches (a cookie choice's header is sent as written, never stored)."""
    if response.meta.get("dont_merge_cookies"):
        return False
    request = response.request
    sent = request is not None and bool(request.headers.get(b"Cookie"))
    return sent or bool(response.headers.getlist(b"Set-Cookie"))


def _session_jar(session: list[dict]) -> CookieJar:
    """A cookie jar holding the walk's carried session (the fields `walk_session` keeps)."""
    jar = CookieJar()
    for c in session:
        jar.jar.set_cookie(Cookie(0, c["name"], c["value"], None, False, c["domain"], not c["host_only"],
                                  c["domain"].startswith("."), c["path"], c["path_specified"], c["secure"],
                                  c["expires"], c["expires"] is None, None, None, {}))
    return jar


def walk_session(session: list[dict], response: Response) -> tuple[list[dict], int]:
    """The walk's session once `response` is answered: `session` with the answer's Set-Cookie applied as a jar
    applies it (a new value replaces, an expired cookie goes), the first MAX_STATEFUL_PAGER_COOKIES that fit in
    MAX_STATEFUL_PAGER_COOKIE_BYTES kept; and how many were dropped over those bounds (a server's untrusted
    headers travel in every step's meta, through Redis)."""
    jar = _session_jar(session)
    if response.request is not None and response.headers.getlist(b"Set-Cookie"):
        jar.extract_cookies(response, response.request)
    kept: list[dict] = []
    size = dropped = 0
    for cookie in jar:
        cookie_bytes = sum(len(part or "") for part in (cookie.name, cookie.value, cookie.domain, cookie.path))
        if len(kept) >= limits.MAX_STATEFUL_PAGER_COOKIES or size + cookie_bytes > limits.MAX_STATEFUL_PAGER_COOKIE_BYTES:
            dropped += 1
            continue
        size += cookie_bytes
        kept.append({"name": cookie.name, "value": cookie.value, "domain": cookie.domain,
                     "host_only": not cookie.domain_specified, "path": cookie.path,
                     "path_specified": cookie.path_specified, "secure": cookie.secure, "expires": cookie.expires})
    return kept, dropped


def stateful_pager_request(spider, response: Response, analysis: PageAnalysis, column_key: str,
                           new_links: bool) -> Request | None:
    """The next step of the walk `response` starts or continues, or None (the reason counted)."""
    meta = response.meta
    walking = meta.get(WALK_META)
    if walking is None and not analysis.links_itself:
        return None
    stats = spider.crawler.stats
    if not spider.stateful_pager_steps or not spider.cookies_enabled:
        return None
    if not analysis.links_itself:   # a step's answer whose 下一页 went elsewhere or went away: the list ended
        stats.inc_value(f"discovery/stateful_pager_stopped/{stateful.ENDED}")
        return None
    if walking is None and not in_session(response):
        stats.inc_value(f"discovery/stateful_pager_stopped/{stateful.NO_SESSION}")
        return None
    walk = stateful.StatefulWalk(**walking) if walking is not None else stateful.StatefulWalk()
    fingerprint = stateful.link_set_fingerprint(f.url for f in analysis.follows if f.role != "requisite")
    reason = walk.next_step(fingerprint, new_links, spider.stateful_pager_steps)
    state = spider.states[meta["nianbao_portal"]]
    if reason is None and state.list_pages[column_key] >= spider.max_list_pages:
        reason = stateful.BOUND
    if reason is not None:
        stats.inc_value(f"discovery/stateful_pager_stopped/{reason}")
        return None
    # the walk's own session (one from its first ask to its last), never the crawl's jar: that jar is shared by the
    # list's other links, and a 首页 or 尾页 asked between two steps would move the session the walk pages through.
    # The first ask sends none (the server starts the walk's session); later ones what the answers set.
    if walking is not None:
        walk.session, dropped = walk_session(walk.session, response)
        if dropped:
            stats.inc_value("discovery/stateful_pager_cookies_dropped", dropped)
    extra = {WALK_META: asdict(walk), "depth_reset": True, "dont_merge_cookies": True}
    request = spider._child(response, response.url, "list", "L", column=column_key, dont_filter=True, render=False,
                            page_request=PageRequest(response.url, pager=stateful.PAGER), extra=extra,
                            anchor=meta.get("nianbao_anchor") or "")
    if request is not None:
        _session_jar(walk.session).add_cookie_header(request)
        state.list_pages[column_key] += 1
        stats.inc_value("discovery/stateful_pager_steps")
    return request
