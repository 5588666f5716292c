"""大汉 Hanweb JCMS / jpaas lists (domain notes §4.2).

Column pages `/col/col<C>/index.html` draw their list by XHR: `POST /module/web/jpage/dataproxy.jsp?startrecord=
1&endrecord=45&perpage=15` (older `/module/jpage/dataproxy.jsp`) with the form `col=1&appid=1&webid=W&path=/&
columnid=C&sourceContentType=1&unitid=U&webname=…&permissiontype=0`. The answer (and the first batch inlined in
the column page) is XML: `<datastore><totalrecord>N</totalrecord>…<recordset><record><![CDATA[<li><a href=…>…]]>`.

Also the annual-report module `/module/xxgk/xxgkAnnualReport.jsp?area=<unit code>&fbtime=<year>`: its pages
offer the units (area) and years (fbtime) as links, `<select>` options or script values."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import lxml.html
from lxml import etree
from nianbao.crawler.discovery.page import HtmlPage, Link, clean_text
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

DEFAULT_PROXY_PATH = "/module/web/jpage/dataproxy.jsp"
_PROXY_URL = re.compile(r"""(/module/(?:web/)?jpage/dataproxy\.jsp)(\?[^"'<>\s]*)?""")
_PARAM = {name: re.compile(name + r"""\s*(?:=|:)\s*['"]?([\w.-]+)""", re.I)
          for name in ("webid", "columnid", "unitid", "perpage", "totalrecord", "webname", "appid",
                       "sourcecontenttype", "permissiontype", "path")}
_TOTAL_RECORD = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_UNIT_DIV = re.compile(r"""<div[^>]+id=["']?(\d{3,})["']?[^>]*>\s*<script[^>]+type=["']?text/xml""", re.I)
RECORDS_PER_REQUEST = 45    # what the Hanweb jpage script asks for (3 pages of 15)
DEFAULT_PER_PAGE = 15


@dataclass(frozen=True)
class DataproxyParams:
    proxy_path: str
    webid: str
    columnid: str
    unitid: str
    perpage: int = DEFAULT_PER_PAGE
    total: int | None = None          # totalRecord when the column page states it
    webname: str = ""
    appid: str = "1"
    source_content_type: str = "1"
    permissiontype: str = "0"
    path: str = "/"


def _first(name: str, text: str) -> str | None:
    match = _PARAM[name].search(text)
    return match.group(1) if match else None


def find_dataproxy(page_text: str, lower_text: str | None = None) -> DataproxyParams | None:
    """The dataproxy parameters a Hanweb column page carries (query of the embedded nextgroup link, jpage
    options, or plain `webid=…` assignments). `lower_text`: the text lower-cased, when the caller has it
    (HtmlPage.lower_text, shared with the page's other readers)."""
    proxy = _PROXY_URL.search(page_text)
    if proxy is None and "jpage" not in (page_text.lower() if lower_text is None else lower_text):
        return None
    query = dict(parse_qsl(proxy.group(2).lstrip("?").replace("&amp;", "&"))) if proxy and proxy.group(2) else {}
    lower = {k.lower(): v for k, v in query.items()}

    def value(name: str) -> str | None:
        return lower.get(name) or _first(name, page_text)

    webid, columnid = value("webid"), value("columnid")
    unitid = value("unitid")
    if not unitid:
        div = _UNIT_DIV.search(page_text)
        unitid = div.group(1) if div else None
    if not (webid and columnid and unitid):
        return None
    perpage = value("perpage")
    total = _first("totalrecord", page_text)
    return DataproxyParams(
        proxy_path=proxy.group(1) if proxy else DEFAULT_PROXY_PATH, webid=webid, columnid=columnid, unitid=unitid,
        perpage=int(perpage) if perpage and perpage.isdigit() else DEFAULT_PER_PAGE,
        total=int(total) if total and total.isdigit() else None, webname=lower.get("webname", ""),
        appid=lower.get("appid", "1"), source_content_type=lower.get("sourcecontenttype", "1"),
        permissiontype=lower.get("permissiontype", "0"), path=lower.get("path", "/"))


def dataproxy_request(column_url: str, params: DataproxyParams, start: int, end: int) -> PageRequest:
    query = urlencode({"startrecord": start, "endrecord": end, "perpage": params.perpage})
    form = urlencode({"col": 1, "appid": params.appid, "webid": params.webid, "path": params.path,
                      "columnid": params.columnid, "sourceContentType": params.source_content_type,
                      "unitid": params.unitid, "webname": params.webname, "permissiontype": params.permissiontype})
    return PageRequest(
        urljoin(column_url, f"{params.proxy_path}?{query}"), method="POST", body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                 "X-Requested-With": "XMLHttpRequest", "Referer": column_url},
        api=True, pager="hanweb")


