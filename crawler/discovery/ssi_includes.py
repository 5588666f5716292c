"""Server-side include directives left in a page: `include_links(page) -> list[Link]`.

Apache's mod_include and nginx's ssi module assemble a `.shtml` page from fragments named by a directive written as
an HTML comment, `<!--#include virtual="/inc/list_2024.html" -->` (a URL path, relative or root-relative) or
`<!--#include file="list_2024.html" -->` (a path relative to the page's folder). A server with SSI off — a site
moved to another server, a module left unconfigured — sends the page as written: the browser shows nothing where
the fragment (a column's list, a year's entries) was meant to be, while the fragment itself is still served at its
path. Its path is read here as a link, tag `ssi`, labelled with the heading just before the directive (a year's
`<h3>2024年</h3>`), for the site's scope to keep in-site. Only this directive form is read (other comments stay
ignored; `#echo`, `#exec` and `#config` name no fragment), at most MAX_INCLUDES a page. Pure; no network."""

from __future__ import annotations

import re

from lxml import etree
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, Link, clean_text

TAG = "ssi"
MAX_INCLUDES = 64   # a page assembled from more fragments is no list page; the rest are not read
# the directive as a comment's text (lxml gives it without `<!--`/`-->`): `#include virtual="…"` or `file='…'`
_INCLUDE = re.compile(r"""^\s*#include\s+(?:virtual|file)\s*=\s*(["'])([^"'<>\s]{1,1000})\1""", re.I)


def include_links(page: HtmlPage) -> list[Link]:
    """The fragments the page's unexpanded include directives name, in document order, without repeats."""
    if "#include" not in page.text:
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for comment in page.tree.iter(etree.Comment):
        match = _INCLUDE.match(comment.text or "")
        url = page.absolute(match.group(2)) if match else None
        if url is None or url in seen or url == page.url:
            continue
        seen.add(url)
        out.append(Link(url, _heading(comment), tag=TAG))
        if len(out) >= MAX_INCLUDES:
            break
    return out


def _heading(comment: etree._Element) -> str:
    """The text of the element just before the directive (the section's heading), or ''."""
    before = comment.getprevious()
    while before is not None and not isinstance(before.tag, str):   # another comment, a processing instruction
        before = before.getprevious()
    return clean_text(before.text_content())[:MAX_LABEL_CHARS] if before is not None else ""
