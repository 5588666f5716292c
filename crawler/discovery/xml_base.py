"""XML Base: the address an XML element's relative references resolve against, `resolve(el, href, document_url)`.

Atom (RFC 4287 §2), RSS readers and XHTML honour `xml:base` (W3C XML Base, 2nd ed.): a feed may set it on `<feed>`
(the column's folder) and again on each `<entry>` (the entry's folder), its links then bare file names that name
nothing read against the feed's own address. The base of an element is its own `xml:base` resolved against its
parent's base, and so on out to the document's address (RFC 3986 §5.1.1-5.1.3), which is what this walks.

Hand-written rather than lxml's `el.base` (libxml2's xmlNodeGetBase): that one needs the document parsed with a
`base_url`, and takes any base it meets — here a base that is not http(s) (`javascript:`, `file:`, `data:`,
unparsable) is not taken: the element keeps the base from outside it. A base on another host is taken as written
(RFC 3986); the links it makes are then off the site, and the crawl's scope drops them as any off-site link.
Pure; no network."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"   # the xml: prefix's fixed namespace, as lxml names it


def base_of(el, document_url: str) -> str:
    """The base address of `el`: the `xml:base` of it and its ancestors, each resolved against the one outside it,
    the outermost against `document_url`; a base that does not resolve to an http(s) address is skipped."""
    values = []
    node = el
    while node is not None:   # as deep as the parser allowed (lxml refuses over 256 levels without huge_tree)
        value = node.get(XML_BASE) if isinstance(node.tag, str) else None
        if value and value.strip():
            values.append(value.strip())
        node = node.getparent()
    base = document_url
    for value in reversed(values):
        try:
            candidate = urldefrag(urljoin(base, value))[0]
        except ValueError:    # `http://[bad`: urljoin raises on a broken authority
            continue
        if candidate.startswith(("http://", "https://")):
            base = candidate
    return base


def resolve(el, href: str, document_url: str) -> str:
    """`href`, found on `el`, as an absolute address without its fragment ('' for one that cannot be read)."""
    try:
        return urldefrag(urljoin(base_of(el, document_url), href.strip()))[0]
    except ValueError:
        return ""