def dataproxy_requests(column_url: str, params: DataproxyParams, total: int | None = None,
                       first: int = 1) -> list[PageRequest]:
    """Batches from record `first` to the total (when unknown: just the first batch, whose answer tells it)."""
    total = params.total if total is None else total
    limit = MAX_PAGES * params.perpage
    if total is None:
        return [dataproxy_request(column_url, params, first, first + RECORDS_PER_REQUEST - 1)]
    total = min(total, limit)
    return [dataproxy_request(column_url, params, start, min(start + RECORDS_PER_REQUEST - 1, total))
            for start in range(first, total + 1, RECORDS_PER_REQUEST)]


def pages_in(total: int, perpage: int) -> int:
    return max(1, math.ceil(total / max(perpage, 1)))


def parse_datastore(xml_text: str, base_url: str) -> tuple[int | None, list[Link]]:
    """(totalrecord, links) from a dataproxy answer or the datastore inlined in a column page."""
    total = _TOTAL_RECORD.search(xml_text)
    links: list[Link] = []
    for record in _RECORD.findall(xml_text):
        links.extend(_record_links(record, base_url))
    return (int(total.group(1)) if total else None), links


def _record_links(fragment: str, base_url: str) -> list[Link]:
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith("javascript:"):
            continue
        out.append(Link(urljoin(base_url, href), clean_text(a.text_content()) or clean_text(a.get("title")),
                        clean_text(a.get("title"))))
    return out


_MODULE = re.compile(r"/module/xxgk/xxgkAnnualReport\.jsp", re.I)
_AREA_JS = re.compile(r"""area\s*=\s*['"]?([0-9A-Za-z-]{4,30})""")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def annual_module_urls(page: HtmlPage) -> list[PageRequest]:
    """Every (area, fbtime) page of the xxgkAnnualReport module that a page offers: the exact pairs its links
    name, plus, when it has a unit and/or year `<select>` (or script values), their combinations. Bounded."""
    module_url = None
    pairs: list[tuple[str, str]] = []
    areas: list[str] = []
    years: list[str] = []

    def add(bucket: list, value) -> None:
        if value and value not in bucket:
            bucket.append(value)

    for url in [*(link.url for link in page.links), page.url]:
        if _MODULE.search(url):
            module_url = module_url or url.split("?")[0]
            query = dict(parse_qsl(urlsplit(url).query))
            if query.get("area") and query.get("fbtime"):
                add(pairs, (query["area"], query["fbtime"]))
            add(years, query.get("fbtime"))
    if module_url is None and not _MODULE.search(page.text):
        return []
    module_url = module_url or urljoin(page.url, "/module/xxgk/xxgkAnnualReport.jsp")
    offered = False
    for select in page.tree.iter("select"):
        name = (select.get("name") or select.get("id") or "").lower()
        values = [(o.get("value") or clean_text(o.text_content())).strip() for o in select.iter("option")]
        if "fbtime" in name or "year" in name:
            offered = True
            for v in values:
                add(years, v if _YEAR.match(v) else None)
        elif "area" in name or "unit" in name:
            offered = True
            for v in values:
                add(areas, v or None)
    for match in _AREA_JS.finditer(page.scripts):
        offered = True
        add(areas, match.group(1))
    if offered:
        for area in areas:
            for year in years:
                add(pairs, (area, year))
    out = [PageRequest(f"{module_url}?{urlencode({'area': area, 'fbtime': year})}", pager="hanweb-annual")
           for area, year in pairs]
    return out[:MAX_PAGES]
