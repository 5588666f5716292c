"""Page functions that build a URL from their arguments: `function showDetail(id) { window.open("Detail.aspx?id="
+ id + "&title="); }`, `location.href = base + id + ".html"`, `` window.open(`/art/${y}/${id}.html`) ``.

Lists on many WebForms and in-house platforms name a row only by an id in `onclick="showDetail('123')"`; the
detail page's address exists only inside that function. This module reads the simple definitions (the body
navigates to a concatenation of string literals, the function's parameters and page-level constants) and
substitutes the literal arguments of a call. Anything else (a computed expression, an unknown variable) yields
no URL: a guess would fetch pages the site never links. Hand-written because no Python library reads this small
subset of JavaScript without running it (a JS engine would execute untrusted page code)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.crawler.discovery.script_text import IDENT, expression_end, script_constants

# Bounds on untrusted script text.
MAX_FUNCTIONS = 64          # URL-building functions read per page
MAX_BODY_CHARS = 2000       # of a function body searched for its navigation
MAX_PARTS = 16              # literals and names in one concatenation
MAX_ARGS = 8                # arguments of one call

# A Template is the navigation's concatenation: each part a literal string or the index of a parameter.
Template = tuple[str | int, ...]

# `function name(a, b) {`, `var name = function (a) {`, `name = function(a) {`, `const name = (a) => {`
_FUNC_DEF = re.compile(rf"""(?:\bfunction\s+({IDENT})\s*\(([^()]{{0,200}})\)\s*\{{"""
                       rf"""|\b({IDENT})\s*[:=]\s*function\s*\(([^()]{{0,200}})\)\s*\{{"""
                       rf"""|\b({IDENT})\s*=\s*\(([^()]{{0,200}})\)\s*=>\s*\{{)""")
# The navigation in a body: window.open( … ), location.href = …, location = …, location.assign/replace( …
NAVIGATION = re.compile(r"""(?:\bwindow\.open\s*\(|\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:assign|replace)\s*\()\s*""")
# A body's GET of its data instead (also read whole by pagers/jsonlist.py): xhr.open("GET", …), $.getJSON( …,
# $.get( …, fetch( …, `url: …` of $.ajax
DATA_GET = re.compile(r"""(?:\.open\(\s*['"]GET['"]\s*,|\$\.getJSON\(|\$\.get\(|\bfetch\(|\burl\s*:)\s*""", re.I)
# One operand of the concatenation, then `+` or its end.
_OPERAND = re.compile(rf"""\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\]*)`|({IDENT}(?:\.{IDENT})*))\s*(\+)?""")
# jQuery's data object after a GET's URL, appended to it as a query: `$.get(url, {type: t, pageNo: 1}, …)`,
# `$.ajax({url: u, data: {…}})`; one `key: value` pair of it, the value a literal, a number or a name.
_DATA_OBJECT = re.compile(r"""\s*,\s*(?:data\s*:\s*)?\{""")
_DATA_PAIR = re.compile(rf"""\s*(?:({IDENT})|'([\w-]+)'|"([\w-]+)")\s*:\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|(-?\d+)|({IDENT}))\s*(,|\}})""")
_TEMPLATE_SLOT = re.compile(rf"\$\{{\s*({IDENT})\s*\}}")
# A call with literal arguments only: showDetail('123'), openArt("a", 2)
_CALL = re.compile(rf"""\b({IDENT})\s*\(\s*((?:(?:'[^'\\\n]*'|"[^"\\\n]*"|-?\d+)\s*,?\s*){{1,{MAX_ARGS}}})\)""")
_ARG = re.compile(r"""'([^'\\\n]*)'|"([^"\\\n]*)"|(-?\d+)""")
# An argument the body only encodes (`"?code=" + encodeURIComponent(code)`): read as the parameter itself; the
# request's URL is percent-encoded when it is sent (Scrapy's safe_url_string)
_ENCODED = re.compile(rf"""\b(?:encodeURIComponent|encodeURI|escape)\s*\(\s*({IDENT})\s*\)""")


@dataclass(frozen=True)
class ScriptFunctions:
    """The functions of a script that open a page (`navigations`) or GET data (`data_gets`) built from their
    arguments, by name: what every reader of a page's calls looks them up in (page.py's links, handler calls in
    script_handlers.py, data attributes in data_handlers.py), read once per script (script_reading.py `read_functions`)."""
    navigations: dict[str, Template] = field(default_factory=dict)
    data_gets: dict[str, Template] = field(default_factory=dict)
    # functions that write cookies and reload or navigate (discovery/cookie_choices.py `Setter`), by name, and
    # the count of those writing a cookie from a value not read
    cookie_setters: dict = field(default_factory=dict)
    cookie_unread: int = 0

    def __bool__(self) -> bool:
        return bool(self.navigations or self.data_gets or self.cookie_setters)


def _body(scripts: str, start: int) -> str:
    """The function body from just after its `{` to the matching `}` (strings skipped), bounded."""
    return scripts[start:expression_end(scripts, start, MAX_BODY_CHARS)]


def _template(expr: str, params: list[str], constants: dict[str, str], data_object: bool = False,
              any_text: bool = False) -> Template | None:
    """The navigation's first argument as literal parts and parameter slots; None when any part is unknown.
    `data_object`: a data GET's object of query fields after it is read too (`_data_query`); `any_text`: any
    concatenation read whole is returned, a literal one included (a cookie's text, a literal target:
    discovery/cookie_choices.py)."""
    parts: list[str | int] = []
    pos = 0
    for _ in range(MAX_PARTS):
        match = _OPERAND.match(expr, pos)
        if not match:
            return None
        single, double, backtick, name = match.group(1, 2, 3, 4)
        if backtick is not None:
            last = 0
            for slot in _TEMPLATE_SLOT.finditer(backtick):
                parts.append(backtick[last:slot.start()])
                if slot.group(1) in params:
                    parts.append(params.index(slot.group(1)))
                elif slot.group(1) in constants:
                    parts.append(constants[slot.group(1)])
                else:
                    return None
                last = slot.end()
            if "${" in backtick[last:]:
                return None
            parts.append(backtick[last:])
        elif name is not None:
            if name in params:
                parts.append(params.index(name))
            elif name in constants:
                parts.append(constants[name])
            else:
                return None
        else:
            parts.append(single if single is not None else double)
        pos = match.end()
        if not match.group(5):
            break
    else:
        return None
    if data_object:
        query = _data_query(expr, pos, params, constants)
        if query is None:
            return None
        if query:
            parts += ["&" if "?" in "".join(p for p in parts if isinstance(p, str)) else "?", *query]
    if any_text:
        return tuple(parts)
    if not any(isinstance(p, int) for p in parts):
        return None    # a literal target: page.py's script_link_target reads those already
    literal = "".join(p for p in parts if isinstance(p, str))
    # a URL needs some address text of its own ("?id=", "/", ".html"); `window.open(id)` names none
    return tuple(parts) if any(c in literal for c in "/?.=") else None


def _data_query(expr: str, pos: int, params: list[str], constants: dict[str, str]) -> list[str | int] | None:
    """The query parts of a data object at `pos` (`, {type: t, pageNo: 1}` → `type=`, slot t, `&pageNo=1`), [] when
    none follows, None when a value is not understood (a computed value: no URL rather than a wrong one)."""
    opened = _DATA_OBJECT.match(expr, pos)
    if not opened:
        return []
    parts: list[str | int] = []
    pos = opened.end()
    for _ in range(MAX_PARTS):
        pair = _DATA_PAIR.match(expr, pos)
        if not pair:
            return None if expr[pos:].strip()[:1] != "}" else parts
        key = pair.group(1) or pair.group(2) or pair.group(3)
        single, double, number, name = pair.group(4, 5, 6, 7)
        parts.append(("&" if parts else "") + key + "=")
        if name is not None and name in params:
            parts.append(params.index(name))
        elif name is not None and name in constants:
            parts.append(constants[name])
        elif name is not None:
            return None
        else:
            parts.append(next(v for v in (single, double, number) if v is not None))
        pos = pair.end()
        if pair.group(8) == "}":
            return parts
    return None


def read_template(expr: str, params: list[str], constants: dict[str, str], data_object: bool = False,
                  any_text: bool = False) -> Template | None:
    """The concatenation at the start of `expr` (a navigation's or data GET's first argument) as a Template."""
    return _template(expr, params, constants, data_object, any_text)


def definitions(scripts: str):
    """(name, parameters, where its body starts) of each function `scripts` define (the forms of `_FUNC_DEF`,
    parameterless ones included; at most MAX_FUNCTIONS × 4): `function_body` cuts a body out when it is wanted."""
    for n, match in enumerate(_FUNC_DEF.finditer(scripts)):
        if n >= MAX_FUNCTIONS * 4:
            return
        name = match.group(1) or match.group(3) or match.group(5)
        raw = match.group(2) if match.group(1) else match.group(4) if match.group(3) else match.group(6)
        yield name, [p.split("=")[0].strip() for p in raw.split(",") if p.strip()], match.end()


def function_body(scripts: str, start: int) -> str:
    """The body of a function whose definition ends at `start` (just after its `{`), at most MAX_BODY_CHARS."""
    return _body(scripts, start)


def unencoded(scripts: str) -> str:
    """`scripts` with each argument a body only encodes read as the parameter itself (`_ENCODED`)."""
    if "encodeURI" in scripts or "escape" in scripts:
        return _ENCODED.sub(r"\1", scripts)
    return scripts


def literal_calls(value: str) -> list[tuple[str, list[str]]]:
    """(function name, literal arguments) of each call in an onclick/`javascript:` value whose arguments are all
    literals: `setUnit('001')` → ("setUnit", ["001"]). A call with no argument is not one (`_CALL`)."""
    return [(match.group(1), [next(g for g in arg.groups() if g is not None) for arg in _ARG.finditer(match.group(2))])
            for match in _CALL.finditer(value)]


def url_builders(scripts: str, target: re.Pattern = NAVIGATION) -> dict[str, Template]:
    """Name → template of each function in `scripts` whose body navigates (with target=DATA_GET: GETs its data)
    to a concatenation of literals, its parameters and page-level constants (discovery/script_text.py; at most
    MAX_FUNCTIONS). As written: no argument read through an encoding call (`read_functions` reads those)."""
    if "function" not in scripts and "=>" not in scripts:
        return {}
    return _builders(scripts, (target,))[0]


def _builders(scripts: str, targets: tuple[re.Pattern, ...]) -> list[dict[str, Template]]:
    """For each of `targets` (NAVIGATION, DATA_GET), name → template of the functions whose body holds it: each
    definition's body is cut out once for all of them, and only when one of them occurs within reach of it (a
    search of the whole text, done again only once the scan has passed its last hit: most functions of a large
    script navigate nowhere, and cutting out a body is a character-by-character scan)."""
    constants = script_constants(scripts)   # page-level constants a body may concatenate: `var base = "/x/";`
    found: list[dict[str, Template]] = [{} for _ in targets]
    next_hit = [-1] * len(targets)   # where each target next occurs in `scripts` (len(scripts): nowhere)
    for match in _FUNC_DEF.finditer(scripts):
        name = match.group(1) or match.group(3) or match.group(5)
        raw = match.group(2) if match.group(1) else match.group(4) if match.group(3) else match.group(6)
        params = [p.split("=")[0].strip() for p in raw.split(",") if p.strip()]
        if not params:
            continue
        start, body = match.end(), None
        for i, target in enumerate(targets):
            builders = found[i]
            if name in builders or len(builders) >= MAX_FUNCTIONS:
                continue
            if next_hit[i] < start:
                hit = target.search(scripts, start)
                next_hit[i] = hit.start() if hit else len(scripts)
            if next_hit[i] >= start + MAX_BODY_CHARS:
                continue   # the body (at most MAX_BODY_CHARS) cannot hold it
            if body is None:
                body = _body(scripts, start)
            nav = target.search(body)   # the navigation, or with target=DATA_GET the data request
            if not nav:
                continue
            template = _template(body[nav.end():], params, constants, data_object=target is DATA_GET)
            if template:
                builders[name] = template
        if all(len(builders) >= MAX_FUNCTIONS for builders in found):
            break
    return found


def call_target(value: str, builders: dict[str, Template]) -> str | None:
    """The URL a call in an onclick/`javascript:` value builds: `showDetail('123')` → `Detail.aspx?id=123&title=`
    when `showDetail` is one of `builders` and every argument it uses is a literal."""
    if not builders or "(" not in value:
        return None
    for name, args in literal_calls(value):
        template = builders.get(name)
        if template is None:
            continue
        if any(isinstance(p, int) and p >= len(args) for p in template):
            continue
        return "".join(args[p] if isinstance(p, int) else p for p in template).strip() or None
    return None
