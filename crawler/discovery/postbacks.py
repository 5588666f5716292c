"""ASP.NET Web Forms postbacks read as navigations: `postback_requests(page) -> list[Postback]`.

A Web Forms list writes each title as a LinkButton, `<a href="javascript:__doPostBack('rptList$ctl03$lnkTitle','')">`
(or `WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("…", "", …))` where validators are on): a click
sets `__EVENTTARGET` / `__EVENTARGUMENT` of the page's one form (the one carrying `__VIEWSTATE` /
`__EVENTVALIDATION`) and posts it back; the server usually answers with `302` to the article
(`Response.Redirect`), so no page writes the article's address. For a crawler the link is that POST: the form as
the browser submits it (its hidden state, its other fields at their values) with the event fields set — built by
form2request (form_submit.py; Scrapy's `FormRequest.from_response` did the same and is deprecated), not by hand.

Numbered pager postbacks (`__doPostBack('AspNetPager1','3')`, GridView `'Page$3'`) are pagers/postform.py's; the
others (a LinkButton `lnkNext` labelled 下一页) are returned here with their label, and the caller treats a
pager label as a pager. Safety: only `<a>` elements (a LinkButton is a link; buttons and inputs are actions), never
a GridView command (`Delete$`, `Edit$`, `Update$`, `Cancel$`, `Select$`, `Sort$`), never one whose label or target
names an action (gate_forms.ACTION_WORDS: 申请, 留言, 登录, 投票, 删除 …). At most MAX_POSTBACKS_PER_PAGE a page (a
list has 20-50 rows). Pure; no network."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.crawler.discovery import form_submit, rank
from nianbao.crawler.discovery.gate_forms import ACTION_WORDS
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import PageRequest

MAX_POSTBACKS_PER_PAGE = 100
# `__doPostBack('target','argument')`, `WebForm_PostBackOptions("target", "argument", …)`
_CALL = re.compile(r"""(?:__doPostBack|WebForm_PostBackOptions)\(\s*(['"])([^'"]{1,200})\1\s*,\s*(['"])([^'"]{0,200})\3""")
_NUMBERED = re.compile(r"^(?:Page\$)?\d{1,4}$")   # postform.py's pagers
_PAGER_ARGUMENT = re.compile(r"^Page\$(?:Next|Last)$", re.I)   # a GridView's NextPrevious pager
_COMMAND = re.compile(r"^(?:Delete|Edit|Update|Cancel|Select|Sort|Insert|New)\$", re.I)
# the form a postback submits: the one holding the page's Web Forms state
FORM_XPATH = '//form[.//input[@name="__VIEWSTATE" or @name="__EVENTVALIDATION"]]'
_STATE = re.compile(r"__VIEWSTATE|__EVENTVALIDATION")
PAGER = "postback"


@dataclass(frozen=True)
class Postback:
    request: PageRequest
    label: str
    target: str
    argument: str = ""

    @property
    def is_pager(self) -> bool:
        """A 下一页 / 尾页 LinkButton or a GridView's `Page$Next`: the list's next page, not an entry."""
        return rank.continues_list(self.label) or _PAGER_ARGUMENT.match(self.argument) is not None


def postback_requests(page: HtmlPage) -> tuple[list[Postback], int]:
    """The page's link postbacks as POSTs of its state form (module docstring), and how many were refused."""
    if "PostBack" not in page.text or _STATE.search(page.text) is None:
        return [], 0
    calls: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    refused = 0
    for el in page.tree.iter("a"):
        for attr in ("href", "onclick"):
            match = _CALL.search(el.get(attr) or "")
            if match is None:
                continue
            target, argument = match.group(2), match.group(4)
            if (target, argument) in seen or _NUMBERED.match(argument):
                break
            seen.add((target, argument))
            label = clean_text(el.text_content() or el.get("title"))[:MAX_LABEL_CHARS]
            if _COMMAND.match(argument) or ACTION_WORDS.search(f"{label} {target}") is not None:
                refused += 1
                break
            calls.append((target, argument, label))
            break
        if len(calls) >= MAX_POSTBACKS_PER_PAGE:
            break
    if not calls:
        return [], refused
    form = next(iter(page.tree.xpath(FORM_XPATH)), None)
    if form is None:   # no state form after all (the state names were in a script's text)
        return [], refused
    out = []
    for target, argument, label in calls:
        # a postback is a script's submit(): no button is clicked
        request = form_submit.submission(page, form, {"__EVENTTARGET": target, "__EVENTARGUMENT": argument},
                                         click=False, pager=PAGER)
        if request is not None:
            out.append(Postback(request, label, target, argument))
    return out, refused
