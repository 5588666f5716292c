"""A form of a parsed page submitted as a browser would: `submission(page, form, data, click) -> PageRequest`.

Built by form2request (Scrapy's recommended successor of `FormRequest.from_response`) on the page's own lxml tree,
not by hand: the successful controls at their values (checked boxes only, the selected option, the clicked submit
button's name and value), `data` overriding or adding fields, the action resolved against the page's base URL,
the method and enctype as the form (or the button) says. Field values are sent in the page's encoding, as a browser
does (form2request encodes UTF-8). Pure; no network."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from form2request import form2request
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import PageRequest


def submission(page: HtmlPage, form, data: dict | list | None = None, *, click=None,
               pager: str = "") -> PageRequest | None:
    """The request the browser sends for `form` of `page` (None: a form form2request cannot submit — a
    multipart upload form, a method it does not know). `click`: form2request's — None the first submit button,
    False none, or the button element clicked."""
    page.tree.getroottree().docinfo.URL = page.base_url   # form2request resolves the action against it
    try:
        request = form2request(form, data, click=click)
    except (ValueError, NotImplementedError):
        return None
    encoding = (page.encoding or "utf-8").lower()
    if request.method == "GET":
        parts = urlsplit(request.url)
        url = request.url if encoding in ("utf-8", "utf8") else urlunsplit(
            parts._replace(query=_recode(parts.query, encoding)))
        return PageRequest(url, "GET", pager=pager)
    headers = dict(request.headers)
    body = request.body.decode("utf-8")
    if headers.get("Content-Type") == "application/x-www-form-urlencoded" and encoding not in ("utf-8", "utf8"):
        body = _recode(body, encoding)
    return PageRequest(request.url, "POST", body, headers, pager=pager)


def _recode(query: str, encoding: str) -> str:
    return urlencode(parse_qsl(query, keep_blank_values=True), encoding=encoding, errors="xmlcharrefreplace")
