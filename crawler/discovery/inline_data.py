"""Links in a page's inline data: the JSON or JavaScript object literals of its `<script>` blocks.

Newer CMSs ship a list's every entry in the page as data (`var nbData = {"items": {...}};`, a `json_encode`d
array, `window.__INITIAL_STATE__ = …`) and draw only one tab or page of it; the rest appears on a click. The
entries are there to read: each string value that is a document's address (a page or file name) is a link, and
the object it sits in usually names it (`title`, `name`, …). JSON escapes its strings: PHP's `json_encode` writes
every `/` as `\\/` and non-ASCII as `\\uXXXX` (http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/ style 专题 pages),
so values are unescaped as JSON strings before they are read.

Hand-written rather than a JavaScript parser: pages' scripts are rarely valid JSON as a whole (assignments,
functions around the literal), and only string values with their neighbouring title are needed."""

from __future__ import annotations

import json
import re

from nianbao.crawler.discovery.page import HtmlPage, Link, clean_text

MAX_INLINE_LINKS = 2000          # links read from one page's inline data
MAX_SCRIPT_CHARS = 2_000_000     # inline script text scanned per page
_OBJECT_WINDOW = 600             # characters around a value searched for its object's title
# A quoted string that is a value in an object or array literal (after `:`, `[` or `,`), JSON escapes allowed.
_VALUE = re.compile(r"""[:\[,]\s*(?:"((?:[^"\\\n]|\\.){2,2000})"|'((?:[^'\\\n]|\\.){2,2000})')""")
# A document: an absolute or root/dot-relative path, or a file name, ending in a page or file extension (an
# API's `/api/list` or a route `/home` is not a document to fetch).
_DOCUMENT = re.compile(r"""^(?:https?://[^\s<>"']+|/[^\s<>"']*|\.\.?/[^\s<>"']*|[\w.\-/]+)"""
                       r"""\.(?:s?html?|jsp|aspx?|php|pdf|docx?|xlsx?|wps|et|ofd|rtf)(?:[?#][^\s<>"']*)?$""", re.I)
_TITLE = re.compile(r"""["']?(?:title|name|text|label|bt|biaoti|wzbt|subject)["']?\s*:\s*"""
                    r"""(?:"((?:[^"\\\n]|\\.){1,400})"|'((?:[^'\\\n]|\\.){1,400})')""", re.I)


def inline_links(page: HtmlPage) -> list[Link]:
    """The documents named as string values in `page`'s inline scripts, as links of tag `inline` labelled with
    their object's title, in order (duplicates removed)."""
    scripts = page.scripts[:MAX_SCRIPT_CHARS]
    if not scripts or ("\\/" not in scripts and "\\u002" not in scripts.lower() and ".htm" not in scripts
                       and ".pdf" not in scripts):
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for match in _VALUE.finditer(scripts):
        value = unescape(match.group(1), match.group(2))
        if value is None or not _DOCUMENT.match(value):
            continue
        url = page.absolute(value)
        if url is None or url in seen:
            continue
        seen.add(url)
        out.append(Link(url, _object_title(scripts, match.start(), match.end()), "", "inline"))
        if len(out) >= MAX_INLINE_LINKS:
            break
    return out


def unescape(double: str | None, single: str | None) -> str | None:
    """A string literal's value: JSON's escapes (`\\/`, `\\u002F`, `\\"`) decoded; None when they do not
    decode (a regular expression's backslashes, say)."""
    raw = double if double is not None else (single or "").replace('"', '\\"').replace("\\'", "'")
    if "\\" not in raw:
        return raw
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return None


def _object_title(scripts: str, start: int, end: int) -> str:
    """The title of the object literal around a value: the nearest `title`/`name`/… key inside the same
    braces (searched a bounded window either side)."""
    lo = scripts.rfind("{", max(0, start - _OBJECT_WINDOW), start)
    hi = scripts.find("}", end, end + _OBJECT_WINDOW)
    if lo < 0 or hi < 0:
        return ""
    body = scripts[lo:hi]
    if "{" in body[1:]:   # a nested object in between: not this value's own
        return ""
    found = _TITLE.search(body)
    if not found:
        return ""
    return clean_text(unescape(found.group(1), found.group(2)) or "")
