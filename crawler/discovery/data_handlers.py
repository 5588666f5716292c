"""Rows that carry only an id (`<tr data-id="123">`, `data-infoid`, `data-guid`) and one click handler bound by
delegation that turns it into an address: `$('#tbl').on('click', 'tr', function () { window.open('detail.jsp?id=' +
$(this).data('id')); })`, `table.addEventListener('click', e => fetch('/nb/detail.jsp?id=' + row.dataset.id))`, or a
handler that passes the attribute to a page function (`loadTab($(this).data('type'))`, the function GETting
`$.get('/list.do', {type: type, pageNo: 1})`).

Newer 信息公开 platforms (Bootstrap/layui modals filled by `$.load`/`fetch`, tab bars) name their entries this way: no
link, no onclick on the row. This module reads the scripts' reads of a data attribute (jQuery's `.data('x')` and
`.attr('data-x')`, the DOM's `dataset.x`, `getAttribute('data-x')`) inside a navigation or data GET's concatenation
(discovery/script_functions.py reads those), and substitutes the value of that attribute of each element of the
page that carries it. Anything not understood builds no URL. Hand-written for the reason script_functions.py gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.crawler.discovery.page import clean_text
from nianbao.crawler.discovery.script_functions import (
    DATA_GET,
    NAVIGATION,
    ScriptFunctions,
    Template,
    read_template,
)
from nianbao.crawler.discovery.script_reading import read_functions
from nianbao.crawler.discovery.script_text import IDENT, script_constants

# Bounds on untrusted page text.
MAX_ATTRIBUTES = 8        # distinct data attributes read by a page's scripts
MAX_TEMPLATES = 16        # concatenations holding one of them
MAX_URLS_PER_PAGE = 300   # addresses built for one page (rows × templates)
MAX_LABEL_CHARS = 200
_VALUE = re.compile(r"[\w.:-]{1,64}")   # an id as rows carry it: digits, a GUID, a code; nothing to escape

# A script's read of an element's data attribute: $(this).data('id'), $(el).attr('data-id'), row.dataset.id,
# row.dataset['infoId'], el.getAttribute('data-guid'), select.options[select.selectedIndex].getAttribute('data-site')
# (an indexed read is the chosen element's own; a fixed chain like list.lastElementChild names one element, not each
# element carrying the attribute, so it is not read: its "per element" addresses would be guesses)
_READ = re.compile(rf"""\$\(\s*{IDENT}\s*\)\s*\.\s*data\(\s*['"]([\w-]{{1,40}})['"]\s*\)
                    |\$\(\s*{IDENT}\s*\)\s*\.\s*attr\(\s*['"]data-([\w-]{{1,40}})['"]\s*\)
                    |\b{IDENT}(?:\s*\.\s*{IDENT}\s*\[[^\[\]\n]{{0,80}}\]|\s*\[[^\[\]\n]{{0,80}}\])?\s*\.\s*getAttribute\(\s*['"]data-([\w-]{{1,40}})['"]\s*\)
                    |\b{IDENT}\s*\.\s*dataset\s*(?:\.\s*({IDENT})|\[\s*['"]([\w-]{{1,40}})['"]\s*\])""", re.X)
_SLOT = "__nbdata_"
# A page function called with a data attribute as its only argument (after the reads are rewritten as names)
# A variable the read is kept in (`var site = …getAttribute("data-site");`), used in the concatenation by name
_ALIAS = re.compile(rf"""\b(?:var|let|const)\s+({IDENT})\s*=\s*({_SLOT}\d+)\s*[;,\n]""")
MAX_ALIASES = 8
_SLOT_CALL = re.compile(rf"""\b({IDENT})\s*\(\s*({_SLOT}\d+)\s*\)""")


@dataclass(frozen=True)
class IdTarget:
    url: str         # as the script builds it (relative to the page)
    label: str       # the element's text
    data_get: bool   # fetched by the script (a list or an entry loaded in place), not navigated to


def _attribute(read: re.Match) -> str:
    """The attribute a read names: jQuery's and dataset's camelCase keys are the attribute's dashed words."""
    key = next(g for g in read.groups() if g is not None)
    return re.sub(r"[A-Z]", lambda m: "-" + m.group().lower(), key).lower()


def attribute_templates(scripts: str, functions: ScriptFunctions | None = None) -> list[tuple[str, Template, bool]]:
    """(attribute, template, data GET?) of each concatenation in `scripts` that builds an address from one data
    attribute of the clicked element: the slot (index 0) is where the attribute's value goes. `functions`: the
    page functions of `scripts` a handler may hand the attribute to, when the caller has read them already
    (page.py `script_functions`: one reading of a page's functions for every reader)."""
    if "data" not in scripts:
        return []
    attributes: list[str] = []

    def rewrite(read: re.Match) -> str:
        name = _attribute(read)
        if name not in attributes:
            if len(attributes) >= MAX_ATTRIBUTES:
                return read.group(0)
            attributes.append(name)
        return f"{_SLOT}{attributes.index(name)}"

    text = _READ.sub(rewrite, scripts)
    if not attributes:
        return []
    text = _inline_aliases(text)
    slots = [f"{_SLOT}{i}" for i in range(len(attributes))]
    constants = script_constants(text)
    out: list[tuple[str, Template, bool]] = []

    def add(template: Template | None, data_get: bool) -> None:
        used = {p for p in template or () if isinstance(p, int)}
        if template and len(used) == 1 and len(out) < MAX_TEMPLATES:
            slot = used.pop()
            item = (attributes[slot], tuple(0 if p == slot else p for p in template), data_get)
            if item not in out:
                out.append(item)

    # the handler's own navigation or data GET: window.open('detail.jsp?id=' + $(this).data('id'))
    for pattern, data_get in ((NAVIGATION, False), (DATA_GET, True)):
        for match in pattern.finditer(text):
            add(read_template(text[match.end():], slots, constants, data_object=data_get), data_get)
    # a page function handed the attribute: loadTab($(this).data('type'))
    calls = list(_SLOT_CALL.finditer(text))
    if not calls:
        return out
    functions = functions if functions is not None else read_functions(scripts)
    builders = [(functions.navigations, False), (functions.data_gets, True)]
    for call in calls:
        for by_name, data_get in builders:
            template = by_name.get(call.group(1))
            if template is not None and all(p == 0 for p in template if isinstance(p, int)):
                slot = slots.index(call.group(2))
                add(tuple(slot if isinstance(p, int) else p for p in template), data_get)
    return out


def _inline_aliases(text: str) -> str:
    """`var site = <read>; … site …`: the variable's later uses are the read (no scopes: a same-named variable
    elsewhere in the page's scripts is rare, and only builds an address `_in_site` still checks)."""
    for alias in list(_ALIAS.finditer(text))[:MAX_ALIASES]:
        name, slot = alias.group(1), alias.group(2)
        start = text.find(alias.group(0)) + len(alias.group(0))
        text = text[:start] + re.sub(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", slot, text[start:])
    return text


def id_targets(tree, scripts: str, functions: ScriptFunctions | None = None) -> list[IdTarget]:
    """The addresses the page's delegated handlers build from each element's data attribute, in page order, at
    most MAX_URLS_PER_PAGE. Pure: `tree` is the page's lxml tree, `scripts` its inline scripts, `functions` their
    functions when already read (attribute_templates)."""
    templates = attribute_templates(scripts, functions)
    out: list[IdTarget] = []
    seen: set[str] = set()
    for attribute, template, data_get in templates:
        for el in tree.iter():
            value = el.get(f"data-{attribute}") if isinstance(el.tag, str) else None
            if not value or not _VALUE.fullmatch(value.strip()):
                continue
            url = "".join(value.strip() if isinstance(p, int) else p for p in template)
            if url in seen:
                continue
            seen.add(url)
            out.append(IdTarget(url, clean_text(el.text_content())[:MAX_LABEL_CHARS], data_get))
            if len(out) >= MAX_URLS_PER_PAGE:
                return out
    return out
