"""A bounded generic explorer of a rendered list page's script-handled controls: what a user clicks that is not a
link — a 打印本页 button whose handler opens a print window of the page's path, a calendar's days, a 智能问答 box's
question buttons, bare `<li>` tabs whose handler loads `tab_<index>.html`, a year `<select>` whose change handler
fetches a list. browser_controls.py clicks the controls it recognises by name (tab/year/pager boxes, data-year …);
this page method clicks every element the page's scripts handle, whatever it is called.

Which elements: those with a click or change listener, asked of Chromium (CDP `DOMDebugger.getEventListeners` on
the document, whole subtree: `addEventListener`, `onclick` properties and attributes, jQuery's direct handlers),
plus the targets of jQuery-delegated handlers (`jQuery._data(node, "events")` selectors) — visible, without a page
href, outside the site's header, footer and navigation, and not a close/print/favourite tool nor a button that
sends something (留言, 投票, 提交 …: ACTION_TEXT; a form submission a click causes is held, never sent). A
`<select>` with a change handler has each of its options chosen. After each action the page's new links are collected, and so are
the windows it opened (`window.open` is replaced by a recorder during exploring; a popup that opens anyway is
noted and closed), the main-frame navigations it caused (held by the capture route, crawler/browser.init_page) and
the URLs of the XHR/fetch answers that look like lists (JSON or HTML) when the action showed no new link (an
answer the script drew is read from the DOM) and, for JSON, the capture route did not note it in the render's meta
(`nianbao_xhr_json`, read by the spider; crawler/browser.py).
Controls an action revealed (a calendar's days once a year is chosen) are explored right after it (depth 2).
Dependent drop-downs (单位类别 → 单位 → 年度, 省 → 市 → 县: each level's options fetched by the choice above, the levels
below empty until then) are followed level by level: a `<select>` with a change listener is remembered even while it
has no option (LISTENED); after each action, a remembered select whose options the action put there anew (options
not tagged OPTION_SEEN before it: a script that refills a select creates its options again, even when they are the
same years) has each of its options chosen in turn, and so on down (MAX_SELECT_LEVELS levels, MAX_OPTIONS options
a level; every choice is an action, so the combinations are bounded by the page's actions and time).

Scrollable boxes are scrolled before the controls are clicked: an element with a scroll bar of its own
(overflow-y auto/scroll) that holds more than it shows and has a link in it, outside the header, footer and
navigation — a virtual list (a box of fixed height over a spacer as tall as all its rows, only the rows in view in
the DOM, replaced and their windows fetched as the box scrolls: a pattern front-end list components share), or a
box that asks for more rows when its end comes into view. Scrolling the window (scroll_to_end, crawler/browser.py)
reaches neither. Each box is scrolled down in steps of most of its height, the links collected after each step
(via `scroll`), to its end; a box whose steps show nothing new is scrolled to its end once and left (MAX_BOXES
boxes, MAX_BOX_STEPS steps each; a step is an action).
Bounds: NIANBAO_EXPLORE_CLICKS actions and NIANBAO_EXPLORE_SECONDS per page (crawler/settings.py; 0 clicks turns
the explorer off); a page rendered for this alone is bounded per portal (NIANBAO_EXPLORE_PORTAL_RENDERS).

What was found is added to the DOM before it is taken, as links in one hidden `<div data-nianbao-explored>` (the
archived DOM says so; each link's `data-nianbao-via` says how it was found), where discovery reads them like any
link of the page (a JSON answer reached as a link is read as a script's data, crawler/spiders/portal.py).

Runs on pages rendered on evidence (meta `nianbao_render_reason`) and on list pages rendered as such; the evidence
`script_controls` (crawler/discovery/render_evidence.py) renders a column page (or the front page) whose scripts
handle clicks the static readers did not resolve. Stats: browser/explore/* (RenderedCaptureMiddleware): pages,
actions, links, spent, boxes (scrolled), scrolls (steps),
dependent (options chosen in drop-downs a choice above filled)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nianbao.crawler.discovery.gate_forms import ACTION_WORDS

logger = logging.getLogger(__name__)

MARK = "data-nianbao-explored"          # the box of what exploring found
HANDLED = "data-nianbao-handled"        # elements a listener was found on (set for one marking, then cleared)
CONTROL = "data-nianbao-ctl"            # a control's id, kept while the element lives: what is new after a click
LISTENED = "data-nianbao-listened"      # a <select> with a change listener (kept: it may be filled later)
OPTION_SEEN = "data-nianbao-seen"       # an <option> that was there before the current action
MAX_SELECT_LEVELS = 4                   # dependent drop-downs followed below a chosen one (类别 → 单位 → 年度 → 月)
MAX_LISTENER_NODES = 300                # nodes with click/change listeners resolved per marking (CDP round trips)
MAX_OPTIONS = 24                        # options chosen per <select> (a year picker from 2008 has 19)
MAX_COLLECTED_LINKS = 2_000
SETTLE_MS = 120                         # quiet time that ends an action's wait (no XHR/fetch pending)
ACTION_WAIT_MS = 2_500                  # longest wait for an action's requests and redraw
MAX_CONTROL_TEXT = 60                   # a question button's text is a sentence
MAX_BOXES = 6                           # scrollable boxes scrolled per page
MAX_BOX_STEPS = 40                      # scroll steps per box (a 400-row virtual list at ten rows a view)
MAX_IDLE_STEPS = 2                      # steps that showed no new link before the box is scrolled to its end once
BOX_STEP = 0.8                          # of the box's height a step scrolls: rows at a view's edge are seen twice
MAX_SCANNED_ELEMENTS = 20_000           # elements looked at for scrollable boxes
LISTENER_TYPES = ("click", "change", "mousedown", "mouseup")
# Controls that send something rather than show it: not clicked (the words of gate_forms.ACTION_WORDS, and a few a
# button says where a form does not)
ACTION_TEXT = f"{ACTION_WORDS.pattern}|提交|发送|点赞|评论|收藏|分享|打分|退出"


@dataclass(frozen=True)
class ExploreConfig:
    """Bounds of one page's exploring (settings read once, BrowserCapture.from_crawler)."""
    max_clicks: int = 60        # NIANBAO_EXPLORE_CLICKS: actions per page (clicks and options chosen); 0: off
    seconds: float = 15.0       # NIANBAO_EXPLORE_SECONDS: time per page

    @classmethod
    def from_settings(cls, settings) -> ExploreConfig:
        return cls(max_clicks=settings.getint("NIANBAO_EXPLORE_CLICKS", cls.max_clicks),
                   seconds=settings.getfloat("NIANBAO_EXPLORE_SECONDS", cls.seconds))


