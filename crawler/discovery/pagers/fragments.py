"""Lists that grow by 加载更多 without a browser: the page shows its first entries, and a control's script GETs the
next page as an HTML fragment of the same site, its URL built by concatenation:

    xhr.open("GET", "/system/resource/loadmore.jsp?colid=" + button.getAttribute("data-colid") + "&page=" + (page + 1));
    $.get("/more.jsp?colid=" + $("#more").data("colid") + "&pageNo=" + n, function (html) { … });

Read here from the inline scripts: a string literal that starts a same-site URL, joined by `+` to more literals
and expressions, with a page parameter (`page=`, `pageNo=`, … as query.PAGE_PARAMS) set by an expression. The
other expressions are resolved from the page — `getAttribute("data-K")`, `.attr("data-K")`, `.data("K")`,
`.dataset.K` from the first element carrying `data-K`, a constant from its `var X = "…"` or `= 12`
(discovery/script_text.py) — or the URL is not read (the browser clicks the control instead:
crawler/browser.click_load_more). Page 2 is asked for first; the spider asks for each next page while the answer
still holds links, bounded by the column's list-page limit (meta `nianbao_fragment`: the page parameter).

Pure: the parsed page only. Hand-written (no JS parser among our dependencies): a concatenation is a short,
regular piece of text, and anything this scanner does not understand leaves the URL unread, not wrong."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import PageRequest
from nianbao.crawler.discovery.pagers.query import PAGE_PARAMS, _with_param
from nianbao.crawler.discovery.render_evidence import load_more_control
from nianbao.crawler.discovery.script_text import IDENT, expression_end, script_constants

_STRING = re.compile(r"""'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)\"""")
# a literal that starts a URL with a query (absolute, root- or dot-relative, or a file name with a page extension)
_URL_START = re.compile(r"^(?:https?://|/|\.\.?/|[\w.-]+\.(?:jsp|aspx?|php|do|action|s?html?)\?)[^\s<>]*\?", re.I)
_DATA_ATTR = re.compile(r"""getAttribute\(\s*['"]data-([\w-]+)['"]\s*\)|\.attr\(\s*['"]data-([\w-]+)['"]\s*\)|"""
                        r"""\.data\(\s*['"]([\w-]+)['"]\s*\)|\.dataset\.(\w+)""")
_IDENTIFIER = re.compile(rf"^{IDENT}$")
_PREFIX_VARIABLE = re.compile(rf"({IDENT})\s*\+\s*$")


def _operand(text: str, start: int) -> tuple[str, int]:
    """The expression from `start` up to the next `+`, `,`, `;` or closing bracket outside brackets and quotes."""
    end = expression_end(text, start, limits.MAX_FRAGMENT_OPERAND_CHARS, stops="+,;\n")
    return text[start:end].strip(), end


def _concatenation(text: str, start: int) -> list[tuple[bool, str]]:
    """The operands joined by `+` from the literal at `start`: (is a literal, its text or the expression)."""
    parts: list[tuple[bool, str]] = []
    i = start
    while True:
        match = _STRING.match(text, i)
        if match:
            parts.append((True, match.group(1) if match.group(1) is not None else match.group(2)))
            i = match.end()
        else:
            expression, i = _operand(text, i)
            if not expression:
                break
            parts.append((False, expression))
        j = i
        while j < len(text) and text[j] in " \t\r":
            j += 1
        if j >= len(text) or text[j] != "+":
            break
        i = j + 1
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
    return parts


def _resolve(expression: str, page: HtmlPage, variables: dict[str, str]) -> str | None:
    """A non-page operand's value from the page: a data attribute an element carries, or a literal variable."""
    match = _DATA_ATTR.search(expression)
    if match:
        name = "data-" + next(g for g in match.groups() if g)
        element = page.tree.find(f".//*[@{name}]") if re.fullmatch(r"data-[\w-]+", name) else None
        return element.get(name) if element is not None else None
    expression = expression.strip("() ")
    if _IDENTIFIER.match(expression):
        return variables.get(expression)
    return None


def fragment_pages(page: HtmlPage) -> list[PageRequest]:
    """Page 2 of each list the page's 加载更多 script fetches as fragments (see the module's docstring)."""
    scripts = page.scripts
    if "+" not in scripts or not load_more_control(page):
        return []
    variables: dict[str, str] | None = None
    origin = urlsplit(page.url).hostname
    out: list[PageRequest] = []
    for match in _STRING.finditer(scripts):
        literal = match.group(1) if match.group(1) is not None else match.group(2)
        prefix = _PREFIX_VARIABLE.search(scripts[max(0, match.start() - 80):match.start()]) \
            if literal.startswith("?") else None
        if not (_URL_START.match(literal) or prefix):
            continue
        if variables is None:
            variables = script_constants(scripts)
        parts = _concatenation(scripts, match.start())
        if prefix:   # base + "?colid=" + …: the address kept in a variable
            parts.insert(0, (False, prefix.group(1)))
        url, page_param = "", None
        for is_literal, text in parts:
            if is_literal:
                url += text
                continue
            before = re.search(r"[?&]([\w.-]+)=$", url)
            if before and before.group(1).lower() in PAGE_PARAMS and page_param is None:
                page_param = before.group(1)
                url += "2"
                continue
            value = _resolve(text, page, variables)
            if value is None:
                break
            url += value
        else:
            if page_param is None:
                continue
            target = urljoin(page.base_url, url)
            if urlsplit(target).hostname != origin or any(r.url == target for r in out):
                continue
            out.append(PageRequest(target, pager="fragment"))
            if len(out) >= limits.MAX_FRAGMENT_URLS:
                break
    return out


def next_fragment(url: str, param: str) -> str | None:
    """The fragment page after `url` (its `param` plus one)."""
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key == param and value.isdigit():
            return _with_param(url, key, int(value) + 1)
    return None
