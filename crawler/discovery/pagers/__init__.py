"""List pagination, one module per family. Each returns `PageRequest`s for the other pages of a list, bounded
by nianbao.crawler.limits.MAX_LIST_PAGES_PER_COLUMN; the spider counts them per column and drops the excess."""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.crawler import limits

MAX_PAGES = limits.MAX_LIST_PAGES_PER_COLUMN


@dataclass(frozen=True)
class PageRequest:
    url: str
    method: str = "GET"
    body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    api: bool = False        # an XHR/JSON/XML endpoint (hop letter X) rather than an HTML list page
    pager: str = ""          # which pager produced it (stats: pager/<name>)
    walk: bool = False       # the next page of a walk: asked for while the pages walked yield new links
    label: str = ""          # what the page is, where the pager knows (a year form's answer: "2019年"); its anchor


def form_fields(form) -> list[tuple[str, str]]:
    """A form's successful controls at their current values, as a browser would submit it untouched: hidden, text,
    search and number inputs, the selected (else first) option of each select, textareas. Buttons, checkboxes and
    files are left out: no pager or picker form here needs them."""
    out: list[tuple[str, str]] = []
    for el in form.iter("input", "select", "textarea"):
        name = el.get("name")
        if not name:
            continue
        if el.tag == "select":
            options = el.findall(".//option")
            chosen = next((o for o in options if o.get("selected") is not None), options[0] if options else None)
            out.append((name, (chosen.get("value") if chosen is not None else "") or ""))
        elif el.tag == "textarea":
            out.append((name, el.text or ""))
        elif (el.get("type") or "text").lower() in ("hidden", "text", "search", "number"):
            out.append((name, el.get("value") or ""))
    return out
