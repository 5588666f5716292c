"""Year fields: a list that answers any year typed into a text box, and names no year to pick.

年报 columns and 目录 systems often show the newest year only and reach the others through a 年报查询 form whose one
free-text field is the year (`<input type="text" name="year" placeholder="请输入年度，如2023">`, `nd`, 年度/年份
labels): no `<select>`, no year links, at most a sentence saying since when reports can be asked for
("可查询2012年以来…"). Unlike a `<select>` (pagers/selectors.py) or a date range (pagers/dateranges.py) the form
offers no value: the years are the visitor's.

A GET form whose only free-text field is named, labelled or shown as a year is submitted once per year, newest first,
from the current year down to the year the page says reports start from (从2012年起, 2012年以来), else 2008 (the
first report year); the form's other fields as the page gives them (a report-category select chosen). A form that
writes (留言, 申请: a textarea, a file, a password) or POSTs is never submitted. Each answer is a list page with its
own pagers, labelled "<year>年". Pure functions of the page (they run in worker processes); at most
MAX_YEAR_FIELD_FORMS forms a page (stats pager/year_fields)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import PageRequest, form_fields
from nianbao.crawler.discovery.pagers.dateranges import _labels, _words, _writes
from nianbao.crawler.discovery.pagers.selectors import FIRST_REPORT_YEAR, report_option, submission

PAGER = "year_fields"
MAX_YEAR_FIELD_FORMS = 2            # year forms enumerated per page (a column's 年报查询, a sidebar's)
_FREE_TYPES = {"text", "search", "number", "tel"}   # hidden fields hold tokens; dates are dateranges.py's
_YEAR_WORD = re.compile(r"^(?:year|years|yyyy|nd|niandu|nf|nianfen|nian|bgnd)$|年度|年份|^年$|输入年", re.I)
_YEAR_SHOWN = re.compile(r"^(?:19|20)\d{2}$|如\s*(?:19|20)\d{2}")
# the year reports can be asked for from: 从2012年起, 2012年以来, 自2012年开始, 2012年至今
_SINCE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:以来|起|开始|至今|以后|之后)")
_EARLIEST_STATED = 2000             # a stated start before this is no report year (a county's founding, 1949年以来)


def _free_fields(form) -> list:
    return [el for el in form.iter("input") if el.get("name")
            and (el.get("type") or "text").strip().lower() in _FREE_TYPES]


def one_free_field_forms(page: HtmlPage) -> Iterator[tuple]:
    """(form, its one free-text field, the page's labels) of each GET form that writes nothing and offers exactly
    one box to type into: the forms a year or a code typed in answers (this module, pagers/codefields.py)."""
    labels: dict[str, str] | None = None
    for form in page.forms():
        if (form.get("method") or "get").strip().lower() != "get" or _writes(form):
            continue
        free = _free_fields(form)
        if len(free) != 1:
            continue
        labels = _labels(page) if labels is None else labels
        yield form, free[0], labels


def field_words(element, labels: dict[str, str]) -> list[str]:
    """What names a form field: its name, id and label (dateranges._words), the <label> wrapping it, and the text
    just before it."""
    words = _words(element, labels)
    wrapper = next((a for a in element.iterancestors("label")), None)
    if wrapper is not None:   # <label>年度：<input …></label>
        words.append(clean_text(wrapper.text_content())[:40])
    before = element.getprevious()
    words.append(((before.tail if before is not None else element.getparent().text) or "").strip()[-8:])
    return words


def value_submissions(page: HtmlPage, form, name: str, defaults: list[tuple[str, str]], values: list[str],
                      pager: str, label: Callable[[str], str]) -> list[PageRequest]:
    """`form` submitted (GET) once per value of its field `name`, its other fields at `defaults`; a submission
    that is the page itself is left out."""
    action = page.absolute(form.get("action") or page.url) or page.url
    out: list[PageRequest] = []
    for value in values:
        request = submission(action, "GET", [(k, value if k == name else v) for k, v in defaults])
        if request.url != page.url:
            out.append(replace(request, pager=pager, label=label(value)))
    return out


def _is_year_field(element, labels: dict[str, str]) -> bool:
    words = field_words(element, labels)
    shown = " ".join(element.get(a) or "" for a in ("placeholder", "value", "title"))
    return any(_YEAR_WORD.search(w) for w in words if w) or bool(_YEAR_SHOWN.search(shown.strip()))


def year_range(page: HtmlPage, today: date | None = None) -> range:
    """The current year down to the year the page says reports start from, else to 2008 (newest first)."""
    last = (today or date.today()).year
    stated = [int(y) for y in _SINCE.findall(page.body_text[:20000]) if _EARLIEST_STATED <= int(y) <= last]
    first = min(stated, default=FIRST_REPORT_YEAR)
    return range(last, first - 1, -1)


def year_field_requests(page: HtmlPage, today: date | None = None) -> list[PageRequest]:
    """Each year form of the page submitted once per year, newest first (see the module docstring)."""
    out: list[PageRequest] = []
    forms = 0
    for form, field, labels in one_free_field_forms(page):
        if not _is_year_field(field, labels):
            continue
        chosen = {}
        for select in form.iter("select"):
            report = report_option(select) if select.get("name") else None
            if report is not None:
                chosen[select.get("name")] = report[0]
        defaults = [(k, chosen.get(k, v)) for k, v in form_fields(form)]
        out += value_submissions(page, form, field.get("name"), defaults, [str(y) for y in year_range(page, today)],
                                 PAGER, lambda year: f"{year}年")
        forms += 1
        if forms >= MAX_YEAR_FIELD_FORMS:
            break
    return out