# Before exploring: window.open records instead of opening (a popup costs a renderer and escapes the page's
# route), and close/print do nothing (a 关闭窗口 tool must not close the tab being explored).
_INSTALL = """() => {
  if (window.__nianbaoOpened) return;
  window.__nianbaoOpened = [];
  window.__nianbaoOpen = window.open;
  window.open = function (url) {
    try { if (url) window.__nianbaoOpened.push(new URL(String(url), location.href).href); } catch (e) {}
    return null;
  };
  window.__nianbaoClose = window.close; window.close = function () {};
  window.__nianbaoPrint = window.print; window.print = function () {};
}"""
_UNINSTALL = """() => {
  if (!window.__nianbaoOpened) return [];
  const opened = window.__nianbaoOpened;
  window.open = window.__nianbaoOpen; window.close = window.__nianbaoClose; window.print = window.__nianbaoPrint;
  delete window.__nianbaoOpened;
  return opened;
}"""
_OPENED = "() => (window.__nianbaoOpened || []).splice(0)"

# What both markings below ask of an element: is it visible, is it in the site's header/footer/navigation.
_ELEMENT_TESTS = r"""
  const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const named = el => `${el.id || ""} ${typeof el.className === "string" ? el.className : ""}`;
  const chrome = /(^|[\s_-])(header|footer|head|foot|top|bottom|nav|navbar|menu|topnav|mainnav|sitenav|copyright|banner)(\d*)([\s_-]|$)/i;
  const inChrome = el => { for (let a = el; a && a !== document.body; a = a.parentElement) {
      if (["HEADER", "FOOTER", "NAV"].includes(a.tagName)) return true;
      const n = named(a); if (chrome.test(n) && !/tab/i.test(n)) return true; }
    return false; };
"""
# The controls among the elements marked HANDLED (and onclick/onchange attributes, and jQuery-delegated targets):
# gives new ones an id; returns [[id, kind, option values]] for the controls that had no id before, in document
# order. Leaves out: invisible elements, page links, the header/footer/navigation, containers (a listener on a
# box that delegates to its items is not one control), text inputs, and tools that close, print, bookmark, zoom.
_MARK_CONTROLS = r"""([handled, control, maxText, maxOptions, maxNew, actionWords, listened]) => {
  const pageHref = el => { const a = el.closest("a[href]"); if (!a) return false;
    const h = a.getAttribute("href").trim().toLowerCase(); return !!h && !h.startsWith("#") && !h.startsWith("javascript:"); };
  const text = el => (el.tagName === "INPUT" ? el.value || "" : el.textContent || "").replace(/\s+/g, " ").trim();
""" + _ELEMENT_TESTS + r"""
  const tool = /window\.close|\.print\(|^\s*print\(|history\.|favorite|sethomepage|external\.|fontsize|font_size|zoom|doZoom|scrollTo|share|weixin|wechat|qrcode|skin|color/i;
  const action = new RegExp(actionWords);
  const handlerText = el => `${el.getAttribute("onclick") || ""} ${el.getAttribute("onchange") || ""} ${
    (el.closest("a[href]") || {getAttribute: () => ""}).getAttribute("href") || ""}`;
  const candidates = new Set(document.querySelectorAll(`[${handled}], [onclick], [onchange]`));
  const $ = window.jQuery;
  if ($ && $._data) {   // jQuery-delegated handlers: the selector's targets (on the document and on handled nodes)
    for (const host of [document, document.body, ...document.querySelectorAll(`[${handled}]`)]) {
      const events = host && $._data(host, "events");
      if (!events) continue;
      for (const type of ["click", "change"]) for (const h of events[type] || []) {
        if (!h.selector) continue;
        try { (host.querySelectorAll ? host : document).querySelectorAll(h.selector).forEach(el => candidates.add(el)); }
        catch (e) {}
      }
    }
  }
  document.querySelectorAll(`[${handled}]`).forEach(el => el.removeAttribute(handled));
  const out = [];
  let next = Number(document.documentElement.getAttribute(control + "-next") || 0);
  const ordered = [...candidates].filter(el => el.nodeType === 1 && el !== document.body && el !== document.documentElement)
    .sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  for (const el of ordered) {
    if (out.length >= maxNew) break;
    if (el.hasAttribute(control) || el.closest(`[data-nianbao-explored], [data-nianbao-clicked]`)) continue;
    const tag = el.tagName;
    if (["INPUT", "TEXTAREA"].includes(tag) && !["button", "submit", "image", "radio", "checkbox"].includes(el.type)) continue;
    if (["HTML", "BODY", "FORM", "IFRAME", "OPTION", "SCRIPT"].includes(tag) || el.disabled) continue;
    if (pageHref(el) || !visible(el) || inChrome(el) || tool.test(handlerText(el))) continue;
    if (tag === "SELECT") {
      el.setAttribute(listened, "");   // an empty one is filled by a choice above it: followed then (_REFILLED)
      const values = [...el.options].map(o => o.value).filter(v => v !== "").slice(0, maxOptions);
      if (!values.length) continue;
      el.setAttribute(control, String(next)); out.push([String(next++), "select", values]);
      continue;
    }
    const t = text(el);
    if (action.test(t)) continue;   // a button that sends something (留言, 投票, 提交 …) is not clicked
    // a box whose listener serves its items (several links or much text) is not one control
    if (el.querySelectorAll("a[href], li, tr").length > 2 || t.length > maxText) continue;
    if (!t && !["BUTTON", "INPUT", "IMG"].includes(tag) && !el.querySelector("img")) continue;
    el.setAttribute(control, String(next)); out.push([String(next++), "click", []]);
  }
  document.documentElement.setAttribute(control + "-next", String(next));
  return out;
}"""
# Scrollable boxes: elements with a scroll bar of their own (overflow-y auto/scroll/overlay) holding more than they
# show (scrollHeight > clientHeight), with a link in them, visible and outside the header/footer/navigation — a
# virtual list's box, whose rows the script replaces as it scrolls, or a box that asks for more at its end. Gives
# new ones an id (the controls' counter); returns [[id, "scroll", []]] in document order. The scroll height is
# read first: a layout value, where most elements end; the computed style only for those that hold more.
_MARK_BOXES = r"""([control, maxNew, maxScanned]) => {
""" + _ELEMENT_TESTS + r"""
  const out = [];
  let next = Number(document.documentElement.getAttribute(control + "-next") || 0);
  const all = document.body ? document.body.getElementsByTagName("*") : [];
  for (let i = 0; i < all.length && i < maxScanned && out.length < maxNew; i++) {
    const el = all[i];
    if (el.scrollHeight <= el.clientHeight + 1 || el.hasAttribute(control)) continue;
    if (!/^(auto|scroll|overlay)$/.test(getComputedStyle(el).overflowY)) continue;
    if (!el.querySelector("a[href]") || el.closest("[data-nianbao-explored], [data-nianbao-clicked]")) continue;
    if (!visible(el) || inChrome(el)) continue;
    el.setAttribute(control, String(next)); out.push([String(next++), "scroll", []]);
  }
  document.documentElement.setAttribute(control + "-next", String(next));
  return out;
}"""
# One step down a box (`step`: a share of its height; null: to its end), brought into view first (a list that
# watches its rows with an IntersectionObserver draws only in view); false when it could not move (at its end).
_SCROLL_BOX = """([control, id, step]) => { const box = document.querySelector(`[${control}="${id}"]`);
  if (!box || !box.isConnected) return false;
  box.scrollIntoView({block: "nearest"});
  const before = box.scrollTop;
  box.scrollTop = step === null ? box.scrollHeight : before + Math.max(1, Math.floor(box.clientHeight * step));
  return box.scrollTop > before; }"""
