"""A form submitted once per choice its page writes out: `choice_submissions(page, choices, pager) -> (requests, capped)`.

The loop the script-free form submitters share (submitters.py: submit-button values and image buttons;
checkgroups.py: checkbox and radio groups). Each pager says only which choices a form offers — `choices(form)`, a
list of `Choice`s (the fields to set, the button clicked), [] for a form it does not read; this module does the rest:
- the forms worth trying: a form with choices that gate_forms.refusal lets through (no action words, contact
  fields or action address: an archive reads, it never acts); a choice whose clicked button carries its own
  `formaction` is judged again at that address (the button decides where the form goes);
- each choice submitted as a browser would (form_submit.submission: form2request on the page's tree);
- the bound: MAX_PAGES requests a page, the choices over it returned as a count (`pager/<name>_capped`);
- identical submissions (method, URL, body, headers) once;
- a GET submission whose URL is the page's own is dropped: it asks again for the page shown (a box group at its
  checked state, a button whose value the page's query already carries). A POST one is kept: the page shown was
  fetched by its address, and the POST body is a question that address never asked (a list template that answers
  `POST list.php page=2` on the URL it shows page 1 at).
Pure; no network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nianbao.crawler.discovery import form_submit
from nianbao.crawler.discovery.gate_forms import refusal
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest


@dataclass(frozen=True)
class Choice:
    data: dict | list | None = None   # fields set or added (form2request's `data`)
    click: object = False             # the submit button clicked (an element), or False: none (form2request's)


def choice_submissions(page: HtmlPage, choices: Callable[[object], list[Choice]],
                       pager: str) -> tuple[list[PageRequest], int]:
    """One request per choice of each of the page's forms (module docstring), and how many were over the bound."""
    out: list[PageRequest] = []
    capped = 0
    for form in page.forms():
        offered = choices(form)
        if not offered or refusal(form, page.absolute(form.get("action") or page.url) or page.url) is not None:
            continue
        for choice in offered:
            if len(out) >= MAX_PAGES:
                capped += 1
                continue
            if _refused_address(page, form, choice.click):
                continue
            request = form_submit.submission(page, form, choice.data, click=choice.click, pager=pager)
            if request is None or not request.url or request in out:
                continue
            if request.method == "GET" and request.url == page.url:
                continue
            out.append(request)
    return out, capped


def _refused_address(page: HtmlPage, form, click) -> bool:
    """Whether the clicked button sends the form to an address of its own (`formaction`) that could act."""
    action = click.get("formaction") if click is not None and click is not False else None
    return bool(action) and refusal(form, page.absolute(action.strip()) or page.url) is not None
