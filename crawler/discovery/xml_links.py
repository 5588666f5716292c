"""Addresses an XML document names as data, read as links: `xml_links(url, body, content_type) -> list[Link]`.

2008-era 信息公开目录 systems serve a column as XML with an `<?xml-stylesheet type="text/xsl"?>` instruction: the
browser applies the stylesheet and shows a page of links, while the XML itself has none — each entry is
`<doc><title>…</title><url>/xxgk/…html</url></doc>`. Other portals' XML lists (data files a page's script reads, an
export) are written the same way: an address as an element's text or in an `href`/`url` attribute, beside a
title element.

Chosen: read the addresses from the XML itself, not apply the stylesheet. Every stylesheet of such a list turns
those same element texts into `<a href>`s, so reading them finds what the browser shows without a second fetch
(the .xsl) and without running a program the site wrote (XSLT is Turing-complete; even with document() and
network access denied, its run time is not bounded by lxml) — and it reads XML lists with no stylesheet as well.
What is lost: an address the stylesheet composes from parts (`concat('/view.jsp?id=', @id)`), not seen yet.

An address: an element's whole text or an attribute (href, url, src, link, loc, or an XLink `xlink:href`: W3C
XLink 1.0's simple links, what 2000s 目录 exporters wrote on custom elements a CSS stylesheet draws) that is an http(s) URL, a
root- or dot-relative path, or a bare relative name of a page or document file (`t1.html`, `202401/t1.pdf`), no spaces; an element's text counts when the element is named like an address
(url, link, loc, href, path, src, address, …) or the text is an absolute http(s) URL. Labelled by a sibling
title element (title, name, subject, label, …), else the parent's other text; resolved against the `xml:base` of
the element and its ancestors (xml_base.py), then the document's address. Feeds (feeds.py) and site maps
(sitemaps.py) are read before this by their own readers; an XHTML page is HTML. Read with lxml, entities not
resolved, nothing fetched, at most MAX_XML_BYTES and MAX_XML_LINKS. Pure; no network."""

from __future__ import annotations

import re

from lxml import etree
from nianbao.crawler.discovery import xml_base
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, Link, clean_text

MAX_XML_BYTES = 4 * 1024 * 1024     # a column's XML list of some thousand entries; more is read to this much
MAX_XML_LINKS = 2000
_XML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[\s?]")
_ADDRESS_NAMES = ("url", "link", "loc", "href", "path", "src", "address", "addr", "lj", "dz")
_XLINK = "{http://www.w3.org/1999/xlink}"   # the XLink namespace, as lxml writes a namespaced attribute's name
_ADDRESS_ATTRS = ("href", "url", "src", "link", "loc", _XLINK + "href")
_TITLE_NAMES = ("title", "name", "subject", "label", "text", "bt", "biaoti", "caption", "headline")
_ADDRESS = re.compile(r"^(?:https?://[^\s<>\"']+|/[^\s<>\"'/][^\s<>\"']*|\.\.?/[^\s<>\"']+)$", re.I)
_ABSOLUTE = re.compile(r"^https?://[^\s<>\"']+$", re.I)
# A bare relative file name (`t20240120_1.html`, `202401/t1.shtml`) counts only when it names a page or document
# file: a list exporter writes entries relative to the list's folder (or to an xml:base) as often as with a leading
# `/` or `./`, while a bare word (`yes`, `zh-CN`, `2024`) in an address-named element or attribute is a value, not
# an address. No colon: `mailto:`, `javascript:` and Windows paths stay out.
_BARE_FILE = re.compile(r"^[\w.-][^\s<>\"':\\]*\.(?:s?html?|jsp|aspx?|php|do|pdf|docx?|xlsx?|wps|ofd)"
                        r"(?:\?[^\s<>\"']*)?$", re.I)


def is_xml_document(content_type: str, body: bytes) -> bool:
    """An XML document that is not a web page: served as XML (not XHTML), or opening with an XML declaration and
    with no `<html` in its head."""
    ctype = content_type.split(";")[0].strip().lower()
    if "xhtml" in ctype or ("html" in ctype and "xml" not in ctype):
        return False
    head = body[:2048]
    if b"<html" in head.lower():
        return False
    return ctype.endswith(("/xml", "+xml")) or bool(_XML_START.match(head))


def xml_links(url: str, body: bytes, content_type: str = "") -> list[Link]:
    """The addresses the XML document names (module docstring), absolute, in document order, without repeats;
    [] for what is not such a document or cannot be read."""
    if not is_xml_document(content_type, body):
        return []
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(body[:MAX_XML_BYTES], parser)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None or etree.QName(root).localname.lower() == "html":
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for el in root.iter(etree.Element):
        for href in _addresses(el):
            absolute = xml_base.resolve(el, href, url)
            if absolute in seen or not absolute.startswith(("http://", "https://")):
                continue
            seen.add(absolute)
            out.append(Link(absolute, _label(el), "", "xml"))
            if len(out) >= MAX_XML_LINKS:
                return out
    return out


def _local(el) -> str:
    return etree.QName(el).localname.lower()


def _addresses(el) -> list[str]:
    found = [value for name in _ADDRESS_ATTRS if (value := (el.get(name) or "").strip()) and _is_address(value)]
    if len(el):   # an element with children: its text is layout, not a value
        return found
    text = (el.text or "").strip()
    if text and (_ABSOLUTE.match(text) or (_local(el) in _ADDRESS_NAMES and _is_address(text))):
        found.append(text)
    return found


def _is_address(value: str) -> bool:
    return bool(_ADDRESS.match(value) or _BARE_FILE.match(value))


def _label(el) -> str:
    """A sibling (or child) title element's text, else the other texts of the entry the address is in."""
    parent = el.getparent()
    for scope in (el, parent):
        if scope is None:
            continue
        for child in scope:
            if isinstance(child.tag, str) and child is not el and _local(child) in _TITLE_NAMES:
                text = clean_text(" ".join(child.itertext()))
                if text:
                    return text[:MAX_LABEL_CHARS]
    title = clean_text(el.get("title") or el.get(_XLINK + "title"))
    if title or parent is None:
        return title[:MAX_LABEL_CHARS]
    rest = " ".join(clean_text(c.text) for c in parent if isinstance(c.tag, str) and c is not el and not len(c))
    return clean_text(rest)[:MAX_LABEL_CHARS]
