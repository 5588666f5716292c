"""A pager's jump box, "跳转到第 [ ] 页 GO": the one control many county CMSs print beside (or instead of) their page
links. Where it is all the pager there is, nothing on a list page names page 2 onwards: only a total printed as
text (第1/5页, 共5页, 页次：1/5, 共43条 每页10条) and the box say they exist.

Two shapes:
- a form (GET or POST) whose one free field — a text box, empty or holding the current number — takes the page
  number: its name is a page field (`page`, `pageNo`, `currentPage`, …) or the form's text says jump (跳转, 转到,
  到第 页, GO) and the name is no search box's; submitted with its other fields as they are;
- a box outside any form, read by the handler of the button beside it (`onclick="jumpPage()"`, a jQuery click
  binding), which navigates to an address concatenated around the number (`location.href = 'index_' + (n - 1) +
  '.html'`, `'?page=' + $('#pageNum').val()`), or hands it to a page function that sets a form's hidden page
  field and submits the form (postform.py's shape, with no numbered calls to read).

Every page from 1 to the printed total but the one shown is asked for (pager `jumpbox`, bounded by MAX_PAGES).
With no total printed, only the next page, as a walk (`PageRequest.walk`): the spider asks for the one after while
the pages walked yield links it had not asked for. Pure; no network."""

from __future__ import annotations

import itertools
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest, form_fields, query
from nianbao.crawler.discovery.pagers.postform import is_page_field
from nianbao.crawler.discovery.script_text import expression_end

PAGER = "jumpbox"
# inputs a reader types into; a jump box has exactly one, the page number
_FREE_INPUT_TYPES = ("text", "number", "tel")
# the words a jump box prints beside its field (跳转到第 [ ] 页, 转到, 前往, GO)
_JUMP_WORDS = re.compile(r"跳转|转到|转至|跳至|跳到|到第|前往|\bgo\b", re.I)
# a search box's field is no page field, whatever the words around it
_SEARCH_FIELD = re.compile(r"key|word|search|query|title|^q$|^kw$|^wd$", re.I)
_CONTEXT_LEVELS = 3          # the pager's text is the box's own or one of its nearest ancestors'
_CONTEXT_CHARS = 2000        # of which the last so many characters are read (a pager ends its list)
_BUTTON_LEVELS = 2           # the button that reads a box outside a form: beside it, or one level up
_MAX_BUTTONS = 32           # clickable elements beside one box whose handlers are read
_MAX_HANDLER_FUNCTIONS = 8   # page functions read for one button (its handler's callees, one level further)
_MAX_BODY_CHARS = 2000       # of one handler or function body
# the navigation to an address built around the number: `location.href = 'list_' +`, `window.open("?p=" +`
_NAVIGATION = re.compile(r"""(?:\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:assign|replace)\s*\(|\bwindow\.open\s*\()"""
                         r"""\s*(['"])([^'"\n]{0,200})\1\s*\+""")
_SUFFIX = re.compile(r"""\s*\+\s*(['"])([^'"\n]{0,100})\1""")
_OFFSET = re.compile(r"([+-])\s*(\d{1,2})\s*\)*\s*$")        # `(n - 1)`, `parseInt(v)+1`
_CALLED = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")
_JS_WORDS = frozenset(("if", "for", "while", "switch", "return", "function", "parseInt", "Number", "isNaN", "alert",
                       "confirm", "getElementById", "getElementsByName", "querySelector", "val", "trim", "open",
                       "submit", "click", "replace", "assign"))


def jump_box_pages(page: HtmlPage) -> list[PageRequest]:
    """The pages a jump box reaches (module docstring); [] without one."""
    out: list[PageRequest] = []
    for form in page.forms():
        field = _free_field(form)
        if field is not None and _is_page_box(field.get("name"), form):
            out += _form_box_pages(page, form, field.get("name"))
    if len(out) < MAX_PAGES and page.scripts and _JUMP_WORDS.search(page.body_text) is not None:
        out += _handler_box_pages(page)
    return out[:MAX_PAGES]


