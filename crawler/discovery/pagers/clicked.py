"""The pages a rendered list's pager controls navigated to: a click on a `javascript:;` 下一页 whose handler sets
`location.href` is held by the browser, and its target is written into the DOM as a link without text in the
`<div data-nianbao-clicked>` (crawler/browser_controls.py). Such a target is the list's next page (or a tab's
list), so it is asked for as a pager page of the column (pager `clicked`): walked as a 下一页 chain, bounded by the
list-page limit, not the depth limit. Read as an ordinary link it was one hop deeper per page, and a list
rendered page after page stopped at DEPTH_LIMIT (the thirteenth round's relnext lost its last page so).
Pure; only on a rendered page's DOM."""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

PAGER = "clicked"
MARK = "data-nianbao-clicked"


def clicked_pages(page: HtmlPage) -> list[PageRequest]:
    """The same-host pages the render's control clicks navigated to (links without text in the clicked box)."""
    if MARK not in page.text:
        return []
    host = urlsplit(page.url).hostname
    out: list[str] = []
    for box in page.tree.iter("div"):
        if box.get(MARK) is None:
            continue
        for a in box.iter("a"):
            url = page.absolute(a.get("href"))
            if url and not clean_text(a.text_content()) and url != page.url and url not in out \
                    and urlsplit(url).hostname == host:
                out.append(url)
    return [PageRequest(url, pager=PAGER) for url in out[:MAX_PAGES]]
