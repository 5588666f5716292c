"""Date-range forms: a list that shows one window of dates and answers any other on demand.

信息公开目录 and 年报 columns of many platforms filter their list by 发布日期/成文日期 from–to: a form with a start and
an end date (`<input type="date">`, a laydate or My97 `WdatePicker` text box, or fields named startDate/endDate,
beginTime/endTime, kssj/jssj, 开始日期/结束日期). Without dates they often show only the latest year
(默认显示近一年), and no page links another range, so older reports are reached only by filling the dates in. Unlike
a `<select>` (pagers/selectors.py) the form offers no value to choose: the dates are the visitor's.

The form is submitted once per calendar year, newest first, from the current year down to 2008 (the first report
year): YYYY-01-01 .. YYYY-12-31, written in the format the field's value or placeholder shows (2024/01/01,
20240101, 2024年01月01日, with a time when it shows one), else ISO; GET as a query string, POST as a form body; the
form's other fields as the page gives them, except a select that names the report category (the other categories
hold no report), which is chosen. A form that writes (a textarea, a file, a password: 留言, 依申请公开) is never
submitted. Each answer is a list page with its own pagers. A form with one date field (a
search's 日期) is not a range and is left alone. Pure functions of the page (they run in worker processes); the
spider bounds the submissions per portal (limits.MAX_DATE_RANGE_REQUESTS_PER_PORTAL, stats pager/date_ranges)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import PageRequest, form_fields
from nianbao.crawler.discovery.pagers.selectors import FIRST_REPORT_YEAR, report_option, submission

PAGER = "date_ranges"
_DATE_TYPES = {"date", "datetime-local", "datetime"}
_TEXT_TYPES = {"text", "search", *_DATE_TYPES}   # hidden fields hold tokens and timestamps, not a range
_PICKER = re.compile(r"laydate|wdate|datepicker|date-picker|datetimepicker|flatpickr", re.I)
_DATE_WORD = re.compile(r"date|time|day|rq|sj|日期|时间|年月", re.I)
_START = re.compile(r"^(?:start|begin|from|min|since|ks|kssj|ksrq|qsrq|s)$|开始|起始|起", re.I)
_END = re.compile(r"^(?:end|to|until|till|max|js|jssj|jsrq|jzrq|e)$|结束|截止|终止|止", re.I)
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[\u4e00-\u9fff]+")
# the date a field shows: separators, Chinese 年月日, an optional time
_SHOWN = re.compile(r"^(\d{4})([-/.年]?)(\d{2})([-/.月]?)(\d{2})(日?)(?:([ T])(\d{2}):(\d{2})(:\d{2})?)?$")
_MAX_FIELD_TEXT = 200


def _words(element, labels: dict[str, str]) -> list[str]:
    """The field's name, id, placeholder, title and `<label for>` text, split into words (startDate → start, date)."""
    texts = [element.get(a) or "" for a in ("name", "id", "placeholder", "title", "aria-label")]
    texts.append(labels.get(element.get("id") or "", ""))
    words: list[str] = []
    for text in texts:
        words += [w.lower() for w in _CAMEL.findall(text[:_MAX_FIELD_TEXT].replace("_", " "))]
    return words


def _is_date_field(element, words: list[str]) -> bool:
    kind = (element.get("type") or "text").lower()
    if kind in _DATE_TYPES:
        return True
    if kind not in _TEXT_TYPES:
        return False
    handlers = " ".join(element.get(a) or "" for a in ("class", "onclick", "onfocus", "lay-key", "data-type"))
    shown = (element.get("value") or element.get("placeholder") or "").strip()
    return bool(_PICKER.search(handlers) or any(_DATE_WORD.search(w) for w in words) or _SHOWN.match(shown))


def _end_of_range(words: list[str]) -> bool | None:
    """True for an end field, False for a start field, None when its words do not say."""
    if any(_END.search(w) for w in words):
        return True
    if any(_START.search(w) for w in words):
        return False
    return None


def date_pair(form, labels: dict[str, str] | None = None):
    """(start, end) input elements of a form's date range, or None: a form with fewer or more than two date fields
    is no range unless its words say which two are the start and the end."""
    labels = labels or {}
    fields = []
    for element in form.iter("input"):
        if not element.get("name"):
            continue
        words = _words(element, labels)
        if _is_date_field(element, words):
            fields.append((element, _end_of_range(words)))
    starts = [e for e, end in fields if end is False]
    ends = [e for e, end in fields if end is True]
    if len(starts) == 1 and len(ends) == 1:
        return starts[0], ends[0]
    if len(fields) == 2 and not (starts and ends):   # 发布日期 [ ] 至 [ ]: in document order
        return fields[0][0], fields[1][0]
    return None


def _shown_date(element, day: date, end: bool) -> str:
    """`day` in the format the field's value or placeholder shows, else the input type's (ISO)."""
    kind = (element.get("type") or "").lower()
    if kind in ("datetime-local", "datetime"):
        return f"{day.isoformat()}T{'23:59' if end else '00:00'}"
    match = _SHOWN.match((element.get("value") or element.get("placeholder") or "").strip())
    if not match:
        return day.isoformat()
    _, sep1, _, sep2, _, tail, time_sep, _, _, seconds = match.groups()
    text = f"{day.year:04d}{sep1}{day.month:02d}{sep2}{day.day:02d}{tail}"
    if time_sep:
        text += time_sep + ("23:59" if end else "00:00") + ((":59" if end else ":00") if seconds else "")
    return text


def _writes(form) -> bool:
    """A form that sends a message, a file or a password (a 留言 or 申请 form) writes to the site: never submitted."""
    return any(el.tag == "textarea" or (el.get("type") or "").lower() in ("file", "password")
               for el in form.iter("textarea", "input"))


def _labels(page: HtmlPage) -> dict[str, str]:
    return {label.get("for"): clean_text(label.text_content())[:_MAX_FIELD_TEXT]
            for label in page.tree.iter("label") if label.get("for")}


def date_range_requests(page: HtmlPage, today: date | None = None) -> list[PageRequest]:
    """Each date-range form of the page submitted once per calendar year, newest first (see the module docstring)."""
    last_year = (today or date.today()).year
    labels: dict[str, str] | None = None
    out: list[PageRequest] = []
    forms = 0
    for form in page.forms():
        if labels is None:
            labels = _labels(page)
        if _writes(form):
            continue
        pair = date_pair(form, labels)
        if pair is None:
            continue
        start, end = pair
        chosen = {}
        for select in form.iter("select"):
            report = report_option(select) if select.get("name") else None
            if report is not None:
                chosen[select.get("name")] = report[0]
        defaults = [(k, chosen.get(k, v)) for k, v in form_fields(form)]
        action = page.absolute(form.get("action") or page.url) or page.url
        method = (form.get("method") or "get").upper()
        for year in range(last_year, FIRST_REPORT_YEAR - 1, -1):
            dates = {start.get("name"): _shown_date(start, date(year, 1, 1), end=False),
                     end.get("name"): _shown_date(end, date(year, 12, 31), end=True)}
            fields = [(k, dates.get(k, v)) for k, v in defaults]
            fields += [(k, v) for k, v in dates.items() if k not in {k for k, _ in defaults}]
            out.append(replace(submission(action, method, fields), pager=PAGER))
        forms += 1
        if forms >= limits.MAX_DATE_FORMS_PER_PAGE:
            break
    return out