def _is_page_box(name: str, form) -> bool:
    """A page number's box: by its name, else by the words around it — read only when the name is no search
    field's (a site's search form is on every page, and its words are a walk up the tree)."""
    if is_page_field(name):
        return True
    return not _SEARCH_FIELD.search(name) and _JUMP_WORDS.search(_pager_text(form)) is not None


def _free_field(form):
    """The form's one free field when it can hold a page number (empty or a number), else None."""
    free = [el for el in form.iter("input") if (el.get("type") or "text").lower() in _FREE_INPUT_TYPES]
    if len(free) != 1 or not free[0].get("name") or form.find(".//select") is not None \
            or form.find(".//textarea") is not None:
        return None
    value = (free[0].get("value") or "").strip()
    return free[0] if not value or value.isdigit() else None


def _pager_text(el) -> str:
    """The text around a box: its own, else that of the nearest ancestor that prints a page count."""
    node, text = el, ""
    for _ in range(_CONTEXT_LEVELS):
        text = " ".join(" ".join(node.itertext()).split())[-_CONTEXT_CHARS:]
        if query.printed_page_count(text):
            break
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return text


def _numbers(context: str, current: int) -> tuple[list[int], bool]:
    """The page numbers to ask for, and whether they are a walk's next step (no total printed)."""
    total = query.printed_page_count(context)
    if total:
        return [n for n in range(1, min(total, MAX_PAGES) + 1) if n != current], False
    return [current + 1], True


def _form_box_pages(page: HtmlPage, form, name: str) -> list[PageRequest]:
    context = _pager_text(form)
    fields = form_fields(form)
    current = _query_number(page.url, name) or _number(dict(fields).get(name, "")) \
        or query.printed_current_page(context) or 1
    numbers, walk = _numbers(context, current)
    return [_form_request(page, form, [(k, str(n) if k == name else v) for k, v in fields], walk) for n in numbers]


def _form_request(page: HtmlPage, form, fields: list[tuple[str, str]], walk: bool) -> PageRequest:
    action = page.absolute(form.get("action") or page.url) or page.url
    body = urlencode(fields)
    if (form.get("method") or "get").lower() == "post":
        return PageRequest(action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"},
                           pager=PAGER, walk=walk)
    return PageRequest(urlunsplit(urlsplit(action)._replace(query=body)), pager=PAGER, walk=walk)


def _query_number(url: str, name: str) -> int | None:
    """The field's number in a GET answer's own address (index.jsp?page=3: 3)."""
    return next((int(v) for k, v in parse_qsl(urlsplit(url).query) if k == name and v.isdigit()), None)


