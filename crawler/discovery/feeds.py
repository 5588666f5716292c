"""News feeds (RSS 2.0, RSS 1.0 / RDF, Atom 1.0): a column's full list, written for feed readers.

TRS, Hanweb and other county CMSs offer a 信息订阅 (RSS) feed per column: announced in the column page's head by
`<link rel="alternate" type="application/rss+xml" href="…">` and listed on an RSS订阅 page as `<a href="….xml">`.
A column page may show only its newest entries (a widget with no pager) while its feed names every one; a feed's
entries are XML elements (`<item><link>…</link>`, `<entry><link href="…"/>`), never `<a href>`, so a reader of
HTML links finds none of them.

- `announced_feeds(page)`: the feeds a page's head announces, labelled with their titles.
- `is_feed(content_type, body)`: a response is a feed (by its type, or by its root element: portals serve feeds
  as text/xml or text/html as often as with a feed type).
- `read_feed(body, url)`: its entries as links labelled with their titles, in document order, bounded; an entry's
  enclosures (Atom `<link rel="enclosure">`, RFC 4287 §4.2.7.2; RSS `<enclosure url>`) are links too, right after
  it: a CMS attaches a notice's file there (a report PDF), and a feed reader, not a page link, downloads it.

Read with lxml (already a dependency; feedparser would add a package to do the same on the three formats):
entities are not resolved and nothing is fetched (no XXE, no billion laughs), broken markup is recovered, and
at most limits.MAX_FEED_BYTES and MAX_FEED_ENTRIES are read. Pure; no network."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from nianbao.crawler import limits
from nianbao.crawler.discovery import xml_base
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, Link, clean_text

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
# What may come before a feed's root element: one space, an XML declaration or processing instruction, a comment,
# a doctype. One character at a time and possessive (`*+`): `(?:\s+|…)*` tried every split of a run of blank
# lines before failing, 2^n steps (measured: 24 leading spaces of an HTML page 0.85 s, each more one doubling it).
_FEED_ROOT = re.compile(rb"(?:\s|<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>)*+<(?:rss|feed|rdf:RDF)[\s>]", re.S | re.I)
_ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Feed:
    kind: str                                  # rss | atom | rdf
    links: list[Link] = field(default_factory=list)
    truncated: bool = False                    # more entries (or bytes) than were read


def announced_feeds(page: HtmlPage) -> list[Link]:
    """`<link rel="alternate" type="application/rss+xml|atom+xml" href>` of the page, as links of tag `feed`
    labelled with their `title` (at most limits.MAX_FEEDS_PER_PAGE)."""
    out: list[Link] = []
    for el in page.tree.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        kind = (el.get("type") or "").split(";")[0].strip().lower()
        url = page.absolute(el.get("href")) if "alternate" in rel and kind in FEED_TYPES else None
        if url and all(link.url != url for link in out):
            title = clean_text(el.get("title"))[:MAX_LABEL_CHARS]
            out.append(Link(url, title, title, "feed"))
            if len(out) >= limits.MAX_FEEDS_PER_PAGE:
                break
    return out


def is_feed(content_type: str, body: bytes) -> bool:
    """The response is a feed: its type says so, or its first element is `<rss>`, `<feed>` or `<rdf:RDF>`."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in FEED_TYPES:
        return True
    if kind and "xml" not in kind and not kind.startswith("text/"):
        return False
    return _FEED_ROOT.match(body[:2048].removeprefix(b"\xef\xbb\xbf")) is not None


def read_feed(body: bytes, url: str) -> Feed | None:
    """The feed's entries (RSS `<item><link>` or a permalink `<guid>`; Atom `<entry><link href>`, the alternate
    one first), resolved against their `xml:base` (xml_base.py) and the feed's URL; None when the body is no feed
    at all."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(body[:limits.MAX_FEED_BYTES], parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    name = etree.QName(root).localname.lower()
    kind = {"rss": "rss", "feed": "atom", "rdf": "rdf"}.get(name)
    if kind is None:
        return None
    feed = Feed(kind, truncated=len(body) > limits.MAX_FEED_BYTES)
    seen: set[str] = set()
    entries = root.iter(f"{_ATOM}entry", "entry") if kind == "atom" else root.iter("{*}item")
    for n, entry in enumerate(entries):
        if n >= limits.MAX_FEED_ENTRIES:
            feed.truncated = True
            break
        title = clean_text(_child_text(entry, "title"))[:MAX_LABEL_CHARS]
        own = _atom_link(entry) if kind == "atom" else _rss_link(entry)
        for (href, element), label in [(own, title), *_enclosures(entry, title)]:
            target = xml_base.resolve(element, href, url) if href else ""
            if target.startswith(("http://", "https://")) and target not in seen:
                seen.add(target)
                feed.links.append(Link(target, label, label, "feed"))
    return feed


def _enclosures(entry, title: str) -> list[tuple[tuple[str, object], str]]:
    """The entry's enclosures (Atom `<link rel="enclosure" href title>`, RSS `<enclosure url>`) with the element
    each is on, labelled with their own title when they have one, else the entry's (at most
    limits.MAX_FEEDS_PER_PAGE per entry)."""
    out = []
    for child in entry:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "link" and (child.get("rel") or "").strip().lower() == "enclosure" and child.get("href"):
            label = clean_text(child.get("title"))[:MAX_LABEL_CHARS] or title
            out.append(((child.get("href"), child), label))
        elif name == "enclosure" and child.get("url"):
            out.append(((child.get("url"), child), title))
        if len(out) >= limits.MAX_FEEDS_PER_PAGE:
            break
    return out


def _child(entry, name: str):
    return next((child for child in entry if isinstance(child.tag, str) and etree.QName(child).localname == name),
                None)


def _child_text(entry, name: str) -> str:
    child = _child(entry, name)
    return "" if child is None else "".join(child.itertext())


# The entry's own address with the element it is on (its `xml:base` and its ancestors' complete it): ('', entry)
# for none.
def _rss_link(entry) -> tuple[str, object]:
    link = _child(entry, "link")
    text = "" if link is None else "".join(link.itertext()).strip()
    if text:
        return text, link
    for child in entry:   # a <guid> is the entry's address unless it says isPermaLink="false"
        if isinstance(child.tag, str) and etree.QName(child).localname == "guid" \
                and (child.get("isPermaLink") or "true").lower() != "false":
            return (child.text or "").strip(), child
    return "", entry


def _atom_link(entry) -> tuple[str, object]:
    links = [child for child in entry if isinstance(child.tag, str) and etree.QName(child).localname == "link"]
    for link in links:
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return link.get("href"), link
    return next(((link.get("href"), link) for link in links if link.get("href")), ("", entry))
