"""The addresses a page hands a plug-in movie as its parameters: `movie_carriers(page) -> list[Link]`.

2005-2015 government templates drew their menus with a Flash movie fed by a file the page names only as a parameter:
`<object data="/flash/menu.swf"><param name="movie" value="/flash/menu.swf"><param name="FlashVars"
value="xmlUrl=/flash/menu.xml&target=_self">` with its `<embed src="/flash/menu.swf" flashvars="…">` twin for
Netscape-era browsers. Flash Player hands a movie its FlashVars exactly as it hands it the movie URL's own query
(Adobe's "Using FlashVars to pass variables to a SWF": the two are read into the same `_root` variables), so the
general form is: the movie's address with the FlashVars appended as its query. That address is a *carrier* whose
query values are read by query_targets.query_addresses (a value that is a site path or an http(s) address is a link;
`target=_self`, `skin=blue` are not), as for a viewer's `file=` or a redirector's `url=`. The menu file fetched is
then read by its own reader (an XML menu by xml_links.py: `<item url="…">`). No browser of today runs Flash, so a
render never finds these.

Read from `<object>` (its `movie`/`src` param, else `data`; its `FlashVars` param) and `<embed>` (`src`,
`flashvars`), names compared case-insensitively. At most MAX_MOVIES a page and limits.MAX_QUERY_VALUE_CHARS of
FlashVars each. Pure; no network."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, Link, clean_text

MAX_MOVIES = 20          # plug-in elements read a page (a template's menu and banner; more is decoration)
_MOVIE_PARAMS = ("movie", "src")


def _params(obj) -> dict[str, str]:
    """An `<object>`'s `<param name value>`s, names lower-cased (the first of a name wins, as the plug-in reads)."""
    out: dict[str, str] = {}
    for param in obj.iter("param"):
        name = (param.get("name") or "").strip().lower()
        if name and name not in out:
            out[name] = (param.get("value") or "").strip()
    return out


def _carrier(movie: str, flashvars: str) -> str:
    """The movie's address with its FlashVars appended to its query (module docstring)."""
    flashvars = flashvars.strip().lstrip("?&")[:limits.MAX_QUERY_VALUE_CHARS]
    if not flashvars:
        return movie
    return f"{movie}{'&' if '?' in movie else '?'}{flashvars}"


def movie_carriers(page) -> list[Link]:
    """Links (tag `flashvars`) whose URL is each plug-in movie's address carrying its FlashVars as its query (only
    movies with FlashVars or a query of their own: the others hand the movie nothing), labelled with the element's
    title or fallback text; `page` is an HtmlPage (its tree, text and `absolute`)."""
    if "flashvars" not in page.text.lower() and ".swf?" not in page.text.lower():
        return []
    out: dict[str, Link] = {}
    for el in page.tree.iter("object", "embed"):
        if len(out) >= MAX_MOVIES:
            break
        if el.tag == "object":
            params = _params(el)
            movie = next((params[n] for n in _MOVIE_PARAMS if params.get(n)), None) or el.get("data")
            flashvars = params.get("flashvars", "")
        else:
            movie, flashvars = el.get("src"), el.get("flashvars") or el.get("FlashVars") or ""
        url = page.absolute((movie or "").strip())
        if not url or (not flashvars.strip() and "?" not in url):
            continue
        label = clean_text(el.get("title")) or clean_text(el.text_content())[:MAX_LABEL_CHARS]
        carrier = _carrier(url, flashvars)
        out.setdefault(carrier, Link(carrier, label, "", "flashvars"))
    return list(out.values())
