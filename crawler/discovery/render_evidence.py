"""Does a list page draw its list with JavaScript? Evidence from the HTML as it came, for `--render auto`.

A list page often carries plenty of static links (navigation, footer, the column tree) while its list region is
an empty container that a script fills: from an XHR/fetch answer (`$.ajax`, `fetch(`, `XMLHttpRequest`), from a
recordset kept in a `<script>` (Hanweb's `<recordset><record><![CDATA[…]]>` blocks, a JS array of records), or
with `document.write`. Its pager is often an empty `<div id="page">` that the same script fills. Taking such a
page as it came finds the navigation and misses the list; "it yielded nothing" is not a usable test.

`list_evidence` names the first piece of evidence found (stats `render/evidence/<kind>`), or None. The spider
renders a page whose HTML gave no list entry when a list-building script is present (kinds: beside an empty or
tiny list container, beside a pager container only a script fills, or alone), or (as before) when a column
page yields no link to follow at all; and remembers per portal that rendering revealed links (crawler/spiders/portal.py).

Modelled on the CMS families of the domain notes: Hanweb columns (`/col/colN/index.html`, e.g.
http://www.nbjb.gov.cn/col/col1229214366/index.html) write their lists from a `<recordset>` kept in a script;
gkmlpt and many county CMSs fill an empty `<div id="list">` and `<div id="page">` by `$.ajax` from a JSON
interface."""

from __future__ import annotations

import re

from lxml import etree
from nianbao.crawler.discovery.page import HtmlPage

# Scripts that build a list: requests for data, a recordset or an array of records, templates …
DATA_SCRIPT = re.compile(
    r"\$\.(?:ajax|get|post|getJSON)\s*\(|\bfetch\s*\(|XMLHttpRequest|\baxios\b|\.load\s*\(\s*['\"]"
    r"|<recordset>|<record>|\bv-for\s*=|\blaytpl\b|\btemplate\s*\(\s*['\"]|\b(?:data(?:List|list|s)?|recordset|records|"
    r"list|rows)\s*[:=]\s*\[\s*\{", re.I)
# … or write into the page: evidence only where the script is not just a pager writer (TRS createPageHTML).
WRITE_SCRIPT = re.compile(r"\bdocument\.write(?:ln)?\s*\(|\.innerHTML\s*\+?=|\.(?:append|html)\s*\(\s*['\"]?<li", re.I)
_PAGER_WRITER = re.compile(r"createPageHTML\s*\(")
LIST_SCRIPT = re.compile(f"{DATA_SCRIPT.pattern}|{WRITE_SCRIPT.pattern}", re.I)   # either kind


def builds_list(scripts: str) -> bool:
    """The inline scripts load list data, or write into the page for more than a pager."""
    if DATA_SCRIPT.search(scripts):
        return True
    return WRITE_SCRIPT.search(scripts) is not None and _PAGER_WRITER.search(scripts) is None


# Containers that hold a list / a pager, by id or class.
_LIST_NAME = re.compile(r"list|news|article|xxgk|content-?box|data|result|items?\b|datalist|infolist", re.I)
_PAGER_NAME = re.compile(r"pag(?:e|er|ing|ination)\b|page_?(?:div|bar|box|nav)|fenye|pagebar|pager", re.I)
_CONTAINERS = ("ul", "ol", "div", "table", "tbody", "section", "dl")
_TEXT_OUTSIDE_SCRIPTS = etree.XPath(".//text()[not(parent::script) and not(parent::style)]", smart_strings=False)
TINY_LIST_LINKS = 1         # a list region with at most this many links is empty for our purpose
_MAX_CONTAINER_TEXT = 40    # characters of text in an "empty" container (a 加载中… placeholder fits)


def _name(el: etree._Element) -> str:
    return f"{el.get('id') or ''} {el.get('class') or ''}"


def _is_empty(el: etree._Element) -> bool:
    links = sum(1 for _ in el.iter("a"))
    if links > TINY_LIST_LINKS:
        return False
    text = "".join(_TEXT_OUTSIDE_SCRIPTS(el))
    return len("".join(text.split())) <= _MAX_CONTAINER_TEXT


def empty_regions(page: HtmlPage) -> tuple[bool, bool]:
    """(an empty or tiny list container, an empty pager container) on the page."""
    empty_list = empty_pager = False
    for el in page.tree.iter(*_CONTAINERS):
        name = _name(el)
        if not name.strip():
            continue
        if not empty_pager and _PAGER_NAME.search(name) and _is_empty(el):
            empty_pager = True
        elif not empty_list and _LIST_NAME.search(name) and _is_empty(el):
            empty_list = True
        if empty_list and empty_pager:
            break
    return empty_list, empty_pager


def list_evidence(page: HtmlPage, article_links: int) -> str | None:
    """Why this page's list looks script-built (a short kind name), or None. `article_links`: the list-item /
    report links the static HTML gave."""
    scripts = page.scripts
    if not scripts or not builds_list(scripts):
        return None
    if article_links:   # the HTML lists entries already: a script that writes its pager is not evidence
        return None
    empty_list, empty_pager = empty_regions(page)
    if empty_list:
        return "empty_list_region"
    if empty_pager:
        return "script_pager"
    return "list_script"