def _number(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


def _handler_box_pages(page: HtmlPage) -> list[PageRequest]:
    """Boxes outside forms that a button's handler reads (module docstring, second shape)."""
    out: list[PageRequest] = []
    for box in page.tree.iter("input"):
        if (box.get("type") or "text").lower() not in _FREE_INPUT_TYPES or any(
                a.tag == "form" for a in box.iterancestors()):
            continue
        handle, value = box.get("id") or box.get("name"), (box.get("value") or "").strip()
        if not handle or (value and not value.isdigit()):
            continue
        code = _handler_reading(page, box, handle)
        if code is None:
            continue
        context = _pager_text(box)
        out += _navigation_pages(page, code, context) or _submitted_pages(page, code, context)
        if out:
            break   # one jump box a list
    return out


def _handler_reading(page: HtmlPage, box, handle: str) -> str | None:
    """The code run by a button beside the box (its handler and the page functions it calls), when that code
    reads the box by its id or name; else None."""
    reads = re.compile(rf"""['"]#?{re.escape(handle)}['"]|\[name=['"]?{re.escape(handle)}|\.{re.escape(handle)}\.value""")
    scope = box.getparent()
    for _ in range(_BUTTON_LEVELS - 1):
        if scope is not None and scope.getparent() is not None and scope.getparent().tag != "body":
            scope = scope.getparent()
    if scope is None:
        return None
    for button in itertools.islice(scope.iter("a", "button", "input", "img", "span"), _MAX_BUTTONS):
        if button is box:
            continue
        code = _button_code(page, button)
        if code and reads.search(code):
            return code
    return None


def _button_code(page: HtmlPage, button) -> str:
    """A button's inline handler (onclick, a javascript: href) or its jQuery click binding, with the bodies of the
    page functions it calls, and of theirs (bounded)."""
    href = button.get("href") or ""
    code = " ".join(filter(None, (button.get("onclick"), href[11:] if href.lower().startswith("javascript:") else "")))
    if button.get("id"):
        bound = re.search(rf"""['"]#{re.escape(button.get('id'))}['"]\s*\)\s*\.\s*(?:click|on\(\s*['"]click['"]\s*,)"""
                          r"""\s*\(?\s*function\s*\([^)]*\)\s*\{""", page.scripts)
        if bound is not None:
            code += " " + page.scripts[bound.end():expression_end(page.scripts, bound.end(), _MAX_BODY_CHARS)]
    if not code:
        return ""
    read: set[str] = set()
    pending = [code]
    while pending and len(read) < _MAX_HANDLER_FUNCTIONS:
        text = pending.pop()
        for name in dict.fromkeys(_CALLED.findall(text)):
            if name in read or name in _JS_WORDS or len(read) >= _MAX_HANDLER_FUNCTIONS:
                continue
            read.add(name)
            body = _function_body(page.scripts, name)
            if body:
                code += " " + body
                pending.append(body)
    return code


def _function_body(scripts: str, name: str) -> str:
    found = re.search(rf"""(?:\bfunction\s+{re.escape(name)}\s*\([^)]*\)|\b{re.escape(name)}\s*=\s*function\s*"""
                      r"""\([^)]*\))\s*\{""", scripts)
    return scripts[found.end():expression_end(scripts, found.end(), _MAX_BODY_CHARS)] if found else ""


def _navigation_pages(page: HtmlPage, code: str, context: str) -> list[PageRequest]:
    """The handler navigates to 'prefix' + <the number, maybe ± k> + 'suffix': that address for every page."""
    nav = _NAVIGATION.search(code)
    if nav is None:
        return []
    prefix, end = nav.group(2), expression_end(code, nav.end(), 200, stops="+;,\n")
    offset_match = _OFFSET.search(code[nav.end():end])
    offset = 0 if offset_match is None else int(offset_match.group(2)) * (1 if offset_match.group(1) == "+" else -1)
    suffix_match = _SUFFIX.match(code, end)
    suffix = suffix_match.group(2) if suffix_match else ""

    def address(n: int) -> str:
        return urljoin(page.url, f"{prefix}{n}{suffix}")

    # the page shown, when its own address is one the handler builds (index_2.html: page 2 + offset)
    head = address(0)[: len(address(0)) - len(suffix) - 1]   # the resolved address before the number
    shown = re.fullmatch(re.escape(head) + r"(\d{1,4})" + re.escape(suffix), page.url)
    current = int(shown.group(1)) - offset if shown else query.printed_current_page(context) or 1
    numbers, walk = _numbers(context, current)
    # a page whose number would fall below 1 is the list's first page under its own name (index.html)
    return [PageRequest(address(n + offset), pager=PAGER, walk=walk) for n in numbers if n + offset >= 1]


def _submitted_pages(page: HtmlPage, code: str, context: str) -> list[PageRequest]:
    """The handler hands the number to a function that sets a form's hidden page field and submits the form:
    that form, submitted with the field set to every page."""
    if ".submit(" not in code:
        return []
    for form in page.forms():
        hidden = [el.get("name") for el in form.iter("input")
                  if (el.get("type") or "").lower() == "hidden" and el.get("name") and is_page_field(el.get("name"))]
        if hidden:
            name, fields = hidden[0], form_fields(form)
            current = _number(dict(fields).get(name, "")) or query.printed_current_page(context) or 1
            numbers, walk = _numbers(context, current)
            return [_form_request(page, form, [(k, str(n) if k == name else v) for k, v in fields], walk)
                    for n in numbers]
    return []
