"""A script's two data requests in a chain: the first answer's values fill the second request's address. A
信息公开日历 asks `days.json?year=Y` for the days that have entries (`{"days": {"2023-03-20": 2, …}}`), and a click on a
marked day asks `list.do?day=` + that day; an id list's answer names the ids a detail interface is asked with.

No page names the second addresses; the script's functions do, with a slot (script_functions.py: a one-parameter
function that GETs or opens a concatenation), and the first answer holds what goes in it. The spider asks a
script's data request with the page's other one-slot templates (`fill_templates`, meta `nianbao_fills`), and fills
them with the answer's values (`filled_urls`): its scalar strings and whole numbers, and its object keys that hold
a digit (a date, an id; a key of letters only is a field's name), each shaped like an id (no spaces, at most 64
characters). A value that fits no template costs one request answered "nothing on that day"; the chain stops
there (a filled request carries no templates). Pure; bounded by MAX_TEMPLATES and MAX_VALUES."""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urljoin

from nianbao.crawler import limits
from nianbao.crawler.discovery.script_functions import ScriptFunctions

MAX_TEMPLATES = 4     # one-slot templates a request carries
MAX_VALUES = 120      # values of one answer put in them
_VALUE = re.compile(r"[\w.:-]{1,64}")   # an id, a date, a code: nothing to escape but what quote() does
Fill = tuple[str, str]   # (the absolute address before the value, the text after it)


def fill_templates(page_url: str, functions: ScriptFunctions, built: list[str] = ()) -> tuple[Fill, ...]:
    """The page's functions' one-slot data GET and navigation templates (the slot used once, some address before
    it), resolved against the page; the ones whose fixed part starts one of the `built` addresses left out (the
    request that would carry them is one of theirs)."""
    out: list[Fill] = []
    for by_name in (functions.data_gets, functions.navigations):
        for template in by_name.values():
            slots = [i for i, p in enumerate(template) if isinstance(p, int)]
            if len(slots) != 1 or template[slots[0]] != 0:
                continue
            before = "".join(template[:slots[0]])
            after = "".join(template[slots[0] + 1:])
            if not before.strip():
                continue
            fill = (urljoin(page_url, before.strip()), after)
            if fill not in out and not any(url.startswith(fill[0]) for url in built):
                out.append(fill)
            if len(out) >= MAX_TEMPLATES:
                return tuple(out)
    return tuple(out)


def answer_values(data) -> list[str]:
    """The values of a parsed JSON answer that may fill a slot, in document order (see the module docstring)."""
    out: list[str] = []
    seen: set[str] = set()

    def add(value: str) -> None:
        if value not in seen and _VALUE.fullmatch(value):
            seen.add(value)
            out.append(value)

    budget = limits.MAX_JSON_NODES
    stack = [data]
    while stack and budget > 0 and len(out) < MAX_VALUES:
        node = stack.pop()
        budget -= 1
        if isinstance(node, dict):
            for key in node:
                if any(c.isdigit() for c in str(key)):
                    add(str(key))
            children = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            if isinstance(node, str) or (isinstance(node, int) and not isinstance(node, bool)):
                add(str(node).strip())
            continue
        stack.extend(reversed(children))
    return out[:MAX_VALUES]


def filled_urls(body: bytes | str, fills: tuple[Fill, ...]) -> list[str]:
    """The addresses `fills` give with the values of the JSON answer `body` ([] when it is not JSON)."""
    if not fills:
        return []
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return []
    values = answer_values(data)
    return [f"{before}{quote(value, safe='-_.:')}{after}" for before, after in fills[:MAX_TEMPLATES] for value in values]
