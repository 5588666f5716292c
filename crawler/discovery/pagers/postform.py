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
is asked for (the form's other fields as they are), bounded by MAX_PAGES. Pure; no network."""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit, urlunsplit

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest, form_fields

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


def _request(page: HtmlPage, form, fields: list[tuple[str, str]]) -> PageRequest:
    action = page.absolute(form.get("action") or page.url) or page.url
    body = urlencode(fields)
    if (form.get("method") or "get").lower() == "post":
        return PageRequest(action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"},
                           pager="postform")
    parts = urlsplit(action)
    return PageRequest(urlunsplit(parts._replace(query=body)), pager="postform")


def _page_count(page: HtmlPage, numbers: list[int]) -> int:
    totals = [int(m) for m in _TOTAL.findall(page.body_text[-20000:])]
    return min(max([*numbers, *totals], default=0), MAX_PAGES)


def form_pages(page: HtmlPage) -> list[PageRequest]:
    """Every page of a list paged by a form submit (see the module docstring); [] without the evidence."""
    if "<form" not in page.text.lower():
        return []
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
