"""List pages that exist only as answers to a pager form: the page numbers are script calls that set a hidden
field of a `<form>` and submit it, so page 2 onwards has no URL of its own.

Two shapes real portals share:
- a page function: `<a href="javascript:goPage(3)">3</a>` (or `onclick="toPage('3')"`) with
  `function goPage(n) { form.pageIndex.value = n; form.submit(); }`, the form holding a hidden page field
  (`pageIndex`, `pageNo`, `currentPage`, …) beside its state (`__VIEWSTATE`, a column id) — JSP and WebForms
  list templates of county CMSs;
- ASP.NET postbacks: AspNetPager and GridView pagers write `javascript:__doPostBack('AspNetPager1','3')` (or
  `'Page$3'`), which sets `__EVENTTARGET` / `__EVENTARGUMENT` of the page's one form and submits it; a user
  control's page function may instead set a hidden field (`ctl00$Pager$hidPageNo`) and click a LinkButton, whose
  own `__doPostBack` target is then sent (the shape of e.g. github.com/his001/MoamamDrug
  Moamam.WEB/UserControls/ucPaging01.ascx).

Evidence is required on both sides: a form (POST or GET) with a hidden page field (or the WebForms postback
fields), and pager calls with page numbers whose function submits a form (its inline definition calls
`.submit()`, clicks a button or posts back; a definition in an external script is taken on its name:
go/to/jump/turn + page). The page count
is the highest number the pager calls or a 共N页 text name; every page from 1 to it but the form's current one
is asked for (the form's other fields as they are), bounded by MAX_PAGES.

A third shape names no page at all: a jump box, "跳转到第 [ ] 页 GO" — a form whose one free field (a text box,
empty or holding the current number) takes the page number, beside a total printed as text (第1/5页, 共5页,
页次：1/5, 共43条 每页10条). Every page up to the printed total but the current one is submitted (`jump_box_pages`,
pager `jumpbox`); with no total printed, the next page only (pager `jumpbox_walk`: the spider asks for the one
after while the pages it gets hold new links). Pure; no network."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest, form_fields, query

PAGE_FIELDS = ("pageindex", "pageno", "pagenum", "page", "page_no", "currentpage", "curpage", "cur_page",
               "pagenumber", "pindex", "pn", "p", "topage", "gopage", "nowpage", "current")
# `goPage(3)`, `toPage('3')`, `__doPostBack('AspNetPager1','3')`: a function name and its page-number argument
_CALL = re.compile(r"""([A-Za-z_$][\w$.]*)\s*\(\s*(?:(['"])([^'"]{0,80})\2\s*,\s*)?['"]?(?:Page\$)?(\d{1,4})['"]?\s*\)""")
_PAGE_FUNCTION_NAME = re.compile(r"(?:go|to|jump|turn|change|show|load|submit|query|search|fy)_?(?:page|pg|list)?|"
                                 r"page|fenye|pager?", re.I)
_TOTAL = re.compile(r"共\s*(\d{1,4})\s*页")
# `hidPageNo`, `ctl00$Pager$hidPageNo`, `hf_pageindex`: a page field behind a WebForms naming prefix
_FIELD_PREFIX = re.compile(r"^(?:hid(?:den)?|hdn|hf|txt)_?", re.I)
# the function clicks a (postback) button instead of submitting: `getElementById("x_btnPage").click()`
_CLICKED = re.compile(r"""(?:getElementById\(\s*['"]([^'"]+)['"]\s*\)|\$\(\s*['"]#([^'"]+)['"]\s*\))\.click\(""")
_DEFINITION = r"function\s+{name}\s*\([^)]*\)\s*\{{(.{{0,600}}?)\}}"
POSTBACK = "__doPostBack"


def _pager_calls(page: HtmlPage) -> list[tuple[str, str, int]]:
    """(function, first argument of a two-argument call, page number) of every pager link or button."""
    out = []
    for el in page.tree.iter("a", "input", "button", "span", "li"):
        for attr in ("href", "onclick"):
            value = el.get(attr)
            if not value or "(" not in value or (attr == "href" and not value.strip().lower().startswith("javascript:")):
                continue
            for match in _CALL.finditer(value):
                out.append((match.group(1).rsplit(".", 1)[-1], match.group(3) or "", int(match.group(4))))
    return out


def _submits_form(name: str, scripts: str) -> bool:
    """Does the page function submit a form? Its inline definition says; else its name must (an external
    script defines it)."""
    body = _definition(name, scripts)
    if body is not None:
        return ".submit(" in body or ".click(" in body or POSTBACK in body
    return _PAGE_FUNCTION_NAME.fullmatch(name) is not None


def _definition(name: str, scripts: str) -> str | None:
    match = re.search(_DEFINITION.format(name=re.escape(name)), scripts, re.S)
    return match.group(1) if match is not None else None


def is_page_field(name: str) -> bool:
    last = re.split(r"[$:.]", name)[-1]
    return last.lower() in PAGE_FIELDS or _FIELD_PREFIX.sub("", last).lower() in PAGE_FIELDS


def _clicked_postback(page: HtmlPage, functions: set[str]) -> list[tuple[str, str]]:
    """The postback fields of the button a page function clicks after setting the page field (a WebForms
    LinkButton: `<a id="x_btnPage" href="javascript:__doPostBack('x$btnPage','')">`), or []."""
    for name in functions:
        body = _definition(name, page.scripts) or ""
        found = _CLICKED.search(body)
        if found is None:
            continue
        button = next(iter(page.tree.xpath("//*[@id=$id]", id=found.group(1) or found.group(2))), None)
        call = _POSTBACK_TARGET.search(button.get("href") or button.get("onclick") or "") if button is not None else None
        if call is not None:
            return [("__EVENTTARGET", call.group(1)), ("__EVENTARGUMENT", "")]
    return []


_POSTBACK_TARGET = re.compile(r"""__doPostBack\(\s*['"]([^'"]+)['"]""")


def _request(page: HtmlPage, form, fields: list[tuple[str, str]], pager: str = "postform") -> PageRequest:
    action = page.absolute(form.get("action") or page.url) or page.url
    body = urlencode(fields)
    if (form.get("method") or "get").lower() == "post":
        return PageRequest(action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"},
                           pager=pager)
    parts = urlsplit(action)
    return PageRequest(urlunsplit(parts._replace(query=body)), pager=pager)


def _page_count(page: HtmlPage, numbers: list[int]) -> int:
    totals = [int(m) for m in _TOTAL.findall(page.body_text[-20000:])]
    return min(max([*numbers, *totals], default=0), MAX_PAGES)


def form_pages(page: HtmlPage) -> list[PageRequest]:
    """Every page of a list paged by a form submit (see the module docstring); [] without the evidence."""
    if "<form" not in page.text.lower():
        return []
    return _called_form_pages(page) + jump_box_pages(page)


def _called_form_pages(page: HtmlPage) -> list[PageRequest]:
    """Pages of a form whose hidden page field pager calls set (goPage(3), __doPostBack)."""
    calls = _pager_calls(page)
    if not calls:
        return []
    scripts = page.scripts
    submitting = {fn for fn in {c[0] for c in calls} if fn != POSTBACK and _submits_form(fn, scripts)}
    out: list[PageRequest] = []
    for form in page.forms():
        fields = form_fields(form)
        names = [k for k, _ in fields]
        postback = [(target, n) for fn, target, n in calls if fn == POSTBACK and target]
        if postback and ("__VIEWSTATE" in names or POSTBACK in scripts):
            out += _postback_pages(page, form, fields, postback)
            continue
        hidden = {el.get("name") for el in form.iter("input") if (el.get("type") or "").lower() == "hidden"}
        field = next((k for k in names if k in hidden and is_page_field(k)), None)
        if field is None:
            continue
        numbers = [n for fn, target, n in calls if fn in submitting and not target]
        if not numbers:
            continue
        clicked = _clicked_postback(page, submitting) if "__VIEWSTATE" in names else []
        if clicked:
            fields = [*clicked, *((k, v) for k, v in fields if k not in ("__EVENTTARGET", "__EVENTARGUMENT"))]
        current = dict(fields).get(field, "")
        for n in range(1, _page_count(page, numbers) + 1):
            if str(n) != current:
                out.append(_request(page, form, [(k, str(n) if k == field else v) for k, v in fields]))
    return out[:MAX_PAGES]


def _postback_pages(page: HtmlPage, form, fields: list[tuple[str, str]],
                    calls: list[tuple[str, int]]) -> list[PageRequest]:
    """ASP.NET: each page is a postback with __EVENTTARGET = the pager control and __EVENTARGUMENT = the page
    (AspNetPager: `3`; GridView: `Page$3`, as the call wrote it)."""
    target = calls[0][0]
    grid = re.search(rf"__doPostBack\(\s*['\"]{re.escape(target)}['\"]\s*,\s*['\"]Page\$", page.text) is not None
    base = [(k, v) for k, v in fields if k not in ("__EVENTTARGET", "__EVENTARGUMENT")]
    out = []
    for n in range(1, _page_count(page, [n for t, n in calls if t == target]) + 1):
        argument = f"Page${n}" if grid else str(n)
        out.append(_request(page, form, [("__EVENTTARGET", target), ("__EVENTARGUMENT", argument), *base]))
    return out


JUMPBOX, JUMPBOX_WALK = "jumpbox", "jumpbox_walk"
# inputs a reader types into; a jump box has exactly one, the page number
_FREE_INPUT_TYPES = ("text", "number", "tel")
# the words a jump box prints beside its field (跳转到第 [ ] 页, 转到, 前往, GO)
_JUMP_WORDS = re.compile(r"跳转|转到|转至|跳至|跳到|到第|前往|\bgo\b", re.I)
# a search box's field is no page field, whatever the words around it
_SEARCH_FIELD = re.compile(r"key|word|search|query|title|^q$|^kw$|^wd$", re.I)
_CONTEXT_LEVELS = 3          # the pager's text is the form's own or one of its nearest ancestors'
_CONTEXT_CHARS = 2000        # of which the last so many characters are read (the pager ends a list)


def jump_box_pages(page: HtmlPage) -> list[PageRequest]:
    """The pages a jump box reaches (module docstring): every page up to the printed total but the current
    one; with no total printed, the next page (pager `jumpbox_walk`). [] without a jump box."""
    out: list[PageRequest] = []
    for form in page.forms():
        field = _jump_field(form)
        if field is None:
            continue
        name = field.get("name")
        context = _pager_text(form)
        if not is_page_field(name) and (_JUMP_WORDS.search(context) is None or _SEARCH_FIELD.search(name)):
            continue
        fields = form_fields(form)
        current = _current_page(page, form, name, context)
        total = query.printed_page_count(context)
        if total:
            numbers, pager = [n for n in range(1, min(total, MAX_PAGES) + 1) if n != current], JUMPBOX
        else:
            numbers, pager = [current + 1], JUMPBOX_WALK
        out += [_request(page, form, [(k, str(n) if k == name else v) for k, v in fields], pager) for n in numbers]
    return out[:MAX_PAGES]


def _jump_field(form):
    """The form's one free field when it can hold a page number (empty or a number), else None."""
    free = [el for el in form.iter("input") if (el.get("type") or "text").lower() in _FREE_INPUT_TYPES]
    if len(free) != 1 or not free[0].get("name") or form.find(".//select") is not None \
            or form.find(".//textarea") is not None:
        return None
    value = (free[0].get("value") or "").strip()
    return free[0] if not value or value.isdigit() else None


def _pager_text(form) -> str:
    """The text around the form: its own, else that of the nearest ancestor that prints a page count."""
    node, text = form, ""
    for _ in range(_CONTEXT_LEVELS):
        text = " ".join(" ".join(node.itertext()).split())[-_CONTEXT_CHARS:]
        if query.printed_page_count(text):
            break
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return text


def _current_page(page: HtmlPage, form, name: str, context: str) -> int:
    """The page shown: the field's number in the page's own address (a GET answer), else the field's value,
    else the number the pager prints, else 1 (a list's first page is the one whose address names no page)."""
    for key, value in parse_qsl(urlsplit(page.url).query):
        if key == name and value.isdigit():
            return int(value)
    value = (next(iter(form.xpath(".//input[@name=$n]/@value", n=name)), "") or "").strip()
    return int(value) if value.isdigit() else query.printed_current_page(context) or 1
