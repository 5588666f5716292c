"""POST forms that open a list row's entry, read as navigations: `post_view_requests(page) -> PostViews`.

Java and ASP.NET CMS lists write each row as a title and a small form instead of a link — `<form method="post"
action="/xxgk/detail.do"><input type="hidden" name="id" value="123"><button>查看</button></form>` (下载 for a file).
Nothing the user types or picks changes the submission, so every click asks the same thing: the action POSTed with
the hidden fields (and the button's `name=value`). form_links.py reads such forms when they GET; a POST answer has no
address of its own, so the crawler sends the POST, as a browser would (form2request, form_submit.py).

What is a view form (all of it):
- method POST; only hidden inputs (at least one named) and exactly one submit control (form_links.fixed_fields:
  no text box, select, checkbox, radio, textarea or file — a search box is the user's query, not a row);
- its submit control reads like viewing or downloading (VIEW_WORDS: 查看, 详情, 下载, 阅读全文, 浏览, view, detail,
  download …), or says nothing (an icon, an arrow) beside a row's title text (4+ letters or Han characters) — a
  button that says anything else (提交, 确定, 下一页) is no view;
- not a gate (a button that agrees or goes on: gate_forms.py submits those) and not a form that could act
  (gate_forms.refusal with notice=False: action words in its button or own text — 登录查看 …; an action address; a
  contact field; and action words in its row — 投票, 在线留言 — unless the row is titled as an annual report
  (classify.looks_like_report_title: the report of 县信访局 or of 国家统计局某某调查队 is read, not acted on)):
  those are counted as refused, never submitted.
The caller keeps the ones whose action is on the portal's site. Identical submissions (action and body) are one; at
most limits.MAX_POST_VIEWS_PER_PAGE a page, the rest counted as capped. Each is labelled by its row's text beside it (else form_links.row_label).
Pure; no network."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery import form_submit
from nianbao.crawler.discovery.classify import looks_like_report_title
from nianbao.crawler.discovery.form_links import ROW_TAGS, fixed_fields, row_label
from nianbao.crawler.discovery.gate_forms import ACTION_WORDS, AGREE_WORDS, refusal
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import PageRequest

PAGER = "post_view"
VIEW_WORDS = re.compile(r"查看|详情|详细|阅读|全文|浏览|下载|\b(?:view|details?|download|read|open)\b", re.I)
DOWNLOAD_WORDS = re.compile(r"下载|\bdownload\b", re.I)
MIN_TITLE_CHARS = 4                 # letters or Han characters of a row's text beside the form for it to be a title
_TITLE_CHARS = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# text in a row that is no part of its title: the forms' own controls, scripts, styles
_BESIDE_XPATH = ".//text()[not(ancestor::form) and not(ancestor::script) and not(ancestor::style)]"


@dataclass(frozen=True)
class PostView:
    request: PageRequest
    label: str               # the row's text (the title beside the button), else the button's
    download: bool           # the button says 下载: the answer is a file


@dataclass
class PostViews:
    views: list[PostView] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)   # why each view-like form was not submitted (gate_forms.refusal)
    capped: int = 0                                     # view forms over the per-page bound


def post_view_requests(page: HtmlPage) -> PostViews:
    """The page's view forms as the POSTs their buttons send (module docstring), in document order."""
    out = PostViews()
    if "post" not in page.lower_text:
        return out
    seen: set[tuple[str, str | None]] = set()
    for form in page.forms():
        if (form.get("method") or "").strip().lower() != "post" or fixed_fields(form) is None:
            continue
        button = _one_submitter(form)
        if button is None or not _reads_as_view(form, button):
            continue
        action = page.absolute(form.get("action") or page.url) or page.url
        if urlsplit(action).scheme not in ("http", "https"):
            continue
        beside = _beside(form)
        reason = refusal(form, action, notice=False) or _names_action(beside)
        if reason is not None:
            out.refused.append(reason)
            continue
        request = form_submit.submission(page, form, click=button, pager=PAGER)
        if request is None or (request.url, request.body) in seen:
            continue
        seen.add((request.url, request.body))
        if len(out.views) >= limits.MAX_POST_VIEWS_PER_PAGE:
            out.capped += 1
            continue
        out.views.append(PostView(request, beside[:MAX_LABEL_CHARS] or row_label(form),
                                  DOWNLOAD_WORDS.search(_text(button)) is not None))
    return out


def _one_submitter(form):
    """The form's submit control when it has exactly one (an `<input type=submit|image>`, a `<button>` that
    submits), else None."""
    found = [el for el in form.iter("input", "button")
             if (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower() in ("submit", "image")]
    return found[0] if len(found) == 1 else None


def _text(button) -> str:
    """What the button says: its text, value, image's alt or title."""
    said = button.text_content() if button.tag == "button" else button.get("value") or button.get("alt")
    return clean_text(said or button.get("title"))


def _reads_as_view(form, button) -> bool:
    said = _text(button)
    if AGREE_WORDS.search(said):   # 同意并进入, 继续浏览: a notice's gate (gate_forms.py)
        return False
    if VIEW_WORDS.search(said):
        return True
    if _TITLE_CHARS.search(said):   # a button that says something else (提交, 确定, 下一页)
        return False
    return len(_TITLE_CHARS.findall(_beside(form))) >= MIN_TITLE_CHARS


def _beside(form) -> str:
    """The text of the form's row outside the form: the entry's title (and date), what the button opens."""
    row = next(form.iterancestors(*ROW_TAGS), None)
    return clean_text(" ".join(row.xpath(_BESIDE_XPATH))) if row is not None else ""


def _names_action(beside: str) -> str | None:
    """gate_forms.refusal reads the form's own words; a row's title (在线留言, 投票) may be what the button acts
    on — unless it titles a report, whose unit's name (县信访局, 某某调查队) is no action."""
    if looks_like_report_title(beside):
        return None
    found = ACTION_WORDS.search(beside)
    return f"action word {found.group(0)}" if found is not None else None
