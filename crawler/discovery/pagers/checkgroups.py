"""A query form's checkbox and radio groups, each choice submitted: `check_group_requests(page) -> Submissions`.

HTML's form submission sends a checkbox only when it is checked (one `name=value` pair per checked box, a name
repeated for several) and a radio group only as its checked button's value. A 年报查询 form whose 单位类别 are boxes
of one name (`lb`: 县政府本级 checked, 县直部门 and 乡镇 not) lists the unchecked kinds' reports only in the answer
to a submission with their box checked, and no page links that answer. A reader ticks the boxes; the crawler
submits the form as a reader's choices would: once per value of each checkbox group alone, once with the group
all checked, and, for a radio group of at most MAX_RADIO_CHOICES values, once per value (a longer group — the years
of a 年度 row — stays at its checked value: selectors.py enumerates years where they are a select). The form's
other fields are as the page gives them (form2request, form_submit.py).

A form of two or more checkbox groups is submitted once more with every group all checked: a row reached only by a
value of each of two groups (县直部门 of 单位类别 and 2021 of 年度 boxes, every other box at its default) is in that
answer, one request where the groups' product would be many. Radio groups are not combined: each is one value at a
time, so their product grows with every group (selectors.py combines selects, whose products it bounds).

What is read: a GET or POST form with a group of two or more distinct values of one name — a choice among values the
page writes out, the general form of selectors.py's `<select>` enumeration for boxes and buttons (a POST list
template filters the same way; what keeps a form that could act out is gate_forms.refusal, as for every form
submitter). A lone box (我已阅读并同意: gate_forms.py's) is no group. Not read: a form with a box to type into (a
search form: search.py's; its answer is the typed query's), a password or file input, or one gate_forms.refusal
refuses (action words, contact fields, an action address). Bounded: MAX_GROUP_VALUES values a group; the loop —
the refusal, MAX_PAGES requests a page (the rest returned as a count, the spider's `pager/check_group_capped`; the refused forms, `pager/check_group/refused`),
duplicates, a GET answer that is the page itself — is form_choices.py's. Pure; no network."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers.form_choices import Choice, Submissions, choice_submissions

PAGER = "check_group"
MAX_GROUP_VALUES = 12     # a group of more boxes is a tag cloud or a runaway list, not a few kinds to choose among
MAX_RADIO_CHOICES = 4     # a radio group this short (kinds, 全部/本级) is enumerated; a longer one (years) is not
_GROUP_TYPES = ("checkbox", "radio")
_TYPED_INPUTS = ("text", "search", "password", "file", "email", "tel", "url", "number")


def check_group_requests(page: HtmlPage) -> Submissions:
    """The submissions of each form's checkbox and radio groups (module docstring), how many were over the bound,
    and why each refused form was refused."""
    if "checkbox" not in page.lower_text and "radio" not in page.lower_text:
        return Submissions()
    return choice_submissions(page, lambda form: [Choice(data, click=None) for data in _choices(form)], PAGER)


def _choices(form) -> list[dict[str, list[str]]]:
    """The groups' values to submit the form with, every group named (its checked values, as the page gives them)
    and one group changed: each checkbox group's values alone and all together, each short radio group's values;
    then, for two or more checkbox groups, all of them all checked; [] for a form with something to type or no
    group of two or more values."""
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
    every_box: dict[str, list[str]] = {}    # each checkbox group's values all checked
    for (kind, name), values in groups.items():
        if len(values) < 2 or len(values) > MAX_GROUP_VALUES or (kind == "radio" and len(values) > MAX_RADIO_CHOICES):
            continue
        out += [{**base, name: [value]} for value in values]
        if kind == "checkbox":
            out.append({**base, name: list(values)})
            every_box[name] = list(values)
    if len(every_box) >= 2:
        out.append({**base, **every_box})
    return out
