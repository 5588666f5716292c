"""Views named only in a client-side router's route table: an app shell (an empty mount element, `<div id="app">`,
`#root`, `#__nuxt`, `<app-root>`, beside same-site scripts) whose views (`/xxgk/nb/bm`, …) are written nowhere but
in the route table of the app's bundle — Vue Router's `routes: [{path: "/nb/bm", meta: {…}}, …]` under its `base`
(or `createWebHistory("/xxgk/")`), React Router's route objects (`createBrowserRouter([{path: …, element: …}],
{basename: …})`, compiled `<Route path=…>` elements), Angular's `RouterModule.forRoot([{path: …, component: …}])`.
In history mode each view is a real server path that answers the shell (the server's `try_files … /index.html`
fallback), in hash mode a state `#/path` of the shell.

Why requested as pages and rendered rather than read: a view's list request is built by code a reader cannot
follow in general (axios instances, stores, a params object from the route's meta or query), while the route table
is a declarative literal that survives minification (property names are kept). So each route is requested under
the base as a list page (the server may render it: Nuxt/Next answer a route's HTML with its list), and a route
page whose HTML gives no list entry is rendered (crawler/spiders/portal.py, evidence `client_route`), the browser
running the app at that address; a hash-mode state is rendered directly. Cost: one fetch of each bundle per portal
and at most a render per route (MAX_ROUTES per table), against a render per route the crawler could not name.

Pure: reads the page's bytes and the script's text. The reader is a small scanner written here (strings, comments
and bracket nesting; a JavaScript parser per bundle would cost far more for one literal), bounded in what it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

MAX_SCRIPT_BYTES = 4 * 1024 * 1024   # an app bundle (vue-cli's app.<hash>.js is often 0.5-2 MB)
MAX_SCRIPTS_PER_PAGE = 4
MAX_SCRIPTS_PER_PORTAL = 12
MAX_ROUTES = 32                      # routes taken from one table (a portal app's menu, not a route per record)
MAX_WAITING_PAGES = 8                # shells waiting for one script
_MAX_PATH = 200

# the mount element of an app shell, empty but for whitespace, comments or a short 加载中… placeholder
_MOUNT = re.compile(rb"<(div|main|section)\b[^>]*?\bid\s*=\s*[\"']?(?:app|root|__nuxt|__next|main-app|vue-app)[\"'\s>]"
                    rb"[^>]*>(.{0,300}?)</\1\s*>|<app-root\b[^>]*>(.{0,300}?)</app-root\s*>", re.S | re.I)
_MOUNT_HINT = re.compile(rb"id=[\"']?(?:app|root|__nuxt|__next|main-app|vue-app)[\"'\s>]")
_TAG_OR_COMMENT = re.compile(rb"<!--.*?-->|<[^>]*>", re.S)
_MAX_PLACEHOLDER = 40                # bytes of text in an "empty" mount element (a 加载中… placeholder fits)
_SCRIPT_SRC = re.compile(rb"<script\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_BASE_HREF = re.compile(rb"<base\b[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]+)", re.I)
# libraries and analytics carry no app's routes
_LIBRARY = re.compile(r"(?:^|[/._-])(?:jquery|vue(?:\.runtime)?|vue-router|vuex|react(?:-dom)?|polyfills?|layui|bootstrap|"
                      r"echarts|axios|element-ui|lodash|swiper|moment|chunk-vendors|vendors?|hm|gov_?analytics|"
                      r"jiathis|share|common|jquery[\w.-]*)(?:[.-][\w.-]*)?\.js$", re.I)

# the script holds a client-side router
_ROUTER = re.compile(r"VueRouter|createRouter\s*\(|createWeb(?:Hash)?History|\bmode\s*:\s*[\"'](?:history|hash)[\"']"
                     r"|create(?:Browser|Hash)Router|(?:Browser|Hash)Router|RouterModule|react-router|useRoutes"
                     r"|history\.pushState")
_HASH_MODE = re.compile(r"\bmode\s*:\s*[\"']hash[\"']|createWebHashHistory|HashRouter|createHashRouter")
_HISTORY_MODE = re.compile(r"\bmode\s*:\s*[\"']history[\"']|createWebHistory|createBrowserRouter|BrowserRouter"
                           r"|RouterModule|history\.pushState")
_BASE = re.compile(r"(?:\bbase|\bbasename)\s*[:=]\s*\{?\s*[\"'`](/[^\"'`\s]{0,200})[\"'`]"
                   r"|createWeb(?:Hash)?History\)?\s*\(\s*[\"'`](/[^\"'`\s]{0,200})[\"'`]")
_JSX_ROUTE = re.compile(r"<Route\b[^>]{0,300}?\bpath\s*=\s*[\"']([^\"']{1,200})[\"']")
# what the scanner stops at: strings, comments, brackets, and the keys it reads
_TOKEN = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|/\*.*?\*/|//[^\n]*|[{}\[\]]"
                    r"|(?<![\w$.])(path|title|component|components|element|Component|redirect|children|meta"
                    r"|loadChildren|loadComponent|lazy)\s*:", re.S)
_ROUTE_KEYS = frozenset({"component", "components", "element", "Component", "redirect", "children", "meta",
                         "loadChildren", "loadComponent", "lazy"})
_PATH_STRING = re.compile(r"(?<![\w$.])path\s*:\s*[\"'`]/?[\w\-./]{0,200}[\"'`]\s*,\s*(?:name|component|meta|redirect"
                          r"|children|element|Component|loadChildren|loadComponent|lazy)\s*:")
_SCAN_WHOLE = 512 * 1024       # characters of a script scanned whole; a larger one around its route-like paths
_WINDOW_BEFORE, _WINDOW_AFTER = 16 * 1024, 32 * 1024
_PLAIN_PATH = re.compile(r"^/?[^\s\"'<>:*()?#\\]*$")   # a route pattern with :params, * or (regex) names no page


@dataclass(frozen=True)
class AppShell:
    scripts: tuple[str, ...]     # absolute URLs of the shell's scripts that may hold its router
    base_href: str               # the page's <base href>, absolute ("" if none)


@dataclass(frozen=True)
class ClientRoute:
    path: str                    # the route's full path ("/nb/bm"), nested paths joined to their parents'
    title: str = ""              # its meta title, if any (a view's name: the link text it would have had)


@dataclass(frozen=True)
class RouterTable:
    mode: str                    # "history" (server paths) or "hash" (`#/path` states of the shell)
    base: str                    # the router's base path ("/xxgk/"), "" when the script names none
    routes: tuple[ClientRoute, ...]


def app_shell(body: bytes, url: str) -> AppShell | None:
    """The page as an app shell: its empty mount element and its non-library scripts; None for any other page."""
    head = body[:MAX_SCRIPT_BYTES]
    if _MOUNT_HINT.search(head) is None and b"<app-root" not in head:
        return None   # (asked of every page: a literal-prefixed search first, ~0.1 ms on a 150 KB page)
    if not any(_is_empty_mount(m.group(2) if m.group(2) is not None else m.group(3) or b"")
               for m in _MOUNT.finditer(head)):
        return None
    base = _BASE_HREF.search(head)
    base_href = urljoin(url, base.group(1).decode("latin-1")) if base else ""
    scripts: list[str] = []
    for match in _SCRIPT_SRC.finditer(head):
        src = urljoin(base_href or url, match.group(1).decode("latin-1").strip())
        if urlsplit(src).scheme in ("http", "https") and not _LIBRARY.search(urlsplit(src).path) \
                and src not in scripts:
            scripts.append(src)
        if len(scripts) >= MAX_SCRIPTS_PER_PAGE:
            break
    return AppShell(tuple(scripts), base_href) if scripts else None


def _is_empty_mount(inner: bytes) -> bool:
    if b"<a " in inner.lower():
        return False
    return len(b"".join(_TAG_OR_COMMENT.sub(b"", inner).split())) <= _MAX_PLACEHOLDER


def read_router_table(text: str) -> RouterTable | None:
    """The route table of a script, or None when it holds no client-side router or no plain route."""
    if not _ROUTER.search(text):
        return None
    if _HASH_MODE.search(text):
        mode = "hash"
    elif _HISTORY_MODE.search(text) or "VueRouter" not in text:
        mode = "history"
    else:
        mode = "hash"   # Vue Router 3 without a `mode` is in hash mode
    base = _BASE.search(text)
    routes = _scan_routes(_route_region(text))
    for match in _JSX_ROUTE.finditer(text):   # JSX left as written (a bundle compiles it to route objects)
        if len(routes) >= MAX_ROUTES:
            break
        path = match.group(1)
        if _plain(path) and all(r.path != _join("", path) for r in routes):
            routes.append(ClientRoute(_join("", path)))
    if not routes:
        return None
    return RouterTable(mode, (base.group(1) or base.group(2)) if base else "", tuple(routes))


def _route_region(text: str) -> str:
    """The part of a large script around its route-like `path:` strings (scanning a 2 MB bundle whole costs ~1 CPU
    s, its route table is one literal; reading one this way ~0.5 s, once per bundle and portal). The window starts
    a little before the first: its enclosing objects."""
    if len(text) <= _SCAN_WHOLE:
        return text
    anchors = [m.start() for m in _PATH_STRING.finditer(text)]
    if not anchors:
        return ""
    start = max(0, anchors[0] - _WINDOW_BEFORE)
    end = min(len(text), max(a for a in anchors if a - start < _SCAN_WHOLE) + _WINDOW_AFTER)
    return text[start:end]


@dataclass
class _Frame:
    bracket: str                 # "{" or "["
    path: str | None = None      # the full path, once the object's `path:` was read
    title: str = ""
    route: bool = False          # the object has a route's keys (component, children, meta, …)


def _scan_routes(text: str) -> list[ClientRoute]:
    """Objects with a `path` and a route's keys, in order of appearance; a relative path is joined to the path of
    the route object it is nested in (Vue's and React Router's `children`)."""
    stack: list[_Frame] = []
    found: dict[str, ClientRoute] = {}
    pending_key, pending_end = None, -1   # a key whose value may be the string that follows it at once
    for match in _TOKEN.finditer(text):
        token, key = match.group(0), match.group(1)
        if key is not None:
            if stack and stack[-1].bracket == "{" and key in _ROUTE_KEYS:
                stack[-1].route = True
            pending_key, pending_end = (key, match.end()) if key in ("path", "title") else (None, -1)
            continue
        if token[0] in "\"'`" and pending_key is not None and stack and stack[-1].bracket == "{" \
                and not text[pending_end:match.start()].strip():
            _read_value(stack, pending_key, token[1:-1])
        elif token in ("{", "["):
            stack.append(_Frame(token))
            if len(stack) > 200:   # runaway nesting (a regex literal the scanner took for brackets): start over
                stack.clear()
        elif token in ("}", "]") and stack:
            frame = stack.pop()
            if frame.bracket == "{" and frame.route and frame.path is not None and frame.path not in found:
                found[frame.path] = ClientRoute(frame.path, frame.title)
                if len(found) >= MAX_ROUTES:
                    break
        pending_key = None
    return list(found.values())


def _read_value(stack: list[_Frame], key: str, value: str) -> None:
    frame = stack[-1]
    if key == "path" and frame.path is None and _plain(value):
        frame.path = _join(_parent_path(stack), value)
    elif key == "title" and value.strip():
        for owner in reversed(stack[:-1] if frame.path is None else stack):   # meta: {title} names its route
            if owner.bracket == "[":
                break
            if owner.path is not None:
                owner.title = owner.title or value.strip()[:100]
                break


def _parent_path(stack: list[_Frame]) -> str:
    for frame in reversed(stack[:-1]):
        if frame.bracket == "{" and frame.route and frame.path is not None:
            return frame.path
    return ""


def _plain(path: str) -> bool:
    return len(path) <= _MAX_PATH and _PLAIN_PATH.match(path) is not None


def _join(parent: str, path: str) -> str:
    if path.startswith("/"):
        return path
    return (parent.rstrip("/") + "/" + path) if parent else "/" + path


def route_urls(table: RouterTable, page_url: str, base_href: str = "") -> list[tuple[str, str]]:
    """(URL, title) of each route: in history mode its path under the router's base (else the page's <base href>,
    else the site's root), in hash mode the shell's `#/path` state."""
    document = urldefrag(page_url)[0]
    urls: list[tuple[str, str]] = []
    if table.mode == "hash":
        for route in table.routes:
            if route.path not in ("", "/"):
                urls.append((f"{document}#{route.path}", route.title))
        return urls
    base = table.base or (urlsplit(base_href).path if base_href else "") or "/"
    for route in table.routes:
        url = urljoin(document, base.rstrip("/") + "/" + route.path.lstrip("/"))
        if (url, route.title) not in urls:
            urls.append((url, route.title))
    return urls
