"""Page addresses kept in form fields' values: `field_links(tree, text) -> list[(value, label)]`.

A list's pager script often reads its targets from fields of the page (`<input type="hidden" id="pageUrl_next"
value="/xxgk/nb/index_1.shtml">` read by `$("#pageUrl_" + dir).val()`), and when the script fails (a template that
stopped loading jQuery: `$ is not defined`) the values are the only names of the list's other pages. A field's value
is read as a link — ranked like the page's other links, labelled with the field's id or name — when it is plainly a
page address: a root- or dot-relative path or an absolute http(s) URL, of address characters only, whose path ends
in a page suffix (.html, .shtml, .jsp, .do …) or a folder's `/`. Tokens, ids, counts, base64 state
(`__VIEWSTATE`, whose values may start with `/`) and text are no such value; the caller (page.py) keeps addresses of
the page's own site only. At most MAX_FIELDS values a page. Pure; no network."""

from __future__ import annotations

import re

MAX_FIELDS = 64           # field values read a page (a pager keeps four; a form a dozen)
MAX_VALUE_CHARS = 500
# field types whose value is data the page's scripts read (not a button's label, not a user's choice)
_DATA_TYPES = ("hidden", "text", "url", "")
# a page address: scheme and host optional; path segments of URL characters ending in a page suffix or `/`; a query
_PAGE_ADDRESS = re.compile(r"""^(?:https?://[\w.-]+(?::\d{1,5})?)?(?:/|\.\.?/)(?:[\w.~%-]+/)*
                               (?:[\w~%-][\w.~%-]*\.(?:s?html?|jsp|aspx?|php|do|action))?(?:\?[\w.~%=&-]*)?$""",
                           re.X | re.I)
_STATE_PREFIX = "__"      # ASP.NET's __VIEWSTATE, __EVENTVALIDATION …: base64 state, never an address


def is_page_address(value: str) -> bool:
    """A page's address as pager fields keep it (module docstring): `/nb/index_1.shtml`, `./list_2.html`, `/nb/`."""
    return len(value) <= MAX_VALUE_CHARS and _PAGE_ADDRESS.match(value) is not None and (
        value.rstrip("/") != "" or "?" in value)


def field_links(tree, text: str) -> list[tuple[str, str]]:
    """(value, label) of the page's `<input>` fields holding a page address (module docstring)."""
    if "<input" not in text and "<INPUT" not in text:
        return []
    out: list[tuple[str, str]] = []
    for el in tree.iter("input"):
        name = el.get("id") or el.get("name") or ""
        if (el.get("type") or "").strip().lower() not in _DATA_TYPES or name.startswith(_STATE_PREFIX):
            continue
        value = (el.get("value") or "").strip()
        if value and is_page_address(value):
            out.append((value, name))
            if len(out) >= MAX_FIELDS:
                break
    return out
