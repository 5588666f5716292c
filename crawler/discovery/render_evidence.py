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


# Containers that hold a list / a pager, by id or class (a tree of units — jQuery zTree's `<ul class="ztree">`,
# layui's tree — is a list of links once drawn).
_LIST_NAME = re.compile(r"list|news|article|xxgk|content-?box|data|result|items?\b|datalist|infolist|tree", re.I)
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


_TREE_NAME = re.compile(r"tree", re.I)


def empty_tree(page: HtmlPage) -> bool:
    """An empty tree container (jQuery zTree's `<ul class="ztree">`, layui's tree): a script draws the site's
    columns or units into it, so its nodes are links no static reader sees — evidence even on a page whose HTML
    lists an entry or two beside it (a 年报 page with the newest report linked and its years in the tree)."""
    return any(_TREE_NAME.search(_name(el)) and _is_empty(el) for el in page.tree.iter("ul", "div"))


# A control that grows the list in place (the page's script fetches the next entries and appends them): its
# text, alone in the element. "更多" alone is not one: `更多>>` is a link to the column's own list page.
LOAD_MORE_TEXT = r"^(?:点击|下拉)?(?:加载|查看|显示|浏览|展开)更多(?:内容|信息|数据)?\s*[>»…．.]*$|^(?:load|show|view) more\b"
_LOAD_MORE = re.compile(LOAD_MORE_TEXT, re.I)
# text nodes that may name such a control, and buttons' values (searched in C: most pages have neither)
_CONTROL_TEXTS = etree.XPath("//text()[contains(., '更多') or contains(translate(., 'MORE', 'more'), 'more')]"
                             "[not(parent::script) and not(parent::style)]")
_BUTTON_VALUES = etree.XPath("//input[@type='button' or @type='submit']")
_MAX_CONTROL_TEXT = 20
# A script that grows a list on scrolling: an IntersectionObserver (on a sentinel below the list), or a scroll
# listener (`addEventListener("scroll"`, `onscroll`, jQuery's `.scroll(` / `.on("scroll"`) that compares with the
# page's height (`scrollHeight`: near the end?) — a 返回顶部 button's listener compares only `scrollTop`.
# Beside a data script, the list grows as the reader scrolls: no button, pager or count says so.
_OBSERVER = re.compile(r"\bIntersectionObserver\b")
_SCROLL_LISTENER = re.compile(r"""addEventListener\(\s*['"]scroll['"]|\bonscroll\s*=|\.scroll\(\s*function|"""
                              r"""\.on\(\s*['"]scroll['"]""")


def grows_on_scroll(scripts: str) -> bool:
    """The inline scripts load more of the list when its end scrolls into view (browser.scroll_to_end)."""
    return _OBSERVER.search(scripts) is not None or (
        "scrollHeight" in scripts and _SCROLL_LISTENER.search(scripts) is not None)


STRONG_EVIDENCE = ("empty_list_region", "load_more", "empty_tree")   # enough on a page that is not itself a list (a section)


def _is_script_control(el: etree._Element) -> bool:
    """Not a link to a page (those are followed as links): no href, or `#`, or `javascript:` — on the element
    and on the link it sits in."""
    while el is not None:
        if el.tag == "a":
            href = (el.get("href") or "").strip().lower()
            return not href or href.startswith(("#", "javascript:"))
        el = el.getparent()
    return True


def load_more_control(page: HtmlPage) -> bool:
    """A 加载更多 / 查看更多 control that is not a link: the list grows by script when it is clicked."""
    for node in _CONTROL_TEXTS(page.tree):
        el = node.getparent()
        if node.is_tail and el is not None:   # text after an element belongs to the element around both
            el = el.getparent()
        text = " ".join(el.text_content().split()) if el is not None else ""
        if text and len(text) <= _MAX_CONTROL_TEXT and _LOAD_MORE.search(text) and _is_script_control(el):
            return True
    return any(_LOAD_MORE.search((el.get("value") or "").strip()) for el in _BUTTON_VALUES(page.tree))