_CLICK = """([control, id]) => { const el = document.querySelector(`[${control}="${id}"]`);
  if (!el || !el.isConnected) return false; el.click(); return true; }"""
_CHOOSE = """([control, id, value]) => { const el = document.querySelector(`[${control}="${id}"]`);
  if (!el || !el.isConnected) return false;
  el.value = value;
  el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true}));
  return true; }"""
# Before an action: the options of the listened selects are tagged, so that those the action creates stand out.
_TAG_OPTIONS = """([listened, seen]) => { document.querySelectorAll(`select[${listened}] option`)
  .forEach(o => o.setAttribute(seen, "")); }"""
# After an action: the listened selects, visible and enabled, that have an option the action created (a dependent
# drop-down the choice above filled), each with an id (the controls' counter); returns [[id, option values]].
_REFILLED = r"""([listened, seen, control, maxOptions]) => {
""" + _ELEMENT_TESTS + r"""
  const out = [];
  let next = Number(document.documentElement.getAttribute(control + "-next") || 0);
  for (const el of document.querySelectorAll(`select[${listened}]`)) {
    const fresh = [...el.options].filter(o => o.value !== "");
    if (el.disabled || !visible(el) || !fresh.some(o => !o.hasAttribute(seen))) continue;
    if (!el.hasAttribute(control)) el.setAttribute(control, String(next++));
    out.push([el.getAttribute(control), fresh.map(o => o.value).slice(0, maxOptions)]);
  }
  document.documentElement.setAttribute(control + "-next", String(next));
  return out;
}"""
# [href, text, in a box of links a page method added] of the page's links
_LINKS = """() => [...document.querySelectorAll("a[href]")].filter(a => !a.closest("[data-nianbao-explored]"))
  .map(a => [a.href, (a.textContent || a.title || "").replace(/\\s+/g, " ").trim().slice(0, 200),
             !!a.closest("[data-nianbao-clicked]")])
  .filter(([h]) => h.startsWith("http"))"""
