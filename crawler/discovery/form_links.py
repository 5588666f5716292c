"""GET forms whose fields are all fixed, read as links: `fixed_form_links(page) -> list[Link]`.

Old JSP/ASP 信息公开目录 systems list each entry with a small form instead of a link — the row's title is text and a
`查看` button submits `<form action="view.jsp" method="get"><input type="hidden" name="infoid" value="…">`. Nothing
the user types or picks changes the submission, so the browser always asks the same address: the action with the
hidden fields (and the named submit button's value) as its query — a link in all but markup.

A form with anything a user fills in or picks (a text box, a select, a checkbox, a radio, a textarea, a file) is
not one: search forms (search.py), category and year pickers (pagers/selectors.py) and POST pagers
(pagers/postform.py) read those. POST forms are left to them too (a POST answer is no bookmarkable page).
Each link is labelled by the row it sits in (a table row, list item), else by its button's text, and is ranked
like any other link by that label. At most MAX_FORM_LINKS_PER_PAGE a page. Pure; no network."""

from __future__ import annotations

from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, Link, clean_text
from nianbao.crawler.discovery.pagers import selectors

MAX_FORM_LINKS_PER_PAGE = 300      # a list of 300 rows is a long list page; more rows are a runaway table
# input types a user fills in or picks: a form with one is a query form, not a link
_FREE_INPUTS = {"text", "search", "number", "password", "email", "tel", "url", "date", "datetime-local", "month",
                "week", "time", "checkbox", "radio", "file", "range", "color"}
_BUTTONS = {"submit", "image", "button"}
ROW_TAGS = ("tr", "li", "dd", "dt")    # the element a list's entry is written as


def fixed_form_links(page: HtmlPage) -> list[Link]:
    """The page's fixed GET forms as links (module docstring), in document order, without repeats."""
    out: list[Link] = []
    seen: set[str] = set()
    for form in page.forms():
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        fields = fixed_fields(form)
        if not fields:
            continue
        action = page.absolute(form.get("action") or page.url)
        if not action:
            continue
        url = selectors.submission(action, "GET", fields).url
        if url in seen:
            continue
        seen.add(url)
        out.append(Link(url, row_label(form), "", "form"))
        if len(out) >= MAX_FORM_LINKS_PER_PAGE:
            break
    return out


def fixed_fields(form) -> list[tuple[str, str]] | None:
    """The query a fixed form always submits (hidden fields, then its first named submit button), or None for a
    form a user fills in or picks from, or one with no hidden field (an empty form names its action: a link)."""
    fields: list[tuple[str, str]] = []
    submitter: tuple[str, str] | None = None
    for el in form.iter("input", "select", "textarea", "button"):
        if el.tag in ("select", "textarea"):
            return None
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if kind in _FREE_INPUTS:
            return None
        name = el.get("name")
        if kind == "hidden" and name:
            fields.append((name, el.get("value") or ""))
        elif kind in ("submit", "image") and name and submitter is None:
            submitter = (name, el.get("value") or "")
    if not fields:
        return None
    return fields + ([submitter] if submitter and submitter[1] else [])


def row_label(form) -> str:
    """The row's text (the title beside the button), else the button's text or value, else the form's title."""
    row = next((el for el in form.iterancestors(*ROW_TAGS)), None)
    text = clean_text(" ".join(row.itertext())) if row is not None else ""
    if not text:
        for el in form.iter("input", "button"):
            if (el.get("type") or ("submit" if el.tag == "button" else "")).lower() in _BUTTONS:
                text = clean_text(el.text_content() if el.tag == "button" else el.get("value"))
                if text:
                    break
    return (text or clean_text(form.get("title")))[:MAX_LABEL_CHARS]
