"""Links inside `<iframe srcdoc="…">`: `srcdoc_links(page) -> list[Link]`.

A page may carry a list as a whole HTML document in an iframe's `srcdoc` attribute, its markup entity-escaped
(`&lt;a href=&quot;…&quot;&gt;`): the browser shows the list in the frame, while the page itself has no `<a>` for
it. lxml has already unescaped the attribute; the document is parsed as the browser parses it, and its links are
the page's. A srcdoc document's relative addresses resolve against the parent page's base URL (HTML's
"about:srcdoc" rule), so the document is read with the parent's base. Bounded: MAX_SRCDOC_FRAMES a page,
limits.MAX_SRCDOC_CHARS a frame. Pure; no network.

`data_frame_links(page)`: the same list written as a frame's address, `<iframe src="data:text/html;base64,…">`
(or `<frame src>`, `<object data>`), what page builders' "embed HTML" widgets store. The URL is decoded by w3lib
(base64 or percent-encoded) and the document read as the browser reads it: a `data:` document has no base URL of
the page's, so only its absolute links (or those under its own `<base href>`) are links; relative ones resolve to
nothing and are skipped. Bounded: MAX_SRCDOC_FRAMES frames a page, limits.MAX_DATA_FRAME_CHARS of address a frame
(longer ones are not decoded), limits.MAX_SRCDOC_CHARS of decoded document."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage, Link
from nianbao.parse.encoding import decode_html
from w3lib.url import parse_data_uri

MAX_SRCDOC_FRAMES = 16   # a page with more inline frames is no list page; each is parsed once
_DATA_HTML = "data:text/html"
_FRAME_ADDRESSES = {"iframe": "src", "frame": "src", "object": "data"}   # a frame element → its address attribute


def srcdoc_links(page: HtmlPage) -> list[Link]:
    """The links of the page's srcdoc frames, in document order, tag `iframe`, without repeats."""
    if "srcdoc" not in page.text:
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for n, frame in enumerate(page.tree.iter("iframe")):
        if n >= MAX_SRCDOC_FRAMES:
            break
        doc = frame.get("srcdoc")
        if not doc:
            continue
        inner = HtmlPage(url=page.base_url, text=doc[: limits.MAX_SRCDOC_CHARS], encoding=page.encoding)
        for link in inner.links:
            if link.url not in seen:
                seen.add(link.url)
                out.append(Link(link.url, link.text, link.title, "iframe"))
    return out


def data_frame_links(page: HtmlPage) -> list[Link]:
    """The links of the page's frames whose address is a `data:text/html` document (module docstring), in
    document order, tag `iframe`, without repeats."""
    if _DATA_HTML not in page.lower_text:
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for n, frame in enumerate(page.tree.iter(*_FRAME_ADDRESSES)):
        if n >= MAX_SRCDOC_FRAMES:
            break
        inner = _data_document(frame.get(_FRAME_ADDRESSES[frame.tag]) or "")
        for link in inner.links if inner is not None else ():
            if link.url not in seen:
                seen.add(link.url)
                out.append(Link(link.url, link.text, link.title, "iframe"))
    return out


def _data_document(address: str) -> HtmlPage | None:
    """The HTML document a `data:text/html` address holds, or None (another type, too long, not decodable)."""
    address = address.strip()
    if not address.lower().startswith(_DATA_HTML) or len(address) > limits.MAX_DATA_FRAME_CHARS:
        return None
    try:
        parsed = parse_data_uri(address)
    except ValueError:
        return None
    if parsed.media_type.lower() not in ("text/html", "application/xhtml+xml"):
        return None
    charset = parsed.media_type_parameters.get("charset")
    text, encoding = decode_html(parsed.data, f"text/html; charset={charset}" if charset else None)
    # the document's URL is its data: address; a short stand-in of the same scheme resolves no relative link
    return HtmlPage(url=_DATA_HTML + ",", text=text[: limits.MAX_SRCDOC_CHARS], encoding=encoding)