_INJECT = """([mark, links]) => { const box = document.createElement("div"); box.hidden = true;
  box.setAttribute(mark, String(links.length));
  for (const [href, text, via] of links) { const a = document.createElement("a"); a.href = href; a.textContent = text;
    a.setAttribute("data-nianbao-via", via); box.appendChild(a); }
  document.body.appendChild(box); }"""
_CLEAR = """([control, listened, seen]) => {
  for (const name of [control, listened, seen]) document.querySelectorAll(`[${name}]`).forEach(el => el.removeAttribute(name));
  document.documentElement.removeAttribute(control + "-next"); }"""


def config_for(page) -> ExploreConfig | None:
    """This render's bounds, or None when the page is not to be explored: the crawl's settings (BrowserCapture's,
    kept with the tab by browser.init_page), and the render's meta — pages rendered on evidence and list pages
    only. Outside a crawl (a test calling the page method on a page of its own): the defaults."""
    config = page.__dict__.get("_nianbao_explore") or ExploreConfig()   # set by browser.init_page
    if config.max_clicks <= 0:
        return None
    meta = page.__dict__.get("_nianbao_meta")
    if meta is not None and not meta.get("nianbao_render_reason") and meta.get("nianbao_role") not in ("column", "list"):
        return None
    return config


async def _handled_nodes(page, seen: set[int]) -> int:
    """Mark (HANDLED) the elements that have a click/change listener, from CDP `DOMDebugger.getEventListeners` on
    the document with its whole subtree; `seen`: the nodes marked before in this page's exploring (not again).
    Returns how many were marked."""
    session = getattr(page, "_nianbao_explore_cdp", None)
    if session is None:
        session = await page.context.new_cdp_session(page)
        page._nianbao_explore_cdp = session
    doc = await session.send("Runtime.evaluate", {"expression": "document", "objectGroup": "nianbao-explore"})
    object_id = doc.get("result", {}).get("objectId")
    if not object_id:
        return 0
    try:
        found = await session.send("DOMDebugger.getEventListeners", {"objectId": object_id, "depth": -1})
        nodes = []
        for listener in found.get("listeners", ()):
            node = listener.get("backendNodeId")
            if listener.get("type") in LISTENER_TYPES and node and node not in seen:
                seen.add(node)
                nodes.append(node)
        nodes = nodes[:MAX_LISTENER_NODES]

        async def mark(node: int) -> None:
            try:
                resolved = await session.send("DOM.resolveNode", {"backendNodeId": node,
                                                                  "objectGroup": "nianbao-explore"})
                await session.send("Runtime.callFunctionOn", {
                    "objectId": resolved["object"]["objectId"],
                    "functionDeclaration": f"function () {{ if (this.setAttribute) this.setAttribute('{HANDLED}', '') }}"})
            except Exception:  # noqa: BLE001 - a node gone since: nothing to mark
                pass

        await asyncio.gather(*(mark(node) for node in nodes))
        return len(nodes)
    finally:
        await session.send("Runtime.releaseObjectGroup", {"objectGroup": "nianbao-explore"})


