"""Years nobody links: a listing that keeps one address per year (a folder `2023n/`, `/2022/index.html`, `nd2021/`)
but links only the recent ones (tabs for the three newest years), or a year picker whose script builds the address
from the year chosen (`'/zwgk/nb/' + value + 'n/index.html'` in a laydate `done` callback, an onchange handler).

Each such address shape is a template; the earlier years down to FIRST_REPORT_YEAR (and the gaps between the years
linked) are its walk down, newest first; the years after the newest linked, up to the latest year the page names
(a list not yet given its newest tab), its walk up. The spider asks for them one after the other and stops a walk after
MAX_MISSES answers in a row that are errors (crawler/spiders/year_walks.py). Years held in query values
(`?year=2021`, `nbYear=`) are enumerated by selectors.year_requests; this module is for years in the path and for
addresses only a script builds. Pure page analysis."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers.selectors import FIRST_REPORT_YEAR, latest_year

MAX_MISSES = 3             # a walk stops after this many error answers in a row
_YEAR_SEGMENT = re.compile(r"^(?:nd|y)?((?:19|20)\d{2})(?:n|nd|nian|year)?$")
_INDEX_FILE = re.compile(r"^(?:index|list|default)\.s?html?$|^(?:index|list|default)\.(?:jsp|php|aspx?)$")
# a script's string concatenation around one variable: '<prefix>' + value + '<suffix>'
_CONCAT = re.compile(r"""(['"])([^'"\s<>]{1,200})\1\s*\+\s*([A-Za-z_$][\w$.]{0,40})\s*\+\s*(['"])([^'"\s<>]{0,80})\4""")
_YEAR_WORD = re.compile(r"year|nian|\bnd\b", re.I)
_PICKER_BOUND = re.compile(r"""\b(min|max)\s*:\s*['"]?((?:19|20)\d{2})""")
UP = "#up"                  # the key of a template's upward walk
_PLACEHOLDER = "1999"      # a year no report has: the template's slot when a script builds the address


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; a site's navigation links repeat on every page
def _template(url: str) -> tuple[str, int] | None:
    """(the URL with its year replaced by `{}`, the year) when the URL is a per-year listing's address: a path
    segment that is a year (with a `n`/`nd`/`nian` mark) followed by nothing or an index file. An article
    (`/2022/0315/abc.html`) is no such address."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    for i in range(len(segments) - 1, 0, -1):
        match = _YEAR_SEGMENT.match(segments[i])
        if match:
            tail = segments[i + 1:]
            if tail and (len(tail) > 1 or (tail[0] and not _INDEX_FILE.match(tail[0]))):
                return None
            year = match.group(1)
            segment = segments[i].replace(year, "{}", 1)
            path = "/".join([*segments[:i], segment, *tail])
            return urlunsplit(parts._replace(path=path, fragment="")).replace("%7B%7D", "{}"), int(year)
        if i < len(segments) - 1:
            break   # only the last folder (or the file's folder) may be the year
    return None


def _script_templates(page: HtmlPage) -> dict[str, set[int]]:
    """Addresses a year picker's script builds: '<prefix>' + variable + '<suffix>' in a page whose scripts speak
    of years, the built address a per-year listing's (checked by building it for a placeholder year)."""
    scripts = page.scripts
    if not scripts or not _YEAR_WORD.search(scripts):
        return {}
    out: dict[str, set[int]] = {}
    for match in _CONCAT.finditer(scripts):
        built = page.absolute(match.group(2) + _PLACEHOLDER + match.group(5))
        found = _template(built) if built else None
        if found and found[1] == int(_PLACEHOLDER):
            out.setdefault(found[0], set())
    return out


def year_walks(page: HtmlPage) -> list[tuple[str, list[str]]]:
    """(walk key, the addresses of the unlinked years in walking order) for each per-year address shape the page
    links (two years or more) or builds in a script: down (key: the template) newest first, up (template + UP)."""
    linked: dict[str, set[int]] = {}
    for url in [page.url, *(link.url for link in page.links)]:
        found = _template(url)
        if found and FIRST_REPORT_YEAR <= found[1] <= 2100:
            linked.setdefault(found[0], set()).add(found[1])
    templates = {t: years for t, years in linked.items() if len(years) >= 2}
    scripted = _script_templates(page)
    bounds = dict(_PICKER_BOUND.findall(page.scripts)) if scripted else {}
    for template in scripted:
        templates.setdefault(template, linked.get(template, set()))
    out: list[tuple[str, list[str]]] = []
    newest = latest_year(page) if templates else 0
    for template, years in list(templates.items())[:limits.MAX_YEAR_PATH_TEMPLATES]:
        top = max(years, default=0)
        if template in scripted:
            top = max(top, int(bounds.get("max", 0)) or newest)
        low = max(FIRST_REPORT_YEAR, int(bounds.get("min", 0))) if template in scripted else FIRST_REPORT_YEAR
        down = [template.replace("{}", str(y), 1) for y in range(top, low - 1, -1) if y not in years]
        if down:
            out.append((template, down))
        # a listing not yet updated: the years after the newest it links, up to the newest the page names
        up = [template.replace("{}", str(y), 1) for y in range(top + 1, newest + 1)]
        if up:
            out.append((template + UP, up))
    return out
