"""A form of a parsed page submitted as a browser would: `submission(page, form, data, click) -> PageRequest`.

Built by form2request (Scrapy's recommended successor of `FormRequest.from_response`) on the page's own lxml tree,
not by hand: the successful controls at their values (checked boxes only, the selected option, the clicked submit
button's name and value), `data` overriding or adding fields, the action resolved against the page's base URL,
the method and enctype as the form (or the button) says. Field values are sent in the form's encoding, as a browser
does (form2request encodes UTF-8): the HTML standard's "selecting a form submission encoding" — the first label of
the form's `accept-charset` (split on ASCII whitespace; commas too, as old pages write them) that names an encoding
the UA knows, else the document's; UTF-16 gives UTF-8. An old GB2312 query program kept behind a UTF-8 portal page
is reached this way: `<form accept-charset="gbk">` makes the browser escape `区级部门` as `%C7%F8…`, and the same
value escaped in the page's UTF-8 reads as other characters to the program. Pure; no network."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from form2request import form2request
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import PageRequest
from nianbao.parse.encoding import normalise_label

MAX_ACCEPT_CHARSET_LABELS = 8   # labels of one accept-charset read (untrusted markup; real forms give one or two)
_LABEL_SPLIT = re.compile(r"[\s,]+")
_UTF = ("utf-8", "utf8", "utf-16", "utf-16-le", "utf-16-be")


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
    encoding = form_encoding(page, form)
    if request.method == "GET":
        parts = urlsplit(request.url)
        url = request.url if encoding == "utf-8" else urlunsplit(
            parts._replace(query=_recode(parts.query, encoding)))
        return PageRequest(url, "GET", pager=pager)
    headers = dict(request.headers)
    body = request.body.decode("utf-8")
    if headers.get("Content-Type") == "application/x-www-form-urlencoded" and encoding != "utf-8":
        body = _recode(body, encoding)
    return PageRequest(request.url, "POST", body, headers, pager=pager)


def form_encoding(page: HtmlPage, form) -> str:
    """The encoding `form`'s values are escaped in (module docstring): its accept-charset's first known label,
    else the page's; "utf-8" for any UTF."""
    labels = _LABEL_SPLIT.split((form.get("accept-charset") or "").strip())[:MAX_ACCEPT_CHARSET_LABELS]
    chosen = next((found for label in labels if label and (found := normalise_label(label))), None)
    encoding = (chosen or page.encoding or "utf-8").lower()
    return "utf-8" if encoding in _UTF else encoding


def _recode(query: str, encoding: str) -> str:
    return urlencode(parse_qsl(query, keep_blank_values=True), encoding=encoding, errors="xmlcharrefreplace")
