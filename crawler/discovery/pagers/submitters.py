"""A form paged (or switched) by its submit buttons: `submitter_pages(page) -> Submissions`.

HTML's form submission sends the submit button that was activated — its `name=value` — and no other (the
"submitter" of the HTML Standard's form submission algorithm). A script-free list template uses that for its pager:
`<form method="post" action="list.php"><input type="hidden" name="catid" value="12">` with one button per page,
`<button type="submit" name="page" value="3">3</button>` (or `<input type="submit" name="page" value="3">`), and
首页 / 下一页 / 尾页 the same way; the server reads the pair sent. Page 2 onwards has no address, and no field of the
form holds a page number until a button is pressed (postform.py needs a hidden page field and script calls;
jumpbox.py a box to type into).

What is read: a form with two or more submit buttons sharing one name but carrying different values — a choice
among values the page writes out (pages, tabs, years). The form is submitted once per distinct `name=value`, each
time as a browser sends it with that button clicked (its other fields at their values; form2request, form_submit.py).
A single button (搜索, 提交) is no choice and is left alone.

A submit button may also carry its own address: `formaction` (and `formmethod`, `formenctype`) override the form's
own for the submission that button makes (HTML's form submission algorithm takes them from the submitter). A form
whose buttons carry two or more distinct (formaction, formmethod) pairs — one button per unit's list, per year, per
column — offers a choice among addresses, as buttons sharing a name offer a choice among values: it is submitted
once per distinct pair, that button clicked (form2request honours the submitter's formaction, formmethod and
formenctype, resolved against the page's base URL). A single button with a formaction of its own is the form's
submit moved elsewhere (a search box's), no choice, left alone; each button's address passes the same refusal as
the form's (form_choices.py: never an acting address such as 留言 or 登录).

Image buttons (`<input type="image" name="next" src="next.gif">`) carry no value: a click sends the click's
coordinates as `next.x=…&next.y=…` (HTML's form submission; HTML 4.01 §17.4.1), and an ASP-era pager tells 下一页 from
上一页 by which name's `.x` came, beside a hidden field holding the page shown. A form of hidden fields and named
image buttons (nothing to pick: a select makes it selectors.py's) is submitted once per distinct image-button name,
clicked at IMAGE_CLICK — page 1's lone 下一页 included, since the button's name is the choice. Such a pager may
carry a text box too (a 跳转 box holding the page number, an empty 关键字 box): the form is then submitted as a
browser sends it when the reader clicks an image without typing, the box at its written value ("" if none) — but
only where two or more image names make a choice: one image beside a box is that box's submit (搜索, GO), whose
answer is the typed value's (search.py's; jumpbox.py reads a jump box). Safety: never a form that could act
(gate_forms.refusal: action words, contact fields, an action address); never one with a password or file input.
The loop — the refusal, the bound (MAX_PAGES requests a page; the rest returned as a count, the spider's
`pager/submitter_capped`; the refused forms, `pager/submitter/refused`), duplicates — is form_choices.py's. Pure; no network."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers.form_choices import Choice, Submissions, choice_submissions

PAGER = "submitter"
_SUBMIT_TYPES = ("submit",)   # (an image button sends its click's coordinates, no value: _image_buttons)
_ACTING_INPUTS = ("password", "file")
IMAGE_CLICK = ("1", "1")      # where a click lands on an image button: any point of it sends the same choice
_PLAIN_FORM_INPUTS = ("hidden", "image", "submit", "button", "reset")   # a form of these holds nothing to type or pick
_TEXT_BOXES = ("text", "search", "number", "tel")   # a box an image pager may carry (跳转, 关键字): sent as written


def submitter_pages(page: HtmlPage) -> Submissions:
    """One request per distinct value of each form's submit-button group and per image-button name (module
    docstring), how many were over the bound, and why each refused form was refused."""
    if "submit" not in page.lower_text and "<button" not in page.lower_text and "image" not in page.lower_text:
        return Submissions()
    return choice_submissions(page, _choices, PAGER)


def _choices(form) -> list[Choice]:
    """The form's button values clicked, its buttons' own addresses clicked, then its image buttons clicked at
    IMAGE_CLICK."""
    return [*(Choice(click=button) for button in _choice_buttons(form)),
            *(Choice(click=button) for button in _address_buttons(form)),
            *(Choice(_click_point(image)) for image in _image_buttons(form))]


def _choice_buttons(form) -> list:
    """The form's submit buttons of names that two or more distinct values share, one button per (name, value),
    in document order; [] for a form that takes a password or a file."""
    by_name: dict[str, dict[str, object]] = {}
    for el in form.iter("input", "button"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if kind in _ACTING_INPUTS:
            return []
        name, value = el.get("name"), el.get("value")
        if kind in _SUBMIT_TYPES and name and value and el.get("disabled") is None:
            by_name.setdefault(name, {}).setdefault(value, el)
    return [el for values in by_name.values() if len(values) >= 2 for el in values.values()]


def _address_buttons(form) -> list:
    """The form's submit buttons with a `formaction` of their own, one per distinct (formaction, formmethod), in
    document order — where two or more distinct pairs make a choice; [] otherwise or for a form that takes a
    password or a file."""
    by_address: dict[tuple[str, str], object] = {}
    for el in form.iter("input", "button"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if kind in _ACTING_INPUTS:
            return []
        action = (el.get("formaction") or "").strip()
        if kind in _SUBMIT_TYPES and action and el.get("disabled") is None:
            by_address.setdefault((action, (el.get("formmethod") or "").strip().lower()), el)
    return list(by_address.values()) if len(by_address) >= 2 else []


def _image_buttons(form) -> list:
    """The form's named image buttons, one per distinct name, in document order — for a form whose other controls
    are hidden fields, buttons and text boxes only, two or more names where there is a box (module docstring);
    else []."""
    by_name: dict[str, object] = {}
    boxes = 0
    for el in form.iter("input", "select", "textarea", "button"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if el.tag in ("select", "textarea") or kind not in (*_PLAIN_FORM_INPUTS, *_TEXT_BOXES):
            return []
        boxes += kind in _TEXT_BOXES
        name = el.get("name")
        if kind == "image" and name and el.get("disabled") is None:
            by_name.setdefault(name, el)
    # a lone image button beside a box is the box's own submit (搜索, GO): its answer is the typed value's
    return list(by_name.values()) if len(by_name) >= 2 or not boxes else []


def _click_point(button) -> list[tuple[str, str]]:
    """What a click on an image button adds to the form's fields: its name's `.x` and `.y`."""
    name = button.get("name")
    return [(f"{name}.x", IMAGE_CLICK[0]), (f"{name}.y", IMAGE_CLICK[1])]
