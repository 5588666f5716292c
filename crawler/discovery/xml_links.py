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
(url, link, loc, href, path, src, address, …) or the text is an absolute http(s) URL, and so does an attribute
of any other name, in any vocabulary, whose whole value is an absolute http(s) URL: a national office format's
hyperlink is `<uof:超级链接 uof:目标="http://…" uof:链源="lnk3"/>` (标文通 UOF, GB/T 20916), an exporter's may be
`<条目 地址="http://…">` — no name list covers the languages element and attribute names are written in, while a
whole value that is an absolute URL is an address in any of them (XML Schema's `xsi:` locations excepted: schema
files). Labelled by a sibling
title element (title, name, subject, label, …), else the parent's other text, else the element's own text (an
address attribute's element, as an `<a>`'s), else — a link kept apart from its text,
joined by an id (UOF's 链接集 and the body's `区域开始 标识符="lnk3"` … `区域结束`, as Word's bookmarks and ODF's
ranges are) — the text of the element that carries the same id, or the text from that (empty) start marker to the
element that refers to the id again; resolved against the `xml:base` of
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
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"   # schemaLocation: where a validator finds the schema
_MAX_ID_CHARS = 64          # an id a link refers to (`lnk3`, `_Toc123`); a longer value is text, not an id
_MAX_ID_VALUES = 20000      # attribute values indexed to join links to their text; more are not indexed
_MAX_IDS_PER_VALUE = 3      # elements kept per value: the link itself, the start marker, the end marker
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
    ids: dict[str, list] | None = None   # built on the first link its neighbours do not label
    for el in root.iter(etree.Element):
        for href in _addresses(el):
            absolute = xml_base.resolve(el, href, url)
            if absolute in seen or not absolute.startswith(("http://", "https://")):
                continue
            seen.add(absolute)
            label = _label(el) or _own_text(el, href)
            if not label:
                ids = _id_index(root) if ids is None else ids
                label = _referenced_label(el, href, ids)
            out.append(Link(absolute, label, "", "xml"))
            if len(out) >= MAX_XML_LINKS:
                return out
    return out


def _local(el) -> str:
    return etree.QName(el).localname.lower()


def _addresses(el) -> list[str]:
    found = [value for name in _ADDRESS_ATTRS if (value := (el.get(name) or "").strip()) and _is_address(value)]
    # an attribute of any other name whose whole value is an absolute URL (`uof:目标`, `地址`): an address
    found += [value for name, raw in el.attrib.items() if name not in _ADDRESS_ATTRS and not name.startswith(_XSI)
              and (value := raw.strip()) and _ABSOLUTE.match(value) and value not in found]
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


def _own_text(el, href: str) -> str:
    """The text of the element an address attribute is on (`<条目 地址="…">X县2015年…</条目>`, as an `<a>`'s), not
    the address itself (an element whose text is the address)."""
    text = clean_text(" ".join(el.itertext()))
    return "" if text == href else text[:MAX_LABEL_CHARS]


def _id_index(root) -> dict[str, list]:
    """Each short attribute value (an id, an id reference) → the first elements that carry it, in document order;
    at most _MAX_ID_VALUES values."""
    index: dict[str, list] = {}
    for el in root.iter(etree.Element):
        for value in el.attrib.values():
            value = value.strip()
            if not value or len(value) > _MAX_ID_CHARS or " " in value:
                continue
            holders = index.get(value)
            if holders is None:
                if len(index) >= _MAX_ID_VALUES:
                    return index
                index[value] = [el]
            elif len(holders) < _MAX_IDS_PER_VALUE:
                holders.append(el)
    return index


def _referenced_label(el, href: str, ids: dict[str, list]) -> str:
    """The text of the link `el` that the document keeps elsewhere, joined by an id one of its other attributes
    names: the element carrying that id's own text, or, an empty start marker, the text after it up to the element
    that names the id again (the range's end)."""
    for value in el.attrib.values():
        value = value.strip()
        if value == href:
            continue
        target = next((other for other in ids.get(value, ()) if other is not el), None)
        if target is None:
            continue
        text = clean_text(" ".join(target.itertext()))
        if not text:
            text = _range_text(target, value)
        if text:
            return text[:MAX_LABEL_CHARS]
    return ""


def _range_text(start, value: str) -> str:
    """The text after the empty marker `start` among its following siblings, up to one that carries `value`."""
    parts = [start.tail or ""]
    for sibling in start.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if value in (v.strip() for v in sibling.attrib.values()):
            break
        parts.append(" ".join(sibling.itertext()))
        parts.append(sibling.tail or "")
        if sum(map(len, parts)) > MAX_LABEL_CHARS:
            break
    return clean_text(" ".join(parts))