class _Traffic:
    """The page's XHR/fetch requests while exploring: how many are pending (an action's wait ends when none is),
    and the URLs of answers that look like lists (JSON or HTML, 200)."""

    def __init__(self, page):
        self.page = page
        self.pending: set = set()
        self.answers: list[str] = []

    def on_request(self, request) -> None:
        if request.resource_type in ("xhr", "fetch"):
            self.pending.add(request)

    def on_done(self, request) -> None:
        self.pending.discard(request)

    def on_response(self, response) -> None:
        request = response.request
        if request.resource_type not in ("xhr", "fetch") or request.method != "GET" or response.status != 200:
            return
        kind = (response.headers.get("content-type") or "").lower()
        if ("json" in kind or "html" in kind) and response.url not in self.answers:
            self.answers.append(response.url)

    def __enter__(self):
        self.page.on("request", self.on_request)
        self.page.on("requestfinished", self.on_done)
        self.page.on("requestfailed", self.on_done)
        self.page.on("response", self.on_response)
        return self

    def __exit__(self, *exc):
        for event, handler in (("request", self.on_request), ("requestfinished", self.on_done),
                               ("requestfailed", self.on_done), ("response", self.on_response)):
            self.page.remove_listener(event, handler)

    async def settle(self, deadline: float) -> None:
        """Wait until no XHR/fetch has been pending for SETTLE_MS (at most ACTION_WAIT_MS, and the deadline)."""
        loop = asyncio.get_running_loop()
        end = min(deadline, loop.time() + ACTION_WAIT_MS / 1000)
        quiet_since = loop.time()
        while loop.time() < end:
            await asyncio.sleep(0.03)
            if self.pending:
                quiet_since = loop.time()
            elif loop.time() - quiet_since >= SETTLE_MS / 1000:
                return


