"""Links inside `<iframe srcdoc="…">`: `srcdoc_links(page) -> list[Link]`.

A page may carry a list as a whole HTML document in an iframe's `srcdoc` attribute, its markup entity-escaped
(`&lt;a href=&quot;…&quot;&gt;`): the browser shows the list in the frame, while the page itself has no `<a>` for
it. lxml has already unescaped the attribute; the document is parsed as the browser parses it, and its links are
the page's. A srcdoc document's relative addresses resolve against the parent page's base URL (HTML's
"about:srcdoc" rule), so the document is read with the parent's base. Bounded: MAX_SRCDOC_FRAMES a page,
limits.MAX_SRCDOC_CHARS a frame. Pure; no network."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage, Link

MAX_SRCDOC_FRAMES = 16   # a page with more inline frames is no list page; each is parsed once


def srcdoc_links(page: HtmlPage) -> list[Link]:
    """The links of the page's srcdoc frames, in document order, tag `iframe`, without repeats."""
    if "srcdoc" not in page.text:
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for n, frame in enumerate(page.tree.iter("iframe")):
        if n >= MAX_SRCDOC_FRAMES:
            break
        doc = frame.get("srcdoc")
        if not doc:
            continue
        inner = HtmlPage(url=page.base_url, text=doc[: limits.MAX_SRCDOC_CHARS], encoding=page.encoding)
        for link in inner.links:
            if link.url not in seen:
                seen.add(link.url)
                out.append(Link(link.url, link.text, link.title, "iframe"))
    return out
