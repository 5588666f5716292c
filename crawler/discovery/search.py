"""The site's own search, the fallback when a portal has no findable 年报 column: the portal's search form
(action + query input + hidden fields) when it has one, else the usual endpoints of the CMS families —
TRS `/was5/web/search?searchword=`, Hanweb `/jrobotfront/search.action?webid=…&searchWord=`."""

from __future__ import annotations

import re
from urllib.parse import urlencode, urljoin

from nianbao.crawler.discovery.page import HtmlPage

QUERY = "政府信息公开工作年度报告"
_QUERY_NAMES = ("searchword", "searchWord", "q", "query", "keyword", "keywords", "key", "wd", "kw", "word", "text")
_WEBID = re.compile(r"""webid\s*[=:]\s*['"]?(\d+)""", re.I)
_SEARCHY = re.compile(r"search|sousuo|jrobot|was5|so\.|/s\b|query", re.I)


def form_search_urls(page: HtmlPage, query: str = QUERY) -> list[str]:
    """GET URLs for the page's own search forms, with the query in the form's text field."""
    urls = []
    for form in page.forms():
        action = form.get("action") or ""
        if (form.get("method") or "get").lower() != "get" or not _SEARCHY.search(action + " " + (form.get("id") or "")
                                                                                + " " + (form.get("name") or "")):
            continue
        fields: list[tuple[str, str]] = []
        query_set = False
        for el in form.iter("input", "select"):
            name = el.get("name")
            if not name:
                continue
            kind = (el.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "checkbox", "radio"):
                continue
            if not query_set and kind in ("text", "search") or name in _QUERY_NAMES and not query_set:
                fields.append((name, query))
                query_set = True
            elif el.tag == "input":
                fields.append((name, el.get("value") or ""))
        if query_set:
            url = page.absolute(action) or page.url
            urls.append(f"{url.split('?')[0]}?{urlencode(fields)}")
    return urls


def fallback_search_urls(page: HtmlPage | None, homepage: str, query: str = QUERY) -> list[str]:
    """The family endpoints, with the Hanweb webid read from the homepage when it has one."""
    webid_match = _WEBID.search(page.text) if page is not None else None
    webid = webid_match.group(1) if webid_match else "1"
    return [
        urljoin(homepage, "/was5/web/search?" + urlencode({"searchword": query})),
        urljoin(homepage, "/jrobotfront/search.action?" + urlencode({"webid": webid, "searchWord": query})),
    ]


def search_urls(page: HtmlPage | None, homepage: str, query: str = QUERY) -> list[str]:
    own = form_search_urls(page, query) if page is not None else []
    return own or fallback_search_urls(page, homepage, query)