@dataclass
class _Run:
    page: object
    config: ExploreConfig
    deadline: float
    traffic: _Traffic
    collected: dict
    opened: list
    actions: int = 0
    boxes: int = 0                                # scrollable boxes scrolled
    scrolls: int = 0                              # steps down them
    dependent: int = 0                            # options chosen in drop-downs a choice above filled
    acting: str = "click"                         # what the current action is: how the links it shows were found
    via: dict = field(default_factory=dict)       # link -> the kind of action that first showed it
    showed_new: bool = False                      # the last action showed a link not seen before
    nodes: set = field(default_factory=set)   # listener nodes already marked
    undrawn: list = field(default_factory=list)   # list-like XHR answers after which no new link showed
    drawn: set = field(default_factory=set)       # the links the page showed after the last action

    def spent(self) -> bool:
        return self.actions >= self.config.max_clicks or asyncio.get_running_loop().time() >= self.deadline

    async def collect(self) -> set[str]:
        """Note the links the page shows now; returns those drawn in the page (not in a page method's box)."""
        drawn = set()
        known = len(self.collected)
        for href, text, boxed in await self.page.evaluate(_LINKS):
            if href not in self.collected and len(self.collected) < MAX_COLLECTED_LINKS:
                self.collected[href] = text
                self.via[href] = self.acting
            if not boxed:
                drawn.add(href)
        self.opened += [url for url in await self.page.evaluate(_OPENED) if url not in self.opened]
        self.showed_new = len(self.collected) > known
        return drawn

    async def act(self, script: str, args: list) -> bool:
        if self.spent():
            return False
        await self.page.evaluate(_TAG_OPTIONS, [LISTENED, OPTION_SEEN])
        if not await self.page.evaluate(script, args):
            return False
        self.actions += 1
        answers = len(self.traffic.answers)
        await self.traffic.settle(self.deadline)
        drawn = await self.collect()
        if drawn <= self.drawn:   # answers the script drew no new link from: discovery reads them
            self.undrawn += self.traffic.answers[answers:]
        self.drawn = drawn
        return True

    async def scroll(self, box_id: str) -> None:
        """Scroll a box down step by step, its links collected after each step (a virtual list's rows are
        replaced, not added), to its end or MAX_BOX_STEPS; after MAX_IDLE_STEPS steps that showed no new link
        (a box whose links are all in the DOM, a list that loads only at its end), one jump to its end ends it
        unless that shows new links."""
        self.acting, idle = "scroll", 0
        self.boxes += 1
        try:
            for _ in range(MAX_BOX_STEPS):
                to_end = idle >= MAX_IDLE_STEPS
                if not await self.act(_SCROLL_BOX, [CONTROL, box_id, None if to_end else BOX_STEP]):
                    return   # at its end (or a bound is spent)
                self.scrolls += 1
                if self.showed_new:
                    idle = 0
                elif to_end:
                    return
                else:
                    idle += 1
        finally:
            self.acting = "click"

    async def choose_dependent(self, level: int = 1) -> None:
        """Choose each option of the drop-downs the last action filled anew (the level below a choice), and below
        each choice the drop-downs it filled, down to MAX_SELECT_LEVELS levels."""
        if level > MAX_SELECT_LEVELS or self.spent():
            return
        for control_id, values in await self.page.evaluate(_REFILLED, [LISTENED, OPTION_SEEN, CONTROL, MAX_OPTIONS]):
            for value in values:
                if not await self.act(_CHOOSE, [CONTROL, control_id, value]):
                    return
                self.dependent += 1
                await self.choose_dependent(level + 1)

    async def explore(self, depth: int) -> None:
        """Scroll the scrollable boxes not seen yet, then mark the controls not seen yet and act on each; after
        each action, the boxes and controls it revealed (depth 2: a calendar's days once a year is chosen)."""
        if self.spent():
            return
        for box_id, _, _ in await self.page.evaluate(_MARK_BOXES, [CONTROL, MAX_BOXES - self.boxes,
                                                                   MAX_SCANNED_ELEMENTS]):
            await self.scroll(box_id)
        if self.spent():
            return
        await _handled_nodes(self.page, self.nodes)
        controls = await self.page.evaluate(_MARK_CONTROLS, [HANDLED, CONTROL, MAX_CONTROL_TEXT, MAX_OPTIONS,
                                                             self.config.max_clicks, ACTION_TEXT, LISTENED])
        for control_id, kind, values in controls:
            if self.spent():
                return
            for value in values if kind == "select" else [None]:
                done = await (self.act(_CHOOSE, [CONTROL, control_id, value]) if kind == "select"
                              else self.act(_CLICK, [CONTROL, control_id]))
                if done:
                    await self.choose_dependent()
                if done and depth < 2:
                    await self.explore(depth + 1)


