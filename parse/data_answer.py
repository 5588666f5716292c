"""Whether a fetched body is a data answer rather than a document: `data_answer(data) -> str | None`.

A list API's JSON, a JSONP call, an RSS/Atom feed or another XML data document is what a portal's scripts read to
build a page; the crawler may fetch one through a link whose text names a report (a list row's title), and it may
even carry a report's title and opening sentences in a field. It is still not the report: the report is the page or
file the answer points to. A report printed as plain text or HTML is a document and is not caught here.

Read from the body, not the Content-Type (servers send JSON as text/html and HTML as application/json): the first
non-blank bytes must be JSON that parses (or, cut short, an object's first key), a callback around JSON, or XML whose
root element is not html — nor an Office 2003 XML document: WordprocessingML or SpreadsheetML, which Word and Excel open
as a document (by its `<?mso-application progid="Word.Document"?>` instruction or its `w:wordDocument` root) and which
信息公开 systems send as a `.doc` or `.xls`.
"""

from __future__ import annotations

import json
import re

_HEAD_BYTES = 4096
# an object's first key or an array of objects/strings/numbers: the start of JSON a cut body still shows
_JSON_START = re.compile(r'^(?:\{\s*"[^"\n]{0,200}"\s*:|\[\s*(?:\{\s*"|\[|"[^"\n]{0,200}"\s*[,\]]|-?\d+(?:\.\d+)?\s*[,\]]|\]))')
# a JSONP answer: callback({...}) or callback([...]), maybe after /**/ (a guard some APIs print)
_JSONP_START = re.compile(r"^(?:/\*\*/\s*)?[A-Za-z_$][\w$.]{0,100}\s*\(\s*[\[{]")
# past the XML declaration, comments, processing instructions and a DOCTYPE: the root element's name
_XML_PROLOG = re.compile(r"^(?:<\?xml[^>]*\?>\s*)(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*<([A-Za-z_][\w:.-]*)",
                         re.S | re.I)
_FEED_ROOT = re.compile(r"^<(rss|feed|rdf:RDF)\b", re.I)
_FEED_NAMES = {"rss": "an RSS feed", "feed": "an Atom feed", "rdf:rdf": "an RSS (RDF) feed"}
_OFFICE_XML = re.compile(r"""<\?mso-application\s[^>]*progid\s*=\s*["'](?:Word\.Document|Excel\.Sheet)""", re.I)


def data_answer(data: bytes) -> str | None:
    """What kind of data answer the body is ('a JSON answer', 'a JSONP answer', 'an RSS feed', 'an Atom feed',
    'an XML data answer (root <datastore>)'), or None for a document (HTML, text, PDF, Office files, …)."""
    head = _head_text(data)
    if not head:
        return None
    if head[0] in "{[":
        if _parses_as_json(data) or _JSON_START.match(head):
            return "a JSON answer"
        return None
    if _JSONP_START.match(head):
        return "a JSONP answer"
    if feed := _FEED_ROOT.match(head):
        return _FEED_NAMES[feed.group(1).lower()]
    if root := _XML_PROLOG.match(head):
        name = root.group(1).lower()
        if name == "html":
            return None      # XHTML: a page
        if name.rpartition(":")[2] == "worddocument" or _OFFICE_XML.search(head, 0, root.start(1)):
            return None      # a Word or Excel 2003 XML document
        return _FEED_NAMES.get(name, f"an XML data answer (root <{root.group(1)}>)")
    return None


def _head_text(data: bytes) -> str:
    head = bytes(data[:_HEAD_BYTES]).lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):      # UTF-16 with a byte-order mark
        try:
            return head.decode("utf-16", errors="ignore").lstrip()
        except UnicodeDecodeError:
            return ""
    return head.decode("utf-8", errors="ignore").lstrip()


def _parses_as_json(data: bytes) -> bool:
    try:
        return isinstance(json.loads(bytes(data).decode("utf-8-sig", errors="strict")), (dict, list))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
