"""When a page's scripts are done with what they were doing: no request waiting for its answer, and neither an
answer nor an element added or removed for a quiet time. Two waits use it: a render's (crawler/browser.py
settle_page: the page's first drawing) and a list control's click (crawler/browser_controls.py: the redraw it
causes). One module of its own because both need it and browser.py imports browser_controls.

Why not Playwright's network idle: it never comes on a page that holds a `Cache-Control: no-store` answer it does
not read (settle_page's docstring), and once a page has reached it, `wait_for_load_state("networkidle")` returns at
once — measured: after a click whose list answer took 0.4 s, it returned before the request was even answered, and
the redraw was never seen."""

from __future__ import annotations

import asyncio

STEP_MS = 100             # how often a wait looks at its page

# What the wait watches of the DOM: the number of its elements. A drawn list adds some; a ticking clock or a
# sliding banner (text and style changes, which most portals' home pages have) adds none, and must not keep a
# wait from ending.
_ELEMENTS = "() => document.getElementsByTagName('*').length"


def track_requests(page) -> None:
    """Note the page's requests that wait for an answer and when the last answer came. Reset per render (a reused
    tab keeps its listeners: installed once)."""
    state = {"pending": set(), "answered_at": asyncio.get_running_loop().time()}
    page.__dict__["_nianbao_requests"] = state
    if page.__dict__.get("_nianbao_requests_tracked"):
        return
    page.__dict__["_nianbao_requests_tracked"] = True

    def started(request) -> None:
        page.__dict__["_nianbao_requests"]["pending"].add(request)

    def answered(request) -> None:
        current = page.__dict__["_nianbao_requests"]
        current["pending"].discard(request)
        current["answered_at"] = asyncio.get_running_loop().time()

    page.on("request", started)
    page.on("response", lambda response: answered(response.request))
    page.on("requestfailed", answered)


async def wait_quiet(page, quiet_ms: int, timeout_ms: int) -> str:
    """Wait until no request waits for its answer and neither an answer came nor the number of elements changed for
    `quiet_ms`, at most `timeout_ms`. Returns "quiet", "timeout" or "gone" (the page closed)."""
    loop = asyncio.get_running_loop()
    if "_nianbao_requests" not in page.__dict__:
        track_requests(page)
    requests = page.__dict__["_nianbao_requests"]
    started = quiet_since = loop.time()
    elements = None
    while loop.time() - started < timeout_ms / 1000:
        try:
            count = await page.evaluate(_ELEMENTS)
        except Exception:  # noqa: BLE001 - a navigation replaced the document: its new one is counted next
            count = None
            if page.is_closed():
                return "gone"
        now = loop.time()
        if count is None or count != elements or requests["pending"] or requests["answered_at"] > quiet_since:
            elements, quiet_since = count, max(now, requests["answered_at"])
        elif now - quiet_since >= quiet_ms / 1000:
            return "quiet"
        await asyncio.sleep(STEP_MS / 1000)
    return "timeout"
