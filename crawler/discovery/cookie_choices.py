"""Choices a page keeps in a cookie: a handler that writes document.cookie and reloads (or navigates).

Older ASP.NET and JSP 信息公开 systems keep the chosen unit, year or column as session state in a cookie: the unit
menu runs `setUnit('001')`, a page function `function setUnit(c) { document.cookie = "xxgk_unit=" + c + "; path=/";
location.reload(); }`, and the server answers the same address with that unit's list. Such a list has no address
of its own: only a request that carries the cookie gets it. This module reads, without running anything, the
handlers of a page (script_handlers.handler_calls: onclick, `javascript:` hrefs, a select's onchange per option)
whose own text or a called same-page function (script_functions.definitions) writes cookies and then reloads or
navigates; each distinct handler is a request for the page (or the navigation's target) with those cookies,
labelled by the handler's text. A cookie written from a value not read (a computed expression, an unknown
variable) makes the handler unread: counted, never guessed. Cookie writes read: `document.cookie = <concatenation>`,
and the usual helpers `$.cookie(name, value)`, `Cookies.set(name, value)`, `setCookie(name, value, …)`. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from urllib.parse import urljoin

from nianbao.crawler.discovery.script_functions import (
    MAX_BODY_CHARS,
    NAVIGATION,
    Template,
    definitions,
    function_body,
    literal_calls,
    read_template,
    unencoded,
)
from nianbao.crawler.discovery.script_text import expression_end, script_constants

MAX_COOKIES_PER_CHOICE = 4      # cookies one handler writes (a unit and a year; more is no menu choice)
MAX_COOKIE_CHARS = 256          # of one name=value pair (a code, a year, a column id: short)
MAX_SETTERS = 32                # cookie-writing functions read per page

# `document.cookie = …` (not `==`), `$.cookie(`, `jQuery.cookie(`, `Cookies.set(`, `setCookie(` / `SetCookie(` /
# `addCookie(` / `writeCookie(` (a helper whose first two arguments are the name and the value)
_WRITE = re.compile(r"""\bdocument\.cookie\s*=(?!=)\s*"""
                    r"""|(?:\$|\bjQuery)\.cookie\s*\(\s*|\bCookies\.set\s*\(\s*|\b(?:set|add|write)_?Cookie\s*\(\s*""",
                    re.I)
# A reload of the page itself: location.reload(), history.go(0), location.href = location.href
_RELOAD = re.compile(r"""\blocation\.reload\s*\(|\bhistory\.go\s*\(\s*0?\s*\)"""
                     r"""|\blocation(?:\.href)?\s*=\s*(?:window\.|document\.)?location(?:\.href)?\s*[;\n}]""")
_PAIR = re.compile(r"""\s*([\w.$-]{1,64})\s*=\s*([^;,\s]*)""")


@dataclass(frozen=True)
class Setter:
    """What a cookie-writing function does: the cookies it writes (name=value text as parts, see Template),
    and where it goes next (None: the page reloads; a Template: a navigation's target)."""
    cookies: tuple[Template, ...]
    target: Template | None


@dataclass(frozen=True)
class CookieChoice:
    url: str
    cookie: str    # the Cookie header: `name=value; name2=value2`
    label: str


@dataclass
class CookieReading:
    choices: list[CookieChoice] = field(default_factory=list)
    unread: int = 0    # handlers (or functions) writing a cookie from a value not read: skipped


_READ = ()   # a helper call with one argument reads a cookie (`$.cookie('unit')`): no write


def _cookie_write(text: str, pos: int, params: list[str], constants: dict[str, str]) -> Template | None:
    """The cookie text a write at `pos` (the end of `_WRITE`'s match) produces; None when not read, `_READ`
    when the helper call only reads one."""
    if text[pos - 1] != "(":   # document.cookie = <concatenation>
        return read_template(text[pos:], params, constants, any_text=True)
    end = expression_end(text, pos, MAX_COOKIE_CHARS * 2, stops=",")
    if end >= len(text) or text[end] != ",":
        return _READ if end < len(text) and text[end] == ")" else None
    name = read_template(text[pos:end], params, constants, any_text=True)
    value = read_template(text[end + 1:], params, constants, any_text=True)
    if name is None or value is None:
        return None
    return (*name, "=", *value)


def _writes(text: str, params: list[str], constants: dict[str, str]) -> tuple[list[Template], bool]:
    """The cookie writes of a body (or a handler's own text), and whether one of them was not read."""
    out: list[Template] = []
    for match in _WRITE.finditer(text):
        template = _cookie_write(text, match.end(), params, constants)
        if template is None:
            return out, True
        if template != _READ:
            out.append(template)
    return out, False


def _next(text: str, params: list[str], constants: dict[str, str]) -> tuple[bool, Template | None]:
    """(goes on, target) after the writes: a reload (target None) or a navigation to a read target."""
    if _RELOAD.search(text):
        return True, None
    nav = NAVIGATION.search(text)
    if nav is None:
        return False, None
    target = read_template(text[nav.end():], params, constants, any_text=True)
    return target is not None, target


def cookie_setters(scripts: str) -> tuple[dict[str, Setter], int]:
    """Name → Setter of each function of `scripts` that writes cookies and then reloads or navigates, and the
    count of functions that write a cookie from a value not read (left out). Read by
    script_reading.read_functions (`ScriptFunctions.cookie_setters`), with the page's other functions."""
    if "ookie" not in scripts:
        return {}, 0
    scripts = unencoded(scripts)
    writes_at = [m.start() for m in _WRITE.finditer(scripts)]
    if not writes_at:
        return {}, 0
    constants = script_constants(scripts)
    setters: dict[str, Setter] = {}
    unread = 0
    for name, params, start in definitions(scripts):
        nearest = bisect_left(writes_at, start)   # only a body within reach of a write is cut out (a scan)
        if name in setters or nearest == len(writes_at) or writes_at[nearest] >= start + MAX_BODY_CHARS:
            continue
        body = function_body(scripts, start)
        if not _WRITE.search(body):
            continue
        writes, failed = _writes(body, params, constants)
        if failed:
            unread += 1
            continue
        goes_on, target = _next(body, params, constants)
        if writes and goes_on and len(writes) <= MAX_COOKIES_PER_CHOICE:
            setters[name] = Setter(tuple(writes), target)
            if len(setters) >= MAX_SETTERS:
                break
    return setters, unread


def _fill(template: Template, args: list[str]) -> str | None:
    if any(isinstance(p, int) and p >= len(args) for p in template):
        return None
    return "".join(args[p] if isinstance(p, int) else p for p in template)


def _pair(text: str) -> str | None:
    """`name=value` of a written cookie text (its attributes after `;` dropped); None when it is no such pair."""
    match = _PAIR.match(text)
    if not match or len(match.group(0)) > MAX_COOKIE_CHARS or not match.group(1).strip("$"):
        return None
    return f"{match.group(1)}={match.group(2)}"


def read_choices(calls: list[tuple[str, str]], setters: dict[str, Setter], page_url: str, limit: int) -> CookieReading:
    """The distinct cookie choices of a page's handler `calls` ((call, label): script_handlers.handler_calls)
    through `setters` (a page's inline ones, or a same-site script's: `ScriptFunctions.cookie_setters`), at most
    `limit`; `unread` counts the calls whose cookie is not read."""
    out = CookieReading()
    if not setters and not any("ookie" in call for call, _ in calls):
        return out
    constants: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for call, label in calls:
        cookies: dict[str, str] = {}   # by name: a later write of a name wins, as in a browser
        target: str | None = None
        failed = goes_on = False
        if _WRITE.search(call):   # the handler writes the cookie itself: onclick="document.cookie='y=2023';…"
            writes, failed = _writes(call, [], constants)
            for template in writes:
                pair = _pair(_fill(template, []) or "")
                if pair:
                    cookies[pair.split("=", 1)[0]] = pair
            goes_on, literal = _next(call, [], constants)
            target = _fill(literal, []) if literal else None
        for name, args in literal_calls(call):
            setter = setters.get(name)
            if setter is None:
                continue
            texts = [_fill(t, args) for t in setter.cookies]
            pairs = [_pair(t) if t is not None else None for t in texts]
            if None in pairs:
                failed = True
                continue
            cookies.update((p.split("=", 1)[0], p) for p in pairs)
            goes_on = True
            if setter.target is not None:
                target = _fill(setter.target, args)
        if failed:
            out.unread += 1
            continue
        if not cookies or not goes_on or len(cookies) > MAX_COOKIES_PER_CHOICE:
            continue
        url = urljoin(page_url, target.strip()) if target else page_url.split("#", 1)[0]
        if not url.startswith(("http://", "https://")):
            continue
        cookie = "; ".join(cookies.values())
        if (url, cookie) in seen:
            continue
        seen.add((url, cookie))
        out.choices.append(CookieChoice(url, cookie, label))
        if len(out.choices) >= limit:
            break
    return out

