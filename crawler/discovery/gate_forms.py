"""Gate forms: a notice a reader accepts once before a column opens, `gate_requests(page) -> Gates`.

Portals put a 访问须知 / 免责声明 / 使用协议 before a column or a data platform: the page is the notice and one form
back into the site, a box to tick (我已阅读并同意) and a button (同意并进入); only the form's answer holds the list.
A reader ticks the box and submits, so the crawler does the same — once per form action per host (the spider's
`_gate_form_room`) — and reads the answer as the page's content (same role and column).

What is a gate (all of it):
- a POST or GET form whose controls are only hidden inputs, checkboxes and submit buttons (at least one
  checkbox or button): no text, password, file, number, date… input, no select, radio or textarea — nothing a
  reader would type or choose;
- its button, box or own text says the reader agrees or goes on (AGREE_WORDS: 同意, 已阅读, 接受, 知悉, 进入, 继续);
- its action is on the page's own host (a form posting elsewhere is no way into this site).
Its checkboxes are ticked (value or `on`), its first submit button clicked (form2request, form_submit.py).

SAFETY — an archive reads, it must never act. A form that is otherwise a gate is REFUSED (counted by the spider
as `discovery/gate_forms/refused`) when its action URL, a button's text or value, its own text or the text of the
element around it (the notice) names an action (ACTION_WORDS: 申请, 留言, 投诉, 咨询, 登录, 注册, 评价, 投票, 反馈,
举报, 删除, 订阅, 报名 …; login, register, vote, apply, feedback … in the action), or when one of its fields is named
for contact data (name, phone, mobile, email, address, idcard, 姓名, 电话 …, even hidden). The rule errs on refusing:
a gate refused costs one column; a form wrongly submitted may file a request in someone's name. Pure; no network."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from nianbao.crawler.discovery import form_submit
from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import PageRequest

MAX_GATES_PER_PAGE = 2              # a notice page has one form; more forms that all look like gates is no notice
MAX_CONTEXT_CHARS = 3000            # the notice around the form that is read for action words
PAGER = "gate"
AGREE_WORDS = re.compile(r"同意|已阅读|已阅|阅读并|接受|知悉|知晓|确认进入|进入|继续访问|继续浏览|agree|accept|continue|enter",
                         re.I)
ACTION_WORDS = re.compile(r"申请|留言|投诉|咨询|登录|登陆|注册|评价|投票|反馈|举报|删除|订阅|报名|预约|信访|建议|征集|调查|问卷|"
                          r"上传|支付|缴费")
_ACTION_URL = re.compile(r"log_?in|logon|sign_?(?:in|up)|regist|vote|apply|feedback|complain|consult|comment|"
                         r"message|guestbook|liuyan|tousu|zixun|xinfang|survey|upload|delete|pay", re.I)
_CONTACT_FIELD = re.compile(r"phone|mobile|e_?mail|addr|idcard|identity|sfz|shenfen|lxdh|lianxi|contact|dianhua|"
                            r"shouji|xingming|wechat|weixin|(?:^|[_\-.$])(?:name|tel|xm|qq|dh|lxr|sjh)(?:$|[_\-.$\d])|"
                            r"姓名|电话|手机|邮箱|地址|身份证|联系", re.I)
_GATE_INPUTS = {"hidden", "checkbox", "submit", "image", "button", "reset"}
_BUTTONS = {"submit", "image", "button"}


@dataclass
class Gates:
    requests: list[PageRequest] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)    # why each gate-like form was refused (the word or field)


def gate_requests(page: HtmlPage) -> Gates:
    """The page's gate forms as the requests a reader's acceptance sends, and the refused ones (docstring)."""
    out = Gates()
    if "<form" not in page.text and "<FORM" not in page.text:
        return out
    host = (urlsplit(page.url).hostname or "").lower()
    for form in page.forms():
        checkboxes = _gate_controls(form)
        if checkboxes is None or not _agrees(form):
            continue
        action = page.absolute(form.get("action") or page.url) or page.url
        if (urlsplit(action).hostname or "").lower() != host:
            continue
        reason = refusal(form, action)
        if reason is not None:
            out.refused.append(reason)
            continue
        request = form_submit.submission(page, form, checkboxes, pager=PAGER)
        if request is not None:
            out.requests.append(request)
    if len(out.requests) > MAX_GATES_PER_PAGE:
        out.refused += ["too many gate-like forms"] * len(out.requests)
        out.requests = []
    return out


def _gate_controls(form) -> list[tuple[str, str]] | None:
    """The form's checkboxes ticked, as (name, value) — or None when it has a control a reader fills in or picks,
    or nothing to tick or press."""
    ticked: list[tuple[str, str]] = []
    pressable = False
    for el in form.iter("input", "select", "textarea", "button"):
        if el.tag in ("select", "textarea"):
            return None
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if kind not in _GATE_INPUTS:
            return None
        if kind == "checkbox":
            pressable = True
            if el.get("name"):
                ticked.append((el.get("name"), el.get("value") or "on"))
        elif kind in _BUTTONS:
            pressable = True
    return ticked if pressable else None


def _buttons_text(form) -> str:
    parts = []
    for el in form.iter("input", "button"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
        if kind in _BUTTONS:
            parts.append(el.text_content() if el.tag == "button" else (el.get("value") or el.get("alt") or ""))
    return clean_text(" ".join(parts))


def _agrees(form) -> bool:
    return AGREE_WORDS.search(f"{_buttons_text(form)} {clean_text(form.text_content())}") is not None


def refusal(form, action: str) -> str | None:
    """Why submitting `form` could act rather than read (module docstring), or None."""
    for el in form.iter("input", "button"):
        name = el.get("name") or ""
        if name and _CONTACT_FIELD.search(name):
            return f"contact field {name}"
    parent = form.getparent()
    context = clean_text(parent.text_content())[:MAX_CONTEXT_CHARS] if parent is not None else ""
    text = f"{_buttons_text(form)} {clean_text(form.text_content())} {context}"
    found = ACTION_WORDS.search(text) or ACTION_WORDS.search(unquote(action))
    if found is not None:
        return f"action word {found.group(0)}"
    parts = urlsplit(action)
    found = _ACTION_URL.search(f"{parts.path}?{parts.query}")
    return f"action address {found.group(0)}" if found is not None else None
