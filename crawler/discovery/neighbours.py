"""An article's 上一篇/下一篇 (previous/next) box: a pager for articles.

Columns that show only their newest entries (最新5条, no pager) still name every older one, article by article:
each article page links the entries beside it in its column — as `<a>`s after 上一篇：/下一篇：, or in a box a
script fills from the CMS's neighbour interface (JEECMS, 帝国CMS and site-group platforms:
`$.get('/api/content/neighbour.do', {id: contentId}, draw)`), its id written into the page (a literal, a declared
variable, a `data-id` attribute or a hidden input the script reads). Walking that chain is the only way to the
older entries; the spider walks it with priority from reports and their look-alikes, bounded per column
(limits.MAX_NEIGHBOUR_HOPS_PER_COLUMN, stats `pager/neighbours`).

`neighbour_gets` reads the data GETs of a page that draws such a box (its words in the page or its scripts, or an
empty container named prev/next): literal ones through script_data.py, and concatenations or query objects whose
values are names the page states (script constants, the `data-*` attribute or input value a variable is assigned
from). `neighbour_links` gives the static box's links. Hand-written for the reasons script_functions.py gives;
what is not understood builds no URL. Pure."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree
from nianbao.crawler.discovery import script_data
from nianbao.crawler.discovery.page import FOLDED_LETTERS, HtmlPage, Link, clean_text
from nianbao.crawler.discovery.script_functions import DATA_GET, read_template
from nianbao.crawler.discovery.script_text import IDENT, script_constants

WORDS = ("上一篇", "下一篇", "上一条", "下一条", "上一页文章", "下一页文章")
MAX_NEIGHBOUR_LINKS = 4        # a box names two entries; a few more is a box per language
MAX_NEIGHBOUR_GETS = 3         # the box's interface (one, or one a side) beside a view counter's
_NEIGHBOUR_URL = re.compile(r"neighbou?r|prev|next|near|adjacent|sxp|shangxia|updown|sibling", re.I)
MAX_EXPRESSION_CHARS = 1000
MAX_STATED_VALUES = 32
# an empty container a script fills: id or class prevNext, pre_next, sxp (上下篇), neighbour…
_BOX_NAME = re.compile(r"""(?:id|class)\s*=\s*["'][^"']*(?:pre(?:v|vious)?[-_]?next|next[-_]?prev|neighbou?r|"""
                       r"""shangxia|sxp|updown)""", re.I)
# every name _BOX_NAME finds holds one of these, lower-cased: a page without any is not searched (the search
# costs about as much as parsing the page)
_BOX_NAME_PARTS = ("next", "neighbo", "shangxia", "sxp", "updown")
_WORD_TEXT = etree.XPath("//body//text()[" + " or ".join(f"contains(., '{w}')" for w in WORDS) + "]")
# `var id = $('#box').data('id')`, `.attr('data-id')`, `document.getElementById('box').dataset.id`,
# `….getAttribute('data-id')`, `$('#contentId').val()`, `document.getElementById('contentId').value`
_SELECTOR = r"""(?:\$|jQuery)\(\s*['"]([^'"]{1,100})['"]\s*\)|document\.getElementById\(\s*['"]([\w-]{1,100})['"]\s*\)"""
_STATED = re.compile(
    rf"""\b(?:var|let|const)?\s*({IDENT})\s*=\s*(?:{_SELECTOR})\s*"""
    r"""(?:\.data\(\s*['"]([\w-]{1,60})['"]\s*\)|\.attr\(\s*['"]data-([\w-]{1,60})['"]\s*\)|\.dataset\.(\w{1,60})"""
    r"""|\.getAttribute\(\s*['"]data-([\w-]{1,60})['"]\s*\)|(\.val\(\s*\)|\.value\b))""")


def draws_neighbours(page: HtmlPage) -> bool:
    """The page shows or draws a 上一篇/下一篇 box: its words in the page (its scripts included), or an empty
    container named prev/next."""
    text = page.text
    if any(word in text for word in WORDS):
        return True
    if not any(part in page.lower_text for part in _BOX_NAME_PARTS) and not any(c in text for c in FOLDED_LETTERS):
        return False
    return _BOX_NAME.search(text) is not None


