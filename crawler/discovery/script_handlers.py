"""A page's event handlers and the functions they call, wherever those are defined.

`<select id="unitSel" onchange="loadNb(this.value)">` with one `<option value="<unit code>">` per unit, and
`loadNb` defined in the site's `/xxgk/js/xxgk.js`: the list of the chosen unit is fetched as JSON from an address
that only that file puts together. This module reads the handler calls of a page with their literal arguments
(onclick, `javascript:` hrefs, and a select's onchange once per option, the option's value standing for
`this.value`), and the simple functions of a script (discovery/script_functions.py: a body that navigates to, or
GETs its data from, a concatenation of literals and parameters), so that a call yields the page or the JSON list
it would open. The functions may come from the page's inline scripts (analysis.py) or from a same-site
`<script src>` the spider fetched (crawler/spiders/portal.py, role `script`: fetched once per URL, its functions
kept for every page that includes it). A script's functions are read by script_reading.read_functions (re-exported
here with ScriptFunctions for the spider); a page's inline ones once per page (page.py `script_functions`). Pure."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, Link, clean_text
from nianbao.crawler.discovery.script_functions import ScriptFunctions, call_target
from nianbao.crawler.discovery.script_reading import read_functions  # noqa: F401  (for the spider's fetched scripts)
from nianbao.crawler.discovery.script_text import IDENT

# Bounds on untrusted input.
MAX_CALLS = 256                 # handler calls read from one page (a select's options included)
MAX_OPTIONS = 200               # options of one select
MAX_SCRIPTS_PER_PAGE = 6        # same-site external scripts a page's calls may be looked up in
MAX_SCRIPT_BYTES = 512 * 1024   # one external script (download_maxsize)
MAX_SCRIPTS_PER_PORTAL = 16     # external scripts fetched per portal
MAX_KEPT_SCRIPTS = 1024         # scripts whose functions the spider keeps (the oldest read are forgotten)
MAX_WAITING_PAGES = 64          # pages waiting for one script to come
MAX_SCRIPT_NAME_CHARS = 200     # of a script's file name tested for a library's

# `function name(`, `name = function (`, `name: function(`, `name = (a) =>`
_DEFINITION = re.compile(rf"""\bfunction\s+({IDENT})\s*\(|\b({IDENT})\s*[:=]\s*(?:function\b|\([^()]{{0,200}}\)\s*=>)""")
_CALL_NAME = re.compile(rf"""\b({IDENT})\s*\(""")
# What a select's onchange passes for the chosen option
_CHOSEN = re.compile(r"""\bthis\.value\b|\bthis\.options\s*\[\s*this\.selectedIndex\s*\]\.value\b|\$\(\s*this\s*\)\.val\(\s*\)""")
# Script files that are libraries (they define no site's handlers): not fetched for a page's calls
_LIBRARY = re.compile(r"(?:jquery|bootstrap|layui|layer|vue|react|angular|swiper|echarts|lodash|moment|html5shiv"
                      r"|respond|polyfill|zepto|superslide|ztree|laydate|sea|require)[\w.-]*\.js$", re.I)
_HANDLER_NAMES = ("onclick", "onClick", "OnClick", "ONCLICK", "javascript:", "JavaScript:", "JAVASCRIPT:")
_HANDLERS = etree.XPath("//*[@onclick or starts-with(normalize-space(@href), 'javascript:')]")
_BUILTINS = frozenset({"open", "alert", "confirm", "setTimeout", "setInterval", "encodeURIComponent", "escape",
                       "parseInt", "String", "Number", "back", "print", "close", "focus", "submit", "val", "void",
                       "if", "function", "return"})


@dataclass
class HandlerTargets:
    links: list[Link] = field(default_factory=list)    # pages the calls open
    data_gets: list[str] = field(default_factory=list)  # JSON (or HTML) lists the calls fetch


def defined_functions(scripts: str) -> set[str]:
    """Names of the functions `scripts` define (whatever their body does)."""
    return {m.group(1) or m.group(2) for m in _DEFINITION.finditer(scripts)}


def handler_calls(page: HtmlPage) -> list[tuple[str, str]]:
    """(call, label) of the page's event handlers that call a function with literal arguments: onclick and
    `javascript:` hrefs as written, a select's onchange once per option with the option's value as `this.value`
    (its text the label). At most MAX_CALLS."""
    out: list[tuple[str, str]] = []
    text = page.text
    if "onchange" in text or "onChange" in text:
        for select in page.tree.iter("select"):
            handler = select.get("onchange") or ""
            if not _CHOSEN.search(handler):
                continue
            for option in itertools.islice(select.iter("option"), MAX_OPTIONS):
                value = (option.get("value") or "").strip()
                if value and "'" not in value and "\\" not in value:
                    out.append((_CHOSEN.sub(f"'{value}'", handler), clean_text(option.text_content())[:MAX_LABEL_CHARS]))
            if len(out) >= MAX_CALLS:   # (a page of many long selects: stop reading, not read all and cut)
                return out[:MAX_CALLS]
    if any(name in text for name in _HANDLER_NAMES):   # (lower-casing a page costs more than a few searches)
        for el in _HANDLERS(page.tree):
            handler = el.get("onclick") or el.get("href") or ""
            if "(" in handler and called_names([(handler, "")]):   # not `javascript:void(0)`, `history.back()`
                out.append((handler, clean_text(el.text_content())[:MAX_LABEL_CHARS]
                            or clean_text(el.get("title"))[:MAX_LABEL_CHARS]))
                if len(out) >= MAX_CALLS:
                    break
    return out[:MAX_CALLS]


def called_names(calls: list[tuple[str, str]]) -> set[str]:
    return {m.group(1) for call, _ in calls for m in _CALL_NAME.finditer(call)} - _BUILTINS


def targets(calls: list[tuple[str, str]], functions: ScriptFunctions, page_url: str) -> HandlerTargets:
    """What the calls open or fetch through `functions`, as absolute URLs resolved against the page (a script
    runs in the page that includes it, whatever its own address)."""
    out = HandlerTargets()
    if not functions:
        return out
    for call, label in calls:
        page = call_target(call, functions.navigations)
        if page:
            url = _absolute(page_url, page)
            if url and all(link.url != url for link in out.links):
                out.links.append(Link(url, label, "", "jsfn"))
        data = call_target(call, functions.data_gets)
        if data:
            url = _absolute(page_url, data)
            if url and url not in out.data_gets:
                out.data_gets.append(url)
    return out


def _absolute(base: str, href: str) -> str | None:
    url = urljoin(base, href.strip())
    return url if url.startswith(("http://", "https://")) else None


def _is_library(path: str) -> bool:
    """The script file is a library by its name (the last path segment: `_LIBRARY` matches no `/`; its last
    MAX_SCRIPT_NAME_CHARS only, a search over a long path taking quadratic time)."""
    return _LIBRARY.search(path.rpartition("/")[2][-MAX_SCRIPT_NAME_CHARS:]) is not None


def external_scripts(page: HtmlPage, contains) -> list[str]:
    """The page's `<script src>` files on the portal's site (`contains(host)`), libraries left out, in order,
    at most MAX_SCRIPTS_PER_PAGE."""
    out: list[str] = []
    for el in page.tree.iter("script"):
        url = page.absolute(el.get("src"))
        if not url or url in out or _is_library(urlsplit(url).path):
            continue
        if contains(urlsplit(url).hostname or ""):
            out.append(url)
            if len(out) >= MAX_SCRIPTS_PER_PAGE:
                break
    return out
