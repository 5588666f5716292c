"""Controls that redraw a list without a link: year/unit tabs and filters, and pager controls with no href
(`<a href="javascript:;" data-page="2">`, layui's laypage, a `<li data-year="2022">`). A rendered list page shows
one state of them; the others appear on a click. Static reading comes first (crawler/discovery/inline_data.py
reads a tab list's inline data, pagers/script.py a pager's count and URL pattern): this page method is what is
left where that reading found nothing and the page was rendered on evidence.

`click_list_controls` clicks each such control once, in the page (bounded: MAX_CONTROL_CLICKS per render; tabs
of two groups — years × kinds — are clicked as pairs, each year then each kind), and after each click collects
the links the list now shows. A click that navigates (a pager whose callback sets `location.href`) is held: the
capture route notes the main-frame navigation's URL and aborts it (crawler/browser.init_page,
`page._nianbao_held_navigations`), so the page stays and its next control is clicked. What was collected is
added to the DOM before it is taken, as links in one hidden `<div data-nianbao-clicked>` (the archived DOM says
so), where discovery reads them like any link of the page."""

from __future__ import annotations

import asyncio
import logging

from nianbao.crawler.page_quiet import wait_quiet

logger = logging.getLogger(__name__)

MAX_CONTROL_CLICKS = 40          # clicks per render
CLICK_QUIET_MS = 300             # no request waiting, no answer, no element added or gone: the redraw is done
CLICK_WAIT_MS = 4_000            # longest wait for one click's redraw (a slow list answer; a page that polls)
CLICKS_WAIT_MS = 30_000          # longest wait for all of a render's clicks together
MAX_COLLECTED_LINKS = 2_000

# Marks the controls: elements without a page href that are tabs (role=tab, data-year/-tab/-kind/-type/-cat/
# -unit/-page, or items of a container named tab/year/kind/filter) or pager controls (in a container named
# page/pager/pagination/fenye, text a number or 下一页/尾页). Returns the groups as [size, is a pager] (controls
# grouped by their parent element; tab groups of one control left out), pagers last; marks each control
# `data-nianbao-control="<group>:<index>"`.
_MARK = """(maxGroups) => {
  const pageHref = el => { const a = el.closest("a[href]"); if (!a) return false;
    const h = a.getAttribute("href").trim().toLowerCase(); return !!h && !h.startsWith("#") && !h.startsWith("javascript:"); };
  const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const text = el => (el.textContent || "").replace(/\\s+/g, " ").trim();
  const tabSel = "[role=tab], [data-year], [data-tab], [data-kind], [data-type], [data-cat], [data-unit], [data-page]";
  const tabBox = /(^|[\\s_-])(tabs?|nav-?tabs|years?|kinds?|filters?|types?)([\\s_-]|$)|tab|year/i;
  const pagerBox = /pag(e|er|ing|ination)\\b|page_?(div|bar|box|nav)|fenye|laypage/i;
  const pagerText = /^(\\d{1,4}|下一页|下页|尾页|末页|next|>|>>|»)$/i;
  const named = el => `${el.id || ""} ${typeof el.className === "string" ? el.className : ""}`;
  document.querySelectorAll("[data-nianbao-control]").forEach(el => el.removeAttribute("data-nianbao-control"));
  const candidates = new Set(document.querySelectorAll(tabSel));
  document.querySelectorAll("div, ul, ol, nav, span").forEach(box => {
    if (!tabBox.test(named(box)) && !pagerBox.test(named(box))) return;
    box.querySelectorAll("li, a, span, button").forEach(el => { if (!el.children.length || el.tagName === "LI") candidates.add(el); });
  });
  const groups = new Map();
  for (const el of candidates) {
    if (pageHref(el) || !visible(el) || el.closest("[data-nianbao-clicked]")) continue;
    const t = text(el);
    if (!t || t.length > 12) continue;
    const inPager = [...ancestors(el)].some(a => pagerBox.test(named(a)));
    if (inPager && !pagerText.test(t)) continue;
    if (el.closest("li") && el.tagName !== "LI" && candidates.has(el.closest("li"))) continue;   // the item, once
    const key = el.parentElement;
    if (!groups.has(key)) groups.set(key, {pager: inPager, els: []});
    const g = groups.get(key);
    if (!g.els.some(o => text(o) === t)) g.els.push(el);
  }
  function* ancestors(el) { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) yield a; }
  const ordered = [...groups.values()].filter(g => g.pager || g.els.length > 1)
    .sort((a, b) => (a.pager - b.pager)).slice(0, maxGroups);
  ordered.forEach((g, gi) => g.els.forEach((el, i) => el.setAttribute("data-nianbao-control", `${gi}:${i}`)));
  return ordered.map(g => [g.els.length, g.pager]);
}"""
_CLICK = """(key) => { const el = document.querySelector(`[data-nianbao-control="${key}"]`);
  if (!el) return false; el.click(); return true; }"""