def neighbour_links(page: HtmlPage) -> list[Link]:
    """The links of a static box: the `<a href>` of the element whose text says 上一篇/下一篇 (the word inside the
    link, or beside it), labelled by the link's text."""
    out: list[Link] = []
    for text in _WORD_TEXT(page.tree):
        holder = text.getparent()
        if holder is None:
            continue
        anchors = [holder] if holder.tag == "a" else holder.iter("a")
        for anchor in anchors:
            href = (anchor.get("href") or "").strip()
            url = page.absolute(href) if href and not href.lower().startswith(("javascript:", "#")) else None
            if url and url != page.url and all(link.url != url for link in out):
                label = clean_text(anchor.get("title") or anchor.text_content())
                out.append(Link(url, label, "", "neighbour"))
            if len(out) >= MAX_NEIGHBOUR_LINKS:
                return out
    return out


def stated_values(page: HtmlPage, scripts: str) -> dict[str, str]:
    """Name → value of each script variable assigned from what the page states: an element's `data-*` attribute
    or an input's value (`var id = $('#box').data('id')`), read from the page's own markup."""
    out: dict[str, str] = {}
    for match in _STATED.finditer(scripts):
        if len(out) >= MAX_STATED_VALUES:
            break
        name, selector, element_id, *keys = match.groups()
        value_of_input = keys.pop() is not None
        element = _element(page, selector or f"#{element_id}")
        if element is None:
            continue
        key = next((k for k in keys if k), None)
        value = element.get("value") if value_of_input else element.get(f"data-{_dashed(key)}") if key else None
        if value is not None and value.strip():
            out.setdefault(name, value.strip())
    return out


def _dashed(key: str) -> str:
    """A `dataset` name as its attribute's (`contentId` → `content-id`); jQuery's .data('contentId') reads both."""
    return re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), key)


def _element(page: HtmlPage, selector: str):
    """The element a simple selector names: `#id`, or `[data-x]` / `.class` (the first such element)."""
    selector = selector.strip()
    try:
        if re.fullmatch(r"#[\w-]+", selector):
            found = page.tree.xpath("//*[@id=$v]", v=selector[1:])
        elif re.fullmatch(r"\.[\w-]+", selector):
            found = page.tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), $v)]",
                                    v=f" {selector[1:]} ")
        elif m := re.fullmatch(r"\[([\w-]+)\]", selector):
            found = page.tree.xpath(f"//*[@{m.group(1)}]")
        else:
            return None
    except etree.XPathError:
        return None
    return found[0] if found else None


def neighbour_gets(page: HtmlPage) -> list[str]:
    """Same-host addresses of the data the scripts of a page that draws a 上一篇/下一篇 box GET (at most
    MAX_NEIGHBOUR_GETS, those named like a neighbour interface first): literal ones, and ones whose query or
    concatenation takes values the page states (script constants, a variable read from a data attribute)."""
    scripts = page.scripts
    if not scripts or not draws_neighbours(page):
        return []
    stated = stated_values(page, scripts)
    found = script_data.data_urls(page.url, scripts, stated)
    values = {**stated, **script_constants(scripts)}
    names = list(values)
    host = urlsplit(page.url).hostname
    for call in DATA_GET.finditer(scripts) if names else ():
        if len(found) >= script_data.MAX_DATA_GETS_PER_PAGE:
            break
        # a concatenation with names (a literal one, or one of literals and an object query, is script_data's)
        template = read_template(scripts[call.end():call.end() + MAX_EXPRESSION_CHARS], names, {},
                                 data_object=not call.group(0).lstrip().lower().startswith("url"))
        if template is None:
            continue
        url = urljoin(page.url, "".join(values[names[p]] if isinstance(p, int) else p for p in template))
        if url.startswith(("http://", "https://")) and urlsplit(url).hostname == host and url not in found \
                and url != page.url:
            found.append(url)
    found.sort(key=lambda url: _NEIGHBOUR_URL.search(url) is None)   # stable: script order within each kind
    return found[:MAX_NEIGHBOUR_GETS]
