"""A form paged (or switched) by its submit buttons: `submitter_pages(page) -> (list[PageRequest], capped)`.

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

Image buttons (`<input type="image" name="next" src="next.gif">`) carry no value: a click sends the click's
coordinates as `next.x=…&next.y=…` (HTML's form submission; HTML 4.01 §17.4.1), and an ASP-era pager tells 下一页 from
上一页 by which name's `.x` came, beside a hidden field holding the page shown. A form of hidden fields and named
image buttons only (nothing to type or pick: a text box or a select makes it a query form, search.py's and
selectors.py's) is submitted once per distinct image-button name, clicked at IMAGE_CLICK — page 1's lone 下一页
included, since the button's name is the choice. Safety: never a form that could act (gate_forms.refusal:
action words, contact fields, an action address); never one with a password or file input. Bounded: MAX_PAGES
requests a page; the submitters over it are returned as a count (the spider's `pager/submitter_capped`).
Pure; no network."""

from __future__ import annotations

from nianbao.crawler.discovery import form_submit
from nianbao.crawler.discovery.gate_forms import refusal
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

PAGER = "submitter"
_SUBMIT_TYPES = ("submit",)   # (an image button sends its click's coordinates, no value: _image_buttons)
_ACTING_INPUTS = ("password", "file")
IMAGE_CLICK = ("1", "1")      # where a click lands on an image button: any point of it sends the same choice
_PLAIN_FORM_INPUTS = ("hidden", "image", "submit", "button", "reset")   # a form of these holds nothing to type or pick


def submitter_pages(page: HtmlPage) -> tuple[list[PageRequest], int]:
    """One request per distinct value of each form's submit-button group (module docstring), and how many were
    over the bound."""
    if "submit" not in page.lower_text and "<button" not in page.lower_text and "image" not in page.lower_text:
        return [], 0
    out: list[PageRequest] = []
    capped = 0
    for form in page.forms():
        buttons = _choice_buttons(form)
        images = _image_buttons(form)
        action = page.absolute(form.get("action") or page.url) or page.url
        if not (buttons or images) or refusal(form, action) is not None:
            continue
        for button in [*buttons, *images]:
            if len(out) >= MAX_PAGES:
                capped += 1
                continue
            request = (form_submit.submission(page, form, click=button, pager=PAGER) if button in buttons else
                       form_submit.submission(page, form, _click_point(button), click=False, pager=PAGER))
            if request is not None and request.url and request not in out:
                out.append(request)
    return out, capped


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


def _image_buttons(form) -> list:
    """The form's named image buttons, one per distinct name, in document order — for a form whose other controls
    are hidden fields and buttons only (module docstring); else []."""
    by_name: dict[str, object] = {}
    for el in form.iter("input", "select", "textarea", "button"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if el.tag in ("select", "textarea") or kind not in _PLAIN_FORM_INPUTS:
            return []
        name = el.get("name")
        if kind == "image" and name and el.get("disabled") is None:
            by_name.setdefault(name, el)
    return list(by_name.values())


def _click_point(button) -> list[tuple[str, str]]:
    """What a click on an image button adds to the form's fields: its name's `.x` and `.y`."""
    name = button.get("name")
    return [(f"{name}.x", IMAGE_CLICK[0]), (f"{name}.y", IMAGE_CLICK[1])]
