"""Reading small pieces of a page's inline scripts without running them, for the readers of URLs that scripts
build (discovery/script_functions.py: functions that open a detail page; pagers/fragments.py: 加载更多 URLs).

Hand-written: no Python library reads this small subset of JavaScript without running it (a JS engine would
execute untrusted page code). What is not understood is left unread: the callers then build no URL rather than a
wrong one."""

from __future__ import annotations

import re
from functools import lru_cache

IDENT = r"[A-Za-z_$][\w$]*"
# A page-level constant: a name declared with a string literal (no escapes: read as written) or a whole number,
# `var base = "/pages/xxgk/";`, `let colid = 1735,`, `const site = 'nb'` at a line's end.
_CONSTANT = re.compile(rf"""\b(?:var|let|const)\s+({IDENT})\s*=\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|(\d+))\s*[;,\n]""")


def script_constants(scripts: str) -> dict[str, str]:
    """Name → value (as text) of each constant `scripts` declare; a name declared twice keeps its first value."""
    out: dict[str, str] = {}
    for match in _CONSTANT.finditer(scripts):
        name, single, double, number = match.groups()
        out.setdefault(name, single if single is not None else double if double is not None else number)
    return out


_OPENERS, _CLOSERS, _QUOTES = "([{", ")]}", "'\"`"
# The characters the scan acts on: outside a string (with the caller's stops), and inside each kind of string.
# The scan jumps from one to the next (a regex search runs in C; a loop over every character of a long body
# was most of the cost of reading a large script's functions).
_STRING_END = {quote: re.compile(rf"[\\{quote}]") for quote in _QUOTES}


@lru_cache(maxsize=16)
def _significant(stops: str) -> re.Pattern:
    return re.compile("[" + re.escape(_OPENERS + _CLOSERS + _QUOTES + stops) + "]")


def expression_end(text: str, start: int, limit: int, stops: str = "") -> int:
    """Where the script text from `start` ends: at the first closing bracket that closes nothing opened since
    `start`, or at one of `stops` outside brackets; strings (with their escapes) are skipped whole. At most
    `limit` characters are read: a longer span ends there (the callers' bound on untrusted text)."""
    end = min(len(text), start + limit)
    significant = _significant(stops)
    depth, i = 0, start
    while True:
        found = significant.search(text, i, end)
        if found is None:
            return end
        i, ch = found.start(), found.group()
        if ch in _QUOTES:
            string_end = _STRING_END[ch]
            i += 1
            while True:
                closing = string_end.search(text, i, end)
                if closing is None:
                    return end
                if closing.group() == ch:
                    break
                i = closing.start() + 2   # an escape: the next character is taken as written
            i = closing.start() + 1
        elif ch in _OPENERS:
            depth += 1
            i += 1
        elif ch in _CLOSERS:
            if depth == 0:
                return i
            depth -= 1
            i += 1
        else:   # one of the stops, outside brackets only
            if depth == 0:
                return i
            i += 1
