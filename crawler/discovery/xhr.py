"""The headers of a request for data a page's script would fetch by XHR (a JSON list, a list fragment, a tree's
level): `X-Requested-With: XMLHttpRequest` and an `Accept` that fits, as the browser's jQuery sends them.

Java and PHP CMSs guard their list actions with a test of `X-Requested-With` (Spring interceptors, Struts filters,
`$_SERVER['HTTP_X_REQUESTED_WITH']`) and answer a request without it with a 403 or an empty page; a crawler that
asks for a script's data the way the script does is answered the way the script is. One definition, used by the
spider for every request it makes in a script's stead (crawler/spiders/portal.py `make_request`)."""

from __future__ import annotations

from typing import Any

# meta `nianbao_api` kinds that stand for a script's XHR: JSON lists and trees (pagers/jsonlist.py, script readers),
# Hanweb's dataproxy, gkmlpt's API. A feed ("feed") is fetched by a reader, not by a page's script.
SCRIPT_API_KINDS = frozenset({"json", "hanweb", "gkmlpt", "data"})   # data: discovery/script_data.py
# jQuery's Accept for `dataType: "json"`, and for `dataType: "html"` (a 加载更多 fragment)
ACCEPT_JSON = "application/json, text/javascript, */*; q=0.01"
ACCEPT_HTML = "text/html, */*; q=0.01"
ACCEPT_ANY = "*/*"   # jQuery's Accept for a request without a dataType ($.get(url, data, callback))


def script_request_headers(meta: dict[str, Any]) -> dict[str, str]:
    """The XHR headers for a request with this (extra) meta, or {} for a page a browser would navigate to."""
    if meta.get("nianbao_script_get"):   # an address a page's script GETs (discovery/data_handlers.py): jQuery's $.get
        return {"X-Requested-With": "XMLHttpRequest", "Accept": ACCEPT_ANY}
    if meta.get("nianbao_fragment"):
        return {"X-Requested-With": "XMLHttpRequest", "Accept": ACCEPT_HTML}
    if meta.get("nianbao_api") in SCRIPT_API_KINDS:
        return {"X-Requested-With": "XMLHttpRequest", "Accept": ACCEPT_JSON}
    return {}
