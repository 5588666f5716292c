"""A form submitted once per choice its page writes out: `choice_submissions(page, choices, pager) -> Submissions`.

The loop the script-free form submitters share (submitters.py: submit-button values and image buttons;
checkgroups.py: checkbox and radio groups; selectors.py: the options of `<select>`s). Each pager says only which choices a form offers — `choices(form)`, a
list of `Choice`s (the fields to set, the button clicked), [] for a form it does not read; this module does the rest:
- the forms worth trying: a form with choices that gate_forms.choice_refusal lets through — sent by GET (safe), read
  as a picker: no action words of its own, box to write in, contact field or action address, its option labels and
  the page around it no evidence; sent by POST (its own method or a clicked button's formmethod), read as strictly
  as a gate, notice and labels included, and never with a survey answer (满意, 反对) among its choices; an archive
  reads, it never acts; why each refused form was refused is returned (the spider's `pager/<name>/refused`);
- a choice whose clicked button carries its own `formaction` is judged again at that address (the button decides
  where the form goes), its refusal returned as the form's are;
- each choice submitted as a browser would (form_submit.submission: form2request on the page's tree);
- the bound: MAX_PAGES requests a page unless the pager names its own, the choices over it returned as a count
  (`pager/<name>_capped`);
- identical submissions (method, URL, body, headers) once;
- a GET submission whose URL is the page's own is dropped: it asks again for the page shown (a box group at its
  checked state, a button whose value the page's query already carries). A POST one is kept: the page shown was
  fetched by its address, and the POST body is a question that address never asked (a list template that answers
  `POST list.php page=2` on the URL it shows page 1 at).
Pure; no network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from nianbao.crawler.discovery import form_submit
from nianbao.crawler.discovery.gate_forms import choice_refusal
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest


@dataclass(frozen=True)
class Choice:
    data: dict | list | None = None   # fields set or added (form2request's `data`)
    click: object = False             # the submit button clicked (an element), or False: none (form2request's)


@dataclass
class Submissions:
    requests: list[PageRequest] = field(default_factory=list)
    capped: int = 0                                      # choices over the bound, not submitted
    refused: list[str] = field(default_factory=list)     # why each form with choices was refused (gate_forms.refusal)


def choice_submissions(page: HtmlPage, choices: Callable[[object], list[Choice]], pager: str,
                       bound: int = MAX_PAGES) -> Submissions:
    """One request per choice of each of the page's forms (module docstring), at most `bound`; how many were over
    it, and the refused forms' reasons."""
    out = Submissions()
    seen: set[tuple] = set()   # (a set: a select form's unit × year product runs to hundreds of requests)
    for form in page.forms():
        offered = choices(form)
        if not offered:
            continue
        action = page.absolute(form.get("action") or page.url) or page.url
        reason = choice_refusal(form, action, [choice.click for choice in offered])
        if reason is not None:
            out.refused.append(reason)
            continue
        for choice in offered:
            if len(out.requests) >= bound:
                out.capped += 1
                continue
            address_refused = _address_refusal(page, form, choice.click)
            if address_refused is not None:
                out.refused.append(address_refused)
                continue
            request = form_submit.submission(page, form, choice.data, click=choice.click, pager=pager)
            if request is None or not request.url:
                continue
            key = (request.method, request.url, request.body, tuple(sorted(request.headers.items())))
            if key in seen or (request.method == "GET" and request.url == page.url):
                continue
            seen.add(key)
            out.requests.append(request)
    return out


def _address_refusal(page: HtmlPage, form, click) -> str | None:
    """Why the clicked button's own address (`formaction`) could act, or None (no address of its own, or a safe one)."""
    action = click.get("formaction") if click is not None and click is not False else None
    if not action:
        return None
    return choice_refusal(form, page.absolute(action.strip()) or page.url, [click])
