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
for contact data (name, phone, mobile, email, address, idcard, 姓名, 电话 …, even hidden), or when it has a box to
write in (textarea), a password or a file input. The rule errs on refusing: a gate refused costs one column; a form
wrongly submitted may file a request in someone's name.

The form pagers (pagers/selectors.py, submitters.py, checkgroups.py through `choice_refusal`; post_views.py) ask the
same question of a picker — a 年度 / 单位 select, a 类别 radio group, a page's buttons. By the method a browser sends it
with (`sent_method`: a clicked button's `formmethod` over the form's): GET is safe (RFC 9110 §9.2.1), POST may act. A
POST picker is read as strictly as a gate — its whole text, option labels included, the notice around it — and is
refused for a survey answer among its choices (SURVEY_ANSWERS: 满意, 一般, 反对 …). A GET picker (and post_views'
row form, which reads its row's title itself) is read with `notice=False`: from the form's own evidence
only — the fields above, its buttons, its action, its own words (its text less its options, the labels of its radios
and boxes, and its links) and the heading right above it (问卷调查, 留言类别, 请投票) — less the column name 依申请公开
(the 条例's kind of disclosure, not a request). A county's unit picker lists 县信访局 and 国家统计局某某调查队, and the
信息公开 page a year picker sits on names 在线咨询 / 依申请公开 / 建议提案 in its navigation: none of that is the form
acting, and a choice-only form read with its surroundings would lose whole columns.
Pure; no network."""

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
# a survey's answers: a radio or box (or option) labelled 满意 / 反对 casts a vote when its form is POSTed — the
# evidence of acting that a 满意度调查 form keeps in its choices when its title is out of reach and its button says 提交
SURVEY_ANSWERS = re.compile(r"(?:非常|很|较|比较|基本|不太|不)?满意|一般|赞成|反对|弃权|支持|不支持|同意|不同意")
_NOT_ACTION = re.compile(r"依申请公开")    # a column's name (依申请公开目录, 年报): no request of the form's own
_ACTING_INPUTS = {"password", "file"}   # (and a textarea): what a reader writes in or sends, never a choice
_CHOICE_INPUTS = {"radio", "checkbox"}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# a picker's own words: its text less options' and links' (where they go), scripts and styles; labels read apart
_OWN_TEXT = ".//text()[not(ancestor::option) and not(ancestor::a) and not(ancestor::script) and not(ancestor::style) " \
            "and not(ancestor::label)]"
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
        kind = _kind(el)
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
        kind = _kind(el)
        if kind in _BUTTONS:
            parts.append(el.text_content() if el.tag == "button" else (el.get("value") or el.get("alt") or ""))
    return clean_text(" ".join(parts))


def _agrees(form) -> bool:
    return AGREE_WORDS.search(f"{_buttons_text(form)} {clean_text(form.text_content())}") is not None


def refusal(form, action: str, notice: bool = True) -> str | None:
    """Why submitting `form` could act rather than read (module docstring), or None. A gate (`notice`) is read with
    its notice: its whole text and the element around it; a picker by its own words only."""
    for el in form.iter("input", "button", "textarea"):
        name = el.get("name") or ""
        if name and _CONTACT_FIELD.search(name):
            return f"contact field {name}"
        if el.tag == "textarea" or _kind(el) in _ACTING_INPUTS:
            return f"{el.tag if el.tag == 'textarea' else _kind(el)} field {name}".rstrip()
    text = _notice_text(form) if notice else _NOT_ACTION.sub(" ", _own_text(form))
    found = ACTION_WORDS.search(f"{_buttons_text(form)} {text}") or ACTION_WORDS.search(unquote(action))
    if found is not None:
        return f"action word {found.group(0)}"
    parts = urlsplit(action)
    found = _ACTION_URL.search(f"{parts.path}?{parts.query}")
    return f"action address {found.group(0)}" if found is not None else None


def choice_refusal(form, action: str, clicks) -> str | None:
    """Why submitting the choice form `form` once per choice (clicking each of `clicks`: an element, None its first
    submit button, False none) could act, or None. GET is safe (RFC 9110 §9.2.1: browsers, prefetchers and crawlers
    send it freely), so a GET picker is read by its own words (`refusal(notice=False)`); a form any click POSTs is
    read as strictly as a gate, its notice and labels included, and refused for a survey answer among its choices."""
    if all(sent_method(form, _submitter(form, click)) == "GET" for click in clicks):
        return refusal(form, action, notice=False)
    return refusal(form, action) or _survey_answer(form)


def sent_method(form, submitter=None) -> str:
    """The method a browser sends `form` with (HTML: the submitter's `formmethod` over the form's `method`; an
    unknown value, or `dialog` — which sends nothing — is GET)."""
    said = submitter.get("formmethod") if submitter is not None else None
    said = form.get("method") if said is None else said
    return "POST" if (said or "").strip().lower() == "post" else "GET"


def _submitter(form, click):
    """The button a browser submits with (form2request's `click`): the element, none (False), or (None) the form's
    first submit button."""
    if click is not None:
        return click if click is not False else None
    return next((el for el in form.iter("input", "button") if _kind(el) in ("submit", "image")), None)


def _survey_answer(form) -> str | None:
    for label in _choice_labels(form) + [option.text_content() for option in form.iter("option")]:
        answer = "".join(_HAN.findall(label))
        if SURVEY_ANSWERS.fullmatch(answer):
            return f"survey answer {answer}"
    return None


def _notice_text(form) -> str:
    """A gate's words: its own text and the notice around it."""
    parent = form.getparent()
    context = clean_text(parent.text_content())[:MAX_CONTEXT_CHARS] if parent is not None else ""
    return f"{clean_text(form.text_content())} {context}"


def _own_text(form) -> str:
    """A picker's own words (module docstring): its text outside options, links and the labels of its choices —
    a radio's or box's `<label>` (around it or `for` its id) and the text right after it — and the heading right
    above it."""
    words = [str(node) for node in form.xpath(_OWN_TEXT) if not _is_choice_tail(node)]
    words += [label.text_content() for label in form.iter("label") if not _labels_choice(form, label)]
    heading = form.getprevious()   # a heading right above the form is its title (问卷调查), as its legend would be
    if heading is not None and heading.tag in _HEADINGS:
        words.append(heading.text_content())
    return clean_text(" ".join(words))


def _choice_labels(form) -> list[str]:
    """What the form's radios and boxes say: their `<label>`s and the text right after each."""
    labels = [label.text_content() for label in form.iter("label") if _labels_choice(form, label)]
    return labels + [el.tail for el in form.iter("input") if _kind(el) in _CHOICE_INPUTS and el.tail]


def _labels_choice(form, label) -> bool:
    """`label` is a radio's or box's: around it or `for` its id."""
    if any(_kind(el) in _CHOICE_INPUTS for el in label.iter("input")):
        return True
    return bool(label.get("for")) and any(el.get("id") == label.get("for") and _kind(el) in _CHOICE_INPUTS
                                          for el in form.iter("input"))


def _is_choice_tail(node) -> bool:
    return node.is_tail and node.getparent().tag == "input" and _kind(node.getparent()) in _CHOICE_INPUTS


def _kind(el) -> str:
    """An input's or button's type as HTML reads it (a `<button>` submits unless it says otherwise)."""
    return (el.get("type") or ("submit" if el.tag == "button" else "text")).strip().lower()
