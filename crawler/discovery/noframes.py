"""Links written inside a frameset's `<noframes>`: `noframes_links(tree, text) -> list[(href, label)]`.

A frameset document's `<noframes>` holds the content for clients without frames — text browsers, screen readers,
search engines. Templates of the 2000s built columns as framesets (a banner frame and a list frame) and kept the
column's content in `<noframes>` for search engines; when the list frame was rebuilt (a new CMS, entries from some
year on), the older entries often stayed only there. A browser that shows frames never renders `<noframes>`, and
an HTML parser keeps its content as raw text (lxml/libxml2 and the HTML5 parsing algorithm alike), so an `<a href>`
written there is no element of the tree. Its content is markup a frameless client renders: its `<a>`/`<area>` hrefs
are read as the page's links, parsed like an IE conditional comment's content (conditional_comments.markup_links).

Bounded: MAX_NOFRAMES_CHARS of `<noframes>` content a page, MAX_LINKS links. Pure; no network."""

from __future__ import annotations

from nianbao.crawler.discovery.conditional_comments import markup_links

MAX_NOFRAMES_CHARS = 256 * 1024   # fallback markup parsed a page (a column's old entries are a few hundred links)
MAX_LINKS = 500                   # links read from it


def noframes_links(tree, lower_text: str) -> list[tuple[str, str]]:
    """(href, raw label) of the `<a>`/`<area>`s inside the page's `<noframes>` blocks (module docstring); [] for a
    page with none. `lower_text`: the page's text in lower case (a cheap test before the tree is walked). (The
    caller, page.py, cleans labels and resolves hrefs.)"""
    if "<noframes" not in lower_text:
        return []
    budget, out = MAX_NOFRAMES_CHARS, []
    for el in tree.iter("noframes"):
        markup = el.text or ""   # lxml keeps the content as the element's text: raw text, no elements
        if "href" not in markup.lower():
            continue
        markup = markup[:budget]
        budget -= len(markup)
        out += markup_links(markup, MAX_LINKS - len(out))
        if len(out) >= MAX_LINKS or budget <= 0:
            break
    return out
