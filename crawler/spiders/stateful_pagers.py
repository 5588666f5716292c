"""Walking a stateful pager for the portal spider (crawler/spiders/portal.py `parse_html`; the rule is
crawler/discovery/pagers/stateful.py): a list page whose 下一页 link is its own address, in a cookie session, is
asked again past the duplicate filters, one step at a time, in a cookie jar of the walk's own (Scrapy's `cookiejar`
meta: CookiesMiddleware keeps the session the first ask starts and sends it back on every later one). Each answer is a step of the walk, which goes on while answers bring links not asked for before and repeat none of the
walk's earlier answers, up to NIANBAO_MAX_STATEFUL_PAGER_STEPS asks. Steps are list pages of the page's column (its
list-page limit counts them) and reset Scrapy's depth. Stats `discovery/stateful_pager_steps`,
`discovery/stateful_pager_stopped/<reason>`."""

from __future__ import annotations

from dataclasses import asdict

from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.crawler.discovery.pagers import PageRequest, stateful
from scrapy import Request
from scrapy.http import Response

WALK_META = "nianbao_stateful_walk"   # the walk's answers so far (stateful.StatefulWalk's fields)


def in_session(response: Response) -> bool:
    """Whether the answer belongs to a cookie session this crawler keeps: a Cookie was sent or one is being set,
    in a jar the answer's Set-Cookie reaches (a cookie choice's header is sent as written, never stored)."""
    if response.meta.get("dont_merge_cookies"):
        return False
    request = response.request
    sent = request is not None and bool(request.headers.get(b"Cookie"))
    return sent or bool(response.headers.getlist(b"Set-Cookie"))


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
    # the walk's own jar (one session from its first ask to its last): the crawl's jar is shared by the list's other
    # links, and a 首页 or 尾页 asked between two steps would move the session the walk pages through
    jar = meta.get("cookiejar") if walking is not None else f"{WALK_META}:{response.url}"
    extra = {WALK_META: asdict(walk), "depth_reset": True, "cookiejar": jar}
    request = spider._child(response, response.url, "list", "L", column=column_key, dont_filter=True, render=False,
                            page_request=PageRequest(response.url, pager=stateful.PAGER), extra=extra,
                            anchor=meta.get("nianbao_anchor") or "")
    if request is not None:
        state.list_pages[column_key] += 1
        stats.inc_value("discovery/stateful_pager_steps")
    return request
