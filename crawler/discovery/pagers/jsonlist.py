"""Lists a page's script loads as JSON, page by page (`xhr.open("GET", "/common/channel/list?channelId=" + id +
"&pageNo=" + n)`, `$.getJSON(url, {page: n})`): a shape many county CMSs share, whose only pager is buttons the
same script draws.

Rendering the page shows its first page only. The browser reports the XHR/fetch requests a render made
(crawler/browser.py, meta `nianbao_xhr`); one with a page parameter is requested again here as an API page,
and its answer gives the page count (`pageCount`, `totalPage`, … or `total` with the page size) and the entries
(every address of each object, titled: discovery/json_links.py), so every page is read without clicking. A list fetched by POST
(`fetch(api, {method: "POST", body: JSON.stringify({channel, pageNum, pageSize})})`, a form-encoded `$.post`, a
FormData sent as multipart/form-data: post_bodies.py) carries its page number in the body: the browser reports those requests with their bodies (meta
`nianbao_xhr_posts`), and the other pages are the same body with the page field set (`body_page_param`).

Pure functions over the JSON text; `json.loads` over the response as downloaded (bounded by DOWNLOAD_MAXSIZE)."""

from __future__ import annotations

import json
import math
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery import json_links
from nianbao.crawler.discovery.page import Link
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest, post_bodies
from nianbao.crawler.discovery.pagers.query import PAGE_PARAMS, _with_param
from nianbao.crawler.discovery.script_functions import DATA_GET

_COUNT_KEYS = ("pagecount", "totalpage", "totalpages", "pagetotal", "pages", "page_count", "total_page",
               "pagenum", "maxpage")
_TOTAL_KEYS = ("total", "totalcount", "recordcount", "totalrecord", "count", "totalrecords", "rowcount")
_SIZE_KEYS = ("pagesize", "size", "rows", "limit", "perpage", "page_size")


def page_param(url: str) -> tuple[str, int] | None:
    """(name, value) of the URL's page parameter (pageNo=1, page=1, …)."""
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return key, int(value)
    return None


def _is_json(body: str, content_type: str) -> bool:
    return "json" in content_type.lower() or body.lstrip()[:1] == "{"


def body_page_param(body: str | bytes | None, content_type: str = "") -> tuple[str, int] | None:
    """(name, value) of the page field of a POSTed list query: a JSON object's (top level or one level down,
    `{"param": {"pageNo": 1}}`) or a form body's; None when the body names no page."""
    if not body:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if len(body) > limits.MAX_LIST_QUERY_BODY_CHARS:
        return None
    if _is_json(body, content_type):
        try:
            data = json.loads(body)
        except ValueError:
            return None
        for node in [data, *(v for v in data.values() if isinstance(v, dict))] if isinstance(data, dict) else []:
            for key, value in node.items():
                if str(key).lower() in PAGE_PARAMS and (isinstance(value, int) or str(value).isdigit()) \
                        and not isinstance(value, bool):
                    return str(key), int(value)
        return None
    for key, value in post_bodies.body_fields(body, content_type) or ():   # form-encoded or a FormData's parts
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return key, int(value)
    return None


def _with_body_page(body: str, content_type: str, key: str, number: int) -> str:
    """The body with its page field set to `number`, written as the page's script wrote it (JSON.stringify's
    compact separators; form fields in their order)."""
    if _is_json(body, content_type):
        data = json.loads(body)
        for node in [data, *(v for v in data.values() if isinstance(v, dict))]:
            if key in node:
                node[key] = number if isinstance(node[key], int) else str(number)
                break
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    fields = post_bodies.body_fields(body, content_type) or []
    return post_bodies.body_with_fields([(k, str(number) if k == key else v) for k, v in fields], content_type)


def post_request(url: str, body: str, content_type: str) -> PageRequest:
    return PageRequest(url, "POST", body, {"Content-Type": content_type or "application/x-www-form-urlencoded"},
                       api=True, pager="json")


