"""Rows that carry only an id (`<tr data-id="123">`, `data-infoid`, `data-guid`) and one click handler bound by
delegation that turns it into an address: `$('#tbl').on('click', 'tr', function () { window.open('detail.jsp?id=' +
$(this).data('id')); })`, `table.addEventListener('click', e => fetch('/nb/detail.jsp?id=' + row.dataset.id))`, or a
handler that passes the attribute to a page function (`loadTab($(this).data('type'))`, the function GETting
`$.get('/list.do', {type: type, pageNo: 1})`).

Newer 信息公开 platforms (Bootstrap/layui modals filled by `$.load`/`fetch`, tab bars) name their entries this way: no
link, no onclick on the row. This module reads the scripts' reads of a data attribute (jQuery's `.data('x')` and
`.attr('data-x')`, the DOM's `dataset.x`, `getAttribute('data-x')`) inside a navigation or data GET's concatenation
(discovery/script_functions.py reads those), and substitutes the value of that attribute of each element of the
page that carries it. Anything not understood builds no URL. Hand-written for the reason script_functions.py gives.

A row's value may be a cell's visible text instead of an attribute: a 单位名录 or 目录 table whose handler opens
`"/xxgk/" + row.cells[2].textContent.trim() + "/"` (a unit's 统一社会信用代码, a 索引号, printed in a column and in no
markup). A read of a row's cell text by its position (`row.cells[2]`, `tr.children[2]`, `querySelectorAll("td")[2]`,
`querySelector("td:nth-child(3)")` with `.textContent`/`.innerText`; jQuery's `$(this).find("td").eq(2).text()`,
`$("td:eq(2)", this).text()`, a `.trim()` or `$.trim(…)` around) is read as such a value: each body row of the page's
tables fills it with that cell's text (a value without spaces, at most MAX_CELL_CHARS), labelled with the row's text."""

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
# A script's read of a table row's cell text by the cell's position (see the module docstring). The row is any
# expression of names and calls (`row`, `this`, `e.target.closest("tr")`); the position is read from the match
# (`_CELL_POSITION`). A read of the element's own text (`$(this).text()`) names no cell: element_handlers.py reads it.
_ROW = rf"""{IDENT}(?:\s*\.\s*{IDENT}(?:\(\s*(?:'[^'\n]{{0,60}}'|"[^"\n]{{0,60}}")?\s*\))?){{0,4}}"""
_TD = r"""['"]td(?::eq\(\s*\d{1,2}\s*\)|:nth-child\(\s*\d{1,2}\s*\))?['"]"""
_CELL = rf"""(?:{_ROW}\s*\.\s*(?:cells|children|querySelectorAll\(\s*{_TD}\s*\)|getElementsByTagName\(\s*{_TD}\s*\))
                 \s*\[\s*\d{{1,2}}\s*\]\s*\.\s*(?:textContent|innerText)\b
               |{_ROW}\s*\.\s*querySelector\(\s*{_TD}\s*\)\s*\.\s*(?:textContent|innerText)\b
               |\$\(\s*(?:{_TD}\s*,\s*)?{_ROW}\s*\)(?:\s*\.\s*(?:find|children)\(\s*(?:{_TD})?\s*\))?
                 (?:\s*\.\s*eq\(\s*\d{{1,2}}\s*\))?\s*\.\s*text\(\s*\))"""
_CELL_READ = re.compile(rf"""\$\.trim\(\s*{_CELL}\s*\)|{_CELL}(?:\s*\.\s*trim\(\s*\))?""", re.X)
_CELL_POSITION = re.compile(r"nth-child\(\s*(\d+)|(?:\[|eq\()\s*(\d+)")
_CELL_WORDS = ("cells[", "children[", "'td", '"td', ".eq(")   # one is in every cell read: a cheap test first
_CELL_KEY = "cell "
MAX_CELL_CHARS = 64        # a cell's text used as a value (a code, an id; a longer text is prose)
_CELL_VALUE = re.compile(rf"""[^\s<>"'#]{{1,{MAX_CELL_CHARS}}}""")
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
    from_cell: bool = False   # the value is a row's cell text, not an attribute


