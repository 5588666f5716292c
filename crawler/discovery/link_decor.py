"""Links a page script completes: a parameter appended to matching links' href once the page has loaded.

Sites of one 集约化 platform (站群) share templates that link the platform's systems without saying which site asks
(`list.jsp?channelId=12`); a common script then decorates those links with a value the page carries —
`a.search += "&siteCode=" + code` where `code` is the `<meta name="SiteIDCode">` content, a `data-*` attribute, or a
global `var siteCode = "…"`. The undecorated address answers an error page. A follower sees only the undecorated
links; this module applies the rewrite statically.

Read from the page's inline scripts: a loop over links (`querySelectorAll('a[href*=".jsp"]')`,
`getElementsByTagName("a")`, `$("a[href…]")`, `document.links`) that writes `.search` or `.href` (`+=`, `= x.href +`,
`setAttribute("href", …)`, `.attr("href", …)`) with a concatenation `"name=" + value`, whose value is a variable or
expression reading a meta's content, a data attribute or a string global. The selector's `href*=`/`^=`/`$=` (or an
`indexOf("…")` test) picks the links; else every same-host link. A link that already has the parameter is kept as is.
Hand-written: no JavaScript engine runs in the worker processes (script_functions.py says why). Pure; at most
MAX_DECORATED links a page (stats discovery/decorated_links)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from nianbao.crawler.discovery.page import HtmlPage, Link

MAX_DECORATED = 64
MAX_SCRIPT_CHARS = 200_000
_LOOP = re.compile(r"""querySelectorAll\s*\(\s*["']a\b|getElementsByTagName\s*\(\s*["']a["']|document\.links\b"""
                   r"""|\$\s*\(\s*["']a\b|jQuery\s*\(\s*["']a\b""")
_WRITE = re.compile(r"""\.(?:search|href)\s*\+?=(?!=)|setAttribute\s*\(\s*["']href["']|\.attr\s*\(\s*["']href["']\s*,""")
# `"&siteCode=" + encodeURIComponent(code)`, `'?site=' + window.SITE`
_PAIR = re.compile(r"""["'][?&]?([A-Za-z_][\w.-]{0,40})=["']\s*\+\s*(?:(?:encodeURIComponent|encodeURI|escape)\s*\(\s*)?"""
                   r"""([A-Za-z_$][\w$.]*(?:\s*\([^()]{0,80}\)[\w$.]*)?)""")
_FILTER = re.compile(r"""a\s*\[\s*href\s*([*^$])=\s*["']?([^"'\]]{1,60})["']?\s*\]|indexOf\s*\(\s*["']([^"']{1,60})["']\s*\)""")
_META = re.compile(r"""meta\s*\[\s*name\s*=\s*["']?([\w.:-]{1,60})["']?\s*\]|getElementsByName\s*\(\s*["']([\w.:-]{1,60})["']""")
_DATA = re.compile(r"""getAttribute\s*\(\s*["'](data-[\w-]{1,40})["']|dataset\.([A-Za-z_]\w{0,40})|\.data\s*\(\s*["']([\w-]{1,40})["']""")


@dataclass(frozen=True)
class Decoration:
    name: str                   # the parameter appended
    value: str                  # read from the page
    test: tuple[str, str] | None   # (operator *, ^ or $, text) the href must satisfy; None: every same-host link


def _definition(scripts: str, name: str) -> str:
    """The right-hand side of `var|let|const|window.NAME = …;` (up to the statement's end), or ""."""
    last = name.rsplit(".", 1)[-1]
    match = re.search(r"(?:\b(?:var|let|const)\s+|\bwindow\s*\.\s*|[,{]\s*)" + re.escape(last) + r"\s*[=:]\s*([^;\n]{1,300})",
                      scripts)
    return match.group(1) if match else ""


def _data_value(page: HtmlPage, attribute: str) -> str:
    for el in page.tree.iter():
        value = el.get(attribute) if isinstance(el.tag, str) else None
        if value:
            return value.strip()
    return ""


def _value(page: HtmlPage, scripts: str, expression: str) -> str:
    """What `expression` reads: a meta's content, a data attribute, a string literal, through one variable."""
    for text in (expression, _definition(scripts, expression.split("(")[0].strip())):
        if not text:
            continue
        meta = _META.search(text)
        if meta:
            return page.meta_tags.get((meta.group(1) or meta.group(2)).lower(), "")
        data = _DATA.search(text)
        if data:
            if data.group(2):   # dataset.siteCode → data-site-code
                attribute = "data-" + re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), data.group(2))
            else:
                attribute = data.group(1) or "data-" + data.group(3)
            return _data_value(page, attribute)
        literal = re.match(r"""\s*(["'])([^"'\\]{1,80})\1\s*$""", text)
        if literal:
            return literal.group(2)
    return ""


def decorations(page: HtmlPage) -> list[Decoration]:
    """The link rewrites of the page's inline scripts whose appended value the page holds."""
    scripts = page.scripts[:MAX_SCRIPT_CHARS]
    if not scripts or not _LOOP.search(scripts) or not _WRITE.search(scripts):
        return []
    out: list[Decoration] = []
    for loop in _LOOP.finditer(scripts):
        block = scripts[loop.start(): loop.start() + 1500]
        write = _WRITE.search(block)
        pair = _PAIR.search(block, write.start()) if write else None
        if pair is None or pair.start() - write.start() > 300:
            continue
        value = _value(page, scripts, pair.group(2))
        if not value:
            continue
        found = _FILTER.search(block, 0, write.start())
        test = None
        if found:
            test = (found.group(1), found.group(2)) if found.group(2) else ("*", found.group(3))
        decoration = Decoration(pair.group(1), value, test)
        if decoration not in out:
            out.append(decoration)
    return out


def _matches(url: str, test: tuple[str, str] | None) -> bool:
    if test is None:
        return True
    operator, text = test
    return {"*": text in url, "^": url.startswith(text) or urlsplit(url).path.startswith(text),
            "$": url.endswith(text) or urlsplit(url).path.endswith(text)}[operator]


def decorated_links(page: HtmlPage) -> list[Link]:
    """The page's same-host links as its scripts complete them (see the module docstring)."""
    rules = decorations(page)
    if not rules:
        return []
    host = urlsplit(page.url).netloc.lower()
    out: list[Link] = []
    for link in page.links:
        if link.tag not in ("a", "area"):
            continue
        parts = urlsplit(link.url)
        if parts.netloc.lower() != host:
            continue
        query = parts.query
        for rule in rules:
            if _matches(link.url, rule.test) and rule.name not in dict(parse_qsl(query, keep_blank_values=True)):
                query = "&".join(q for q in (query, f"{rule.name}={quote(rule.value, safe='')}") if q)
        if query != parts.query:
            out.append(Link(urlunsplit(parts._replace(query=query)), link.text, link.title, "decorated"))
            if len(out) >= MAX_DECORATED:
                break
    return out