def _number(data: dict, keys: tuple[str, ...]) -> int | None:
    for key, value in data.items():
        if str(key).lower() in keys and (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
            return int(value)
    for value in data.values():       # one level down: {"data": {"pageCount": …}}
        if isinstance(value, dict):
            for key, inner in value.items():
                if str(key).lower() in keys and (isinstance(inner, int) or (isinstance(inner, str)
                                                                            and inner.isdigit())):
                    return int(inner)
    return None


def parse_list(body: bytes | str, url: str) -> tuple[int | None, list[Link]]:
    """(page count if the answer states it, the entries as links) of one JSON list page; (None, []) when the
    answer is not JSON."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, []
    links = json_links.object_links(data, url)   # every address of each entry (a page and its PDF), titled
    pages = None
    if isinstance(data, dict):
        pages = _number(data, _COUNT_KEYS)
        if pages is None:
            total = _number(data, _TOTAL_KEYS)
            size = _number(data, _SIZE_KEYS) or next(
                (int(v) for k, v in parse_qsl(urlsplit(url).query) if k.lower() in _SIZE_KEYS and v.isdigit()), 0)
            if total is not None and size:
                pages = math.ceil(total / size)
    return pages, links


def other_pages(url: str, pages: int, body: str | bytes | None = None, content_type: str = "") -> list[PageRequest]:
    """The API's other pages, from its first answer's page count (a POSTed query: its `body` with the page
    field set)."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    found = body_page_param(body, content_type) if body else page_param(url)
    if found is None or pages <= 1:
        return []
    key, current = found
    first = 0 if current == 0 else 1
    last = min(pages - (1 - first), MAX_PAGES)
    if body:
        return [post_request(url, _with_body_page(body, content_type, key, n), content_type)
                for n in range(first, last + 1) if n != current]
    return [PageRequest(_with_param(url, key, n), api=True, pager="json") for n in range(first, last + 1)
            if n != current]


# A node of a lazily loaded tree (jQuery zTree's async mode, layui/Element trees): it has children that are not
# in the answer, fetched with the node's id as a parameter of the same URL (zTree's `autoParam: ["id"]`).
_PARENT_FLAGS = ("isparent", "haschildren", "haschild", "hasnodes", "parent")
_ID_KEYS = ("id", "nodeid", "orgid", "deptid", "unitid")


def _node_id(node: dict) -> tuple[str, str] | None:
    lower = {str(k).lower(): (k, v) for k, v in node.items()}
    for key in _ID_KEYS:
        if key in lower and isinstance(lower[key][1], (str, int)) and not isinstance(lower[key][1], bool):
            value = str(lower[key][1]).strip()
            if value and len(value) <= 64:
                return lower[key][0], value
    return None


def _unexpanded_ids(body: bytes | str) -> list[str]:
    """The ids of a JSON tree answer's nodes flagged as having children (`isParent: true`, `hasChildren`,
    `leaf: false`) without them in the answer (at most limits.MAX_TREE_REQUESTS_PER_ANSWER)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return []
    nodes = data if isinstance(data, list) else next(
        (v for v in data.values() if isinstance(v, list)), []) if isinstance(data, dict) else []
    out: list[str] = []
    for node in nodes[:limits.MAX_JSON_NODES]:
        if not isinstance(node, dict) or isinstance(node.get("children"), list):
            continue
        lower = {str(k).lower(): v for k, v in node.items()}
        has_children = any(lower.get(flag) in (True, "true", 1) for flag in _PARENT_FLAGS) or lower.get("leaf") in (
            False, "false")
        found = _node_id(node) if has_children else None
        if found is not None and found[1] not in out:
            out.append(found[1])
        if len(out) >= limits.MAX_TREE_REQUESTS_PER_ANSWER:
            break
    return out


def tree_requests(body: bytes | str, url: str) -> list[str]:
    """The child-level URLs of a JSON tree answer: for each unexpanded parent node (`_unexpanded_ids`), `url`
    with the id parameter set to the node's id. The parameter is the one `url` already carries with an id-like
    name (`?id=bm` → `?id=<child>`), else `id` (zTree's default autoParam). Pure; [] for an answer that is no
    such tree."""
    param = next((k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)
                  if k.lower() in _ID_KEYS), "id")
    out: list[str] = []
    for node_id in _unexpanded_ids(body):
        child = _with_param(url, param, node_id)
        if child != url and child not in out:
            out.append(child)
    return out


def post_tree_requests(answer: bytes | str, url: str, body: str | bytes | None,
                       content_type: str = "") -> list[PageRequest]:
    """The POST equivalent of tree_requests, for a tree whose levels answer only POST (zTree's default
    `async.type`): each unexpanded node asked for with the body of the request that `answer` answered, its
    id-like field (JSON or form) set to the node's id — or, where the body has none (the top level is often
    asked for with an empty body), an `id` form field (zTree's default autoParam). Pure."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    body = body or ""
    if len(body) > limits.MAX_LIST_QUERY_BODY_CHARS:
        return []
    ids = _unexpanded_ids(answer)
    if not ids:
        return []
    out: list[PageRequest] = []
    if body and _is_json(body, content_type):
        try:
            data = json.loads(body)
        except ValueError:
            return []
        if not isinstance(data, dict):
            return []
        key = next((k for k in data if str(k).lower() in _ID_KEYS), "id")
        for node_id in ids:
            child = json.dumps({**data, key: node_id}, ensure_ascii=False, separators=(",", ":"))
            if child != body:
                out.append(post_request(url, child, content_type))
        return out
    fields = post_bodies.body_fields(body, content_type)
    if fields is None:
        return []
    key = next((k for k, _ in fields if k.lower() in _ID_KEYS), "id")
    form = content_type if "form" in content_type.lower() else "application/x-www-form-urlencoded"
    for node_id in ids:
        child = post_bodies.body_with_fields([(k, v) for k, v in fields if k != key] + [(key, node_id)], form)
        if child != body:
            out.append(post_request(url, child, form))
    return out


# A literal URL a page's script GETs its data from: xhr.open("GET", "…"), $.getJSON("…"), $.get("…"), fetch("…"),
# or `url: "…"` in an $.ajax or zTree async setting — whole (a literal followed by `+` is only the start of one).
_SCRIPT_GET = re.compile(DATA_GET.pattern + r"""(['"])([^'"\s<>]{1,500})\1(?!\s*\+)""", re.I)


def script_get_urls(page_url: str, scripts: str) -> list[str]:
    """Same-site URLs the inline scripts GET whole (their data: a list's JSON, a unit tree's top level), for a
    crawl without a browser to read as the browser's notes would be read (crawler/spiders/portal.py). Pure."""
    out: list[str] = []
    host = urlsplit(page_url).hostname
    for match in _SCRIPT_GET.finditer(scripts):
        url = urljoin(page_url, match.group(2))
        if url.startswith(("http://", "https://")) and urlsplit(url).hostname == host and url not in out \
                and url != page_url:
            out.append(url)
            if len(out) >= limits.MAX_SCRIPT_GET_URLS:
                break
    return out