def _attribute(read: re.Match) -> str:
    """The attribute a read names: jQuery's and dataset's camelCase keys are the attribute's dashed words."""
    key = next(g for g in read.groups() if g is not None)
    return re.sub(r"[A-Z]", lambda m: "-" + m.group().lower(), key).lower()


def _cell_key(position: int) -> str:
    """The key a read of a row's cell text is kept under beside the data attributes' names (which hold no space)."""
    return f"{_CELL_KEY}{position}"


def _cell_position(key: str) -> int | None:
    return int(key[len(_CELL_KEY):]) if key.startswith(_CELL_KEY) else None


def _cell(read: re.Match) -> str | None:
    """The key of a cell read: none when it names no position (`$(this).find("td").text()` is every cell)."""
    position = _CELL_POSITION.search(read.group(0))
    if position is None:
        return None
    index = int(position.group(1)) - 1 if position.group(1) else int(position.group(2))
    return _cell_key(index) if index >= 0 else None


def reads_row_values(scripts: str) -> bool:
    """Whether `scripts` may read a row's value (a data attribute or a cell's text): a substring test."""
    return "data" in scripts or any(word in scripts for word in _CELL_WORDS)


def attribute_templates(scripts: str, functions: ScriptFunctions | None = None) -> list[tuple[str, Template, bool]]:
    """(attribute, template, data GET?) of each concatenation in `scripts` that builds an address from one data
    attribute of the clicked element, or from one cell's text of its row (the attribute is then `_cell_key`'s): the
    slot (index 0) is where the value goes. `functions`: the page functions of `scripts` a handler may hand the
    value to, when the caller has read them already (page.py `script_functions`: one reading of a page's functions
    for every reader)."""
    if not reads_row_values(scripts):
        return []
    attributes: list[str] = []

    def slot(name: str | None, read: re.Match) -> str:
        if name is None:
            return read.group(0)
        if name not in attributes:
            if len(attributes) >= MAX_ATTRIBUTES:
                return read.group(0)
            attributes.append(name)
        return f"{_SLOT}{attributes.index(name)}"

    text = _READ.sub(lambda read: slot(_attribute(read), read), scripts) if "data" in scripts else scripts
    if any(word in text for word in _CELL_WORDS):
        text = _CELL_READ.sub(lambda read: slot(_cell(read), read), text)
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
        position = _cell_position(attribute)
        values = _attribute_values(tree, attribute) if position is None else _cell_values(tree, position)
        for value, label in values:
            url = "".join(value if isinstance(p, int) else p for p in template)
            if url in seen:
                continue
            seen.add(url)
            out.append(IdTarget(url, label[:MAX_LABEL_CHARS], data_get, position is not None))
            if len(out) >= MAX_URLS_PER_PAGE:
                return out
    return out


def _attribute_values(tree, attribute: str):
    """(value, the element's text) of each element carrying the data attribute with an id-shaped value."""
    for el in tree.iter():
        value = el.get(f"data-{attribute}") if isinstance(el.tag, str) else None
        if value and _VALUE.fullmatch(value.strip()):
            yield value.strip(), clean_text(el.text_content())


def _cell_values(tree, position: int):
    """(text, the row's cells' texts) of the cell at `position` of each body row of the page's tables (a header
    row, in `<thead>` or of `<th>` only, names the columns), when the text is a value (_CELL_VALUE)."""
    for row in tree.iter("tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        if position >= len(cells) or row.getparent().tag == "thead" or all(c.tag == "th" for c in cells):
            continue
        text = clean_text(cells[position].text_content())
        if _CELL_VALUE.fullmatch(text):
            yield text, " ".join(filter(None, (clean_text(c.text_content()) for c in cells)))