_LINKS = """() => [...document.querySelectorAll("a[href]")].map(a => [a.href, (a.textContent || a.title || "")
  .replace(/\\s+/g, " ").trim().slice(0, 200)]).filter(([h]) => h.startsWith("http"))"""
_INJECT = """(links) => { const box = document.createElement("div"); box.hidden = true;
  box.setAttribute("data-nianbao-clicked", String(links.length));
  for (const [href, text] of links) { const a = document.createElement("a"); a.href = href; a.textContent = text;
    box.appendChild(a); }
  document.body.appendChild(box); }"""


def click_plan(groups: list[tuple[int, bool]], limit: int = MAX_CONTROL_CLICKS) -> list[str]:
    """The controls to click, as `group:index` keys, at most `limit`. `groups`: (size, is a pager), pagers
    last. Tab groups: the pairs of the first two (each of the first, then each of the second), the rest one by
    one; then each pager control."""
    tabs = [n for n, pager in groups if not pager]
    plan: list[str] = []
    if len(tabs) >= 2:
        for i in range(tabs[0]):
            plan.append(f"0:{i}")
            plan += [f"1:{j}" for j in range(tabs[1])]
    first_single = 2 if len(tabs) >= 2 else 0
    for g in range(first_single, len(groups)):
        plan += [f"{g}:{i}" for i in range(groups[g][0])]
    return plan[:limit]


async def click_list_controls(page) -> int:
    """Page method (see the module docstring): returns the number of links collected (0 on most pages, at the
    cost of one query)."""
    try:
        sizes = await page.evaluate(_MARK, 8)
    except Exception as exc:  # noqa: BLE001 - a page that navigated or closed: nothing to click
        logger.debug("browser: no list controls on %s: %s", page.url, exc)
        return 0
    if not sizes:
        return 0
    sizes = [(int(n), bool(pager)) for n, pager in sizes]
    url = page.url
    held: list[str] = []
    page._nianbao_held_navigations = held
    # the links shown before the first click too: a redraw replaces them
    collected: dict[str, str] = dict((await page.evaluate(_LINKS))[:MAX_COLLECTED_LINKS])
    shown_first = set(collected)
    clicks = 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + CLICKS_WAIT_MS / 1000
    try:
        for key in click_plan(sizes):
            if loop.time() >= deadline:
                logger.debug("browser: list controls on %s: %d clicks in %d ms, the rest left", url, clicks,
                             CLICKS_WAIT_MS)
                break
            if not await page.evaluate(_CLICK, key):
                continue
            clicks += 1
            # not Playwright's network idle: reached once at load, it returns at once after a click, before the
            # list's request is answered (page_quiet's docstring)
            left_ms = int((deadline - loop.time()) * 1000)
            await wait_quiet(page, CLICK_QUIET_MS, max(0, min(CLICK_WAIT_MS, left_ms)))
            if page.url != url:
                break
            for href, text in await page.evaluate(_LINKS):
                if href not in collected and len(collected) < MAX_COLLECTED_LINKS:
                    collected[href] = text
    except Exception as exc:  # noqa: BLE001 - a control that broke the page: what was collected stands
        logger.debug("browser: list controls on %s stopped after %d clicks: %s", url, clicks, exc)
    finally:
        page._nianbao_held_navigations = None
    for target in held:
        collected.setdefault(target, "")
    if page.url != url:
        return 0
    shown_last = {href for href, _ in await page.evaluate(_LINKS)}
    revealed = [[href, text] for href, text in collected.items() if href not in shown_last]
    if revealed:
        await page.evaluate(_INJECT, revealed)
    return sum(1 for href, _ in revealed if href not in shown_first)
