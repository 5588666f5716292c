"""Handlers bound to each element of a selector whose address is the element's position or its text: a tab bar
of bare `<li>` text whose script loads `"tab_" + i + ".html"` by the tab's index
(`document.querySelectorAll("#tabs li").forEach(function (tab, i) {…})`, `$("#tabs li").click(function () {
$("#box").load("tab_" + $(this).index() + ".html"); })`), a 智能问答 box whose hot-question buttons send their own
text (`ask(button.textContent)`, `$(this).text()`) to `/ask.do?question=` + the question.

No attribute names such an address: only the handler, and what it reads of the element it runs for. This module
reads the handlers a script binds to every element of a CSS selector (`querySelectorAll(sel).forEach`, jQuery's
`$(sel).each`, `.click`/`.on("click"[, child])`/`.hover`), rewrites their reads of the element's index (forEach's
second and each's first parameter, `$(this).index()`) and text (`textContent`, `innerText`, `$(this).text()`, a
`.trim()` after them) as slots, and reads the navigation or data GET (script_functions.py `NAVIGATION`, `DATA_GET`,
jQuery's `.load(`) they build, directly or through a page function they hand the value to (script_reading.py
`read_functions`). Each element the selector matches in the page (at most MAX_ELEMENTS) fills the slot: its
position, or its text percent-encoded as encodeURIComponent encodes it. A `<select>` read by its id anywhere in the
scripts (`document.getElementById("year").value`, `$("#year").val()`, or a variable holding it: `sel.value`) is
such an element too: each of its options' values fills the slot (at most MAX_OPTIONS), as a choice of it would; a
text box read so (a 智能问答 or search box whose script sends what is typed) is asked with QUESTION_WORDS, the words a
user looking for annual reports types (as autocomplete.py asks a suggest box with its unit words).
Anything not understood builds nothing.
Hand-written for the reason script_functions.py gives; pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from lxml import etree
from lxml.cssselect import CSSSelector
from nianbao.crawler.discovery.page import clean_text
from nianbao.crawler.discovery.script_functions import (
    DATA_GET,
    NAVIGATION,
    ScriptFunctions,
    Template,
    read_template,
    unencoded,
)
from nianbao.crawler.discovery.script_reading import read_functions
from nianbao.crawler.discovery.script_text import IDENT, expression_end, script_constants

# Bounds on untrusted page text.
MAX_BINDINGS = 16          # selector-bound handlers read per page
MAX_BODY_CHARS = 3000      # of a handler's body
MAX_ELEMENTS = 40          # elements of one selector (a tab bar, a box of buttons; more is a list, read as one)
MAX_TEXT_CHARS = 100       # an element's text used as a value (a question, a tab's label)
MAX_URLS_PER_PAGE = 120
MAX_OPTIONS = 60           # options of one select read by its id (years, units)
MAX_SELECTS = 4            # selects and question boxes read by their ids per page
INDEX, TEXT, VALUE = "__nbel_index", "__nbel_text", "__nbel_value"
# what is typed into a question or search box: the report's name, its short name, and it per kind of unit
QUESTION_WORDS = ("政府信息公开工作年度报告", "年报", "部门政府信息公开工作年度报告", "乡镇政府信息公开工作年度报告",
                  "街道政府信息公开工作年度报告")
_TEXT_BOX_TYPES = ("", "text", "search")
# a box for a question or search terms, by its id, name, placeholder or title (not a page-number or date box)
_QUESTION_BOX = re.compile(r"问|搜|检索|关键|查询|question|query|keyword|search|^(?:q|kw|wd|key|words?)$|q$", re.I)
_SLOTS = [INDEX, TEXT]
_SELECTOR = r"""(['"])([^'"\n]{1,200})\1"""
# querySelectorAll(sel).forEach(function (el, i) {  /  (el, i) => {  /  el => {
_FOR_EACH = re.compile(rf"""\bquerySelectorAll\(\s*{_SELECTOR}\s*\)\s*\.\s*forEach\s*\(\s*(?:function\s*\(\s*({IDENT})?"""
                       rf"""\s*(?:,\s*({IDENT}))?\s*\)|\(\s*({IDENT})?\s*(?:,\s*({IDENT}))?\s*\)\s*=>|({IDENT})\s*=>)\s*\{{""")
# $(sel).each(function (i, el) {
_EACH = re.compile(rf"""(?:\$|\bjQuery)\(\s*{_SELECTOR}\s*\)\s*\.\s*each\s*\(\s*function\s*\(\s*({IDENT})?"""
                   rf"""\s*(?:,\s*({IDENT}))?\s*\)\s*\{{""")
# $(sel).click(function () {  /  .on("click", function () {  /  .on("click", "li", function () {
_BIND = re.compile(rf"""(?:\$|\bjQuery)\(\s*{_SELECTOR}\s*\)\s*\.\s*(?:click|hover|mouseover|mouseenter|on|bind|delegate)"""
                   r"""\s*\(\s*(?:(['"])[\w. ]{1,40}\3\s*,\s*)?(?:(['"])([^'"\n]{1,100})\4\s*,\s*)?"""
                   r"""function\s*\([^()]{0,100}\)\s*\{""")
# a data GET jQuery writes into an element: $("#box").load("tab_" + i + ".html")
_LOAD = re.compile(r"""\.\s*load\(\s*""")
_ALIAS = re.compile(rf"""\b(?:var|let|const)\s+({IDENT})\s*=\s*({INDEX}|{TEXT})\s*[;,\n]""")
# an element by its id, and a variable holding it: `var sel = document.getElementById("nbYear");`, `$("#nbYear")`
_BY_ID = r"""(?:document\.getElementById\(\s*['"]([\w-]{1,100})['"]\s*\)|(?:\$|\bjQuery)\(\s*['"]#([\w-]{1,100})['"]\s*\))"""
_HOLDER = re.compile(rf"""\b(?:var|let|const)\s+({IDENT})\s*=\s*{_BY_ID}\s*[;,\n]""")


@dataclass(frozen=True)
class ElementTarget:
    url: str          # as the script builds it (relative to the page)
    label: str        # the element's text
    data_get: bool    # fetched by the script (a tab's list, an answer), not navigated to


def _reads(element: str | None) -> re.Pattern:
    """The reads of the handler's element: `this`, and the callback's element parameter when it has one."""
    who = rf"(?:this|{re.escape(element)})" if element else "this"
    return re.compile(rf"""\$\.trim\(\s*\$\(\s*{who}\s*\)\s*\.\s*text\(\s*\)\s*\)"""
                      rf"""|\$\(\s*{who}\s*\)\s*\.\s*(text|index)\(\s*\)(?:\s*\.\s*trim\(\s*\))?"""
                      rf"""|(?<![\w$.]){who}\s*\.\s*(?:textContent|innerText)\b(?:\s*\.\s*trim\(\s*\))?""")


def _rewritten(body: str, element: str | None, index: str | None) -> str:
    """`body` with the element's text and index reads (and the variables they are kept in) as the slot names."""
    body = _reads(element).sub(lambda m: INDEX if m.group(1) == "index" else TEXT, body)
    if index:   # the callback's index parameter, wherever it is used as a value
        body = re.sub(rf"(?<![\w$.'\"]){re.escape(index)}(?![\w$'\"])(?!\s*:)", INDEX, body)
    for alias in list(_ALIAS.finditer(body))[:8]:
        body = re.sub(rf"(?<![\w$.]){re.escape(alias.group(1))}(?![\w$])", alias.group(2), body)
    return body


def _templates(body: str, constants: dict[str, str], functions: ScriptFunctions,
               slots: list[str] = _SLOTS) -> list[tuple[Template, bool]]:
    """(template over `slots`, data GET?) of each address the rewritten `body` builds from a slot."""
    out: list[tuple[Template, bool]] = []
    for pattern, data_get in ((NAVIGATION, False), (DATA_GET, True), (_LOAD, True)):
        for match in pattern.finditer(body):
            template = read_template(body[match.end():], slots, constants, data_object=data_get)
            if template and (template, data_get) not in out:
                out.append((template, data_get))
    for call in re.finditer(rf"""\b({IDENT})\s*\(\s*({"|".join(slots)})\s*[,)]""", body):
        for by_name, data_get in ((functions.navigations, False), (functions.data_gets, True)):
            template = by_name.get(call.group(1))
            if template is not None and all(p == 0 for p in template if isinstance(p, int)):
                slot = slots.index(call.group(2))
                item = (tuple(slot if isinstance(p, int) else p for p in template), data_get)
                if item not in out:
                    out.append(item)
    return out


def _value_reads(element_id: str, holders: list[str]) -> re.Pattern:
    """The reads of the chosen value of the element `element_id` (directly or through a variable holding it)."""
    who = "|".join([rf"document\.getElementById\(\s*['\"]{re.escape(element_id)}['\"]\s*\)",
                    rf"(?:\$|\bjQuery)\(\s*['\"]#{re.escape(element_id)}['\"]\s*\)",
                    *(rf"(?<![\w$.]){re.escape(h)}" for h in holders)])
    jq = "|".join([rf"(?:\$|\bjQuery)\(\s*['\"]#{re.escape(element_id)}['\"]\s*\)",
                   *(rf"(?<![\w$.]){re.escape(h)}|\$\(\s*{re.escape(h)}\s*\)" for h in holders)])
    return re.compile(rf"""(?:{who})\s*\.\s*value\b(?!\s*=(?!=))|(?:{jq})\s*\.\s*val\(\s*\)""")


def _select_targets(tree, text: str, constants: dict[str, str], functions: ScriptFunctions) -> list[ElementTarget]:
    """Each option of a `<select>` the scripts read by its id (each question word of a question box), in the
    addresses they build from its value."""
    ids: dict[str, list[str]] = {}
    for match in re.finditer(_BY_ID, text):
        ids.setdefault(match.group(1) or match.group(2), [])
    for holder in _HOLDER.finditer(text):
        ids.setdefault(holder.group(2) or holder.group(3), []).append(holder.group(1))
    out: list[ElementTarget] = []
    read = 0
    for element_id, holders in list(ids.items())[:MAX_SELECTS * 4]:
        found = tree.xpath("//*[@id=$id][self::select or self::textarea or self::input]", id=element_id)
        if not found or (found[0].tag != "select" and not _question_box(found[0])):
            continue
        rewritten = _value_reads(element_id, holders).sub(VALUE, text)
        if VALUE not in rewritten:
            continue
        templates = _templates(rewritten, constants, functions, [VALUE])
        read += bool(templates)
        if read > MAX_SELECTS:
            break
        for value, label in _choices(found[0]):
            for template, data_get in templates:
                out.append(ElementTarget("".join(quote(value, safe="-_.!~*'()") if isinstance(p, int) else p
                                                 for p in template), label, data_get))
            if len(out) >= MAX_OPTIONS * MAX_SELECTS:
                return out
    return out


def _question_box(element) -> bool:
    if element.tag == "input" and (element.get("type") or "").lower() not in _TEXT_BOX_TYPES:
        return False
    return any(_QUESTION_BOX.search(element.get(name) or "") for name in ("id", "name", "placeholder", "title"))


def _choices(element) -> list[tuple[str, str]]:
    """(value, label) of what a user may choose or type in `element`: a select's options, a box's QUESTION_WORDS."""
    if element.tag != "select":
        return [(word, word) for word in QUESTION_WORDS]
    out: list[tuple[str, str]] = []
    for option in element.iter("option"):
        value = (option.get("value") if option.get("value") is not None else option.text_content() or "").strip()
        if value and len(value) <= MAX_TEXT_CHARS:
            out.append((value, clean_text(option.text_content())[:MAX_TEXT_CHARS]))
        if len(out) >= MAX_OPTIONS:
            break
    return out


def _bindings(scripts: str):
    """(selector, element parameter, index parameter, where the body starts) of each selector-bound handler."""
    found = []
    for match in _FOR_EACH.finditer(scripts):
        element = match.group(3) or match.group(5) or match.group(7)
        found.append((match.start(), match.group(2), element, match.group(4) or match.group(6), match.end()))
    for match in _EACH.finditer(scripts):
        found.append((match.start(), match.group(2), match.group(4), match.group(3), match.end()))
    for match in _BIND.finditer(scripts):
        selector = f"{match.group(2)} {match.group(5)}" if match.group(5) else match.group(2)
        found.append((match.start(), selector, None, None, match.end()))
    found.sort()
    return [item[1:] for item in found[:MAX_BINDINGS]]


def _elements(tree, selector: str) -> list:
    try:
        return CSSSelector(selector.strip())(tree)[:MAX_ELEMENTS]
    except (etree.XPathError, ValueError, SyntaxError):   # cssselect's SelectorError is a SyntaxError
        return []


def _sibling_index(el) -> int:
    parent = el.getparent()
    if parent is None:
        return 0
    return [c for c in parent if isinstance(c.tag, str)].index(el)


def element_targets(tree, scripts: str, functions: ScriptFunctions | None = None) -> list[ElementTarget]:
    """The addresses the page's selector-bound handlers build from each matched element's position or text, in
    script order, at most MAX_URLS_PER_PAGE. `tree`: the page's lxml tree; `scripts`: its inline script text;
    `functions`: their functions when already read (page.py `script_functions`)."""
    if not scripts or ("querySelectorAll" not in scripts and "$(" not in scripts and "jQuery(" not in scripts
                       and "getElementById" not in scripts):
        return []
    text = unencoded(scripts)
    bindings = _bindings(text)
    by_id = ("getElementById" in text or "#" in text) and any(True for _ in tree.iter("select", "input", "textarea"))
    if not bindings and not by_id:
        return []
    constants = script_constants(text)
    functions = functions if functions is not None else read_functions(scripts)
    out: list[ElementTarget] = []
    seen: set[str] = set()
    if by_id:
        for target in _select_targets(tree, text, constants, functions)[:MAX_URLS_PER_PAGE]:
            if target.url not in seen:
                seen.add(target.url)
                out.append(target)
    for selector, element, index, start in bindings:
        body = _rewritten(text[start:expression_end(text, start, MAX_BODY_CHARS)], element, index)
        if INDEX not in body and TEXT not in body:
            continue
        templates = _templates(body, constants, functions)
        if not templates:
            continue
        elements = _elements(tree, selector)
        for position, el in enumerate(elements):
            label = clean_text(el.text_content())[:MAX_TEXT_CHARS]
            values = [str(position if index else _sibling_index(el)), quote(label, safe="-_.!~*'()")]
            for template, data_get in templates:
                if any(isinstance(p, int) and p == 1 for p in template) and not label:
                    continue
                url = "".join(values[p] if isinstance(p, int) else p for p in template)
                if url not in seen:
                    seen.add(url)
                    out.append(ElementTarget(url, label, data_get))
                    if len(out) >= MAX_URLS_PER_PAGE:
                        return out
    return out
