"""A query form's checkbox and radio groups, each choice submitted: `check_group_requests(page) -> (requests, capped)`.

HTML's form submission sends a checkbox only when it is checked (one `name=value` pair per checked box, a name
repeated for several) and a radio group only as its checked button's value. A 年报查询 form whose 单位类别 are boxes
of one name (`lb`: 县政府本级 checked, 县直部门 and 乡镇 not) lists the unchecked kinds' reports only in the answer
to a submission with their box checked, and no page links that answer. A reader ticks the boxes; the crawler
submits the form as a reader's choices would: once per value of each checkbox group alone, once with the group
all checked, and, for a radio group of at most MAX_RADIO_CHOICES values, once per value (a longer group — the years
of a 年度 row — stays at its checked value: selectors.py enumerates years where they are a select). The form's
other fields are as the page gives them (form2request, form_submit.py).

What is read: a GET form (its answer is a bookmarkable list page; a POST form may act) with a group of two or
more distinct values of one name — a choice among values the page writes out, the general form of selectors.py's
`<select>` enumeration for boxes and buttons. A lone box (我已阅读并同意: gate_forms.py's) is no group. Not read: a
form with a box to type into (a search form: search.py's; its answer is the typed query's), a password or file
input, or one gate_forms.refusal refuses (action words, contact fields). Bounded: MAX_GROUP_VALUES values a group,
MAX_PAGES requests a page; the submissions over that are returned as a count (the spider's
`pager/check_group_capped`). Pure; no network."""

from __future__ import annotations

from nianbao.crawler.discovery import form_submit
from nianbao.crawler.discovery.gate_forms import refusal
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

PAGER = "check_group"
MAX_GROUP_VALUES = 12     # a group of more boxes is a tag cloud or a runaway list, not a few kinds to choose among
MAX_RADIO_CHOICES = 4     # a radio group this short (kinds, 全部/本级) is enumerated; a longer one (years) is not
_GROUP_TYPES = ("checkbox", "radio")
_TYPED_INPUTS = ("text", "search", "password", "file", "email", "tel", "url", "number")


def check_group_requests(page: HtmlPage) -> tuple[list[PageRequest], int]:
    """The submissions of each GET form's checkbox and radio groups (module docstring), and how many were over
    the bound."""
    if "checkbox" not in page.lower_text and "radio" not in page.lower_text:
        return [], 0
    out: list[PageRequest] = []
    capped = 0
    for form in page.forms():
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        choices = _choices(form)
        if not choices or refusal(form, page.absolute(form.get("action") or page.url) or page.url) is not None:
            continue
        for data in choices:
            if len(out) >= MAX_PAGES:
                capped += 1
                continue
            request = form_submit.submission(page, form, data, pager=PAGER)
            if request is not None and request.url and request.url != page.url and request not in out:
                out.append(request)
    return out, capped


def _choices(form) -> list[dict[str, list[str]]]:
    """The groups' values to submit the form with, every group named (its checked values, as the page gives them)
    and one group changed: each checkbox group's values alone and all together, each short radio group's values;
    [] for a form with something to type or no group of two or more values."""
    groups: dict[tuple[str, str], list[str]] = {}
    checked: dict[str, list[str]] = {}
    for el in form.iter("input", "textarea"):
        kind = (el.get("type") or "text").strip().lower()
        if el.tag == "textarea" or kind in _TYPED_INPUTS:
            return []
        name = el.get("name")
        if kind in _GROUP_TYPES and name and el.get("disabled") is None:
            # HTML: a box without a value attribute sends "on"; one with value="" sends "" (lxml's .value says
            # "on" for both, so the attribute is read and the groups are passed to form2request whole)
            value = el.get("value") if el.get("value") is not None else "on"
            values = groups.setdefault((kind, name), [])
            if value not in values:
                values.append(value)
            if el.get("checked") is not None:
                checked.setdefault(name, []).append(value)
    base = {name: checked.get(name, []) for _, name in groups}
    out: list[dict[str, list[str]]] = []
    for (kind, name), values in groups.items():
        if len(values) < 2 or len(values) > MAX_GROUP_VALUES or (kind == "radio" and len(values) > MAX_RADIO_CHOICES):
            continue
        out += [{**base, name: [value]} for value in values]
        if kind == "checkbox":
            out.append({**base, name: list(values)})
    return out
