"""Values one page leaves in the browser's storage for another: `sessionStorage.setItem("nbChannel", "bm")` in an
entrance link's onclick, `sessionStorage.getItem("nbChannel") || "bj"` in the list page's script that builds
`/xxgk/nb/data/" + channel + ".json"`.

Front ends built on a platform's shared interfaces pass a list's parameter (a channel, a unit, a year) from page to
page in the tab's sessionStorage (or localStorage) instead of the URL: every entrance links the same list page, and
the value never travels in any request. As cookie choices carry a cookie with the request (cookie_choices.py), the
values written are carried to the pages that read them: the spider keeps a portal's written key/values (its
"storage", bounded) and gives them to every later page's analysis, which evaluates the page's navigations and data
GETs built from a storage read once per value written for its key (and once with the read's `|| "default"`).

Writes read: `(session|local)Storage.setItem("k", "v")`, `.k = "v"`, `["k"] = "v"` with literal values, in onclick /
`javascript:` values and inline scripts. Reads: `getItem("k")`, `.k`, `["k"]`, bare or bound to a variable
(`var channel = sessionStorage.getItem("k") || "bj";`). A message posted to a frame is the same hand-over between
documents (a hidden proxy frame on a platform's host answers a portal page's `postMessage({api: "nbList", channel:
"nb"}, origin)` with its own interface's rows): its literal fields are kept as `message.<field>` and read where a
page listening for messages reads `e.data.<field>` (or a variable bound to `e.data`). Values are used as written
(plain codes; an `encodeURIComponent` around a read is dropped). Hand-written for the reason script_functions.py gives;
pure; at most MAX_TARGETS_PER_PAGE addresses a page (stats discovery/storage_links)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag

from lxml import etree
from nianbao.crawler.discovery.location_links import slot_targets
from nianbao.crawler.discovery.script_functions import unencoded

MAX_TARGETS_PER_PAGE = 32
MAX_KEYS = 16                  # storage keys a portal keeps
MAX_VALUES = 24                # values kept per key
MAX_HANDLERS = 128             # onclick / javascript: values read per page
_SLOT = "__nbstore"
_STORE = r"""(?<![\w$.])(?:window\s*\.\s*)?(?:sessionStorage|localStorage)\s*"""
_WRITE = re.compile(_STORE + r"""(?:\.setItem\s*\(\s*(['"])([\w.:-]{1,60})\1\s*,\s*(['"])([^'"\\\n]{0,200})\3\s*\)"""
                    r"""|\.([A-Za-z_$][\w$]{0,60})\s*=(?!=)\s*(['"])([^'"\\\n]{0,200})\6"""
                    r"""|\[\s*(['"])([\w.:-]{1,60})\8\s*\]\s*=(?!=)\s*(['"])([^'"\\\n]{0,200})\10)""")
_READ = re.compile(_STORE + r"""(?:\.getItem\s*\(\s*(['"])([\w.:-]{1,60})\1\s*\)|\.(?!setItem|getItem|removeItem|clear)"""
                   r"""([A-Za-z_$][\w$]{0,60})\b(?!\s*(?:=(?!=)|\())|\[\s*(['"])([\w.:-]{1,60})\4\s*\](?!\s*=(?!=)))"""
                   r"""(?:\s*\|\|\s*(['"])([^'"\\\n]{0,200})\6)?""")
# a message posted to a frame or window: `frame.contentWindow.postMessage({api: "nbList", channel: "nb"}, origin)`
_POST = re.compile(r"""\.postMessage\s*\(\s*\{([^{}]{0,400})\}""")
_POST_PAIR = re.compile(r"""(?:([A-Za-z_$][\w$]*)|(['"])([\w.-]{1,60})\2)\s*:\s*(?:(['"])([^'"\\\n]{0,200})\4|(-?\d+))""")
_LISTENS = re.compile(r"""addEventListener\s*\(\s*['"]message['"]|\bonmessage\s*=""")
# the received message's data, bound to a variable (`var q = e.data || {};`) or read in place (`e.data.api`)
_DATA_BOUND = re.compile(r"""\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*[A-Za-z_$][\w$]*\.data\b(?!\s*\.)""")
_MESSAGE_PREFIX = "message."   # the key a message field is kept under, apart from storage keys
_BOUND = re.compile(r"""(?:\b(?:var|let|const)\s+)?([A-Za-z_$][\w$]*)\s*=\s*$""")
_HANDLERS = etree.XPath("//*[contains(@onclick, 'Storage') or (starts-with(normalize-space(@href), 'javascript:')"
                        " and contains(@href, 'Storage'))]")


@dataclass(frozen=True)
class StorageTarget:
    url: str          # absolute
    data_get: bool    # fetched by the script, not navigated to
    key: str          # the storage key whose value built it
    value: str


def storage_writes(tree, scripts: str) -> list[tuple[str, str]]:
    """(key, value) of each literal storage write of the page's handlers and inline scripts, in order, once each."""
    texts = [el.get("onclick") or el.get("href") or "" for el in _HANDLERS(tree)[:MAX_HANDLERS]]
    if "Storage" in scripts:
        texts.append(scripts)
    out: dict[tuple[str, str], None] = {}
    for text in texts:
        for match in _WRITE.finditer(text):
            key = match.group(2) or match.group(5) or match.group(9)
            value = next(v for v in (match.group(4), match.group(7), match.group(11)) if v is not None)
            out[(key, value)] = None
    for posted in _POST.finditer(scripts) if "postMessage" in scripts else ():   # a message's literal fields
        for pair in _POST_PAIR.finditer(posted.group(1)):
            value = pair.group(5) if pair.group(5) is not None else pair.group(6)
            out[(_MESSAGE_PREFIX + (pair.group(1) or pair.group(3)), value)] = None
    return list(out)


def merge(storage: dict[str, list[str]], writes: list[tuple[str, str]]) -> bool:
    """Add `writes` to a portal's `storage` (bounded: MAX_KEYS keys, MAX_VALUES values a key); whether it grew."""
    grew = False
    for key, value in writes:
        if key not in storage and len(storage) >= MAX_KEYS:
            continue
        values = storage.setdefault(key, [])
        if value not in values and len(values) < MAX_VALUES:
            values.append(value)
            grew = True
    return grew


def _reads(scripts: str) -> list[tuple[int, int, str, str | None, str | None]]:
    """Each storage read of `scripts` (and each field read of a received message, when the page listens for one):
    (start, end, key, its `|| default`, the variable it is assigned to), in order."""
    out = []
    for match in _READ.finditer(scripts):
        key = match.group(2) or match.group(3) or match.group(5)
        bound = _BOUND.search(scripts, max(0, match.start() - 80), match.start())
        out.append((match.start(), match.end(), key, match.group(7), bound.group(1) if bound else None))
    if _LISTENS.search(scripts):
        names = [re.escape(m.group(1)) for m in _DATA_BOUND.finditer(scripts)]
        holder = r"[A-Za-z_$][\w$]*\.data" + (f"|{'|'.join(names)}" if names else "")
        field = re.compile(rf"(?<![\w$.])(?:{holder})\.([A-Za-z_$][\w$]*)\b(?!\s*(?:=(?!=)|\(|\.))")
        for match in field.finditer(scripts):
            out.append((match.start(), match.end(), _MESSAGE_PREFIX + match.group(1), None, None))
    out.sort()
    return [read for n, read in enumerate(out) if n == 0 or read[0] >= out[n - 1][1]]   # overlaps: the first


def storage_targets(page_url: str, scripts: str, storage: dict[str, list[str]]) -> list[StorageTarget]:
    """The addresses the navigations and data GETs of `scripts` build from a storage read, once per value `storage`
    holds for the read's key and once with its default, in order, the page itself left out."""
    if "Storage" not in scripts and "message" not in scripts:
        return []
    reads = _reads(scripts)
    if not reads:
        return []
    own = urldefrag(page_url)[0]
    # the text with each read replaced by a slot name (a bound variable then names the same value)
    pieces, last, names = [], 0, []
    for n, (start, end, key, default, bound) in enumerate(reads):
        pieces += [scripts[last:start], f"{_SLOT}{n}"]
        last = end
        names.append((key, default, {f"{_SLOT}{n}"} | ({bound} if bound else set())))
    text = unencoded("".join(pieces) + scripts[last:])   # values kept as written (no encoding of plain codes)
    out: list[StorageTarget] = []
    seen: set[str] = set()
    for key, default, slots in names:
        values = [*storage.get(key, ()), *([default] if default is not None else [])]
        others = {}
        for other_key, other_default, other_slots in names:   # other reads at their first value
            first = (storage.get(other_key) or [other_default])[0]
            if first is not None and other_slots is not slots:
                others.update(dict.fromkeys(other_slots, first))
        uses_slot = re.compile("|".join(rf"(?<![\w$]){re.escape(s)}(?![\w$])" for s in slots)).search
        for value in dict.fromkeys(values):
            constants = {**others, **dict.fromkeys(slots, value)}
            for url, data_get in slot_targets(text, own, constants, uses_slot):
                if url in seen:
                    continue
                seen.add(url)
                out.append(StorageTarget(url, data_get, key, value))
                if len(out) >= MAX_TARGETS_PER_PAGE:
                    return out
    return out
