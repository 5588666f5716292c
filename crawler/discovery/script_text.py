"""Reading small pieces of a page's inline scripts without running them, for the readers of URLs that scripts
build (discovery/script_functions.py: functions that open a detail page; pagers/fragments.py: 加载更多 URLs).

Hand-written: no Python library reads this small subset of JavaScript without running it (a JS engine would
execute untrusted page code). What is not understood is left unread: the callers then build no URL rather than a
wrong one."""

from __future__ import annotations

import re

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


def expression_end(text: str, start: int, limit: int, stops: str = "") -> int:
    """Where the script text from `start` ends: at the first closing bracket that closes nothing opened since
    `start`, or at one of `stops` outside brackets; strings (with their escapes) are skipped whole. At most
    `limit` characters are read: a longer span ends there (the callers' bound on untrusted text)."""
    end = min(len(text), start + limit)
    depth, quote, i = 0, "", start
    while i < end:
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in _QUOTES:
            quote = ch
        elif ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and ch in stops:
            return i
        i += 1
    return end
