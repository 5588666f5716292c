"""Links written inside IE's conditional comments: `conditional_links(tree, text) -> list[(href, label)]`.

Templates of the IE 6-9 years kept markup for old IE in "downlevel-hidden" conditional comments
(`<!--[if lt IE 9]><div class="old-list"> … </div><![endif]-->`: IE 5-9 parsed the content as markup, every other
browser and any HTML parser keep one comment node). Portals left whole lists there when a template was rebuilt (the
old list for old browsers, the new one for the rest), so the only link to an older page may be an `<a href>` inside
such a comment. Its content is markup a browser of that kind renders: its `<a>`/`<area>` hrefs are read as the
page's links. (The "downlevel-revealed" form, `<!--[if !IE]><!--> … <!--<![endif]-->` or `<![if !IE]> … <![endif]>`,
is ordinary markup to a parser: read with the page.)

An ordinary comment is not read: a commented-out `<a href>` is a link the site took away (MSDN, "About Conditional
Comments": https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/compatibility/ms537512(v=vs.85)).
Bounded: MAX_COMMENT_CHARS of conditional content a page, MAX_LINKS links. Pure; no network."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

MAX_COMMENT_CHARS = 256 * 1024   # conditional markup parsed a page (an old template's list, a stylesheet link)
MAX_LINKS = 500                  # links read from it (a column's every year is a few hundred)
# `[if lt IE 9]> … <![endif]` as a comment node's text: the condition, then the markup old IE renders
_CONDITIONAL = re.compile(r"^\s*\[if\s[^\]\n]{1,80}\]>(.*)<!\[endif\]\s*$", re.S | re.I)


def conditional_links(tree, text: str) -> list[tuple[str, str]]:
    """(href, raw label) of the `<a>`/`<area>`s inside the page's downlevel-hidden conditional comments (module
    docstring); [] for a page with none. (The caller, page.py, cleans labels and resolves hrefs.)"""
    if "[endif]" not in text:
        return []
    budget, out = MAX_COMMENT_CHARS, []
    for comment in tree.iter(etree.Comment):
        match = _CONDITIONAL.match(comment.text or "")
        if not match or "href" not in match.group(1):
            continue
        markup = match.group(1)[:budget]
        budget -= len(markup)
        out += markup_links(markup, MAX_LINKS - len(out))
        if len(out) >= MAX_LINKS or budget <= 0:
            break
    return out


def markup_links(markup: str, limit: int) -> list[tuple[str, str]]:
    """(href, raw label) of the first `limit` `<a>`/`<area>`s in a piece of markup a parser kept as text (a
    conditional comment's content, a `<noframes>` block: noframes.py); [] when it does not parse."""
    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    out = []
    for el in fragment.iter("a", "area"):
        href = (el.get("href") or "").strip()
        if href:
            out.append((href, el.text_content() or el.get("title") or ""))
            if len(out) >= limit:
                break
    return out
