"""Decode an HTML page with parse/encoding.py (BOM → header → meta → detection; GB* as gb18030) and parse it
once with lxml; everything discovery needs (links with their text, frames, meta tags, inline scripts) is read
from this one object."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree
from nianbao.crawler import limits
from nianbao.crawler.discovery.backslashes import as_browser_reads
from nianbao.crawler.discovery.bare_hosts import bare_host_url
from nianbao.crawler.discovery.conditional_comments import conditional_links
from nianbao.crawler.discovery.field_links import field_links
from nianbao.crawler.discovery.microdata_links import property_links
from nianbao.crawler.discovery.noframes import noframes_links
from nianbao.crawler.discovery.script_functions import ScriptFunctions, call_target
from nianbao.crawler.discovery.script_reading import read_functions
from nianbao.crawler.discovery.site import url_with_ascii_host
from nianbao.crawler.discovery.wml_links import task_links
from nianbao.parse import limits as parse_limits
from nianbao.parse.encoding import decode_html

_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#", "about:")
# schemes that name an http(s) resource for another client: a calendar subscription (`webcal://h/p.ics`, as Outlook and
# Apple Calendar take it) is the file `http://h/p.ics` (webcals: https)
_HTTP_ALIASES = (("webcal://", "http://"), ("webcals://", "https://"))
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)
# A script that navigates or opens a document with a literal target: window.open('…'), location.href = '…',
# location.replace('…'), location.assign('…') (on window, self, top, parent or document).
_JS_URL = re.compile(r"""(?:window\.open|\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace))\s*\(?\s*['"]([^'"]+)['"]""")
# … or calls a page function with a path as its first argument: downLoad('/u/2023.pdf'), openWin('./12.html'),
# goDetail("/art/2023/1/1/art_1_2.html"). A path: absolute, root- or dot-relative, or a name with a page/file
# extension (an argument like '1' or 'tab2' names no document).
_JS_CALL_PATH = re.compile(r"""\b[A-Za-z_$][\w$.]*\s*\(\s*['"]((?:https?://|/|\.\.?/)[^'"\s<>]*|[^'"\s<>:()]+\."""
                           r"""(?:s?html?|jsp|aspx?|php|do|pdf|docx?|xlsx?|wps|et|ofd|rtf))['"]""", re.I)
# Link-bearing attributes of any element beside <a href>: rows, buttons and list items that open a page on click
# (data-url, data-href, data-link), and the controls that load a list's next part (加载更多 / 下一页 buttons whose
# script reads data-next, data-more, data-next-url …): a `data-*` attribute whose name says url, href, link, next or
# more. Such a control is a link to the next part where its script is absent or failed, as a reader's click would
# be were the script there; any other `data-*` path (data-src, data-page …) is read only on a control whose class
# or text says more or next (_MORE_CONTROL). At most MAX_DATA_ATTRS attributes an element.
_DATA_URL_NAME = re.compile(r"^data-[\w-]*(?:url|href|link|next|more)", re.I)
_MORE_CONTROL = re.compile(r"更多|下一页|下页|后一页|more|next", re.I)
MAX_DATA_ATTRS = 8          # link-bearing data-* attributes read an element
MAX_ELEMENT_ATTRS = 64      # attributes of one element looked at (a generated element may carry hundreds)
MAX_CONTROL_TEXT = 20       # a control's own label read for more/next (加载更多, 查看更多>>, 下一页)
# Elements other than <a>/<area> that carry one (an XPath over every element: run only on pages whose text
# names such an attribute at all).
_CLICKABLE = etree.XPath(
    "//*[@onclick or @*[starts-with(name(), 'data-') and (contains(name(), 'url') or contains(name(), 'href') or "
    "contains(name(), 'link') or contains(name(), 'next') or contains(name(), 'more'))] or "
    "(@*[starts-with(name(), 'data-')] and (self::button or contains(@class, 'more') or contains(@class, 'next')))]"
    "[not(self::a or self::area)]")
# how pages write them (a substring test: lower-casing the page cost more than reading its links)
_ONCLICK_NAMES = ("onclick", "onClick", "OnClick", "ONCLICK")
_PATH_VALUE = re.compile(r"""(?:https?://|/|\.\.?/)[^\s<>'"]*$|[^\s<>'":()]+\."""
                         r"""(?:s?html?|jsp|aspx?|php|do|pdf|docx?|xlsx?|wps|et|ofd|rtf)(?:\?\S*)?$""", re.I)
# The non-ASCII letters `re.I` matches with an ASCII one that `str.lower()` does not lower to it (İ, ı: i; ſ: s;
# the Kelvin sign lowers to k): a page holding one may match an `re.I` pattern its lower_text does not show.
FOLDED_LETTERS = ("\u0130", "\u0131", "\u017f")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
# A page that parses to nothing while its text holds markup lost its links without a trace (a WML deck's declared
# encoding did so): told apart from a genuinely tiny page by its size and by a tag other than the ones lxml makes
# up for any document (the html/head/body an empty text gets too).
UNPARSABLE_MIN_CHARS = 512
_SKELETON = ("html", "head", "body")
_OTHER_TAG = re.compile(r"<(?!/?(?:html|head|body)\b)[A-Za-z]", re.I)
MAX_LABEL_CHARS = 200     # text taken as a link's label (a clickable row or block, a feed entry's title, an option)
# The page sends the browser on by script: `location.href = "…"`, `location.replace("…")`, `top.location = …`.
_SCRIPT_REDIRECT = re.compile(r"""\blocation(?:\.href)?\s*=(?!=)\s*|\blocation\.(?:replace|assign)\s*\(\s*""")
# A refresh declaration, a `<meta http-equiv="refresh">`'s content or an HTTP `Refresh` header's value: `3;url=/new/`,
# `0; URL='/new/'`, `5, /new/` (HTML's shared declarative refresh steps: a delay, `;` or `,`, an optional `url=`,
# the address, quoted or not).
_REFRESH = re.compile(r"""\s*(\d+)[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)""", re.I | re.S)
MAX_REFRESH_CHARS = 2000   # of a declaration read (an address is shorter)
_LITERAL = re.compile(r"""(['"])([^'"\n]{1,2000})\1\s*(?:\)|;|$|\n|<)""")
# Alternate versions of a page: a `<link rel="alternate">` without a feed type (a `media` query for phones, an
# `hreflang`), Baidu's 移动适配 meta `mobile-agent` (`format=html5;url=…`; its companion `applicable-device`
# only says which device a page is for and names no URL), and a script that sends phones elsewhere by testing
# the user agent.
# (a link whose type names one of these words is a feed, discovery/feeds.py FEED_TYPES, or data: no page version)
_DATA_TYPE_WORDS = ("rss", "atom", "xml", "json")
_MOBILE_AGENT_URL = re.compile(r"url\s*=\s*([^;\s]+)", re.I)
_DEVICE_TEST = re.compile(r"navigator\s*\.\s*(?:userAgent|platform|appVersion)")
# … or calls the widespread uaredirect.js with the mobile address: `uaredirect("http://m.x.gov.cn/")`
_UA_REDIRECT = re.compile(r"""\buaredirect\s*\(\s*['"]([^'"\s]{1,500})['"]""", re.I)
# Client-side templates: markup a script copies into the page later (a tab's list, a row template), kept in a
# `<script type="text/html">` (art-template, Handlebars, Underscore, jQuery tmpl) that the HTML parser keeps as text.
_TEMPLATE_TYPES = ("text/html", "text/template", "text/x-template", "text/x-handlebars-template", "text/x-jquery-tmpl")
_TEMPLATE_HOLE = re.compile(r"\{\{|\$\{|<%|\{%")   # an address the template fills in: {{url}}, ${url}, <%= url %>


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)
def _join(base: str, href: str) -> str:
    """urljoin + fragment removal (cached: urljoin is the costliest step of reading a page's links); a host written
    in Unicode in its IDNA form, as the browser resolves the link (the site's scope compares hosts so)."""
    return url_with_ascii_host(urldefrag(urljoin(base, href))[0])


def clean_text(text: str | None) -> str:
    """Collapse whitespace (incl. NBSP and 全角空格) to single spaces."""
    if not text:
        return ""
    # str.split() splits on the characters `\s` matches (str.isspace: NBSP and 全角空格 included), 3x faster
    return " ".join(text.split())


def declared_refresh(value: str) -> tuple[int, str] | None:
    """(delay in seconds, address as written) of a refresh declaration (see _REFRESH); None when it names no
    address (`Refresh: 300` only reloads the page) or is not one."""
    match = _REFRESH.match(value[:MAX_REFRESH_CHARS])
    if not match:
        return None
    address = match.group(2).strip()
    if address[:1] in ("'", '"'):   # quoted: up to the closing quote
        address = address[1:].split(address[0], 1)[0].strip()
    return (int(match.group(1)), address) if address else None


def meta_refresh(tree: etree._Element, ignore_tags: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """(delay, address as written) of the first `<meta http-equiv="refresh">` in a parsed page that names an
    address (http-equiv in any case, the content read by declared_refresh: `0 ; URL = '…'`, `0;url=&quot;…&quot;`);
    a tag inside one of `ignore_tags` (Scrapy's METAREFRESH_IGNORE_TAGS: `noscript`) is not obeyed. None: none."""
    for el in tree.iter("meta"):
        if (el.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        if ignore_tags and any(parent.tag in ignore_tags for parent in el.iterancestors()):
            continue
        declared = declared_refresh(el.get("content") or "")
        if declared:
            return declared
    return None


@dataclass(frozen=True)
class Link:
    url: str          # absolute, fragment removed
    text: str         # anchor text (or title attribute when the text is empty)
    title: str = ""   # the title attribute (lists often truncate the text and keep the full title here)
    tag: str = "a"    # a | area | iframe | embed | object | option | js (a script's target) | data (data-url …)

    @property
    def label(self) -> str:
        """The longer of text and title: lists write 某某县2023年政府信息公开… with the full title in title=."""
        return self.title if len(self.title) > len(self.text) else self.text


def script_link_target(value: str) -> str | None:
    """The URL an `onclick` or `javascript:` href opens: a navigation's literal target, else the path a page
    function is called with. Most values hold neither a parenthesis nor `=`: skipped without a regex."""
    if "(" not in value and "=" not in value:
        return None
    match = _JS_URL.search(value) or _JS_CALL_PATH.search(value)
    return match.group(1).strip() if match else None


def _looks_like_path(value: str) -> bool:
    return _PATH_VALUE.match(value) is not None


def _data_link_values(el, text: str) -> list[str]:
    """The paths an element's link-bearing `data-*` attributes hold (the comment at _DATA_URL_NAME): a name that
    says url, href, link, next or more on any element; any `data-*` on a control that says more or next."""
    more = None
    out: list[str] = []
    for name, value in list(el.attrib.items())[:MAX_ELEMENT_ATTRS]:
        if not name.startswith("data-") or len(out) >= MAX_DATA_ATTRS:
            continue
        value = value.strip()
        if not value or not _looks_like_path(value):
            continue
        if _DATA_URL_NAME.match(name) is None:
            if more is None:
                more = _MORE_CONTROL.search(f"{el.get('class') or ''} {text[:MAX_CONTROL_TEXT]}") is not None
            if not more:
                continue
        out.append(value)
    return out


@dataclass
class HtmlPage:
    url: str
    text: str
    encoding: str
    meta: dict[str, str] = field(default_factory=dict)
    parse_failed: bool = field(default=False, init=False, repr=False)   # lxml refused the text (`tree`)

    @classmethod
    def from_bytes(cls, url: str, body: bytes, content_type: str | None = None) -> HtmlPage:
        text, encoding = decode_html(body, content_type)
        return cls(url=url, text=text[: parse_limits.MAX_HTML_CHARS], encoding=encoding)

    @cached_property
    def tree(self) -> etree._Element:
        text = self.text or "<html></html>"
        if text.lstrip()[:5] == "<?xml":
            # lxml refuses a str that declares an encoding (ValueError); the text is decoded already, so the
            # declaration says nothing more: an XHTML page or a WML deck (wml_links.py) read without it
            text = _XML_DECLARATION.sub("", text, count=1)
        try:
            root = lxml.html.document_fromstring(text)
        except (etree.ParserError, ValueError):
            self.parse_failed = True
            root = lxml.html.document_fromstring("<html></html>")
        return root

    @cached_property
    def unparsable(self) -> str | None:
        """Why the page's markup gave discovery nothing: `parse_error` (lxml refused a text holding tags),
        `empty_tree` (a text of UNPARSABLE_MIN_CHARS or more holding tags parsed to html/head/body alone: an
        unclosed comment swallowed the page); None for a page parsed, or one with no markup to lose."""
        root = self.tree   # (sets parse_failed)
        if any(el.tag not in _SKELETON for el in root.iter(etree.Element)):
            return None   # (a parsed page's first other element comes within a few: the walk stops there)
        if not _OTHER_TAG.search(self.text):
            return None   # whitespace, a comment, a bare skeleton or plain text: nothing was lost
        if self.parse_failed:
            return "parse_error"
        return "empty_tree" if len(self.text) >= UNPARSABLE_MIN_CHARS else None

    @cached_property
    def lower_text(self) -> str:
        """The page's text lower-cased, once for every reader whose cheap test for a case-insensitive pattern
        is a substring of it. `re.I` also matches three letters `str.lower()` keeps apart from ASCII ones
        (İ and ı match i, ſ matches s): such a test also looks for them (FOLDED_LETTERS)."""
        return self.text.lower()

    @cached_property
    def base_url(self) -> str:
        base = self.tree.find(".//base[@href]")
        if base is not None:
            return urljoin(self.url, base.get("href", "").strip())
        return self.url

    def absolute(self, href: str | None) -> str | None:
        if not href:
            return None
        href = as_browser_reads(href.strip())   # `2022\rsj_1.htm`: a browser's `/` (backslashes.py)
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            return None
        for alias, scheme in _HTTP_ALIASES:
            if href[:len(alias)].lower() == alias:
                href = scheme + href[len(alias):]
        # A root-relative or absolute href resolves the same against any URL of the base's origin: those (most
        # links: navigation repeats on every page of a site) are resolved once per origin (_join's cache).
        if href[0] == "/" or href.startswith(("http://", "https://")):
            url = _join(self.origin, href)
        else:
            url = _join(self.base_url, href)
        return url if url.startswith(("http://", "https://")) else None

    @cached_property
    def origin(self) -> str:
        """scheme://netloc/ of the base URL."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}/"

    @cached_property
    def meta_tags(self) -> dict[str, str]:
        """`<meta name=… content=…>` by lower-cased name (SiteIDCode, ColumnName, ArticleTitle, PubDate, …)."""
        tags: dict[str, str] = {}
        for el in self.tree.iter("meta"):
            name = (el.get("name") or el.get("property") or "").strip().lower()
            if name and name not in tags:
                tags[name] = clean_text(el.get("content"))
        return tags

    @cached_property
    def title(self) -> str:
        el = self.tree.find(".//title")
        return clean_text(el.text_content()) if el is not None else ""

    @cached_property
    def links(self) -> list[Link]:
        """Every followable link: `<a>`/`<area>` hrefs (SVG `<a xlink:href>` too), `<option value>` of jump menus, and the targets of
        link-bearing attributes on any element — `onclick` (and `javascript:` hrefs) that open or navigate to a
        literal URL or call a page function with a path (`downLoad('/u/x.pdf')`) or with ids a page function
        builds a URL from (`showDetail('123')`, tag `jsfn`: script_functions.py), `data-url`/`data-href`/
        `data-link`, the `<a href>`s of client-side templates (`<script type="text/html">`, tag `template`) and the
        `<go href>` tasks of a WML deck (tag `wml`: wml_links.py), the `<a href>`s inside IE's conditional
        comments (tag `conditional`: conditional_comments.py) and a frameset's `<noframes>` (tag `noframes`:
        noframes.py), microdata/RDFa property values that are paths (tag `microdata`: microdata_links.py) and
        same-site page addresses kept in form fields' values (tag `field`: field_links.py); an `<a href>` typed host
        first with no scheme (`www.x.gov.cn/nb/1.html`) is also read as that host's address (tag `barehost`:
        bare_hosts.py). Order of appearance (`<a>`, `<area>`, `<option>` first, then other clickable elements, WML
        tasks, templates, conditional comments, `<noframes>`, property values, field values),
        duplicates (same URL and text) removed."""
        seen: set[tuple[str, str]] = set()
        out: list[Link] = []

        def add(url: str | None, text: str, title: str, tag: str) -> None:
            if url and (url, text) not in seen:
                seen.add((url, text))
                out.append(Link(url, text, title, tag))

        elements = self.tree.iter("a", "area", "option")
        data_urls = "data-" in self.text
        if data_urls or any(name in self.text for name in _ONCLICK_NAMES):
            elements = chain(elements, _CLICKABLE(self.tree))
        for el in elements:
            tag = el.tag
            if tag == "option":
                value = (el.get("value") or "").strip()
                if "/" in value or value.endswith((".html", ".htm", ".shtml", ".jsp")):
                    add(self.absolute(value), clean_text(el.text_content()), "", "option")
                continue
            text = clean_text(el.text_content())[:MAX_LABEL_CHARS] or clean_text(el.get("alt"))
            title = clean_text(el.get("title"))
            # an inline SVG map links with SVG 1.1's `xlink:href` (lxml's HTML parser keeps the prefixed name)
            href = (el.get("href") or el.get("xlink:href")) if tag in ("a", "area") else None
            script = el.get("onclick")
            if href:
                if href.lstrip()[:11].lower() != "javascript:":
                    add(self.absolute(href), text or title, title, tag)
                    # an address typed host first with no scheme: also the host it names (bare_hosts.py)
                    add(bare_host_url(href), text or title, title, "barehost")
                elif not script:
                    script = href
            target = script_link_target(script) if script else None
            if target:
                add(self.absolute(target), text or title, title, "js")
            elif script:
                built = call_target(script, self.script_functions.navigations)
                if built:
                    add(self.absolute(built), text or title, title, "jsfn")
            if data_urls:
                for value in _data_link_values(el, text):
                    add(self.absolute(value), text or title, title, "data")
        for href, label in task_links(self.tree, self.text):   # a WML deck's `<go>` tasks (wml_links.py)
            add(self.absolute(href), clean_text(label)[:MAX_LABEL_CHARS], "", "wml")
        for el in self._template_links():
            add(self.absolute(el.get("href")), clean_text(el.text_content())[:MAX_LABEL_CHARS], "", "template")
        for href, label in conditional_links(self.tree, self.text):   # old IE's markup (conditional_comments.py)
            add(self.absolute(href), clean_text(label)[:MAX_LABEL_CHARS], "", "conditional")
        for href, label in noframes_links(self.tree, self.lower_text):   # a frameset's fallback (noframes.py)
            add(self.absolute(href), clean_text(label)[:MAX_LABEL_CHARS], "", "noframes")
        for value, label in property_links(self.tree, self.text):   # microdata/RDFa values (microdata_links.py)
            if _looks_like_path(value):
                add(self.absolute(value), clean_text(label)[:MAX_LABEL_CHARS], "", "microdata")
        own_host = urlsplit(self.url).netloc
        for value, label in field_links(self.tree, self.text):   # a dead pager's hidden fields (field_links.py)
            url = self.absolute(value)
            if url and urlsplit(url).netloc == own_host:
                add(url, label, "", "field")
        return out

    def _template_links(self) -> list:
        """The `<a href>`s of the page's client-side templates (`<script type="text/html">`…), at most
        limits.MAX_TEMPLATE_CHARS of template text: links the page shows once a script copies a template in."""
        if "text/html" not in self.text and "template" not in self.text and "tmpl" not in self.text:
            return []
        budget, anchors = limits.MAX_TEMPLATE_CHARS, []
        for script in self.tree.iter("script"):
            if (script.get("type") or "").strip().lower() not in _TEMPLATE_TYPES or not script.text:
                continue
            markup = script.text[:budget]
            budget -= len(markup)
            try:
                fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
            except (etree.ParserError, ValueError):
                continue
            anchors.extend(a for a in fragment.iter("a") if a.get("href") and not _TEMPLATE_HOLE.search(a.get("href")))
            if budget <= 0:
                break
        return anchors

    @cached_property
    def script_redirect(self) -> tuple[str | None, bool]:
        """(the literal URL, a computed target) of a script redirect in the page's inline scripts
        (`window.location.replace("/we/index.html")`, `top.location.href = '…'`, `location = base + …`) or of a
        `<meta http-equiv="refresh">`. (None, False): the page redirects nowhere."""
        declared = meta_refresh(self.tree)
        url = self.absolute(declared[1]) if declared else None
        if url:
            return url, False
        computed = False
        scripts = self.scripts
        for match in _SCRIPT_REDIRECT.finditer(scripts):
            literal = _LITERAL.match(scripts, match.end())
            if literal:
                url = self.absolute(literal.group(2))
                if url and url != self.url:
                    return url, False
            else:
                computed = True
        return None, computed

    @cached_property
    def alternates(self) -> list[Link]:
        """The page's other versions on other addresses (a mobile host's copy, a language version) as links
        labelled with the page's title (tag `alternate`): a portal's `m.` host is named to phones and search
        engines only, and its lists may be the complete ones (at most limits.MAX_ALTERNATES_PER_PAGE)."""
        urls: list[str] = []
        page = self.text   # (substring tests first: most pages name none of these, and a tree walk costs more)
        if "lternate" in page:
            for el in self.tree.iter("link"):
                rel = (el.get("rel") or "").lower().split()
                kind = (el.get("type") or "").lower()
                if "alternate" in rel and not any(word in kind for word in _DATA_TYPE_WORDS):
                    urls.append(el.get("href") or "")
        if "obile-agent" in page:
            for el in self.tree.iter("meta"):
                if (el.get("name") or el.get("http-equiv") or "").strip().lower() == "mobile-agent":
                    urls += _MOBILE_AGENT_URL.findall(el.get("content") or "")
        if "redirect" in page:
            urls += _UA_REDIRECT.findall(self.scripts)
        for el in self.tree.iter("script") if "navigator" in page else ():
            text = el.text or ""
            if not el.get("src") and _DEVICE_TEST.search(text):
                for match in _SCRIPT_REDIRECT.finditer(text):
                    literal = _LITERAL.match(text, match.end())
                    if literal:
                        urls.append(literal.group(2))
        out: list[Link] = []
        for href in urls:
            url = self.absolute(href)
            if url and url != self.url and all(link.url != url for link in out):
                out.append(Link(url, self.title, "", "alternate"))
                if len(out) >= limits.MAX_ALTERNATES_PER_PAGE:
                    break
        return out

    @cached_property
    def script_functions(self) -> ScriptFunctions:
        """The inline scripts' functions that open a page or GET data built from their arguments
        (script_functions.py), read once for every reader of the page's calls: its links' onclick and
        `javascript:` calls (`links`), handler calls (script_handlers.py), data-attribute handlers (data_handlers.py)."""
        return read_functions(self.scripts)

    @cached_property
    def frames(self) -> list[Link]:
        """Embedded documents: iframe/frame/embed src, object data."""
        out = []
        for el in self.tree.iter("iframe", "frame", "embed", "object"):
            url = self.absolute(el.get("src") or el.get("data"))
            if url:
                out.append(Link(url, clean_text(el.get("title")), "", el.tag))
        return out

    @cached_property
    def scripts(self) -> str:
        """The text of inline scripts, joined (pager calls, dataproxy parameters, window.CONFIG)."""
        return "\n".join(el.text or "" for el in self.tree.iter("script") if not el.get("src"))

    @cached_property
    def body_text(self) -> str:
        """The page's text, one space between text nodes, whitespace collapsed. Inline script text is included:
        harmless for the headings and labels we look for, and much faster than filtering it out."""
        body = self.tree.find(".//body")
        root = body if body is not None else self.tree
        # the same strings as root.itertext(), collected in C: 3x faster on sandbox pages (identical on 246)
        return clean_text(" ".join(_TEXT_NODES(root)))

    def forms(self) -> list[etree._Element]:
        """The page's `<form>`s, in order (a new list each call: the tree is walked once, for its ten readers)."""
        return list(self._forms)

    @cached_property
    def _forms(self) -> tuple[etree._Element, ...]:
        return tuple(self.tree.iter("form"))
