"""Stateful pagers: a list whose 下一页 link is the address of the page it is on. Small PHP and JSP list scripts keep
the page number in the visitor's server session (`$_SESSION['page']++` on `list.php?act=next`): every page after
the first has the same address, and only asking that address again, with the session's cookie, moves the list on.
A crawler that asks each address once sees page 2 and no more.

The walk asks the page's own address again (past the duplicate filters) in a cookie session of its own, one step at a
time — the server's state moves per request, so never two in flight — while the answers bring links not asked for
before (a known-only answer or two in a row are walked past) and no answer repeats an earlier one of the walk (the
fingerprint of its link set). A page that links itself without a session (no Cookie
sent, none set: a static list's last page whose 下一页 points at itself, as many do) is not walked: nothing on the
server can tell the second request from the first. The walk is bounded (limits.MAX_STATEFUL_PAGER_STEPS); the
spider's glue is crawler/spiders/stateful_pagers.py."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers.query import NEXT_TEXTS

PAGER = "stateful"

# why a walk stops (stats discovery/stateful_pager_stopped/<reason>)
REPEATED = "repeated"          # an answer's link set was an earlier answer's of the walk (the end, or a stuck server)
NO_NEW_LINKS = "no_new_links"  # limits.MAX_STATEFUL_PAGER_KNOWN_ANSWERS answers in a row named nothing not asked for
BOUND = "bound"                # limits.MAX_STATEFUL_PAGER_STEPS asked
NO_SESSION = "no_session"      # the page links itself but neither sends nor sets a cookie: nothing can move
ENDED = "ended"                # a step's answer links itself no more (its 下一页 went elsewhere or away)


def links_itself(page: HtmlPage) -> bool:
    """Whether a 下一页 link of `page` is the page's own address (fragment aside: links are resolved without it)."""
    return any(link.url == page.url and NEXT_TEXTS.match(link.text.strip()) for link in page.links)


def link_set_fingerprint(urls) -> str:
    """A short fingerprint of a set of links (order and repeats aside)."""
    digest = hashlib.blake2b(digest_size=8)
    for url in sorted(set(urls)):
        digest.update(url.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


@dataclass
class StatefulWalk:
    """One walk's memory, carried from step to step in the request's meta (it is asked one step at a time). The walk
    runs in a cookie session of its own, carried in the meta too (any worker of a shared frontier goes on in it), so
    that the list's other links (首页, 尾页, 上一页, asked as plain links in the crawl's jar) cannot move its session:
    its first ask starts a new session, whose answer is the page that started the walk again (the session's second
    page), and only then do the answers move on."""
    answers: list[str] = field(default_factory=list)   # link-set fingerprints of the answers so far, in order
    asked: int = 0                                     # the page's address asked again
    session: list[dict] = field(default_factory=list)  # the cookies the server set for the walk (its session),
    # carried in the step's meta so that any worker of a shared frontier sends them (spiders/stateful_pagers.py)
    known: int = 0                                     # answers in a row that named nothing not asked for before

    def next_step(self, fingerprint: str, new_links: bool, bound: int,
                  known_answers: int = limits.MAX_STATEFUL_PAGER_KNOWN_ANSWERS) -> str | None:
        """Record an answer; None to ask again, else why the walk stops. A moved answer whose links were all
        asked for already (a middle page a sitemap or the home page named first) is walked past, up to
        `known_answers` in a row: the list's true end repeats its last page, which REPEATED stops at once."""
        replay = self.asked == 1 and self.answers == [fingerprint]   # the new session's answer to the first ask
        if fingerprint in self.answers and not replay:
            return REPEATED
        if not replay:
            self.answers.append(fingerprint)
            self.known = 0 if new_links else self.known + 1
            if self.known >= known_answers:
                return NO_NEW_LINKS
        if self.asked >= bound:
            return BOUND
        self.asked += 1
        return None
