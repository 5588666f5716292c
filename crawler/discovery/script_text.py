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