def list_evidence(page: HtmlPage, article_links: int) -> str | None:
    """Why this page's list looks script-built (a short kind name), or None. `article_links`: the list-item /
    report links the static HTML gave."""
    scripts = page.scripts
    if not scripts or not builds_list(scripts):
        return None
    if load_more_control(page):   # the first entries are in the HTML, the rest come by clicking (browser.py)
        return "load_more"
    if grows_on_scroll(scripts):   # … or by scrolling to the list's end (browser.scroll_to_end)
        return "scroll_growth"
    if article_links:   # the HTML lists entries already: a script that writes its pager is not evidence …
        # … but a tree drawn beside them names columns and units, whatever entries the HTML lists
        return "empty_tree" if empty_tree(page) else None
    empty_list, empty_pager = empty_regions(page)
    if empty_list:
        return "empty_list_region"
    if empty_pager:
        return "script_pager"
    return "list_script"


# Controls a script handles (click or change), whose handler asks for data, opens a window or goes to a page: a print
# button opening a print of the page's path, bare <li> tabs loading a list by their index, a year <select> whose
# change fetches a list, a calendar's days. Static readers resolve some (inline_data.py, script_functions.py,
# data_handlers.py …); what they leave is explored in the browser (crawler/browser_explore.py).
_HANDLER_SCRIPT = re.compile(r"""\.on(?:click|change)\s*=|addEventListener\(\s*['"](?:click|change)['"]"""
                             r"""|\.(?:click|change|delegate|live)\(\s*(?:function|['"])|\.on\(\s*['"](?:click|change)['"]""")
_ACTION_SCRIPT = re.compile(f"{DATA_SCRIPT.pattern}|\\bwindow\\.open\\s*\\(|\\blocation(?:\\.href)?\\s*=", re.I)
# handlers that are tools, not controls: close, print, back, bookmark, home page
_TOOL_HANDLER = re.compile(r"window\.close|\.print\(|^\s*print\(|history\.|favorite|sethomepage|external\.", re.I)
_HANDLED = etree.XPath("//*[@onclick or @onchange]")
FEW_ARTICLE_LINKS = 20   # entries of one list page: the rest may be behind its controls


def script_controls(page: HtmlPage) -> bool:
    """The page's scripts handle clicks or changes on controls that are not links to pages (a handler assigned in
    an inline script, or an onclick/onchange attribute that is not a close/print tool), and its scripts ask for
    data, open a window or go to a page: clicking them may show a list no static reader sees."""
    scripts = page.scripts
    if not scripts or not _ACTION_SCRIPT.search(scripts):
        return False
    if _HANDLER_SCRIPT.search(scripts):
        return True
    return any(not _TOOL_HANDLER.search(el.get("onclick") or el.get("onchange") or "") and _is_script_control(el)
               for el in _HANDLED(page.tree))


# A script that draws a pager (layui laypage, a page count/size, a paginator plugin's call).
_PAGER_SCRIPT = re.compile(r"laypage|pagination\s*\(|\b(?:page_?count|total_?pages?|page_?size|curr(?:ent)?_?page)\b",
                           re.I)
_PAGER_CONTROL_TEXT = re.compile(r"^(?:\d{1,4}|下一页|下页|尾页|末页|next|>|>>|»)$", re.I)


def unread_pager(page: HtmlPage) -> bool:
    """A pager no static reader could follow (call it where no pager request was read from the page): an empty
    pager container beside a pager-drawing script, or pager controls that are not links (`href="javascript:;"`,
    none) — page numbers or 下一页. The browser clicks them (crawler/browser_controls.py)."""
    scripts = page.scripts
    if scripts and _PAGER_SCRIPT.search(scripts) and empty_regions(page)[1]:
        return True
    for el in page.tree.iter("a", "span", "li", "button"):
        text = (el.text or "").strip()
        if not text or len(el) or not _PAGER_CONTROL_TEXT.match(text) or not _is_script_control(el):
            continue
        if el.tag == "a" or el.get("onclick") or el.get("data-page"):
            boxes = [box for box in (el.getparent(), el.getparent().getparent() if el.getparent() is not None
                                     else None) if box is not None]
            if any(_PAGER_NAME.search(_name(box)) for box in boxes):
                return True
    return False