async def explore_controls(page) -> dict[str, int] | None:
    """Page method (see the module docstring): returns {"actions", "links" found, "spent": 1 when a bound ended
    the exploring}, or None when the page was not explored (most pages cost one CDP query and one script)."""
    config = config_for(page)
    if config is None:
        return None
    loop = asyncio.get_running_loop()
    url = page.url
    held: list[str] = []
    popups: list[str] = []

    def on_popup(popup) -> None:   # a window opened past the recorder (a form with target=_blank): noted, closed
        popups.append(popup.url)
        asyncio.ensure_future(popup.close())

    run = _Run(page, config, loop.time() + config.seconds, _Traffic(page), {}, [])
    try:
        await page.evaluate(_INSTALL)
        run.drawn = await run.collect()
    except Exception as exc:  # noqa: BLE001 - a page that navigated or closed: nothing to explore
        logger.debug("browser: nothing explored on %s: %s", url, exc)
        return None
    shown_first = set(run.collected)
    page._nianbao_held_navigations = held
    page.on("popup", on_popup)
    try:
        with run.traffic:
            await run.explore(1)
    except Exception as exc:  # noqa: BLE001 - a control that broke the page: what was found stands
        logger.debug("browser: exploring %s stopped after %d actions: %s", url, run.actions, exc)
    finally:
        page._nianbao_held_navigations = None
        page.remove_listener("popup", on_popup)
    result = {"actions": run.actions, "links": 0, "spent": int(run.spent()), "boxes": run.boxes,
              "scrolls": run.scrolls, "dependent": run.dependent}
    try:
        run.opened += await page.evaluate(_UNINSTALL)
        await page.evaluate(_CLEAR, [CONTROL, LISTENED, OPTION_SEEN])
        if page.url.split("#")[0] != url.split("#")[0]:
            return result
        shown_last = {href for href, *_ in await page.evaluate(_LINKS)}
        # a JSON answer the capture route noted in the render's meta is read by the spider already (not asked again)
        noted = {noted_url for noted_url, _ in (page.__dict__.get("_nianbao_meta") or {}).get("nianbao_xhr_json", ())}
        undrawn = [answer for answer in run.undrawn if answer not in noted]
        found = found_links(url, run.collected, shown_first, shown_last, run.opened + popups, held, undrawn,
                            run.via)
        if found:
            await page.evaluate(_INJECT, [MARK, found])
    except Exception:  # noqa: BLE001 - the page went away: nothing to inject
        return result
    logger.debug("browser: explored %s: %d actions, %d links found", url, run.actions, len(found))
    return {**result, "links": len(found)}


def found_links(url: str, collected: dict[str, str], shown_first: set[str], shown_last: set[str],
                opened: list[str], held: list[str], answers: list[str],
                vias: dict[str, str] | None = None) -> list[list[str]]:
    """The links to inject, as [href, text, via]: links the actions showed that the final DOM no longer shows
    (via the kind of action that showed them, `vias`: "click" unless noted), then windows opened, navigations
    held and list-like XHR answers (same host as the page; http(s) only)."""
    host = urlsplit(url).hostname
    out: dict[str, list[str]] = {}
    for href, text in collected.items():
        if href not in shown_first and href not in shown_last:
            out[href] = [href, text, (vias or {}).get(href, "click")]
    for via, urls in (("window", opened), ("navigation", held), ("xhr", answers)):
        for target in urls:
            parts = urlsplit(target)
            if parts.scheme in ("http", "https") and (via != "xhr" or parts.hostname == host) \
                    and target not in out and target.split("#")[0] != url.split("#")[0]:
                out[target] = [target, "", via]
    return list(out.values())[:MAX_COLLECTED_LINKS]
