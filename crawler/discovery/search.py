"""The site's own search, the fallback when a portal has no findable 年报 column: the portal's search form
(action + query input + hidden fields) when it has one, else the usual endpoints of the CMS families —
TRS `/was5/web/search?searchword=`, Hanweb `/jrobotfront/search.action?webid=…&searchWord=`; and the search an OpenSearch description names (asked
with empty terms: `opensearch_descriptions`, `opensearch_urls`)."""

from __future__ import annotations

import re
from urllib.parse import quote, urldefrag, urlencode, urljoin

from lxml import etree
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, Link, clean_text

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


# OpenSearch 1.1 (https://github.com/dewitt/opensearch): a site names its search engine in its pages' heads by
# `<link rel="search" type="application/opensearchdescription+xml" href>`; the description's `<Url type="text/html"
# template="…{searchTerms}…">` is how to ask it. A portal may name a channel's search (its 年报 search) only there.
OPENSEARCH_TYPE = "application/opensearchdescription+xml"
OPENSEARCH_API = "opensearch"          # the `nianbao_api` of a description's request
MAX_OPENSEARCH_BYTES = 256 * 1024      # of one description read (a description is a few hundred bytes)
MAX_OPENSEARCH_URLS = 4                # templates asked from one description
_TEMPLATE_SLOT = re.compile(r"\{([^{}?]+)(\?)?\}")
# the spec's defaults for its own required parameters; any other required one is left empty
_SLOT_DEFAULTS = {"startIndex": "1", "startPage": "1", "count": "", "language": "*", "inputEncoding": "UTF-8",
                  "outputEncoding": "UTF-8"}


def opensearch_descriptions(page: HtmlPage) -> list[Link]:
    """The page head's `<link rel="search" type="application/opensearchdescription+xml" href>`, labelled by title."""
    out: list[Link] = []
    for el in page.tree.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        kind = (el.get("type") or "").split(";")[0].strip().lower()
        url = page.absolute(el.get("href")) if "search" in rel and kind == OPENSEARCH_TYPE else None
        if url and all(link.url != url for link in out) and len(out) < MAX_OPENSEARCH_URLS:
            title = clean_text(el.get("title"))[:MAX_LABEL_CHARS]
            out.append(Link(url, title, title, "opensearch"))
    return out


def opensearch_urls(body: bytes, url: str, terms: str = "") -> list[str]:
    """The description's HTML search URLs (`<Url type="text/html" template>`, GET) with `{searchTerms}` filled with
    `terms` (empty: an empty search lists everything the search covers), optional `{x?}` parameters dropped and
    the spec's other ones at their defaults. Read with lxml: no entities, no network, bounded."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body[:MAX_OPENSEARCH_BYTES], parser)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname != "OpenSearchDescription":
        return []
    out: list[str] = []
    for el in root.iter("{*}Url", "Url"):
        kind = (el.get("type") or "").split(";")[0].strip().lower()
        template = (el.get("template") or "").strip()
        if kind not in ("text/html", "application/xhtml+xml") or "{searchTerms" not in template \
                or (el.get("method") or "get").lower() != "get":
            continue
        target = urldefrag(urljoin(url, _fill(template, terms)))[0]
        if target.startswith(("http://", "https://")) and target not in out:
            out.append(target)
            if len(out) >= MAX_OPENSEARCH_URLS:
                break
    return out


def _fill(template: str, terms: str) -> str:
    """The template with its slots filled; a query parameter whose value is an optional slot is dropped."""
    base, _, query = template.partition("?")
    pairs = []
    for pair in query.split("&") if query else []:
        slot = _TEMPLATE_SLOT.fullmatch(pair.partition("=")[2])
        if slot and slot.group(2):
            continue
        pairs.append(pair)
    def value(match: re.Match) -> str:
        name = match.group(1).split(":")[-1]
        if name == "searchTerms":
            return quote(terms)
        return "" if match.group(2) else quote(_SLOT_DEFAULTS.get(name, ""))
    filled = _TEMPLATE_SLOT.sub(value, base) + ("?" + "&".join(pairs) if pairs else "")
    return _TEMPLATE_SLOT.sub(value, filled)
