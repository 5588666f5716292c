"""The addresses a JSON answer names: what a page's script would draw as links (a home page's blocks of columns,
each with its 更多 address, `{"name": "政府信息公开年报", "moreUrl": "/xxgk/zfxxgknb/index.html", "items": [...]}`; a
list's entries; a menu's tree).

In each object, every string of a field named like an address (`url`, `href`, `link`, `path`, `moreUrl`, `linkUrl`,
`docPath`: a name that is, or ends in, url/href/link/path/uri) that reads as an address, and every other string
that is plainly one (absolute, root- or dot-relative, or a page file name), is a link; its label is the object's
title-like field (`title`, `name`, `text` …), so an address beside 政府信息公开年报 is ranked as the column it names
(spider `_api_links`). A string that is HTML markup (an `answer` or `html` field a script writes into the page
with innerHTML: a 智能问答 robot's answer, a list fragment) gives its `<a href>`s, labelled with their text. Images, styles and scripts (a block's `picUrl`) are left out. Bounded: at most
MAX_LINKS_PER_ANSWER links and limits.MAX_JSON_NODES values walked per answer. Pure: `json.loads` over the
answer as downloaded (the crawl's response size cap bounds it)."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from nianbao.crawler import limits
from nianbao.crawler.discovery.page import Link, clean_text

MAX_LINKS_PER_ANSWER = 500      # a list answer of a few hundred entries; a menu; more is a data dump
MAX_LABEL_CHARS = 200
MAX_ADDRESS_CHARS = 2000        # a longer string is text or data, not an address
# a string that is plainly an address, whatever its field is called
ADDRESS = re.compile(r"^(?:https?://|/|\./|\.\./)[^\s<>\"']+$|^[^\s<>\"':/]+(?:/[^\s<>\"':]+)*\."
                     r"(?:s?html?|jsp|aspx?|php|do|pdf|docx?|xlsx?|wps|ofd)(?:\?[^\s<>\"']*)?$", re.I)
# a field named as an address: a relative directory path is one there too (`"path": "xxgk/nb/"`)
_ADDRESS_KEY = re.compile(r"(?:url|href|link|path|uri)$", re.I)
_RELATIVE = re.compile(r"^[\w.-]+(?:/[\w.-]*)+(?:\?[^\s<>\"']*)?$|^[\w-]+\.\w{2,5}(?:\?[^\s<>\"']*)?$")
_MEDIA = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|svg|ico|css|js|mp[34]|avi|flv|swf|woff2?|ttf)(?:\?|$)", re.I)
MAX_MARKUP_CHARS = 256 * 1024   # of one string read as HTML markup
_MARKUP = re.compile(r"<a\s[^>]*href", re.I)   # a string holding a link element
TITLE_KEYS = ("title", "name", "text", "label", "subject", "biaoti", "doctitle", "columnname", "channelname",
              "catalogname", "catname", "typename", "alt")


def _label(node: dict) -> str:
    lower = {str(k).lower(): v for k, v in node.items()}
    return next((clean_text(lower[k])[:MAX_LABEL_CHARS] for k in TITLE_KEYS if isinstance(lower.get(k), str)
                 and lower[k].strip()), "")


def _addresses(node: dict) -> list[str]:
    out: list[str] = []
    for key, value in node.items():
        if not isinstance(value, str):
            continue
        value = value.strip()
        if not value or len(value) > MAX_ADDRESS_CHARS:
            continue
        named = bool(_ADDRESS_KEY.search(str(key)))
        if (ADDRESS.match(value) or (named and _RELATIVE.match(value))) and not _MEDIA.search(value) \
                and value not in out:
            out.append(value)
    return out


def markup_links(value: str) -> list[tuple[str, str]]:
    """(href, text) of the `<a href>`s of a string of HTML markup, in order; [] for any other string."""
    if "<" not in value or not _MARKUP.search(value[:MAX_MARKUP_CHARS]):
        return []
    try:
        root = lxml.html.fragment_fromstring(value[:MAX_MARKUP_CHARS], create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    return [(a.get("href").strip(), clean_text(a.text_content() or a.get("title"))[:MAX_LABEL_CHARS])
            for a in root.iter("a") if (a.get("href") or "").strip()
            and not a.get("href").strip().lower().startswith(("javascript:", "#", "mailto:"))]


def object_links(data, url: str) -> list[Link]:
    """The links of a parsed JSON answer `data` fetched from `url`, in document order (see the module docstring)."""
    out: list[Link] = []
    seen: set[str] = set()

    def add(address: str, label: str) -> None:
        link = urljoin(url, address)
        if link not in seen and link.startswith(("http://", "https://")) and len(out) < MAX_LINKS_PER_ANSWER:
            seen.add(link)
            out.append(Link(link, label, label, "json"))

    budget = limits.MAX_JSON_NODES
    stack = [data]
    while stack and budget > 0 and len(out) < MAX_LINKS_PER_ANSWER:
        node = stack.pop()
        budget -= 1
        if isinstance(node, dict):
            addresses = _addresses(node)
            label = _label(node) if addresses else ""
            for address in addresses:
                add(address, label)
            for value in node.values():   # an HTML answer a script writes into the page
                if isinstance(value, str):
                    for href, text in markup_links(value):
                        add(href, text)
            stack.extend(v for v in reversed(node.values()) if isinstance(v, (dict, list)))
        elif isinstance(node, list):   # a list of bare addresses (`"files": ["/u/a.pdf"]`): links without a label
            for value in node:
                if isinstance(value, str) and ADDRESS.match(value.strip()) and not _MEDIA.search(value):
                    add(value.strip(), "")
            stack.extend(v for v in reversed(node) if isinstance(v, (dict, list)))
    return out


def answer_links(body: bytes | str, url: str) -> list[Link] | None:
    """The links of the JSON answer `body`; None when it is not JSON."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return object_links(data, url)


def looks_like_json(body: bytes, content_type: str) -> bool:
    """A response that is a JSON document (its type says so, or it opens as an object or an array does)."""
    if "json" in content_type.lower():
        return True
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] == b"{" or (head[:1] == b"[" and head[1:2].lstrip()[:1] in (b"{", b"[", b"]", b'"', b""))
