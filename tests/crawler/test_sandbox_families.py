"""The extra sandbox families (crawler/sandbox/families.py) serve what their ground truth claims: every report
document answers 200 with the report, is announced by some page of the site (a link, a script, a JSON list, a news
feed, an XML site map, a form whose fields enumerate it, the answer a script's cookie selects, a packed script's source, a postback's redirect, a list served
only to the portal's Referer, the error page a moved column answers, the answers to a form's typed-in year, a list paged by Range
headers, a search box's suggestions, a notice's text, a JSON island in an HTML comment, a search an OpenSearch description names, a unit site a select's data attribute codes, an Atom entry's enclosure, a print service's page a button's script
asks, a calendar day's list, a question-answering robot's answer, or a tab's list its position names, the answer to a 索引号 typed in, a JSON list named by
a value another page left in session storage, the rows a proxy frame on another host fetches for a
message, a list whose link a script completes with the page's site code, a Web Component's interface rows, a page's
onclick values read with the shared script it loads, the pages of an interface named in its Link headers, a sub-menu
a hover fetches, a virtual list's windows, a signed interface's answers, an article whose zip archive holds it,
the first page of an article whose TRS pager script names its later pages, the rows an interface gives for the
cursors of its X-Next-Cursor headers, a year's `<template>` a picker clones, a unit's page at an address made of
the credit code a 单位名录 cell prints, a column only an old column's Refresh header names, an htmx fragment a
`hx-get` attribute names, an Alpine component's `x-data` literal, a JSON row's page-relative link, an article's
`<link rel="alternate" type="application/pdf">`, a GraphQL endpoint's answers, a spreadsheet cell's hyperlink, a
year's fragment a `<details>` box's toggle fetches, an iCalendar event's URL once its lines are unfolded, a HAL
answer's `_links`, a JSON:API answer's `included` resources, a list page answered only to its script's headers,
a drawn shape's hyperlink in a workbook, or an encrypted PDF's link actions once it is decrypted),
lies on one of its portal's hosts, and each family has the
quirk it is built for. No crawler here: this checks the world, not discovery (tests/crawler/test_discovery_sandbox.py does that)."""

from __future__ import annotations

import base64
import codecs
import gzip
import hashlib
import html
import http.client
import io
import json
import re
import struct
import unicodedata
import zipfile
import zlib
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit
from xml.etree import ElementTree

import brotli
import olefile
import pytest
import xlrd
from nianbao.crawler.sandbox import build_sandbox
from nianbao.crawler.sandbox.families import (
    EXTRA_BUILDERS,
    HELD_OUT_FAMILIES,
    TUNING_FAMILIES,
)
from nianbao.crawler.sandbox.names import DEFAULT_FAMILIES, EXTRA_FAMILIES, FAMILIES

BUILT = [f for f in EXTRA_FAMILIES if f in EXTRA_BUILDERS]
# answers whose text may announce a document: pages, scripts, JSON lists, XML site maps and news feeds
FETCHED_TEXT = ("text/", "application/json", "application/xml", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
                "application/hal+json", "application/vnd.api+json")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
SVG = "image/svg+xml"
OLE = bytes.fromhex("D0CF11E0A1B11AE1")   # an OLE compound file's magic: .doc, .xls, .wps of Office 97-2003
OVERLOADED = (502, 503, 504)   # what a front answers when the server behind it is down or slow
XHR = {"X-Requested-With": "XMLHttpRequest"}   # what jQuery's $.ajax sends, and some list actions insist on
BROWSER_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"
PHONE_UA = ("Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 "
            "Mobile Safari/537.36")
# what a browser's navigation sends beside its User-Agent (a firewall may want both)
BROWSER_ACCEPT = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                  "Accept-Language": "zh-CN,zh;q=0.9"}


@pytest.fixture(scope="module", params=BUILT)
def world(request):
    sandbox = build_sandbox(portals=2, families=(request.param,), news_per_portal=4)
    truth = sandbox.ground_truth()
    bodies = {}
    for url, role in truth["pages"].items():
        if role in ("robots", "search", "disallowed", "image", "attachment"):
            continue
        status, headers, body = sandbox.handle("GET", url, _cleared(sandbox, url))
        for _ in range(2):   # an overloaded server's 502/503/504 on a first try: the same request again, as clients retry
            if status not in OVERLOADED:
                break
            status, headers, body = sandbox.handle("GET", url, _cleared(sandbox, url))
        if status == 200 and dict(headers).get("Content-Encoding") == "gzip":   # sent gzip unasked: browsers decode
            body = gzip.decompress(body)
        if status == 200 and dict(headers).get("Content-Encoding") == "br":   # brotli sent unasked: browsers decode
            body = brotli.decompress(body)
        if status == 403:   # an action that answers only a script's request (jQuery's X-Requested-With header)
            status, headers, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), **XHR})
        if status == 403:   # a page served only into the portal's frames: it wants the portal's page as Referer
            status, headers, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Referer": _homepage(truth, url)})
        if status == 403:   # a firewall that wants a browser's Accept and Accept-Language headers
            status, headers, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), **BROWSER_ACCEPT})
        status, headers, body = _after_jump(sandbox, url, status, headers, body)
        status, headers, body = _after_counter(sandbox, url, status, headers, body)
        if status == 200 and "user-agent" in dict(headers).get("Vary", "").lower():   # dynamic serving: what a
            phone = sandbox.handle("GET", url, {**_cleared(sandbox, url), "User-Agent": PHONE_UA})   # phone gets too
            body += phone[2] if phone[0] == 200 else b""
        if status in (200, 203) and dict(headers).get("Content-Type", "").startswith(FETCHED_TEXT):
            bodies[url] = _text(headers, body)   # (203: a transforming proxy's success, shown as a 200 is)
        elif status in (404, 500) and role == "list" and dict(headers).get("Content-Type", "").startswith("text/html"):
            bodies[url] = _text(headers, body)   # a list page under an error status: browsers show the body
        elif status == 200 and "Content-Type" not in dict(headers) and _sniffed_html(body):   # no type: sniffed
            bodies[url] = body.decode("utf-8", "replace")
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == DOCX:   # a list as a Word file
            bodies[url] = _docx_links(body)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == XLSX:   # …a workbook
            bodies[url] = _xlsx_links(body)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == PPTX:   # …a presentation
            bodies[url] = _pptx_links(body)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") in (ODT, ODS):   # …an ODF text, sheet
            bodies[url] = zipfile.ZipFile(io.BytesIO(body)).read("content.xml").decode("utf-8")
        elif status == 200 and role == "list" and dict(headers).get("Content-Type", "").startswith(
                "application/vnd.ms-excel"):   # …an "Excel" export: an HTML table in its charset, or a BIFF8 workbook
            bodies[url] = _xls_links(body) if body.startswith(OLE) else _text(headers, body)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "application/pdf":   # …a PDF
            bodies[url] = "\n".join(_pdf_uris(_pdf_with_object_streams(body)) + _pdf_shown_urls(body) + _pdf_attached_links(body)
                                   + _pdf_launched_urls(body) + _pdf_remote_files(url, body) + _pdf_decrypted_uris(body))
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == SVG:   # …an SVG document
            bodies[url] = body.decode("utf-8")
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "application/ofd":   # …an OFD
            bodies[url] = _ofd_pages(body)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "message/rfc822":   # .mht
            bodies[url] = _mht_html(body)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "application/msword":
            # …a Word 2003 XML document under a .doc name (WordprocessingML), or a binary Word 97-2003 document
            bodies[url] = _doc_text(body) if body.startswith(OLE) else body.decode("utf-8")
        elif status == 200 and role == "list" and body.startswith(b"<?xml") and b"<uof:UOF " in body[:200]:
            bodies[url] = body.decode("utf-8")   # …a 标文通 (UOF) document, one XML file, whatever type it is sent as
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "application/geo+json":
            bodies[url] = body.decode("utf-8")   # …a GeoJSON map's features (RFC 7946)
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "application/vnd.ms-xpsdocument":
            bodies[url] = _xps_pages(body)   # …an XPS document's fixed pages
        elif status == 200 and role == "list" and dict(headers).get("Content-Type") == "application/epub+zip":
            bodies[url] = _epub_spine(body)   # …an e-book's content documents, in reading order
        elif status == 200 and role == "sitemap" and dict(headers).get("Content-Type") == "application/x-gzip":
            bodies[url] = gzip.decompress(body).decode("utf-8")   # a gzipped site map (sitemap.xml.gz)
    for url in truth["broken_links"]:   # a 404 answer's text may say where the page went (a portal that moved)
        status, headers, body = sandbox.handle("GET", url, _cleared(sandbox, url))
        if status == 404 and dict(headers).get("Content-Type", "").startswith(FETCHED_TEXT):
            bodies[url] = _text(headers, body)
    for n, post in enumerate(truth.get("post_pages", [])):   # answers only a form or a script asks for
        status, headers, body = sandbox.handle("POST", post["url"], {"Content-Type": post["content_type"],
                                                                     **post.get("headers", {})}, post["body"].encode())
        assert status == post.get("status", 200), post   # 302: a postback the server answers with a redirect
        location = dict(headers).get("Location", "") if status in (302, 303, 307, 308) else ""
        bodies[f"{post['url']}#post{n}"] = (f"Location: {location}\n" if location else "") + body.decode("utf-8", "replace")
    for n, keyed in enumerate(truth.get("cookie_pages", [])):   # answers only a request with a script's cookie gets
        status, _, body = sandbox.handle("GET", keyed["url"], {"Cookie": keyed["cookie"]})
        assert status == 200, keyed
        bodies[f"{keyed['url']}#cookie{n}"] = body.decode("utf-8", "replace")
    for n, asked in enumerate(truth.get("header_pages", [])):   # answers only a request with a script's headers gets
        status, _, body = sandbox.handle("GET", asked["url"], asked["headers"])
        assert status == 200, asked
        bodies[f"{asked['url']}#headers{n}"] = body.decode("utf-8", "replace")
    keys = {urlsplit(u).hostname: m.group(1) for u, t in bodies.items() if (m := re.search(r'var NB_KEY = "(\w+)"', t))}
    for url, text in list(bodies.items()):   # an interface's encrypted rows, decrypted with the key its page holds
        if '"encrypt": "xor-base64"' in text:
            bodies[f"{url}#decrypted"] = _xor_decrypted(json.loads(text)["data"], keys[urlsplit(url).hostname])
    for url, text in list(bodies.items()):   # a script run through Dean Edwards' packer: its source, unpacked
        if "eval(function(p,a,c,k,e,d)" in text:
            bodies[f"{url}#unpacked"] = _unpacked(text)
    for url, text in list(bodies.items()):   # a list inlined gzip-compressed and base64-encoded (pako-style)
        for n, data in enumerate(re.findall(r'var NB_GZ = "([A-Za-z0-9+/=]+)"', text)):
            bodies[f"{url}#inflated{n}"] = _gunzipped_b64(data)
    for url, text in list(bodies.items()):   # a frame's document given whole as a base64 `data:` URL
        for n, data in enumerate(re.findall(r'src="data:text/html;[^",]*base64,([^"]+)"', text)):
            bodies[f"{url}#data{n}"] = _b64decoded(data)
    for url, text in list(bodies.items()):   # an iCalendar file's content lines unfolded (RFC 5545 §3.1), as a calendar reads them
        if text.startswith("BEGIN:VCALENDAR"):
            bodies[f"{url}#unfolded"] = _unfolded(text)
    for url, text in list(bodies.items()):   # the pages a TRS pager's call writes links to
        if pages := _trs_pager_pages(url, text):
            bodies[f"{url}#pager"] = "\n".join(pages)
    return request.param, sandbox, truth, bodies


def _mht_html(data: bytes) -> str:
    """The HTML part of an MHTML (RFC 2557) message, its transfer encoding and charset undone."""
    import email

    part = next(p for p in email.message_from_bytes(data).walk() if p.get_content_type() == "text/html")
    return part.get_payload(decode=True).decode(part.get_content_charset())


def _sniffed_html(body: bytes) -> bool:
    """Whether a browser renders an answer without a Content-Type as HTML: WHATWG MIME Sniffing's rules for an
    unknown type (section 7.1) match `<!DOCTYPE HTML` or `<HTML` (any case) after leading whitespace, among others."""
    return body.lstrip(b" \t\n\r\x0c")[:14].upper().startswith((b"<!DOCTYPE HTML", b"<HTML"))


def _text(headers, body: bytes) -> str:
    """An answer's text in the charset its Content-Type names, as a browser reads it (a `gb2312` page is GBK, which
    gb18030 extends), else UTF-8; a UTF-16 byte order mark first wins over the header, as in browsers."""
    if body[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return body.decode("utf-16", "replace")
    charset = re.search(r"charset=([\w-]+)", dict(headers).get("Content-Type", ""))
    name = charset.group(1).lower() if charset else "utf-8"
    return body.decode("gb18030" if name.startswith("gb") else name, "replace")


def _xor_decrypted(data: str, key: str) -> str:
    """What the cryptlist loader's decrypt() gives: base64-decoded bytes XORed with the key's, as UTF-8."""
    raw = base64.b64decode(data)
    return bytes(c ^ ord(key[i % len(key)]) for i, c in enumerate(raw)).decode("utf-8")


def _docx_links(data: bytes) -> str:
    """A Word file's text and its hyperlinks' targets, what opening it shows: word/document.xml and every other part
    of word/ (footnotes, headers, …) with their relationships."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = ["word/document.xml", "word/_rels/document.xml.rels"]
        parts += sorted(n for n in z.namelist() if n.startswith("word/") and n.endswith((".xml", ".rels", ".htm"))
                        and n not in parts)   # .htm: an HTML part a body imports by altChunk, which Word converts
        text = "".join(z.read(n).decode("utf-8") for n in parts if n in z.namelist())
        embedded = "".join(_xlsx_links(z.read(n)) for n in sorted(z.namelist())   # a worksheet pasted as an object
                           if n.startswith("word/embeddings/") and n.endswith(".xlsx"))   # opens in Excel, links live
        return text + "".join(_field_codes(z.read("word/document.xml"))) + embedded


def _pptx_links(data: bytes) -> str:
    """A PowerPoint file's slides and their relationships (the hyperlinks' targets), what showing it offers."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in sorted(z.namelist()) if n.startswith("ppt/slides/"))


def _epub_spine(data: bytes) -> str:
    """An EPUB's content documents in reading order, found as a reader finds them: META-INF/container.xml names the
    package document, whose spine names manifest items (EPUB 3, OCF and OPF)."""
    from posixpath import dirname, join, normpath
    from xml.etree import ElementTree

    opf = "{http://www.idpf.org/2007/opf}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/epub+zip"
        container = ElementTree.fromstring(z.read("META-INF/container.xml"))
        package_path = next(container.iter("{urn:oasis:names:tc:opendocument:xmlns:container}rootfile")).get("full-path")
        package = ElementTree.fromstring(z.read(package_path))
        items = {i.get("id"): i.get("href") for i in package.iter(f"{opf}item")}
        return "".join(z.read(normpath(join(dirname(package_path), items[ref.get("idref")]))).decode("utf-8")
                       for ref in package.iter(f"{opf}itemref"))


def _xps_pages(data: bytes) -> str:
    """An XPS document's fixed pages in order, found as a viewer finds them: the package's root relationship names
    the document sequence, which names the documents, which name their pages."""
    from xml.etree import ElementTree

    xps = "{http://schemas.microsoft.com/xps/2005/06}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        (sequence,) = [r.get("Target") for r in ElementTree.fromstring(z.read("_rels/.rels"))
                       if r.get("Type") == "http://schemas.microsoft.com/xps/2005/06/fixedrepresentation"]
        pages = []
        for ref in ElementTree.fromstring(z.read(sequence.lstrip("/"))).iter(f"{xps}DocumentReference"):
            document = ref.get("Source").lstrip("/")
            folder = document.rsplit("/", 1)[0]
            pages += [f"{folder}/{p.get('Source')}" for p in ElementTree.fromstring(z.read(document)).iter(f"{xps}PageContent")]
        return "".join(z.read(p).decode("utf-8") for p in pages)


def _field_codes(document: bytes) -> list[str]:
    """The code of each complex field of a Word body (its `<w:instrText>` runs from `begin` to `separate`, joined:
    what Word reads as the field's instruction, however the runs split it), in document order."""
    from xml.etree import ElementTree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    codes, current = [], None
    for e in ElementTree.fromstring(document).iter():
        kind = e.get(f"{w}fldCharType") if e.tag == f"{w}fldChar" else None
        if kind == "begin":
            current = []
        elif kind == "separate" and current is not None:
            codes.append("".join(current))
            current = None
        elif e.tag == f"{w}instrText" and current is not None:
            current.append(e.text or "")
    return codes


def _xlsx_links(data: bytes) -> str:
    """A workbook's sheets and their hyperlinks' targets (every xl/worksheets/sheetN.xml, hidden ones too, and its
    relationships, if any: a sheet whose links are HYPERLINK formulas has none), its cells' notes (the
    xl/commentsN.xml parts Excel shows when a cell is pointed at) and its drawings' relationships (the hyperlinks
    of shapes drawn over the cells, which a click on the shape opens)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = sorted(n for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
        rels = [f"xl/worksheets/_rels/{n.rsplit('/', 1)[1]}.rels" for n in sheets]
        notes = sorted(n for n in z.namelist() if re.fullmatch(r"xl/comments\d+\.xml", n))
        shapes = sorted(n for n in z.namelist() if re.fullmatch(r"xl/drawings/_rels/drawing\d+\.xml\.rels", n))
        return "".join(z.read(n).decode("utf-8")
                       for n in sheets + [r for r in rels if r in z.namelist()] + notes + shapes)


def _xls_links(data: bytes) -> str:
    """A binary Excel 97-2003 workbook's hyperlinks (HLINK records, read by xlrd), one address a line."""
    book = xlrd.open_workbook(file_contents=data)
    return "\n".join(link.url_or_path for sheet in book.sheets() for link in sheet.hyperlink_list)


def _doc_text(data: bytes) -> str:
    """A Word 97-2003 document's text (field codes in it) by its piece table: the FIB's fcClx/lcbClx (the 34th pair
    of FibRgFcLcb97) in the table stream the FIB names, each piece's UTF-16LE or compressed cp1252 characters."""
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        word = ole.openstream("WordDocument").read()
        table = ole.openstream("1Table" if struct.unpack_from("<H", word, 10)[0] & 0x0200 else "0Table").read()
    fc, lcb = struct.unpack_from("<II", word, 154 + 33 * 8)
    clx = table[fc:fc + lcb]
    assert clx[0] == 2, "a Clx with a Prc first: not written by the sandbox"
    size = struct.unpack_from("<I", clx, 1)[0]
    pieces = (size - 4) // 12
    cps = struct.unpack_from(f"<{pieces + 1}I", clx, 5)
    text = []
    for i in range(pieces):
        piece_fc = struct.unpack_from("<I", clx, 5 + 4 * (pieces + 1) + 8 * i + 2)[0]
        count = cps[i + 1] - cps[i]
        if piece_fc & 0x40000000:   # fCompressed: 8-bit characters at half the offset
            start = (piece_fc & ~0x40000000) // 2
            text.append(word[start:start + count].decode("cp1252"))
        else:
            text.append(word[piece_fc:piece_fc + 2 * count].decode("utf-16-le"))
    return "".join(text)


def _rtf_text(data: bytes) -> str:
    """An ansicpg936 RTF's text with its `\\'hh` escapes read as GBK bytes (control words left in)."""
    raw = re.sub(rb"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)
    return raw.decode("gbk", "replace")


def _pdf_uris(data: bytes) -> list[str]:
    """The targets of a PDF's URI actions (`/URI (…)` of its link annotations), what clicking its links opens."""
    return [m.decode("latin-1") for m in re.findall(rb"/URI \(([^)]*)\)", data)]


def _pdf_decrypted_uris(data: bytes) -> list[str]:
    """The targets of the URI actions of an encrypted PDF's link annotations, read by pdfminer after it derives the
    file key from the empty user password (what every reader does to open a file locked by an owner password only)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    if b"/Encrypt" not in data:
        return []
    uris = []
    for page in PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data)), password="")):
        for annot in map(resolve1, resolve1(page.annots) or []):
            action = resolve1(annot.get("A")) or {}
            if resolve1(action.get("URI")):
                uris.append(resolve1(action["URI"]).decode("latin-1"))
    return uris


def _pdf_with_object_streams(data: bytes) -> bytes:
    """A PDF's bytes followed by the inflated contents of its object streams (`/Type /ObjStm`, PDF 1.5: the objects
    a reader finds there through the cross-reference stream)."""
    inflated = (zlib.decompress(data[m.end():m.end() + int(m.group(1))]) for m in re.finditer(
        rb"<< /Type /ObjStm [^>]*/Filter /FlateDecode /Length (\d+) >>\s*stream\r?\n", data))
    return data + b"".join(inflated)


def _ofd_pages(data: bytes) -> str:
    """The XML of an OFD file's pages (GB/T 33190: the Content.xml each `ofd:Page` of Doc_0/Document.xml names), in
    order: their text objects, and the actions those carry."""
    with zipfile.ZipFile(io.BytesIO(data)) as ofd:
        document = ofd.read("Doc_0/Document.xml").decode("utf-8")
        return "\n".join(ofd.read("Doc_0/" + loc).decode("utf-8")
                         for loc in re.findall(r'<ofd:Page ID="\d+" BaseLoc="([^"]+)"/>', document))


def _pdf_attached_links(data: bytes) -> list[str]:
    """The hyperlinks of the workbooks a PDF carries as embedded files (its EmbeddedFiles name tree), read by pdfium."""
    import pypdfium2

    if b"/EmbeddedFiles" not in data:
        return []
    pdf = pypdfium2.PdfDocument(data)
    try:
        files = [bytes(pdf.get_attachment(i).get_data()) for i in range(pdf.count_attachments())]
    finally:
        pdf.close()
    return [_xlsx_links(f) for f in files if f.startswith(b"PK\x03\x04")]


def _pdf_launched_urls(data: bytes) -> list[str]:
    r"""The pages a PDF's JavaScript actions open (`/JS (app.launchURL\("…", …\);)`), what clicking such a link does."""
    return [m.decode("latin-1") for m in re.findall(rb'/S /JavaScript /JS \(app\.launchURL\\\("([^"]*)"', data)]


def _pdf_remote_files(url: str, data: bytes) -> list[str]:
    r"""The files a PDF's remote go-to actions open (`/S /GoToR /F << /Type /Filespec /F (…) >>`), each resolved
    against the PDF's own address `url`, as a reader that opened the PDF from the web resolves a relative file
    specification."""
    return [urljoin(url, m.decode("latin-1"))
            for m in re.findall(rb"/S /GoToR /F << /Type /Filespec /F \(([^)]*)\) >>", data)]


def _pdf_shown_urls(data: bytes) -> list[str]:
    """Addresses a PDF prints as text (`(http://…) Tj` in an uncompressed page stream): a table of typed-out URLs."""
    return [m.decode("latin-1") for m in re.findall(rb"\((https?://[^)\s]*)\) Tj", data)]


def _unfolded(text: str) -> str:
    """An iCalendar text with its folded lines joined: a line break followed by a space or a tab is removed."""
    return re.sub(r"\r\n[ \t]", "", text)


def _gunzipped_b64(data: str) -> str:
    """An inline list gzip-compressed and base64-encoded, as a page's script inflates it."""
    return gzip.decompress(base64.b64decode(data)).decode("utf-8")


def _homepage(truth, url: str) -> str:
    """The homepage of the portal one of whose hosts serves `url`."""
    host = urlsplit(url).hostname
    return next(p["homepage"] for p in truth["portals"] if host in p["hosts"])


def _unpacked(text: str) -> str:
    """The source of the packed script in `text` (base-36 mode): each ASCII word of the packed text is the base-36
    index of its word in the `|`-separated list (an empty entry: the word is its own code)."""
    packed, words = re.search(r"\}\('(.*?)',36,\d+,'(.*?)'\.split\('\|'\)", text, re.S).groups()
    words = words.split("|")
    return re.sub(r"\w+", lambda m: words[int(m.group(), 36)] or m.group(), packed, flags=re.ASCII)


def _trs_pager_pages(page: str, text: str) -> list[str]:
    """The other pages TRS's createPageHTML(count, index, name, ext) calls in `page` link (common.TRS_PAGER_JS, the
    function document.write()s them): `name.ext` for the first, `name_<i>.ext` for the i-th after it. Only where
    the page defines the function so (another createPageHTML, countdown's, names its pages otherwise)."""
    if '_sPageName + "_" + i + "." + _sPageExt' not in text:
        return []
    return [urljoin(page, f"{name}_{i}.{ext}" if i else f"{name}.{ext}")
            for count, index, name, ext in re.findall(r'createPageHTML\((\d+), (\d+), "([\w.-]+)", "(\w+)"\)', text)
            for i in range(int(count)) if i != int(index)]


def _with_scripts(page: str, text: str, bodies: dict[str, str]) -> str:
    """The page's text and the text of each external script it loads that the world served (what a browser runs
    together: a list's onclick values and the shared script's function that makes them an address)."""
    sources = (urljoin(page, html.unescape(src)) for src in re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', text))
    return text + "".join(bodies.get(src, "") for src in sources if src != page)


def _post_answers(page: str, text: str, bodies: dict[str, str]) -> str:
    """The answers of the POST interfaces on the page's host whose host-relative address (path and query) the page
    names, in a script or an attribute: what a browser running the page gets back from them."""
    named = html.unescape(text)
    answers = []
    for key, body in bodies.items():
        url, mark, _ = key.partition("#post")
        parts = urlsplit(url)
        if mark and parts.hostname == urlsplit(page).hostname and f"{parts.path}?{parts.query}".rstrip("?") in named:
            answers.append(body)
    return "".join(answers)


def _base(page: str, text: str) -> str:
    """What the page's relative URLs are resolved against: its `<base href>` if it has one, else its URL."""
    base = re.search(r'<base\s[^>]*href="([^"]+)"', text)
    return urljoin(page, html.unescape(base.group(1))) if base else page


def _linked_paths(page: str, text: str) -> set[str]:
    """Paths of the page's href/src/action attributes, relative ones resolved against the page (or its base), each
    as written and as a browser requests it (non-ASCII characters percent-encoded as UTF-8, whatever the page's
    encoding: the URL standard's path percent-encode set)."""
    base = _base(page, text)
    paths = {urlsplit(urljoin(base, _backslashes(_url_whitespace(html.unescape(m))))).path
             for m in re.findall(r'(?:href|src|action)="([^"]+)"', text)}
    return paths | {quote(p, safe="/%!$&'()*+,;=:@~") for p in paths if not p.isascii()}


def _url_whitespace(reference: str) -> str:
    """A reference as the URL parser reads it: leading and trailing C0 controls and spaces stripped, every ASCII tab
    and newline removed (a template that wraps an href across lines still links its address)."""
    return re.sub(r"[\t\n\r]", "", reference).strip("".join(map(chr, range(0x21))))


def _backslashes(reference: str) -> str:
    """An http(s) reference as the WHATWG URL parser reads it: a backslash before the query is a path separator
    (browsers follow `2022\\x.htm` to `2022/x.htm`; urljoin keeps the backslash)."""
    path, mark, rest = reference.partition("?")
    return path.replace("\\", "/") + mark + rest


def _char_code_strings(text: str) -> str:
    """The strings the page's `String.fromCharCode(n, …)` calls of decimal literals make (what a browser's script gets
    from them), one a line."""
    return "".join(
        "\n" + "".join(map(chr, map(int, re.findall(r"\d+", args)))).encode("utf-16", "surrogatepass").decode("utf-16")
        for args in re.findall(r"String\.fromCharCode\(\s*(\d+(?:\s*,\s*\d+)*)\s*\)", text))


def _atob_written(text: str) -> str:
    """The markup the atobwrite columns' scripts write: each `atob("…")` argument of `text` decoded, as the browser's
    atob() and decodeURIComponent(escape(…)) do, one per line."""
    return "\n".join(base64.b64decode(data).decode("utf-8") for data in re.findall(r'atob\("([A-Za-z0-9+/=]*)"\)', text))


def _escaped_strings(text: str) -> str:
    """The strings the page's JavaScript string literals written wholly in `\\xHH`/`\\uHHHH` escapes stand for
    (what a browser's script gets from them: the language unescapes them), one a line."""
    literals = re.findall(r'"((?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4})+)"', text)
    return "".join("\n" + json.loads('"' + re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", lit) + '"') for lit in literals)


XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _xml_base_links(page: str, text: str) -> set[str]:
    """Paths of an XML document's `href` attributes resolved as XML Base says (RFC 4287 §2 for Atom): against the
    `xml:base` of the element and its ancestors, each resolved against the one outside it, the outermost against the
    document's address `page`. Empty for a text that is not an XML document."""
    if not text.lstrip().startswith("<?xml"):
        return set()
    # the text is decoded already: its declaration goes (one naming GBK would make expat refuse the UTF-8 bytes)
    declaration_free = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        root = ElementTree.fromstring(declaration_free)   # a sandbox's own bytes: no untrusted XML here
    except ElementTree.ParseError:
        return set()
    paths: set[str] = set()

    def walk(element, base: str) -> None:
        base = urljoin(base, element.get(XML_BASE)) if element.get(XML_BASE) else base
        if element.get("href"):
            paths.add(urlsplit(urljoin(base, element.get("href"))).path)
        for child in element:
            walk(child, base)

    walk(root, page)
    return paths


def _reversed_urls(text: str) -> str:
    """The addresses a page's script writes right way round from its links' `data-url` values when the page has a
    script that reverses them (`.split("").reverse().join("")`), one a line; "" for a page without one."""
    if '.split("").reverse().join("")' not in text:
        return ""
    return "".join("\n" + html.unescape(value)[::-1] for value in re.findall(r'data-url="([^"]*)"', text))


def _b64decoded(value: str) -> str:
    """`value` base64-decoded (what a script's btoa() was given), or "" if it is not base64 of UTF-8 text."""
    try:
        return base64.b64decode(value, validate=True).decode("utf-8") or ""
    except ValueError:   # binascii.Error and UnicodeDecodeError are ValueErrors
        return ""


def _b64_query_addresses(text: str) -> set[str]:
    """The addresses a page's links carry Base64-encoded whole in a query value (a file previewer's `?url=`)."""
    return {_b64decoded(unquote(v)) for v in re.findall(r"[?&]url=([A-Za-z0-9%+/=]+)", text)} - {""}


def _cleared(sandbox, url: str) -> dict[str, str]:
    """Headers of a client that has passed the host's anti-bot challenge, if it has one (a browser, once the
    challenge script ran: test_quirk_of_the_family checks the jsl family's script computes this cookie)."""
    site = sandbox.sites.get(urlsplit(url).hostname)
    cookie = {"Cookie": site.challenge_cookie()} if site is not None and site.challenge else {}
    return {"User-Agent": BROWSER_UA, **cookie}   # a browser names itself (a host firewall may want that)


def _after_jump(sandbox, url: str, status: int, headers, body: bytes) -> tuple[int, list, bytes]:
    """A firewall's jump (a 302 elsewhere that sets a cookie) answered as its visitor does: the same address asked
    again with the cookie. Any other answer as it is."""
    cookie = dict(headers).get("Set-Cookie", "").split(";")[0]
    if status != 302 or not cookie:
        return status, headers, body
    return sandbox.handle("GET", url, {**_cleared(sandbox, url), "Cookie": cookie})


def _after_counter(sandbox, url: str, status: int, headers, body: bytes) -> tuple[int, list, bytes]:
    """A page that serves only visits its counter image has seen, answered as a browser's visit is: the guard page's
    counter image fetched (its answer sets the cookie), the same address asked again with that cookie. Any other
    answer as it is."""
    from nianbao.crawler.sandbox.family_beaconcookie import GUARD_NOTE
    if status != 200 or GUARD_NOTE.encode() not in body:
        return status, headers, body
    image = urljoin(url, html.unescape(re.search(r'<img src="([^"]+)"', body.decode()).group(1)))
    cookie = dict(sandbox.handle("GET", image, _cleared(sandbox, image))[1])["Set-Cookie"].split(";")[0]
    return sandbox.handle("GET", url, {**_cleared(sandbox, url), "Cookie": cookie})


def get(sandbox, url: str, *, cleared: bool = True) -> tuple[int, dict, bytes]:
    status, headers, body = sandbox.handle("GET", url, _cleared(sandbox, url) if cleared else {})
    return status, dict(headers), body


def test_family_lists_agree():
    assert set(TUNING_FAMILIES) | set(HELD_OUT_FAMILIES) == set(EXTRA_FAMILIES)
    assert not set(TUNING_FAMILIES) & set(HELD_OUT_FAMILIES)
    assert len(TUNING_FAMILIES) == 315 and not HELD_OUT_FAMILIES
    assert FAMILIES == DEFAULT_FAMILIES + EXTRA_FAMILIES


def test_every_family_mixed_builds_without_two_pages_at_one_address():
    """Two portals of every family: ztree's 4-digit article ids once met in one county ("two pages at
    …/OpennessAnnualReport/show/5949.html"); the builder refuses such a world, so building it is the check."""
    sandbox = build_sandbox(portals=2 * len(FAMILIES), families=FAMILIES)
    assert len(sandbox.ground_truth()["reports"]) > 2 * len(FAMILIES)


def test_unknown_family_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="choose from"):
        build_sandbox(portals=1, families=("nosuchcms",))


def test_every_document_is_served(world):
    family, sandbox, truth, _ = world
    reports = {r["key"]: r for r in truth["reports"]}
    assert truth["documents"], family
    files: dict[str, int] = {}
    for doc in truth["documents"]:
        files[doc["format"]] = files.get(doc["format"], 0) + 1
        if doc["format"] != "html" and files[doc["format"]] > 3:   # rendering a PDF/DOCX takes 0.1-0.2 s: a sample
            continue
        status, headers, body = get(sandbox, doc["url"])
        if status == 403:   # a file behind hotlink protection answers a request that says it came from its portal
            homepage = next(p["homepage"] for p in truth["portals"] if p["id"] == doc["portal_id"])
            status, headers, body = sandbox.handle("GET", doc["url"], {"Referer": homepage})
            headers = dict(headers)
        if status == 403:   # …or a firewall that wants a browser's Accept headers
            status, headers, body = sandbox.handle("GET", doc["url"], {**_cleared(sandbox, doc["url"]), **BROWSER_ACCEPT})
            headers = dict(headers)
        status, headers, body = _after_jump(sandbox, doc["url"], status, headers, body)
        headers = dict(headers)
        assert status == 200, (doc["url"], status)
        if doc["format"] == "html":
            title, text = reports[doc["report_key"]]["title"], _text(headers, body)
            if "charset=big5" in headers.get("Content-Type", ""):   # a 繁體 copy: its title converted, NCRs left
                from nianbao.crawler.sandbox.family_big5gate import TO_TRADITIONAL
                title, text = title.translate(TO_TRADITIONAL), html.unescape(text)
            assert title in text, doc["url"]
        elif doc["format"] == "pdf":   # a download servlet may send octet-stream, naming the .pdf file instead
            named = re.search(r"filename\*?=[^;]*\.pdf\"?$", headers.get("Content-Disposition", ""))
            assert headers["Content-Type"] == "application/pdf" or (
                headers["Content-Type"] == "application/octet-stream" and named), doc["url"]
            assert body.startswith(b"%PDF"), doc["url"]
        elif doc["format"] == "ofd":   # GB/T 33190: a zip whose OFD.xml names the document
            assert body.startswith(b"PK") and "OFD.xml" in zipfile.ZipFile(io.BytesIO(body)).namelist(), doc["url"]
        elif doc["format"] == "zip":   # an archive of several reports: the document is its member of that name
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                member = archive.read(doc["member"])
            assert member.startswith(b"%PDF" if doc["member_format"] == "pdf" else b"PK"), (doc["url"], doc["member"])
        elif doc["format"] == "wps":   # a WPS Office file: an OLE compound file, as a .doc is
            assert body.startswith(bytes.fromhex("D0CF11E0A1B11AE1")), doc["url"]
        elif doc["format"] == "ceb":   # an Apabi file: the sandbox's stand-in header (family_cebfile)
            assert body.startswith(b"CEB"), doc["url"]
        elif doc["format"] == "rtf":   # Rich Text Format, its Chinese as escaped GBK bytes
            assert body.startswith(b"{\\rtf1") and reports[doc["report_key"]]["title"] in _rtf_text(body), doc["url"]
        else:
            assert doc["format"] == "docx" and body.startswith(b"PK"), doc["url"]


def test_every_document_is_announced_by_a_page(world):
    """Its path is written in some served page (link, script, JSON, an address as plain text — also as JSON with escaped slashes, `\\/`,
    which PHP's json_encode writes, or `\\u002F`, which Nuxt's devalue writes, or percent-encoded whole as another URL's query value, as a document viewer's
    `?file=` is, or Base64-encoded whole as one, as kkFileView's `?url=` is), or a form on a page names its path and offers every one of its query values (selectors that
    enumerate units and years), or a JSON config that names its path and declares its ids base64-encoded lists
    each query value decoded, or a page whose values a script it loads names the path of (or the answer of a POST interface
    the page names holds them), or a string a page's String.fromCharCode() makes names it, or a string literal of
    escape sequences only (`\\x2f…`) does, or the markup a page's script decodes from base64 by atob() does, or a
    `data-url` a page's script reverses does, or an XML document's href
    does once its `xml:base` attributes resolve it (an Atom feed's)."""
    family, sandbox, truth, bodies = world
    linked = {page: _linked_paths(page, text) | _xml_base_links(page, text) for page, text in bodies.items()}
    run = {page: _with_scripts(page, text, bodies) + _char_code_strings(text) + _escaped_strings(text) + _reversed_urls(text)
           + _post_answers(page, text, bodies) + _atob_written(text) for page, text in bodies.items()}
    for doc in truth["documents"]:
        parts = urlsplit(doc["url"])   # the query's escapes as its server reads them (a GBK site's, GBK)
        values = [v for _, v in parse_qsl(parts.query, encoding=sandbox.sites[parts.hostname].query_encoding)]
        escaped, encoded = parts.path.replace("/", "\\/"), quote(parts.path, safe="")
        unicode_escaped = parts.path.replace("/", "\\u002F")
        announced = any((parts.path in text or escaped in text or encoded in text or unicode_escaped in text
                         or parts.path in _flight_stream(text)
                         or parts.path in linked[page] or doc["url"] in _b64_query_addresses(text))
                        and all(v in text or ('"base64"' in text and _b64decoded(v) in text) for v in values)
                        for page, text in run.items() if page != doc["url"])
        assert announced, (family, doc["url"])


def test_documents_on_their_portals_hosts_and_spam_out_of_scope(world):
    family, _, truth, _ = world
    hosts = {p["id"]: set(p["hosts"]) for p in truth["portals"]}
    for doc in truth["documents"]:
        assert urlsplit(doc["url"]).hostname in hosts[doc["portal_id"]], doc["url"]
    every = set().union(*hosts.values())
    assert not every & set(truth.get("spam_hosts", []))


def test_historical_reports_are_pre2019_without_tables(world):
    family, sandbox, truth, _ = world
    old = [r for r in truth["reports"] if r["year"] < 2019]
    assert old and all(r["template"] == "pre2019" and r["tables"] == {} and r["sections"] for r in old), family
    assert {r["key"] for r in old} <= {d["report_key"] for d in truth["documents"]}


def test_lookalike_non_reports_are_served_and_not_documents(world):
    family, sandbox, truth, _ = world
    documents = {d["url"] for d in truth["documents"]}
    lookalike = [u for u in truth["non_reports"] if get(sandbox, u)[0] == 200
                 and "年度报告" in get(sandbox, u)[2].decode("utf-8", "replace")]
    assert lookalike and not set(lookalike) & documents, family


# --- each family's quirk ---

def _portal_hosts(truth) -> dict[str, list[str]]:
    return {p["id"]: p["hosts"] for p in truth["portals"]}


def test_quirk_of_the_family(world):
    family, sandbox, truth, bodies = world
    registry = {row["id"]: row for row in sandbox.portals}
    docs = truth["documents"]
    if family == "dual":
        for pid, hosts in _portal_hosts(truth).items():
            www = hosts[0]
            bare, sub, ip = www.removeprefix("www."), "xxgk." + www.removeprefix("www."), hosts[-1]
            assert set(hosts) == {www, bare, sub, ip} and re.fullmatch(r"[\d.]+", ip)
            assert registry[pid]["hosts"] == ""          # nothing but the homepage is declared
            on = {urlsplit(d["url"]).hostname for d in docs if d["portal_id"] == pid}
            assert {bare, sub, ip} <= on, on
    elif family == "ajax":
        script_only = [d for d in docs if d.get("needs_browser")]
        assert script_only and any(not d.get("needs_browser") for d in docs)
        assert all(urlsplit(d["url"]).hostname.count(".") == 2 for d in script_only)   # bare domain
        api = [t for u, t in bodies.items() if "/common/channel/list" in u]
        assert api and all(urlsplit(d["url"]).path in "".join(api) or "recordset" in "".join(bodies.values())
                           for d in script_only)
        columns = [t for u, t in bodies.items() if 'id="list"' in t]
        assert columns and all('<li><a href="/' not in t.split('id="list"', 1)[1][:40] for t in columns)
    elif family == "nbmodule":
        entry = next(t for u, t in bodies.items() if u.endswith("/module/xxgk/annualreport.jsp"))
        assert '<select name="area">' in entry and '<select name="fbtime">' in entry
        assert all("xxgkAnnualReport.jsp?area=" in d["url"] for d in docs)
        status, _, body = get(sandbox, docs[0]["url"].split("&fbtime=")[0] + "&fbtime=2030")
        assert status == 200 and "暂无".encode() in body          # a soft "none" page, not a 404
    elif family == "countdown":
        for hosts in _portal_hosts(truth).values():
            lists = [u for u in bodies if urlsplit(u).hostname == hosts[0] and re.search(r"/zfxxgknb/index(_\d+)?\.html$", u)]
            assert len(lists) >= 3
            numbers = sorted(int(m.group(1)) for u in lists if (m := re.search(r"index_(\d+)\.html$", u)))
            assert numbers == list(range(1, len(lists)))      # index.html, then index_<P-1> … index_1
            years = {int(y) for u in lists if u.endswith("/index_1.html") for y in re.findall(r"(20\d\d)年", bodies[u])}
            assert min(years) < 2019                              # the oldest page holds the historical reports
        assert truth.get("spam_hosts")
    elif family == "province":
        platform = {urlsplit(d["url"]).hostname for d in docs}
        assert len(platform) == 1
        host = platform.pop()
        assert all(registry[pid]["hosts"] == host for pid in registry)        # the registry declares it
        form = next(t for u, t in bodies.items() if "/nbpt/area.jsp?areacode=" in u)
        assert '<select name="unitid">' in form and '<select name="year">' in form
    elif family == "docwrite":
        for pid, hosts in _portal_hosts(truth).items():
            assert len(hosts) == 2 and hosts[1].endswith("xxgk." + hosts[0].removeprefix("www."))
            assert registry[pid]["hosts"] == ""
        written = [t for t in bodies.values() if "document.write" in t and "infolist" in t]
        assert written and all('<a href="/show.php' not in t.split("var infolist", 1)[0] for t in written)
        assert any(d.get("needs_browser") for d in docs) and any(not d.get("needs_browser") for d in docs)
        assert any("下一页" in t and "&amp;page=2" in t for t in bodies.values())
    elif family == "zwgkhost":
        for pid, hosts in _portal_hosts(truth).items():
            other = {h for h in hosts if h.endswith("xian.gov.cn")}
            assert len(other) == 2 and any(h.startswith("zwgk.") and h.endswith(".gov.cn") for h in set(hosts) - other)
            on = {urlsplit(d["url"]).hostname for d in docs if d["portal_id"] == pid}
            assert on & other and on - other                       # some links use the second domain
        history = [d for d in docs if "?year=" not in d["url"] and
                   next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert history
        assert any('<select name="year"' in t and "?year=2010" not in t for t in bodies.values())
        assert truth.get("spam_hosts")
    elif family == "kingcms":
        formats = {d["format"] for d in docs}
        assert {"html", "pdf", "docx"} <= formats
        attachment_hosts = {urlsplit(d["url"]).hostname for d in docs if d["format"] != "html"}
        assert attachment_hosts and all(re.fullmatch(r"[\d.]+", h) for h in attachment_hosts)
        assert any("尾页" in t and "list.php?catid=" in t and "&amp;page=" in t for t in bodies.values())
        assert truth.get("spam_hosts")
    elif family == "postpager":
        posted = [t for u, t in bodies.items() if "#post" in u]
        assert posted and all('method="post"' in t and "goPage(" in t for t in posted)
        first_pages = {u: t for u, t in bodies.items() if "/channel/" in u and "#post" not in u}
        only_posted = {d["url"] for d in docs if not any(urlsplit(d["url"]).path in t for t in first_pages.values())}
        assert only_posted and all(any(urlsplit(u).path in t for t in posted) for u in only_posted)
        assert all(re.search(r"/c/20\d\d-\d\d-\d\d/\d+\.shtml$", d["url"]) for d in docs)
    elif family == "unittree":
        frames = [t for u, t in bodies.items() if "<iframe" in t and "/zfxxgknb_" in u]
        assert frames
        unit_docs = [d for d in docs if "/bmjz/" in d["url"]]
        assert unit_docs and any("/zwgk/zfxxgknb/" in d["url"] for d in docs)
        for doc in unit_docs:   # linked only from its column's list.html, the frame's document
            folder = doc["url"].rsplit("/", 2)[0]
            pages = [u for u, t in bodies.items() if urlsplit(doc["url"]).path in t]
            assert pages == [folder + "/list.html"], (doc["url"], pages)
        assert any("/zwgk/zfxxgknb/2010/" in d["url"] for d in docs)
    elif family == "hashspa":
        shell = next(t for u, t in bodies.items() if u.endswith("/zwgk/gknb/index.html"))
        assert '<div id="app">' in shell and 'href="#/bmnb"' in shell and 'method: "POST"' in shell
        assert all(re.search(r"/zwgk/gknb/\w+/\d{19}\.html$", d["url"]) for d in docs)
        static = {d["url"] for d in docs if not d.get("needs_browser")}
        assert len(static) <= len(registry)                 # one per portal, on its home
    elif family == "refresh":
        for portal in truth["portals"]:
            stub = bodies[portal["homepage"]]
            target = re.search(r'window\.location(?:\.href = |\.replace\()"([^"]+)"', stub).group(1)
            refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', stub)
            assert "<a " not in stub and (refresh is None or refresh.group(1) == target)
            scripted = {d["url"] for d in docs if d["portal_id"] == portal["id"] and d.get("needs_browser")}
            assert scripted == (set() if refresh else {d["url"] for d in docs if d["portal_id"] == portal["id"]})
            front = urljoin(portal["homepage"], target)
            assert bodies[front] and "zfxxgkndbg" not in bodies[front]      # the front page never links the column
            column = urlsplit(front).path.rsplit("/", 1)[0] + "/zfxxgkndbg/index.html"
            linking = [u for u, t in bodies.items() if column in _linked_paths(u, t) and "/zfxxgkndbg/" not in u]
            assert linking == [f"http://{urlsplit(front).hostname}/wzdt/index.html"], linking
        assert any("/zfxxgkndbg/xz/" in d["url"] for d in docs) and any("/zfxxgkndbg/bm/" in d["url"] for d in docs)
        assert any(d.get("needs_browser") for d in docs) and any(not d.get("needs_browser") for d in docs)
    elif family == "ztree":
        trees = {u: json.loads(t) for u, t in bodies.items() if "/openness/OpennessOrg/tree" in u}
        top = next(nodes for u, nodes in trees.items() if "?" not in u)
        assert top and all(n["isParent"] and f"?id={n['id']}" in "".join(trees) for n in top)
        unit_lists = {n["url"] for u, nodes in trees.items() if "?" in u for n in nodes}
        shell = next(t for u, t in bodies.items() if u.endswith("/openness/index.html"))
        assert '<ul id="orgTree" class="ztree"></ul>' in shell and 'type: "get"' in shell
        only_tree = [d for d in docs if d.get("needs_browser")]
        assert only_tree and any(not d.get("needs_browser") for d in docs)
        for doc in only_tree:   # its list is named by the tree's JSON alone, never linked by a page
            lists = [u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and "/showList/" in u]
            assert lists and all(urlsplit(u).path.split("/page_")[0] + "/page_1.html" in unit_lists for u in lists)
            assert not any(urlsplit(lst).path.split("/page_")[0] in t for lst in lists for u, t in bodies.items()
                           if "/showList/" not in u and "/OpennessOrg/tree" not in u), doc["url"]
    elif family == "loadmore":
        columns = [t for u, t in bodies.items() if re.search(r"/xxgk/zfxxgknb/\w+\.htm$", u)]
        assert any('id="loadMore"' in t and "加载更多" in t and "/system/resource/loadmore.jsp" in t for t in columns)
        fragments = {u: t for u, t in bodies.items() if "/system/resource/loadmore.jsp?" in u}
        later = [d for d in docs if d.get("needs_browser") and d["format"] == "html"]
        assert later and any(not d.get("needs_browser") for d in docs)
        for doc in later:   # only a 加载更多 fragment (page 2 on) lists it
            path = urlsplit(doc["url"]).path
            assert [u for u, t in bodies.items() if path in t] == [u for u, t in fragments.items() if path in t]
            assert not any(path in t for u, t in fragments.items() if u.endswith("&page=1"))
        past = get(sandbox, next(iter(fragments)).split("&page=")[0] + "&page=99")
        assert past[0] == 200 and past[2] == b""
        opened = [d for d in docs if d["format"] == "pdf"]
        assert opened
        for doc in opened:   # opened by a script on click, never an href
            query = html.escape(urlsplit(doc["url"]).query)
            parents = [t for t in bodies.values() if query in t]
            assert parents and all(f"onclick=\"window.open('/system/_content/download.jsp?{query}')\"" in t
                                   and f'href="/system/_content/download.jsp?{query}' not in t for t in parents)
            assert get(sandbox, doc["url"])[1]["Content-Disposition"].startswith("attachment")
    elif family == "frameset":
        for pid, hosts in _portal_hosts(truth).items():
            www, sub = hosts[0], "xxgk." + hosts[0].removeprefix("www.")
            assert hosts == [www, sub] and registry[pid]["hosts"] == ""
            frameset = bodies[f"http://{www}/zwgk/zfxxgkzl/index.htm"]
            assert "<frameset" in frameset and "<a " not in frameset and f'<frame name="main" src="http://{sub}/' in frameset
            nav_url = f"http://{sub}/zfxxgkzl/index.htm"
            nav = bodies[nav_url]
            assert _base(nav_url, nav) == f"http://{www}/zwgk/zfxxgkzl/"
            lists = re.findall(r'href="((?:bm|xz)?zfxxgk\w*/[^"]*index\.htm)"', nav)
            assert len(lists) >= 3
            for rel in lists:   # right only against the base: the same path on the framed page's host is a 404
                assert get(sandbox, urljoin(_base(nav_url, nav), rel))[0] == 200
                assert get(sandbox, urljoin(nav_url, rel))[0] == 404
            on = {urlsplit(d["url"]).hostname for d in docs if d["portal_id"] == pid}
            assert on == {www}
            units = {urlsplit(d["url"]).path.split("/zfxxgkndbg/")[0] for d in docs if d["portal_id"] == pid}
            assert any("/xzzfxxgk/" in u for u in units) and any("/bmzfxxgk/" in u for u in units)
    elif family == "printed":
        for portal in truth["portals"]:
            www, sub = portal["hosts"][0], portal["hosts"][1]
            assert sub.endswith("xxgk." + www.removeprefix("www.")) and registry[portal["id"]]["hosts"] == ""
            assert get(sandbox, f"http://{sub}/")[0] == 404                 # the sub-host's root leads nowhere
            own = [u for u in bodies if urlsplit(u).hostname == www]
            assert not any(sub in h for u in own for h in re.findall(r'(?:href|src|action)="([^"]+)"', bodies[u]))
            printed = {m for u in own for m in re.findall(r"网址(?:为)?：(http://[^\s。）<]+)", bodies[u])}
            assert len(printed) == 1, printed                              # the 专栏's address, as text only
            column = printed.pop()
            assert urlsplit(column).hostname == sub and column in bodies
            assert any("网址为：" + column in bodies[u] and "/c01_" in u for u in own)   # under a report, too
            on_sub = [d for d in docs if d["portal_id"] == portal["id"] and urlsplit(d["url"]).hostname == sub]
            on_www = [d for d in docs if d["portal_id"] == portal["id"] and urlsplit(d["url"]).hostname == www]
            assert on_www and len(on_sub) > 3 * len(on_www)
        assert any(next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] != "county"
                   for d in docs if "/art/" in d["url"])
    elif family == "laypage":
        layui = get(sandbox, f"http://{truth['portals'][0]['hosts'][0]}/layui/layui.js")
        assert layui[0] == 200 and b'href="javascript:;" data-page="' in layui[2]
        lists = {u: t for u, t in bodies.items() if re.search(r"/zwgk/zfxxgkzl/\w+/index(_\d+)?\.htm$", u)}
        later = {u for u in lists if re.search(r"index_\d+\.htm$", u)}
        assert later and not any(re.search(r"index_\d+\.htm", t) for t in bodies.values())   # no page names them
        for u in later:                                 # announced only by the first page's laypage count
            first = lists[u.rsplit("/", 1)[0] + "/index.htm"]
            count, limit = (int(re.search(rf"{k}: (\d+)", first).group(1)) for k in ("count", "limit"))
            assert int(re.search(r"index_(\d+)\.htm$", u).group(1)) <= -(-count // limit)
            assert 'id="page"' in first and "'index_' + obj.curr + '.htm'" in first and "data-page" not in first
        hidden = [d for d in docs if d.get("needs_browser")]
        assert hidden and any(not d.get("needs_browser") for d in docs)
        for doc in hidden:                              # listed on a later page alone
            pages = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t}
            assert pages and pages <= later, doc["url"]
        assert any("/xtjdbnb/" in d["url"] for d in hidden) and any("/bmnb/" in d["url"] for d in docs)
    elif family == "jsl":
        challenged = set(truth["challenge_hosts"])
        assert challenged and {urlsplit(d["url"]).hostname for d in docs} <= challenged
        assert all(d.get("needs_browser") for d in docs)
        for host in challenged:
            status, headers, body = get(sandbox, f"http://{host}/robots.txt", cleared=False)
            assert status == 200
            doc = next(d["url"] for d in docs if urlsplit(d["url"]).hostname == host)
            status, headers, body = get(sandbox, doc, cleared=False)
            assert status == 521 and headers["Set-Cookie"].startswith("__jsluid_h=") and b"<a " not in body
            script = re.fullmatch(r"<script>document\.cookie=(.+?)\+';max-age=3600;path=/';"
                                  r"location\.href=location\.pathname\+location\.search</script>", body.decode())
            # what the script writes: ('x') is a character, (7+[]+[[]][0]) a digit
            cookie = "".join(a or b for a, b in re.findall(r"\('(.)'\)|\((\d)\+\[\]\+\[\[\]\]\[0\]\)", script.group(1)))
            assert cookie.startswith("__jsl_clearance=") and re.fullmatch(r"\S+=\d+\.\d+\|0\|\w+%3D", cookie)
            status, _, body = sandbox.handle("GET", doc, {"Cookie": f"{headers['Set-Cookie'].split(';')[0]}; {cookie}"})
            assert status == 200 and b"<h1" in body
        homes = {p["homepage"]: get(sandbox, p["homepage"], cleared=False)[0] for p in truth["portals"]}
        assert sorted(homes.values()) == [200, 521]                 # one site wholly behind it, one in part
        open_home = next(u for u, status in homes.items() if status == 200)
        assert any(h in bodies[open_home] for h in challenged) and urlsplit(open_home).hostname not in challenged
    elif family == "yeartabs":
        listed, old_tab = set(), set()
        for shell_url in (u for u in bodies if u.endswith("/xwzx/ztzl/zfxxgknb/index.html")):
            shell = bodies[shell_url]
            assert '<ul id="nbList" class="list"></ul>' in shell and 'data-year="wn"' in shell
            data = json.loads(re.search(r"var nbData = (\{.*?\});</script>", shell).group(1))
            listed |= {row["url"] for tab in data["items"].values() for rows in tab.values() for row in rows}
            old_tab |= {row["url"] for rows in data["items"]["wn"].values() for row in rows}
            assert "\\/xwzx\\/ztzl\\/" in shell and "/xwzx/ztzl/zfxxgknb/2" not in shell   # escaped slashes only
        assert {d["url"] for d in docs} <= listed
        hidden = [d for d in docs if d.get("needs_browser")]
        assert len(hidden) == len(docs) - len(registry)                  # one static link per portal, on its home
        for doc in hidden:                                             # no page's HTML names it
            assert not any(urlsplit(doc["url"]).path in t for u, t in bodies.items() if u != doc["url"]), doc["url"]
        old = [d["url"] for d in docs if next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert old and set(old) <= old_tab
    elif family == "jumpmenu":
        unit_docs = [d for d in docs if "/bmxxgk/" in d["url"]]
        assert unit_docs and any("/zfxxgk/ndbg/" in d["url"] for d in docs)
        assert any("/bmxxgk/xz/" in d["url"] for d in unit_docs) and any("/bmxxgk/bm/" in d["url"] for d in unit_docs)
        directories = {u: t for u, t in bodies.items() if u.endswith("/zfxxgk/bmxxgk/index.html")}
        assert len(directories) == len(registry)
        for doc in unit_docs:   # its unit's page is named by a jump menu's option value alone, never an href
            home = urlsplit(doc["url"]).path.split("/ndgg")[0] + "/index.html"
            naming = [u for u, t in bodies.items() if home in t and u not in (doc["url"], f"http://{urlsplit(u).hostname}{home}")]
            assert naming and set(naming) <= set(directories), (doc["url"], naming)
            assert all(f'<option value="{home}">' in directories[u] and f'href="{home}"' not in directories[u]
                       for u in naming)
        assert all('onchange="if(this.value!=\'\'){window.open(this.value,\'_blank\');}"' in t for t in directories.values())
    elif family == "onclickid":
        for pid, hosts in _portal_hosts(truth).items():
            www, zm = hosts[0], "zmhd." + hosts[0].removeprefix("www.")
            assert hosts == [www, zm] and registry[pid]["hosts"] == ""
            assert {urlsplit(d["url"]).hostname for d in docs if d["portal_id"] == pid} == {zm}
        assert all(re.fullmatch(r"/pages/xxgk/PublicDetail\.aspx", urlsplit(d["url"]).path)
                   and re.fullmatch(r"id=\d{18}&title=", urlsplit(d["url"]).query) for d in docs)
        clicked = [d for d in docs if d.get("needs_browser")]
        assert len(clicked) == len(docs) - len(registry)             # one static link per portal, on its home
        for doc in clicked:   # named by its id in an onclick, the address built by the page's showDetail()
            number = urlsplit(doc["url"]).query.split("&")[0].removeprefix("id=")
            naming = [t for u, t in bodies.items() if number in t and u != doc["url"]]
            assert naming and all(f"onclick=\"showDetail('{number}')\"" in t and f"PublicDetail.aspx?id={number}" not in t
                                  and '"/pages/xxgk/PublicDetail.aspx?id=" + id + "&title="' in t for t in naming)
        assert get(sandbox, clicked[0]["url"].replace("?id=", "?id=9"))[0] == 404
    elif family == "ztreepost":
        posted = {u: json.loads(t) for u, t in bodies.items() if "/zfxxgknb/tree.do#post" in u}
        assert posted and all(get(sandbox, u.split("#")[0])[0] == 405 for u in posted)     # no GET answer
        leaves = {n["url"] for nodes in posted.values() for n in nodes if not n["isParent"]}
        roots = [nodes for nodes in posted.values() if nodes and re.fullmatch(r"\d{4}", nodes[0]["id"])]
        assert len(roots) == len(registry) and min(int(n["id"]) for r in roots for n in r) < 2019
        shells = [t for u, t in bodies.items() if u.endswith("/zfxxgknb/index.shtml")]
        assert shells and all('<ul id="nbTree" class="ztree"></ul>' in t and 'xhr.open("POST"' in t
                              and "type:" not in t.split("var setting", 1)[1][:120] for t in shells)   # zTree's default
        clicked = [d for d in docs if d.get("needs_browser")]
        assert clicked and any(not d.get("needs_browser") for d in docs)
        for doc in clicked:   # its column is named only by a POST answer of the tree, never by a page
            column = urlsplit(doc["url"]).path.rsplit("/", 2)[0] + "/index.shtml"
            assert column in leaves and not any(column in t for u, t in bodies.items() if "#post" not in u), column
        assert {re.search(r"/(bjnb|zfzcbm|xzjd)\d{4}/", d["url"]).group(1) for d in clicked} == {"bjnb", "zfzcbm", "xzjd"}
    elif family == "scrollcursor":
        streams = {u: json.loads(t) for u, t in bodies.items() if "/api/content/stream.jspx?" in u}
        columns = {u: t for u, t in bodies.items() if 'id="infoList"' in t}
        assert len(columns) == 3 * len(registry) and streams
        for u, t in columns.items():   # no button, no pager, no count: only a scroll observer
            assert "IntersectionObserver" in t and 'id="sentinel"' in t
            assert not any(w in t for w in ("加载更多", "下一页", "page=", "pageNo")), u
        last_shown = {re.search(r'data-channel="(\d+)"', t).group(1): re.findall(r'<li data-id="(\d+)"', t)[-1]
                      for t in columns.values()}
        for u, data in streams.items():   # asked for by the id of the last entry shown before, not a number
            query = dict(parse_qsl(urlsplit(u).query))
            earlier = [str(d["next"]) for v, d in streams.items() if f"channelId={query['channelId']}&" in v]
            assert data["items"] and query["after"] in (last_shown[query["channelId"]], *earlier), u
            assert data["next"] in (None, data["items"][-1]["id"])
        assert get(sandbox, next(iter(streams)).split("&after=")[0] + "&after=1")[2] == b'{"items": [], "next": null}'
        scrolled = [d for d in docs if d.get("needs_browser")]
        assert scrolled and any(not d.get("needs_browser") for d in docs)
        for doc in scrolled:   # named by a stream answer alone
            pages = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t}
            assert pages and pages <= set(streams), (doc["url"], pages)
        old = [d for d in scrolled if next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert old and any("/jdbsc/" in d["url"] for d in scrolled)
    elif family == "downfile":
        served = [d for d in docs if d["format"] == "pdf"]
        assert served and any(d["format"] == "html" for d in docs)
        assert {urlsplit(d["url"]).path for d in served} == {"/module/download/downfile.jsp"}   # one path for all
        assert all(re.fullmatch(r"classid=0&filename=[0-9a-f]{32}\.pdf", urlsplit(d["url"]).query) for d in served)
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in served}
        assert not levels & {"county_government", "government_office"} and "department" in levels      # the units' reports, never the government's
        status, headers, body = get(sandbox, served[0]["url"])
        assert headers["Content-Type"] == "application/octet-stream" and "%E5" in headers["Content-Disposition"]
        missing = get(sandbox, served[0]["url"].split("&filename=")[0] + "&filename=" + "0" * 32 + ".pdf")
        assert missing[0] == 200 and "文件不存在".encode() in missing[2]     # a soft "missing" page, not a 404
    elif family == "unitselect":
        answers = {u: json.loads(t) for u, t in bodies.items() if "/xxgk/api/nbList.do?" in u}
        directories = {u: t for u, t in bodies.items() if u.endswith("/xxgk/ndbg/index.html")}
        assert len(directories) == len(registry) and answers
        for u, t in directories.items():   # bare unit codes as option values, the list's address in xxgk.js alone
            codes = re.findall(r'<option value="(\w{18})"', t)
            assert len(codes) > 2 and 'onchange="loadNb(this.value)"' in t and 'src="/xxgk/js/xxgk.js"' in t
            assert {f"{u.rsplit('/xxgk/', 1)[0]}/xxgk/api/nbList.do?unitCode={c}&catalog=ndbg" for c in codes} <= set(answers)
        script = get(sandbox, next(iter(directories)).rsplit("/xxgk/", 1)[0] + "/xxgk/js/xxgk.js")[2].decode()
        assert '"/xxgk/api/nbList.do?unitCode=" + encodeURIComponent(code) + "&catalog=ndbg"' in script
        assert not any("nbList.do" in t for u, t in bodies.items() if "/xxgk/api/" not in u)   # no page names it
        scripted = [d for d in docs if d.get("needs_browser")]
        assert scripted and any(not d.get("needs_browser") for d in docs)
        for doc in scripted:   # named by a JSON answer alone
            pages = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t}
            assert pages and pages <= set(answers), (doc["url"], pages)
        assert get(sandbox, next(iter(answers)).replace("unitCode=", "unitCode=X"))[2] == b"[]"
    elif family == "mobilehost":
        for portal in truth["portals"]:
            www, mob = portal["hosts"][0], "m." + portal["hosts"][0].removeprefix("www.")
            assert portal["hosts"] == [www, mob] and registry[portal["id"]]["hosts"] == ""
            own = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www}
            for u, t in own.items():   # phones only: an alternate link, a mobile-agent meta, a UA script; no <a>
                assert not re.search(rf'<a [^>]*href="http://{re.escape(mob)}', t), u
            column = own[f"http://{www}/jc/187/195/index.html"]
            assert f'media="only screen and (max-width: 640px)" href="http://{mob}/jc/195/list.html"' in column
            assert f'content="format=html5;url=http://{mob}/jc/195/list.html"' in column and "下一页" not in column
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            on_www = [d for d in ours if urlsplit(d["url"]).hostname == www]
            originals_on_m = [d for d in ours if urlsplit(d["url"]).hostname == mob and d["role"] == "original"]
            assert len(on_www) <= 5 and len(originals_on_m) > 2 * len(on_www)
            assert all(d["republication_of"] in {w["url"] for w in on_www}
                       for d in ours if d["role"] == "republication")
            pages = [u for u in bodies if urlsplit(u).hostname == mob and "/jc/195/list.html" in u]
            assert len(pages) >= 2 and any("start=" in u for u in pages)
        old = [d for d in docs if next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert old and all(urlsplit(d["url"]).hostname.startswith("m.") for d in old)
    elif family == "sitemap":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
            assert f"Sitemap: http://{www}/sitemap.xml" in robots.splitlines() and "Disallow: /search/" in robots
            index = bodies[f"http://{www}/sitemap.xml"]
            assert "<sitemapindex" in index
            sets = re.findall(r"<loc>(http://[^<]+\.xml)</loc>", index)
            assert len(sets) == 2 and all("<urlset" in bodies[u] for u in sets)
            listed = {html.unescape(u) for s in sets for u in re.findall(r"<loc>([^<]+)</loc>", bodies[s])}
            ours = {d["url"] for d in docs if d["portal_id"] == portal["id"]}
            assert ours <= listed                                   # the site map lists every report
            html_pages = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and not u.endswith(".xml")}
            only_map = {d for d in ours if not any(urlsplit(d).path.rsplit("/", 1)[1] in t
                                                   for u, t in html_pages.items() if u != d)}
            assert len(only_map) > len(ours) // 2, (len(only_map), len(ours))   # most of them: no HTML page names them
            column = html_pages[f"http://{www}/xjwz/zwgk/zfxxgk/zfxxgknb/index.htm"]
            assert "下一页" not in column and "createPageHTML" not in column and 'href="/search/index.html?' in column
            old = [d["url"] for d in docs if d["portal_id"] == portal["id"] and
                   next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
            assert old and set(old) <= only_map
    elif family == "rssfeed":
        kinds = set()
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/zfxxgknb/index.html"]
            alternate = re.search(r'<link rel="alternate" type="(application/(?:rss|atom)\+xml)"[^>]* href="([^"]+)">',
                                  column)
            assert alternate and "下一页" not in column and "更多" not in column and "createPageHTML" not in column
            kinds.add(alternate.group(1))
            feed_url = urljoin(f"http://{www}/zwgk/zfxxgknb/index.html", alternate.group(2))
            assert feed_url in bodies and f'href="{urlsplit(feed_url).path}"' in bodies[f"http://{www}/rss/index.html"]
            status, headers, _ = get(sandbox, feed_url)
            assert status == 200 and headers["Content-Type"].startswith(alternate.group(1))
            feed = bodies[feed_url]
            assert "<a " not in feed
            entries = re.findall(r"<link>([^<]+)</link>|<link rel=\"alternate\" href=\"([^\"]+)\"/>", feed)
            listed = {html.unescape(a or b) for a, b in entries}
            ours = {d["url"] for d in docs if d["portal_id"] == portal["id"]}
            assert ours <= listed                                     # the feed lists every report
            html_pages = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and "/rss/" not in u}
            only_feed = {d for d in ours if not any(urlsplit(d).path.rsplit("/", 1)[1] in t
                                                    for u, t in html_pages.items() if u != d)}
            assert len(only_feed) > len(ours) // 2, (len(only_feed), len(ours))   # no HTML page names most of them
            old = [d["url"] for d in docs if d["portal_id"] == portal["id"] and
                   next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
            assert old and set(old) <= only_feed
        assert kinds == {"application/rss+xml", "application/atom+xml"}        # RSS 2.0 on one, Atom on the other
    elif family == "pdfviewer":
        files = [d for d in docs if d["format"] == "pdf"]
        assert files and any(d["format"] == "html" for d in docs)
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in files}
        assert not levels & {"county_government", "government_office"} and {"department", "township"} <= levels   # the units' reports only
        shells = {get(sandbox, u)[2] for u in truth["pages"] if "/static/pdfjs/web/viewer.html" in u}
        forms = set()
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            ours = [d["url"] for d in files if d["portal_id"] == portal["id"]]
            lists = "".join(bodies[f"http://{www}/Xxgknb/index.html?type={t}"] for t in "123")
            for url in ours:   # named only as the encoded value of the viewer's `file`, never as a path or link
                path = urlsplit(url).path
                assert not any(path in t or path in _linked_paths(u, t) for u, t in bodies.items()), url
                whole, site_path = quote(url, safe=""), quote(path, safe="")
                forms |= {name for name, ref in (("whole", whole), ("path", site_path))
                          if f'href="/static/pdfjs/web/viewer.html?file={ref}"' in lists}
                shells.add(get(sandbox, f"http://{www}/static/pdfjs/web/viewer.html?file={site_path}")[2])
        assert forms == {"whole", "path"}                      # a site path on one portal, the whole address on the other
        assert len(shells) == 1 and b"decodeURIComponent" in shells.pop()   # one static shell, whatever its query
    elif family == "gkmlsearch":
        posted = {u: t for u, t in bodies.items() if "#post" in u}
        assert len(posted) == len(registry)
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            directory = bodies[f"http://{www}/News_gkmlIndex.action"]
            form = re.search(r'<form id="searchForm"[^>]* method="post" action="/News_searchGkml.action">(.*?)</form>',
                             directory).group(1)
            token = re.search(r'name="token" value="(\w+)"', form).group(1)
            assert '<option value="0112">年度报告</option>' in form and "pageNo" not in form and "page" not in form
            assert "doSearch('0112')" in directory
            url = f"http://{www}/News_searchGkml.action"
            answer = next(t for u, t in posted.items() if u.startswith(url))
            ours = {d["url"] for d in docs if d["portal_id"] == portal["id"]}
            keys = {dict(parse_qsl(urlsplit(d).query))["messagekey"] for d in ours}
            assert all(f"messagekey={k}" in answer for k in keys)           # the category's answer lists every report
            in_pages = {k for k in keys if any(f"messagekey={k}" in t for u, t in bodies.items() if "#post" not in u
                                               and "News_showGkmlNews" not in u)}
            assert len(in_pages) < len(keys) // 3, (len(in_pages), len(keys))   # a few newest only: the rest, posted
            for body, says in ((f"token={token}&title=&fenlei=&jigou=", "请至少选择"),     # the form as it comes
                               ("token=stale&title=&fenlei=0112&jigou=", "页面已过期")):
                status, _, got = sandbox.handle("POST", url, {"Content-Type": "application/x-www-form-urlencoded"},
                                                body.encode())
                assert status == 200 and says in got.decode() and "messagekey=" not in got.decode()
            assert "页面已过期" in get(sandbox, url)[2].decode()                                 # a GET lists nothing
        old = [d for d in docs if next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert old and all("/News_showGkmlNews.action?messagekey=" in d["url"] for d in docs)
    elif family == "leavesite":
        for portal in truth["portals"]:
            www, subs = portal["hosts"][0], portal["hosts"][1:]
            assert subs and registry[portal["id"]]["hosts"] == ""
            assert all(h.endswith("." + www.removeprefix("www.")) for h in subs)
            portal_pages = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www}
            for sub in subs:   # named on the portal only inside the notice's encoded url, never as a host or a link
                assert not any(f"//{sub}" in t or any(sub == urlsplit(urljoin(u, html.unescape(h))).hostname
                                               for h in re.findall(r'href="([^"]+)"', t))
                               for u, t in portal_pages.items()), sub
                assert any(f'href="/tzyl/index.html?url=http%3A%2F%2F{sub}%2F' in t for t in portal_pages.values())
            notices = {get(sandbox, u)[2] for u in truth["pages"] if urlsplit(u).hostname == www and "/tzyl/" in u}
            assert len(notices) == 1                                        # one static page, whatever its query
            notice = notices.pop().decode()
            assert "decodeURIComponent" in notice and "window.location.href = target" in notice
            assert not re.search(r"<a [^>]*href=\"http", notice.split("</head>", 1)[1].split('class="footer"')[0])
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            on_subs = [d for d in ours if urlsplit(d["url"]).hostname in subs]
            assert on_subs and all(d.get("needs_browser") for d in on_subs)
            assert all(not d.get("needs_browser") for d in ours if d not in on_subs)
            levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in on_subs}
            assert not levels & {"county_government", "government_office"} and "department" in levels
        old = [d for d in docs if next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert old and not any(d.get("needs_browser") for d in old)
    elif family == "moved":
        for portal in truth["portals"]:
            www, xx = portal["hosts"]
            assert xx == "xxgk." + www.removeprefix("www.") and registry[portal["id"]]["hosts"] == ""
            gone = [u for u in truth["broken_links"] if urlsplit(u).hostname == www]
            assert len(gone) == 2 and all(get(sandbox, u)[0] == 404 for u in gone)
            for u in gone:   # the error page alone names the new platform: a link and a countdown to it
                assert f'href="http://{xx}/"' in bodies[u] and f'window.location.href = "http://{xx}/"' in bodies[u]
                assert any(urlsplit(u).path in _linked_paths(p, t) for p, t in bodies.items()
                           if urlsplit(p).hostname == www and p not in gone)    # still linked by the old portal
            assert not any(xx in t for u, t in bodies.items() if urlsplit(u).hostname == www and u not in gone)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            on_www = [d for d in ours if urlsplit(d["url"]).hostname == www]
            assert len(ours) > 3 * len(on_www) and all(urlsplit(d["url"]).hostname in (www, xx) for d in ours)
            for doc in on_www:   # left at the old address, linked only from the new platform's 往年年报
                report = next(r for r in truth["reports"] if r["key"] == doc["report_key"])
                assert report["year"] < 2019 and report["unit_level"] == "county_government"
                naming = {urlsplit(u).hostname for u, t in bodies.items() if urlsplit(doc["url"]).path in t}
                assert naming == {xx}, (doc["url"], naming)
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "jsession":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            index = f"http://{www}/gkml/index.do"
            status, headers, first = get(sandbox, index)
            sid = re.fullmatch(r"JSESSIONID=([0-9A-F]{32}); Path=/gkml; HttpOnly", headers["Set-Cookie"]).group(1)
            rewritten = re.findall(r'href="(/gkml/list\.do[^"]*)"', first.decode())
            assert rewritten and all(h.startswith(f"/gkml/list.do;jsessionid={sid}?") for h in rewritten)
            status, headers, again = sandbox.handle("GET", index, {"Cookie": f"JSESSIONID={sid}"})
            plain = re.findall(r'href="(/gkml/list\.do[^"]*)"', again.decode())
            assert "Set-Cookie" not in dict(headers) and plain == [h.replace(f";jsessionid={sid}", "") for h in rewritten]
            for href in (html.unescape(h) for h in plain[:3]):   # without the session: back to the entry page
                for cookie in ({}, {"Cookie": "JSESSIONID=0123456789ABCDEF0123456789ABCDEF"}):
                    status, headers, _ = sandbox.handle("GET", f"http://{www}{href}", cookie)
                    assert status == 302 and dict(headers)["Location"] == index
                status, _, body = sandbox.handle("GET", f"http://{www}{href}", {"Cookie": f"JSESSIONID={sid}"})
                rewritten_body = bodies[f"http://{www}{href.replace('list.do?', f'list.do;jsessionid={sid}?')}"]
                assert status == 200 and re.findall(r"detail\.do\?id=\d+", body.decode()) == re.findall(
                    r"detail\.do\?id=\d+", rewritten_body)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert all(re.fullmatch(r"/gkml/detail\.do", urlsplit(d["url"]).path) for d in ours)
            listed_only = [d for d in ours if not any(urlsplit(d["url"]).query in t for u, t in bodies.items()
                                                      if "/gkml/list.do;" not in u and u != d["url"])]
            assert len(listed_only) == len(ours) - 1          # one static link, on the home; the rest in session lists
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "yearpicker":
        nb = "/zwgk/zfxxgkzl/zfxxgknb/"
        laydate = get(sandbox, f"http://{truth['portals'][0]['hosts'][0]}/js/laydate/laydate.js")
        assert laydate[0] == 200 and b"lay-ym" in laydate[2] and b"opts.done(v)" in laydate[2]
        picked = []
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}{nb}index.html"]
            first, last = (int(y) for y in re.search(r"min: '(\d{4})-01-01', max: '(\d{4})-12-31'", column).groups())
            assert "type: 'year'" in column and f"window.location.href = '{nb}' + value + 'n/index.html'" in column
            tabs = {int(y) for y in re.findall(rf'href="{nb}(\d{{4}})n/index\.html"', column)}
            assert tabs == {last, last - 1, last - 2}                            # three tabs, the newest years
            assert first < 2019 and all(get(sandbox, f"http://{www}{nb}{y}n/index.html")[0] == 200
                                        for y in range(first, last + 1))
            assert get(sandbox, f"http://{www}{nb}{last + 1}n/index.html")[0] == 404
            for year in range(first, last - 2):   # an older year's folder: named by no page outside it
                folder = f"{nb}{year}n/"
                assert not any(folder in t or f"{year}n/index" in t for u, t in bodies.items() if folder not in u), year
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            picked += [d for d in ours if int(re.search(r"/(\d{4})n/", d["url"]).group(1)) not in tabs]
            assert all(bool(d.get("needs_browser")) == (d in picked) for d in ours)
        old = [d for d in docs if next(r for r in truth["reports"] if r["key"] == d["report_key"])["year"] < 2019]
        assert old and all(d in picked for d in old) and len(picked) < len(docs)
    elif family == "noticefiles":
        files = [d for d in docs if d["format"] != "html"]
        assert {d["format"] for d in files} == {"pdf", "docx"} and any(d["format"] == "html" for d in docs)
        report_of = {r["key"]: r for r in truth["reports"]}
        for doc in docs:   # the column: the government's own reports from 2019 on; the rest, files
            report = report_of[doc["report_key"]]
            own = report["unit_level"] in ("county_government", "government_office") and report["year"] >= 2019
            assert (doc["format"] == "html") == own, doc["url"]
        columns = {u: t for u, t in bodies.items() if "/news/list/zfxxgknb.html" in u}
        assert columns and not any("/uploadfiles/" in t for t in columns.values())
        for doc in files:   # named by its year's 公告 alone, among many files, never by the report column
            assert re.fullmatch(r"/uploadfiles/\d{6}/[0-9a-f]{16}\.(pdf|docx)", urlsplit(doc["url"]).path)
            naming = [u for u, t in bodies.items() if urlsplit(doc["url"]).path in t]
            assert naming == [doc["parent_url"]], (doc["url"], naming)
            notice = bodies[doc["parent_url"]]
            year = report_of[doc["report_key"]]["year"]
            assert f"关于公开{year}年度" in notice and "附件" in notice
            assert any(urlsplit(doc["parent_url"]).path in t for u, t in bodies.items() if "/news/list/tzgg.html" in u)
        assert max(bodies[d["parent_url"]].count("/uploadfiles/") for d in files) > 3   # many units' files a notice
        levels = {report_of[d["report_key"]]["unit_level"] for d in files}
        assert {"county_government", "department", "township"} <= levels     # the government's old ones too
        assert any("page=2" in u for u in bodies if "/news/list/tzgg.html" in u)
    elif family == "imagemap":
        columns = ("/zwgk/xxgknb/index.html", "/zwgk/bmxxgk/index.html", "/zwgk/xzxxgk/index.html")
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            zwgk = bodies[f"http://{www}/zwgk/index.html"]
            assert 'usemap="#zwgkmap"' in zwgk and get(sandbox, f"http://{www}/images/zwgk_nav.gif")[0] == 200
            for column in columns:   # named by the picture's hotspots alone, never by an <a>
                assert re.search(rf'<area [^>]*href="{column}"', zwgk)
                naming = [u for u, t in bodies.items() if urlsplit(u).hostname == www and column in t]
                assert naming == [f"http://{www}/zwgk/index.html"], (column, naming)
            assert not re.search(r"<a [^>]*href=\"/zwgk/(xxgknb|bmxxgk|xzxxgk)/index", zwgk)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            behind = [d for d in ours if not any(urlsplit(d["url"]).path in t for u, t in bodies.items()
                                                 if not re.search(r"/zwgk/(xxgknb|bmxxgk|xzxxgk)/", u))]
            assert len(behind) == len(ours) - 1          # one static link, on the home; the rest behind the map
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "svgmap":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            towns = bodies[f"http://{www}/zwgk/xzxxgk/index.html"]
            svg = re.search(r"<svg [^>]*>.*</svg>", towns, re.S).group(0)
            folders = re.findall(r'<a xlink:href="(/zwgk/xzxxgk/[^/"]+/)index\.html"', svg)
            assert folders and 'xmlns:xlink="http://www.w3.org/1999/xlink"' in svg
            for folder in folders:   # named by the map's SVG links alone, never by an HTML <a href>
                assert not any(re.search(rf'(?<!xlink:)href="{folder}', t) for t in bodies.values())
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            on_map = [d for d in ours if report_of[d["report_key"]]["unit_level"] == "township"]
            assert on_map and all(any(d["url"].split(www, 1)[1].startswith(f) for f in folders) for d in on_map)
            assert all("/zwgk/ndbg/" in d["url"] for d in ours if d not in on_map)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "guidetable":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            guides = [u for u, t in bodies.items() if urlsplit(u).hostname == www and "历年政府信息公开工作年度报告" in t
                      and "/zwgk/xxgkzn/" in u]
            assert len(guides) == 1 and urlsplit(guides[0]).path in bodies[f"http://{www}/zwgk/index.html"]
            assert "政府信息公开年报" not in bodies[f"http://{www}/zwgk/index.html"]   # no 年报 column in the menu
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # in the guide's table; besides it, only the newest on the home
                naming = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and u != doc["url"]}
                assert guides[0] in naming and naming <= {guides[0], f"http://{www}/", f"http://{www}/index.html"}
            assert sum(f"http://{www}/" in {u for u, t in bodies.items() if urlsplit(d["url"]).path in t}
                       for d in ours) == 1
            years = {report_of[d["report_key"]]["year"] for d in ours}
            assert min(years) < 2019 and len(years) > 3
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "b64config":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/ndbg/index.html"]
            assert 'id="nbList"></ul>' in column and "btoa(String(row.infoid))" in column
            config = json.loads(bodies[f"http://{www}/zwgk/ndbg/nbconfig.json"])
            assert config["idEncoding"] == "base64" and config["detailUrl"] == "/zwgk/ndbg/show.html?id="
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            infoids = {str(row["infoid"]) for row in config["rows"]}
            for doc in ours:   # its id: the base64 of a config row's infoid, written in no page but the home
                encoded = dict(parse_qsl(urlsplit(doc["url"]).query))["id"]
                assert _b64decoded(encoded) in infoids and urlsplit(doc["url"]).path == "/zwgk/ndbg/show.html"
                naming = {u for u, t in bodies.items() if encoded in t and u != doc["url"]}
                assert naming <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not naming)
            assert sum(not d.get("needs_browser") for d in ours) == 1
            assert get(sandbox, f"http://{www}/zwgk/ndbg/show.html?id=MTIzNDU2Nzg5")[0] == 404
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "jsonp":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            data = next(h for h in portal["hosts"] if h.startswith("data."))
            column = bodies[f"http://{www}/zwgk/ndbg/index.html"]
            assert 'id="nbList"></ul>' in column and f"http://{data}/interface/getInfoList.jsp?columnId=" in column
            answers = {u: t for u, t in bodies.items() if urlsplit(u).hostname == data}
            assert len(answers) == 1
            [(answer_url, answer)] = answers.items()
            assert "callback=renderNbList" in answer_url and answer.startswith("renderNbList({")
            rows = json.loads(answer[len("renderNbList("):-2])["data"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # named by the JSONP answer alone (and the newest on the home)
                assert urlsplit(doc["url"]).hostname == www and doc["url"] in {r["url"] for r in rows}
                naming = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and u != doc["url"]}
                assert naming - {answer_url} <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (naming == {answer_url})
            assert sum(not d.get("needs_browser") for d in ours) == 1
            assert get(sandbox, f"http://{data}/interface/getInfoList.jsp?columnId=1&callback=x")[0] == 404
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "daterange":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = f"http://{www}/zwgk/nbml/list.jsp"
            default = bodies[column]
            assert '<form class="search" method="get" action="/zwgk/nbml/list.jsp">' in default
            assert '<input type="date" name="startDate" value="2024-03-31">' in default   # the last year by default
            assert '<input type="date" name="endDate" value="2025-03-31">' in default
            assert not any("startDate=" in t for t in bodies.values())    # no page links a range
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            years = {report_of[d["report_key"]]["year"] for d in ours}
            assert min(years) < 2019 and len(years) > 3
            linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
            old = 0
            for doc in ours:   # named by its year's range (the default one too if recent), besides the home
                day = re.search(r"/t(\d{8})_", doc["url"]).group(1)
                path = urlsplit(doc["url"]).path
                naming = {u for u, t in bodies.items() if u != doc["url"] and (path in t or path in linked[u])}
                ranged = f"{column}?startDate={day[:4]}-01-01&endDate={day[:4]}-12-31"
                assert ranged in naming and naming <= {ranged, column, f"http://{www}/", f"http://{www}/index.html"}
                old += column not in naming
            assert old > len(ours) // 2                     # most are in no default answer
            status, _, body = get(sandbox, f"{column}?startDate=2000-01-01&endDate=2030-12-31")
            assert status == 200 and all(d["url"].rsplit("/", 1)[1] in body.decode() for d in ours)
            assert "请输入正确的起止日期".encode() in get(sandbox, f"{column}?startDate=2024&endDate=x")[2]
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "sharewidget":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and "/zwgk/col/col" in u}
            assert len(columns) == 3
            for text in columns.values():   # titles are text, the addresses only in the widget's settings
                assert "bdsharebuttonbox" in text and "window._bd_share_config = " in text
                assert not re.search(r'<a [^>]*href="[^"]*/art/', text)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # in one column's bdUrl, besides that only the newest on the home
                naming = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and u != doc["url"]}
                assert len(naming & set(columns)) == 1
                assert naming - set(columns) <= {f"http://{www}/", f"http://{www}/index.html"}
                assert f'"bdUrl": "{doc["url"]}"' in columns[(naming & set(columns)).pop()]
            assert sum(f"http://{www}/" in {u for u, t in bodies.items() if urlsplit(d["url"]).path in t}
                       for d in ours) == 1
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "tpltabs":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            tabs = bodies[f"http://{www}/zwgk/xxgknb/index.html"]
            templates = re.findall(r'<script type="text/html" id="tpl-[^"]+">(.*?)</script>', tabs, re.S)
            drawn = re.sub(r'<script type="text/html".*?</script>', "", tabs, flags=re.S)
            assert len(templates) > 3 and 'onclick="showTab(this)"' in tabs
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # a unit's reports only in its tab's template; the government's drawn too
                level = report_of[doc["report_key"]]["unit_level"]
                path = urlsplit(doc["url"]).path
                assert any(path in t for t in templates)
                assert (path in drawn) == (level in ("county_government", "government_office")), doc["url"]
                naming = {u for u, t in bodies.items() if path in t and u != doc["url"]}
                assert naming <= {f"http://{www}/zwgk/xxgknb/index.html", f"http://{www}/", f"http://{www}/index.html"}
            assert sum(level not in ("county_government", "government_office") for level in
                       (report_of[d["report_key"]]["unit_level"] for d in ours)) > 3
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "nextjson":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/ndbg/index.html"]
            assert 'id="nbList"></ul>' in column and 'drawPage("/api/v1/nb/articles/")' in column
            first = f"http://{www}/api/v1/nb/articles/"
            chain, url = [], first
            while url:   # each page names the next one whole; the column names only the first
                chain.append(url)
                url = json.loads(bodies[url])["next"]
            assert len(chain) > 2 and all(f"/api/v1/nb/articles/?page={n}" in chain[n - 1] for n in range(2, len(chain) + 1))
            for n, later in enumerate(chain[1:], 1):   # named by its neighbours' next/previous alone
                naming = {u for u, t in bodies.items() if f'"{later}"' in t}
                assert chain[n - 1] in naming and naming <= set(chain), (later, naming)
                assert not any(f"articles/?page={n + 1}" in t for u, t in bodies.items() if u not in chain
                               and urlsplit(u).hostname == www)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # in one page of the chain; besides it, only the newest on the home
                naming = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and u != doc["url"]}
                assert len(naming & set(chain)) == 1
                assert naming - set(chain) <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (naming <= set(chain))
            assert sum(not d.get("needs_browser") for d in ours) == 1
            assert get(sandbox, f"{first}?page={len(chain) + 1}")[0] == 404
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "xhrheader":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/xxgknb/index.html"]
            assert 'id="nbList"></ul>' in column and '$.get("/zwgk/xxgknb/list.do"' in column
            actions = [f"http://{www}/zwgk/xxgknb/list.do?type={t}&pageNo=1" for t in ("bj", "bm", "xz")]
            for action in actions:   # a plain GET is refused; the script's request is answered
                status, _, body = get(sandbox, action)
                assert status == 403 and "非法请求".encode() in body
                assert sandbox.handle("GET", action, XHR)[0] == 200 and action in bodies
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # in one guarded fragment; besides it, only the newest on the home
                naming = {u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and u != doc["url"]}
                assert len(naming & set(actions)) == 1
                assert naming - set(actions) <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (naming <= set(actions))
            assert sum(f"http://{www}/" in {u for u, t in bodies.items() if urlsplit(d["url"]).path in t}
                       for d in ours) == 1
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "objembed":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            files = [d for d in ours if d["format"] == "pdf"]
            assert files and any(d["format"] == "html" for d in ours)
            for doc in files:   # named by one article's <object data>, never by an href or src
                path = urlsplit(doc["url"]).path
                naming = {u: t for u, t in bodies.items() if path in t}
                assert len(naming) == 1
                [(frame_url, frame)] = naming.items()
                assert f'<object data="{path}" type="application/pdf"' in frame
                assert not re.search(rf'(?:href|src)="[^"]*{re.escape(path)}', frame)
                assert report_of[doc["report_key"]]["title"] in frame and "/info/" in frame_url
            assert all(report_of[d["report_key"]]["unit_level"] in ("county_government", "government_office")
                       and report_of[d["report_key"]]["year"] >= 2019 for d in ours if d["format"] == "html")
            assert min(report_of[d["report_key"]]["year"] for d in files) < 2019
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "modalid":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            lists = {u: t for u, t in bodies.items() if re.search(r"/xxgk/nb/list_(bj|bm|xz)\.html$", u)
                     and urlsplit(u).hostname == www}
            assert len(lists) == 3
            for text in lists.values():   # ids in data attributes, the address template once in the script
                assert 'fetch("/xxgk/nb/detail.jsp?id=" + row.dataset.id)' in text and "<tr data-id=" in text
                assert "detail.jsp?id=" not in re.sub(r"<script.*?</script>", "", text, flags=re.S)
                assert "onclick" not in text
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # its id in one list's rows; the whole address only on the home, for the newest
                doc_id = dict(parse_qsl(urlsplit(doc["url"]).query))["id"]
                assert urlsplit(doc["url"]).path == "/xxgk/nb/detail.jsp"
                rows = [u for u, t in lists.items() if f'<tr data-id="{doc_id}">' in t]
                assert len(rows) == 1
                naming = {u for u, t in bodies.items() if f"detail.jsp?id={doc_id}" in t and u != doc["url"]}
                assert naming <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not naming)
            assert sum(f"http://{www}/" in {u for u, t in bodies.items() if urlsplit(d["url"]).path + "?id=" +
                                            dict(parse_qsl(urlsplit(d["url"]).query))["id"] in t} for d in ours) == 1
            assert get(sandbox, f"http://{www}/xxgk/nb/detail.jsp?id=1")[0] == 404
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "cookieloop":
        assert set(truth["challenge_hosts"]) == {p["hosts"][1] for p in truth["portals"]}
        for portal in truth["portals"]:
            www, xxgk = portal["hosts"]
            assert xxgk == "xxgk." + www.removeprefix("www.") and registry[portal["id"]]["hosts"] == ""
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert ours and all(urlsplit(d["url"]).hostname == xxgk and not d.get("needs_browser") for d in ours)
            for url in (f"http://{xxgk}/", ours[0]["url"], ours[-1]["url"]):   # a 302 to itself, the cookie set
                status, headers, body = get(sandbox, url, cleared=False)
                assert status == 302 and headers["Location"] == url and b"<script" not in body, url
                cookie = headers["Set-Cookie"].split(";", 1)[0]
                assert cookie.startswith("TCK=")
                status, _, body = sandbox.handle("GET", url, {"Cookie": cookie})
                assert status == 200 and body, url
            assert get(sandbox, f"http://{www}/", cleared=False)[0] == 200      # the portal itself is open
            pages = [u for u in bodies if urlsplit(u).hostname == xxgk and "/xxgk/ndbg/index" in u]
            assert len(pages) > 2 and any("下一页" in bodies[u] for u in pages)
        report_of = {r["key"]: r for r in truth["reports"]}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "idbatch":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/nb/index.html"]
            assert re.search(r'id="nbList" data-channel="\d+"></ul>', column)
            assert 'fetch("/api/info/urls?ids=" + ids.join(","))' in column
            [listing] = [u for u in bodies if urlsplit(u).hostname == www and "/api/info/list?" in u]
            [lookup] = [u for u in bodies if urlsplit(u).hostname == www and "/api/info/urls?" in u]
            rows = json.loads(bodies[listing])["data"]
            addresses = json.loads(bodies[lookup])
            assert "/zwgk/nb/" not in bodies[listing] and "http" not in bodies[listing]
            asked = dict(parse_qsl(urlsplit(lookup).query))["ids"].split(",")
            assert asked == [str(r["infoId"]) for r in rows] == list(addresses)   # keyed by the first's ids
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # its address only in the look-up's answer; besides it, the newest on the home
                path = urlsplit(doc["url"]).path
                assert path in addresses.values() and re.fullmatch(r"/zwgk/nb/\d{6}/[0-9a-f]{32}\.shtml", path)
                naming = {u for u, t in bodies.items() if path in t and u != doc["url"]}
                assert naming - {lookup} <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (naming == {lookup})
            assert sum(not d.get("needs_browser") for d in ours) == 1
            one = asked[3]
            status, _, body = get(sandbox, f"http://{www}/api/info/urls?ids={one},999")   # any batch is answered
            assert status == 200 and json.loads(body) == {one: addresses[one]}
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "routerbundle":
        report_of = {r["key"]: r for r in truth["reports"]}
        views = ("bj", "bm", "xz", "ls")
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            shells = {bodies[f"http://{www}/xxgk/nb"], *(bodies[f"http://{www}/xxgk/nb/{v}"] for v in views)}
            [shell] = shells                           # every route's path answers the same shell
            [script] = re.findall(r'<script type="text/javascript" src="(/xxgk/static/js/app\.\w+\.js)">', shell)
            assert '<div id="app"></div>' in shell
            status, headers, code = get(sandbox, f"http://{www}{script}")
            code = code.decode()
            assert status == 200 and headers["Content-Type"] == "application/javascript"
            assert 'mode: "history"' in code and 'base: "/xxgk/"' in code
            assert 'fetch("/xxgk/api/nb/list?type=" + current.meta.type)' in code
            for view in views:   # a view's path and its list's query named only by the bundle's route table
                assert f'path: "/nb/{view}"' in code and f'type: "{view}"' in code
                assert not any(f"nb/{view}" in t or f"type={view}" in t for t in bodies.values())
            answers = {v: bodies[f"http://{www}/xxgk/api/nb/list?type={v}"] for v in views}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # in one view's answer; besides it, only the newest on the home
                path = urlsplit(doc["url"]).path
                [view] = [v for v, t in answers.items() if path in t]
                assert (view == "ls") == (report_of[doc["report_key"]]["year"] < 2019)
                naming = {u for u, t in bodies.items() if path in t and u != doc["url"]}
                assert naming - {f"http://{www}/xxgk/api/nb/list?type={view}"} <= {
                    f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (len(naming) == 1)
            assert sum(not d.get("needs_browser") for d in ours) == 1
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "refguard":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            domain = www.removeprefix("www.")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            files = [d for d in ours if d["format"] == "pdf"]
            assert files and all(re.fullmatch(rf"http://{re.escape(www)}/uploadfile/\d{{6}}/[0-9a-f]{{32}}\.pdf", d["url"])
                                 for d in files)
            for doc in files[:2] + files[-1:]:   # refused unless the Referer names the portal's own domain
                for referer, expected in ((None, 403), ("http://www.spam-mirror.com/", 403),
                                          (f"http://{domain}.example.net/", 403), (f"http://{domain}/", 200),
                                          (f"http://{www}/zwgk/zfxxgknb/index.html", 200)):
                    status, headers, body = sandbox.handle("GET", doc["url"], {"Referer": referer} if referer else {})
                    assert status == expected, (doc["url"], referer, status)
                    assert body.startswith(b"%PDF") if expected == 200 else b"403 Forbidden" in body
            for doc in files:   # linked by one article's 附件, under the portal's 年报 column
                path = urlsplit(doc["url"]).path
                naming = [u for u, t in bodies.items() if f'href="{path}"' in t]
                assert len(naming) == 1 and "/zwgk/zfxxgknb/" in naming[0] and "附件" in bodies[naming[0]]
            assert all(report_of[d["report_key"]]["unit_level"] in ("county_government", "government_office")
                       and report_of[d["report_key"]]["year"] >= 2019 for d in ours if d["format"] == "html")
            assert min(report_of[d["report_key"]]["year"] for d in files) < 2019
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "homewidget":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = bodies[f"http://{www}/"]
            assert '<div class="block" id="zwgkBlock" data-code="zwgk">' in home and "block.moreUrl" in home
            api = f"http://{www}/api/portal/block?code=zwgk"
            blocks = {blk["name"]: blk for blk in json.loads(bodies[api])["data"]["blocks"]}
            assert blocks["政府信息公开年报"]["moreUrl"] == "/xxgk/zfxxgknb/index.html"
            column = [u for u in bodies if urlsplit(u).hostname == www and re.search(r"/xxgk/zfxxgknb/index(_\d+)?\.html$", u)]
            assert len(column) >= 2 and any("下一页" in bodies[u] for u in column)
            # the column's address: in the widget's JSON and in the column's own pages, nowhere else
            naming = {u for u, t in bodies.items() if urlsplit(u).hostname == www and "zfxxgknb/index" in t}
            assert naming - set(column) == {api}, naming - set(column)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # listed by one column page; besides, the widget's JSON or the home for the newest
                path = urlsplit(doc["url"]).path
                pages = [u for u in column if path in _linked_paths(u, bodies[u])]
                assert len(pages) == 1, (doc["url"], pages)
                others = {u for u, t in bodies.items() if path in t and u != doc["url"]}
                assert others <= {api, f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (f"http://{www}/" not in others)
            assert sum(not d.get("needs_browser") for d in ours) == 1
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "autoindex":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            top = bodies[f"http://{www}/upload/nbxz/"]
            assert "<title>Index of /upload/nbxz/</title>" in top and '<a href="../">../</a>' in top
            folders = re.findall(r'<a href="(\d{4})/">', top)
            assert folders and min(int(y) for y in folders) < 2019
            linking = [u for u, t in bodies.items() if "/upload/nbxz/" in _linked_paths(u, t) and "/upload/" not in u
                       and urlsplit(u).hostname == www]
            assert linking == [f"http://{www}/zwgk/zfxxgknb/index.html"], linking
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            files = [d for d in ours if d["format"] != "html"]
            assert {"pdf", "docx"} <= {d["format"] for d in files}
            for doc in files:   # named only by its year's index, by file name, percent-encoded
                path = urlsplit(doc["url"]).path
                year = report_of[doc["report_key"]]["year"]
                assert path.startswith(f"/upload/nbxz/{year}/%")
                naming = [u for u, t in bodies.items() if path in _linked_paths(u, t)]
                assert naming == [f"http://{www}/upload/nbxz/{year}/"]
                assert f'<a href="{path.rsplit("/", 1)[1]}">' in bodies[naming[0]]
            assert all(report_of[d["report_key"]]["unit_level"] in ("county_government", "government_office")
                       and report_of[d["report_key"]]["year"] >= 2019 for d in ours if d["format"] == "html")
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "eventstream":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            assert re.search(r'id="nbList" data-channel="\d+"></ul>', column)
            assert 'new EventSource("/xxgk/nb/stream?channelId="' in column and 'addEventListener("item"' in column
            [stream_url] = [u for u in bodies if urlsplit(u).hostname == www and "/xxgk/nb/stream?" in u]
            status, headers, raw = get(sandbox, stream_url)
            assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
            events = [dict(line.split(": ", 1) for line in block.splitlines())
                      for block in raw.decode().split("\n\n") if block.strip()]
            assert events[0] == {"retry": "600000"} and events[-1]["event"] == "end"
            items = {json.loads(e["data"])["link"] for e in events[1:-1]}
            assert all(e["event"] == "item" for e in events[1:-1]) and len(items) == len(events) - 2
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # its address in the stream's events; besides it, only the newest on the home
                path = urlsplit(doc["url"]).path
                assert path in items and re.fullmatch(r"/xxgk/nb/\d{4}/\d{4}/[0-9a-f]{24}\.html", path)
                naming = {u for u, t in bodies.items() if path in t and u != doc["url"]}
                assert naming - {stream_url} <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (naming == {stream_url})
            assert sum(not d.get("needs_browser") for d in ours) == 1
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "relnext":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            pages = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and "/zwgk/ndbg/index" in u}
            assert len(pages) >= 3 and f"http://{www}/zwgk/ndbg/index_1.html" not in pages
            for url, text in pages.items():   # buttons without addresses; the neighbours only in the head
                assert '<a href="javascript:;" class="next">下一页</a>' in text
                heads = re.findall(r'<link rel="(?:prev|next)" href="([^"]+)">', text.split("</head>", 1)[0])
                assert heads and all(urljoin(url, h) in pages for h in heads)
            for n in range(2, len(pages) + 1):   # page n: named by the heads of pages n-1 and n+1 alone
                later = f"index_{n}.html"
                naming = {u for u, t in bodies.items() if f'"{later}"' in t and urlsplit(u).hostname == www}
                assert naming and naming <= set(pages) and all(
                    f'href="{later}"' in bodies[u].split("</head>", 1)[0] and f'href="{later}"' not in
                    bodies[u].split("</head>", 1)[1] for u in naming), naming
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # listed by one page; besides it, only the newest on the home
                path = urlsplit(doc["url"]).path
                naming = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
                assert len(naming & set(pages)) == 1
                assert naming - set(pages) <= {f"http://{www}/", f"http://{www}/index.html"}
            last = max(pages, key=lambda u: int(re.search(r"index_?(\d*)", u).group(1) or 1))
            assert min(int(y) for y in re.findall(r"(20\d\d)年", pages[last])) < 2019   # history at the end
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "jumpbox":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            first = f"http://{www}/xxgk/ndbg/index.jsp"
            pages = {u: t for u, t in bodies.items() if u.startswith(first + "?page=")}
            assert len(pages) >= 3 and pages[first + "?page=1"] == bodies[first]
            for url, text in pages.items():   # the count in text, a jump box with an empty field, no page linked
                n = int(url.rsplit("=", 1)[1])
                assert f"第{n}/{len(pages)}页" in text
                assert re.search(r'<form action="index.jsp" method="get"[^>]*>跳转到第<input type="text" name="page"'
                                 r' size="3" value="">页', text)
            assert not any("page=" in t.replace('name="page"', "") for t in bodies.values())
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # listed by one page; besides it, only the newest on the home
                path_query = doc["url"].split(www, 1)[1]
                assert re.fullmatch(r"/xxgk/ndbg/content\.jsp\?id=\d{9}", path_query)
                naming = {u for u, t in bodies.items() if path_query.rsplit("/", 1)[1] in t and u != doc["url"]}
                assert len(naming & set(pages)) == 1
                assert naming - set(pages) - {first} <= {f"http://{www}/", f"http://{www}/index.html"}
            later = [d for d in ours if not any(urlsplit(d["url"]).query in t
                                                for u, t in bodies.items() if u in (first, first + "?page=1"))]
            assert later
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "datahref":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/col/col\d{{10}}/index\.html", u)}
            assert len(columns) == 3
            for text in columns.values():   # rows with data-href, one delegated listener, no link in the list
                table = text.split('<table class="rows">', 1)[1].split("</table>", 1)[0]
                assert "<a " not in table and '<tr class="row" data-href="/art/' in table
                assert 'closest("tr[data-href]")' in text and 'getAttribute("data-href")' in text
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d{10}_\d{8}\.html", path)
                assert sum(f'data-href="{path}"' in t for t in columns.values()) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"]   # by href/src/action, not data-href
                           and path in _linked_paths(u, t.replace("data-href=", "data-row="))}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(not d.get("needs_browser") for d in ours) == 1
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "oldsite":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www, old = portal["hosts"]
            assert old == "old." + www.removeprefix("www.") and old not in registry[portal["id"]]["homepage"]
            entry = [u for u, t in bodies.items() if f"http://{old}/" in t and urlsplit(u).hostname == www]
            assert entry and set(entry) <= {f"http://{www}/", f"http://{www}/index.html"}
            home = bodies[f"http://{www}/"]
            banner = re.search(rf'<a href="http://{re.escape(old)}/"[^>]*>(.*?)</a>', home).group(1)
            assert banner.startswith("<img ") and 'alt="旧版网站"' in banner   # an image link: no link text
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            on_old = [d for d in ours if urlsplit(d["url"]).hostname == old]
            assert on_old and {report_of[d["report_key"]]["template"] for d in on_old} >= {"pre2019"}
            for doc in ours:   # the history on the old site only; since the rebuild, on the new one only
                published = report_of[doc["report_key"]]["published"]
                assert (urlsplit(doc["url"]).hostname == old) == (published < "2021-01-01"), doc["url"]
                if urlsplit(doc["url"]).hostname == old:
                    path = urlsplit(doc["url"]).path
                    assert path.startswith("/pub/") and "xxgkw/ndbg/" in path
                    assert all(urlsplit(u).hostname == old for u, t in bodies.items()
                               if path in _linked_paths(u, t) and u != doc["url"])
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "plainurl":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            units = [d for d in ours if report_of[d["report_key"]]["unit_level"] in ("department", "township")]
            assert units and len({report_of[d["report_key"]]["year"] for d in units}) >= 3
            for doc in units:   # named as text in its year's notice, linked by nothing
                path = urlsplit(doc["url"]).path
                assert not [u for u, t in bodies.items() if path in _linked_paths(u, t)], doc["url"]
                year = report_of[doc["report_key"]]["year"]
                naming = [t for u, t in bodies.items() if doc["url"] in t and u != doc["url"]]
                assert len(naming) == 1 and f"{year}年度政府信息公开工作年度报告的公告" in naming[0]
                assert re.search(rf'<p style="text-indent:2em">[^<]*：{re.escape(doc["url"])}</p>', naming[0])
            for doc in set(map(lambda d: d["url"], ours)) - {d["url"] for d in units}:
                assert any(urlsplit(doc).path in _linked_paths(u, t) for u, t in bodies.items() if u != doc)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "basehref":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            pages = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/nb/index(_\d+)?\.html", u)}
            assert len(pages) >= 2
            for text in pages.values():   # the template's base names the column's old folder
                assert f'<base href="http://{www}/zfxxgk/nb/">' in text.split("</head>", 1)[0]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # listed by one page, relative to the base; the page's own folder answers 404
                path = urlsplit(doc["url"]).path
                assert path.startswith("/zfxxgk/nb/")
                listing = [u for u in pages if path in _linked_paths(u, pages[u])]
                assert len(listing) == 1 and path not in pages[listing[0]]
                relative = "./" + path.removeprefix("/zfxxgk/nb/")
                assert f'href="{relative}"' in pages[listing[0]]
                assert get(sandbox, urljoin(listing[0], relative))[0] == 404
                naming = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
                assert naming - set(pages) <= {f"http://{www}/", f"http://{www}/index.html"}
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "porthost":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            assert portal["hosts"] == [www]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert ours and all(urlsplit(d["url"]).netloc == f"{www}:8080" for d in ours)
            home = bodies[f"http://{www}/"]
            entry = re.search(rf'<a href="(http://{re.escape(www)}:8080/pub/\w+xxgk/index\.html)">信息公开</a>', home)
            assert entry
            system = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and u.startswith(f"http://{www}/pub/")
                      and u.endswith("/index.html")}
            assert len(system) == 4
            for doc in ours:   # named by its column in the system, relative (so keeping the port)
                path = urlsplit(doc["url"]).path
                naming = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
                assert len(naming & set(system)) == 1
                assert naming - set(system) <= {f"http://{www}/", f"http://{www}/index.html"}
                assert all(f"http://{www}{path}" not in t for t in bodies.values())   # never written without the port
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "citygroup":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www, platform = portal["hosts"]
            assert re.fullmatch(r"xxgk\.sz\d{4}\.gov\.cn", platform) and registry[portal["id"]]["hosts"] == ""
            assert platform.removeprefix("xxgk.") != www.removeprefix("www.")   # another registered domain
            code = re.search(r'<meta name="SiteIDCode" content="(\d+)">', bodies[f"http://{www}/"]).group(1)
            front = f"http://{platform}/xxgk/index.jsp?siteCode={code}"
            linking = [u for u, t in bodies.items() if front in t]
            assert linking and all(urlsplit(u).hostname == www for u in linking)
            units = re.findall(r'href="unit\.jsp\?siteCode=(\d+)&amp;unitCode=(\d{6})"', bodies[front])
            assert len(units) >= 3 and {c for c, _ in units} == {code}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # on the platform, listed by its unit's page alone
                assert urlsplit(doc["url"]).hostname == platform
                query = urlsplit(doc["url"]).query
                assert re.fullmatch(rf"siteCode={code}&id=\d{{8}}", query)
                naming = [u for u, t in bodies.items() if query.replace("&", "&amp;") in t and u != doc["url"]]
                assert len(naming) == 1 and "/xxgk/unit.jsp?" in naming[0]
            years = {report_of[d["report_key"]]["year"] for d in ours}
            assert min(years) < 2019
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "backslash":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = f"http://{www}/xxgk/nb/index.htm"
            text = bodies[column]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # written with a backslash; urljoin keeps it (a 404), a browser reads a slash
                path = urlsplit(doc["url"]).path
                year, name = path.removeprefix("/xxgk/nb/").split("/")
                assert f'href="{year}\\{name}"' in text
                assert get(sandbox, urljoin(column, f"{year}\\{name}"))[0] == 404
                naming = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
                assert column in naming and naming - {column} <= {f"http://{www}/", f"http://{www}/index.html"}
            assert sum(f"/xxgk/nb/{urlsplit(d['url']).path.split('/')[3]}/" in text for d in ours) == 0
        levels = {next(r for r in truth["reports"] if r["key"] == d["report_key"])["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "formview":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}/xxgk/list.jsp?catid=")}
            assert len(columns) == 3
            for text in columns.values():   # a form per row, no link to an article
                table = text.split('<table class="xxgk">', 1)[1].split("</table>", 1)[0]
                assert "<a " not in table and '<form action="/xxgk/view.jsp" method="get"' in table
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # composed only by submitting its row's form; linked whole by the home page at most
                parts = urlsplit(doc["url"])
                assert parts.path == "/xxgk/view.jsp" and re.fullmatch(r"infoid=\d{8}", parts.query)
                field = f'<input type="hidden" name="infoid" value="{parts.query.split("=")[1]}">'
                assert sum(field in t for t in columns.values()) == 1
                linking = {u for u, t in bodies.items() if f'href="{doc["url"]}"' in t or f'href="{parts.path}?{parts.query}"' in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(not d.get("needs_browser") for d in ours) == 1
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "pagesize":
        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            lists = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}/xxgk/nb/list.do?channelId=")}
            first = next(u for u in lists if "pageSize" not in u)
            assert len(lists) == 3 and set(lists) == {first, first + "&pageSize=30", first + "&pageSize=100"}
            text = lists[first]   # ten rows, the total, a page-size select, and no pager
            total = int(re.search(r"共 (\d+) 条", text).group(1))
            assert total > 30 and text.split('<ul class="list">', 1)[1].split("</ul>", 1)[0].count("<li>") == 10
            assert '<select name="pageSize" onchange="this.form.submit()">' in text and 'value="100"' in text
            assert "下一页" not in text and "page=" not in text.lower().replace("pagesize", "")
            assert lists[first + "&pageSize=100"].split('<ul class="list">', 1)[1].count("<li>") == total
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # on a longer page; off the first page, linked by nothing but the home page
                path = urlsplit(doc["url"]).path
                assert path in linked[first + "&pageSize=100"]
                linking = {u for u, paths in linked.items() if u != doc["url"] and u not in set(lists) - {first}
                           and path in paths}
                assert bool(doc.get("needs_browser")) == (not linking)
            hidden = [d for d in ours if d.get("needs_browser")]
            assert len(hidden) > len(ours) / 2 and min(report_of[d["report_key"]]["year"] for d in hidden) < 2019
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "jsonpost":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            api = f"http://{www}/api/info/list"
            posted = {u: t for u, t in bodies.items() if u.startswith(api + "#post")}
            assert len(posted) == 3
            for post in (p for p in truth["post_pages"] if p["url"] == api):   # JSON alone gets the list
                assert post["content_type"] == "application/json" and json.loads(post["body"])["channelCode"]
                assert get(sandbox, api)[0] == 415
                form = sandbox.handle("POST", api, {"Content-Type": "application/x-www-form-urlencoded"},
                                      post["body"].encode())
                assert form[0] == 415
            shells = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/(bj|bm|xz)/index\.html", u)}
            assert len(shells) == 3 and all('<ul id="infoList"></ul>' in t and '"Content-Type": "application/json"' in t
                                            for t in shells.values())
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # named by one JSON answer; linked by the home page at most
                path = urlsplit(doc["url"]).path
                assert sum(f'"linkUrl": "{path}"' in t for t in posted.values()) == 1
                linking = {u for u, t in bodies.items() if u not in posted and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "xsltlist":
        from lxml import etree

        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column, sheet = f"http://{www}/xxgk/nb/index.xml", f"http://{www}/xxgk/nb/list.xsl"
            text = bodies[column]
            assert '<?xml-stylesheet type="text/xsl" href="list.xsl"?>' in text and "<a " not in text and "href=" not in text.split("?>", 2)[2]
            assert get(sandbox, column)[1]["Content-Type"].startswith("text/xml")
            rendered = str(etree.XSLT(etree.XML(bodies[sheet].encode()))(etree.XML(text.encode())))
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # an element's text in the XML, a link once the stylesheet ran
                path = urlsplit(doc["url"]).path
                assert f"<url>{path}</url>" in text and f'href="{path}"' in rendered
                linking = {u for u, paths in linked.items() if u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "csvexport":
        import csv

        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column, export = f"http://{www}/xxgk/nb/index.html", f"http://{www}/xxgk/nb/export.csv"
            assert get(sandbox, export)[1]["Content-Type"].startswith("text/csv")
            assert "export.csv" in linked[column] or "/xxgk/nb/export.csv" in linked[column]
            rows = list(csv.reader(io.StringIO(bodies[export].lstrip("\ufeff"))))
            assert rows[0] == ["索引号", "标题", "发布机构", "发布日期", "链接"]
            in_csv = {row[4] for row in rows[1:]}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            off_page = [d for d in ours if urlsplit(d["url"]).path not in linked[column]]
            assert len(off_page) > len(ours) / 2 and min(report_of[d["report_key"]]["year"] for d in off_page) < 2019
            for doc in ours:   # a cell of the export; off the column's page, linked by the home page at most
                assert doc["url"] in in_csv
            for doc in off_page:
                path = urlsplit(doc["url"]).path
                linking = {u for u, paths in linked.items() if u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "tokenapi":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            token = json.loads(bodies[f"http://{www}/api/auth/token"])["token"]
            lists = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}/api/info/list?")}
            assert len(lists) == 3 and all(u.endswith(f"&token={token}") for u in lists)
            for url in lists:   # without the token, or with another, the list action refuses
                assert get(sandbox, url.rsplit("&token=", 1)[0])[0] == 401
                assert get(sandbox, url.replace(token, "0" * 32))[0] == 401
            shells = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/nb/(bj|bm|xz)\.html", u)}
            assert len(shells) == 3 and all('<ul id="infoList"></ul>' in t and "/api/auth/token" in t
                                            and token not in t for t in shells.values())
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # named by one tokened JSON answer; linked by the home page at most
                path = urlsplit(doc["url"]).path
                assert sum(f'"url": "{path}"' in t for t in lists.values()) == 1
                linking = {u for u, t in bodies.items() if u not in lists and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "srcdoc":
        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/(bj|bm|xz)/index\.html", u)}
            assert len(columns) == 3
            framed = {}
            for url, text in columns.items():   # the list is the text of the frame's srcdoc attribute
                value = re.search(r'<iframe [^>]*srcdoc="([^"]*)"', text).group(1)
                assert "<a " not in value and "&lt;a href=&quot;" in value
                framed[url] = _linked_paths(url, html.unescape(value))
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # a link of one frame document; no link of any page but the home page
                path = urlsplit(doc["url"]).path
                assert sum(path in paths for paths in framed.values()) == 1
                linking = {u for u, paths in linked.items() if u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "jsonld":
        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/zwgk/nb/(bj|bm|xz)/index\.html", u)}
            assert len(columns) == 3
            listed = {}
            for url, text in columns.items():   # a schema.org ItemList in the page, drawn by its script
                block = re.search(r'<script type="application/ld\+json" id="nb-data">(.*?)</script>', text, re.S).group(1)
                data = json.loads(block)
                assert data["@type"] == "ItemList" and '<ul id="infoList"></ul>' in text
                listed[url] = {item["url"] for item in data["itemListElement"]}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # a url of one data block; no link of any page but the home page
                assert sum(doc["url"] in urls for urls in listed.values()) == 1
                path = urlsplit(doc["url"]).path
                linking = {u for u, paths in linked.items() if u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "yearloop":
        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            bounds = re.search(r"first = (\d{4}), last = (\d{4});", column)
            assert bounds and 'a.href = y + "/index.html"' in column and '<div id="yearNav"></div>' in column
            years = {f"http://{www}/xxgk/nb/{y}/index.html": y for y in range(int(bounds[1]), int(bounds[2]) + 1)}
            assert set(years) <= set(bodies)
            for url in years:   # a year page is named by no page: only the loop's bounds make it
                path = urlsplit(url).path
                assert not any(path in text or path in linked[u] for u, text in bodies.items() if u != url)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # a link of one year page; no link of any other page but the home page
                path = urlsplit(doc["url"]).path
                assert sum(path in linked[u] for u in years) == 1
                linking = {u for u, paths in linked.items() if u not in years and u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "unitcookie":
        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = f"http://{www}/xxgk/nb/index.html"
            keyed = {f"{column}#cookie{n}": k["cookie"] for n, k in enumerate(truth["cookie_pages"])
                     if k["url"] == column}
            assert len(keyed) >= 2 and all(c.startswith("xxgk_unit=") for c in keyed.values())
            for url, cookie in keyed.items():   # the unit menu sets the cookie; the same URL answers per cookie
                assert f"setUnit('{cookie.split('=', 1)[1]}')" in bodies[column] and "document.cookie" in bodies[column]
                assert bodies[url] != bodies[column]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            unkeyed = [d for d in ours if urlsplit(d["url"]).path not in linked[column]]
            assert len(unkeyed) > len(ours) / 2
            for doc in unkeyed:   # named by one cookie's answer; no link of any other page but the home page
                path = urlsplit(doc["url"]).path
                assert sum(path in linked[u] for u in keyed) == 1
                linking = {u for u, paths in linked.items() if u not in keyed and u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "csrfmeta":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            action = f"http://{www}/xxgk/nb/list.do"
            posts = [(n, p) for n, p in enumerate(truth["post_pages"]) if p["url"] == action]
            shells = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/nb/(bj|bm|xz)\.html", u)}
            assert len(posts) == 3 and len(shells) == 3
            for _n, post in posts:   # the token is the shell's meta tag; without it, or another, the action refuses
                token = post["headers"]["X-CSRF-TOKEN"]
                assert all(f'<meta name="_csrf" content="{token}">' in t and '<ul id="infoList"></ul>' in t
                           for t in shells.values())
                plain = {"Content-Type": post["content_type"]}
                assert sandbox.handle("POST", action, plain, post["body"].encode())[0] == 403
                forged = {**plain, "X-CSRF-TOKEN": "0" * len(token)}
                assert sandbox.handle("POST", action, forged, post["body"].encode())[0] == 403
            lists = {f"{action}#post{n}": bodies[f"{action}#post{n}"] for n, _ in posts}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # named by one answer of the action; linked by the home page at most
                path = urlsplit(doc["url"]).path
                assert sum(f'"link": "{path}"' in t for t in lists.values()) == 1
                linking = {u for u, t in bodies.items() if u not in lists and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "packedjs":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = f"http://{www}/xxgk/nb/index.html"
            assert "eval(function(p,a,c,k,e,d)" in bodies[column] and '<ul id="infoList"></ul>' in bodies[column]
            source = bodies[f"{column}#unpacked"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # named by the unpacked script only; no page writes it but the home page
                path = urlsplit(doc["url"]).path
                assert source.count(f'"{path}"') == 1 and path not in bodies[column]
                linking = {u for u, t in bodies.items() if not u.endswith("#unpacked") and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "consent":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = f"http://{www}/xxgk/nb/index.html"
            posts = [n for n, p in enumerate(truth["post_pages"]) if p["url"] == column]
            assert len(posts) == 1 and truth["post_pages"][posts[0]]["body"] == "agree=1"
            notice = bodies[column]   # a GET gets the notice and its form, no list
            assert '<form method="post" action="/xxgk/nb/index.html"' in notice and 'name="agree" value="1" required' in notice
            refused = sandbox.handle("POST", column, {"Content-Type": "application/x-www-form-urlencoded"}, b"")
            assert refused[0] == 200 and "请先阅读并同意".encode() in refused[2]
            listing = bodies[f"{column}#post{posts[0]}"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
            for doc in ours:   # a link of the accepted answer only (and of the home page)
                path = urlsplit(doc["url"]).path
                assert path in _linked_paths(column, listing) and path not in notice
                linking = {u for u, paths in linked.items() if "#post" not in u and u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "postback":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            action = f"http://{www}/xxgk/nb/List.aspx"
            column = bodies[action]
            assert "function __doPostBack(eventTarget, eventArgument)" in column and 'action="./List.aspx"' in column
            posts = [(n, p) for n, p in enumerate(truth["post_pages"]) if p["url"] == action]
            assert posts and all(p["status"] == 302 for _, p in posts)
            for _n, post in posts:   # each postback names a LinkButton of the page, with the page's hidden state
                fields = dict(parse_qsl(post["body"], keep_blank_values=True))
                assert f"__doPostBack(&#39;{fields['__EVENTTARGET']}&#39;,&#39;&#39;)" in column
                assert all(f'name="{k}" id="{k}" value="{html.escape(v)}"' in column for k, v in fields.items()
                           if k != "__EVENTTARGET")
                forged = post["body"].replace("__EVENTVALIDATION=%2F", "__EVENTVALIDATION=X")
                assert sandbox.handle("POST", action, {"Content-Type": post["content_type"]}, forged.encode())[0] == 500
            answers = {f"{action}#post{n}": bodies[f"{action}#post{n}"] for n, _ in posts}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # the Location of one postback's answer; no other page but the home page names it
                parts = urlsplit(doc["url"])
                where = f"Location: http://{www}{parts.path}?{parts.query}\n"
                assert sum(t.startswith(where) for t in answers.values()) == 1
                linking = {u for u, t in bodies.items() if u not in answers and u != doc["url"] and parts.query in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "cursorpost":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            api = f"http://{www}/api/nb/query"
            posts = {n: json.loads(p["body"]) for n, p in enumerate(truth["post_pages"]) if p["url"] == api}
            answers = {n: json.loads(bodies[f"{api}#post{n}"])["data"] for n in posts}
            shells = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/nb/(bj|bm|xz)\.html", u)}
            assert len(shells) == 3 and all('<ul id="infoList"></ul>' in t and "res.data.nextCursor" in t
                                            for t in shells.values())
            given = {a["nextCursor"] for a in answers.values() if a["hasMore"]}
            later = {n for n, q in posts.items() if q["cursor"]}
            assert later and {posts[n]["cursor"] for n in later} == given   # each later page: a token an answer gave
            for n in later:   # the token is no page number, offset or entry id, and nothing but an answer names it
                cursor = posts[n]["cursor"]
                assert re.fullmatch(r"[0-9a-f]{24}", cursor)
                assert not any(cursor in t for u, t in bodies.items() if not u.startswith(f"{api}#post"))
                forged = json.dumps({**posts[n], "cursor": cursor[::-1]}).encode()
                assert sandbox.handle("POST", api, {"Content-Type": "application/json"}, forged)[0] == 400
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            on_later = 0
            for doc in ours:   # a row of one answer; no page but the home page names it
                path = urlsplit(doc["url"]).path
                holders = [n for n, a in answers.items() if any(row["url"] == path for row in a["list"])]
                assert len(holders) == 1
                on_later += holders[0] in later
                linking = {u for u, t in bodies.items() if "#post" not in u and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert on_later > 0
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "refframe":
        report_of = {r["key"]: r for r in truth["reports"]}
        linked = {u: _linked_paths(u, t) for u, t in bodies.items()}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            gkml = "gkml." + www.removeprefix("www.")
            assert gkml in portal["hosts"] and registry[portal["id"]]["hosts"] == ""
            column = bodies[f"http://{www}/zwgk/nb/index.html"]
            frame = html.unescape(re.search(r'<iframe id="gkmlFrame" src="([^"]+)"', column).group(1))
            assert urlsplit(frame).hostname == gkml
            lists = {u: t for u, t in bodies.items() if u.startswith(f"http://{gkml}/gkml/nb/list.jsp?")}
            assert len(lists) >= 2 and frame in lists
            for url in lists:   # the guard: no Referer, or another site's, gets 403; the portal's gets the list
                assert get(sandbox, url)[0] == 403
                assert sandbox.handle("GET", url, {"Referer": "http://www.example.com/"})[0] == 403
                assert sandbox.handle("GET", url, {"Referer": f"http://{www}/zwgk/nb/index.html"})[0] == 200
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # a link of one guarded list page; no other page but the home page links it
                path = urlsplit(doc["url"]).path
                assert sum(path in linked[u] for u in lists) == 1
                linking = {u for u, paths in linked.items() if u not in lists and u != doc["url"] and path in paths}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "docxindex":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            files = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}/xxgk/nb/") and u.endswith(".docx")}
            assert len(files) == 1
            (file_url, text), = files.items()
            assert urlsplit(file_url).path in _linked_paths(file_url, column)
            assert get(sandbox, file_url)[1]["Content-Type"] == DOCX
            targets = set(re.findall(r'Target="([^"]+)" TargetMode="External"', text))
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            in_file = 0
            for doc in ours:   # a link of the column (government, 2019 on) or a hyperlink of the Word file only
                report = report_of[doc["report_key"]]
                path = urlsplit(doc["url"]).path
                linking = {u for u, t in bodies.items() if u not in files and u != doc["url"] and path in t}
                if report["unit_level"] == "county_government" and report["year"] >= 2019:
                    assert path in _linked_paths(f"http://{www}/xxgk/nb/index.html", column) and doc["url"] not in targets
                else:
                    rid = re.search(rf'Id="(rId\d+)" [^>]*Target="{re.escape(doc["url"])}"', text).group(1)
                    assert doc["url"] in targets and f'<w:hyperlink r:id="{rid}"' in text
                    assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                    in_file += 1
                assert not doc.get("needs_browser")
            assert in_file > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "cryptlist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            assert '<ul id="nbList"></ul>' in column and "JSON.parse(decrypt(res.data, NB_KEY))" in column
            data_url = urljoin(f"http://{www}/", re.search(r'fetch\("([^"]+)"\)', column).group(1))
            answer = json.loads(bodies[data_url])
            assert answer["encrypt"] == "xor-base64" and base64.b64decode(answer["data"], validate=True)
            rows = json.loads(bodies[f"{data_url}#decrypted"])
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # a row of the decrypted answer; no page in clear but the home page names it
                path = urlsplit(doc["url"]).path
                assert sum(row["linkUrl"] == path for row in rows) == 1
                linking = {u for u, t in bodies.items() if not u.endswith("#decrypted") and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "prevnext":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = f"http://{www}/xxgk/nb/index.html"
            shown = _linked_paths(column, bodies[column])
            answers = {u: json.loads(t) for u, t in bodies.items() if u.startswith(f"http://{www}/api/content/neighbour.do?id=")}
            assert answers and all(f'xhr.open("GET", "/api/content/neighbour.do?id={urlsplit(u).query[3:]}")' in
                                   "".join(bodies.values()) for u in answers)   # each answer is asked for by its article
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            named = {side["url"] for a in answers.values() for side in (a["prev"], a["next"]) if side}
            hidden = 0
            for doc in ours:   # the column's five newest, or a neighbour of an article in the answers only
                path = urlsplit(doc["url"]).path
                assert path in named
                linking = {u for u, t in bodies.items() if u not in answers and u != doc["url"] and path in t}
                if path not in shown:
                    assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                    hidden += 1
                assert bool(doc.get("needs_browser")) == (not linking)
            assert hidden > len(ours) / 2 and len([p for p in shown if p.startswith("/xxgk/nb/2")]) == 5
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "acceptneg":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            asked = {n: h for n, h in enumerate(truth["header_pages"]) if urlsplit(h["url"]).hostname == www}
            assert len(asked) == 3 and all(h["headers"] == {"Accept": "application/json"} for h in asked.values())
            answers = {}
            for n, h in asked.items():   # one address: a shell to a browser's Accept, the rows to a JSON one
                shell = bodies[h["url"]]
                assert '<ul id="nbList"></ul>' in shell and 'fetch(location.pathname, {headers: {"Accept": "application/json"}})' in shell
                browser = sandbox.handle("GET", h["url"], {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
                assert browser[2].decode() == shell and ("Vary", "Accept") in browser[1]
                answers[n] = json.loads(bodies[f"{h['url']}#headers{n}"])["rows"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # a row of one negotiated answer; no other page but the home page names it
                path = urlsplit(doc["url"]).path
                assert sum(any(row["url"] == path for row in rows) for rows in answers.values()) == 1
                linking = {u for u, t in bodies.items() if "#headers" not in u and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "movednote":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www, gk = portal["hosts"][0], "gk." + portal["hosts"][0].removeprefix("www.")
            assert gk in portal["hosts"]
            status, headers, body = get(sandbox, f"http://{www}/xxgk/nb/index.html")
            notice = body.decode()
            assert status == 200 and "Location" not in headers and "页面已迁移" in notice and f"新平台：{gk}" in notice
            assert "<script" not in notice.split("<body", 1)[1] and 'http-equiv="refresh"' not in notice
            assert not any(urlsplit(urljoin(u, m)).hostname == gk for u, t in bodies.items() if urlsplit(u).hostname == www
                           for m in re.findall(r'(?:href|src|action)="([^"]+)"', t))   # no page of www links gk
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # on the new platform, which no page of www names but the notice
                assert urlsplit(doc["url"]).hostname == gk
                path = urlsplit(doc["url"]).path
                assert not {u for u, t in bodies.items() if urlsplit(u).hostname == www and path in t}
                assert not doc.get("needs_browser")
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "yeartext":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            form = re.search(r'<form class="nbcx" action="/xxgk/nb/search.jsp" method="get">.*?</form>', column).group()
            assert '<input type="text" name="year"' in form and "<select" not in form and "<option" not in form
            assert "未找到" in get(sandbox, f"http://{www}/xxgk/nb/search.jsp?year=1999")[2].decode()
            answers = {int(u.rsplit("=", 1)[1]): t for u, t in bodies.items()
                       if u.startswith(f"http://{www}/xxgk/nb/search.jsp?year=")}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            years = {report_of[d["report_key"]]["year"] for d in ours}
            assert min(years) < 2019 and set(answers) == years
            shown = _linked_paths(f"http://{www}/xxgk/nb/index.html", column)
            hidden = 0
            for doc in ours:   # in its year's answer only; the column shows the newest year alone
                year, path = report_of[doc["report_key"]]["year"], urlsplit(doc["url"]).path
                assert [y for y, t in answers.items() if path in t] == [year]
                assert (path in shown) == (year == max(years))
                if year != max(years):
                    linking = {u for u, t in bodies.items() if "search.jsp" not in u
                               and u != doc["url"] and path in t}
                    assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                    hidden += 1
                assert not doc.get("needs_browser")
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "rangelist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            store = f"http://{www}/xxgk/nb/rest/list/"
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            assert '<ul id="nbGrid"></ul>' in column and 'xhr.setRequestHeader("Range", "items=" + first' in column
            plain = get(sandbox, store)   # no Range: the first ten rows, the total in Content-Range
            plain_rows = json.loads(plain[2])
            total = int(plain[1]["Content-Range"].rsplit("/", 1)[1])
            assert len(plain_rows) == 10 < total and plain[1]["Content-Range"] == f"items 0-9/{total}"
            asked = {n: h for n, h in enumerate(truth["header_pages"]) if h["url"] == store}
            assert len(asked) == -(-total // 10)
            pages = {n: json.loads(bodies[f"{store}#headers{n}"]) for n in asked}
            assert sum(len(rows) for rows in pages.values()) == total
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # a row of one ranged answer; no page but the home page names it
                path = urlsplit(doc["url"]).path
                assert sum(any(row["url"] == path for row in rows) for rows in pages.values()) == 1
                linking = {u for u, t in bodies.items() if "#headers" not in u and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", store}
                assert bool(doc.get("needs_browser")) == (not linking - {store})
                hidden += all(row["url"] != path for row in plain_rows)
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "unitsuggest":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            box = bodies[f"http://{www}/xxgk/bmnb/index.html"]
            assert '<input id="unitName"' in box and 'nbUnit.source + "?term=" + encodeURIComponent(term)' in box
            every = json.loads(bodies[f"http://{www}/xxgk/unit/suggest.do?term="])
            unit_pages = {e["url"] for e in every}
            assert unit_pages and all(e["label"] == e["value"] for e in every)
            typed = every[0]["label"][-3:]   # what is typed narrows the answer to the units whose names hold it
            narrowed = json.loads(get(sandbox, f"http://{www}/xxgk/unit/suggest.do?term={quote(typed)}")[2])
            assert every[0] in narrowed and all(typed in e["label"] for e in narrowed)
            for path in unit_pages:   # a unit page is named by the suggest answers only
                assert not {u for u, t in bodies.items() if "suggest.do" not in u and path in _linked_paths(u, t)}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # the government's in its column; every other unit's on its unit page only
                report, path = report_of[doc["report_key"]], urlsplit(doc["url"]).path
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                if report["unit_level"] == "county_government":
                    assert f"http://{www}/xxgk/nb/index.html" in linking and not doc.get("needs_browser")
                else:
                    assert len(linking) == 1 and urlsplit(linking.pop()).path in unit_pages and doc["needs_browser"]
                    hidden += 1
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "commentlist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            assert '<ul id="nbList"></ul>' in column and "NodeFilter.SHOW_COMMENT" in column
            island = re.search(r"<!--NBDATA (.*?) NBDATA-->", column, re.S)
            rows = json.loads(island.group(1))
            outside = column.replace(island.group(), "")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # a row of the comment island, never an element or attribute of the column
                path = urlsplit(doc["url"]).path
                assert [r["url"] for r in rows].count(path) == 1 and path not in outside
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/nb/index.html"}
                assert bool(doc.get("needs_browser")) == (linking == {f"http://{www}/xxgk/nb/index.html"})
                hidden += bool(doc.get("needs_browser"))
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "opensearch":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = bodies[f"http://{www}/"]
            assert '<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"' in home
            status, headers, xml = get(sandbox, f"http://{www}/opensearch.xml")
            assert status == 200 and headers["Content-Type"].startswith("application/opensearchdescription+xml")
            template = html.unescape(re.search(r'<Url type="text/html" template="([^"]+)"', xml.decode()).group(1))
            assert template == f"http://{www}/xxgk/nbsearch.jsp?chnl=nb&q={{searchTerms}}"
            assert not [u for u, t in bodies.items() if "nbsearch.jsp" in t]   # no page names the search
            answer = bodies[template.replace("{searchTerms}", "")]
            typed = get(sandbox, template.replace("{searchTerms}", quote("政府信息公开")))[2].decode()
            assert "未检索到" in get(sandbox, template.replace("chnl=nb", "chnl=xw").replace("{searchTerms}", ""))[2].decode()
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # in the search's answers; no other page but the home and column name the newest
                path = urlsplit(doc["url"]).path
                assert path in answer and path in typed
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "nbsearch.jsp" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/nb/index.html"}
                hidden += not linking
                assert not doc.get("needs_browser")
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "unitsite":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            domain = www.removeprefix("www.")
            units = bodies[f"http://{www}/xxgk/bmxxgk/index.html"]
            codes = re.findall(r'<option value="\w+" data-site="(\w+)">', units)
            assert codes and f'var NB_DOMAIN = "{domain}"' in units
            assert 'getAttribute("data-site")' in units
            assert set(portal["hosts"][1:]) == {f"{c}.{domain}" for c in codes}
            www_text = "".join(t for u, t in bodies.items() if urlsplit(u).hostname == www)
            assert not any(f"{c}.{domain}" in www_text for c in codes)   # no page of www writes a unit's host
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # the government's on www; every other unit's on its own site, named by its code
                report, host = report_of[doc["report_key"]], urlsplit(doc["url"]).hostname
                if report["unit_level"] == "county_government":
                    assert host == www and not doc.get("needs_browser")
                else:
                    assert host != www and host.removesuffix("." + domain) in codes and doc["needs_browser"]
                    hidden += 1
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "enclosure":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            feeds = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and u.endswith(".atom")}
            hidden = 0
            for doc in ours:   # a PDF named by one notice's Atom enclosure; no <a href> but the home's names it
                assert doc["format"] == "pdf"
                path = urlsplit(doc["url"]).path
                naming = [u for u, t in feeds.items() if f'<link rel="enclosure" type="application/pdf" href="{path}"' in t]
                assert len(naming) == 1
                notice = naming[0].removesuffix(".atom") + ".html"
                head = bodies[notice].split("</head>", 1)[0]
                assert f'<link rel="alternate" type="application/atom+xml" href="{naming[0].rsplit("/", 1)[1]}"' in head
                assert notice in truth["non_reports"] and '<span id="fujian"></span>' in bodies[notice]
                linking = {u for u, t in bodies.items() if u not in feeds and path in _linked_paths(u, t)}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}   # pages, not feeds
                assert bool(doc.get("needs_browser")) == (not linking)
                hidden += not linking
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "printview":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            assert 'onclick="printPage()">打印本页</a>' in column
            assert '"/common/print.jsp?url=" + encodeURIComponent(location.pathname)' in column
            printed = f"http://{www}/common/print.jsp?url={quote('/xxgk/nb/index.html', safe='')}"
            assert not [u for u, t in bodies.items() if "print.jsp?url=%2F" in t]   # no page writes a print address
            assert "页面不存在" in get(sandbox, f"http://{www}/common/print.jsp?url=%2Fxwzx%2Findex.html")[2].decode()
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # every one in the column's print; the five newest also on the column itself
                path = urlsplit(doc["url"]).path
                assert path in bodies[printed]
                linking = {u for u, t in bodies.items() if u not in (doc["url"], printed) and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/nb/index.html"}
                assert bool(doc.get("needs_browser")) == (f"http://{www}/xxgk/nb/index.html" not in linking)
                hidden += bool(doc.get("needs_browser"))
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "pubcalendar":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            calendar = bodies[f"http://{www}/xxgk/rili/index.html"]
            years = re.findall(r'<option value="(\d{4})"', calendar)
            assert years and '"/xxgk/rili/days.json?year=" + sel.value' in calendar
            assert '"/xxgk/rili/list.do?day=" + day' in calendar
            marked = {}
            for year in years:   # the year's JSON: its marked days, no address
                answer = json.loads(bodies[f"http://{www}/xxgk/rili/days.json?year={year}"])
                assert answer["days"] and all(d.startswith(year + "-") for d in answer["days"])
                marked.update(answer["days"])
            assert json.loads(get(sandbox, f"http://{www}/xxgk/rili/days.json?year=1990")[2])["days"] == {}
            assert not [u for u, t in bodies.items() if "list.do?day=2" in t]   # no page writes a day's address
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # in its day's answer, a day its year's JSON marks
                path, day = urlsplit(doc["url"]).path, report_of[doc["report_key"]]["published"]
                answer = f"http://{www}/xxgk/rili/list.do?day={day}"
                assert day in marked and path in bodies[answer]
                linking = {u for u, t in bodies.items() if u not in (doc["url"], answer) and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/nb/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
                hidden += not linking
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "robotqa":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = bodies[f"http://{www}/"]
            questions = re.findall(r'<button type="button" class="hot">([^<]+)</button>', home)
            assert len(questions) == 3 and '"/znwd/ask.do?question=" + encodeURIComponent(question)' in home
            assert 'ask(button.textContent)' in home
            assert not [u for u, t in bodies.items() if "ask.do?question=%" in t]   # no page writes a question's address
            answers = [json.loads(bodies[f"http://{www}/znwd/ask.do?question={quote(q)}"])["answer"] for q in questions]
            typed = json.loads(get(sandbox, f"http://{www}/znwd/ask.do?question={quote('部门的年报')}")[2])["answer"]
            assert typed == answers[1]   # a typed question naming 年报 and 部门 means the departments' hot question
            assert "没有理解" in json.loads(get(sandbox, f"http://{www}/znwd/ask.do?question=hello")[2])["answer"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # in one hot question's answer; the newest also on the home and the column
                path = urlsplit(doc["url"]).path
                assert sum(path in a for a in answers) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "ask.do" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/nb/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
                hidden += not linking
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "tabindex":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            tabs = re.search(r'<ul id="nbTabs">(.*?)</ul>', column).group(1)
            assert re.fullmatch(r'<li class="on">[^<]+</li>(<li>[^<]+</li>){2}', tabs)   # bare text, no address
            assert '"/xxgk/nb/tab_" + i + ".html"' in column
            assert not [u for u, t in bodies.items() if re.search(r"tab_[12]\.html", t)]   # no page writes them
            tab_lists = [bodies[f"http://{www}/xxgk/nb/tab_{i}.html"] for i in range(3)]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # in one tab's list; the government's also in the column as served
                path, level = urlsplit(doc["url"]).path, report_of[doc["report_key"]]["unit_level"]
                assert [path in t for t in tab_lists].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/tab_" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/nb/index.html"}
                assert (f"http://{www}/xxgk/nb/index.html" in linking) == (level == "county_government")
                assert bool(doc.get("needs_browser")) == (not linking)
                hidden += not linking
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "indexno":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            catalogue = bodies[f"http://{www}/xxgk/gkml/index.html"]
            form = re.search(r'<form class="syh" action="/xxgk/gkml/syh.jsp" method="get">(.*?)</form>', catalogue).group(1)
            assert re.findall(r"<input [^>]*>", form) == [re.search(r'<input type="text" name="syh"[^>]*>', form).group()]
            assert not re.search(r'href="[^"]*syh\.jsp', "".join(bodies.values()))   # no page links an answer
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:
                path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
                code = re.search(r"<td>索引号：</td><td>([^<]+)</td>", bodies[doc["url"]]).group(1)
                assert f"<td>{code}</td>" in catalogue   # the 目录 prints its 索引号 as a cell's text
                answer = bodies[f"http://{www}/xxgk/gkml/syh.jsp?syh={quote(html.unescape(code), safe='')}"]
                assert path in answer
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "syh.jsp" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html", f"http://{www}/xxgk/gkml/index.html"}
                in_catalogue = f"http://{www}/xxgk/gkml/index.html" in linking
                assert in_catalogue == (report["unit_level"] == "county_government" and report["year"] >= 2019)
                hidden += not linking
            assert hidden > len(ours) / 2
            status, _, body = get(sandbox, f"http://{www}/xxgk/gkml/syh.jsp?syh=12345")
            assert status == 200 and "未找到".encode() in body
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "sessionstore":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            entrance, lister = bodies[f"http://{www}/xxgk/nb/index.html"], bodies[f"http://{www}/xxgk/nb/list.html"]
            stored = re.findall(r'<a href="list\.html" onclick="sessionStorage\.setItem\(\'nbChannel\', \'(\w+)\'\)">', entrance)
            assert stored == ["bj", "bm", "xz"]
            assert 'sessionStorage.getItem("nbChannel")' in lister and '"/xxgk/nb/data/" + channel + ".json"' in lister
            assert not [u for u, t in bodies.items() if re.search(r"data/(bj|bm|xz)\.json", t)]   # no page writes them
            data = [bodies[f"http://{www}/xxgk/nb/data/{c}.json"] for c in stored]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # in one channel's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in t for t in data].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/data/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
                hidden += not linking
            assert hidden > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "postmsg":
        for portal in truth["portals"]:
            www, platform = portal["hosts"][0], "xxgkpt." + portal["hosts"][0].removeprefix("www.")
            assert platform in portal["hosts"] and registry[portal["id"]]["hosts"] == ""   # undeclared
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            assert f'<iframe id="nbProxy" src="http://{platform}/proxy.html"' in column
            assert 'postMessage({api: "nbList", channel: "nb"}, PLATFORM)' in column
            proxy = bodies[f"http://{platform}/proxy.html"]
            assert '"/interface/" + q.api + ".do?channel=" + encodeURIComponent(q.channel)' in proxy
            assert "e.source.postMessage" in proxy and "<a" not in proxy
            assert not [u for u, t in bodies.items() if "nbList.do" in t]   # no page writes the interface's address
            rows = json.loads(bodies[f"http://{platform}/interface/nbList.do?channel=nb"])
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert {d["url"] for d in ours} <= {r["url"] for r in rows}
            assert all(urlsplit(d["url"]).hostname == www for d in ours)
            for doc in ours:   # only in the interface's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "nbList.do" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
            status, _, body = get(sandbox, f"http://{platform}/interface/nbList.do?channel=zc")
            assert status == 200 and json.loads(body) == []
    elif family == "linkdecor":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            section = bodies[f"http://{www}/zwgk/index.html"]
            code = re.search(r'<meta name="SiteIDCode" content="(\w+)">', section).group(1)
            assert "document.querySelector('meta[name=\"SiteIDCode\"]').content" in section
            written = re.findall(r'href="(/xxgk/nb/list\.jsp\?channelId=\d+)"', section)
            assert len(written) == 3
            assert not re.search(r'href="[^"]*siteCode', "".join(bodies.values()))   # no page writes a whole list address
            lists = []
            for href in written:   # as written: an error page; as the script completes it: the list
                status, _, body = get(sandbox, f"http://{www}{href}")
                assert status == 200 and "缺少站点标识".encode() in body and b"/xxgk/nb/20" not in body
                lists.append(bodies[f"http://{www}{href}&siteCode={code}"])
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one list; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in t for t in lists].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "list.jsp" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "shadowlist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = next(t for u, t in bodies.items() if urlsplit(u).hostname == www and "<nb-list " in t)
            channels = re.findall(r'<nb-list channel="(\d+)" label="[^"<]+"></nb-list>', column)
            assert len(channels) == 3 and '<script type="module" src="/js/components/nb-list.js"></script>' in column
            assert "/content_" not in column                        # the light DOM names no entry
            module = bodies[f"http://{www}/js/components/nb-list.js"]
            assert 'customElements.define("nb-list", NbList)' in module and 'this.attachShadow({mode: "open"})' in module
            assert '"/api/component/list?channel=" + encodeURIComponent(this.getAttribute("channel"))' in module
            assert "document.body" not in module and "document.getElementById" not in module   # drawn in the shadow tree
            assert not [u for u, t in bodies.items() if re.search(r"list\?channel=\d", t)]   # no page writes a list's address
            rows = [json.loads(bodies[f"http://{www}/api/component/list?channel={c}"]) for c in channels]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one channel's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in {row["url"] for row in listed} for listed in rows].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/api/component/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
            status, _, body = get(sandbox, f"http://{www}/api/component/list?channel=12345")
            assert status == 200 and json.loads(body) == []
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "sharedjs":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            shared = f"http://{www}/js/common.js"
            assert 'window.open(CTX + "/News_showGkmlNews.action?messagekey=" + key + "&catalog=" + catalog)' in bodies[shared]
            lists = [bodies[f"http://{www}/News_showGkmlList.action?catalog=ndbg&kind={kind}"] for kind in ("bj", "bm", "xz")]
            for text in lists:   # rows that lead only to the shared script's opener, which the page loads
                assert '<script type="text/javascript" src="/js/common.js"></script>' in text
                assert 'href="javascript:void(0);" onclick="showGkml(\'' in text
                assert "News_showGkmlNews" not in text and "function showGkml" not in text
            naming = {u for u, t in bodies.items() if urlsplit(u).hostname == www and "News_showGkmlNews.action" in t}
            assert naming <= {shared, f"http://{www}/", f"http://{www}/index.html"}   # the script, and the home's link
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # one list's row holds its key and catalog; the newest government report also on the home
                query = dict(parse_qsl(urlsplit(doc["url"]).query))
                call = f"showGkml('{query['messagekey']}', '{query['catalog']}')"
                assert [call in html.unescape(t) for t in lists].count(True) == 1
                linking = {u for u, t in bodies.items() if f"messagekey={query['messagekey']}&" in html.unescape(t)}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
            for missing in ("/News_showGkmlNews.action?messagekey=1&catalog=ndbg", "/News_showGkmlNews.action"):
                status, _, body = get(sandbox, f"http://{www}{missing}")
                assert status == 200 and "信息不存在".encode() in body
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "linkheader":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/ndbg/index.html"]
            assert 'nbLoad("/api/v2/ndbg/articles?page=1&per_page=10")' in column and 'r.headers.get("Link")' in column
            walked, url = [], f"http://{www}/api/v2/ndbg/articles?page=1&per_page=10"
            while url:   # the loader's walk: each answer's rel="next", until the last page has none
                status, headers, body = get(sandbox, url)
                rows = json.loads(body)
                assert status == 200 and isinstance(rows, list) and rows   # a bare array: no count, no next in the body
                rels = {rel: target for target, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', headers["Link"])}
                walked.append((url, rows))
                url = rels.get("next")
            assert len(walked) >= 3 and sum(len(rows) for _, rows in walked) == int(headers["X-Total-Count"])
            for later, _ in walked[1:]:   # named by no page or body, only by the Link header of the page before
                query = urlsplit(later).query
                assert not [u for u, t in bodies.items() if query in t or html.escape(query) in t]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one page's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in {row["url"] for row in rows} for _, rows in walked].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/api/v2/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
            status, _, body = get(sandbox, f"http://{www}/api/v2/ndbg/articles?per_page=100")
            assert status == 200 and len(json.loads(body)) == 20   # the interface's largest page
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "ofdfile":
        report_of = {r["key"]: r for r in truth["reports"]}
        assert {d["format"] for d in docs} == {"html", "ofd"}
        for portal in truth["portals"]:
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            htmls = {d["report_key"] for d in ours if d["format"] == "html"}
            for doc in (d for d in ours if d["format"] == "ofd"):
                own = report_of[doc["report_key"]]["unit_level"] in ("county_government", "government_office")
                assert re.search(r"/P0\d{20}\.ofd$", doc["url"]) and (doc["report_key"] in htmls) == own
                assert doc["role"] == ("attachment" if own else "original")
                path = urlsplit(doc["url"]).path
                linking = {u for u, t in bodies.items() if path in _linked_paths(u, t)}
                assert linking == ({doc["parent_url"]} if own else {doc["url"].rsplit("/", 2)[0] + "/index.html"})
            unit_file = next(d for d in ours if d["format"] == "ofd" and d["role"] == "original")
            status, headers, body = get(sandbox, unit_file["url"])   # no type for .ofd, no file name: the bytes say
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            assert "Content-Disposition" not in headers
            with zipfile.ZipFile(io.BytesIO(body)) as z:
                root = z.read("OFD.xml").decode("utf-8")
                assert "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>" in root
                assert 'BaseLoc="Pages/Page_0/Content.xml"' in z.read("Doc_0/Document.xml").decode("utf-8")
                text = "".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>",
                                          z.read("Doc_0/Pages/Page_0/Content.xml").decode("utf-8")))
            assert report_of[unit_file["report_key"]]["title"] in html.unescape(text)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d["role"] == "original" and d["format"] == "ofd"}
        assert {"department", "township"} <= levels
    elif family == "hovermenu":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            items = []
            for url in (f"http://{www}/", next(u for u, t in bodies.items() if urlsplit(u).hostname == www
                                                and "<h2>政府信息公开</h2>" in t)):   # the home and 政府信息公开 pages
                text = bodies[url]
                items = re.findall(r'<li data-pid="(\d+)"><a href="javascript:;">(\w+)</a>'
                                   r'<ul class="sub" style="display:none"></ul></li>', text)
                assert [label for _, label in items] == ["部门信息公开", "乡镇信息公开"], url
                assert 'li.addEventListener("mouseenter", function () {' in text
                assert 'fetch("/common/nav/submenu.jsp?pid=" + li.getAttribute("data-pid"))' in text
                assert '"click"' not in text and "onclick" not in text   # nothing but the pointer entering loads a menu
            menus = {f"http://{www}/common/nav/submenu.jsp?pid={pid}" for pid, _ in items}
            units = {f"http://{www}{href}" for menu in menus for href in re.findall(r'<a href="([^"]+)"', bodies[menu])}
            assert len(units) >= 3 and all(u.endswith("/index.htm") and u in truth["pages"] for u in units)
            for unit in units:   # a unit's column is named only by a sub-menu's answer
                path = urlsplit(unit).path
                assert {u for u, t in bodies.items() if path in _linked_paths(u, t)} <= menus
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # the government's and its office's in the plain column; a unit's only in its own column
                path = urlsplit(doc["url"]).path
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
                own = report_of[doc["report_key"]]["unit_level"] in ("county_government", "government_office")
                assert bool(linking & units) != own and bool(doc.get("needs_browser")) != own, doc["url"]
                if not own:
                    assert len(linking) == 1, doc["url"]
            assert sum(bool(d.get("needs_browser")) for d in ours) >= 5
            status, _, body = get(sandbox, f"http://{www}/common/nav/submenu.jsp?pid=1")
            assert status == 200 and body == b""   # another item: an empty sub-menu
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d.get("needs_browser")}
        assert {"department", "township"} <= levels
    elif family == "virtuallist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = next(t for u, t in bodies.items() if urlsplit(u).hostname == www and 'id="nbBox"' in t)
            assert 'id="nbBox" style="height:360px;overflow-y:auto;position:relative"' in column
            assert re.search(r'<ul id="nbRows"[^>]*></ul>', column)   # no row in the HTML
            assert 'getElementById("nbBox").addEventListener("scroll", vlRender)' in column
            assert 'ul.innerHTML = "";' in column   # a window's rows replace the others: ten in the DOM at a time
            colid = re.search(r'api: "/module/nb/rows\.jsp\?colid=(\d+)"', column).group(1)
            rows_of, windows, start = f"http://{www}/module/nb/rows.jsp?colid={colid}", [], 0
            while True:   # the windows the script asks for as the box scrolls
                status, headers, body = get(sandbox, f"{rows_of}&start={start}&limit=10")
                answer = json.loads(body)
                assert status == 200 and headers["Content-Type"].startswith("application/json") and answer["start"] == start
                if start >= answer["total"]:
                    assert answer["rows"] == []
                    break
                assert 0 < len(answer["rows"]) <= 10
                windows.append([row["url"] for row in answer["rows"]])
                start += 10
            assert len(windows) >= 3 and sum(map(len, windows)) == answer["total"]
            assert len(json.loads(get(sandbox, f"{rows_of}&start=0&limit=500")[2])["rows"]) == 20   # cut at 20
            assert json.loads(get(sandbox, f"http://{www}/module/nb/rows.jsp?colid=1&start=0&limit=10")[2])["total"] == 0
            assert not [u for u, t in bodies.items() if "start=10" in t]   # no page writes a later window's address
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one window; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in listed for listed in windows].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/rows.jsp" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "signapi":
        report_of = {r["key"]: r for r in truth["reports"]}

        def signed(params: dict[str, str], secret: str) -> str:   # the scheme the client script documents
            text = "&".join(f"{k}={v}" for k, v in sorted(params.items())) + f"&key={secret}"
            return hashlib.md5(text.encode()).hexdigest().upper()

        for portal in truth["portals"]:
            www = portal["hosts"][0]
            client = bodies[f"http://{www}/js/gkapi.js"]
            app_id, secret = re.search(r'var GK_APP_ID = "(\w+)", GK_APP_SECRET = "(\w+)"', client).groups()
            assert 'return md5(parts.join("&") + "&key=" + GK_APP_SECRET).toUpperCase();' in client
            assert "Object.keys(params).sort()" in client and "timestamp: Date.now()" in client
            assert "function md5(text)" in bodies[f"http://{www}/js/md5.js"]
            api, channels = f"http://{www}/api/gk/list", {}
            for key in ("bj", "bm", "xz"):
                shell = bodies[f"http://{www}/gk/zfxxgk/zfxxgknb/{key}/index.html"]
                assert f'<ul id="gkList" class="list" data-channel="{key}"></ul>' in shell
                assert '<script type="text/javascript" src="/js/md5.js"></script>' in shell and "/js/gkapi.js" in shell
                channels[key], page_no = [], 1
                while True:   # signed at another moment than the ground truth's requests: the age is not checked
                    params = {"appId": app_id, "channel": key, "pageNo": str(page_no), "pageSize": "10",
                              "timestamp": "1767225600123"}
                    status, _, body = get(sandbox, f"{api}?{urlencode(params)}&sign={signed(params, secret)}")
                    answer = json.loads(body)
                    assert status == 200 and answer["code"] == 0, answer
                    channels[key] += [row["url"] for row in answer["data"]["list"]]
                    if page_no * 10 >= answer["data"]["total"]:
                        break
                    page_no += 1
                unsigned = json.loads(get(sandbox, f"{api}?{urlencode(params)}")[2])
                forged = json.loads(get(sandbox, f"{api}?{urlencode(params)}&sign={signed(params, 'x' * 16)}")[2])
                assert (unsigned["code"], forged["code"]) == (1001, 1002) and "data" not in unsigned | forged
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one channel's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in listed for listed in channels.values()].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/api/gk/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "zipbundle":
        report_of = {r["key"]: r for r in truth["reports"]}
        assert {d["format"] for d in docs} == {"html", "zip"}
        assert {d["member_format"] for d in docs if d["format"] == "zip"} == {"pdf", "docx"}
        for n, portal in enumerate(truth["portals"]):
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            archives: dict[str, list[dict]] = {}
            for doc in ours:
                level = report_of[doc["report_key"]]["unit_level"]
                assert (doc["format"] == "html") == (level in ("county_government", "government_office")), doc
                if doc["format"] == "zip":
                    archives.setdefault(doc["url"], []).append(doc)
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            assert len(archives) >= 3 and max(map(len, archives.values())) > 1   # one archive, several reports
            for url, packed in archives.items():
                parent = packed[0]["parent_url"]
                assert {d["parent_url"] for d in packed} == {parent} and parent in truth["non_reports"]
                assert {u for u, t in bodies.items() if urlsplit(url).path in _linked_paths(u, t)} == {parent}
                assert re.search(r"/uploadfile/\d{4}/\d{4}/\d{14}\.zip$", url)
                for doc in packed:   # a member's name is written in no page: only the archive holds it
                    assert doc["member"].endswith("." + doc["member_format"]) and not doc.get("needs_browser")
                    assert report_of[doc["report_key"]]["title"] in doc["member"]
                    assert not [u for u, t in bodies.items() if doc["member"].rsplit("/", 1)[1] in t]
                if n == 0:   # the archives of one portal, opened (each renders its reports)
                    status, headers, body = get(sandbox, url)
                    assert status == 200 and headers["Content-Type"] == "application/zip"
                    with zipfile.ZipFile(io.BytesIO(body)) as archive:
                        assert sorted(archive.namelist()) == sorted(d["member"] for d in packed)
                        assert len({report_of[d["report_key"]]["year"] for d in packed}) == 1
    elif family == "ratelimit":
        import urllib.error
        import urllib.request

        from nianbao.crawler.sandbox import serve

        hosts = {p["hosts"][0] for p in truth["portals"]}
        assert truth["rate_limits"] == {h: {"rate": 3, "burst": 10, "retry_after": 1} for h in hosts}
        assert all(len(p["hosts"]) == 1 for p in truth["portals"]) and not any(d.get("needs_browser") for d in docs)
        fresh = build_sandbox(portals=1, families=(family,), news_per_portal=4)   # a bucket no other test filled
        urls = [d["url"] for d in fresh.ground_truth()["documents"]]
        assert len(urls) > 15
        burst = [fresh.handle("GET", u, {}, now=1000.0) for u in urls[:15]]   # 15 at one instant: 11 pass
        assert [status for status, _, _ in burst] == [200] * 11 + [429] * 4
        status, headers, body = burst[-1]
        assert dict(headers)["Retry-After"] == "1" and "访问过于频繁" in body.decode("utf-8")
        # a second later (Retry-After), the rate's worth passes again; robots.txt counts like any page
        robots = urls[0].split("/", 3)[0] + "//" + urlsplit(urls[0]).hostname + "/robots.txt"
        again = [fresh.handle("GET", u, {}, now=1001.0)[0] for u in (robots, *urls[:3])]
        assert again == [200, 200, 200, 429]
        # a client that asks one page every half second is never refused, whatever it asks
        assert {fresh.handle("GET", u, {}, now=2000.0 + i * 0.5)[0] for i, u in enumerate(urls)} == {200}
        assert {fresh.handle("GET", u, {})[0] for u in urls} == {200}   # no clock (a reader of the world): never
        with serve(fresh) as server:   # over HTTP the proxy's clock counts: 40 requests in a row meet the limit
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
            statuses = []   # (unless each took over 0.24 s: 3 a second would drain the bucket as fast as they fill it)
            for url in (urls * 2)[:40]:
                try:
                    with opener.open(url, timeout=10) as response:
                        statuses.append(response.status)
                except urllib.error.HTTPError as refused:
                    statuses.append(refused.code)
                    assert refused.headers["Retry-After"] == "1"
        assert statuses[0] == 200 and 429 in statuses, statuses
    elif family == "splitarticle":
        report_of = {r["key"]: r for r in truth["reports"]}
        assert {d["role"] for d in docs} == {"original", "continuation"} and {d["format"] for d in docs} == {"html"}
        firsts = {d["url"]: d for d in docs if d["role"] == "original"}
        assert {report_of[d["report_key"]]["template"] for d in firsts.values()} >= {"pre2019", "2019", "2021"}
        for url, first in firsts.items():
            report = report_of[first["report_key"]]
            own = report["unit_level"] in ("county_government", "government_office") and report["template"] != "pre2019"
            assert first["pages"] == (3 if own else 2)
            later = sorted((d for d in docs if d.get("part_of") == url), key=lambda d: d["page_number"])
            stem = url.removesuffix(".html")
            assert [d["url"] for d in later] == [f"{stem}_{i}.html" for i in range(1, first["pages"])]
            assert [d["page_number"] for d in later] == list(range(2, first["pages"] + 1))
            assert all(d["pages"] == first["pages"] and d["report_key"] == first["report_key"] for d in later)
            texts = [bodies[url], *(bodies[d["url"]] for d in later)]
            sections = []
            for i, text in enumerate(texts):   # each page: the title, the pager's call for it, its sections
                assert report["title"] in text
                assert f'createPageHTML({first["pages"]}, {i}, "{stem.rsplit("/", 1)[1]}", "html")' in text
                sections.append("".join(re.findall(r'text-indent:2em">(?:<strong>)?([一二三四五六])、', text)))
            assert "".join(sections) == "一二三四五六" and sections[0].startswith("一") and all(sections)
            for doc in later:   # no page links a later page: only the pager's script writes its address
                path = urlsplit(doc["url"]).path
                assert not [u for u, t in bodies.items() if "#" not in u and path in _linked_paths(u, t)]
                assert [u for u, t in bodies.items() if doc["url"] in t] == [f"{u}#pager" for u in (url, *(
                    d["url"] for d in later if d is not doc))]
    elif family == "formdata":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            api = f"http://{www}/api/cms/content/list"
            posts = [p for p in truth["post_pages"] if p["url"] == api]
            assert len(posts) > 3
            for post in posts:
                boundary = post["content_type"].removeprefix("multipart/form-data; boundary=")
                assert boundary.startswith("----WebKitFormBoundary") and post["body"].endswith(f"--{boundary}--\r\n")
                fields = dict(re.findall(r'name="(\w+)"\r\n\r\n([^\r]*)\r\n', post["body"]))
                assert list(fields) == ["columnId", "pageIndex", "pageSize"]
                answer = sandbox.handle("POST", api, {"Content-Type": post["content_type"]}, post["body"].encode())[2]
                assert json.loads(answer)["code"] == 200
                # the same fields form-encoded or as JSON, or a GET: refused; any multipart writer: answered alike
                for ctype, body in (("application/x-www-form-urlencoded", urlencode(fields)),
                                    ("application/json", json.dumps(fields))):
                    refused = sandbox.handle("POST", api, {"Content-Type": ctype}, body.encode())
                    assert refused[0] == 200 and json.loads(refused[2]) == {"code": 400, "msg": "columnId不能为空",
                                                                            "data": None}
                assert json.loads(get(sandbox, api)[2])["code"] == 400
                other = "".join(f'--x7\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                                for k, v in reversed(fields.items())) + "--x7--\r\n"
                assert sandbox.handle("POST", api, {"Content-Type": "multipart/form-data; boundary=x7"},
                                      other.encode())[2] == answer
            shells = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/xxgk/nb/(bj|bm|xz)/index\.html", u)}
            assert len(shells) == 3 and all('<ul id="contentList"></ul>' in t and "var fd = new FormData();" in t
                                            and '{method: "POST", body: fd}' in t for t in shells.values())
            posted = {u: t for u, t in bodies.items() if u.startswith(api + "#post")}
            assert any(json.loads(t)["data"]["pageCount"] > 1 for t in posted.values())   # pages asked by a button
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # named by one multipart answer; linked by the home page at most
                path = urlsplit(doc["url"]).path
                assert sum(f'"url": "{path}"' in t for t in posted.values()) == 1
                linking = {u for u, t in bodies.items() if u not in posted and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "gbkquery":
        report_of = {r["key"]: r for r in truth["reports"]}
        files = [d for d in docs if d["role"] == "attachment"]
        assert {d["format"] for d in files} == {"pdf", "docx"}
        stubs = {d["report_key"] for d in docs if d.get("stub")}
        assert stubs and stubs == {d["report_key"] for d in files if report_of[d["report_key"]]["unit_level"]
                                   not in ("county_government", "government_office")}
        assert {d["report_key"] for d in files} == {d["report_key"] for d in docs if d["format"] == "html"}
        opened = set()
        for doc in files:
            parts = urlsplit(doc["url"])
            assert parts.path == "/xxgk/DownLoad.aspx" and sandbox.sites[parts.hostname].query_encoding == "gbk"
            name = parse_qsl(parts.query, encoding="gbk")[0][1]
            assert name == f'{report_of[doc["report_key"]]["title"]}.{doc["format"]}'
            assert parts.query == urlencode({"FileName": name}, encoding="gbk")   # the page's encoding, GBK
            status, headers, _ = get(sandbox, doc["parent_url"])
            assert status == 200 and headers["Content-Type"] == "text/html; charset=gb2312"
            assert f'<a href="DownLoad.aspx?FileName={html.escape(name)}">' in bodies[doc["parent_url"]]   # raw
            assert [u for u, t in bodies.items() if name in t] == [doc["parent_url"]]
            as_utf8 = f"http://{parts.hostname}{parts.path}?{urlencode({'FileName': name})}"
            status, _, body = get(sandbox, as_utf8)   # the name escaped as UTF-8: no such file
            assert status == 404 and "找不到文件或目录" in body.decode("gbk")
            if doc["format"] not in opened:
                opened.add(doc["format"])
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and headers["Content-Type"] == "application/octet-stream"
                assert headers["Content-Disposition"] == f"attachment;filename={quote(name)}"
                assert body.startswith(b"%PDF" if doc["format"] == "pdf" else b"PK")
        assert min(report_of[d["report_key"]]["year"] for d in files) < 2019
    elif family == "cursorheader":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            channels = re.findall(r'<div class="nbBox" data-channel="(\d+)"><h3>[^<]+</h3><ul class="list"></ul></div>',
                                  column)
            assert len(channels) == 3 and 'r.headers.get("X-Next-Cursor")' in column
            assert '"&cursor=" + encodeURIComponent(cursor)' in column
            api, walked, tokens = f"http://{www}/api/front/content/list", [], []
            for channel in channels:   # the loader's walk: each answer's X-Next-Cursor, sent back as `cursor`
                url = f"{api}?channelId={channel}&count=6"
                while url:
                    status, headers, body = get(sandbox, url)
                    answer = json.loads(body)
                    assert status == 200 and set(answer) == {"code", "msg", "data"} and 0 < len(answer["data"]) <= 6
                    assert headers["Access-Control-Expose-Headers"] == "X-Next-Cursor"
                    walked.append(answer["data"])
                    token = headers.get("X-Next-Cursor")
                    assert token is None or len(answer["data"]) == 6
                    url = f"{api}?channelId={channel}&count=6&cursor={token}" if token else ""
                    tokens += [token] if token else []
            assert len(walked) >= 5 and len(tokens) >= 2 and len(set(tokens)) == len(tokens)
            for token in tokens:   # opaque, and written in no body: only in the header of the answer before
                assert not token.isdigit() and not [u for u, t in bodies.items() if token in t]
            first = f"{api}?channelId={channels[0]}&count=6"
            assert get(sandbox, first + "&page=2")[2] == get(sandbox, first)[2]   # no page number: the first rows
            status, _, body = get(sandbox, first + "&cursor=" + tokens[0][::-1])
            assert status == 400 and json.loads(body) == {"code": 400, "msg": "无效的游标", "data": []}
            status, headers, body = get(sandbox, first.replace("count=6", "count=50"))
            assert status == 200 and len(json.loads(body)["data"]) == 6 and "X-Next-Cursor" in headers   # at most 20
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one answer's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/xxgk/nb/(bj|bm|xz)/\d{8}\.jhtml", path)
                assert [path in {row["url"] for row in rows} for rows in walked].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/api/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "tplclone":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/OpennessAnnualReport/index.html"]
            templates = dict(re.findall(r'<template id="nb-(\d{4})">(.*?)</template>', column, re.S))
            options = re.findall(r'<option value="(\d{4})">\d{4}年度</option>', column)
            assert len(options) > 6 and options == list(templates) == sorted(templates, reverse=True)
            assert '<div class="list-box" id="nbList"></div>' in column and "tpl.content.cloneNode(true)" in column
            assert 'picker.addEventListener("change"' in column
            document = re.sub(r"<template\b.*?</template>", "", column, flags=re.S)   # what the DOM holds as nodes
            assert "/OpennessAnnualReport/year/show/" not in document
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in its year's template only; the newest government report also on the home page
                path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
                shown = re.fullmatch(r"/OpennessAnnualReport/year/show/\d{3,4}/(\d{4})\.html", path)
                assert shown and shown.group(1) == str(report["year"])
                assert [year for year, t in templates.items() if path in t] == [str(report["year"])]
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/OpennessAnnualReport/index.html", f"http://{www}/",
                                   f"http://{www}/index.html"}
                assert not doc.get("needs_browser")   # the page's source holds every year's list
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "creditcode":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            directory = bodies[f"http://{www}/xxgk/dwml/index.html"]
            table = directory.split('<table class="dwml">', 1)[1].split("</table>", 1)[0]
            rows = dict(re.findall(r'<td>([^<]+)</td><td class="code">(\w{18})</td>', table))
            codes = set(rows.values())
            assert len(codes) == len(rows) > 5 and "<a " not in table
            assert f"http://{www}/xxgk/{{统一社会信用代码}}/" in directory
            assert 'window.open("/xxgk/" + row.cells[2].textContent.trim() + "/"' in directory
            unit_pages = {code: f"http://{www}/xxgk/{code}/index.html" for code in codes}
            for code, url in unit_pages.items():   # named by no page: composed from the 名录's cell
                assert get(sandbox, f"http://{www}/xxgk/{code}/")[2] == get(sandbox, url)[2]
                assert f"统一社会信用代码：{code}" in bodies[url]
                assert not [u for u, t in bodies.items() if {f"/xxgk/{code}/", f"/xxgk/{code}/index.html"}
                            & _linked_paths(u, t)]
            column = f"http://{www}/xxgk/nb/index.html"
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
                code = re.fullmatch(r"/xxgk/(\w{18})/ndbg/\d{6}/t\d{8}_\d{7}\.html", path).group(1)
                assert rows[report["agency"]] == code   # under the code the 名录 prints for its unit
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                own = report["unit_level"] == "county_government" and report["year"] >= 2019
                assert linking - {f"http://{www}/", f"http://{www}/index.html"} == {unit_pages[code]} | (
                    {column} if own else set())
                assert bool(doc.get("needs_browser")) == (linking == {unit_pages[code]})
            assert sum(bool(d.get("needs_browser")) for d in ours) > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "refreshheader":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = bodies[f"http://{www}/"]
            olds = re.findall(r'<a href="(/xxgk/list\.php\?catid=\d+)">', home)
            assert len(olds) == 3 and all(old in bodies[f"http://{www}/zwgk/index.html"] for old in olds)
            targets = []
            for old in olds:   # 200, a notice with nothing to follow, and the new column in the Refresh header
                status, headers, body = get(sandbox, f"http://{www}{old}")
                notice = body.decode()
                main = notice.split('<div class="main">', 1)[1].split('<div class="footer">', 1)[0]
                assert status == 200 and "Location" not in headers and headers["X-Powered-By"].startswith("PHP/")
                assert "本栏目已迁移" in main and "3秒后自动跳转" in main and "<a " not in main
                assert "<script" not in notice and "http-equiv=\"refresh\"" not in notice.lower()
                targets.append(re.fullmatch(r"3;url=(/zfxxgk/nb/(?:bj|bm|xz)/index\.html)", headers["Refresh"]).group(1))
            assert len(set(targets)) == 3
            new = {f"http://{www}{t}" for t in targets}
            for url, text in bodies.items():   # only the new platform's own lists link its lists
                if urlsplit(url).hostname == www and url not in new | {f"http://{www}/zfxxgk/index.html"}:
                    assert not (set(targets) | {"/zfxxgk/index.html"}) & _linked_paths(url, text), url
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one new column; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/zfxxgk/nb/(bj|bm|xz)/\d{6}/t\d{8}_\d{7}\.html", path)
                assert sum(path in bodies[u] for u in new) == 1 and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking - new <= {f"http://{www}/", f"http://{www}/index.html"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "osshost":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www, bucket = portal["hosts"]
            assert re.fullmatch(r"[a-z0-9-]+\.oss-cn-[a-z]+\.aliyuncs\.com", bucket) and portal["homepage"] == f"http://{www}/"
            status, headers, body = get(sandbox, f"http://{bucket}/")   # no listing: OSS's AccessDenied
            assert status == 403 and b"<Code>AccessDenied</Code>" in body and headers["Server"] == "AliyunOSS"
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            files = [d for d in ours if urlsplit(d["url"]).hostname == bucket]
            assert files and min(report_of[d["report_key"]]["year"] for d in files) < 2019
            for doc in ours:
                report = report_of[doc["report_key"]]
                on_oss = report["unit_level"] not in ("county_government", "government_office") or report["year"] < 2019
                assert (doc["format"], urlsplit(doc["url"]).hostname) == (("pdf", bucket) if on_oss else ("html", www))
                assert not doc.get("needs_browser")
            for doc in files:   # linked by one stub article of the portal, absolute, nowhere else
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and body.startswith(b"%PDF") and headers["x-oss-object-type"] == "Normal"
                linking = [u for u, t in bodies.items() if doc["url"] in t]
                assert len(linking) == 1 and urlsplit(linking[0]).hostname == www and "全文见附件" in bodies[linking[0]]
                assert not [u for u, t in bodies.items() if urlsplit(doc["url"]).path in t and doc["url"] not in t]
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "pdfindex":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/gknb/index.html"]
            pdf_path = re.search(r'附件：<a href="(/gknb/W0\d{14}\.pdf)">', column).group(1)
            status, headers, data = get(sandbox, f"http://{www}{pdf_path}")
            assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
            assert b"/Subtype /Link" in data and data.count(b"/S /URI") == len(_pdf_uris(data))
            uris = set(_pdf_uris(data))
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
                own = report["unit_level"] == "county_government" and report["year"] >= 2019
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                if own:   # in the column's HTML, not in the PDF
                    assert doc["url"] not in uris and f"http://{www}/gknb/index.html" in linking
                else:     # only the PDF's annotation names it
                    assert doc["url"] in uris and linking == {f"http://{www}{pdf_path}"}
                assert not doc.get("needs_browser")
            assert len(uris) > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "workerlist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            cols = re.findall(r'<div class="nbBox" data-col="(\d+)"><h3>[^<]+</h3><ul class="list"></ul></div>', column)
            assert len(cols) == 3 and 'new Worker("/js/nb/list.worker.js")' in column and "/interface/" not in column
            worker = bodies[f"http://{www}/js/nb/list.worker.js"]
            assert "self.postMessage({col: col, rows: rows})" in worker and "/interface/nb/rows.do" in worker
            assert not [u for u, t in bodies.items() if "list.worker.js" in _linked_paths(u, t)]   # no <script src>
            walked = {}
            for col in cols:   # the worker's walk: pageNo 1, 2, … until `total` rows
                n, rows = 1, []
                while True:
                    status, headers, body = get(sandbox, f"http://{www}/interface/nb/rows.do?col={col}&pageNo={n}&pageSize=15")
                    answer = json.loads(body)
                    assert status == 200 and headers["Content-Type"].startswith("application/json")
                    rows += answer["data"]
                    if n * 15 >= answer["total"]:
                        break
                    n += 1
                assert len(rows) == answer["total"]
                walked[col] = {row["link"] for row in rows}
            assert any(len(links) > 15 for links in walked.values())   # a column of more than one page
            assert get(sandbox, f"http://{www}/interface/nb/rows.do?col={cols[0]}")[0] == 404   # the worker's query only
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one column's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in links for links in walked.values()].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/interface/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "idnhost":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www, idn = portal["hosts"]
            chinese = idn.encode("ascii").decode("idna")
            assert chinese.endswith("人民政府.政务") and idn.endswith(".xn--zfr164b") and portal["homepage"] == f"http://{www}/"
            home = bodies[f"http://{www}/"]
            assert f'href="http://{chinese}/zwgk/index.html"' in home and f'href="http://{chinese}/xxgk/nb/index.html"' in home
            assert get(sandbox, f"http://{idn}/")[2] == get(sandbox, f"http://{www}/")[2]   # one site, two names
            for url, text in bodies.items():   # no www page outside them names the section or the column on www
                if urlsplit(url).hostname == www and not urlsplit(url).path.startswith(("/zwgk/", "/xxgk/")):
                    reached = {urlsplit(urljoin(url, html.unescape(h)))[1:3]
                               for h in re.findall(r'(?:href|src|action)="([^"]+)"', text)}
                    assert not {(www, "/zwgk/index.html"), (www, "/xxgk/nb/index.html")} & reached, url
            column = f"http://{idn}/xxgk/nb/index.html"
            assert column in bodies and f"http://{idn}/zwgk/index.html" in bodies
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # on the Chinese host; linked relative by its column's pages
                parts = urlsplit(doc["url"])
                assert parts.hostname == idn and re.fullmatch(r"/xxgk/nb/\d{6}/t\d{8}_\d{7}\.html", parts.path)
                rel = "./" + parts.path.removeprefix("/xxgk/nb/")
                assert any(f'href="{rel}"' in t for u, t in bodies.items() if u.startswith(f"http://{idn}/xxgk/nb/index"))
                assert not doc.get("needs_browser")
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "gzbom":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/xxgknb/index.html"]
            cids = re.findall(r'<div class="nbBox" data-cid="(\d+)"><h3>[^<]+</h3><ul class="list"></ul></div>', column)
            assert len(cids) == 3 and "/Ashx/InfoList.ashx?cid=" in column and 'replace(/^\\uFEFF/, "")' in column
            walked = {}
            for cid in cids:   # the loader's walk: page 1, 2, … until `total` rows
                n, rows = 1, []
                while True:
                    url = f"http://{www}/Ashx/InfoList.ashx?cid={cid}&page={n}"
                    status, headers, body = sandbox.handle("GET", url, {"Accept-Encoding": "gzip, deflate"})
                    headers = dict(headers)
                    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
                    assert headers["Content-Encoding"] == "gzip"   # compressed for a client that accepts it…
                    plain = gzip.decompress(body)
                    assert get(sandbox, url)[2] == plain           # …and not for one that does not
                    assert plain.startswith(b"\xef\xbb\xbf{")       # a byte order mark before the JSON
                    with pytest.raises(json.JSONDecodeError):      # which a JSON parser given the text refuses
                        json.loads(plain.decode("utf-8"))
                    answer = json.loads(plain.decode("utf-8-sig"))
                    rows += answer["rows"]
                    if n * 10 >= answer["total"]:
                        break
                    n += 1
                assert len(rows) == answer["total"]
                walked[cid] = {row["LinkUrl"] for row in rows}
            assert any(len(links) > 10 for links in walked.values())   # a column of more than one page
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one column's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in links for links in walked.values()].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/Ashx/" not in u}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "cascade":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            query = bodies[f"http://{www}/xxgk/nbcx/index.html"]
            kinds = re.findall(r'<option value="(\w+)">', query)
            assert kinds == ["gov", "bm", "xz"] and '<select id="dw"><option value="">请选择单位</option></select>' in query
            found = {}
            for kind in kinds:   # the three choices: kind → unit → year → the report
                status, _, body = get(sandbox, f"http://{www}/xxgk/nbcx/units.do?lb={kind}")
                assert status == 200
                for unit in json.loads(body):
                    assert unit["code"] not in query        # the units are in no page, only in the answer
                    years = json.loads(get(sandbox, f"http://{www}/xxgk/nbcx/years.do?unitCode={unit['code']}")[2])
                    assert years == sorted(years, reverse=True)
                    for year in years:
                        answer = json.loads(get(sandbox, f"http://{www}/xxgk/nbcx/report.do?unitCode={unit['code']}&year={year}")[2])
                        found[answer["url"]] = (unit["name"], year, kind)
            assert get(sandbox, f"http://{www}/xxgk/nbcx/years.do?unitCode=000000000000000000")[0] == 404
            assert get(sandbox, f"http://{www}/xxgk/nbcx/units.do")[0] == 404
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            assert {urlsplit(d["url"]).path for d in ours} == set(found)   # every report, through the query
            for doc in ours:
                report = report_of[doc["report_key"]]
                path = urlsplit(doc["url"]).path
                assert found[path][:2] == (report["agency"], report["year"])
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)
                           and "/xxgk/nbcx/" not in u}
                listed = report["unit_level"] == "county_government" and report["template"] != "pre2019"
                assert bool(linking) == listed, (path, linking)   # only the government's reports since 2019 linked
                assert bool(doc.get("needs_browser")) == (not listed)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d.get("needs_browser")}
        assert {"department", "township"} <= levels
    elif family == "scanpages":
        report_of = {r["key"]: r for r in truth["reports"]}
        scans = [d for d in docs if d["format"] == "pdf"]
        assert scans and all(d["needs_browser"] for d in scans) and not any(d.get("needs_browser") for d in docs if d not in scans)
        assert min(report_of[d["report_key"]]["year"] for d in scans) < 2019
        assert {"department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in scans}
        assert all(report_of[d["report_key"]]["template"] != "pre2019" for d in docs if d not in scans)
        for doc in scans:
            report = report_of[doc["report_key"]]
            file_id = parse_qsl(urlsplit(doc["url"]).query)[0][1]
            assert urlsplit(doc["url"]).path == "/attachment/download.do" and re.fullmatch(r"[0-9a-f]{32}", file_id)
            assert not [u for u, t in bodies.items() if doc["url"].split("//", 1)[1].split("/", 1)[1] in t]
            article = next(u for u, t in bodies.items() if f"downloadYw('{file_id}')" in t)   # the button's call
            page = bodies[article]
            assert f'<h1>{html.escape(report["title"], quote=False)}</h1>' in page and "下载原文" in page
            assert report["sections"] and not any(text[:30] in page for text in report["sections"].values() if text)
            images = re.findall(r'<img src="(/uploadfiles/\d{6}/[0-9a-f]{16}_\d+\.png)"', page)
            assert images and get(sandbox, f"http://{urlsplit(article).hostname}{images[0]}")[1]["Content-Type"] == "image/png"
            shared = _with_scripts(article, page, bodies)   # the function the button calls, in the shared script
            assert 'function downloadYw(id) { window.location.href = "/attachment/download.do?fileId=" + id; }' in shared
            status, headers, body = get(sandbox, doc["url"])
            assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
            column = [u for u, t in bodies.items() if u.endswith("/index.html") and urlsplit(article).path in t]
            assert column                                   # the scan article itself is linked from the column
        www = truth["portals"][0]["hosts"][0]
        assert get(sandbox, f"http://{www}/attachment/download.do?fileId={'0' * 32}")[0] == 404
    elif family == "dispofile":
        report_of = {r["key"]: r for r in truth["reports"]}
        files = [d for d in docs if d["format"] in ("pdf", "docx")]
        assert {d["format"] for d in files} == {"pdf", "docx"} and not any(d.get("needs_browser") for d in docs)
        assert min(report_of[d["report_key"]]["year"] for d in files) < 2019
        assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in files}
        assert all(report_of[d["report_key"]]["template"] != "pre2019" for d in docs if d not in files)
        texts = "".join(bodies.values())
        for doc in files:
            report = report_of[doc["report_key"]]
            assert urlsplit(doc["url"]).path == "/attach/download.jsp"
            assert re.fullmatch(r"id=[0-9a-f]{32}", urlsplit(doc["url"]).query)   # no name, no extension
            anchors = [(u, m) for u, t in bodies.items() for m in re.findall(
                rf'附件\d+：<a href="{re.escape(html.escape(doc["url"]))}" target="_blank">([^<]*)</a>', t)]
            assert anchors and {m for _, m in anchors} == {"下载"}          # the same text for every file
            assert report["title"] not in texts                              # no page names the report
            status, headers, body = get(sandbox, doc["url"])
            assert status == 200 and headers["Content-Type"] == "application/octet-stream"
            disposition = headers["Content-Disposition"]
            assert disposition.startswith("attachment; filename*=UTF-8''")
            assert unquote(disposition.split("''", 1)[1]) == f'{report["title"]}.{doc["format"]}'   # only here
            assert body.startswith(b"%PDF" if doc["format"] == "pdf" else b"PK")
        www = truth["portals"][0]["hosts"][0]
        assert get(sandbox, f"http://{www}/attach/download.jsp?id={'0' * 32}")[0] == 404
    elif family == "hxlist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = {f"http://{www}/", f"http://{www}/index.html"}
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            starts = re.findall(r'<ul class="list" hx-get="([^"]+)" hx-trigger="load">', column)
            assert len(starts) == 3 and '<script src="/static/js/htmx.min.js"></script>' in column
            library = bodies[f"http://{www}/static/js/htmx.min.js"]
            assert 'getAttribute("hx-get")' in library and "/xxgk/" not in library   # generic: it names no address
            texts = "".join(bodies.values())   # the fragments' addresses are written only as hx-get attributes
            assert texts.count("/xxgk/nb/rows") == texts.count('hx-get="/xxgk/nb/rows') > 3
            walked = {}
            for start in starts:   # the chain of sentinels: each fragment's last row loads the next page
                url, links, pages = urljoin(f"http://{www}/xxgk/nb/index.html", html.unescape(start)), set(), 0
                while url:
                    status, headers, body = get(sandbox, url)
                    text = body.decode("utf-8")
                    assert status == 200 and headers["Content-Type"].startswith("text/html") and "<html" not in text
                    links |= set(re.findall(r'<a href="([^"]+)"', text))
                    sentinel = re.findall(r'<li class="more" hx-get="([^"]+)" hx-trigger="revealed" hx-swap="outerHTML">', text)
                    assert len(sentinel) <= 1 and text.count("hx-get") == len(sentinel)
                    url, pages = (urljoin(url, html.unescape(sentinel[0])) if sentinel else None), pages + 1
                walked[start] = (links, pages)
            assert any(pages > 1 for _, pages in walked.values())   # a list of more than one page
            assert get(sandbox, f"http://{www}/xxgk/nb/rows?kind=bm&page=99")[0] == 404
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one list's fragments; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [doc["url"] in links for links, _ in walked.values()].count(True) == 1
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/xxgk/nb/rows" not in u}
                assert linking <= home
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "alpinedata":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, column_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/zfxxgk/zfgknb/index.html"
            column = bodies[column_url]
            datas = [html.unescape(v) for v in re.findall(r'<div class="nbBox" x-data="([^"]*)">', column)]
            assert len(datas) == 3 and '<script defer src="/static/js/alpine.min.js"></script>' in column
            assert column.count('<template x-for="row in rows">') == 3 and column.count('<a :href="row.u"') == 3
            assert not re.search(r'<a [^>]*href="/zfxxgk/zfgknb/\d{4}/', column)   # no link until the library renders
            paths = []
            for data in datas:   # a JavaScript object literal (unquoted keys, single quotes), which no JSON reader takes
                assert data.startswith("{ rows: [{t: '") and data.endswith("}] }")
                with pytest.raises(ValueError):
                    json.loads(data)
                paths.append(re.findall(r"u: '(/zfxxgk/zfgknb/\d{4}/\d{15}\.html)'", data))
                assert len(paths[-1]) == data.count("{t: '")
            library = bodies[f"http://{www}/static/js/alpine.min.js"]
            assert 'getAttribute("x-data")' in library and "/zfxxgk/" not in library
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one component's rows; the newest government report also on the home page
                path = urlsplit(doc["url"]).path
                assert [path in box for box in paths].count(True) == 1
                linking = {u for u, t in bodies.items() if u not in (doc["url"], column_url) and path in t}
                assert linking <= home
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "relapi":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, column_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/zwgk/zfxxgknb/index.shtml"
            column = bodies[column_url]
            channels = re.findall(r'<ul class="list" data-channel="(\d+)"></ul>', column)
            assert len(channels) == 3 and "a.href = row.linkUrl;" in column
            resolved = {}
            for channel in channels:
                api = f"http://{www}/api/v1/cms/content/list?channelId={channel}&pageSize=100"
                status, headers, body = get(sandbox, api)
                assert status == 200 and headers["Content-Type"].startswith("application/json")
                for row in json.loads(body)["data"]["records"]:
                    ref = row["linkUrl"]
                    right, wrong = urljoin(column_url, ref), urljoin(api, ref)   # the page's base; the interface's
                    assert ref.startswith("../../zwgk/zfxxgknb/") and get(sandbox, right)[0] == 200
                    assert urlsplit(wrong).path.startswith("/api/v1/zwgk/") and get(sandbox, wrong)[0] == 404
                    resolved[right] = channel
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019 and len(resolved) > len(ours)
            interface = [t for u, t in bodies.items() if "/api/" in u]
            for doc in ours:   # named only relatively by the interface (the newest government report also at home)
                path = urlsplit(doc["url"]).path
                assert doc["url"] in resolved and not any(f'"{path}"' in t or doc["url"] in t for t in interface)
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "/api/" not in u}
                assert linking <= home
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "pdfalt":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            listing = bodies[f"http://{www}/xxgk/zfxxgknb/index.html"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            files = [d for d in ours if d["format"] == "pdf"]
            assert files and min(report_of[d["report_key"]]["year"] for d in files) < 2019
            for doc in ours:   # the government's and its office's reports from 2019 are articles; the rest PDFs
                report = report_of[doc["report_key"]]
                own = report["unit_level"] in ("county_government", "government_office") and report["year"] >= 2019
                assert doc["format"] == ("html" if own else "pdf") and not doc.get("needs_browser")
            for doc in files:
                parts = urlsplit(doc["url"])
                assert parts.path == "/module/download/file" and ".pdf" not in doc["url"].lower()
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
                assert "Content-Disposition" not in headers   # the type alone says what it is
                ref = html.escape(f"{parts.path}?{parts.query}")
                linking = [u for u, t in bodies.items() if ref in t or doc["url"] in t]
                assert len(linking) == 1   # one summary article, listed by the column by a plain link
                head, rest = bodies[linking[0]].split("</head>", 1)
                assert f'<link rel="alternate" type="application/pdf" href="{ref}" title="全文">' in head
                assert parts.query not in html.unescape(rest) and f'href="{linking[0]}"' in listing
                assert "内容摘要" in rest and report_of[doc["report_key"]]["title"] in html.unescape(rest)
            assert get(sandbox, f"http://{www}/module/download/file")[0] == 404
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "graphql":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, column = {f"http://{www}/", f"http://{www}/index.html"}, bodies[f"http://{www}/xxgk/nb/index.html"]
            channels = re.findall(r'<ul class="list" data-channel="(\w+)"></ul>', column)
            assert len(channels) == 3 and 'fetch("/graphql", {method: "POST"' in column
            query = json.loads(re.search(r'var NB_QUERY = (".*?");', column).group(1))
            assert query.startswith("query NbList(") and "contents(channel: $channel, offset: $offset" in query
            endpoint, named, paged = f"http://{www}/graphql", {}, False
            for channel in channels:   # offset paging in the variables, as the loader asks
                offset, total = 0, 1
                while offset < total:
                    ask = {"query": query, "variables": {"channel": channel, "offset": offset, "limit": 8}}
                    status, headers, body = sandbox.handle("POST", endpoint, {"Content-Type": "application/json"},
                                                           json.dumps(ask).encode())
                    assert status == 200 and dict(headers)["Content-Type"].startswith("application/json")
                    contents = json.loads(body)["data"]["contents"]
                    named |= {urljoin(endpoint, row["url"]): channel for row in contents["items"]}
                    offset, total = offset + 8, contents["total"]
                paged |= total > 8
            assert paged
            assert get(sandbox, endpoint)[0] == 405   # no rows to a GET, a form, or a document not selecting contents
            status, _, body = sandbox.handle("POST", endpoint, {"Content-Type": "application/x-www-form-urlencoded"},
                                             f"channel={channels[0]}&offset=0&limit=8".encode())
            assert status == 400 and "data" not in json.loads(body)
            status, _, body = sandbox.handle("POST", endpoint, {"Content-Type": "application/json"}, json.dumps(
                {"query": "{ __typename }", "variables": {"channel": channels[0], "offset": 0, "limit": 8}}).encode())
            assert "errors" in json.loads(body) and "data" not in json.loads(body)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # named only by the endpoint's answers (the newest government report also at home)
                path = urlsplit(doc["url"]).path
                assert doc["url"] in named and re.fullmatch(r"/nw\d{5}/\d{8}/0001-\d{5}_\d{5}\.html", path)
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "#post" not in u}
                assert linking <= home
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "xlsxindex":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zfxxgk/nb/index.shtml"]
            files = re.findall(r'<a href="(/zfxxgk/nb/files/\d{14}\.xlsx)">', column)
            assert len(files) == 1
            workbook = f"http://{www}{files[0]}"
            status, headers, body = get(sandbox, workbook)
            assert status == 200 and headers["Content-Type"] == XLSX and body.startswith(b"PK")
            with zipfile.ZipFile(io.BytesIO(body)) as z:
                sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
                rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode("utf-8")
                strings = [html.unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode())]
                assert 'r:id="rId1"' in z.read("xl/workbook.xml").decode() and "xl/workbook.xml" in z.read("_rels/.rels").decode()
            targets = dict(re.findall(r'<Relationship Id="(rId\d+)" Type="[^"]+/hyperlink" Target="([^"]+)" '
                                      r'TargetMode="External"/>', rels))
            titles = {ref: strings[int(n)] for ref, n in re.findall(r'<c r="(D\d+)" t="s"><v>(\d+)</v></c>', sheet)}
            linked = {html.unescape(targets[rid]): titles[ref] for ref, rid in re.findall(r'<hyperlink ref="(D\d+)" r:id="(rId\d+)"/>', sheet)}
            assert linked and "http" not in "".join(strings)   # the cells show titles; the addresses are links only
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:
                report, path = report_of[doc["report_key"]], urlsplit(doc["url"]).path
                assert re.fullmatch(r"/zfxxgk/system/\d{4}/\d\d/\d\d/\d{9}\.shtml", path) and not doc.get("needs_browser")
                naming = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                if report["unit_level"] == "county_government" and report["year"] >= 2019:
                    assert doc["url"] not in linked and f'<a href="{doc["url"]}"' in column
                else:   # only the workbook names it, by a cell showing its title
                    assert linked[doc["url"]] == report["title"] and naming == {workbook}
            in_file = [report_of[d["report_key"]] for d in ours if d["url"] in linked]
            assert min(r["year"] for r in in_file) < 2019 and {"department", "township"} <= {r["unit_level"] for r in in_file}
    elif family == "detailsload":
        report_of = {r["key"]: r for r in truth["reports"]}
        texts = "".join(bodies.values())
        assert not re.search(r"\d{4}nb/list\.html", texts)   # a fragment's address is written nowhere whole
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, column_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/zfxxgkzl/zfxxgknb/index.html"
            column = bodies[column_url]
            boxes = re.findall(r'<details class="nb-year" data-year="(\d{4})"( open data-loaded="1")?><summary>\d{4}年度'
                               r'</summary><div class="nb-list">(.*?)</div></details>', column)
            assert len(boxes) > 3 and boxes[0][1] and boxes[0][2] and not any(o or inner for _, o, inner in boxes[1:])
            assert 'box.addEventListener("toggle", function () {' in column
            assert 'fetch("/zfxxgkzl/zfxxgknb/" + box.getAttribute("data-year") + "nb/list.html")' in column
            fragments = {boxes[0][0]: column_url}
            for year, _, _ in boxes[1:]:
                fragments[year] = f"http://{www}/zfxxgkzl/zfxxgknb/{year}nb/list.html"
                status, headers, body = get(sandbox, fragments[year])
                assert status == 200 and headers["Content-Type"].startswith("text/html")
                assert body.decode("utf-8").startswith('<ul class="list">') and b"<html" not in body
            assert get(sandbox, f"http://{www}/zfxxgkzl/zfxxgknb/1999nb/list.html")[0] == 404
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in its year's box; only the newest year's is in the page as served
                year, path = str(report_of[doc["report_key"]]["year"]), urlsplit(doc["url"]).path
                assert path.startswith(f"/zfxxgkzl/zfxxgknb/{year}nb/")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert fragments[year] in linking and linking <= home | {fragments[year]}
                assert bool(doc.get("needs_browser")) == (not linking - {fragments[year]} and year != boxes[0][0])
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d.get("needs_browser")}
        assert {"county_government", "department", "township"} <= levels
    elif family == "refxhr":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, column_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/zwgk/xxgknb/index.shtml"
            column = bodies[column_url]
            pages = int(re.search(r"var NB_PAGES = (\d+),", column).group(1))
            assert pages > 2 and 'xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");' in column
            action, trusted = f"http://{www}/zwgk/xxgknb/list.do", {**XHR, "Referer": column_url}
            assert json.loads(get(sandbox, f"{action}?pageNo=1&pageSize=10")[2])["list"]   # page 1 to anyone
            named = {}
            for n in range(1, pages + 1):
                url = f"{action}?pageNo={n}&pageSize=10"
                status, headers, body = sandbox.handle("GET", url, trusted)
                assert status == 200 and json.loads(body)["list"]
                named |= {urljoin(action, row["url"]): n for row in json.loads(body)["list"]}
                for sent in ({}, XHR, {"Referer": column_url}, {**XHR, "Referer": f"http://{www}/index.html"}):
                    status, headers, body = sandbox.handle("GET", url, sent)   # a later page: empty, not refused
                    assert status == 200 and dict(headers)["Content-Type"].startswith("application/json")
                    assert (json.loads(body)["list"] == []) == (n > 1)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert all(named[d["url"]] > 1 for d in ours if report_of[d["report_key"]]["year"] < 2019)
            for doc in ours:   # page 1 in the column as served; the others only in the trusted answers
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/zwgk/xxgknb/\d{4}nb/\d{6}/t\d{8}_\d{7}\.shtml", path)
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "#headers" not in u}
                assert (column_url in linking) == (named[doc["url"]] == 1) and linking <= home | {column_url}
                assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d.get("needs_browser")}
        assert {"county_government", "department", "township"} <= levels
    elif family == "robotsmirror":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, sitemap_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/sitemap.xml.gz"
            robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
            assert "User-agent: *\nDisallow: /xxgk/\n" in robots and f"Sitemap: {sitemap_url}\n" in robots
            for absent in ("/sitemap.xml", "/zwgk/zfxxgknb/", "/zwgk/zfxxgknb/index.html"):
                assert get(sandbox, f"http://{www}{absent}")[0] == 404   # no plain site map, no list of the column
            status, headers, body = get(sandbox, sitemap_url)
            assert status == 200 and headers["Content-Type"] == "application/x-gzip" and "Content-Encoding" not in headers
            sitemap = gzip.decompress(body).decode("utf-8")
            assert sitemap.startswith('<?xml') and "<urlset" in sitemap and bodies[sitemap_url] == sitemap
            directory_url = f"http://{www}/xxgk/index.html"
            assert truth["pages"][directory_url] == "disallowed" and directory_url in truth["disallowed_urls"]
            assert f'href="{directory_url.removeprefix(f"http://{www}")}"' in bodies[f"http://{www}/zwgk/index.html"]
            directory = get(sandbox, directory_url)[2].decode("utf-8")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # linked by the closed directory; of the pages a polite crawler may fetch, named
                path = urlsplit(doc["url"]).path   # only by the gzipped site map (the newest government report also at home)
                assert re.fullmatch(r"/zwgk/zfxxgknb/\d{6}/t\d{8}_\d{7}\.html", path)
                assert not doc["unreachable"] and not doc.get("needs_browser")
                assert f"<loc>{doc['url']}</loc>" in sitemap and f'href="{doc["url"]}"' in directory
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert sitemap_url in linking and linking <= home | {sitemap_url}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "buttonpager":
        report_of = {r["key"]: r for r in truth["reports"]}
        form_type = {"Content-Type": "application/x-www-form-urlencoded"}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, list_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/xxgk/nb/list.php"
            column = bodies[list_url]
            form = re.search(r'<form method="post" action="list\.php" class="pager">(.*?)</form>', column).group(1)
            catid = re.search(r'<input type="hidden" name="catid" value="(\d+)">', form).group(1)
            values = {int(v) for v in re.findall(r'<button type="submit" name="page" value="(\d+)">', form)}
            pages = max(values)
            assert pages > 2 and values == set(range(2, pages + 1)) and "onclick" not in form and "<a " not in form
            assert not re.search(r"page=\d", column) and "<script" not in column.split('<div class="main">')[-1]
            named = {}
            for n in range(1, pages + 1):
                status, _, body = sandbox.handle("POST", list_url, form_type, f"catid={catid}&page={n}".encode())
                assert status == 200
                text = body.decode("utf-8")
                named |= dict.fromkeys(re.findall(r'<li><a href="([^"]+)" target="_blank"', text), n)
                assert f"<b>{n}</b>" in text   # the answer is page n, with its own pager form
                assert get(sandbox, f"{list_url}?page={n}")[2].decode("utf-8") == column   # a GET reads no page
            for wrong in (f"page={pages}", f"catid={int(catid) + 1}&page={pages}"):   # the column's id is needed
                assert sandbox.handle("POST", list_url, form_type, wrong.encode())[2].decode("utf-8") == column
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert any(named[d["url"]] > 1 for d in ours if report_of[d["report_key"]]["year"] < 2019)
            for doc in ours:   # page 1 in the list as served; the others only in the answers to a button's POST
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/xxgk/nb/\d{6}/\d{6}\.html", path) and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and "#post" not in u}
                assert (list_url in linking) == (named[doc["url"]] == 1) and linking <= home | {list_url}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "wmlwap":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www, wap = portal["hosts"][0], portal["hosts"][1]
            assert wap == "wap." + www.removeprefix("www.") and registry[portal["id"]]["hosts"] == ""
            front = bodies[f"http://{www}/"]
            assert f'<link rel="alternate" media="handheld" href="http://{wap}/">' in front and "手机WAP版" in front
            decks = {u: t for u, t in bodies.items() if urlsplit(u).hostname == wap}
            for url, text in decks.items():   # WML decks, not HTML
                assert get(sandbox, url)[1]["Content-Type"] == "text/vnd.wap.wml; charset=utf-8", url
                assert text.startswith('<?xml') and "<!DOCTYPE wml" in text and "<html" not in text, url
            lists = sorted(u for u in decks if urlsplit(u).path == "/xxgk/nb.wml")
            assert len(lists) > 1
            for url in lists:   # its pages are named only by WML tasks, never by an <a>
                anchors = re.findall(r'<a href="([^"]+)"', decks[url])
                assert not any("nb.wml?p=" in h for h in anchors)
                assert url == lists[-1] or '<go href="nb.wml?p=' in decks[url]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            old = [d for d in ours if report_of[d["report_key"]]["year"] < 2019]
            assert old and {"department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in ours}
            for doc in ours:
                parts = urlsplit(doc["url"])
                if report_of[doc["report_key"]]["year"] < 2019:   # only on the WAP site, named only by its decks
                    assert parts.hostname == wap and parts.path == "/xxgk/show.wml" and doc["markup"] == "wml"
                    linking = {u for u, t in bodies.items() if u != doc["url"] and f"show.wml?{parts.query}" in t}
                    assert linking and all(u in lists for u in linking)
                    deck = get(sandbox, doc["url"])[2].decode("utf-8")
                    assert report_of[doc["report_key"]]["title"] in html.unescape(deck) and deck.count("<p>") > 4
                else:
                    assert parts.hostname == www and parts.path.startswith("/zwgk/zfxxgknb/")
                assert not doc.get("needs_browser")
    elif family == "rawdeflate":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = {f"http://{www}/", f"http://{www}/index.html"}
            lists = {u: t for u, t in bodies.items() if urlsplit(u).path == "/xxgk/nb/List.aspx"}
            assert len(lists) > 3
            for url, text in lists.items():
                status, headers, body = sandbox.handle("GET", url, {"Accept-Encoding": "gzip, deflate, br"})
                headers = dict(headers)
                assert status == 200 and headers["Content-Encoding"] == "deflate" and headers["Vary"] == "Accept-Encoding"
                with pytest.raises(zlib.error):   # not the zlib stream HTTP's deflate names: raw DEFLATE
                    zlib.decompress(body)
                assert zlib.decompress(body, -15).decode("utf-8") == text
                for sent in ({}, {"Accept-Encoding": "gzip"}, {"Accept-Encoding": "gzip, deflate;q=0"}):
                    status, headers, body = sandbox.handle("GET", url, sent)
                    assert "Content-Encoding" not in dict(headers) and body.decode("utf-8") == text
            for plain in (f"http://{www}/", f"http://{www}/zwgk/index.html"):   # static pages: never compressed
                assert "Content-Encoding" not in dict(sandbox.handle("GET", plain, {"Accept-Encoding": "deflate"})[1])
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            deep = set()
            for doc in ours:   # named only by the deflated list pages (the newest government report also at home)
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/xxgk/nb/\d{6}/t\d{8}_\d{7}\.html", path) and not doc.get("needs_browser")
                assert "Content-Encoding" not in dict(sandbox.handle("GET", doc["url"], {"Accept-Encoding": "deflate"})[1])
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking & set(lists) and linking <= home | set(lists)
                if not linking & {u for u in lists if u.endswith("&page=1")}:
                    deep.add(report_of[doc["report_key"]]["year"])
            assert deep and min(deep) < 2019
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "imagesubmit":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home, list_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}/xxgk/nb/list.asp"
            column = bodies[list_url]
            form = re.search(r'<form method="get" action="list\.asp" class="pager">(.*?)</form>', column).group(1)
            assert '<input type="image" name="next"' in form and "<a " not in form and "onclick" not in form
            pages = int(re.search(r"共(\d+)页", form).group(1))
            assert pages > 2 and not re.search(r"(page|cur)=\d", column)
            named = {}
            for n in range(1, pages + 1):   # page n: a click on 下一页 of page n - 1 (any point of the button)
                url = list_url if n == 1 else f"{list_url}?cur={n - 1}&next.x={n}&next.y=2"
                text = get(sandbox, url)[2].decode("utf-8")
                assert f"当前第{n}页" in text
                named |= {h: n for h in re.findall(r'<li><a href="([^"]+)" target="_blank"', text) if h not in named}
            back = get(sandbox, f"{list_url}?cur=3&prev.x=1&prev.y=1")[2].decode("utf-8")
            assert "当前第2页" in back
            for plain in (f"?cur={pages}", f"?page={pages}", f"?cur={pages}&next=1"):   # no click: page 1
                assert get(sandbox, list_url + plain)[2].decode("utf-8") == column
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert any(named[d["url"]] > 1 for d in ours if report_of[d["report_key"]]["year"] < 2019)
            for doc in ours:   # page 1 as served; the others only in the answers to a click
                path = urlsplit(doc["url"]).path
                assert re.fullmatch(r"/xxgk/nb/\d{6}/\d{6}\.html", path) and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert (list_url in linking) == (named[doc["url"]] == 1)
                assert linking <= home | {u for u in bodies if u.startswith(list_url)}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "xhtmlxml":
        from lxml import etree

        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            xhtml = {}
            for url in bodies:
                if urlsplit(url).hostname == www and url.endswith(".xhtml"):
                    status, headers, body = get(sandbox, url)
                    assert headers["Content-Type"] == "application/xhtml+xml" and status == 200
                    assert body.startswith(b'<?xml version="1.0" encoding="GBK"?>') and b"charset" not in body
                    root = etree.fromstring(body)   # well-formed XML, read in the encoding its declaration names
                    assert root.tag == "{http://www.w3.org/1999/xhtml}html"
                    with pytest.raises(UnicodeDecodeError):   # not UTF-8: a reader must take the declaration
                        body.decode("utf-8")
                    xhtml[url] = body.decode("gbk")
            assert len(xhtml) == 4
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert any(report_of[d["report_key"]]["year"] < 2019 for d in ours)
            for doc in ours:   # each named by one XHTML column (the newest government report also at home)
                path = urlsplit(doc["url"]).path
                assert not doc.get("needs_browser") and path.endswith(".html")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking & set(xhtml) and linking <= set(xhtml) | {f"http://{www}/", f"http://{www}/index.html"}
                assert report_of[doc["report_key"]]["title"] in "".join(xhtml.values())
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "langneg":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            answers = {}
            for sent in ({}, {"Accept-Language": "en-US,en;q=0.8"}, {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"},
                         {"Accept-Language": "en, zh-TW;q=0.5"}, {"Accept-Language": "zh;q=0, en"}):
                status, headers, body = sandbox.handle("GET", f"http://{www}/", sent)
                headers = dict(headers)
                assert status == 200 and headers["Vary"] == "negotiate,accept-language"
                answers[sent.get("Accept-Language")] = (headers["Content-Location"], body.decode("utf-8"))
            english, chinese = answers[None][1], answers["zh-CN,zh;q=0.9,en;q=0.8"][1]
            assert answers[None][0] == answers["en-US,en;q=0.8"][0] == answers["zh;q=0, en"][0] == "index.html.en"
            assert answers["en, zh-TW;q=0.5"][0] == "index.html.zh-cn"
            assert "/zwgk/" not in english and '<a href="/" hreflang="zh-CN"' in english and "/zwgk/" in chinese
            assert bodies[f"http://{www}/"] == english and bodies[f"http://{www}/index.html.zh-cn"] == chinese
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert any(report_of[d["report_key"]]["year"] < 2019 for d in ours)
            for doc in ours:   # under the column only the Chinese home leads to
                path = urlsplit(doc["url"]).path
                assert path.startswith("/zwgk/zfxxgknb/") and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
                assert linking and f"http://{www}/" not in linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "checkform":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column, query = bodies[f"http://{www}/xxgk/nb/index.html"], f"http://{www}/xxgk/nb/query.jsp"
            assert '<input type="checkbox" name="lb" value="bj" checked>' in column
            assert '<input type="checkbox" name="lb" value="bm">' in column and "?lb=" not in column
            every = get(sandbox, f"{query}?lb=bj&lb=bm&lb=xz&nd=")[2].decode("utf-8")
            assert get(sandbox, f"{query}?nd=&lb=xz&lb=bj&lb=bm")[2].decode("utf-8") == every   # any order
            assert "请选择单位类别" in get(sandbox, f"{query}?nd=")[2].decode("utf-8")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert any(report_of[d["report_key"]]["year"] < 2019 for d in ours)
            for doc in ours:
                path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
                assert path in every and not doc.get("needs_browser")
                own = report["unit_level"] in ("county_government", "government_office")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert (path in column) == own   # the form as served: the government's own box only
                if not own:   # a department's or township's: only in answers to the form with its box checked
                    assert linking and all(u.startswith(query + "?lb=") for u in linking)
                    box = "xz" if report["unit_level"] == "township" else "bm"
                    assert path in get(sandbox, f"{query}?lb={box}&nd={report['year']}")[2].decode("utf-8")
                    assert path not in get(sandbox, f"{query}?lb=bj&nd={report['year']}")[2].decode("utf-8")
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "xlshtml":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/xxgkml/xxgknb/index.html"]
            export = html.unescape(re.search(r'<a class="export" href="([^"]+)">导出目录</a>', column).group(1))
            status, headers, body = get(sandbox, f"http://{www}{export}")
            assert status == 200 and headers["Content-Type"] == "application/vnd.ms-excel;charset=GBK"
            assert headers["Content-Disposition"] == "attachment; filename=nbml.xls" and not body.startswith(b"PK")
            with pytest.raises(UnicodeDecodeError):   # GBK, named by the header and the meta only
                body.decode("utf-8")
            table = body.decode("gbk")
            assert "urn:schemas-microsoft-com:office:excel" in table and "<x:ExcelWorkbook>" in table
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            exported = 0
            for doc in ours:   # in the column or in the export, never both
                report, link = report_of[doc["report_key"]], f'href="{doc["url"]}"'
                assert (link in column) != (link in table) and not doc.get("needs_browser")
                if report["year"] < 2019 or report["unit_level"] in ("department", "township"):
                    assert link in table
                if link in table:   # no HTML page names it
                    path = urlsplit(doc["url"]).path
                    linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                    assert linking == {f"http://{www}{export}"}, linking
                    exported += 1
            assert exported > len(ours) / 2
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
    elif family == "dotlocation":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            home = bodies[f"http://{www}/"]
            entries = re.findall(r'<a href="(/zwgk/nb/list\.php\?lb=(?:bj|bm|xz))">', home)
            assert len(entries) == 3 and all(e in bodies[f"http://{www}/zwgk/index.html"] for e in entries)
            columns = set()
            for entry in entries:   # 302 to a reference with dot-segments, relative to the entry's folder
                status, headers, _ = get(sandbox, f"http://{www}{entry}")
                location = headers["Location"]
                assert status == 302 and location.startswith("../") and "://" not in location
                resolved = urljoin(f"http://{www}{entry}", location)
                assert get(sandbox, resolved)[0] == 200
                assert get(sandbox, f"http://{www}/{location.removeprefix('../')}")[0] == 404   # read from the root
                assert truth["redirects"][f"http://{www}{entry}"] == resolved
                columns.add(resolved)
            assert len(columns) == 3
            paths = {urlsplit(c).path for c in columns}
            for url, text in bodies.items():   # no page links a column's own address
                if urlsplit(url).hostname == www:
                    assert not paths & _linked_paths(url, text), url
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one column
                path = urlsplit(doc["url"]).path
                assert sum(path in bodies[c] for c in columns) == 1 and not doc.get("needs_browser")
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "cjkpath":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items()
                       if re.fullmatch(rf"http://{re.escape(www)}/xxgk/nb/(bj|bm|xz)\.html", u)}
            assert len(columns) == 3
            for url in columns:   # GBK pages, the charset in the header and the meta
                status, headers, body = get(sandbox, url)
                assert headers["Content-Type"] == "text/html; charset=gbk" and 'charset=gbk' in body.decode("gbk")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                raw = unquote(path)
                assert raw.startswith("/xxgk/年报/") and path.isascii() and not doc.get("needs_browser")
                assert sum(f'href="{raw}"' in t for t in columns.values()) == 1   # raw, in one column
                assert not any(path in t for u, t in bodies.items() if u != doc["url"])   # never escaped
                assert get(sandbox, doc["url"])[0] == 200
                gbk_escaped = quote(raw, safe="/", encoding="gbk")   # escaped in the page's encoding: no such file
                assert gbk_escaped != path and get(sandbox, f"http://{www}{gbk_escaped}")[0] == 404
    elif family == "noscriptyear":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column_url = f"http://{www}/zfxxgknb/index.html"
            column = bodies[column_url]
            scripted, noscript = re.search(r'<div class="ndxz">(.*?)<noscript>(.*?)</noscript>', column, re.S).groups()
            assert '<select id="nd"' in scripted and "<form" not in scripted and "siteId" not in scripted
            form = re.fullmatch(r'<form action="/zfxxgknb/list\.jsp" method="get">.*</form>', noscript).group()
            site = re.search(r'<input type="hidden" name="siteId" value="(\d+)">', form).group(1)
            options = re.findall(r'<option value="([0-9a-f]{16})"(?: selected)?>(\d{4})年度</option>', form)
            assert options and options == re.findall(r'<option value="([0-9a-f]{16})"(?: selected)?>(\d{4})年度</option>',
                                                     scripted)
            answers = {}
            for nid, year in options:   # the id alone is refused; with the hidden field, the year's list
                alone = get(sandbox, f"http://{www}/zfxxgknb/list.jsp?nid={nid}")
                assert alone[0] == 200 and "参数错误" in alone[2].decode() and year not in alone[2].decode()
                status, _, body = get(sandbox, f"http://{www}/zfxxgknb/list.jsp?" + urlencode({"siteId": site,
                                                                                             "nid": nid}))
                assert status == 200
                answers[int(year)] = body.decode()
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            years = {report_of[d["report_key"]]["year"] for d in ours}
            assert min(years) < 2019 and set(answers) == years
            shown = _linked_paths(column_url, column)
            hidden = 0
            for doc in ours:   # in its year's answer only; the column shows the newest year alone
                year, path = report_of[doc["report_key"]]["year"], urlsplit(doc["url"]).path
                assert [y for y, t in answers.items() if path in t] == [year] and not doc.get("needs_browser")
                assert (path in shown) == (year == max(years))
                if year != max(years):
                    linking = {u for u, t in bodies.items() if "list.jsp" not in u and u != doc["url"] and path in t}
                    assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
                    hidden += 1
            assert hidden > len(ours) / 2
    elif family == "flaky":
        _quirk_flaky(truth)
    elif family == "headrefuse":
        _quirk_headrefuse(sandbox, truth, bodies)
    elif family == "sniffhtml":
        _quirk_sniffhtml(sandbox, truth, bodies)
    elif family == "deeplist":
        _quirk_deeplist(sandbox, truth, bodies)
    elif family == "uaguard":
        _quirk_uaguard(sandbox, truth, bodies)
    elif family == "stalecdn":
        _quirk_stalecdn(sandbox, truth, bodies)
    elif family == "redirchain":
        _quirk_redirchain(sandbox, truth, bodies)
    elif family == "mhtlist":
        _quirk_mhtlist(sandbox, truth, bodies)
    elif family == "formaction":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/xxgknb/index.html"]
            form = re.search(r'<form class="nbcx" action="search\.jsp" method="post">.*?</form>', column, re.S).group()
            targets = re.findall(r'<button type="submit" formaction="([^"]+)" formmethod="get">', form)
            assert len(targets) >= 5 and len(set(targets)) == len(targets)
            searched = sandbox.handle("POST", f"http://{www}/zwgk/xxgknb/search.jsp", {}, b"keyword=%E5%B9%B4%E6%8A%A5")
            assert searched[0] == 200 and "共找到0条" in searched[2].decode()   # the form's own action: nothing
            lists = {}
            for target in targets:   # each button's own address, by GET with the form's field
                status, _, body = get(sandbox, f"http://{www}{target}?keyword=")
                assert status == 200
                lists[target] = body.decode()
            assert not any(f'href="{t}"' in text for t in targets for text in bodies.values())   # no <a> names one
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:   # in its unit's list only
                path = urlsplit(doc["url"]).path
                assert sum(path in t for t in lists.values()) == 1 and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t and u not in
                           {f"http://{www}{t}" for t in targets}}
                if not linking:
                    hidden += 1
                else:
                    assert linking <= {f"http://{www}/", f"http://{www}/index.html",
                                       f"http://{www}/zwgk/xxgknb/index.html"}, linking
            assert hidden >= len(ours) - 1
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "hrefwrap":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zfxxgkzl/zfxxgknb/index.html"]
            hrefs = re.findall(r'<li><a href="([^"]+)" target="_blank">', column)
            assert hrefs and all(h.startswith("\n\t") and h.endswith(" ") and h.count("\n") >= 2 for h in hrefs)
            as_browser = {re.sub(r"[\t\n]", "", h).strip() for h in hrefs}   # the URL standard's reading
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert path in as_browser and not doc.get("needs_browser")
                assert get(sandbox, doc["url"])[0] == 200
                written = next(h for h in hrefs if re.sub(r"[\t\n]", "", h).strip() == path)
                assert get(sandbox, f"http://{www}{quote(written.strip())}")[0] == 404   # whitespace kept: no page
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking   # unwrapped: home only
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "escapedfrag":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            app = bodies[f"http://{www}/xxgk/ndbg/index.html"]
            routes = re.findall(r'<a href="#!(/list/(?:zf|bm|xz))">', app)
            assert len(routes) == 3 and "<ul class=\"list\">" not in app and 'src="/xxgk/ndbg/js/app.js"' in app
            script = get(sandbox, f"http://{www}/xxgk/ndbg/js/app.js")[2].decode()
            assert "_escaped_fragment_" in script and "#!" in script
            snapshots = {}
            for route in routes:   # the server form of `#!<route>`, escaped or not
                url = f"http://{www}/xxgk/ndbg/index.html?_escaped_fragment_={route}"
                status, _, body = get(sandbox, url)
                assert status == 200 and (get(sandbox, f"http://{www}/xxgk/ndbg/index.html?"
                                                  + urlencode({"_escaped_fragment_": route}))[2] == body)
                snapshots[route] = body.decode()
            assert "暂无信息" in get(sandbox, f"http://{www}/xxgk/ndbg/index.html?_escaped_fragment_=/list/qt")[2].decode()
            assert get(sandbox, f"http://{www}/xxgk/ndbg/index.html")[2].decode() == app
            assert not any("_escaped_fragment_" in t for u, t in bodies.items() if "_escaped_fragment_" not in u
                           and not u.endswith(".js"))   # no page links a snapshot
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:   # in one snapshot; elsewhere at most the home page's newest
                path = urlsplit(doc["url"]).path
                assert sum(path in t for t in snapshots.values()) == 1 and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if "_escaped_fragment_" not in u and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "datanext":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zfxxgknb/index.shtml"]
            plugin = re.search(r'<script src="([^"]+loadmore[^"]+)"></script>', column).group(1)
            assert get(sandbox, f"http://{www}{plugin}")[0] == 404   # the button's script is gone
            assert len(re.findall(r"<li>", column.split('id="nblist"', 1)[1])) == 6
            parts, nxt = [], re.search(r'data-next="([^"]+)"', column).group(1)
            while nxt:   # each part names the next only in its button's data-next
                assert not any(f'href="{nxt}"' in t for t in bodies.values())
                status, _, body = get(sandbox, f"http://{www}{nxt}")
                assert status == 200
                parts.append(body.decode())
                found = re.search(r'data-next="([^"]+)"', parts[-1])
                nxt = found.group(1) if found else None
            assert len(parts) >= 2
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            hidden = 0
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert sum(path in t for t in [column, *parts]) == 1 and not doc.get("needs_browser")
                if path not in column:
                    linking = {u for u, t in bodies.items() if "/more_" not in u and u != doc["url"] and path in t}
                    assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
                    hidden += 1
            assert hidden > len(ours) / 2
    elif family == "wpsfile":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/gknb/index.html"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert {d["format"] for d in ours} == {"html", "wps"}
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                if doc["format"] != "wps":
                    continue
                path = urlsplit(doc["url"]).path
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and headers["Content-Type"] == "application/octet-stream"
                assert "Content-Disposition" not in headers
                assert report_of[doc["report_key"]]["title"].encode("utf-16-le") in body
                if doc["role"] == "original":   # linked from the list by its file name or 附件, never its title
                    text = re.search(rf'<a href="[^"]*{re.escape(path)}"[^>]*>([^<]+)</a>', column).group(1)
                    assert text in (path.rsplit("/", 1)[1], "附件")
                    assert report_of[doc["report_key"]]["title"] not in column
                    assert report_of[doc["report_key"]]["unit_level"] in ("department", "township", "zone")
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d["format"] == "wps"}
        assert {"county_government", "department", "township"} <= levels
    elif family == "ssiraw":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/ndbg/index.shtml"]
            included = re.findall(r'<!--#include virtual="(/ndbg/inc/list_\d{4}\.html)" -->', column)
            assert len(included) >= 5 and "<li>" not in column.split("<h2>", 1)[1]
            fragments = {}
            for path in included:   # served at their paths, named only by the directives
                status, _, body = get(sandbox, f"http://{www}{path}")
                assert status == 200
                fragments[path] = body.decode()
                assert not any(f'href="{path}"' in t or f'href="http://{www}{path}"' in t for t in bodies.values())
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert sum(path in t for t in fragments.values()) == 1 and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if "/ndbg/inc/" not in u and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "hiddenjson":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/Default.aspx"]
            field = re.search(r'<input type="hidden" name="ctl00\$Main\$hidNbList" id="hidNbList" value="([^"]*)" />', column)
            rows = json.loads(html.unescape(field.group(1)))
            assert 'JSON.parse(document.getElementById("hidNbList")' in column and '<ul id="nblist" class="list"></ul>' in column
            outside = column.replace(field.group(0), "")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            home_linked = [d for d in ours if not d.get("needs_browser")]
            assert len(home_linked) == 1 and report_of[home_linked[0]["report_key"]]["unit_level"] == "county_government"
            assert "<a href=" not in field.group(1) and "&quot;" in field.group(1)   # JSON, entity-escaped, no markup
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert path in {r["u"] for r in rows} and path not in outside and path not in _linked_paths(doc["url"], column)
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/xxgk/nb/Default.aspx", f"http://{www}/", f"http://{www}/index.html"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "lazyframe":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zfxxgk/zfxxgknb/index.shtml"]
            frames = re.findall(r'<iframe class="lazyload" src="about:blank" data-src="(/xxgk/nb/(bj|bm|xz)/list\.html)"', column)
            assert len(frames) == 3 and 'e.target.getAttribute("data-src")' in column and "IntersectionObserver" in column
            for path, _ in frames:   # a frame's list page: named by data-src only, never by href/src/action
                standard = re.compile(r'(?<![\w-])(?:href|src|action)="' + re.escape(path) + '"')
                assert not [u for u, t in bodies.items() if standard.search(t)]
                naming = {u for u, t in bodies.items() if path in t and urlsplit(u).hostname == www}
                assert naming == {f"http://{www}/zfxxgk/zfxxgknb/index.shtml"}
            lists = {f"http://{www}{p}" for p, _ in frames}
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
                assert linking & lists and linking <= lists | {f"http://{www}/", f"http://{www}/index.html"}
                assert bool(doc.get("needs_browser")) == (not linking - lists)   # the home page links the newest
            assert sum(not d.get("needs_browser") for d in ours) == 1
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "pdftext":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/gknb/index.html"]
            pdf_path = re.search(r'附件：<a href="(/xxgk/gknb/P0\d{14}\.pdf)">', column).group(1)
            status, headers, data = get(sandbox, f"http://{www}{pdf_path}")
            assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
            assert b"/Annots" not in data and b"/URI" not in data and not _pdf_uris(data)   # no link annotation
            shown = set(_pdf_shown_urls(data))
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
                own = report["unit_level"] == "county_government" and report["year"] >= 2019
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                if own:
                    assert doc["url"] not in shown and f"http://{www}/xxgk/gknb/index.html" in linking
                else:   # only the PDF's text names it
                    assert doc["url"] in shown and linking == {f"http://{www}{pdf_path}"}
                assert not doc.get("needs_browser")
            assert len(shown) > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "gzipdata":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column_url, column = next((u, t) for u, t in bodies.items()
                                      if urlsplit(u).hostname == www and re.search(r"/col/col\d{7}/index\.html$", u))
            packed = re.search(r'var NB_GZ = "([A-Za-z0-9+/=]+)"', column).group(1)
            assert base64.b64decode(packed)[:2] == b"\x1f\x8b" and 'new DecompressionStream("gzip")' in column
            rows = json.loads(_gunzipped_b64(packed))
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            home_linked = [d for d in ours if not d.get("needs_browser")]
            assert len(home_linked) == 1 and report_of[home_linked[0]["report_key"]]["unit_level"] == "county_government"
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert path in {r["url"] for r in rows} and path not in column
                assert path not in base64.b64decode(packed).decode("latin-1")   # compressed: not even after base64
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"{column_url}#inflated0", f"http://{www}/", f"http://{www}/index.html"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "textarealist":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/list/4471.html"]
            stored = re.search(r'<textarea id="nbdata" style="display:none" readonly>(.*?)</textarea>', column, re.S)
            assert stored and "<a href=" in stored.group(1) and 'id="nblist"></div>' in column
            assert ".innerHTML = " in column and 'getElementById("nbdata").value' in column
            outside = column.replace(stored.group(0), "")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            home_linked = [d for d in ours if not d.get("needs_browser")]
            assert len(home_linked) == 1 and report_of[home_linked[0]["report_key"]]["unit_level"] == "county_government"
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert path in stored.group(1) and path not in outside
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/list/4471.html", f"http://{www}/", f"http://{www}/index.html"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "refreshquote":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/xxgknb/index.shtml"]
            stubs = re.findall(r'<a href="(/xxgk/xxgknb/(\d{4})/index\.shtml)">', column)
            assert len(stubs) >= 5
            forms, lists = set(), {}
            for stub, year in stubs:
                status, _, body = get(sandbox, f"http://{www}{stub}")
                text = body.decode()
                assert status == 200 and "<a " not in text and "<script" not in text
                equiv, content = re.search(r'<meta http-equiv="(refresh)" content="([^"]+)">', text, re.I).groups()
                forms.add((equiv, content.replace(year, "Y")))
                target = re.fullmatch(r"\s*0\s*;\s*url\s*=\s*(?:'([^']*)'|&quot;(.*)&quot;)\s*", content, re.I)
                assert target, content   # the HTML standard's reading: quotes stripped
                url = target.group(1) or target.group(2)
                assert url == f"/xxgk/xxgknb/{year}/list.shtml"
                assert get(sandbox, f"http://{www}{url}")[0] == 200
                assert not any(f'href="{url}"' in t for t in bodies.values())
                lists[f"http://{www}{url}"] = bodies[f"http://{www}{url}"]
            assert len(forms) >= 3 and any("'" in c for _, c in forms) and any("&quot;" in c for _, c in forms)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert sum(path in t for t in lists.values()) == 1 and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u not in lists and u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "rawlocation":
        _quirk_rawlocation(sandbox, truth, bodies)
    elif family == "dualframe":
        _quirk_dualframe(sandbox, truth, bodies)
    elif family == "latinheader":
        _quirk_latinheader(sandbox, truth, bodies)
    elif family == "shortbody":
        _quirk_shortbody(sandbox, truth, bodies)
    elif family == "fullwidth":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items()
                       if re.fullmatch(rf"http://{re.escape(www)}/zfxxgk/zfgknb/(bj|bm|xz)\.html", u)}
            assert len(columns) == 3
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                raw = unquote(path)
                assert re.fullmatch(r"/zfxxgk/zfgknb/[０-９]{4}/\d+\.html", raw) and not doc.get("needs_browser")
                assert sum(f'href="{raw}"' in t for t in columns.values()) == 1   # full-width, in one column
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
                assert get(sandbox, doc["url"])[0] == 200
                folded = unicodedata.normalize("NFKC", raw)   # the digits folded to ASCII: no such page
                assert folded != raw and get(sandbox, f"http://{www}{folded}")[0] == 404
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "nuxtstate":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/zwgk/nb/index.html"]
            state = re.search(r"<script>window\.__NUXT__=\(function\(([a-z,]*)\)\{return (.*?)\}\((.*?)\)\);</script>",
                              column, re.S)
            assert state and state.group(1) and "serverRendered:true" in state.group(2)
            rendered = column.replace(state.group(0), "")
            shown = rendered.split('id="__nuxt"', 1)[1].split('class="el-pagination"', 1)[0]
            assert len(re.findall(r"<a href=", shown)) == 10
            assert "<button" in rendered and "/" not in state.group(2).replace("\\u002F", "")
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            assert sum(1 for d in ours if d.get("needs_browser")) >= 10
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert path.replace("/", "\\u002F") in state.group(2)   # every row in the state, slashes escaped
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                if doc.get("needs_browser"):   # after the tenth: named nowhere as written
                    assert not linking, linking
                else:
                    assert linking <= {f"http://{www}/zwgk/nb/index.html", f"http://{www}/", f"http://{www}/index.html"}, linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs if d.get("needs_browser")}
        assert {"department", "township"} <= levels
    elif family == "entityhref":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = {u: t for u, t in bodies.items() if re.fullmatch(rf"http://{re.escape(www)}/info/\d+/index\.htm", u)}
            assert len(columns) == 3
            lists = [re.search(r'<ul class="list">.*?</ul>', t, re.S).group(0) for t in columns.values()]
            hrefs = [h for t in lists for h in re.findall(r'<a href="([^"]*)"', t)]
            assert hrefs and all(re.fullmatch(r"(&#x?[0-9A-F]+;)+", h) for h in hrefs)
            assert any(h.startswith("&#x") for h in hrefs) and any(not h.startswith("&#x") for h in hrefs)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert sum(html.unescape(h) == path for h in hrefs) == 1 and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "cebfile":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/col/col924/index.html"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert {d["format"] for d in ours} == {"html", "ceb"}
            for doc in ours:
                year = report_of[doc["report_key"]]["year"]
                assert (doc["format"] == "ceb") == (year < 2019)   # every old report a .ceb, every new one HTML
                if doc["format"] != "ceb":
                    continue
                path = urlsplit(doc["url"]).path
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and headers["Content-Type"] == "application/octet-stream"
                assert "Content-Disposition" not in headers and body.startswith(b"CEB")
                assert report_of[doc["report_key"]]["title"].encode("utf-16-le") in body
                assert path.endswith(".ceb") and f'href="http://{www}{path}"' in column
                assert not any(path in t for u, t in bodies.items() if u != f"http://{www}/col/col924/index.html")
        assert "county_government" in {report_of[d["report_key"]]["unit_level"] for d in docs if d["format"] == "ceb"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "errstatus":
        _quirk_errstatus(sandbox, truth, bodies)
    elif family == "utf16page":
        _quirk_utf16page(sandbox, truth, bodies)
    elif family == "gbrare":
        _quirk_gbrare(sandbox, truth, bodies)
    elif family == "seeother":
        _quirk_seeother(sandbox, truth, bodies)
    elif family == "cssxlink":
        _quirk_cssxlink(sandbox, truth, bodies)
    elif family == "dataframe":
        _quirk_dataframe(sandbox, truth, bodies)
    elif family == "protorel":
        _quirk_protorel(sandbox, truth, bodies)
    elif family == "objectlist":
        _quirk_objectlist(sandbox, truth, bodies)
    elif family == "longquery":
        _quirk_longquery(sandbox, truth, bodies)
    elif family == "dotclimb":
        _quirk_dotclimb(sandbox, truth, bodies)
    elif family == "encslash":
        _quirk_encslash(sandbox, truth, bodies)
    elif family == "multichoice":
        _quirk_multichoice(sandbox, truth, bodies)
    elif family == "iecomment":
        _quirk_iecomment(truth, bodies)
    elif family == "tagsoup":
        _quirk_tagsoup(truth, bodies)
    elif family == "hiddenpager":
        _quirk_hiddenpager(sandbox, truth, bodies)
    elif family == "microdata":
        _quirk_microdata(truth, bodies)
    elif family == "post307":
        _quirk_post307(sandbox, truth, bodies)
    elif family == "dothost":
        _quirk_dothost(sandbox, truth, bodies)
    elif family == "sitemapgz":
        _quirk_sitemapgz(sandbox, truth, bodies)
    elif family == "rawquery":
        _quirk_rawquery(sandbox, truth, bodies)
    elif family == "xmlisland":
        _quirk_xmlisland(truth, bodies)
    elif family == "barehost":
        _quirk_barehost(sandbox, truth, bodies)
    elif family == "bigpage":
        _quirk_bigpage(sandbox, truth, bodies)
    elif family == "unescapejs":
        _quirk_unescapejs(truth, bodies)
    elif family == "iphost":
        _quirk_iphost(sandbox, truth, bodies)
    elif family in ("dotsegment", "schemepath"):
        _quirk_written_links(sandbox, truth, bodies, family)
    elif family == "perm308":
        _quirk_perm308(sandbox, truth, bodies)
    elif family == "flashnav":
        _quirk_flashnav(truth, bodies)
    elif family == "noscriptlist":
        _quirk_noscriptlist(sandbox, truth, bodies)
    elif family == "sitemaptxt":
        _quirk_sitemaptxt(sandbox, truth, bodies)
    elif family == "noframeslist":
        _quirk_noframeslist(truth, bodies)
    elif family == "kkpreview":
        _quirk_kkpreview(sandbox, truth, bodies)
    elif family == "jsonblock":
        _quirk_jsonblock(truth, bodies)
    elif family == "matrixpage":
        _quirk_matrixpage(sandbox, truth, bodies)
    elif family == "bracketquery":
        _quirk_bracketquery(sandbox, truth, bodies)
    elif family == "datalistyear":
        _quirk_datalistyear(truth, bodies)
    elif family == "xlsxformula":
        _quirk_xlsxformula(sandbox, truth, bodies)
    elif family == "pdfoutline":
        _quirk_pdfoutline(sandbox, truth, bodies)
    elif family == "dsdlist":
        _quirk_dsdlist(truth, bodies)
    elif family == "big5gate":
        _quirk_big5gate(sandbox, truth, bodies)
    elif family == "amdmodule":
        _quirk_amdmodule(sandbox, truth, bodies)
    elif family == "rdfa":
        _quirk_rdfa(truth, bodies)
    elif family == "wordxml":
        _quirk_wordxml(sandbox, truth, bodies)
    elif family == "nextrsc":
        _quirk_nextrsc(truth, bodies)
    elif family == "xlsbiff":
        _quirk_xlsbiff(sandbox, truth, bodies)
    elif family == "docbin":
        _quirk_docbin(sandbox, truth, bodies)
    elif family == "cachebust":
        _quirk_cachebust(sandbox, truth, bodies)
    elif family == "dslash":
        _quirk_dslash(sandbox, truth, bodies)
    elif family == "hiddensheet":
        _quirk_hiddensheet(sandbox, truth, bodies)
    elif family == "pdfbutton":
        _quirk_pdfbutton(sandbox, truth, bodies)
    elif family == "docxfootnote":
        _quirk_docxfootnote(sandbox, truth, bodies)
    elif family == "pdflong":
        _quirk_pdflong(sandbox, truth, bodies)
    elif family == "vuedata":
        _quirk_vuedata(sandbox, truth, bodies)
    elif family == "docxtextbox":
        _quirk_docxtextbox(sandbox, truth, bodies)
    elif family == "pdfattach":
        _quirk_pdfattach(sandbox, truth, bodies)
    elif family == "odsindex":
        _quirk_odsindex(sandbox, truth, bodies)
    elif family == "pdflaunch":
        _quirk_pdflaunch(sandbox, truth, bodies)
    elif family == "halnext":
        _quirk_halnext(sandbox, truth, bodies)
    elif family == "icsfeed":
        _quirk_icsfeed(sandbox, truth, bodies)
    elif family == "jsonapi":
        _quirk_jsonapi(sandbox, truth, bodies)
    elif family == "docxcomment":
        _quirk_docxcomment(sandbox, truth, bodies)
    elif family == "txtindex":
        _quirk_txtindex(sandbox, truth, bodies)
    elif family == "xlsxnote":
        _quirk_xlsxnote(sandbox, truth, bodies)
    elif family == "docxfield":
        _quirk_docxfield(sandbox, truth, bodies)
    elif family == "charcodes":
        _quirk_charcodes(truth, bodies)
    elif family == "easyuigrid":
        _quirk_easyuigrid(sandbox, truth, bodies)
    elif family == "hexescape":
        _quirk_hexescape(truth, bodies)
    elif family == "jqload":
        _quirk_jqload(truth, bodies)
    elif family == "pdfobjstm":
        _quirk_pdfobjstm(sandbox, truth, bodies)
    elif family == "ofdlink":
        _quirk_ofdlink(sandbox, truth, bodies)
    elif family == "stackgzip":
        _quirk_stackgzip(sandbox, truth, bodies)
    elif family == "poll202":
        _quirk_poll202(sandbox, truth, bodies)
    elif family == "nocache204":
        _quirk_nocache204(sandbox, truth, bodies)
    elif family == "upperhost":
        _quirk_upperhost(sandbox, truth, bodies)
    elif family == "pdfgotor":
        _quirk_pdfgotor(sandbox, truth, bodies)
    elif family == "svgobject":
        _quirk_svgobject(sandbox, truth, bodies)
    elif family == "revhref":
        _quirk_revhref(truth, bodies)
    elif family == "atombase":
        _quirk_atombase(sandbox, truth, bodies)
    elif family == "beaconcookie":
        _quirk_beaconcookie(sandbox, truth, bodies)
    elif family == "preloadlink":
        _quirk_preloadlink(sandbox, truth, bodies)
    elif family == "casgateway":
        _quirk_casgateway(sandbox, truth, bodies)
    elif family == "multivalue":
        _quirk_multivalue(sandbox, truth, bodies)
    elif family == "xlsxshape":
        _quirk_xlsxshape(sandbox, truth, bodies)
    elif family == "pdfcrypt":
        _quirk_pdfcrypt(sandbox, truth, bodies)
    elif family == "esmchunk":
        _quirk_esmchunk(sandbox, truth, bodies)
    elif family == "xssiprefix":
        _quirk_xssiprefix(sandbox, truth, bodies)
    elif family == "semiquery":
        _quirk_semiquery(sandbox, truth, bodies)
    elif family == "status203":
        _quirk_status203(sandbox, truth, bodies)
    elif family == "gzipcase":
        _quirk_gzipcase(sandbox, truth, bodies)
    elif family == "queryloc":
        _quirk_queryloc(sandbox, truth, bodies)
    elif family == "atobwrite":
        _quirk_atobwrite(truth, bodies)
    elif family == "docxheader":
        _quirk_docxheader(sandbox, truth, bodies)
    elif family == "pptxindex":
        _quirk_pptxindex(sandbox, truth, bodies)
    elif family == "jshref":
        _quirk_jshref(truth, bodies)
    elif family == "fragkeep":
        _quirk_fragkeep(sandbox, truth, bodies)
    elif family == "backloc":
        _quirk_backloc(sandbox, truth, bodies)
    elif family == "htmlmap":
        _quirk_htmlmap(sandbox, truth, bodies)
    elif family == "linkmap":
        _quirk_linkmap(sandbox, truth, bodies)
    elif family == "uoflist":
        _quirk_uoflist(sandbox, truth, bodies)
    elif family == "soaplist":
        _quirk_soaplist(sandbox, truth, bodies)
    elif family == "geomap":
        _quirk_geomap(sandbox, truth, bodies)
    elif family == "xpsindex":
        _quirk_xpsindex(sandbox, truth, bodies)
    elif family == "uavary":
        _quirk_uavary(sandbox, truth, bodies)
    elif family == "formcharset":
        _quirk_formcharset(sandbox, truth, bodies)
    elif family == "gbkjson":
        _quirk_gbkjson(sandbox, truth, bodies)
    elif family == "olesheet":
        _quirk_olesheet(sandbox, truth, bodies)
    elif family == "epubindex":
        _quirk_epubindex(sandbox, truth, bodies)
    elif family == "subdoc":
        _quirk_subdoc(sandbox, truth, bodies)
    elif family == "strictxlsx":
        _quirk_strictxlsx(sandbox, truth, bodies)
    elif family == "docxchunk":
        _quirk_docxchunk(sandbox, truth, bodies)
    elif family == "xgzip":
        _quirk_xgzip(sandbox, truth, bodies)
    elif family == "hdrcharset":
        _quirk_hdrcharset(sandbox, truth, bodies)
    elif family == "brcdn":
        _quirk_brcdn(sandbox, truth, bodies)
    elif family == "refchain":
        _quirk_refchain(sandbox, truth, bodies)
    elif family == "caltrap":
        _quirk_caltrap(sandbox, truth, bodies)
    elif family == "softloop":
        _quirk_softloop(sandbox, truth, bodies)
    elif family in ("xmlsheet", "odtlist"):   # a directory file: its hyperlinks the only names of most reports
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            files = [u for u, role in truth["pages"].items() if role == "list" and urlsplit(u).hostname == www
                     and u.endswith((".xml", ".odt"))]
            assert len(files) == 1
            status, headers, body = get(sandbox, files[0])
            if family == "xmlsheet":
                assert headers["Content-Type"].startswith("text/xml")
                text = body.decode("utf-8")
                assert '<?mso-application progid="Excel.Sheet"?>' in text
                targets = re.findall(r'<Cell ss:HRef="([^"]+)">', text)
            else:
                assert headers["Content-Type"] == ODT and body[30:38] == b"mimetype" and ODT.encode() in body[:90]
                text = zipfile.ZipFile(io.BytesIO(body)).read("content.xml").decode("utf-8")
                targets = re.findall(r'<text:a xlink:type="simple" xlink:href="([^"]+)">', text)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            in_file = 0
            for doc in ours:
                path = urlsplit(doc["url"]).path
                report = report_of[doc["report_key"]]
                pages = {u for u, t in bodies.items() if u != doc["url"] and u not in files and path in t}
                if doc["url"] in targets:   # named by the file only (no page, not even the home)
                    assert not pages and not doc.get("needs_browser")
                    assert not (report["unit_level"] == "county_government" and report["year"] >= 2019)
                    in_file += 1
                else:
                    assert report["unit_level"] == "county_government" and report["year"] >= 2019
            assert in_file > len(ours) / 2
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "rtffile":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/ndbg/index.html"]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert {d["format"] for d in ours} == {"html", "rtf"}
            for doc in ours:
                report = report_of[doc["report_key"]]
                assert (doc["format"] == "rtf") == (report["year"] < 2019)   # every old report an .rtf only
                if doc["format"] != "rtf":
                    continue
                path = urlsplit(doc["url"]).path
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and headers["Content-Type"] == "application/msword" and path.endswith(".rtf")
                assert body.isascii() and rb"\ansicpg936" in body and rb"\fcharset134" in body
                assert report["title"].encode("utf-8") not in body and report["title"] in _rtf_text(body)
                assert f'href="{doc["url"]}"' in column and not doc.get("needs_browser")
                assert not any(path in t for u, t in bodies.items() if u != f"http://{www}/xxgk/ndbg/index.html")
        assert "county_government" in {report_of[d["report_key"]]["unit_level"] for d in docs if d["format"] == "rtf"}
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "prefetchyear":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column = bodies[f"http://{www}/xxgk/nb/index.html"]
            head = column.split("</head>", 1)[0]
            hinted = re.findall(r'<link rel="prefetch" href="(/xxgk/nb/(\d{4})/index\.html)" data-year="\2">', head)
            assert len(hinted) >= 5 and 'rel="prefetch"' not in column.split("</head>", 1)[1]
            for path, year in hinted:   # served, and named by no anchor of any page
                assert get(sandbox, f"http://{www}{path}")[0] == 200
                assert not [u for u, t in bodies.items() if urlsplit(u).hostname == www and f'href="{path}"' in t
                            and u != f"http://{www}/xxgk/nb/index.html"]
                assert f'<span data-year="{year}"' in column
            years = {f"http://{www}{p}": t for p, _ in hinted for u, t in bodies.items() if u == f"http://{www}{p}"}
            assert len(years) == len(hinted)
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            newest = max(report_of[d["report_key"]]["year"] for d in ours)
            for doc in ours:
                path = urlsplit(doc["url"]).path
                year = report_of[doc["report_key"]]["year"]
                assert (path in column) == (year == newest) and not doc.get("needs_browser")
                if year != newest:   # only its year's page lists it (the home may link the newest government report)
                    assert sum(path in t for t in years.values()) == 1
                    linking = {u for u, t in bodies.items() if urlsplit(u).hostname == www and u != doc["url"]
                               and u not in years and path in t}
                    assert not linking, linking
        levels = {report_of[d["report_key"]]["unit_level"] for d in docs}
        assert {"county_government", "department", "township"} <= levels
    elif family == "port80":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            loud = f"HTTP://{www.upper()}:80"
            columns = [f"http://{www}/xxgk/nb/{key}/index.html" for key in ("bj", "bm", "xz")]
            for url in columns:   # linked only in the configured form, which the server answers as its own
                path = urlsplit(url).path
                assert get(sandbox, loud + path)[0] == 200
                assert not [u for u, t in bodies.items() if f'href="{path}"' in t or f'href="{url}"' in t]
                assert [u for u, t in bodies.items() if f'href="{loud}{path}"' in t]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:
                path = urlsplit(doc["url"]).path
                assert any(f'href="{loud}{path}"' in bodies[c] for c in columns)
            _only_in(truth, {u: t.replace(loud, "") for u, t in bodies.items()}, columns, www)
    elif family == "emptyport":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            empty = f"http://{www}:"
            columns = [f"http://{www}/zwgk/zfxxgknb/{key}/index.html" for key in ("bj", "bm", "jd")]
            for url in columns:   # linked only with the empty port, which the server answers as its own address
                path = urlsplit(url).path
                assert urlsplit(empty + path).port is None and get(sandbox, empty + path)[0] == 200
                assert not [u for u, t in bodies.items() if f'href="{path}"' in t or f'href="{url}"' in t]
                assert [u for u, t in bodies.items() if f'href="{empty}{path}"' in t]
            for doc in (d for d in docs if d["portal_id"] == portal["id"]):
                path = urlsplit(doc["url"]).path
                assert any(f'href="{empty}{path}"' in bodies[c] for c in columns)
                assert not any(f'href="{path}"' in bodies[c] or f'href="{doc["url"]}"' in bodies[c] for c in columns)
            _only_in(truth, {u: t.replace(empty, "") for u, t in bodies.items()}, columns, www)
    elif family == "percentu":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            lists = [u for u, role in truth["pages"].items()
                     if role == "list" and urlsplit(u).hostname == www and "/list.aspx?" in u]
            assert len(lists) > 3   # three columns, some paged
            for url in lists:   # every column page is addressed by %u escapes, answered only as written
                query = urlsplit(url).query
                assert re.search(r"CategoryName=(%u[0-9A-F]{4})+", query) and get(sandbox, url)[0] == 200
                name = unquote(re.sub(r"%u([0-9A-F]{4})", lambda m: chr(int(m[1], 16)), query.split("&")[0]))
                assert "政府信息公开年度报告" in name
                repaired = url.replace("%u", "%25u")
                utf8 = url.replace(query.split("&")[0], "CategoryName=" + quote(name.split("=", 1)[1]))
                assert get(sandbox, repaired)[0] == 404 and get(sandbox, utf8)[0] == 404
                written = urlsplit(url).path + "?" + query
                linked = [u for u, t in bodies.items() if f'href="{written}"' in t or f'href="{html.escape(written)}"' in t]
                assert linked, url
            unescaped = [u for u, t in bodies.items() if urlsplit(u).hostname == www and "list.aspx?" in t
                         and re.search(r'href="[^"]*list\.aspx\?CategoryName=(?!%u)', t)]
            assert not unescaped, unescaped
            ours = [d for d in docs if urlsplit(d["url"]).hostname == www]
            assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
            assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"]
                                                                        for d in ours}
            for doc in ours:   # articles share one path: their query (InfoID) names them
                parts = urlsplit(doc["url"])
                written = {f'href="{a}"' for r in (f"{parts.path}?{parts.query}", doc["url"]) for a in (r, html.escape(r))}
                assert any(w in bodies[u] for u in lists for w in written) and not doc.get("needs_browser")
                linking = {u for u, t in bodies.items() if any(w in t for w in written) and u not in lists}
                assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
    elif family == "spacepath":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = [f"http://{www}/zwgk_200/zfxxgknb/{key}/index.html" for key in ("xzf", "bm", "xz")]
            ours = [d for d in docs if d["portal_id"] == portal["id"]]
            for doc in ours:   # served at the %20 address, linked with the space raw; no other spelling answers
                path = urlsplit(doc["url"]).path
                assert re.search(r"/\d{4}%20%E5%B9%B4%E5%BA%A6/", path), path
                raw = unquote(path)
                assert any(f'href="{raw}"' in bodies[c] for c in columns)
                escaped = {u for u, t in bodies.items() if path in t}   # written escaped by the home page alone
                assert escaped <= {f"http://{www}/", f"http://{www}/index.html"}, escaped
                for other in (raw.split(" ")[0], path.replace("%20", ""), path.replace("%20", "+")):
                    assert get(sandbox, f"http://{www}{other}")[0] == 404, other
            _only_in(truth, {u: t.replace(" 年度/", "%20%E5%B9%B4%E5%BA%A6/") for u, t in bodies.items()}, columns, www)
    elif family == "pctname":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = [f"http://{www}/gongkai/zfxxgk/zfxxgknb/{key}.html" for key in ("qzf", "bm", "jd")]
            for doc in (d for d in docs if d["portal_id"] == portal["id"]):   # a `%` in the stored name: `%25` in the URL
                path = urlsplit(doc["url"]).path
                assert re.search(r"/\d{4}nb/(qzf|bm|jd)/\d{4}(%25[0-9A-F]{2})+_\d+\.html$", path), path
                assert any(f'href="{path}"' in bodies[c] for c in columns)
                repaired = path.replace("%25", "%")   # the "double escape" undone: the Chinese name, no such file
                assert get(sandbox, f"http://{www}{repaired}")[0] == 404
                assert get(sandbox, f"http://{www}{quote(unquote(repaired))}")[0] == 404
            _only_in(truth, bodies, columns, www)
    elif family == "gzipstatic":
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = [f"http://{www}/xxgk/gknb/{key}/index.html" for key in ("bzf", "bmnb", "xznb")]
            for url in columns:
                for asked in ({}, {"Accept-Encoding": "identity"}, {"Accept-Encoding": "gzip"}):
                    status, headers, body = sandbox.handle("GET", url, asked)
                    headers = dict(headers)
                    assert status == 200 and headers["Content-Encoding"] == "gzip" and "Vary" not in headers
                    assert body[:2] == b"\x1f\x8b" and 'class="list"' in gzip.decompress(body).decode()
            for doc in (d for d in docs if d["portal_id"] == portal["id"]):   # the articles are plain
                assert "Content-Encoding" not in get(sandbox, doc["url"])[1]
            _only_in(truth, bodies, columns, www)
    elif family == "canonall":
        report_of = {r["key"]: r for r in truth["reports"]}
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            column, view_all = bodies[f"http://{www}/xxgk/ndbg/index.html"], f"http://{www}/xxgk/ndbg/index_all.html"
            head, main = column.split("</head>", 1)
            assert f'<link rel="canonical" href="{view_all}">' in head
            assert not [u for u, t in bodies.items() if 'href="/xxgk/ndbg/index_all.html"' in t or
                        (f'href="{view_all}"' in t and "<a " in t.split(f'href="{view_all}"')[0][-3:])]
            assert re.findall(r'<a href="/xxgk/ndbg/index\.html#nb(\d{4})">', main)   # the year bar: fragments
            for doc in (d for d in docs if d["portal_id"] == portal["id"]):
                path, year = urlsplit(doc["url"]).path, report_of[doc["report_key"]]["year"]
                assert path in bodies[view_all] and (path in main) == (year >= 2019)
            _only_in(truth, bodies, [f"http://{www}/xxgk/ndbg/index.html", view_all], www)
    elif family == "closebody":
        from nianbao.crawler.sandbox.server import serve

        for portal in truth["portals"]:
            www = portal["hosts"][0]
            columns = [f"http://{www}/gk/gk05/tbnb/{key}/index.jsp" for key in ("xzf", "bm", "xz")]
            for url in columns:
                _, headers, body = get(sandbox, url)
                assert "Content-Length" not in headers and "Transfer-Encoding" not in headers and body
            _only_in(truth, bodies, columns, www)
        server = serve(sandbox)   # through the proxy: the answer ends where the connection closes, and is whole
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            conn.request("GET", columns[0])
            answer = conn.getresponse()
            assert answer.getheader("Connection") == "close" and answer.getheader("Content-Length") is None
            assert answer.read().decode() == bodies[columns[0]]
            conn.close()
        finally:
            server.stop()
    elif family == "fraglocation":
        from nianbao.crawler.sandbox.family_fraglocation import ANCHOR
        for portal in truth["portals"]:
            www = portal["hosts"][0]
            entries = re.findall(r'<a href="(/zwgk/gknb/go\.jsp\?lb=(?:qzf|wbj|zjd))">', bodies[f"http://{www}/"])
            assert len(entries) == 3 and all(e in bodies[f"http://{www}/zwgk/index.html"] for e in entries)
            columns = []
            for entry in entries:   # 302 to a full URL with a fragment: the client drops it before it asks
                status, headers, _ = get(sandbox, f"http://{www}{entry}")
                target, _, fragment = headers["Location"].partition("#")
                assert status == 302 and fragment == ANCHOR and target.startswith(f"http://{www}/zwgk/gknb/")
                assert truth["redirects"][f"http://{www}{entry}"] == headers["Location"]
                assert get(sandbox, target)[0] == 200 and f'<ul id="{ANCHOR}"' in bodies[target]
                assert get(sandbox, f"{target}%23{fragment}")[0] == 404   # the Location sent whole, escaped: nothing
                columns.append(target)
            assert len(set(columns)) == 3
            paths = {urlsplit(c).path for c in columns}
            for url, text in bodies.items():   # no page links a column's own address
                if urlsplit(url).hostname == www:
                    assert not paths & _linked_paths(url, text), url
            _only_in(truth, bodies, columns, www)
    elif family == "slowpager":
        _quirk_slowpager(sandbox, truth, bodies)
    elif family == "robotsallow":
        _quirk_robotsallow(sandbox, truth, bodies)
    elif family == "cookieless":
        _quirk_cookieless(sandbox, truth, bodies)
    elif family == "sessionpager":
        _quirk_sessionpager(sandbox, truth, bodies)
    elif family == "ideodot":
        _quirk_ideodot(sandbox, truth, bodies)
    elif family == "sitemaphost":
        _quirk_sitemaphost(sandbox, truth, bodies)
    elif family == "cookiejump":
        _quirk_cookiejump(sandbox, truth, bodies)
    elif family == "acceptguard":
        _quirk_acceptguard(sandbox, truth, bodies)
    elif family == "protoloc":
        _quirk_protoloc(sandbox, truth, bodies)
    elif family == "hashquery":
        _quirk_hashquery(sandbox, truth, bodies)
    elif family == "xsrfcookie":
        _quirk_xsrfcookie(sandbox, truth, bodies)
    elif family == "domaincookie":
        _quirk_domaincookie(sandbox, truth, bodies)
    elif family == "originapi":
        _quirk_originapi(sandbox, truth, bodies)
    elif family == "basicapi":
        _quirk_basicapi(sandbox, truth, bodies)
    else:
        pytest.fail(f"no quirk test for family {family}")


def _unit_levels_and_old_years(truth, docs) -> None:
    _unit_levels_and_old_years_any(truth, docs)
    assert not any(d.get("needs_browser") for d in docs)


def _unit_levels_and_old_years_any(truth, docs) -> None:
    """Reports of every kind of unit, and of the years before 2019, among `docs` (some may need a browser)."""
    report_of = {r["key"]: r for r in truth["reports"]}
    assert min(report_of[d["report_key"]]["year"] for d in docs) < 2019
    assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in docs}


def _quirk_cookiejump(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_cookiejump import COLUMNS
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years(truth, ours)
        zwgk = f"http://{www}/zwgk/index.html"
        columns = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/\w+/zwgk/gknb/(\w+)/index\.html", u)]
        assert len(columns) == len(COLUMNS)
        cookies = set()
        for column in columns:   # the first request: 302 to the 政务公开 page, setting the column's cookie
            status, headers, body = get(sandbox, column)
            assert status == 302 and headers["Location"] == zwgk and column.encode() not in body
            cookie = re.fullmatch(r"(jump_\w+=[0-9a-f]{24}); path=/", headers["Set-Cookie"]).group(1)
            cookies.add(cookie)
            assert urlsplit(column).path in bodies[zwgk]   # …which links the column again, by the same address
            status, _, body = sandbox.handle("GET", column, {"Cookie": cookie})   # asked again with it: the list
            assert status == 200 and body.decode() == bodies[column]
            wrong = cookie[:-1] + ("0" if cookie[-1] != "0" else "1")
            assert sandbox.handle("GET", column, {"Cookie": wrong})[0] == 302   # another value: no
        assert len(cookies) == len(COLUMNS)   # one rule, one cookie, a column
        for doc in ours:   # each report linked from its column only (the newest government report also at home)
            path = urlsplit(doc["url"]).path
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
            assert linking and linking <= set(columns) | {f"http://{www}/", f"http://{www}/index.html"}, linking
            assert linking & set(columns)
            status, headers, _ = get(sandbox, doc["url"])   # behind its column's rule too
            assert status == 302 and headers["Location"] == zwgk
            folder = path.split("/")[4]
            cookie = next(c for c in cookies if c.startswith(f"jump_{folder}="))
            assert sandbox.handle("GET", doc["url"], {"Cookie": cookie})[0] == 200
            other = next(c for c in cookies if not c.startswith(f"jump_{folder}="))
            assert sandbox.handle("GET", doc["url"], {"Cookie": other})[0] == 302   # another column's cookie: no
        for url in (f"http://{www}/", zwgk, f"http://{www}/xwzx/index.html"):   # the rest: open to any client
            assert sandbox.handle("GET", url, {})[0] == 200


def _quirk_xsrfcookie(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_xsrfcookie import COLUMNS, COOKIE, HEADER, LIST_API
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        api = f"http://{www}{LIST_API}"
        posts = [(n, p) for n, p in enumerate(truth["post_pages"]) if p["url"] == api]
        shells = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/zwgk_\d{{3}}/zfxxgknb/(\w+)/index\.html", u)]
        assert len(posts) == len(shells) == len(COLUMNS)
        tokens = set()
        for shell in shells:   # the token: only in the Set-Cookie of the shell's answer, a cookie a script may read
            status, headers, _ = get(sandbox, shell)
            cookie = re.fullmatch(rf"{COOKIE}=([0-9a-f-]{{36}}); Path=/", headers["Set-Cookie"])
            assert status == 200 and cookie and "HttpOnly" not in headers["Set-Cookie"]
            tokens.add(cookie.group(1))
            assert f'"{HEADER}": readCookie("{COOKIE}")' in bodies[shell] and 'id="gknbList"' in bodies[shell]
        assert len(tokens) == 1
        token = tokens.pop()
        assert not any(token in text for text in bodies.values())   # written in no page, no script, no answer
        for n, post in posts:   # the header must repeat the cookie, and the pair be the one the server issued
            assert post["headers"] == {HEADER: token, "Cookie": f"{COOKIE}={token}"}
            body = post["body"].encode()
            plain = {"Content-Type": post["content_type"]}
            refused = (plain, {**plain, "Cookie": f"{COOKIE}={token}"}, {**plain, HEADER: token},
                       {**plain, HEADER: token, "Cookie": f"{COOKIE}={token[:-1]}0"},
                       {**plain, HEADER: "0" * 36, "Cookie": f"{COOKIE}={'0' * 36}"})
            for sent in refused:
                status, _, answer = sandbox.handle("POST", api, sent, body)
                assert status == 403 and b"Invalid CSRF Token" in answer, sent
            assert sandbox.handle("GET", api, {})[0] == 405
            assert json.loads(bodies[f"{api}#post{n}"])["data"]["total"] > 0
        answers = {f"{api}#post{n}": bodies[f"{api}#post{n}"] for n, _ in posts}
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        for doc in ours:   # named by one answer of the interface; linked by the home page at most
            path = urlsplit(doc["url"]).path
            assert sum(f'"linkUrl": "{path}"' in t for t in answers.values()) == 1
            linking = {u for u, t in bodies.items() if u not in answers and u != doc["url"] and path in t}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
            assert bool(doc.get("needs_browser")) == (not linking)
        _unit_levels_and_old_years_any(truth, ours)


def _quirk_domaincookie(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_domaincookie import COLUMNS, COOKIE
    for portal in truth["portals"]:
        www, platform = portal["hosts"]
        assert platform == "xxgk." + www.removeprefix("www.")
        home = f"http://{www}/"
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == platform]
        assert ours and len(ours) == len([d for d in truth["documents"] if d["portal_id"] == portal["id"]])
        _unit_levels_and_old_years(truth, ours)
        cookies = set()
        for url in [u for u in bodies if urlsplit(u).hostname == www]:   # every portal page: the domain's cookie
            status, headers, _ = get(sandbox, url)
            if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
                cookies.add(headers["Set-Cookie"])
        assert len(cookies) == 1
        cookie = re.fullmatch(rf"({COOKIE}=[0-9a-f]{{32}}); Domain=\.{re.escape(www.removeprefix('www.'))}; Path=/",
                              cookies.pop())
        assert cookie
        columns = [u for u in bodies if re.fullmatch(rf"http://{re.escape(platform)}/gknb/(\w+)\.htm", u)]
        assert len(columns) == len(COLUMNS)
        assert all(c in bodies[f"http://{www}/zwgk/index.html"] for c in columns)   # the portal links the columns
        wrong = cookie.group(1)[:-1] + ("0" if not cookie.group(1).endswith("0") else "1")
        for url in columns + [f"http://{platform}/index.htm"] + [d["url"] for d in ours]:
            for sent in ({}, {"User-Agent": BROWSER_UA, **BROWSER_ACCEPT}, {"Cookie": wrong}):
                status, headers, body = sandbox.handle("GET", url, sent)   # without it: the portal's home, no cookie
                headers = dict(headers)
                assert status == 302 and headers["Location"] == home and "Set-Cookie" not in headers, (url, sent)
                assert url.encode() not in body
            assert sandbox.handle("GET", url, {"Cookie": cookie.group(1)})[0] == 200   # with it: the page
        assert sandbox.handle("GET", f"http://{platform}/robots.txt", {})[0] == 200
        for doc in ours:   # each report linked from its column only (the newest government report also at home)
            path = urlsplit(doc["url"]).path
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
            assert linking & set(columns) and linking <= set(columns) | {home, f"{home}index.html"}, linking


def _quirk_originapi(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_originapi import COLUMNS, LIST_API
    for portal in truth["portals"]:
        www, api = portal["hosts"]
        assert api == "api." + www.removeprefix("www.")
        origin = f"http://{www}"
        asked = [(n, a) for n, a in enumerate(truth["header_pages"]) if urlsplit(a["url"]).hostname == api]
        shells = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/\w+/zfxxgknb/(\w+)/index\.html", u)]
        assert len(asked) == len(shells) == len(COLUMNS)
        for n, entry in asked:   # the interface: named only by the shells' scripts, answered only to the portal's Origin
            assert entry["headers"] == {"Origin": origin} and urlsplit(entry["url"]).path == LIST_API
            assert sum(f'fetch("{entry["url"]}")' in bodies[s] for s in shells) == 1
            assert entry["url"] not in truth["pages"]
            status, headers, _ = sandbox.handle("GET", entry["url"], entry["headers"])
            assert status == 200 and dict(headers)["Access-Control-Allow-Origin"] == origin
            refused = ({}, {"User-Agent": BROWSER_UA, **BROWSER_ACCEPT}, {"Referer": f"{origin}/"},
                       {"Origin": "http://www.example.com"}, {"Origin": f"http://{api}"}, {"Origin": "null"})
            for sent in refused:   # no Origin, a Referer instead, another site's or the gateway's own: 403
                status, headers, body = sandbox.handle("GET", entry["url"], sent)
                assert status == 403 and "非法的请求来源" in body.decode() and "Access-Control-Allow-Origin" not in dict(headers)
            assert json.loads(bodies[f"{entry['url']}#headers{n}"])["data"]["total"] > 0
        answers = {f"{a['url']}#headers{n}": bodies[f"{a['url']}#headers{n}"] for n, a in asked}
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years_any(truth, ours)
        for doc in ours:   # named by one answer, its whole address; linked by the home page at most
            assert sum(f'"url": "{doc["url"]}"' in t for t in answers.values()) == 1
            path = urlsplit(doc["url"]).path
            linking = {u for u, t in bodies.items() if u not in answers and u != doc["url"] and path in t}
            assert linking <= {f"{origin}/", f"{origin}/index.html"}
            assert bool(doc.get("needs_browser")) == (not linking)


def _quirk_basicapi(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_basicapi import COLUMNS, LIST_API, REALM
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        asked = [(n, a) for n, a in enumerate(truth["header_pages"]) if urlsplit(a["url"]).hostname == www]
        shells = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/html/[A-Z]{{2}}/gknb/(\w+)\.html", u)]
        assert len(asked) == len(shells) == len(COLUMNS)
        for n, entry in asked:   # the account: written only in the shells' script, sent as Basic credentials
            assert urlsplit(entry["url"]).path == LIST_API and entry["url"] not in truth["pages"]
            scheme, _, credentials = entry["headers"]["Authorization"].partition(" ")
            user, _, password = base64.b64decode(credentials).decode().partition(":")
            assert scheme == "Basic" and user and password
            script = f'var CMS_USER = "{user}", CMS_PASS = "{password}";'
            assert all(script in bodies[s] and 'id="docList"' in bodies[s] for s in shells)
            assert not any(credentials in t for t in bodies.values())   # the encoded form: in no page
            wrong = base64.b64encode(f"{user}:{password}x".encode()).decode()
            refused = ({}, {"User-Agent": BROWSER_UA, **BROWSER_ACCEPT, **XHR}, {"Authorization": f"Basic {wrong}"},
                       {"Authorization": f"Bearer {credentials}"}, {"Authorization": credentials})
            for sent in refused:   # anything else: the challenge
                status, headers, _ = sandbox.handle("GET", entry["url"], sent)
                assert status == 401 and dict(headers)["WWW-Authenticate"] == f'Basic realm="{REALM}"', sent
            assert json.loads(bodies[f"{entry['url']}#headers{n}"])["totalElements"] > 0
        answers = {f"{a['url']}#headers{n}": bodies[f"{a['url']}#headers{n}"] for n, a in asked}
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years_any(truth, ours)
        for doc in ours:   # named by one answer; linked by the home page at most
            path = urlsplit(doc["url"]).path
            assert sum(f'"href": "{path}"' in t for t in answers.values()) == 1
            linking = {u for u, t in bodies.items() if u not in answers and u != doc["url"] and path in t}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
            assert bool(doc.get("needs_browser")) == (not linking)


def _quirk_acceptguard(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_acceptguard import COLUMNS
    accept, language = BROWSER_ACCEPT["Accept"], BROWSER_ACCEPT["Accept-Language"]
    refused = ({}, {"User-Agent": BROWSER_UA}, {"User-Agent": BROWSER_UA, "Accept": accept},
               {"User-Agent": BROWSER_UA, "Accept-Language": language},
               {"User-Agent": BROWSER_UA, "Accept": "*/*", "Accept-Language": language},
               {"User-Agent": BROWSER_UA, "Accept": accept, "Accept-Language": ""})
    passed = ({"Accept": accept, "Accept-Language": language},   # any User-Agent, or none, with both
              {"User-Agent": "Scrapy/2.11 (+https://scrapy.org)", "Accept": accept, "Accept-Language": "en"})
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years(truth, ours)
        columns = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/\w+/c\d{{6}}/list\.shtml", u)]
        assert len(columns) == len(COLUMNS)
        for url in columns + [d["url"] for d in ours]:
            for sent in refused:
                status, _, body = sandbox.handle("GET", url, sent)
                assert status == 403 and "请求头不完整" in body.decode() and b"href" not in body, (url, sent)
            for sent in passed:
                assert sandbox.handle("GET", url, sent)[0] == 200, (url, sent)
        for doc in ours:   # each report linked from its column only (the newest government report also at home)
            path = urlsplit(doc["url"]).path
            assert re.fullmatch(r"/\w+/c\d{6}/\d{6}/[0-9a-f]{32}\.shtml", path)
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
            assert linking and linking <= set(columns) | {f"http://{www}/", f"http://{www}/index.html"}, linking
        zwgk = bodies[f"http://{www}/zwgk/index.html"]
        assert all(urlsplit(c).path in zwgk for c in columns)
        for url in (f"http://{www}/", f"http://{www}/zwgk/index.html", f"http://{www}/xwzx/index.html"):
            assert sandbox.handle("GET", url, {})[0] == 200   # the front's cached pages: open to any client


def _quirk_protoloc(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_protoloc import COLUMNS, new_column, old_column
    for portal in truth["portals"]:
        www, sub = portal["hosts"][0], f"xxgk.{portal['hosts'][0].removeprefix('www.')}"
        assert sub in portal["hosts"] and sub not in portal["homepage"]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert all(urlsplit(d["url"]).hostname == sub for d in ours)
        _unit_levels_and_old_years(truth, ours)
        columns = []
        for key in COLUMNS:   # the old address: 302 with a protocol-relative Location naming the sub-site
            status, headers, _ = get(sandbox, f"http://{www}{old_column(key)}")
            assert status == 302 and headers["Location"] == f"//{sub}{new_column(key)}"
            column = urljoin(f"http://{www}{old_column(key)}", headers["Location"])   # as a client resolves it
            assert column == f"http://{sub}{new_column(key)}" and get(sandbox, column)[0] == 200
            assert get(sandbox, f"http://{www}/{headers['Location']}")[0] == 404   # read as a path: nothing
            assert f'href="{old_column(key)}"' in bodies[f"http://{www}/zwgk/index.html"]
            columns.append(column)
        for url, text in bodies.items():   # no page names a column's own address
            assert not any(urlsplit(c).path in text for c in columns), url
        for doc in ours:   # each report linked from its column only (the newest government report also at home)
            linking = {u for u, t in bodies.items() if u != doc["url"] and doc["url"] in t}
            assert linking & set(columns), doc["url"]
            assert linking <= set(columns) | {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_hashquery(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_hashquery import COLUMN, FIELD, MIRROR_SCRIPT, PAGE_SIZE, page_address
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        first = bodies[f"http://{www}{COLUMN}"]
        total = int(re.search(r"第1/(\d+)页", first).group(1))
        assert total >= 3
        pages = [bodies[f"http://{www}{page_address(n)}"] for n in range(1, total + 1)]
        for n, text in enumerate(pages, start=1):   # page n: its number, a pager of fragments only, the script
            assert f"第{n}/{total}页" in text and MIRROR_SCRIPT in text
            pager = re.search(r'<div class="pager">.*?</div>', text).group()
            assert set(re.findall(r'href="([^"]+)"', pager)) == {f"#{FIELD}={k}" for k in range(1, total + 1)}
        # the script's own rule, as a browser runs it: the fragment's number into the query, unless it is there
        assert f"location.replace(location.pathname+'?{FIELD}='+f[1]+location.hash)" in MIRROR_SCRIPT
        assert "if(f&&f[1]!==(q?q[1]:'1'))" in MIRROR_SCRIPT   # page 1 asks nothing new for #pageIndex=1
        status, _, body = get(sandbox, f"http://{www}{COLUMN}?{FIELD}={total + 1}")   # past the end: page 1
        assert status == 200 and f"第1/{total}页" in body.decode()
        linked = set().union(*(_linked_paths(u, t) for u, t in bodies.items()))
        assert not [u for u, t in bodies.items() if f"?{FIELD}=" in t.replace(MIRROR_SCRIPT, "")]   # no page writes one
        assert COLUMN in linked
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        later = 0
        for doc in ours:   # in one page of the column; on a later page: needs a browser (its script)
            path = urlsplit(doc["url"]).path
            on = [n for n, text in enumerate(pages, start=1) if path in text]
            assert len(on) == 1, doc["url"]
            assert bool(doc.get("needs_browser")) == (on[0] > 1), doc["url"]
            later += on[0] > 1
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            assert linking <= {f"http://{www}{page_address(n)}" for n in range(1, total + 1)} | {
                f"http://{www}/", f"http://{www}/index.html"}, linking
        assert later >= len(ours) - PAGE_SIZE
        assert {"department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in ours
                                              if d.get("needs_browser")}


def _quirk_cookieless(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_cookieless import APP, COLUMNS
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years(truth, ours)
        # into the application without a session: 302 to the same address with the (S(<id>)) segment put in
        status, headers, _ = get(sandbox, f"http://{www}{APP}nb/index.aspx")
        assert status == 302
        front = headers["Location"]
        sid = re.fullmatch(rf"http://{re.escape(www)}{APP}\(S\(([a-z0-5]{{24}})\)\)/nb/index\.aspx", front).group(1)
        segment = f"{APP}(S({sid}))/"
        assert all(urlsplit(d["url"]).path.startswith(segment) for d in ours)
        # the 政务公开 page links the front with a stale id: redirected into the live session the same way
        stale = re.findall(r'href="(/xxgk/\(S\([a-z0-5]{24}\)\)/nb/index\.aspx)"', bodies[f"http://{www}/zwgk/index.html"])
        assert len(stale) == 1 and sid not in stale[0]
        status, headers, _ = get(sandbox, f"http://{www}{stale[0]}")
        assert status == 302 and headers["Location"] == front
        # inside, every link is relative: the session id is written in no page (the redirects' bodies aside)
        assert not [u for u, text in bodies.items() if f"(S({sid}))" in text]
        hrefs = re.findall(r'<a href="(list\.aspx\?lb=\w+)">', bodies[front])
        columns = [urljoin(front, h) for h in hrefs]
        assert len(columns) == len(COLUMNS) and all(get(sandbox, c)[0] == 200 for c in columns)
        for doc in ours:   # each report linked (relative) from one column, and from no other page
            linking = {u for u, text in bodies.items() if u != doc["url"] and any(
                urljoin(u, html.unescape(h)) == doc["url"] for h in re.findall(r'href="([^"]+)"', text))}
            assert linking and linking <= set(columns), (doc["url"], linking)
            path, query = urlsplit(doc["url"]).path, urlsplit(doc["url"]).query
            outside = f"http://{www}{APP}{path.removeprefix(segment)}?{query}"   # the same without a session
            status, headers, _ = get(sandbox, outside)
            assert status == 302 and headers["Location"] == doc["url"]
            escaped = doc["url"].replace(f"(S({sid}))", f"%28S%28{sid}%29%29")   # the parentheses escaped: nothing
            assert get(sandbox, escaped)[0] == 404
        home = bodies[f"http://{www}/"]   # the home's one report link: the address without a session, a 302
        plain = re.findall(r'href="(/xxgk/nb/show\.aspx\?id=\d+)"', home)
        assert len(plain) == 1 and get(sandbox, f"http://{www}{plain[0]}")[1]["Location"] in {d["url"] for d in ours}


def _quirk_sessionpager(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_sessionpager import ACTIONS, COLUMN, COOKIE, PAGE_SIZE
    pager = {f"list.php?act={act}" for act, _ in ACTIONS}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        url = f"http://{www}{COLUMN}"
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years(truth, ours)
        status, headers, body = get(sandbox, url)   # the column: page 1, and a new session
        sid = re.fullmatch(rf"{COOKIE}=(\w+); path=/", headers["Set-Cookie"]).group(1)
        total = int(re.search(r"第1/(\d+)页", body.decode()).group(1))
        assert total >= 4
        pages = [body.decode()]
        for _ in range(total - 1):   # the same address again and again, the session's cookie sent back
            status, headers, body = sandbox.handle("GET", f"{url}?act=next", {"Cookie": f"{COOKIE}={sid}"})
            pages.append(body.decode())
        assert [re.search(r"第(\d+)/", p).group(1) for p in pages] == [str(n) for n in range(1, total + 1)]
        assert all(set(re.findall(r'href="(list\.php\?act=\w+)"', p)) == pager for p in pages)   # one pager for all
        paths = [set(re.findall(r'href="(/xxgk/nb/show\.php\?id=\d+)"', p)) for p in pages]
        assert all(0 < len(p) <= PAGE_SIZE for p in paths)
        assert {urlsplit(d["url"]).path + "?" + urlsplit(d["url"]).query for d in ours} <= set().union(*paths)
        # without the cookie every act=next is a fresh session's page 2; act=last, the last; an unknown id is adopted
        for _ in range(2):
            status, headers, body = get(sandbox, f"{url}?act=next")
            assert "第2/" in body.decode() and headers["Set-Cookie"].startswith(f"{COOKIE}=")
        assert f"第{total}/" in get(sandbox, f"{url}?act=last")[2].decode()
        adopted = {"Cookie": f"{COOKIE}=nosuchsession0"}
        assert "第2/" in sandbox.handle("GET", f"{url}?act=next", adopted)[2].decode()
        assert "第1/" in sandbox.handle("GET", f"{url}?act=prev", adopted)[2].decode()
        middle = set().union(*paths[2:-1]) - paths[0] - paths[1] - paths[-1]   # only within one session
        report_of = {r["key"]: r for r in truth["reports"]}
        hidden = [d for d in ours if urlsplit(d["url"]).path + "?" + urlsplit(d["url"]).query in middle]
        assert {"department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in hidden}
        assert min(report_of[d["report_key"]]["year"] for d in hidden) < 2019
        for doc in ours:   # no page but the column's and the home links a report
            target = urlsplit(doc["url"]).path + "?" + urlsplit(doc["url"]).query
            linking = {u for u, t in bodies.items() if f'href="{target}"' in t and u != doc["url"]}
            assert linking and {u.partition("#")[0] for u in linking} <= {url, f"{url}?act=next", f"http://{www}/",
                                                                          f"http://{www}/index.html"}, linking


def _quirk_ideodot(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_ideodot import COLUMN, SUMMARIES
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years(truth, ours)
        column = f"http://{www}{COLUMN}"
        summaries = [urljoin(column, h) for h in re.findall(r'href="(hz/\w+\.html)"', bodies[column])]
        assert len(summaries) == len(SUMMARIES)
        typed: dict[str, str] = {}   # report URL (as a browser asks it) → the host its link was typed with
        for url in summaries:
            for host, path in re.findall(r'href="http://([^/"]+)(/[^"]*)"', bodies[url]):
                assert not host.isascii() and host != www
                assert host.encode("idna").decode("ascii") == www   # IDNA's host mapping: the portal's own name
                typed[f"http://{www}{path}"] = host
        assert len({h for h in typed.values()}) >= 3   # 。 / full-width / one 。: three ways of typing it
        hidden = [d for d in ours if "/xxgk/nb/bj/" not in d["url"] or report_of[d["report_key"]]["year"] < 2019]
        assert {d["url"] for d in hidden} == set(typed)
        for doc in hidden:   # no page names it with an ASCII host, nor links its path relative
            path = urlsplit(doc["url"]).path
            assert not [u for u, text in bodies.items() if doc["url"] in text]
            assert not [u for u, text in bodies.items() if u not in summaries and path in _linked_paths(u, text)]
            assert get(sandbox, doc["url"])[0] == 200
        shown = [d for d in ours if d not in hidden]   # the government's (and its office's) from 2019: plain links
        assert shown and all(urlsplit(d["url"]).path in _linked_paths(column, bodies[column]) for d in shown)


def _quirk_sitemaphost(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_sitemaphost import COLUMN_SHOWS, SITEMAP
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _unit_levels_and_old_years(truth, ours)
        robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
        named = [line.split(":", 1)[1].strip() for line in robots.splitlines() if line.lower().startswith("sitemap:")]
        assert len(named) == 1   # the one site map: on another host of the portal, one no page links
        sitemap_url = named[0]
        static = urlsplit(sitemap_url).hostname
        assert static != www and static in portal["hosts"] and urlsplit(sitemap_url).path == SITEMAP
        assert not [u for u, text in bodies.items() if sitemap_url in text or static in text and u != sitemap_url]
        assert all(get(sandbox, f"http://{www}{p}")[0] == 404 for p in ("/sitemap.xml", SITEMAP))
        sitemap = bodies[sitemap_url]
        locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
        assert locs and all(urlsplit(loc).hostname == www for loc in locs)   # every address on www: a cross submit
        lists = [u for u, role in truth["pages"].items() if role == "list" and u.startswith(f"http://{www}/openness/")]
        assert len(lists) == 1 and 0 < len(_linked_paths(lists[0], bodies[lists[0]]) & {
            urlsplit(d["url"]).path for d in ours}) <= COLUMN_SHOWS
        for doc in ours:   # named in the site map; linked, if at all, only by the short column and the home
            assert doc["url"] in locs
            path = urlsplit(doc["url"]).path
            linking = {u for u, t in bodies.items() if path in t and u not in (sitemap_url, doc["url"])}
            assert linking <= {lists[0], f"http://{www}/", f"http://{www}/index.html"}, linking
        report_of = {r["key"]: r for r in truth["reports"]}
        only_mapped = [d for d in ours if not any(urlsplit(d["url"]).path in t for u, t in bodies.items()
                                                  if u not in (sitemap_url, d["url"]))]
        assert {"department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in only_mapped}
        assert min(report_of[d["report_key"]]["year"] for d in only_mapped) < 2019


def _quirk_robotsallow(sandbox, truth, bodies):
    from urllib.robotparser import RobotFileParser

    from nianbao.crawler.sandbox.family_robotsallow import DIRECTORY, FRONT
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        text = get(sandbox, f"http://{www}/robots.txt")[2].decode()
        rules = [(field.strip().lower(), value.strip()) for field, _, value in (line.partition(":") for line in
                 text.splitlines()) if field.strip().lower() in ("allow", "disallow") and value.strip()]
        assert rules.index(("disallow", "/xxgk/")) < rules.index(("allow", "/xxgk/nb"))   # the Allow comes after

        def longest_match_allows(path: str, rules=rules) -> bool:   # RFC 9309 2.2.2: longest wins, Allow on a tie
            matches = [(len(value), kind == "allow") for kind, value in rules if path.startswith(value)]
            return not matches or max(matches)[1]

        first_match = RobotFileParser()   # the stdlib's parser: the first rule that matches, in the file's order
        first_match.parse(text.splitlines())
        columns = sorted(u for u, role in truth["pages"].items()
                         if role == "list" and urlsplit(u).hostname == www and urlsplit(u).path.startswith("/xxgk/nb"))
        ours = [d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        assert len(columns) >= 3 and all(urlsplit(u).path.startswith("/xxgk/nb") for u in ours)
        for url in (f"http://{www}{FRONT}", *columns, *ours):   # open by the longest match, closed by the first
            assert longest_match_allows(urlsplit(url).path) and not first_match.can_fetch("*", url), url
            assert url not in truth["disallowed_urls"]
        directory = f"http://{www}{DIRECTORY}"   # the 目录 is closed either way, and in the truth
        assert not longest_match_allows(DIRECTORY) and not first_match.can_fetch("*", directory)
        assert directory in truth["disallowed_urls"] and truth["pages"][directory] == "disallowed"
        for path in ("/", "/zwgk/index.html"):   # elsewhere both readers agree: open
            assert longest_match_allows(path) and first_match.can_fetch("*", f"http://{www}{path}")
        assert f'href="{FRONT}"' in bodies[f"http://{www}/zwgk/index.html"]
        assert sorted(f"http://{www}{href}" for href in re.findall(r'href="(/xxgk/nb\d{4}/index\.html)"',
                                                                   bodies[f"http://{www}{FRONT}"])) == columns
        _only_in(truth, bodies, columns, www)


def _quirk_slowpager(sandbox, truth, bodies):
    from unittest import mock

    from nianbao.crawler.sandbox import family_slowpager as slow
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = sorted(u for u, role in truth["pages"].items()
                       if role == "list" and urlsplit(u).hostname == www and urlsplit(u).path == slow.LIST)
        tree = dict(parse_qsl(urlsplit(lists[0]).query))["wbtreeid"]
        walked, url = [], f"http://{www}{slow.list_path(tree, 1)}"
        while url:   # the pager's 下页 from the first page reaches every page of the column
            walked.append(url)
            following = re.search(r'<a href="([^"]+)">下页</a>', bodies[url])
            url = urljoin(url, html.unescape(following.group(1))) if following else None
        assert len(lists) >= 2 and sorted(walked) == lists
        with mock.patch.object(slow.time, "sleep") as sleep:
            for url in lists:   # every page of the list is slow…
                assert get(sandbox, url)[0] == 200
            assert [c.args for c in sleep.call_args_list] == [(slow.SLOW_SECONDS,)] * len(lists)
            sleep.reset_mock()
            ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
            for url in (f"http://{www}/", f"http://{www}/zwgk/index.html", *(d["url"] for d in ours)):
                assert get(sandbox, url)[0] == 200   # …the rest of the site is not
            assert get(sandbox, f"http://{www}{slow.list_path(tree, len(lists) + 1)}")[0] == 404   # nor a page past
            assert get(sandbox, f"http://{www}{slow.list_path(tree + '0', 1)}")[0] == 404        # or another tree
            assert not sleep.called
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"]
                                                                     for d in ours}
        for doc in ours:   # each report linked from the slow pages only (and the home page's newest)
            parts = urlsplit(doc["url"])
            href = html.escape(f"{parts.path}?{parts.query}")
            assert any(href in bodies[u] for u in lists) and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if href in t and u not in lists and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _only_in(truth, bodies, lists: list[str], www: str) -> None:
    """Each report of the portal on `www` is linked from one of `lists`, and from no other page but the home."""
    report_of = {r["key"]: r for r in truth["reports"]}
    ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
    assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
    assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in ours}
    for doc in ours:
        path = urlsplit(doc["url"]).path
        assert sum(path in bodies[u] for u in lists) >= 1 and not doc.get("needs_browser")
        linking = {u for u, t in bodies.items() if path in t and u not in lists and u != doc["url"]}
        assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_errstatus(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_errstatus import ARCHIVE, VBSCRIPT_ERROR

    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}/xxgk/ndbg/{key}/" for key in ("bj", "bm", "xz")]
        for url in columns:   # the custom 404 handler's render: the whole list under 404
            status, headers, body = get(sandbox, url)
            assert status == 404 and "信息公开年报" in body.decode() and 'class="list"' in body.decode()
        status, _, body = get(sandbox, f"http://{www}{ARCHIVE}")   # the buffered page with the runtime error: 500
        assert status == 500 and body.decode().endswith(VBSCRIPT_ERROR) and 'class="list"' in body.decode()
        assert get(sandbox, f"http://{www}/xxgk/ndbg/nosuch/")[0] == 404   # a real 404 is a 404 too
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        for doc in ours:   # the articles are static files; the old ones listed only on the 500 page
            assert get(sandbox, doc["url"])[0] == 200
            path = urlsplit(doc["url"]).path
            old = report_of[doc["report_key"]]["year"] < 2019
            assert (path in bodies[f"http://{www}{ARCHIVE}"]) == old
            assert any(path in bodies[c] for c in columns) != old
        _only_in(truth, bodies, [*columns, f"http://{www}{ARCHIVE}"], www)


def _quirk_utf16page(sandbox, truth, bodies):
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}/xxgk/ndbg/{key}.htm" for key in ("bj", "bm", "xz")]
        for url in columns:   # "Unicode" files: the UTF-16LE BOM, no charset in the header, Word's meta
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == "text/html" and body[:2] == codecs.BOM_UTF16_LE
            assert b"href=" not in body and b"h\x00r\x00e\x00f\x00=" in body
            text = body[2:].decode("utf-16-le")
            assert "charset=unicode" in text and "年度报告" in text and bodies[url] == text
        for doc in truth["documents"]:   # the articles are the CMS's UTF-8 pages
            if urlsplit(doc["url"]).hostname == www:
                assert get(sandbox, doc["url"])[1]["Content-Type"] == "text/html; charset=utf-8"
        _only_in(truth, bodies, columns, www)


def _quirk_gbrare(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_gbrare import RARE_PLACES

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}/zfxxgk/zfxxgknb/{key}/index.htm" for key in ("bj", "bm", "xz")]
        for url in columns:   # declared gb2312 (header and meta), written with characters GB2312 and GBK lack
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == "text/html; charset=gb2312"
            assert b"charset=gb2312" in body
            for strict in ("gb2312", "gbk"):
                with pytest.raises(UnicodeDecodeError):
                    body.decode(strict)
            text = body.decode("gb18030")   # what browsers decode `gb2312` with
            assert all(place in text for place in RARE_PLACES) and bodies[url] == text
            assert "\ufffd" in body.decode("gb2312", "replace")
        doc = next(d for d in truth["documents"] if urlsplit(d["url"]).hostname == www)
        status, headers, body = get(sandbox, doc["url"])   # an article: plain GBK, declared gb2312 (negative case)
        assert headers["Content-Type"] == "text/html; charset=gb2312" and "政府信息公开" in body.decode("gbk")
        _only_in(truth, bodies, columns, www)


def _quirk_seeother(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_seeother import COLUMN, QUERY, RESULT

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        assert f'method="post" action="{QUERY}"' in column and "result.do" not in column
        status, headers, body = sandbox.handle("POST", f"http://{www}{QUERY}", {
            "Content-Type": "application/x-www-form-urlencoded"}, b"year=&kind=")
        location = dict(headers)["Location"]
        assert status == 303 and body == b"" and location.startswith(f"http://{www}{RESULT}?qid=")
        assert get(sandbox, f"http://{www}{QUERY}")[0] == 405   # the action wants the form's POST
        assert get(sandbox, f"http://{www}{RESULT}")[0] == 404   # no id, no list
        results = [u for u in bodies if u.startswith(f"http://{www}{RESULT}?qid=")]
        assert location in results and len(results) > 4
        for url in results:   # no page links a results page
            qid = url.split("qid=", 1)[1]
            assert not any(qid in t for u, t in bodies.items() if "#post" not in u and u not in results)
        everything = bodies[location]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert all(urlsplit(d["url"]).path in everything for d in ours)
        status, headers, _ = sandbox.handle("POST", f"http://{www}{QUERY}", {
            "Content-Type": "application/x-www-form-urlencoded"}, b"year=2020&kind=jd")
        township_2020 = bodies[dict(headers)["Location"]]
        assert status == 303 and len(township_2020) < len(everything)
        _only_in(truth, bodies, results, www)


def _quirk_rawlocation(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        columns = []
        for key in ("bj", "bm", "xz"):   # the ASCII address the 政务公开 page links answers 302 with raw UTF-8
            old = f"http://{www}/zfxxgk/zfxxgknb/{key}.aspx"
            assert f'href="/zfxxgk/zfxxgknb/{key}.aspx"' in bodies[f"http://{www}/zwgk/index.html"]
            status, headers, _ = get(sandbox, old)
            location = headers["Location"]
            raw = location.encode("latin-1")          # the bytes on the wire
            assert status == 302 and not raw.isascii() and "/政府信息公开年报/" in raw.decode("utf-8")
            column = quote(raw.decode("utf-8"), safe="/:")   # as a browser requests it
            assert get(sandbox, column)[0] == 200 and truth["redirects"][old] == column
            assert get(sandbox, location)[0] == 404   # the header read as Latin-1 and escaped names nothing
            columns.append(column)
        for u, t in bodies.items():   # no page links a column itself
            assert not any(urlsplit(c).path in _linked_paths(u, t) for c in columns if u not in columns), u
        for doc in ours:   # each report in one column; the home may link the newest government report
            path = urlsplit(doc["url"]).path
            assert sum(path in bodies[c] for c in columns) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_dualframe(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www, xxgk = portal["hosts"]
        assert xxgk == "xxgk." + www.removeprefix("www.")
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        assert all(urlsplit(d["url"]).hostname == xxgk and not d.get("needs_browser") for d in ours)
        columns = [f"http://{xxgk}/szfxxgk/{key}/ndbg/index.html" for key in ("bj", "bm", "xz")]
        beyond = []
        for url in columns + [d["url"] for d in ours]:   # every HTML answer: chunked and a shorter Content-Length
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Transfer-Encoding"] == "chunked"
            assert int(headers["Content-Length"]) == len(gzip.compress(body, 6, mtime=0)) < len(body)
            if url in columns:
                head = body[:int(headers["Content-Length"])]
                beyond += [d for d in ours if urlsplit(d["url"]).path.encode() in body[len(head):]]
        assert len(beyond) > len(ours) // 2   # most reports lie past the length the header gives
        www_status, www_headers, _ = get(sandbox, f"http://{www}/")
        assert www_status == 200 and "Transfer-Encoding" not in www_headers   # the www site is framed plainly
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert sum(path in bodies[c] for c in columns) == 1
            linking = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_latinheader(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        columns = [f"http://{www}/xxgk/ndbg/{key}.jsp" for key in ("bj", "bm", "xz")]
        for url in columns:   # Tomcat's default header on GBK bytes whose meta says GBK: titles mojibake, links ASCII
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == "text/html;charset=ISO-8859-1"
            assert b'charset=gbk' in body.lower() and "年度报告" in body.decode("gbk")
            as_sent = body.decode("iso-8859-1")
            assert "年" not in as_sent and bodies[url] == as_sent
            assert f'/xxgk/ndbg/{url.rsplit("/", 1)[1][:-4]}/' in as_sent
        for doc in ours:   # the reports: GBK, declared GBK; each linked from one column (the home may link one)
            path = urlsplit(doc["url"]).path
            status, headers, body = get(sandbox, doc["url"])
            assert headers["Content-Type"] == "text/html; charset=gbk" and "政府信息公开" in bodies[doc["url"]]
            assert sum(path in bodies[c] for c in columns) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_shortbody(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_shortbody import CUT_BYTES

    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        column = f"http://{www}/xxgk/ndbg/index.html"
        status, headers, body = get(sandbox, column)   # a 200 shorter than its Content-Length
        whole = sandbox.sites[www].pages["/xxgk/ndbg/index.html"].data()
        assert status == 200 and len(body) == CUT_BYTES < int(headers["Content-Length"]) == len(whole)
        years = re.findall(r'href="(/xxgk/ndbg/\d{4}\.html)"', body.decode("utf-8", "ignore"))
        assert len(years) >= 5   # the year links come before the cut
        cut = [d for d in ours if urlsplit(d["url"]).path.encode() not in body]
        assert cut and len(cut) < len(ours) and all(urlsplit(d["url"]).path.encode() in whole for d in cut)
        year_pages = [f"http://{www}{y}" for y in years]
        for url in year_pages:   # the year pages arrive whole
            status, headers, body = get(sandbox, url)
            assert status == 200 and int(headers["Content-Length"]) == len(body)
        for doc in ours:   # each report on one year page; the cut ones nowhere else (the home may link one)
            path = urlsplit(doc["url"]).path
            assert sum(path in bodies[y] for y in year_pages) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u not in year_pages and u != doc["url"]}
            assert linking <= {column, f"http://{www}/", f"http://{www}/index.html"}, linking


def _tries_until_served(sandbox, url: str) -> list[int]:
    """The statuses of GETs of `url` up to its first non-error answer (at most five)."""
    statuses = [get(sandbox, url)[0]]
    while statuses[-1] in OVERLOADED and len(statuses) < 5:
        statuses.append(get(sandbox, url)[0])
    return statuses


def _quirk_flaky(truth):
    # the world's sandbox has had every page asked for already: a fresh build fails again
    fresh = build_sandbox(portals=2, families=("flaky",), news_per_portal=4)
    assert fresh.ground_truth()["documents"] == truth["documents"]
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        for static in ("/", "/zwgk/index.html", "/xwzx/index.html"):   # nginx's own files never fail
            assert get(fresh, f"http://{www}{static}")[0] == 200
        for key in ("bj", "bm", "xz"):   # every column fails once or twice, then answers, and goes on answering
            url = f"http://{www}/xxgk/nb/{key}/index.html"
            status, headers, body = get(fresh, url)
            assert status in OVERLOADED and b"<center>nginx/1.12.2</center>" in body
            assert ("Retry-After" in headers) == (status == 503)
            statuses = [status] + _tries_until_served(fresh, url)
            assert 2 <= len(statuses) <= 3 and statuses[-1] == 200 and get(fresh, url)[0] == 200
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        tries = [_tries_until_served(fresh, d["url"]) for d in ours]
        assert all(t[-1] == 200 and len(t) <= 3 for t in tries)
        assert sum(len(t) > 1 for t in tries) > len(ours) / 2 and any(len(t) == 1 for t in tries)


def _quirk_headrefuse(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        index = f"http://{www}/zwgk/xxgknb/index.do"
        years = [int(y) for y in re.findall(r'<a href="/zwgk/xxgknb/list/(\d{4})\.do">\1年度</a>', bodies[index])]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(years) < 2019 and {report_of[d["report_key"]]["year"] for d in ours} <= set(years)
        pages = [index] + [f"http://{www}/zwgk/xxgknb/list/{y}.do" for y in years] + [d["url"] for d in ours]
        for url in pages:   # GET answers; HEAD and POST are refused, saying only GET is allowed
            assert get(sandbox, url)[0] == 200
            for method in ("HEAD", "POST"):
                status, headers, body = sandbox.handle(method, url, {})
                assert status == 405 and dict(headers)["Allow"] == "GET", (method, url)
                assert body == b"" if method == "HEAD" else f"Request method '{method}' not supported".encode() in body
        for static in ("/", "/zwgk/index.html", "/xwzx/index.html"):   # the static files take HEAD
            assert sandbox.handle("HEAD", f"http://{www}{static}", {})[0] == 200
        for doc in ours:   # each report in its year's list
            year, path = report_of[doc["report_key"]]["year"], urlsplit(doc["url"]).path
            assert re.fullmatch(r"/zwgk/xxgknb/detail/\d{6}\.do", path) and not doc.get("needs_browser")
            assert path in bodies[f"http://{www}/zwgk/xxgknb/list/{year}.do"]


def _quirk_sniffhtml(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www, xxgk = portal["hosts"]
        assert xxgk == "xxgk." + www.removeprefix("www.")
        lists = [f"http://{xxgk}/xxgk/list.do?catid={key}" for key in ("qzf", "bm", "jz")]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        for url in lists + [d["url"] for d in ours]:   # no Content-Type; HTML by its bytes, UTF-8 by its meta
            status, headers, body = get(sandbox, url)
            assert status == 200 and "Content-Type" not in headers and _sniffed_html(body), url
            assert 'content="text/html; charset=utf-8"' in body.decode("utf-8")
        for url in (f"http://{xxgk}/index.html", f"http://{www}/", f"http://{www}/zwgk/index.html"):   # typed
            assert get(sandbox, url)[1]["Content-Type"].startswith("text/html"), url
        front = bodies[f"http://{xxgk}/index.html"]
        assert all(urlsplit(u).path + "?" + urlsplit(u).query in front for u in lists)
        for doc in ours:   # each report in one untyped list (the home may link the newest as well)
            path = urlsplit(doc["url"]).path + "?" + urlsplit(doc["url"]).query
            assert re.fullmatch(r"/xxgk/article\.do\?infoid=[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", path)
            assert sum(path in bodies[u] for u in lists) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u != doc["url"]}
            assert linking - set(lists) <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_deeplist(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        folder = f"http://{www}/xxgk/gkml/"
        pages = []
        while (url := folder + ("index.html" if not pages else f"index_{len(pages)}.html")) in bodies:
            pages.append(bodies[url])
        assert len(pages) > 60 and f"{folder}index_{len(pages)}.html" not in truth["pages"]
        first = _linked_paths(folder + "index.html", pages[0])   # the pager shows its window and 尾页, no more
        shown = {int(n) for n in re.findall(r"/xxgk/gkml/index_(\d+)\.html", " ".join(first))}
        assert shown == {1, 2, 3, len(pages) - 1}
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        listed = [p.count('<span class="date">') for p in pages]
        assert all(n == 15 for n in listed[:-1]) and sum(listed) > 1000 > 10 * len(ours)
        on_page = [_linked_paths(f"{folder}index.html", p) for p in pages]
        elsewhere = {u: _linked_paths(u, t) for u, t in bodies.items()
                     if urlsplit(u).hostname == www and not u.startswith(folder)}
        page_of = {}
        for doc in ours:   # each report on exactly one page of the long list; the old ones deep in it
            path = urlsplit(doc["url"]).path
            on = [n for n, linked in enumerate(on_page) if path in linked]
            assert len(on) == 1 and not doc.get("needs_browser"), doc["url"]
            page_of[doc["url"]] = on[0] + 1
            linking = {u for u, linked in elsewhere.items() if path in linked}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        old = [page_of[d["url"]] for d in ours if report_of[d["report_key"]]["year"] < 2019]
        assert old and min(old) >= 25 and max(old) >= 50


def _quirk_uaguard(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    tools = ("", "Scrapy/2.11 (+https://scrapy.org)", "python-requests/2.31", "curl/8.4.0",
             "Mozilla/5.0 (compatible; Baiduspider/2.0)", "nianbao/1.0")
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        guarded = [f"http://{www}/zfxxgknb/{k}/index.html" for k in ("qzf", "bm", "zj")] + [d["url"] for d in ours]
        for url in guarded:   # a browser gets the page; no UA, a tool's or a robot's gets the firewall's 403
            assert get(sandbox, url)[0] == 200
            for agent in tools:
                status, _, body = sandbox.handle("GET", url, {"User-Agent": agent} if agent else {})
                assert status == 403 and "非浏览器访问" in body.decode(), (url, agent)
        for static in ("/", "/zwgk/index.html", "/xwzx/index.html"):   # the cached front answers anyone
            assert sandbox.handle("GET", f"http://{www}{static}", {})[0] == 200
        for doc in ours:   # in its column; the home may link the newest government report
            path = urlsplit(doc["url"]).path
            assert sum(path in bodies[u] for u in guarded[:3]) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u not in guarded}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_stalecdn(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        home, zwgk = bodies[f"http://{www}/"], bodies[f"http://{www}/zwgk/index.html"]
        busted = re.findall(r'href="(/col/(?:bj|bm|xz)/index\.html\?t=\d+)"', home)
        assert len(busted) == 3 and all(f'href="{b.split("?")[0]}"' in zwgk for b in busted)
        fresh_text = ""
        for address in busted:
            plain = f"http://{www}{address.split('?')[0]}"
            stale, headers = get(sandbox, plain)[2].decode(), get(sandbox, plain)[1]
            assert headers["X-Cache"].startswith("HIT") and "Age" in headers
            fresh = get(sandbox, f"http://{www}{address}")
            assert fresh[1]["X-Cache"].startswith("MISS")
            for other in ({"Cache-Control": "no-cache"}, {"Pragma": "no-cache"}):   # a reload reaches the origin
                assert sandbox.handle("GET", plain, other)[2] == fresh[2]
            assert get(sandbox, plain + "?t=1")[2] == fresh[2]
            for link in re.findall(r'<a href="(http://[^"]+)"', stale.split("<h2>", 1)[1]):   # the old CMS's: gone
                assert get(sandbox, link)[0] == 404 and link in truth["broken_links"]
            fresh_text += fresh[2].decode()
            assert not any(urlsplit(d["url"]).path in stale for d in ours)
        for doc in ours:   # each report in the fresh list only; the home may link the newest one
            path = urlsplit(doc["url"]).path
            assert path in fresh_text and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and "?t=" not in u and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_redirchain(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www, bare = portal["hosts"]
        assert bare == www.removeprefix("www.")
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        columns = []
        for key in ("szf", "bm", "xz"):   # four hops from the old address the pages link to the column
            url, statuses = f"http://{bare}/zwgk/gknb/{key}", []
            assert f'href="{url}"' in bodies[f"http://{www}/zwgk/index.html"]
            while (answer := get(sandbox, url))[0] in (301, 302):
                statuses.append(answer[0])
                url = urljoin(url, answer[1]["Location"])
            assert statuses == [301, 301, 301, 302] and answer[0] == 200
            assert url == f"http://{www}/xxgk/zfxxgknb/{key}/index.shtml"
            columns.append(url)
        column_paths = [urlsplit(c).path for c in columns]
        for u, t in bodies.items():   # no page links a column (or a hop after the first) itself
            assert not any(p in _linked_paths(u, t) for p in column_paths if u not in columns), u
        for doc in ours:   # each report in one column; the home may link the newest government report
            path = urlsplit(doc["url"]).path
            assert sum(path in bodies[c] for c in columns) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_mhtlist(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        column = bodies[f"http://{www}/xjwz/zwgk/zfxxgk/zfxxgknb/index.htm"]
        files = [f"http://{www}{p}" for p in re.findall(r'href="(/xjwz/zwgk/zfxxgk/zfxxgknb/P\d+\.mht)"', column)]
        assert len(files) == 3
        for url in files:   # a MIME message; the register's HTML quoted-printable in GBK, no plain href
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == "message/rfc822"
            assert b"multipart/related" in body and b"quoted-printable" in body and b'href=3D"' in body
            assert b'href="' not in body and any(urlsplit(d["url"]).path.encode() not in body for d in ours)
        for doc in ours:   # each report in one register only (the home may link the newest government report)
            path = urlsplit(doc["url"]).path
            assert sum(path in bodies[f] for f in files) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if path in t and u not in files and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def test_served_through_the_proxy(world):
    """End to end over HTTP: the forward proxy answers the homepage and a report document of the family."""
    import urllib.request

    from nianbao.crawler.sandbox import serve

    family, sandbox, truth, _ = world
    with serve(sandbox) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
        for url in (truth["portals"][0]["homepage"], truth["documents"][-1]["url"]):
            homepage = next(p["homepage"] for p in truth["portals"] if urlsplit(url).hostname in p["hosts"])
            # as a browser that followed a link of the portal (hotlink-protected files want that Referer, a firewall
            # may want a browser's Accept headers)
            request = urllib.request.Request(url, headers={**_cleared(sandbox, url), **BROWSER_ACCEPT,
                                                           "Referer": homepage})
            with opener.open(request, timeout=10) as response:
                assert response.status == 200 and response.read(), (family, url)


def test_cli_refuses_unknown_families():
    from nianbao.crawler.sandbox.server import main

    with pytest.raises(SystemExit) as exc:
        main(["--families", "dual,nosuch", "--portals", "1"])
    assert exc.value.code == 2


def _quirk_cssxlink(sandbox, truth, bodies):
    from lxml import etree
    from nianbao.crawler.sandbox.family_cssxlink import FOLDER, XLINK

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = f"http://{www}{FOLDER}index.xml"
        status, headers, body = get(sandbox, column)
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        text = body.decode("utf-8")
        assert '<?xml-stylesheet type="text/css" href="nb.css"?>' in text and "text/xsl" not in text
        assert get(sandbox, f"http://{www}{FOLDER}nb.css")[1]["Content-Type"].startswith("text/css")
        root = etree.XML(body)   # well-formed; the links are XLink simple links of custom elements, no HTML <a>
        assert not root.xpath("//*[local-name()='a']") and " href=" not in text.split("?>", 2)[2]
        targets = [e.get(f"{{{XLINK}}}href") for e in root.iter("wj") if e.get(f"{{{XLINK}}}type") == "simple"]
        assert targets and all(t.startswith(FOLDER) for t in targets)
        _only_in(truth, bodies, [column], www)   # every report named there alone (the home: the newest)


def _quirk_dataframe(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_dataframe import DATA_PREFIX

    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = {u: t for u, t in bodies.items() if urlsplit(u).hostname == www and "#" not in u
                   and f'src="{DATA_PREFIX}' in t}
        assert len(columns) == 3
        frames = {}
        for url, text in columns.items():   # one frame a column, its document the base64 of its `src`
            (data,) = re.findall(rf'<iframe [^>]*src="{re.escape(DATA_PREFIX)}([A-Za-z0-9+/=]+)"', text)
            frames[url] = base64.b64decode(data).decode("utf-8")
            assert '<a href="http://' in frames[url] and DATA_PREFIX not in frames[url]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        for doc in ours:   # written, absolute, in one frame's document; in no page's text but the home page's
            path = urlsplit(doc["url"]).path
            assert sum(f'href="{doc["url"]}"' in f for f in frames.values()) == 1
            linking = {u for u, t in bodies.items() if "#data" not in u and u != doc["url"] and path in t}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
            assert bool(doc.get("needs_browser")) == (not linking)
        levels = {report_of[d["report_key"]]["unit_level"] for d in ours}
        assert {"county_government", "department", "township"} <= levels


def _quirk_protorel(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_protorel import column_path

    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www, xxgk = portal["hosts"][0], f"xxgk.{portal['hosts'][0].removeprefix('www.')}"
        assert xxgk in portal["hosts"] and get(sandbox, f"http://{xxgk}/")[0] == 404
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert ours and all(urlsplit(d["url"]).hostname == xxgk for d in ours)
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        for doc in ours:   # linked `//host/path` by one column; as a path on the main host it is no page
            path = urlsplit(doc["url"]).path
            assert sum(f'href="//{xxgk}{path}"' in bodies[c] for c in columns) == 1 and not doc.get("needs_browser")
            assert get(sandbox, urljoin(f"http://{www}/", f"/{xxgk}{path}"))[0] == 404
            schemed = {u for u, t in bodies.items() if u != doc["url"] and f"http://{xxgk}{path}" in t}
            assert schemed <= {f"http://{www}/", f"http://{www}/index.html"}, schemed
        for url, text in bodies.items():   # no page writes the sub-site with a scheme but the home's one report link
            if urlsplit(url).hostname == www and url not in (f"http://{www}/", f"http://{www}/index.html"):
                assert f"http://{xxgk}" not in text, url
        levels = {report_of[d["report_key"]]["unit_level"] for d in ours}
        assert {"county_government", "department", "township"} <= levels


def _quirk_objectlist(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_objectlist import FALLBACK, list_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = [f"http://{www}{list_path(key)}" for key in ("bj", "bm", "xz")]
        for key, url in zip(("bj", "bm", "xz"), lists, strict=True):   # named by the column's <object data> alone
            column = bodies[f"http://{www}/zwgk/nb/{key}.html"]
            assert f'<object type="text/html" data="{list_path(key)}"' in column and FALLBACK in column
            assert not [u for u, t in bodies.items() if u != url and list_path(key) in _linked_paths(u, t)]
            assert [u for u, t in bodies.items() if f'data="{list_path(key)}"' in t]
        _only_in(truth, bodies, lists, www)


def _quirk_longquery(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_longquery import LONGEST_SAFE_URL, SEARCH

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = sorted(u for u in bodies if urlsplit(u).hostname == www and urlsplit(u).path == SEARCH)
        assert len(lists) == 3 and all(len(u) > LONGEST_SAFE_URL for u in lists)
        for url in lists:   # linked whole from the menus; the bare and a cut address answer nothing
            assert url.removeprefix(f"http://{www}") in bodies[f"http://{www}/zwgk/index.html"]
            assert get(sandbox, url)[0] == 200
            assert get(sandbox, url[:LONGEST_SAFE_URL])[0] == 404
        assert get(sandbox, f"http://{www}{SEARCH}")[0] == 404
        _only_in(truth, bodies, lists, www)


def _quirk_dotclimb(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_dotclimb import column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for page in (f"http://{www}/", f"http://{www}/zwgk/index.html"):   # each column link climbs past the root
            climbing = re.findall(r'href="((?:\.\./)+)(xxgk/nb/\w+/index\.html)"', bodies[page])
            assert len(climbing) == 3
            assert all(dots.count("../") > urlsplit(page).path.count("/") for dots, _ in climbing)
            assert {urljoin(page, dots + rest) for dots, rest in climbing} == set(lists)
            assert not [p for _, p in climbing if f'href="/{p}"' in bodies[page]]
        assert get(sandbox, f"http://{www}/../../../{column_path('bj').lstrip('/')}")[0] == 404   # sent as written
        for url in lists:   # the reports' links climb too, and no page links a column's own path
            assert all(m.startswith("../../../../") for m in re.findall(r'href="([^"]*/t\d{8}_\d+\.html)"', bodies[url]))
            assert not [u for u, t in bodies.items() if f'"{urlsplit(url).path}"' in t]
        _only_in(truth, bodies, lists, www)


def _quirk_encslash(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_encslash import VIEW, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        for doc in ours:   # one encoded segment: served as written, 404 once the %2F are decoded
            path = urlsplit(doc["url"]).path
            assert path.startswith(VIEW) and "/" not in path.removeprefix(VIEW) and path.count("%2F") == 4
            assert get(sandbox, doc["url"])[0] == 200
            assert get(sandbox, f"http://{www}{unquote(path)}")[0] == 404
        _only_in(truth, bodies, lists, www)


def _quirk_multichoice(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_multichoice import ASKED, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        assert ASKED in _linked_paths(f"http://{www}/", bodies[f"http://{www}/"])
        status, headers, body = get(sandbox, f"http://{www}{ASKED}")   # 300, no Location, the list in the body
        assert status == 300 and "Location" not in headers and headers["Server"].startswith("Apache")
        assert _linked_paths(f"http://{www}{ASKED}", body.decode()) == {urlsplit(u).path for u in lists}
        for url in lists:   # named by no page: only the 300 answer (not a 200 page) lists them
            assert not [u for u, t in bodies.items() if urlsplit(url).path in _linked_paths(u, t)]
        _only_in(truth, bodies, lists, www)

def _ours(truth, www: str) -> tuple[dict, list[dict]]:
    """The ground truth's reports by key, and the documents on `www` (every kind of unit, some pre-2019)."""
    report_of = {r["key"]: r for r in truth["reports"]}
    ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
    assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
    assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in ours}
    return report_of, ours


def _outside_comments(text: str) -> str:
    return re.sub(r"<!--.*?-->", "", text, flags=re.S)


def _quirk_iecomment(truth, bodies):
    from nianbao.crawler.sandbox.family_iecomment import (
        FIRST_LIVE_YEAR,
        OLD_IE_CLOSE,
        OLD_IE_OPEN,
        column_path,
    )

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        old_blocks = {u: re.findall(re.escape(OLD_IE_OPEN) + "(.*?)" + re.escape(OLD_IE_CLOSE), bodies[u], re.S)
                      for u in columns}
        assert all(len(blocks) == 1 for blocks in old_blocks.values())
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            old = report_of[doc["report_key"]]["year"] < FIRST_LIVE_YEAR
            assert sum(f'href="{doc["url"]}"' in old_blocks[u][0] for u in columns) == 1, doc["url"]
            live = [u for u in columns if path in _outside_comments(bodies[u])]
            assert not doc.get("needs_browser") and (not live if old else len(live) == 1), (doc["url"], live)
            linking = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
            if old:   # outside the IE block, no page of the portal names a pre-2019 report (the home links the newest)
                assert not [u for u, t in bodies.items() if path in _outside_comments(t) and u != doc["url"]]


def _quirk_tagsoup(truth, bodies):
    from html.parser import HTMLParser

    from nianbao.crawler.sandbox.family_tagsoup import column_path

    class Anchors(HTMLParser):   # the tokenizer reads unquoted attribute values as browsers do
        def __init__(self):
            super().__init__()
            self.hrefs = []

        def handle_starttag(self, tag, attrs):
            self.hrefs += [v for k, v in attrs if tag == "a" and k == "href"]

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "zjd")]
        found = set()
        for url in columns:
            table = bodies[url].split('<table class="gknb"', 1)[1]
            assert "</a>" not in table.split("</div>", 1)[0] and "</table>" not in table and "</tr>" not in table
            assert 'href="' not in table.split("</div>", 1)[0]
            parser = Anchors()
            parser.feed(bodies[url])
            found |= {urljoin(url, h) for h in parser.hrefs}
        _, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert doc["url"] in found and not doc.get("needs_browser"), doc["url"]
            assert sum(f"<a href={path} " in bodies[u] for u in columns) == 1
            quoted = {u for u, t in bodies.items() if f'"{doc["url"]}"' in t or f'"{path}"' in t}
            assert quoted <= {f"http://{www}/", f"http://{www}/index.html"}, quoted


def _quirk_hiddenpager(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_hiddenpager import PAGE_SIZE, PAGER_JS, PAGER_SCRIPT, page_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        pages = [u for u in bodies if urlsplit(u).hostname == www and re.fullmatch(r"/xxgknb/index(_\d+)?\.shtml",
                                                                                    urlsplit(u).path)]
        assert len(pages) > 2 and f"http://{www}{page_path(len(pages) - 1)}" in pages
        linked = set().union(*(_linked_paths(u, t) for u, t in bodies.items()))
        for n in range(1, len(pages)):   # later pages: named by hidden fields' values, by no href, src or action
            path = page_path(n)
            assert path not in linked
            assert f'<input type="hidden" id="pageUrl_next" value="{path}">' in bodies[f"http://{www}{page_path(n - 1)}"]
        assert page_path(0) in linked
        # the pager script needs jQuery, which no page loads: the buttons are dead
        assert get(sandbox, f"http://{www}{PAGER_JS}")[2].decode() == PAGER_SCRIPT and PAGER_SCRIPT.startswith("$(")
        assert not [u for u, t in bodies.items() if re.search(r"jquery", t, re.I)]
        _, ours = _ours(truth, www)
        on_later = 0
        for doc in ours:
            path = urlsplit(doc["url"]).path
            listing = [u for u in pages if path in bodies[u]]
            assert len(listing) == 1 and not doc.get("needs_browser"), doc["url"]
            on_later += listing[0] != f"http://{www}{page_path(0)}"
            linking = {u for u, t in bodies.items() if path in t and u not in pages and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        assert on_later >= len(ours) - PAGE_SIZE


def _quirk_microdata(truth, bodies):
    from nianbao.crawler.sandbox.family_microdata import column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            listing = bodies[url].split('itemtype="https://schema.org/ItemList"', 1)[1].split("</ul>", 1)[0]
            assert "<a " not in listing and 'itemtype="https://schema.org/Report"' in listing
        _, ours = _ours(truth, www)
        home = {f"http://{www}/", f"http://{www}/index.html"}
        scripted = [d for d in ours if d.get("needs_browser")]
        assert scripted and len(ours) - len(scripted) == 1   # the newest government report, which the home links
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert sum(f'<meta itemprop="url" content="{path}">' in bodies[u] for u in columns) == 1, doc["url"]
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            assert linked <= home and bool(linked) != bool(doc.get("needs_browser")), (doc["url"], linked)


def _quirk_post307(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_post307 import COLUMN, FORM, LIST, QUERY

    form = {"Content-Type": FORM}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        assert f'method="post" action="{QUERY}"' in column and LIST not in column
        status, headers, body = sandbox.handle("POST", f"http://{www}{QUERY}", form, b"nd=&lb=")
        location = dict(headers)["Location"]
        assert status == 307 and body == b"" and location == f"http://{www}{LIST}"
        assert get(sandbox, f"http://{www}{QUERY}")[0] == 405
        assert get(sandbox, location)[0] == 405   # the redirect followed as a GET (as for 302/303): no list
        assert sandbox.handle("POST", location, form, b"")[0] == 400   # the POST repeated without its body: no list
        status, _, body = sandbox.handle("POST", location, form, b"nd=&lb=")   # method and body kept: the list
        (listed,) = [u for u in bodies if u.startswith(f"http://{www}{LIST}#post")]
        assert status == 200 and body.decode() == bodies[listed]
        report_of, ours = _ours(truth, www)
        oldest = min(report_of[d["report_key"]]["year"] for d in ours)
        old = sandbox.handle("POST", location, form, f"nd={oldest}&lb=".encode())[2].decode()
        assert 'class="tip"' not in old and len(old) < len(bodies[listed])   # the form's fields choose the rows
        assert not [u for u, t in bodies.items() if u != listed and LIST in t and "#post" not in u]
        _only_in(truth, bodies, [listed], www)


def _quirk_dothost(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_dothost import NB, SECTION

    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www, dotted = portal["hosts"]
        assert dotted == www + "." and portal["homepage"] == f"http://{www}/"
        assert get(sandbox, f"http://{dotted}/")[2] == get(sandbox, f"http://{www}/")[2]   # one site, two spellings
        home = bodies[f"http://{www}/"]
        assert f'href="http://{dotted}{SECTION}"' in home and f'href="http://{dotted}{NB}index.html"' in home
        assert len(re.findall(rf'href="http://{re.escape(www)}{NB}\d{{6}}/', home)) == 1   # the newest report, plain
        for url, text in bodies.items():   # no page names the section or the column on the plain host
            if urlsplit(url).hostname == www and not urlsplit(url).path.startswith(NB):
                reached = {urlsplit(urljoin(url, html.unescape(h)))[1:3]
                           for h in re.findall(r'(?:href|src|action)="([^"]+)"', text)}
                assert not {(www, SECTION), (www, NB + "index.html")} & reached, url
        columns = [u for u in bodies if u.startswith(f"http://{dotted}{NB}index")]
        assert len(columns) >= 2
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
        assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in ours}
        for doc in ours:   # on the dotted host, linked relative by its column's pages there
            parts = urlsplit(doc["url"])
            assert parts.hostname == dotted and re.fullmatch(rf"{NB}\d{{6}}/t\d{{8}}_\d{{7}}\.html", parts.path)
            assert sum(f'href="./{parts.path.removeprefix(NB)}"' in bodies[c] for c in columns) == 1
            assert not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if u != doc["url"] and parts.path in t
                       and not urlsplit(u).path.startswith(NB)}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking


def _quirk_sitemapgz(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_sitemapgz import CRAWL_DELAY, FOLDER, INDEX, LABELS, section_map

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        home, index_url = {f"http://{www}/", f"http://{www}/index.html"}, f"http://{www}{INDEX}"
        robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
        assert f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\n" in robots and robots.count("Sitemap:") == 1
        assert f"Sitemap: {index_url}\n" in robots and FOLDER not in robots
        for absent in ("/sitemap.xml", "/sitemap.xml.gz", "/sitemap_index.xml", FOLDER, f"{FOLDER}index.html",
                       f"{FOLDER}bj/index.html"):
            assert get(sandbox, f"http://{www}{absent}")[0] == 404   # no plain site map, no column page
        status, headers, body = get(sandbox, index_url)
        assert status == 200 and headers["Content-Type"] == "application/x-gzip" and "Content-Encoding" not in headers
        index = gzip.decompress(body).decode("utf-8")
        assert "<sitemapindex" in index and "<urlset" not in index and FOLDER not in index
        maps = re.findall(r"<loc>([^<]+)</loc>", index)
        assert set(maps) == {f"http://{www}{section_map(n)}" for n in (*(f"zfxxgknb_{k}" for k in LABELS), "xwzx")}
        for url in maps:   # each section's own gzipped <urlset>
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == "application/x-gzip" and body[:2] == b"\x1f\x8b"
            assert "<urlset" in bodies[url] and bodies[url] == gzip.decompress(body).decode("utf-8")
        report_of, ours = _ours(truth, www)
        for doc in ours:   # named by one section's site map; of the pages, only the home names one (the newest)
            path = urlsplit(doc["url"]).path
            assert re.fullmatch(rf"{FOLDER}(bj|bm|jd)/\d{{6}}/t\d{{8}}_\d+\.html", path)
            assert sum(f"<loc>{doc['url']}</loc>" in bodies[m] for m in maps) == 1 and not doc.get("needs_browser")
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            assert linking - home and linking <= home | set(maps), linking


def _quirk_rawquery(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_rawquery import FIRST

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        first = f"http://{www}{FIRST}"
        later = [u for u in bodies if urlsplit(u).hostname == www and urlsplit(u).path == "/list.jsp"]
        assert len(later) >= 2
        for url in later:   # linked as the CMS writes it; any other spelling of the same fields is no page
            path, query = url.removeprefix(f"http://{www}"), urlsplit(url).query
            fields = parse_qsl(query)
            assert [k for k, _ in fields][:3] == ["a2t", "a2p", "a2c"] and fields != sorted(fields)
            assert [u for u, t in bodies.items() if f'href="{html.escape(path)}"' in t]
            assert get(sandbox, url)[0] == 200
            for respelt in (urlencode(sorted(fields)), query.replace("a2t=", "A2T="),
                            query.replace("tree.TreeTempUrl", "tree%2ETreeTempUrl")):
                assert respelt != query and get(sandbox, f"http://{www}/list.jsp?{respelt}")[0] == 404, respelt
        report_of, ours = _ours(truth, www)
        for doc in ours:   # the years before 2019 only on the later pages
            if report_of[doc["report_key"]]["year"] < 2019:
                assert urlsplit(doc["url"]).path not in bodies[first]
        _only_in(truth, bodies, [first, *later], www)


def _quirk_matrixpage(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_matrixpage import FIRST

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        first = f"http://{www}{FIRST}"
        later = [u for u in bodies if urlsplit(u).hostname == www and urlsplit(u).path.startswith(FIRST + ";")]
        assert len(later) >= 2
        for url in later:   # paged by matrix variables, linked as written; the same fields anywhere else are not
            path = urlsplit(url).path
            assert re.fullmatch(re.escape(FIRST) + r";page=\d+;size=\d+", path) and not urlsplit(url).query
            assert [u for u, t in bodies.items() if f'href="{html.escape(path)}"' in t]
            status, _, body = get(sandbox, url)
            assert status == 200 and body.decode() == bodies[url] != bodies[first]
            params = path.split(";", 1)[1]
            as_query = get(sandbox, f"http://{www}{FIRST}?{params.replace(';', '&')}")
            assert as_query[0] == 200 and as_query[2].decode() == bodies[first]   # a query it does not read: page 1
            assert get(sandbox, f"http://{www}{FIRST}%3B{params.replace(';', '%3B')}")[0] == 404
        report_of, ours = _ours(truth, www)
        for doc in ours:   # the years before 2019 only on the later pages
            if report_of[doc["report_key"]]["year"] < 2019:
                assert urlsplit(doc["url"]).path not in bodies[first]
        _only_in(truth, bodies, [first, *later], www)


def _quirk_bracketquery(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_bracketquery import FRONT

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        front = f"http://{www}{FRONT}"
        years = [u for u in bodies if urlsplit(u).hostname == www and urlsplit(u).path == "/xxgk/nb/list.php"]
        assert len(years) >= 3
        for url in years:   # linked by the front with `[]` and `|` unescaped; escaped or reordered, no page
            query = urlsplit(url).query
            assert "[]" in query and "|" in query
            assert f'href="{html.escape(url.removeprefix(f"http://{www}"))}"' in bodies[front]
            assert get(sandbox, url)[0] == 200
            fields = query.split("&")
            for respelt in (query.replace("[", "%5B").replace("]", "%5D"), query.replace("|", "%7C"),
                            quote(query, safe="=&"), "&".join(reversed(fields))):
                assert respelt != query and get(sandbox, f"http://{www}/xxgk/nb/list.php?{respelt}")[0] == 404, respelt
        report_of, ours = _ours(truth, www)
        assert not any(urlsplit(d["url"]).path in bodies[front] for d in ours)   # the front lists years only
        years_of = {report_of[d["report_key"]]["year"] for d in ours}
        for doc in ours:   # each report on its own year's list
            year = report_of[doc["report_key"]]["year"]
            assert [u for u in years if urlsplit(doc["url"]).path in bodies[u]] == [
                u for u in years if f"year[]={year}&" in u], doc["url"]
        assert min(years_of) < 2019
        _only_in(truth, bodies, years, www)


def _only_the_home_links(truth, bodies, www: str, columns: list[str], listed) -> None:
    """Every report of `www` is listed (listed(doc, path) is how one column names it) by exactly one of `columns`;
    no page but the home page links a report, and only the newest government report needs no browser."""
    _, ours = _ours(truth, www)
    home = {f"http://{www}/", f"http://{www}/index.html"}
    scripted = [d for d in ours if d.get("needs_browser")]
    assert scripted and len(ours) - len(scripted) == 1   # the newest government report, which the home links
    for doc in ours:
        path = urlsplit(doc["url"]).path
        assert sum(listed(bodies[u], path) for u in columns) == 1, doc["url"]
        linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
        assert linked <= home and bool(linked) != bool(doc.get("needs_browser")), (doc["url"], linked)


def _quirk_xmlisland(truth, bodies):
    from nianbao.crawler.sandbox.family_xmlisland import column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            island = bodies[url].split('<xml id="nbdata">', 1)[1].split("</xml>", 1)[0]
            assert "<a " not in island and island.count("<url>/") >= 2
            table = bodies[url].split('datasrc="#nbdata"', 1)[1].split("</table>", 1)[0]
            assert '<a datafld="url"' in table and "href" not in table   # the bound row: no address in markup
        _only_the_home_links(truth, bodies, www, columns, lambda text, path: f"<url>{path}</url>" in text)


def _quirk_barehost(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_barehost import HAND_EDITED, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        _, ours = _ours(truth, www)
        bare = [d for d in ours if any(f"/zwgk/nb/{key}/" in d["url"] for key in HAND_EDITED)]
        assert bare and len(bare) < len(ours)   # the government's own column keeps ordinary links
        assert all(not d.get("needs_browser") for d in ours)   # a browser follows the dead link too
        for doc in bare:
            path = urlsplit(doc["url"]).path
            key = path.split("/")[3]
            column = f"http://{www}{column_path(key)}"
            assert f'href="{www}{path}"' in bodies[column]
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            assert linked <= {f"http://{www}/", f"http://{www}/index.html"}, (doc["url"], linked)
            dead = urljoin(column, f"{www}{path}")   # where a browser goes: a relative path under the column
            assert urlsplit(dead).path.startswith(f"/zwgk/nb/{key}/{www}/")
            assert get(sandbox, dead)[0] == 404
        status, _, _ = get(sandbox, bare[0]["url"])
        assert status == 200
        plain = next(d for d in ours if d not in bare and "/zwgk/nb/bj/" in d["url"])
        assert f'href="{plain["url"]}"' in bodies[f"http://{www}{column_path('bj')}"]   # the negative: a real link


def _quirk_bigpage(sandbox, truth, bodies):
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        _, ours = _ours(truth, www)
        columns = [u for u, role in truth["pages"].items()
                   if role == "list" and urlsplit(u).hostname == www and re.fullmatch(r"/info/\d+\.htm", urlsplit(u).path)]
        assert len(columns) == 3
        for url in columns:
            status, headers, body = get(sandbox, url)
            assert status == 200 and len(body) > 4_000_000 and int(headers["Content-Length"]) == len(body)
            first = body.find(b'<ul class="list">')
            assert first > 4_000_000 and body.count(b"data:image/png;base64,") == 2   # the list after the scans
        assert all(not d.get("needs_browser") for d in ours)
        home = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in ours:
            path = urlsplit(doc["url"]).path
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            assert linked - home and linked - home <= set(columns), (doc["url"], linked)
            assert all(bodies[u].index(path) > 4_000_000 for u in linked - home)


def _quirk_unescapejs(truth, bodies):
    from nianbao.crawler.sandbox.family_unescapejs import column_path, js_escape_all

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            listing = bodies[url].split('<div id="nblist">', 1)[1].split("</div>", 1)[0]
            escaped = re.fullmatch(r'<script type="text/javascript">document\.write\(unescape\("([^"]+)"\)\);</script>',
                                   listing).group(1)
            assert "/" not in escaped and "<" not in escaped
            markup = re.sub(r"%u([0-9A-F]{4})|%([0-9A-F]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), escaped)
            assert markup.startswith('<ul class="list">') and markup.count("<a href=") >= 2
        escaped_href = js_escape_all(f'href="http://{www}')
        _only_the_home_links(truth, bodies, www, columns,
                             lambda text, path, prefix=escaped_href: prefix + js_escape_all(path) in text)



def _reports_of_every_kind(truth, ours) -> None:
    report_of = {r["key"]: r for r in truth["reports"]}
    assert min(report_of[d["report_key"]]["year"] for d in ours) < 2019
    assert {"county_government", "department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in ours}
    assert not [d for d in ours if d.get("needs_browser")]


def _quirk_iphost(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_iphost import NB, SECTION

    for portal in truth["portals"]:
        www, numeric = portal["hosts"]
        assert re.fullmatch(r"59\.\d{1,3}\.\d{1,3}\.\d{1,3}", numeric)
        assert get(sandbox, f"http://{numeric}/")[2] == get(sandbox, f"http://{www}/")[2]   # one site, two hosts
        home = bodies[f"http://{www}/"]
        assert f'href="http://{numeric}{SECTION}"' in home and f'href="http://{numeric}{NB}index.html"' in home
        for url, text in bodies.items():   # no page on the name links the section or the column on the name
            if urlsplit(url).hostname == www:
                reached = {urlsplit(urljoin(url, html.unescape(h)))[1:3]
                           for h in re.findall(r'(?:href|src|action)="([^"]+)"', text)}
                assert not {(www, SECTION), (www, NB + "index.html")} & reached, url
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        _reports_of_every_kind(truth, ours)
        assert {urlsplit(d["url"]).hostname for d in ours} == {numeric}


def _quirk_written_links(sandbox, truth, bodies, family):
    """dotsegment (`/./` segments) and schemepath (`http:/…`, `http:./…`): every link to a column and to a report is
    written so that only a client resolving it as a browser does names the page; sent as written, it is refused."""
    if family == "dotsegment":
        from nianbao.crawler.sandbox.family_dotsegment import COLUMNS, column_path
        marker = re.compile(r'href="(/\./[^"]*)"')
    else:
        from nianbao.crawler.sandbox.family_schemepath import COLUMNS, column_path
        marker = re.compile(r'href="(http:(?!//)[^"]*)"')
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = [f"http://{www}{column_path(key)}" for key in COLUMNS]
        for page in (f"http://{www}/", f"http://{www}/zwgk/index.html"):
            written = marker.findall(bodies[page])
            assert {urljoin(page, h) for h in written} >= set(lists)
        if family == "dotsegment":   # the server takes the path only once its `.` segments are removed
            assert get(sandbox, f"http://{www}/./xxgk/nb/bj/./index.html")[0] == 404
            assert get(sandbox, lists[0])[0] == 200
        for url in lists:   # no page writes a column's own path as a plain link
            assert not [u for u, t in bodies.items() if f'href="{urlsplit(url).path}"' in t or f'href="{url}"' in t]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _reports_of_every_kind(truth, ours)
        newest = [u for u in (f"http://{www}/", f"http://{www}/index.html") if u in bodies]
        for doc in ours:   # each report: linked in the written form by its column, plainly by no page but the home
            linked = {urljoin(u, h) for u in lists for h in marker.findall(bodies[u])}
            assert doc["url"] in linked
            path = urlsplit(doc["url"]).path
            plain = {u for u, t in bodies.items() if f'"{path}"' in t or f'"{doc["url"]}"' in t}
            assert plain <= set(newest), plain
        assert len([1 for doc in ours if any(urlsplit(doc["url"]).path in bodies[u] for u in newest)]) <= 1


def _quirk_perm308(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_perm308 import COLUMNS, STATUS, column_path, old_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = [f"http://{www}{column_path(key)}" for key in COLUMNS]
        for key, url in zip(COLUMNS, lists, strict=True):
            status, headers, body = get(sandbox, f"http://{www}{old_path(key)}")
            assert status == STATUS == 308 and headers["Location"] == url
            assert b"href" not in body   # nginx's bare page: the target is only in Location
            assert f'href="{old_path(key)}"' in bodies[f"http://{www}/zwgk/index.html"]
            assert not [u for u, t in bodies.items() if column_path(key) in t]   # the new address linked nowhere
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == www]
        _reports_of_every_kind(truth, ours)
        for doc in ours:   # each report linked relative by its column only (and the home's newest)
            linked = {urljoin(u, h) for u in lists for h in re.findall(r'href="(\./[^"]+)"', get(sandbox, u)[2].decode())}
            assert doc["url"] in linked


def _quirk_flashnav(truth, bodies):
    from nianbao.crawler.sandbox.family_flashnav import (
        FIRST_LIVE_YEAR,
        FLASHVARS,
        MENU,
        column_path,
        old_path,
    )

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        olds = [f"http://{www}{old_path(key)}" for key in ("bj", "bm", "xz")]
        menu = bodies[f"http://{www}{MENU}"]
        linked = set().union(*(_linked_paths(u, t) for u, t in bodies.items()))
        for url, old in zip(columns, olds, strict=True):
            assert f'<param name="FlashVars" value="{FLASHVARS}">' in bodies[url] and f'flashvars="{FLASHVARS}"' in bodies[url]
            assert f'url="{urlsplit(old).path}"' in menu          # the old list pages: named by the menu file only
            assert urlsplit(old).path not in linked and not [u for u, t in bodies.items() if urlsplit(old).path in t
                                                             and urlsplit(u).path != MENU]
        assert MENU not in linked   # the menu itself only as a FlashVars value
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            old = report_of[doc["report_key"]]["year"] < FIRST_LIVE_YEAR
            listing = {u for u in columns + olds if path in _linked_paths(u, bodies[u])}
            assert len(listing) == 1 and (listing <= set(olds)) == old and not doc.get("needs_browser"), doc["url"]
            linking = {u for u, t in bodies.items() if path in t and u not in columns + olds and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
            assert not (old and linking)


def _quirk_noscriptlist(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_noscriptlist import FIRST_LIVE_YEAR, LOST_SCRIPT, column_path

    def without_noscript(text: str) -> str:   # what a browser running scripts builds elements of
        return re.sub(r"<noscript>.*?</noscript>", "", text, flags=re.S)

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        assert get(sandbox, f"http://{www}{LOST_SCRIPT}")[0] == 404
        blocks = {u: re.findall(r"<noscript>(.*?)</noscript>", bodies[u], re.S) for u in columns}
        assert all(len(b) == 1 for b in blocks.values()) and "<a href=" in blocks[columns[0]][0]   # 本级: from 2008
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            old = report_of[doc["report_key"]]["year"] < FIRST_LIVE_YEAR
            assert sum(f'href="{doc["url"]}"' in blocks[u][0] for u in columns) == old, doc["url"]
            live = [u for u in columns if path in without_noscript(bodies[u])]
            assert not doc.get("needs_browser") and (not live if old else len(live) == 1), (doc["url"], live)
            linking = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
            if old:   # outside the <noscript> blocks no page names a pre-2019 report
                assert not [u for u, t in bodies.items() if path in without_noscript(t) and u != doc["url"]]


def _quirk_sitemaptxt(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_sitemaptxt import COLUMN, COLUMN_SHOWS, SEARCH, SITEMAP

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
        assert f"Sitemap: http://{www}{SITEMAP}" in robots and f"Disallow: {SEARCH}" in robots
        status, headers, body = get(sandbox, f"http://{www}{SITEMAP}")
        lines = body.decode().splitlines()
        assert status == 200 and headers["Content-Type"].startswith("text/plain") and b"<" not in body
        assert all(line.startswith(f"http://{www}/") for line in lines)
        column = bodies[f"http://{www}{COLUMN}"]
        assert column.count('<span class="date">') == COLUMN_SHOWS and f'href="{SEARCH}?' in column
        report_of, ours = _ours(truth, www)
        unlinked = 0
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert doc["url"] in lines and not doc.get("needs_browser"), doc["url"]
            linking = {u for u, t in bodies.items() if path in t and u != doc["url"] and not u.endswith(SITEMAP)}
            assert linking <= {f"http://{www}{COLUMN}", f"http://{www}/", f"http://{www}/index.html"}, linking
            unlinked += not linking
        assert unlinked > len(ours) / 2   # most reports: only the text site map names them


def _quirk_jsonblock(truth, bodies):
    from nianbao.crawler.sandbox.family_jsonblock import column_path

    block = re.compile(r'<script type="application/json" id="nb-data">(.*?)</script>', re.S)
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        rows = {}
        for url in columns:
            data = block.findall(bodies[url])
            assert len(data) == 1 and '<ul class="list" id="nb-list"></ul>' in bodies[url]
            rows[url] = {row["url"] for row in json.loads(data[0])["rows"]}
            assert rows[url] and "<a " not in block.sub("", bodies[url]).split('id="nb-list"', 1)[1].split(
                "</ul>", 1)[0]
        homes = {f"http://{www}/", f"http://{www}/index.html"}
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert sum(path in r for r in rows.values()) == 1, doc["url"]
            linked = {u for u, t in bodies.items() if f'href="{path}"' in t or f'href="{doc["url"]}"' in t}
            assert linked <= homes, linked   # beyond the home's newest report, only the data blocks name it
            assert bool(doc.get("needs_browser")) == (not linked), doc["url"]


def _quirk_datalistyear(truth, bodies):
    from nianbao.crawler.sandbox.family_datalistyear import COLUMN, year_page

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        box = re.search(r'<input type="text" id="nd" name="nd" list="nbnd"[^>]*><datalist id="nbnd">(.*?)</datalist>',
                        column, re.S)
        assert box and "this.nd.value" in column
        values = re.findall(r'<option value="([^"]+)" label="(\d{4})年度[^"]*"></option>', box.group(1))
        report_of, ours = _ours(truth, www)
        years = {report_of[d["report_key"]]["year"] for d in ours}
        assert {v for v, _ in values} == {year_page(y) for y in years} and {int(y) for _, y in values} == years
        for year in years:   # a year page's address is written in the datalist's options only
            naming = {u for u, t in bodies.items() if urlsplit(u).hostname == www and year_page(year) in t}
            assert naming == {f"http://{www}{COLUMN}"}, naming
            assert f'href="{year_page(year)}"' not in column and "<select" not in column
        homes = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in ours:
            path, year = urlsplit(doc["url"]).path, report_of[doc["report_key"]]["year"]
            linking = {u for u, t in bodies.items() if u != doc["url"] and f'href="{doc["url"]}"' in t}
            assert f"http://{www}{year_page(year)}" in linking and linking <= homes | {f"http://{www}{year_page(year)}"}
            assert path.startswith(year_page(year).removesuffix("index.html")) and not doc.get("needs_browser")
        for u in (f"http://{www}{year_page(y)}" for y in years):   # a year page lists only that year's reports
            assert truth["pages"][u] == "list"


def _quirk_xlsxformula(sandbox, truth, bodies):
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = next(u for u, t in bodies.items() if urlsplit(u).hostname == www and re.search(
            r"/col/col\d{5}/index\.html$", u))
        column = bodies[column_url]
        files = re.findall(r'附件：<a href="(/attach/0/[0-9a-f]{32}\.xlsx)">', column)
        assert len(files) == 1
        status, headers, body = get(sandbox, f"http://{www}{files[0]}")
        assert status == 200 and headers["Content-Type"] == XLSX and body.startswith(b"PK")
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            names = z.namelist()
            sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
            strings = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode("utf-8"))
        assert not [n for n in names if n.endswith(".rels") and "worksheets" in n]   # no hyperlink relationship
        assert "<hyperlink" not in sheet and strings and "http" not in "".join(strings)   # no cell's text is an address
        formulas = {html.unescape(url): html.unescape(title) for url, title, cached in re.findall(
            r'<c r="D\d+" t="str"><f>HYPERLINK\("([^"]+)","((?:[^"]|"")*)"\)</f><v>(.*?)</v></c>', sheet)
            if title.replace('""', '"') == cached}
        assert formulas
        report_of, ours = _ours(truth, www)
        for doc in ours:
            report, path = report_of[doc["report_key"]], urlsplit(doc["url"]).path
            assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d{5}_\d{7}\.html", path) and not doc.get("needs_browser")
            naming = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            if report["unit_level"] == "county_government" and report["year"] >= 2019:
                assert doc["url"] not in formulas and column_url in naming
            else:   # only the workbook's formula names it
                assert doc["url"] in formulas and naming == {f"http://{www}{files[0]}"}, naming


def _quirk_pdfoutline(sandbox, truth, bodies):
    import pypdfium2
    from nianbao.crawler.sandbox.family_pdfoutline import COLUMN

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        pdf_path = re.search(r'附件：<a href="(/xxgk/ndbg/P0\d{14}\.pdf)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{pdf_path}")
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"/Annots" not in data and b"/Link" not in data and b"/PageMode /UseOutlines" in data
        pdf = pypdfium2.PdfDocument(data)   # a well-formed file: its pages and its outline read back
        shown = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        assert "报告名称" in shown and "http" not in shown   # the pages show titles, never an address
        marks = list(pdf.get_toc())
        years = [m for m in marks if m.level == 0]
        assert years and all(m.get_title().endswith("年度") for m in years)
        assert sum(m.level == 1 for m in marks) == len(_pdf_uris(data)) and not _pdf_shown_urls(data)
        uris = set(_pdf_uris(data))
        pdf.close()
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            if report["unit_level"] == "county_government" and report["year"] >= 2019:
                assert doc["url"] not in uris and f"http://{www}{COLUMN}" in naming
            else:   # only an outline item's URI action names it
                assert doc["url"] in uris and naming == {f"http://{www}{pdf_path}"}, naming
            assert not doc.get("needs_browser")


def _quirk_dsdlist(truth, bodies):
    from nianbao.crawler.sandbox.family_dsdlist import COLUMN

    shadow = re.compile(r'<nb-annual-list kind="(bj|bm|xz)"><template shadowrootmode="open">(.*?)</template>'
                        r"</nb-annual-list>", re.S)
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        roots = dict(shadow.findall(column))
        assert set(roots) == {"bj", "bm", "xz"} and "attachShadow" not in column   # the parser makes the roots
        assert all("<script" not in root and "<a href=" in root for root in roots.values())
        outside = shadow.sub("", column)
        homes = {f"http://{www}/", f"http://{www}/index.html"}
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path, level = urlsplit(doc["url"]).path, report_of[doc["report_key"]]["unit_level"]
            key = "xz" if level == "township" else "bj" if level in ("county_government", "government_office") else "bm"
            assert f'href="{doc["url"]}"' in roots[key] and doc["url"] not in outside and path not in outside
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            assert linking <= homes | {f"http://{www}{COLUMN}"}, linking
            assert not doc.get("needs_browser")
        assert "<a href=" in outside   # the 解读 and look-alikes stay plain links beside the elements


def _quirk_kkpreview(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_kkpreview import COLUMN, PREVIEW, preview_href

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        report_of, ours = _ours(truth, www)
        files = [d for d in ours if d["format"] == "pdf"]
        levels = {report_of[d["report_key"]]["unit_level"] for d in files}
        assert {"department", "township"} <= levels and not levels & {"county_government", "government_office"}
        for doc in files:
            href = preview_href(doc["url"])
            value = unquote(href.split("?url=", 1)[1])
            assert base64.b64decode(value).decode() == doc["url"] and f'href="{href}"' in column, doc["url"]
            assert not doc.get("needs_browser")
            path = urlsplit(doc["url"]).path   # written in the clear nowhere, not even its path
            assert not [u for u, t in bodies.items() if path in t], doc["url"]
        for doc in ours:
            if doc["format"] == "html":   # the government's reports stay plain links
                assert f'href="{doc["url"]}"' in column
        status, headers, shell = get(sandbox, f"http://{www}{preview_href(files[0]['url'])}")
        assert status == 200 and shell == get(sandbox, f"http://{www}{PREVIEW}")[2] and b"atob(" in shell


def _quirk_noframeslist(truth, bodies):
    from nianbao.crawler.sandbox.family_noframeslist import FIRST_LIVE_YEAR, column_path, frame_path

    def without_noframes(text: str) -> str:   # what a browser with frames builds elements of
        return re.sub(r"<noframes>.*?</noframes>", "", text, flags=re.S)

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for key, url in zip(("bj", "bm", "xz"), columns, strict=True):
            assert "<frameset" in bodies[url] and f'src="{frame_path(key, "list")}"' in bodies[url]
            assert "<a " not in without_noframes(bodies[url])   # the frameset's own markup links nothing
        blocks = {u: re.findall(r"<noframes>(.*?)</noframes>", bodies[u], re.S) for u in columns}
        assert all(len(b) == 1 for b in blocks.values()) and "<a href=" in blocks[columns[0]][0]
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            old = report_of[doc["report_key"]]["year"] < FIRST_LIVE_YEAR
            assert sum(f'href="{doc["url"]}"' in blocks[u][0] for u in columns) == old, doc["url"]
            assert not doc.get("needs_browser")
            others = [u for u, t in bodies.items() if path in without_noframes(t) and u != doc["url"]]
            if old:   # outside the <noframes> blocks no page names a pre-2019 report
                assert not others, (doc["url"], others)
            else:     # a live entry: its list frame (and perhaps the home page)
                assert any(u.endswith(frame_path(k, "list")) for u in others for k in ("bj", "bm", "xz")), others


def _quirk_amdmodule(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_amdmodule import BASE_URL, LOADER, column_path, data_path, main_module

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        modules = [f"http://{www}{data_path(key)}" for key in ("bj", "bm", "xz")]
        for key, url in zip(("bj", "bm", "xz"), columns, strict=True):
            assert f'data-main="{main_module(key)}" src="{LOADER}"' in bodies[url] and "<a " not in bodies[url].split(
                'id="nb-list"', 1)[1].split("</ul>", 1)[0]
            main = get(sandbox, f"http://{www}{main_module(key)}.js")[2].decode()
            assert f'baseUrl: "{BASE_URL}"' in main and f'require(["nb/{key}"]' in main
        for module in modules:   # the data modules' addresses are written nowhere: only a base and a module id are
            assert bodies[module].startswith("define([")
            assert not [u for u, t in bodies.items() if urlsplit(module).path in t]
        _only_the_home_links(truth, bodies, www, modules, lambda text, path: f'"u": "{path}"' in text)


def _quirk_rdfa(truth, bodies):
    from nianbao.crawler.sandbox.family_rdfa import column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            listing = bodies[url].split('typeof="ItemList"', 1)[1].split("</ol>", 1)[0]
            assert "<a " not in listing and 'typeof="ListItem"' in listing and "itemprop" not in listing
        _only_the_home_links(truth, bodies, www, columns,
                             lambda text, path: f'typeof="ListItem" resource="{path}"' in text)


def _quirk_xlsbiff(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_xlsbiff import TITLE_COLUMN, XLS_TYPE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        files = [u for u, role in truth["pages"].items() if role == "list" and urlsplit(u).hostname == www
                 and u.endswith(".xls")]
        assert len(files) == 1
        status, headers, body = get(sandbox, files[0])
        assert status == 200 and headers["Content-Type"] == XLS_TYPE and body.startswith(OLE)
        assert b"http" not in body and b".html" not in body   # no address readable as ASCII/UTF-8 bytes
        sheet = xlrd.open_workbook(file_contents=body).sheet_by_index(0)
        links = {(h.frowx, h.fcolx): h.url_or_path for h in sheet.hyperlink_list}
        assert links and {col for _, col in links} == {TITLE_COLUMN}
        assert all(sheet.cell_value(row, col) for row, col in links)   # each link sits on its title's cell
        targets = set(links.values())
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            report = report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if u not in (doc["url"], files[0]) and path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if doc["url"] in targets:   # named by the workbook only (no page, not even the home)
                assert report["year"] < 2019 and not linked
            else:   # a negative: the reports of 2019 on are plain links of the column
                assert report["year"] >= 2019 and linked
        assert len(targets) >= 2 and targets <= {d["url"] for d in ours}   # every hyperlink a report of the portal


def _quirk_docbin(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_docbin import DOC_TYPE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        files = [u for u, role in truth["pages"].items() if role == "list" and urlsplit(u).hostname == www
                 and u.endswith(".doc")]
        assert len(files) == 1
        status, headers, body = get(sandbox, files[0])
        assert status == 200 and headers["Content-Type"] == DOC_TYPE and body.startswith(OLE)
        assert b"http" not in body and b".html" not in body   # no address readable as ASCII/UTF-8 bytes
        with olefile.OleFileIO(io.BytesIO(body)) as ole:
            assert sorted(ole.listdir()) == [["1Table"], ["WordDocument"]]
            assert struct.unpack_from("<HH", ole.openstream("WordDocument").read(), 0) == (0xA5EC, 0x00C1)
        text = _doc_text(body)
        fields = re.findall(r'\x13 HYPERLINK "([^"]+)" \x14([^\x15]+)\x15', text)
        assert fields and text.count("\x13") == len(fields) and text.endswith("\r")
        targets = {url for url, _ in fields}
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            report = report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if u not in (doc["url"], files[0]) and path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if doc["url"] in targets:   # named by the document's fields only (no page, not even the home)
                assert report["unit_level"] != "county_government" and not linked
                assert (doc["url"], report["title"]) in fields   # the field's result is the report's title
            else:   # a negative: the government's own reports, pre-2019 ones too, are plain links of the column
                assert report["unit_level"] == "county_government" and linked
        in_file = {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in targets}
        assert {"department", "township"} <= in_file, in_file


def _flight_pieces(text: str) -> list[str]:
    """The strings a Next.js page pushes into its React Server Components stream (`self.__next_f.push([1, "…"])`)."""
    return [json.loads(p) for p in re.findall(r'<script>self\.__next_f\.push\(\[1,(".*?")\]\)</script>', text)]


def _flight_stream(text: str) -> str:
    """The page's flight stream, its pushed pieces joined (a piece may end inside a row, or inside an address)."""
    return "".join(_flight_pieces(text))


def _quirk_wordxml(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_wordxml import DOC_TYPE

    w = "{http://schemas.microsoft.com/office/word/2003/wordml}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        files = [u for u, role in truth["pages"].items() if role == "list" and urlsplit(u).hostname == www
                 and u.endswith(".doc")]
        assert len(files) == 1
        status, headers, body = get(sandbox, files[0])
        assert status == 200 and headers["Content-Type"] == DOC_TYPE
        assert body[:4] not in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")   # a .doc neither zip (.docx) nor OLE (binary)
        assert b'<?mso-application progid="Word.Document"?>' in body[:200]
        root = ElementTree.fromstring(body)
        assert root.tag == f"{w}wordDocument"
        targets = [a.get(f"{w}dest") for a in root.iter(f"{w}hlink")]
        assert targets and all(t.startswith(f"http://{www}/") for t in targets)
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path = urlsplit(doc["url"]).path
            report = report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if u not in (doc["url"], files[0]) and path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if doc["url"] in targets:   # named by the document only (no page, not even the home)
                assert not linked and f'dest="{doc["url"]}"'.encode() in body
                assert not (report["unit_level"] == "county_government" and report["year"] >= 2019)
            else:   # a negative: the government's own reports since 2019 are plain links of the column
                assert report["unit_level"] == "county_government" and report["year"] >= 2019 and linked
        assert sum(d["url"] in targets for d in ours) > len(ours) / 2
        assert any(report_of[d["report_key"]]["year"] < 2019 for d in ours if d["url"] in targets)


def _quirk_nextrsc(truth, bodies):
    from nianbao.crawler.sandbox.family_nextrsc import COLUMN, PIECE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        url = f"http://{www}{COLUMN}"
        column = bodies[url]
        skeleton = column.split('id="nb-list"', 1)[1].split("</div>", 1)[0]
        assert "<a " not in skeleton and "加载中" in skeleton   # the server renders no row
        pieces = _flight_pieces(column)
        assert len(pieces) > 1 and all(len(p) <= PIECE for p in pieces)
        rows = dict(line.split(":", 1) for line in _flight_stream(column).splitlines())
        assert rows["2"].startswith("I[") and len(rows["0"]) > PIECE   # the tree's row spans several pushes
        props = json.loads(rows["0"])[3]["children"][1][3]
        hrefs = {item["href"] for item in props["items"]}
        assert len(hrefs) == props["total"] and all(h.startswith(COLUMN + "/") for h in hrefs)
        _only_the_home_links(truth, bodies, www, [url], lambda text, path, hrefs=hrefs: path in hrefs)


def _only_the_columns_link(truth, bodies, www: str, columns: list[str]) -> None:
    """Every report of `www` is linked by exactly one of `columns` and by no page but them, the report itself and
    the home page (the government's newest report); none needs a browser."""
    _, ours = _ours(truth, www)
    home = {f"http://{www}/", f"http://{www}/index.html"}
    for doc in ours:
        path = urlsplit(doc["url"]).path
        assert sum(path in _linked_paths(u, bodies[u]) for u in columns) == 1 and not doc.get("needs_browser")
        linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u not in columns and u != doc["url"]}
        assert linked <= home, (doc["url"], linked)


def _quirk_xgzip(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_xgzip import CODING, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            asked = {**_cleared(sandbox, url), "Accept-Encoding": "gzip, deflate"}
            status, headers, body = sandbox.handle("GET", url, asked)
            headers = dict(headers)
            assert status == 200 and headers["Content-Encoding"] == CODING and headers["Vary"] == "Accept-Encoding"
            assert body[:2] == b"\x1f\x8b" and b"<a href=" not in body   # compressed: no link readable as sent
            assert _text(headers, gzip.decompress(body)) == bodies[url]   # x-gzip is gzip (RFC 9110 8.4.1.3)
            status, headers, plain = get(sandbox, url)                   # not asked: the plain page
            assert status == 200 and "Content-Encoding" not in dict(headers) and b"<a href=" in plain
            status, headers, _ = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Accept-Encoding": "br"})
            assert "Content-Encoding" not in dict(headers)                # a negative: no gzip asked, none sent
        home = get(sandbox, f"http://{www}/")[1]
        assert "Content-Encoding" not in home   # only the columns are pre-compressed
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_brcdn(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_brcdn import CODING, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("sz", "bm", "xz")]
        for url in columns:
            answers = [sandbox.handle("GET", url, {**_cleared(sandbox, url), **asked})
                       for asked in ({"Accept-Encoding": "gzip, deflate"}, {"Accept-Encoding": "identity"}, {})]
            for status, headers, body in answers:   # the edge's one copy, whatever the client offered
                headers = dict(headers)
                assert status == 200 and headers["Content-Encoding"] == CODING and "Vary" not in headers
                assert b"<a href=" not in body and not body.startswith(b"\x1f\x8b")   # neither plain nor gzip
                assert _text(headers, brotli.decompress(body)) == bodies[url]   # brotli: what a browser reads
        home = get(sandbox, f"http://{www}/")[1]
        assert "Content-Encoding" not in home   # a negative: only the columns come from the edge's brotli copy
        article = get(sandbox, truth["documents"][0]["url"])[1]
        assert "Content-Encoding" not in article
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_refchain(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_refchain import REFUSED, page_name

    guarded = 0
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        first = next(u for u, r in truth["pages"].items() if r == "list" and urlsplit(u).hostname == www
                     and u.endswith("/" + page_name(0)))
        folder = urlsplit(first).path.rsplit("/", 1)[0] + "/"
        pages = sorted((u for u, r in truth["pages"].items() if r == "list" and u.startswith(f"http://{www}{folder}")),
                       key=lambda u: int(re.search(r"index(?:_(\d+))?\.shtml", u).group(1) or 0))
        assert len(pages) >= 3 and get(sandbox, first)[0] == 200 and "下一页" in bodies[first]   # page 1: open to all
        assert re.fullmatch(r"/zwgk_\d+/xxgknb_\d+/", folder)   # the TRS-like column of the family's layout
        for n, url in enumerate(pages[1:], start=1):
            before, after = pages[n - 1], pages[n + 1] if n + 1 < len(pages) else None
            for referer in (None, f"http://{www}/", f"http://{www}/zwgk/index.html", "http://www.baidu.com/",
                            *([first] if n > 1 else []), *(pages[n + 2:n + 3])):   # not a neighbour: refused
                asked = {**_cleared(sandbox, url), **({"Referer": referer} if referer else {})}
                status, _, body = sandbox.handle("GET", url, asked)
                assert status == 403 and REFUSED in body.decode("utf-8") and b"index_" not in body, (url, referer)
            for referer in filter(None, (before, after)):   # the page whose 下一页/上一页 link leads here
                status, _, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Referer": referer})
                assert status == 200 and '上一页' in body.decode("utf-8"), (url, referer)
            guarded += 1
        # the guarded pages' reports are named by no page but the guarded page itself (and the home's newest)
        _, ours = _ours(truth, www)
        later = {u: t for u, t in bodies.items() if "#headers" in u and u.startswith(f"http://{www}{folder}")}
        assert later and all('下一页' in t or '上一页' in t for t in later.values())
        hidden = [d for d in ours if urlsplit(d["url"]).path not in _linked_paths(first, bodies[first])]
        assert hidden, "some reports lie past the first page"
        home = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in hidden:
            path = urlsplit(doc["url"]).path
            plain = {u for u, t in bodies.items() if "#" not in u and u != doc["url"] and path in _linked_paths(u, t)}
            assert plain <= home, (doc["url"], plain)   # nothing a plain GET gets names it
            assert any(path in _linked_paths(u.split("#")[0], t) for u, t in later.items())
        hidden_keys = {d["report_key"] for d in hidden}
        assert min(r["year"] for r in truth["reports"] if r["key"] in hidden_keys) < 2019   # pre-2019 reports among those past the first page
    assert guarded >= 4


def _quirk_caltrap(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_caltrap import CALENDAR, EMPTY_DAY, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        html_pages = [u for u, r in truth["pages"].items() if urlsplit(u).hostname == www and r in ("list", "article")]
        assert html_pages and all(f"{CALENDAR}?date=" in bodies[u] for u in html_pages)   # in every page's navigation
        home = bodies[f"http://{www}/"]
        assert home.index(CALENDAR) < home.index('/zwgk/index.html')   # the navigation offers it before 政务公开
        report_paths = {urlsplit(d["url"]).path for d in truth["documents"] if urlsplit(d["url"]).hostname == www}
        url, seen = f"http://{www}{CALENDAR}?date=2025-03-31", set()
        for _ in range(40):   # walking 后一天 never ends: every day answers, empty, and names the next
            status, _, body = get(sandbox, url)
            text = body.decode("utf-8")
            assert status == 200 and EMPTY_DAY in text and not report_paths & _linked_paths(url, text)
            days = {urljoin(url, html.unescape(h)) for h in re.findall(r'href="([^"]*day\.jsp\?date=[^"]*)"', text)}
            assert len(days) >= 28 and not days <= seen | {url}   # each page names days not seen before
            seen |= days
            url = urljoin(url, html.unescape(re.search(r'href="([^"]+)">后一天', text).group(1)))
        for far in ("1900-01-01", "2199-12-31", "9999-12-31"):   # any year, far off, answers
            status, _, body = get(sandbox, f"http://{www}{CALENDAR}?date={far}")
            assert status == 200 and f"{int(far[:4])}年" in body.decode("utf-8")
        assert "后一天" not in get(sandbox, f"http://{www}{CALENDAR}?date=9999-12-31")[2].decode("utf-8")   # year 9999's end
        columns = [f"http://{www}{column_path(key)}" for key in ("qzf", "bm", "jd")]
        _only_the_columns_link(truth, bodies, www, columns)   # the reports: plain links in the columns, no calendar day


def _quirk_softloop(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_softloop import DEAD_SECTION, NOT_FOUND

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        html_pages = [u for u, r in truth["pages"].items() if urlsplit(u).hostname == www and r in ("list", "article")]
        assert html_pages and all(f'href="{DEAD_SECTION}"' in bodies[u] for u in html_pages)   # in every navigation
        assert f"http://{www}{DEAD_SECTION}" not in truth["pages"]   # the section itself is gone
        report_paths = {urlsplit(d["url"]).path for d in truth["documents"] if urlsplit(d["url"]).hostname == www}
        url, depth = f"http://{www}{DEAD_SECTION}", []
        for _ in range(12):   # the soft 404's relative links: a folder deeper each step, each answered 200 the same
            status, _, body = get(sandbox, url)
            text = body.decode("utf-8")
            assert status == 200 and NOT_FOUND in text and not report_paths & _linked_paths(url, text)
            assert f"http://{www}{urlsplit(url).path}" not in truth["pages"]
            depth.append(urlsplit(url).path.count("/"))
            url = urljoin(url, re.search(r'href="([^"/][^"]*)">新闻中心', text).group(1))
        assert depth == list(range(depth[0], depth[0] + 12))   # ever longer: /ztzl/xwzx/xwzx/…/index.html
        assert urlsplit(url).path.startswith("/ztzl/xwzx/xwzx/xwzx/")
        status, _, body = get(sandbox, f"http://{www}/zwgk/index.html")   # a negative: held pages answer themselves
        assert status == 200 and NOT_FOUND not in body.decode("utf-8")
        columns = [u for u, r in truth["pages"].items() if r == "list" and urlsplit(u).hostname == www
                   and re.fullmatch(r"/n\d+/index\.html", urlsplit(u).path)]
        assert len(columns) == 3
        _only_the_columns_link(truth, bodies, www, columns)   # the reports: plain links in the three columns
    other = build_sandbox(portals=1, families=("trs",), news_per_portal=1)   # a negative: other sites answer 404
    host = other.ground_truth()["portals"][0]["hosts"][0]
    assert other.handle("GET", f"http://{host}/ztzl/xwzx/index.html", {})[0] == 404


def _quirk_hdrcharset(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_hdrcharset import HEADER_TYPE, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            status, headers, body = get(sandbox, url)
            assert status == 200 and dict(headers)["Content-Type"] == HEADER_TYPE
            assert b"charset" not in body.lower() and not body.startswith(codecs.BOM_UTF8)   # the header alone says it
            as_utf8 = body.decode("utf-8", "replace")
            assert "年报" in body.decode("gbk") and "年报" not in as_utf8 and "\ufffd" in as_utf8
            assert b"<a href=" in body   # the links themselves are ASCII
        article = get(sandbox, truth["documents"][0]["url"])[1]
        assert "charset=utf-8" in dict(article)["Content-Type"].lower()   # a negative: the articles are UTF-8
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_big5gate(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_big5gate import FIRST_LIVE_YEAR, column_path, gate_path

    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        gate = "big5." + www.removeprefix("www.")
        assert gate in portal["hosts"]
        ours = [d for d in truth["documents"] if urlsplit(d["url"]).hostname in (www, gate)]
        old = [d for d in ours if report_of[d["report_key"]]["year"] < FIRST_LIVE_YEAR]
        assert old and {"county_government", "department", "township"} <= {
            report_of[d["report_key"]]["unit_level"] for d in ours}
        assert all(urlsplit(d["url"]).hostname == gate and d["role"] == "original" for d in old)
        assert not any(d.get("needs_browser") for d in ours)
        linked_on_www = set().union(*(_linked_paths(u, t) for u, t in bodies.items() if urlsplit(u).hostname == www))
        for key in ("bj", "bm", "xz"):
            twin = f"http://{gate}{gate_path(www, column_path(key))}"
            column = bodies[f"http://{www}{column_path(key)}"]
            assert f'<link rel="alternate" hreflang="zh-Hant" href="{twin}">' in column and ">繁體</a>" in column
            status, headers, body = get(sandbox, twin)
            assert status == 200 and headers["Content-Type"] == "text/html; charset=big5"
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            assert "年報" in body.decode("big5") and "年报" not in body.decode("big5")   # converted, not just re-encoded
        for doc in old:   # named by the gateway's Big5 columns only, never by the portal's own pages
            assert urlsplit(doc["url"]).path not in linked_on_www
            assert [u for u, t in bodies.items() if doc["url"] in t and urlsplit(u).path.endswith("/index.html")
                    and urlsplit(u).hostname == gate]
        for doc in ours:   # a republication on the gateway: the portal's own copy is the original (negative case)
            if doc["role"] == "republication":
                assert urlsplit(doc["url"]).hostname == gate and urlsplit(doc["republication_of"]).hostname == www


def _quirk_cachebust(sandbox, truth, bodies):
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = f"http://{www}/xxgk/nb/list.jsp"
        lists = sorted(u for u in bodies if u.startswith(column + "?pageNo="))
        assert len(lists) >= 3
        assert re.search(r'href="/xxgk/nb/list\.jsp\?pageNo=1&(amp;)?t=\d{13}"', bodies[f"http://{www}/zwgk/index.html"])
        seen = set()
        for _ in range(3):   # each visit of one page: its links new, the same page behind them
            status, _, body = get(sandbox, column + "?pageNo=2")
            text = body.decode()
            hrefs = re.findall(r'href="(/xxgk/nb/[^"]+)"', text)
            assert status == 200 and hrefs and all(re.search(r"[?&]amp;t=\d{13}$|\?t=\d{13}$", h) for h in hrefs)
            assert len({re.search(r"t=(\d{13})", h).group(1) for h in hrefs}) == 1   # one token an answer
            assert not seen & set(hrefs)
            seen |= set(hrefs)
            assert re.sub(r"t=\d{13}", "t=", text) == re.sub(r"t=\d{13}", "t=", bodies[column + "?pageNo=2"])
        for href in (h for h in seen if "list.jsp" in h):   # any token, or none, answers the page it names
            n = re.search(r"pageNo=(\d+)", href).group(1)
            plain = re.sub(r"t=\d{13}", "t=", get(sandbox, column + f"?pageNo={n}")[2].decode())
            assert re.sub(r"t=\d{13}", "t=", get(sandbox, f"http://{www}{html.unescape(href)}")[2].decode()) == plain
        assert get(sandbox, column + "?pageNo=99&t=1")[0] == 404   # no page past the last
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        for doc in ours:   # listed only with a token; the home may link the newest report as it is
            path = urlsplit(doc["url"]).path
            assert sum(f'href="{path}?t=' in bodies[u] for u in lists) == 1 and not doc.get("needs_browser")
            assert get(sandbox, doc["url"] + "?t=1796630400123")[2] == get(sandbox, doc["url"])[2]
            linking = {u for u, t in bodies.items() if f'"{path}"' in t or f'{www}{path}"' in t}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        _only_in(truth, bodies, lists, www)


def _quirk_dslash(sandbox, truth, bodies):
    report_of = {r["key"]: r for r in truth["reports"]}
    for portal in truth["portals"]:
        www, oss = portal["hosts"]
        assert oss == "oss." + www.removeprefix("www.") and portal["homepage"] == f"http://{www}/"
        status, headers, body = get(sandbox, f"http://{oss}/")
        assert status == 403 and b"<Code>AccessDenied</Code>" in body and headers["Server"] == "MinIO"
        ours = [d for d in truth["documents"] if d["portal_id"] == portal["id"]]
        files = [d for d in ours if urlsplit(d["url"]).hostname == oss]
        assert files and min(report_of[d["report_key"]]["year"] for d in files) < 2019
        assert {"department", "township"} <= {report_of[d["report_key"]]["unit_level"] for d in files}
        for doc in ours:
            report = report_of[doc["report_key"]]
            in_store = report["unit_level"] not in ("county_government", "government_office") or report["year"] < 2019
            assert (doc["format"], urlsplit(doc["url"]).hostname) == (("pdf", oss) if in_store else ("html", www))
            assert not doc.get("needs_browser")
        for doc in files:   # the key as written answers; the same address with its slashes merged does not
            path = urlsplit(doc["url"]).path
            assert re.fullmatch(r"/zfxxgk//nb/\d{4}/[0-9a-f]{32}\.pdf", path), path
            status, headers, body = get(sandbox, doc["url"])
            assert status == 200 and body.startswith(b"%PDF") and headers["Server"] == "MinIO"
            status, headers, body = get(sandbox, f"http://{oss}{re.sub('/+', '/', path)}")
            assert status == 404 and b"<Code>NoSuchKey</Code>" in body
            linking = [u for u, t in bodies.items() if doc["url"] in t]   # one stub article, nowhere else
            assert len(linking) == 1 and urlsplit(linking[0]).hostname == www and "全文见附件" in bodies[linking[0]]
            assert not [u for u, t in bodies.items() if path.replace("//", "/") in t]
def _quirk_hiddensheet(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_hiddensheet import (
        COLUMN,
        COVER,
        HIDDEN_BEFORE,
        TITLE_COLUMN,
        year_sheet_name,
    )

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(r'附件：<a href="(/xxgk/zfxxgknb/P0\d{14}\.xlsx)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == XLSX and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        assert book.find(f"{main}bookViews/{main}workbookView").get("activeTab") == "0"   # it opens on the cover
        sheets = book.findall(f"{main}sheets/{main}sheet")
        assert sheets[0].get("name") == COVER and sheets[0].get("state") is None and len(sheets) >= 3
        assert b"<hyperlink" not in z.read("xl/worksheets/sheet1.xml")   # the cover links nothing
        assert "xl/worksheets/_rels/sheet1.xml.rels" not in z.namelist()
        targets: dict[str, int] = {}   # report URL -> the year of the sheet linking it
        hidden = set()
        for n, sheet in enumerate(sheets[1:], 2):
            year = int(sheet.get("name").removesuffix("年"))
            assert sheet.get("name") == year_sheet_name(year) and sheet.get(f"{rel}id") == f"rId{n}"
            assert (sheet.get("state") == "hidden") == (year < HIDDEN_BEFORE)
            if year < HIDDEN_BEFORE:
                hidden.add(year)
            part = ElementTree.fromstring(z.read(f"xl/worksheets/sheet{n}.xml"))
            rels = ElementTree.fromstring(z.read(f"xl/worksheets/_rels/sheet{n}.xml.rels"))
            target = {r.get("Id"): r.get("Target") for r in rels if r.get("TargetMode") == "External"}
            links = part.findall(f"{main}hyperlinks/{main}hyperlink")
            assert links and all(h.get("ref").startswith(TITLE_COLUMN) for h in links)
            targets.update({target[h.get(f"{rel}id")]: year for h in links})
        assert hidden, "some sheet of a year before 2019 is hidden"
        assert all(t in bodies[f"http://{www}{path}"] for t in targets)   # _xlsx_links() reads the later sheets
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}")
                      and url_path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in targets and f"http://{www}{COLUMN}" in linked
            else:   # named by a year sheet's hyperlink only (no page, not even the home), on its own year's sheet
                assert targets.get(doc["url"]) == report["year"] and not linked, (doc["url"], linked)
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in targets} >= {"department",
                                                                                                  "township"}


def _quirk_pdfbutton(sandbox, truth, bodies):
    import pypdfium2
    from nianbao.crawler.sandbox.family_pdfbutton import CAPTION, COLUMN, PUSHBUTTON

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        pdf_path = re.search(r'附件：<a href="(/zwgk/zfxxgknb/attachment/\d{14}\.pdf)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{pdf_path}")
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"/Link" not in data and b"/Outlines" not in data and b"/AcroForm 3 0 R" in data
        objects = dict(re.findall(rb"\n(\d+) 0 obj\n(.*?)\nendobj", data, re.S))
        with_uri = [o for o in objects.values() if b"/URI (" in o]
        assert with_uri and all(b"/Subtype /Widget /FT /Btn /Ff %d " % PUSHBUTTON in o for o in with_uri)
        caption = CAPTION.encode("utf-16-be").hex().upper().encode()
        assert all(b"/MK << /BG [0.85 0.85 0.85] /CA <FEFF" + caption + b"> >>" in o for o in with_uri)
        fields = re.search(rb"/Fields \[([^]]*)\]", objects[b"3"]).group(1).split(b" 0 R")
        assert sorted(int(f) for f in fields if f.strip()) == sorted(
            int(k) for k, o in objects.items() if b"/URI (" in o)   # every button a field of the form
        pdf = pypdfium2.PdfDocument(data)   # a well-formed file: its pages read back
        shown = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        pdf.close()
        assert "报告名称" in shown and "http" not in shown and not _pdf_shown_urls(data)
        uris = set(_pdf_uris(data))
        assert len(uris) == len(with_uri)
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "township" or report["year"] < 2019:   # only a button's URI action names it
                assert doc["url"] in uris and naming == {f"http://{www}{pdf_path}"}, naming
            else:   # a negative: the government's and departments' reports since 2019 are plain links of the column
                assert doc["url"] not in uris and f"http://{www}{COLUMN}" in naming
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] not in uris} >= {
            "county_government", "department"}


def _docx_annex_whose_body_links_nothing(sandbox, www: str, path: str):
    """Fetch a .docx annex and check that its body neither links nor names an address, nor do the body's
    relationships (the families whose links live in the document's other parts); returns (zip, body root)."""
    from xml.etree import ElementTree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    status, headers, data = get(sandbox, f"http://{www}{path}")
    assert status == 200 and headers["Content-Type"] == DOCX and data.startswith(b"PK\x03\x04")
    z = zipfile.ZipFile(io.BytesIO(data))
    body = ElementTree.fromstring(z.read("word/document.xml"))
    assert not list(body.iter(f"{w}hyperlink"))
    assert f"http://{www}".encode() not in z.read("word/document.xml")
    assert b"/hyperlink" not in z.read("word/_rels/document.xml.rels")
    return z, body


def _assert_only_the_annex_names_the_rest(truth, bodies, www: str, column: str, annex: str, targets: dict[str, str],
                                          folder=None):
    """The portal at `www` as a file-index family serves it: the government's own reports since 2019 linked by the
    column at path `column` and not in the file (a negative), every other report named only by the file at path
    `annex` (`targets`: URL → the title it shows), by no page, not even the home; unit and township reports among
    them. `folder(report)`: the path each report's URL starts with. Returns _ours()."""
    report_of, ours = _ours(truth, www)
    for doc in ours:
        url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
        assert folder is None or url_path.startswith(folder(report))
        linked = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{annex}")
                  and url_path in _linked_paths(u, t)}
        assert not doc.get("needs_browser")
        if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
            assert doc["url"] not in targets and f"http://{www}{column}" in linked
        else:
            assert targets.get(doc["url"]) == report["title"] and not linked, (doc["url"], linked)
    assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in targets} >= {"department",
                                                                                              "township"}
    return report_of, ours


def _quirk_docxfootnote(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_docxfootnote import COLUMN, FIRST_NOTE

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(r'附件：<a href="(/zfxxgkzl/zfxxgknb/P0\d{14}\.docx)">', column).group(1)
        z, body = _docx_annex_whose_body_links_nothing(sandbox, www, path)
        references = [int(e.get(f"{w}id")) for e in body.iter(f"{w}footnoteReference")]
        notes = {int(n.get(f"{w}id")): n for n in ElementTree.fromstring(z.read("word/footnotes.xml"))
                 if n.get(f"{w}type") is None}
        assert references and sorted(references) == sorted(notes) and min(notes) == FIRST_NOTE   # each note cited
        rels = {e.get("Id"): e.get("Target") for e in ElementTree.fromstring(z.read("word/_rels/footnotes.xml.rels"))
                if e.get("TargetMode") == "External"}
        targets = {}
        for note in notes.values():
            (link,) = note.iter(f"{w}hyperlink")
            targets[rels[link.get(f"{r}id")]] = "".join(t.text for t in link.iter(f"{w}t"))
        assert len(targets) == len(notes) == len(rels)
        # the others named by a footnote's hyperlink only, the note showing the report's title
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_pdflong(sandbox, truth, bodies):
    import pypdfium2
    from nianbao.crawler.sandbox.family_pdflong import ANNEX, COLUMN, LINKS_FROM_PAGE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        pdf_path = re.search(r'附件：<a href="(/uploadfiles/\d{6}/\d{14}\.pdf)">[^<]*汇编\.pdf</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{pdf_path}")
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"/Outlines" not in data and b"/Widget" not in data and not _pdf_shown_urls(data)
        pdf = pypdfium2.PdfDocument(data)
        annotated, texts = [], []
        for i in range(len(pdf)):
            page = pdf[i]
            texts.append(page.get_textpage().get_text_range())
            if pypdfium2.raw.FPDFPage_GetAnnotCount(page.raw):
                annotated.append(i + 1)
        pages = len(pdf)
        pdf.close()
        assert pages >= LINKS_FROM_PAGE > 100 and annotated and min(annotated) >= LINKS_FROM_PAGE   # the tail only
        assert annotated == list(range(min(annotated), pages + 1))   # the annex: every page from its first
        assert all(ANNEX in texts[n - 1] for n in annotated) and not any(ANNEX in t for t in texts[:min(annotated) - 1])
        assert sum("总体情况" in t for t in texts) > 10    # the pages before are the reports' text
        uris = set(_pdf_uris(data))
        report_of, ours = _ours(truth, www)
        shown = "".join(texts).replace("\n", "")
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u != doc["url"] and path in t}
            assert not doc.get("needs_browser") and path not in shown   # no page prints a report's address
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in uris and f"http://{www}{COLUMN}" in naming
            else:   # only an annotation on the annex's pages names it
                assert doc["url"] in uris and naming == {f"http://{www}{pdf_path}"}, naming
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in uris} >= {"department",
                                                                                               "township"}


def _quirk_vuedata(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_vuedata import LIBRARY

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        home = {f"http://{www}/", f"http://{www}/index.html"}
        (column_url,) = [u for u in bodies if urlsplit(u).hostname == www
                         and re.fullmatch(r"/zwgk_\d{3}/zfxxgknb/index\.html", urlsplit(u).path)]
        column = bodies[column_url]
        assert f'<script src="{LIBRARY}"></script>' in column and "new Vue({" in column
        assert '<li v-for="item in list"><a :href="item.url"' in column and "{{ item.title }}" in column
        app = column.split('<div id="nbApp">', 1)[1].split("</div>", 1)[0]
        assert not re.search(r'\shref="', app)      # no address in the list's markup until Vue renders it
        data = re.search(r"list: (\[.*?\])\n    \}", column, re.S).group(1)
        assert data.startswith("[{title: '")
        with pytest.raises(ValueError):   # an object literal (unquoted keys, single quotes), which no JSON reader takes
            json.loads(data)
        rows = re.findall(r"url: '(/zwgk_\d{3}/zfxxgknb/(?:bj|bm|jz)/\d{6}/t\d{8}_\d{8}\.html)'", data)
        assert len(rows) == data.count("{title: '") and len(set(rows)) == len(rows)
        library = bodies[f"http://{www}{LIBRARY}"]
        assert "global.Vue = Vue" in library and "v-for" in library and "/zwgk_" not in library
        report_of, ours = _ours(truth, www)
        for doc in ours:   # a row of the instance's data; the newest government report also linked from the home page
            path = urlsplit(doc["url"]).path
            assert path in rows
            kind = path.split("/")[3]
            assert kind == {"county_government": "bj", "township": "jz"}.get(report_of[doc["report_key"]]["unit_level"],
                                                                             kind)
            linking = {u for u, t in bodies.items() if u not in (doc["url"], column_url) and path in t}
            assert linking <= home
            assert bool(doc.get("needs_browser")) == (not linking)
        assert sum(not d.get("needs_browser") for d in ours) == 1


def _quirk_docxtextbox(sandbox, truth, bodies):
    from xml.etree import ElementTree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    mc = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        (column_url,) = [u for u in bodies if urlsplit(u).hostname == www
                         and re.fullmatch(r"/\w+/c\d{6}/index\.shtml", urlsplit(u).path)]
        column = bodies[column_url]
        path = re.search(r'附件：<a href="(/\w+/c\d{6}/files/[0-9a-f]{32}\.docx)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == DOCX and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        body = ElementTree.fromstring(z.read("word/document.xml")).find(f"{w}body")
        rels = {e.get("Id"): e.get("Target") for e in ElementTree.fromstring(z.read("word/_rels/document.xml.rels"))
                if e.get("TargetMode") == "External"}
        boxes = list(body.iter(f"{w}txbxContent"))
        in_boxes = {id(h) for box in boxes for h in box.iter(f"{w}hyperlink")}
        assert in_boxes and all(id(h) in in_boxes for h in body.iter(f"{w}hyperlink"))   # the body proper: none
        assert [p for p in body.findall(f"{w}p") if not list(p.iter(f"{w}txbxContent"))]   # …but plain paragraphs
        choices, fallbacks = list(body.iter(f"{mc}Choice")), list(body.iter(f"{mc}Fallback"))
        assert boxes and len(boxes) == 2 * len(choices) == 2 * len(fallbacks)   # each box: DrawingML and VML
        targets = {}
        for part in (choices, fallbacks):   # each content names every report once
            named = [(rels[h.get(f"{r}id")], "".join(t.text for t in h.iter(f"{w}t")))
                     for e in part for h in e.iter(f"{w}hyperlink")]
            assert len(named) == len(set(named)) == len(rels)
            targets = dict(named)
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}")
                      and url_path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in targets and column_url in linked
            else:   # named by a text box's hyperlink only (no page, not even the home), showing its title
                assert targets.get(doc["url"]) == report["title"] and not linked, (doc["url"], linked)
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in targets} >= {"department",
                                                                                                  "township"}


def _quirk_pdfattach(sandbox, truth, bodies):
    import pypdfium2
    from nianbao.crawler.sandbox.family_pdfattach import WORKBOOK

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        (column_url,) = [u for u in bodies if urlsplit(u).hostname == www
                         and re.fullmatch(r"/n\d{8}/n\d{8}/index\.html", urlsplit(u).path)]
        column = bodies[column_url]
        path = re.search(r'附件：<a href="(/attach/0/[0-9a-f]{32}\.pdf)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"/Link" not in data and b"/URI" not in data and b"/Outlines" not in data and b"/Widget" not in data
        assert b"/EmbeddedFiles 3 0 R" in data and b"/Subtype /FileAttachment" in data
        pdf = pypdfium2.PdfDocument(data)   # a well-formed file: its page and its attachment read back
        page = pdf[0]
        shown = page.get_textpage().get_text_range()
        assert pdf.count_attachments() == 1
        attachment = pdf.get_attachment(0)
        name, workbook = attachment.get_name(), bytes(attachment.get_data())
        pdf.close()
        assert name == WORKBOOK   # the file specification's Unicode name (/UF)
        assert WORKBOOK.removesuffix(".xlsx") in shown and "http" not in shown and not _pdf_shown_urls(data)
        assert workbook.startswith(b"PK\x03\x04") and workbook in data   # stored whole: the PDF's only addresses
        links = _xlsx_links(workbook)
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}") and url_path in t}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in links and column_url in naming
            else:   # only the embedded workbook's hyperlink names it
                assert f'Target="{doc["url"]}"' in links and not naming, (doc["url"], naming)
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in links} >= {"department",
                                                                                                "township"}


def _quirk_odsindex(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_odsindex import COLUMN, WORKBOOK

    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "xlink": "http://www.w3.org/1999/xlink"}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        column = bodies[column_url]
        path = re.search(r'附件：<a href="(/zwgk/xxgk/xxgknb/P0\d{14}\.ods)">' + WORKBOOK + r"\.ods</a>", column).group(1)
        file_url = f"http://{www}{path}"
        status, headers, data = get(sandbox, file_url)
        assert status == 200 and headers["Content-Type"] == ODS
        with zipfile.ZipFile(io.BytesIO(data)) as z:   # an ODF package: `mimetype` first, stored, then content.xml
            first = z.infolist()[0]
            assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
            assert z.read("mimetype") == ODS.encode() and "content.xml" in z.namelist()
            root = ElementTree.fromstring(z.read("content.xml"))
        assert root.find(".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text") is None   # a spreadsheet
        sheets = root.findall(".//table:table", ns)
        names = [t.get(f"{{{ns['table']}}}name") for t in sheets]
        years = [int(n.removesuffix("年")) for n in names]
        assert years == sorted(years, reverse=True) and min(years) < 2019 and len(sheets) > 1   # a sheet a year
        links = {}
        for sheet, year in zip(sheets, years, strict=True):
            for a in sheet.findall(".//table:table-cell/text:p/text:a", ns):
                links[a.get(f"{{{ns['xlink']}}}href")] = year
        report_of, ours = _ours(truth, www)
        in_file = 0
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u not in (doc["url"], file_url) and url_path in t}
            assert not doc.get("needs_browser")
            assert url_path.startswith(f"/zwgk/xxgk/xxgknb/{report['year']}nb/")   # the report's year folder
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in links and column_url in naming
            else:   # only a cell's hyperlink, on its year's sheet, names it
                assert links.get(doc["url"]) == report["year"] and not naming, (doc["url"], naming)
                in_file += 1
        assert in_file == len(links) and in_file > len(ours) / 2
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in links} >= {"department",
                                                                                                "township"}


def _quirk_pdflaunch(sandbox, truth, bodies):
    import pypdfium2
    import pypdfium2.raw as pdfium_c
    from nianbao.crawler.sandbox.family_pdflaunch import COLUMN

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        pdf_path = re.search(r'附件：<a href="(/zfxxgkzl/zfxxgknb/P0\d{14}\.pdf)">', bodies[column_url]).group(1)
        pdf_url = f"http://{www}{pdf_path}"
        status, headers, data = get(sandbox, pdf_url)
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"/URI" not in data and b"/Outlines" not in data and b"/AcroForm" not in data
        assert b"/EmbeddedFiles" not in data and not _pdf_uris(data)
        objects = dict(re.findall(rb"\n(\d+) 0 obj\n(.*?)\nendobj", data, re.S))
        links = [o for o in objects.values() if b"/Subtype /Link" in o]
        assert links and all(b"/A << /S /JavaScript /JS (app.launchURL\\(\"http://" in o for o in links)
        launched = _pdf_launched_urls(data)
        assert len(launched) == len(links) == len(set(launched))
        pdf = pypdfium2.PdfDocument(data)   # a well-formed file: its pages and their link annotations read back
        pages = [pdf[i] for i in range(len(pdf))]   # held while pdfium's raw handles are used
        shown = "".join(page.get_textpage().get_text_range() for page in pages)
        annotations = sum(pdfium_c.FPDFPage_GetAnnotCount(page.raw) for page in pages)
        for page in pages:
            page.close()
        pdf.close()
        assert annotations == len(links) and "报告名称" in shown and "http" not in shown and not _pdf_shown_urls(data)
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u != doc["url"] and (path in t or path in _linked_paths(u, t))}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "township" or report["year"] < 2019:   # only a link's script names it
                assert doc["url"] in launched and naming == {pdf_url}, naming
            else:   # a negative: the government's and departments' reports since 2019 are plain links of the column
                assert doc["url"] not in launched and column_url in naming
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in launched} >= {"township"}


def _quirk_halnext(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_halnext import API, COLUMN, HAL_TYPE, PAGE_SIZE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        column = bodies[column_url]
        assert f'drawPage("{API}?page=0&size={PAGE_SIZE}")' in column and "res._links.next.href" in column
        assert '<ul class="list" id="gknbList"></ul>' in column and f"{API}?page=1" not in column
        href, answers = f"{API}?page=0&size={PAGE_SIZE}", []
        while href:   # follow `_links.next.href` as the column's script does
            status, headers, body = get(sandbox, f"http://{www}{href}")
            assert status == 200 and headers["Content-Type"] == HAL_TYPE
            answer = json.loads(body)
            assert set(answer) == {"_embedded", "_links", "page"} and answer["_links"]["self"]["href"] == href
            assert "url" not in json.dumps(answer)   # no field names a page but the `_links`' hrefs
            answers.append(answer)
            nxt = answer["_links"].get("next")
            if nxt:   # the next page's address is written in the interface's answers only, no page or script
                assert not any(nxt["href"] in t for u, t in bodies.items() if urlsplit(u).hostname == www
                               and not urlsplit(u).path.startswith(API))
            href = nxt["href"] if nxt else None
        assert len(answers) > 1 and answers[-1]["page"]["totalPages"] == len(answers)
        past = get(sandbox, f"http://{www}{API}?page={len(answers)}&size={PAGE_SIZE}")[0]
        assert past == 404   # an unknown page
        rows = [row for a in answers for row in a["_embedded"]["gknb"]]
        assert len(rows) == answers[0]["page"]["totalElements"]
        pages = [row["_links"]["article"]["href"] for row in rows]
        for row in rows[:3]:   # an entry's `self` is served: the same resource, its page again
            status, headers, body = get(sandbox, f"http://{www}{row['_links']['self']['href']}")
            assert status == 200 and headers["Content-Type"] == HAL_TYPE and json.loads(body) == row
        assert all(p.startswith("/zwgk/zfxxgk/zfxxgknb/") and "://" not in p for p in pages)   # host-relative
        report_of, ours = _ours(truth, www)
        home = {f"http://{www}/", f"http://{www}/index.html"}
        folders = {"county_government": "qzf", "department": "bm", "township": "jd"}
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert path in pages
            assert path.split("/")[4] == f"{report['year']}n"
            kind = folders.get(report["unit_level"])
            assert kind is None or path.split("/")[5] == kind
            linking = {u for u, t in bodies.items() if urlsplit(u).hostname == www and u != doc["url"]
                       and not urlsplit(u).path.startswith(API) and path in t}
            assert linking <= home   # only the home page links one report statically
            assert bool(doc.get("needs_browser")) == (not linking)
        assert sum(1 for d in ours if not d.get("needs_browser")) == 1


def _quirk_jsonapi(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_jsonapi import API, COLUMN, JSONAPI_TYPE, PAGE_SIZE, ROOT

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        first = f"{API}?include=webpage&page[offset]=0&page[limit]={PAGE_SIZE}"
        assert f'drawPage("{first}")' in column and "doc.links.next" in column and "doc.included" in column
        assert '<ul class="list" id="xxgknbList"></ul>' in column and "page%5Boffset%5D" not in column
        href, answers = f"http://{www}{first}", []
        while href:   # follow `links.next` as the column's script does
            status, headers, body = get(sandbox, href)
            assert status == 200 and headers["Content-Type"] == JSONAPI_TYPE
            answer = json.loads(body)
            assert set(answer) == {"jsonapi", "data", "included", "links", "meta"}
            assert all(set(row) == {"type", "id", "attributes", "relationships", "links"} for row in answer["data"])
            assert "url" not in json.dumps(answer["data"]) and ROOT not in json.dumps(answer["data"])   # no page
            nxt = answer["links"].get("next")
            if nxt:   # a whole URL, its paging brackets percent-encoded, written in the answer before only
                assert nxt.startswith(f"http://{www}{API}?") and "page%5Boffset%5D=" in nxt
                assert not any(urlsplit(nxt).query in t for u, t in bodies.items() if urlsplit(u).hostname == www
                               and not urlsplit(u).path.startswith(API))
            answers.append(answer)
            href = nxt
        assert len(answers) > 1 and sum(len(a["data"]) for a in answers) == answers[0]["meta"]["total"]
        past = f"http://{www}{API}?include=webpage&page%5Boffset%5D={len(answers) * PAGE_SIZE}&page%5Blimit%5D=10"
        assert get(sandbox, past)[0] == 404   # an unknown page
        pages, reordered = {}, 0
        for answer in answers:
            included = {(res["type"], res["id"]): res["links"]["self"] for res in answer["included"]}
            ids = [res["id"] for res in answer["included"]]
            assert ids == sorted(ids) and len(included) == len(answer["data"])
            linkage = [(row["relationships"]["webpage"]["data"]["type"], row["relationships"]["webpage"]["data"]["id"])
                       for row in answer["data"]]
            reordered += [included[k] for k in linkage] != [res["links"]["self"] for res in answer["included"]]
            pages.update({row["attributes"]["title"]: included[k] for row, k in zip(answer["data"], linkage, strict=True)})
            for row in answer["data"][:2]:   # an entry's own resource, at its `links.self`
                status, headers, body = get(sandbox, row["links"]["self"])
                assert status == 200 and headers["Content-Type"] == JSONAPI_TYPE and json.loads(body)["data"] == row
        assert reordered   # `included` is not in the order of `data`: only type and id join an entry to its page
        report_of, ours = _ours(truth, www)
        home = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in ours:
            report, path = report_of[doc["report_key"]], urlsplit(doc["url"]).path
            assert pages[report["title"]] == doc["url"]
            folder = "zfxxgknb" if report["unit_level"] == "county_government" else "bmxxgknb"
            assert re.fullmatch(rf"{ROOT}{folder}/\d{{19}}\.html", path), path
            linking = {u for u, t in bodies.items() if urlsplit(u).hostname == www and u != doc["url"]
                       and not urlsplit(u).path.startswith(API) and path in t}
            assert linking <= home   # only the home page links one report statically
            assert bool(doc.get("needs_browser")) == (not linking)
        assert sum(1 for d in ours if not d.get("needs_browser")) == 1


def _quirk_docxcomment(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_docxcomment import COLUMN, REVIEWER, ROOT

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="({ROOT}P0\d{{14}}\.docx)">', column).group(1)
        z, body = _docx_annex_whose_body_links_nothing(sandbox, www, path)
        assert b"/comments" in z.read("word/_rels/document.xml.rels")
        starts = [e.get(f"{w}id") for e in body.iter(f"{w}commentRangeStart")]
        references = [e.get(f"{w}id") for e in body.iter(f"{w}commentReference")]
        comments = {c.get(f"{w}id"): c for c in ElementTree.fromstring(z.read("word/comments.xml"))}
        assert starts and sorted(starts) == sorted(references) == sorted(comments)   # each comment anchored
        assert {c.get(f"{w}author") for c in comments.values()} == {REVIEWER}
        rels = {e.get("Id"): e.get("Target") for e in ElementTree.fromstring(z.read("word/_rels/comments.xml.rels"))
                if e.get("TargetMode") == "External"}
        targets = {}
        for comment in comments.values():
            (link,) = comment.iter(f"{w}hyperlink")
            targets[rels[link.get(f"{r}id")]] = "".join(t.text for t in link.iter(f"{w}t"))
        assert len(targets) == len(comments) == len(rels)
        # the others named by a comment's hyperlink only, the comment showing the report's title; the year folder
        # the report's own
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets,
                                              folder=lambda report: f"{ROOT}{report['year']}n/")


def _quirk_docxfield(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_docxfield import COLUMN, FILE_TITLE, ROOT

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="({ROOT}P0\d{{14}}\.docx)">{FILE_TITLE}\.docx</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == DOCX and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        document = z.read("word/document.xml")
        body = ElementTree.fromstring(document)
        assert not list(body.iter(f"{w}hyperlink"))   # no hyperlink element, and no relationship to be one
        assert not [n for n in z.namelist() if n.endswith(".rels") and b"/hyperlink" in z.read(n)]
        targets = {}
        for para in body.iter(f"{w}p"):
            pieces = [e.text for e in para.iter(f"{w}instrText")]
            if not pieces:
                continue
            kinds = [e.get(f"{w}fldCharType") for e in para.iter(f"{w}fldChar")]
            assert kinds == ["begin", "separate", "end"] and len(pieces) == 2   # one field, its code in two runs
            url = re.fullmatch(r' HYPERLINK "([^"]+)" ', "".join(pieces)).group(1)
            assert not any(url in p or urlsplit(url).path in p for p in pieces)   # split inside the address
            assert urlsplit(url).hostname == www
            shown = "".join(t.text for t in para.iter(f"{w}t"))
            targets[url] = shown
        assert targets and _field_codes(document) == [f' HYPERLINK "{u}" ' for u in targets]
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert url_path.startswith(f"{ROOT}{report['year']}nb/")   # the year folder the report's own
            assert not doc.get("needs_browser")
            linked = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}")
                      and url_path in _linked_paths(u, t)}
            written = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}") and url_path in t}
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in targets and f"http://{www}{COLUMN}" in linked
            else:   # named by a field's code only (no page, not even the home), the field showing its title
                assert targets.get(doc["url"], "").endswith(report["title"]) and not linked and not written, (
                    doc["url"], linked, written)
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in targets} >= {"department",
                                                                                                  "township"}
        assert min(report_of[d["report_key"]]["year"] for d in ours if d["url"] in targets) < 2019


def _quirk_charcodes(truth, bodies):
    from nianbao.crawler.sandbox.family_charcodes import column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            listing = bodies[url].split('<div id="nblist">', 1)[1].split("</div>", 1)[0]
            codes = re.fullmatch(r'<script type="text/javascript">document\.write\(String\.fromCharCode\(([\d,]+)\)\);'
                                 r"</script>", listing).group(1)
            markup = _char_code_strings(listing).strip()
            assert markup.startswith('<ul class="list">') and markup.count('<a href="/html/') >= 2
            assert max(map(int, codes.split(","))) > 0xFF   # the titles' Chinese as their code units
        _only_the_home_links(truth, bodies, www, columns,
                             lambda text, path: f'href="{path}"' in _char_code_strings(text))
        _, ours = _ours(truth, www)
        assert not [d for d in ours if any(urlsplit(d["url"]).path in t for t in bodies.values() if "fromCharCode" in t)]


def _quirk_hexescape(truth, bodies):
    from nianbao.crawler.sandbox.family_hexescape import ARRAY, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        for url in columns:
            text = bodies[url]
            assert '<ul id="nblist" class="list"></ul>' in text and "<a href=\"/zfxxgk/zfxxgknb/" not in text
            array = re.search(rf"var {ARRAY}=\[(.*?)\];", text).group(1)
            literals = re.findall(r'"([^"]*)"', array)
            assert len(literals) % 3 == 0 and len(literals) >= 6
            assert all(re.fullmatch(r"(?:\\x[0-9a-f]{2}|\\u[0-9a-f]{4})+", lit) for lit in literals)
            assert "/" not in array and "\\x2f" in array and "\\u5e74" in array   # `/` and 年 only as escapes
            strings = _escaped_strings(text).split("\n")[1:]
            assert strings[0::3] and all(s.startswith("/zfxxgk/zfxxgknb/") for s in strings[0::3])
            assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) for s in strings[2::3])
        _only_the_home_links(truth, bodies, www, columns,
                             lambda text, path: path in _escaped_strings(text).split("\n"))
        _, ours = _ours(truth, www)
        scripted = [urlsplit(d["url"]).path for d in ours if d.get("needs_browser")]
        assert not [p for p in scripted if any(p in t for u, t in bodies.items() if urlsplit(u).path != p)]
        # a negative: the decoder leaves a literal with a plain character in it alone
        assert _escaped_strings('var a=["\\x2fzf", "\\x2f\\x7a"];') == "\n/z"


def _quirk_jqload(truth, bodies):
    from nianbao.crawler.sandbox.family_jqload import COLUMN, COLUMNS, SOURCE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column, source = f"http://{www}{COLUMN}", f"http://{www}{SOURCE}"
        text = bodies[column]
        for key in COLUMNS:   # each pane empty, filled by a .load() of the list page's part that has the pane's id
            assert f'<div class="tab-pane" id="nb-{key}"></div>' in text
            assert f'$("#nb-{key}").load("{SOURCE} #{key}");' in text
        assert f'"{SOURCE}"' not in text and "<a href=\"/zfxxgk/zfxxgknb/" not in text
        assert "new DOMParser().parseFromString(" in text and "doc.querySelector(pick)" in text
        # no page links the list page, and no page but the column names it at all
        assert not [u for u, t in bodies.items() if SOURCE in _linked_paths(u, t)]
        assert [u for u, t in bodies.items() if SOURCE in t and urlsplit(u).hostname == www] == [column]
        lists = {key: re.search(rf'<ul id="{key}" class="list">(.*?)</ul>', bodies[source]).group(1) for key in COLUMNS}
        _, ours = _ours(truth, www)
        scripted = [d for d in ours if d.get("needs_browser")]
        assert scripted and len(ours) - len(scripted) == 1   # the newest government report, which the home links
        home = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert sum(f'href="{doc["url"]}"' in part for part in lists.values()) == 1, doc["url"]
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            assert linked - home == {source}, (doc["url"], linked)
            assert bool(linked & home) != bool(doc.get("needs_browser")), doc["url"]


def _pdf_annotation_uris(data: bytes) -> list[str]:
    """The URI actions of a PDF's page annotations as a PDF reader (pdfminer) finds them: through the file's
    cross-reference, whatever form it takes."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    return [resolve1(resolve1(annot)["A"])["URI"].decode("latin-1")
            for page in PDFPage.create_pages(document) for annot in resolve1(page.annots) or []]


def _quirk_pdfobjstm(sandbox, truth, bodies):
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = next(u for u in bodies if urlsplit(u).hostname == www and re.fullmatch(
            r"/openness/public/\d{7}/index\.html", urlsplit(u).path))
        folder = urlsplit(column).path.removesuffix("index.html")
        (href,) = re.findall(r'<a href="([^"]+\.pdf)">', bodies[column])
        assert href.startswith(folder + "files/")
        status, headers, data = sandbox.handle("GET", f"http://{www}{href}", {})
        assert status == 200 and dict(headers)["Content-Type"] == "application/pdf"
        assert data.startswith(b"%PDF-1.5\n") and b"/Type /ObjStm" in data and b"/Type /XRef" in data
        assert b"/URI" not in data and b"/Annot" not in data and b"trailer" not in data   # all inside the stream
        assert not re.search(rb"\nxref\s", data)                                        # no classic table
        uris = _pdf_annotation_uris(data)
        report_of, ours = _ours(truth, www)
        assert not [d for d in ours if d.get("needs_browser")]   # a file names them: no script to run
        in_file = [d for d in ours if d["url"] in uris]
        assert sorted(uris) == sorted(d["url"] for d in in_file)
        assert not [u for u in uris if urlsplit(u).path.encode() in data]   # no address readable in the bytes
        levels = {report_of[d["report_key"]]["unit_level"] for d in in_file}
        assert {"department", "township"} <= levels and min(report_of[d["report_key"]]["year"] for d in in_file) < 2019
        for doc in ours:   # what the column links is the government's own since 2019; the rest only the PDF names
            path = urlsplit(doc["url"]).path
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            report = report_of[doc["report_key"]]
            if doc in in_file:
                assert not linked and not (report["unit_level"] == "county_government" and report["year"] >= 2019)
            else:
                assert column in linked and report["year"] >= 2019, doc["url"]


def _quirk_ofdlink(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_ofdlink import OFD_TYPE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = next(u for u in bodies if urlsplit(u).hostname == www and re.fullmatch(
            r"/columns/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/index\.html", urlsplit(u).path))
        folder = urlsplit(column).path.removesuffix("index.html")
        (href,) = re.findall(r'<a href="([^"]+\.ofd)">', bodies[column])
        assert href.startswith(folder + "files/")
        status, headers, data = sandbox.handle("GET", f"http://{www}{href}", {})
        assert status == 200 and dict(headers)["Content-Type"] == OFD_TYPE and data.startswith(b"PK")
        with zipfile.ZipFile(io.BytesIO(data)) as ofd:
            assert "Doc_0/Document.xml" in ofd.read("OFD.xml").decode("utf-8")   # the document OFD.xml names
        assert b"http://" not in data   # the parts are deflated: no address readable in the file's bytes
        pages = _ofd_pages(data)
        # each address is the URI of a CLICK action, inside the text object of a title cell
        actions = re.findall(r'<ofd:TextObject ID="\d+" Boundary="[\d. ]+" Font="1" Size="[\d.]+"><ofd:Actions>'
                             r'<ofd:Action Event="CLICK"><ofd:URI URI="([^"]+)"/></ofd:Action></ofd:Actions>'
                             r'<ofd:TextCode X="0" Y="[\d.]+">([^<]+)</ofd:TextCode>', pages)
        assert actions and len(actions) == pages.count("<ofd:URI ") and "<a " not in pages
        report_of, ours = _ours(truth, www)
        assert not [d for d in ours if d.get("needs_browser")]   # a file names them: no script to run
        in_file = [d for d in ours if d["url"] in dict(actions)]
        assert sorted(uri for uri, _ in actions) == sorted(d["url"] for d in in_file)
        assert all(report_of[d["report_key"]]["title"].startswith(text) for d in in_file
                   for uri, text in actions if uri == d["url"])   # the cell shows the report's title
        levels = {report_of[d["report_key"]]["unit_level"] for d in in_file}
        assert {"department", "township"} <= levels and min(report_of[d["report_key"]]["year"] for d in in_file) < 2019
        for doc in ours:   # the column links the government's own since 2019; the rest only the OFD names
            path = urlsplit(doc["url"]).path
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            report = report_of[doc["report_key"]]
            if doc in in_file:
                assert not linked and not any(path in t for u, t in bodies.items() if u.endswith(".html")), doc["url"]
            else:
                assert column in linked and report["year"] >= 2019, doc["url"]


def _quirk_pdfgotor(sandbox, truth, bodies):
    import pypdfium2
    import pypdfium2.raw as pdfium_c
    from nianbao.crawler.sandbox.family_pdfgotor import COLUMN, FILES

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        pdf_path = re.search(r'附件：<a href="(/zwgk/zfxxgknb/wj/P0\d{14}\.pdf)">', bodies[column_url]).group(1)
        pdf_url = f"http://{www}{pdf_path}"
        status, headers, data = get(sandbox, pdf_url)
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"/URI" not in data and b"/JavaScript" not in data and b"/Outlines" not in data
        assert b"/AcroForm" not in data and b"/EmbeddedFiles" not in data and not _pdf_uris(data)
        assert b"http" not in data   # no address at all in the file: relative file names only
        objects = dict(re.findall(rb"\n(\d+) 0 obj\n(.*?)\nendobj", data, re.S))
        links = [o for o in objects.values() if b"/Subtype /Link" in o]
        assert links and all(re.search(rb"/A << /S /GoToR /F << /Type /Filespec /F \(\d{4}/\w+\d{4}\.pdf\) >> "
                                       rb"/D \[0 /Fit\]", o) for o in links)
        opened = _pdf_remote_files(pdf_url, data)
        assert len(opened) == len(links) == len(set(opened))
        assert all(u.startswith(f"http://{www}{FILES}") for u in opened)   # resolved against the 目录's folder
        pdf = pypdfium2.PdfDocument(data)   # a well-formed file: its pages and their link annotations read back
        pages = [pdf[i] for i in range(len(pdf))]
        shown = "".join(page.get_textpage().get_text_range() for page in pages)
        annotations = sum(pdfium_c.FPDFPage_GetAnnotCount(page.raw) for page in pages)
        for page in pages:
            page.close()
        pdf.close()
        assert annotations == len(links) and "报告名称" in shown and ".pdf" not in shown
        report_of, ours = _ours(truth, www)
        assert not [d for d in ours if d.get("needs_browser")]   # a file names them: no script to run
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            naming = {u for u, t in bodies.items() if u != doc["url"] and urlsplit(u).hostname == www
                      and (path in t or path in _linked_paths(u, t))}   # the other portal's 目录 has paths alike
            if report["unit_level"] == "township" or report["year"] < 2019:   # only the 目录's go-to names it
                assert doc["url"] in opened and naming == {pdf_url} and doc["format"] == "pdf", (doc["url"], naming)
                status, headers, body = get(sandbox, doc["url"])
                assert status == 200 and body.startswith(b"%PDF") and path.encode() not in data
            else:   # a negative: the government's and departments' reports since 2019 are plain links of the column
                assert doc["url"] not in opened and column_url in naming and doc["format"] == "html"
        filed = {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in opened}
        assert "township" in filed and min(report_of[d["report_key"]]["year"] for d in ours if d["url"] in opened) < 2019


def _quirk_svgobject(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_svgobject import MAP, SVG_TYPE, TOWNS

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        towns_url, map_url = f"http://{www}{TOWNS}index.html", f"http://{www}{MAP}"
        assert f'<object type="{SVG_TYPE}" data="{MAP}"' in bodies[towns_url]
        status, headers, body = get(sandbox, map_url)
        assert status == 200 and headers["Content-Type"] == SVG_TYPE
        svg = body.decode("utf-8")
        assert svg.startswith("<?xml") and 'xmlns:xlink="http://www.w3.org/1999/xlink"' in svg and "<a href" not in svg
        hrefs = re.findall(r'<a xlink:href="([^"]+)"', svg)
        assert hrefs and all(h.startswith("../zwgk/xzxxgk/") for h in hrefs)   # relative to the SVG file
        folders = [urlsplit(urljoin(map_url, h)).path.removesuffix("index.html") for h in hrefs]
        wrong = [urlsplit(urljoin(towns_url, h)).path for h in hrefs]   # as if resolved against the embedding page
        assert wrong and all(get(sandbox, f"http://{www}{p}")[0] == 404 for p in wrong)   # a negative: not the page's
        for folder in folders:   # a township's page: named by the SVG file alone, never by an HTML page
            assert get(sandbox, f"http://{www}{folder}index.html")[0] == 200
            assert not [u for u, t in bodies.items() if u != map_url and urlsplit(u).hostname == www
                        and not urlsplit(u).path.startswith(folder)   # the township's own pages link its articles
                        and folder in t + " ".join(_linked_paths(u, t))]
        report_of, ours = _ours(truth, www)
        assert not [d for d in ours if d.get("needs_browser")]
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]
                      and urlsplit(u).hostname == www}
            if report["unit_level"] == "township":   # listed on its township's page, reached through the map only
                (folder,) = [f for f in folders if path.startswith(f)]
                assert linked == {f"http://{www}{folder}index.html"}, (doc["url"], linked)
            else:   # a negative: the government's and departments' reports are plain links of the 年报 column
                assert f"http://{www}/zwgk/ndbg/index.html" in linked, doc["url"]
        assert min(report["year"] for report in report_of.values()) < 2019


def _quirk_revhref(truth, bodies):
    from nianbao.crawler.sandbox.family_revhref import COLUMN, RESTORE

    assert _reversed_urls('<a data-url="lmth.x/">') == ""   # a negative: no reversing script, nothing restored
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        column = bodies[column_url]
        assert RESTORE in column and '<a href="javascript:void(0);" data-url="lmth.' in column
        restored = _reversed_urls(column).split("\n")[1:]
        assert restored and all(re.fullmatch(r"/zwgk/xxgk/xxgknb/\d{4}nb/\d{6}/t\d{8}_\d{6}\.html", p) for p in restored)
        report_of, ours = _ours(truth, www)
        home = {f"http://{www}/", f"http://{www}/index.html"}
        assert len([d for d in ours if not d.get("needs_browser")]) == 1   # the newest government report, which home links
        for doc in ours:   # in the column, reversed only; in no page's HTML the right way round but the home's newest
            path = urlsplit(doc["url"]).path
            assert path in restored and path not in column and path[::-1] in column, doc["url"]
            written = {u for u, t in bodies.items() if path in t and u != doc["url"] and urlsplit(u).hostname == www}
            assert written <= home and bool(written) != bool(doc.get("needs_browser")), (doc["url"], written)
            folder_year = int(re.search(r"/(\d{4})nb/", path).group(1))
            assert folder_year == report_of[doc["report_key"]]["year"]   # filed in its report year's folder


def _quirk_atombase(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_atombase import COLUMN, COLUMN_SHOWS, FEED, FOLDER

    # a negative: without xml:base the same href resolves against the document, and a non-XML text gives nothing
    assert _xml_base_links("http://h/rss/f.xml", '<?xml version="1.0"?><feed><link href="t1.html"/></feed>') == {"/rss/t1.html"}
    assert _xml_base_links("http://h/a.html", '<a href="t1.html">') == set()
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url, feed_url = f"http://{www}{COLUMN}", f"http://{www}{FEED}"
        column, feed = bodies[column_url], bodies[feed_url]
        assert f'<link rel="alternate" type="application/atom+xml" title="政府信息公开年报" href="{FEED}">' in column
        assert feed.count("<entry ") > COLUMN_SHOWS and column.count('target="_blank" title="') == COLUMN_SHOWS
        assert f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://{www}{FOLDER}"' in feed
        assert "http://" not in feed.split("<entry", 1)[1]   # after the feed's own base, no address is whole
        hrefs = re.findall(r'<link rel="alternate" type="text/html" href="([^"]+)"/>', feed)
        assert hrefs and all(re.fullmatch(r"t\d{8}_\d{7}\.html", h) for h in hrefs)
        resolved = _xml_base_links(feed_url, feed)
        naive = {urlsplit(urljoin(feed_url, h)).path for h in hrefs}   # against the feed's address: nothing there
        assert all(p.startswith("/rss/t") for p in naive) and get(sandbox, f"http://{www}{min(naive)}")[0] == 404
        report_of, ours = _ours(truth, www)
        assert not [d for d in ours if d.get("needs_browser")]
        home = {f"http://{www}/", f"http://{www}/index.html"}
        hidden = 0
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert path in resolved and path not in feed, doc["url"]   # the feed names it, but never whole
            kind = re.match(rf"{FOLDER}(\d{{4}})nb/(qzf|bm|jd)/\d{{6}}/", path)
            report = report_of[doc["report_key"]]
            assert kind and int(kind.group(1)) == report["year"], path
            assert kind.group(2) == {"township": "jd", "department": "bm", "zone": "bm"}.get(report["unit_level"], "qzf")
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]
                      and urlsplit(u).hostname == www}
            assert linked <= home | {column_url}, (doc["url"], linked)
            hidden += not linked
        assert hidden >= len(ours) - COLUMN_SHOWS - 1   # all but the column's six newest and the home's one


def _quirk_easyuigrid(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_easyuigrid import API, CHANNELS, DETAIL, GRID_SCRIPT, PAGE_SIZE

    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        ids = {}
        for channel in CHANNELS.values():
            column = bodies[f"http://{www}/channels/{channel}.html"]
            (options,) = re.findall(r'<table id="nbgrid" class="easyui-datagrid"[^>]*data-options="([^"]+)"', column)
            address = re.match(r"url:'([^']+)',method:'post',", options).group(1)
            assert address == f"{API}?channelId={channel}" and f"pageSize:{PAGE_SIZE}," in options
            scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", column, flags=re.S) + [bodies[f"http://{www}{GRID_SCRIPT}"]]
            assert not [t for t in scripts if API in t]   # no script names the interface: only the attribute does
            assert f'src="{GRID_SCRIPT}"' in column and "function nbTitle(value, row)" in column
            url = f"http://{www}{address}"
            assert get(sandbox, url)[0] == 405   # a GET is refused: the grid POSTs
            status, headers, data = sandbox.handle("POST", url, form, f"page=1&rows={PAGE_SIZE}".encode())
            answer = json.loads(data)
            assert status == 200 and 2 <= answer["total"] == len(answer["rows"]) <= PAGE_SIZE   # one page holds all
            assert all(set(row) == {"id", "title", "pubDate"} for row in answer["rows"])
            assert "/" not in json.dumps([row["id"] for row in answer["rows"]]) and DETAIL not in data.decode()
            status, _, second = sandbox.handle("POST", url, form, b"page=2&rows=1")   # the pager's next page
            assert json.loads(second)["rows"] == answer["rows"][1:2]
            ids.update({row["title"]: row["id"] for row in answer["rows"]})
        report_of, ours = _ours(truth, www)
        home = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in ours:
            report = report_of[doc["report_key"]]
            assert doc["url"] == f"http://{www}{DETAIL}?id={ids[report['title']]}"
            address = f"{DETAIL}?id={ids[report['title']]}"
            named = {u for u, t in bodies.items() if u != doc["url"] and address in t}
            assert named <= home and bool(named) != bool(doc.get("needs_browser")), (doc["url"], named)
        assert sum(1 for d in ours if not d.get("needs_browser")) == 1   # the newest government report, by the home


def _quirk_docxchunk(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_docxchunk import CHUNK, CHUNK_ID, COLUMN, FILE_TITLE, ROOT

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'导出：<a href="({ROOT}P0\d{{14}}\.docx)">{FILE_TITLE}\.docx</a>', column).group(1)
        z, body = _docx_annex_whose_body_links_nothing(sandbox, www, path)
        (chunk,) = body.iter(f"{w}altChunk")
        rels = ElementTree.fromstring(z.read("word/_rels/document.xml.rels"))
        (rel,) = [e for e in rels if e.get("Id") == chunk.get(f"{r}id") == CHUNK_ID]
        assert rel.get("Type").endswith("/aFChunk") and f"word/{rel.get('Target')}" == CHUNK
        assert b'Extension="htm" ContentType="text/html"' in z.read("[Content_Types].xml")
        page = z.read(CHUNK).decode("utf-8")
        targets = {html.unescape(u): html.unescape(t) for u, t in re.findall(r'<a href="([^"]+)">([^<]+)</a>', page)}
        # the others linked only from the imported HTML part; the year folder the report's own
        report_of, ours = _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets,
                                                                folder=lambda report: f"{ROOT}{report['year']}nb/")
        assert min(report_of[d["report_key"]]["year"] for d in ours if d["url"] in targets) < 2019


def _quirk_txtindex(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_txtindex import ADDRESS, COLUMN, ROOT, TEXT_TYPE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="({ROOT}files/\d{{14}}\.txt)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == TEXT_TYPE   # no charset declared
        assert not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\r\n" in data
        with pytest.raises(UnicodeDecodeError):   # not UTF-8: Notepad's ANSI, GBK
            data.decode("utf-8")
        text = data.decode("gbk")
        assert "<a" not in text and "href" not in text   # no markup at all
        addresses = {}
        for before, after in zip(text.split("\r\n"), text.split("\r\n")[1:], strict=False):
            if after.strip().startswith(ADDRESS):   # a numbered title line, then `网址：<address>` against the colon
                url = after.strip()[len(ADDRESS):]
                assert url.startswith(f"http://{www}{ROOT}webinfo/") and url.isascii()
                addresses[url] = re.match(r"\d+、(.+)（[^（]+发布）$", before).group(1)
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert re.fullmatch(rf"{ROOT}webinfo/\d{{4}}/\d{{2}}/\d{{16}}\.htm", url_path), url_path
            linked = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}")
                      and url_path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in addresses and f"http://{www}{COLUMN}" in linked
            else:   # named by a line of the text file only (no page, not even the home), under its title
                assert addresses.get(doc["url"]) == report["title"] and not linked, (doc["url"], linked)
                assert not any(doc["url"] in t for u, t in bodies.items() if u != f"http://{www}{path}")
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in addresses} >= {"department",
                                                                                                    "township"}


def _quirk_xlsxnote(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_xlsxnote import ADDRESS, AUTHOR, LABEL, TITLE_COLUMN

    x = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        (column_url,) = [u for u in bodies if urlsplit(u).hostname == www and u.endswith("/zfxxgklby_nb.shtml")]
        column = bodies[column_url]
        assert f"<h2>{LABEL}</h2>" in column
        folder = urlsplit(column_url).path.rsplit("/", 1)[0]
        path = re.search(rf'附件：<a href="({folder}/files/\d{{14}}\.xlsx)">', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == XLSX and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        sheet = z.read("xl/worksheets/sheet1.xml")
        site = f"http://{www}".encode()
        assert b"<hyperlink" not in sheet and b"HYPERLINK" not in sheet and site not in sheet
        assert site not in z.read("xl/sharedStrings.xml")   # no cell's text is an address
        assert b"/hyperlink" not in z.read("xl/worksheets/_rels/sheet1.xml.rels")
        assert b"legacyDrawing" in sheet and b"ObjectType=\"Note\"" in z.read("xl/drawings/vmlDrawing1.vml")
        strings = ["".join(t.text or "" for t in si.iter(f"{x}t"))
                   for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml"))]
        cells = {c.get("r"): strings[int(c.find(f"{x}v").text)]
                 for c in ElementTree.fromstring(sheet).iter(f"{x}c") if c.get("t") == "s"}
        comments = ElementTree.fromstring(z.read("xl/comments1.xml"))
        assert [a.text for a in comments.iter(f"{x}author")] == [AUTHOR]
        notes = {}
        for note in comments.iter(f"{x}comment"):
            ref, text = note.get("ref"), "".join(t.text for t in note.iter(f"{x}t"))
            assert ref.startswith(TITLE_COLUMN) and text.startswith(f"{AUTHOR}:\n{ADDRESS}http://")
            notes[text.split(ADDRESS, 1)[1]] = cells[ref]   # the address → the title its cell shows
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert re.fullmatch(rf"{folder}/\d{{6}}/c01_\d{{6}}\.shtml", url_path), url_path
            linked = {u for u, t in bodies.items() if u not in (doc["url"], f"http://{www}{path}")
                      and url_path in _linked_paths(u, t)}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in notes and column_url in linked
            else:   # named by a cell's note only (no page, not even the home), on the cell showing its title
                assert notes.get(doc["url"]) == report["title"] and not linked, (doc["url"], linked)
        assert {report_of[d["report_key"]]["unit_level"] for d in ours if d["url"] in notes} >= {"department",
                                                                                                "township"}


def _quirk_icsfeed(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_icsfeed import CALENDAR, COLUMN

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url, ics_url = f"http://{www}{COLUMN}", f"http://{www}{CALENDAR}"
        column = bodies[column_url]
        assert f'<a href="webcal://{www}{CALENDAR}">订阅日历</a>' in column and f'<a href="{CALENDAR}" download>' in column
        status, headers, data = get(sandbox, ics_url)
        assert status == 200 and headers["Content-Type"] == "text/calendar; charset=utf-8"
        raw = data.decode("utf-8")
        assert raw.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and raw.endswith("END:VCALENDAR\r\n")
        lines = raw.split("\r\n")
        assert all(len(line.encode("utf-8")) <= 75 for line in lines)   # folded at 75 octets, RFC 5545 §3.1
        assert any(line.startswith(" ") for line in lines)
        text = _unfolded(raw)
        events = re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", text, re.S)
        urls = [re.search(r"^URL:(\S+)\r$", e, re.M).group(1) for e in events]
        assert len(events) == len(set(urls)) == text.count("SUMMARY:")
        report_of, ours = _ours(truth, www)
        in_file = 0
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert doc["url"] in urls and doc["url"] not in raw   # in every event, always cut by a fold
            naming = {u for u, t in bodies.items() if u not in (doc["url"], ics_url, f"{ics_url}#unfolded")
                      and (path in t or path in _linked_paths(u, t))}
            assert not doc.get("needs_browser")
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert column_url in naming
            else:   # named by the calendar's folded URL property only
                assert not naming, (doc["url"], naming)
                in_file += 1
        assert in_file > len(ours) / 2
        assert {report_of[d["report_key"]]["unit_level"] for d in ours
                if report_of[d["report_key"]]["unit_level"] != "county_government"} >= {"department", "township"}


def _quirk_stackgzip(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_stackgzip import CODING

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = sorted(u for u, r in truth["pages"].items() if r == "list" and urlsplit(u).hostname == www
                         and u.endswith("/list.shtml"))
        assert len(columns) == 3
        assert all(re.fullmatch(rf"/{re.escape(portal['id'])}/c\d{{6}}/list\.shtml", urlsplit(u).path) for u in columns)
        for url in columns:
            asked = {**_cleared(sandbox, url), "Accept-Encoding": "gzip, deflate, br"}
            status, headers, body = sandbox.handle("GET", url, asked)
            headers = dict(headers)
            assert status == 200 and headers["Content-Encoding"] == CODING == "gzip, gzip"
            once = gzip.decompress(body)
            assert once[:2] == b"\x1f\x8b" and b"<a href=" not in once   # one layer off: still gzip, no link
            assert _text(headers, gzip.decompress(once)) == bodies[url]   # both off: the page a browser shows
            status, headers, plain = get(sandbox, url)   # a negative: not asked for gzip, the plain page
            assert status == 200 and "Content-Encoding" not in headers and b"<a href=" in plain
        for url in (f"http://{www}/", truth["documents"][0]["url"]):   # a negative: home and articles never coded
            asked = {**_cleared(sandbox, url), "Accept-Encoding": "gzip"}
            assert "Content-Encoding" not in dict(sandbox.handle("GET", url, asked)[1])
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_poll202(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_poll202 import COLUMNS, JOBS, QUERY_API, RETRY_AFTER, shell_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        jobs = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}{JOBS}")}
        assert len(jobs) == len(COLUMNS)
        for key in COLUMNS:
            shell = bodies[f"http://{www}{shell_path(key)}"]
            assert '<ul id="nbList"></ul>' in shell and f"{QUERY_API}?lm={key}" in shell and JOBS not in shell
            status, headers, body = get(sandbox, f"http://{www}{QUERY_API}?lm={key}")
            headers = dict(headers)
            assert status == 202 and headers["Retry-After"] == str(RETRY_AFTER)
            job = f"http://{www}{headers['Location']}"
            assert job in jobs and JOBS.encode() not in body and b"url" not in body   # the header alone names it
            assert not any(urlsplit(job).path in t for u, t in bodies.items() if u not in jobs)
            rows = json.loads(jobs[job])["rows"]
            assert rows and all(urlsplit(r["url"]).path.endswith(".html") for r in rows)
        assert get(sandbox, f"http://{www}{QUERY_API}?lm=xx")[0] == 400   # a negative: no job for an unknown column
        for doc in ours:   # named by exactly one job's rows; linked by the home page at most
            path = urlsplit(doc["url"]).path
            assert sum(f'"url": "{path}"' in t for t in jobs.values()) == 1
            linking = {u for u, t in bodies.items() if u not in jobs and u != doc["url"] and path in t}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
            assert bool(doc.get("needs_browser")) == (not linking)
        assert any(report_of[d["report_key"]]["year"] < 2019 and d.get("needs_browser") for d in ours)


def _quirk_nocache204(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_nocache204 import BUSTER, LIST_ACTION

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        lists = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}{LIST_ACTION}?")}
        assert len(lists) == 3
        shells = {u: t for u, t in bodies.items() if u.startswith(f"http://{www}/") and '<ul id="nbList"></ul>' in t}
        assert len(shells) == 3
        for url in lists:
            plain = url.split(f"&{BUSTER}=", 1)[0]
            assert plain != url and any(f'"{LIST_ACTION}?{urlsplit(plain).query}"' in t for t in shells.values())
            assert not any(urlsplit(url).query in t for t in bodies.values())   # no page writes a value of `_`
            status, headers, body = get(sandbox, plain)   # without the buster: an empty success
            assert status == 204 and body == b"" and "Content-Type" not in headers
            for value in ("", "abc"):   # a negative: an empty or non-numeric `_` is no buster
                assert get(sandbox, f"{plain}&{BUSTER}={value}")[0] == 204
            status, _, body = get(sandbox, f"{plain}&{BUSTER}=1765000000123")   # any time the script sends
            assert status == 200 and json.loads(body) == json.loads(lists[url])
        for doc in ours:   # named by exactly one list's rows; linked by the home page at most
            path = urlsplit(doc["url"]).path
            assert sum(f'"url": "{path}"' in t for t in lists.values()) == 1
            linking = {u for u, t in bodies.items() if u not in lists and u != doc["url"] and path in t}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}
            assert bool(doc.get("needs_browser")) == (not linking)
        assert any(report_of[d["report_key"]]["year"] < 2019 and d.get("needs_browser") for d in ours)


def _quirk_upperhost(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_upperhost import COLUMNS, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in COLUMNS]
        capital = f"HTTP://{www.upper()}"
        for url in columns:
            hrefs = re.findall(r'<a href="([^"]+)" target="_blank"', bodies[url])
            assert hrefs and all(h.startswith(capital + "/zwgk/gknb/") for h in hrefs)   # every entry in capitals
            for href in hrefs:   # the path keeps its case: lowercase, as the server has it
                path = href.removeprefix(capital)
                assert path == path.lower() and urlsplit(href).hostname == www   # the URL parser lowercases the host
                status, _, body = sandbox.handle("GET", href, _cleared(sandbox, href))
                assert status == 200 and body == get(sandbox, f"http://{www}{path}")[2]   # the same document
                assert get(sandbox, f"http://{www}{path.upper()}")[0] == 404   # a negative: paths are case-sensitive
        assert not any(capital in t for u, t in bodies.items() if u not in columns)   # only the columns write capitals
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_beaconcookie(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_beaconcookie import COLUMNS, COOKIE, COUNTER, GUARD_NOTE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        columns = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/\w+/c\d{{6}}/index\.shtml", u)]
        assert len(columns) == len(COLUMNS)
        home = get(sandbox, f"http://{www}/")[2].decode()   # the home page: open, with the counter image
        assert GUARD_NOTE not in home
        counter = urljoin(f"http://{www}/", re.search(rf'<img src="({re.escape(COUNTER)}\?[^"]+)"', home).group(1))
        status, headers, image = get(sandbox, counter)
        assert status == 200 and headers["Content-Type"] == "image/gif" and image.startswith(b"GIF89a")
        issued = headers["Set-Cookie"].split(";")[0]
        assert re.fullmatch(rf"{COOKIE}=[0-9a-f]{{32}}", issued)
        paths = [urlsplit(d["url"]).path for d in ours]
        for url in columns:
            listing = bodies[url]
            assert sum(p in _linked_paths(url, listing) for p in paths) >= 1
            for cookie in ("", f"{COOKIE}=", f"{COOKIE}=xyz", f"{COOKIE}X={issued.split('=')[1]}", "JSESSIONID=1"):
                status, _, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Cookie": cookie})
                text = body.decode()   # a negative: no counter cookie of its form, the guard page
                assert status == 200 and GUARD_NOTE in text and COUNTER in text, (url, cookie)
                assert not any(p in text for p in paths)
                assert f'href="{urlsplit(url).path}"' in text   # 继续访问: the same column again
            for cookie in (issued, f"{COOKIE}={'0' * 32}", f"other=1; {issued}"):   # any uid of the counter's form
                status, _, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Cookie": cookie})
                assert status == 200 and body.decode() == listing, (url, cookie)
        for doc in ours:   # the articles are open to any client
            assert sandbox.handle("GET", doc["url"], {})[0] == 200
        counted_pages = {u for u, t in bodies.items() if COUNTER in t and urlsplit(u).hostname == www}
        assert counted_pages == {f"http://{www}/", f"http://{www}/index.html"}   # the lists show no counter
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_preloadlink(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_preloadlink import COLUMNS, DATA, LOADER, SHELL

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        shell = f"http://{www}{SHELL}"
        status, headers, body = get(sandbox, shell)
        preloads = re.findall(r"<([^>]+)>; rel=preload; as=fetch; crossorigin", headers["Link"])
        assert status == 200 and len(preloads) == len(COLUMNS)
        version = re.search(r'data-v="([0-9a-f]{8})"', bodies[shell]).group(1)
        assert '"/govxxgk/data/" + ul.getAttribute("data-channel") + "." + v + ".json"' in LOADER
        made = [f"{DATA}{key}.{version}.json" for key in re.findall(r'data-channel="(\w+)"', bodies[shell])]
        assert made == preloads   # what the script puts together is what the header names
        for path in preloads:
            assert not any(path in t for t in bodies.values())   # no body writes a file's address
            assert f"http://{www}{path}" in bodies and urlsplit(path).path.startswith(DATA)
            key = path.removeprefix(DATA).split(".")[0]
            for other in (f"{DATA}{key}.json", f"{DATA}{key}.{'0' * 8}.json"):   # a negative: no other address
                assert get(sandbox, f"http://{www}{other}")[0] == 404
        files = {p: json.loads(bodies[f"http://{www}{p}"]) for p in preloads}
        home = {f"http://{www}/", f"http://{www}/index.html"}
        for doc in ours:   # named by exactly one file; linked by the home page at most
            path = urlsplit(doc["url"]).path
            assert sum(path in {row["link"] for row in f["list"]} for f in files.values()) == 1
            linking = {u for u, t in bodies.items() if u != doc["url"] and path in _linked_paths(u, t)}
            assert linking <= home
            assert bool(doc.get("needs_browser")) == (not linking)
        assert any(report_of[d["report_key"]]["year"] < 2019 and d.get("needs_browser") for d in ours)


def _quirk_casgateway(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_casgateway import COLUMNS, LOGIN

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        columns = [u for u in bodies if re.fullmatch(rf"http://{re.escape(www)}/\w+/zfxxgk/nb/\w+/index\.html", u)]
        assert len(columns) == len(COLUMNS)
        paths = [urlsplit(d["url"]).path for d in ours]
        for url in columns:
            status, headers, body = get(sandbox, url)   # no session: the CAS client's redirect, a new session
            location, cookie = headers["Location"], headers["Set-Cookie"].split(";")[0]
            sso = urlsplit(location)
            assert status == 302 and not any(p in body.decode() for p in paths)
            assert sso.path == LOGIN and not sso.hostname.endswith(www.removeprefix("www."))   # another domain
            assert sso.hostname not in portal["hosts"] and re.fullmatch(r"JSESSIONID=[0-9A-F]{32}", cookie)
            assert dict(parse_qsl(sso.query)) == {"service": url, "gateway": "true"}
            status, headers, _ = get(sandbox, location)   # gateway: back to the service, no ticket
            assert status == 302 and headers["Location"] == url
            status, _, body = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Cookie": cookie})
            assert status == 200 and body.decode() == bodies[url]   # asked again with the session: the list
            for other in ("JSESSIONID=" + "0" * 32, "", cookie.lower()):   # a negative: another session is redirected
                status, headers, _ = sandbox.handle("GET", url, {**_cleared(sandbox, url), "Cookie": other})
                assert status == 302 and dict(headers)["Location"] == location, other
            form = f"{sso.scheme}://{sso.hostname}{LOGIN}?service={quote(url, safe='')}"   # without gateway: the form
            status, _, body = get(sandbox, form)
            assert status == 200 and "统一身份认证" in body.decode() and not any(p in body.decode() for p in paths)
            elsewhere = f"{sso.scheme}://{sso.hostname}{LOGIN}?service=http%3A%2F%2Fevil.example%2F&gateway=true"
            assert get(sandbox, elsewhere)[0] == 403   # a service on another host: refused, no redirect
        for doc in ours:   # the articles are open to any client
            assert sandbox.handle("GET", doc["url"], {})[0] == 200
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_multivalue(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_multivalue import LINKED, LIST, PARAM

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        linked = f"http://{www}{LINKED}"
        query = urlsplit(linked).query
        assert [k for k, _ in parse_qsl(query)] == [PARAM] * 3   # one name, three values
        assert html.escape(LINKED) in bodies[f"http://{www}/zwgk/index.html"]
        _only_the_columns_link(truth, bodies, www, [linked])
        listed = _linked_paths(linked, bodies[linked])

        assert _listed_levels(sandbox, report_of, ours, linked) >= {"county_government", "department", "township"}
        for spelling in (f"{PARAM}=xz&{PARAM}=bj&{PARAM}=bm", f"{PARAM}=bm&{PARAM}=xz&{PARAM}=bj"):   # any order
            status, _, body = get(sandbox, f"http://{www}{LIST}?{spelling}")
            assert status == 200 and _linked_paths(linked, body.decode()) == listed
        collapsed = urlencode(dict(parse_qsl(query)))   # a map keeps one value of a repeated name: the last
        assert collapsed == f"{PARAM}=xz" and _listed_levels(sandbox, report_of, ours, f"http://{www}{LIST}?{collapsed}") == {"township"}
        own = _listed_levels(sandbox, report_of, ours, f"http://{www}{LIST}?{PARAM}=bj")   # …or the first
        assert "county_government" in own <= {"county_government", "government_office"}
        departments = _listed_levels(sandbox, report_of, ours, f"http://{www}{LIST}?{PARAM}=bm")
        assert "department" in departments and not departments & {"county_government", "township"}
        assert _listed_levels(sandbox, report_of, ours, f"http://{www}{LIST}") == own   # no value: the default
        assert get(sandbox, f"http://{www}{LIST}?{PARAM}=zz")[0] == 404   # a negative: an unknown value
        assert not any(LIST in t for u, t in bodies.items()
                       if urlsplit(u).hostname == www and u != f"http://{www}/zwgk/index.html")


def _listed_levels(sandbox, report_of, ours, url: str) -> set[str]:
    """The unit levels of the reports of `ours` that the answer to `url` links."""
    text = get(sandbox, url)[2].decode()
    return {report_of[d["report_key"]]["unit_level"] for d in ours if urlsplit(d["url"]).path in _linked_paths(url, text)}
def _quirk_xlsxshape(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_xlsxshape import BUTTON, BUTTON_COLUMN, COLUMN, FOLDER, LABEL

    x = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    xdr = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    rel = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        column = bodies[column_url]
        assert f"<h2>{LABEL}</h2>" in column
        path = re.search(rf'附件：<a href="({FOLDER}W0\d{{14}}\.xlsx)">', column).group(1)
        xlsx_url = f"http://{www}{path}"
        status, headers, data = get(sandbox, xlsx_url)
        assert status == 200 and headers["Content-Type"] == XLSX and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        sheet, site = z.read("xl/worksheets/sheet1.xml"), f"http://{www}".encode()
        assert b"<hyperlink" not in sheet and b"HYPERLINK" not in sheet and site not in sheet
        assert site not in z.read("xl/sharedStrings.xml")   # no cell's text is an address
        sheet_rels = z.read("xl/worksheets/_rels/sheet1.xml.rels")
        assert b"/hyperlink" not in sheet_rels and site not in sheet_rels and b"/drawing" in sheet_rels
        assert not [n for n in z.namelist() if "comments" in n or n.endswith(".vml")]   # no notes either
        assert b'<drawing r:id="rId1"/>' in sheet and b"drawing+xml" in z.read("[Content_Types].xml")
        strings = ["".join(t.text or "" for t in si.iter(f"{x}t"))
                   for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml"))]
        cells = {c.get("r"): strings[int(c.find(f"{x}v").text)]
                 for c in ElementTree.fromstring(sheet).iter(f"{x}c") if c.get("t") == "s"}
        targets = {e.get("Id"): e.get("Target")
                   for e in ElementTree.fromstring(z.read("xl/drawings/_rels/drawing1.xml.rels")).iter(rel)
                   if e.get("Type").endswith("/hyperlink") and e.get("TargetMode") == "External"}
        shapes = {}
        for anchor in ElementTree.fromstring(z.read("xl/drawings/drawing1.xml")).iter(f"{xdr}twoCellAnchor"):
            row, col = int(anchor.find(f"{xdr}from/{xdr}row").text), int(anchor.find(f"{xdr}from/{xdr}col").text)
            assert col == BUTTON_COLUMN and "".join(t.text for t in anchor.iter(f"{a}t")) == BUTTON
            shapes[targets[anchor.find(f".//{xdr}cNvPr/{a}hlinkClick").get(r_id)]] = cells[f"D{row + 1}"]
        assert shapes and len(shapes) == len(targets)   # a click on a 查看 button → the title its row shows
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert re.fullmatch(rf"{FOLDER}\d{{6}}/t\d{{8}}_\d{{7}}\.html", url_path), url_path
            linked = {u for u, t in bodies.items() if u not in (doc["url"], xlsx_url) and url_path in _linked_paths(u, t)}
            assert not doc.get("needs_browser") and doc["format"] == "html"
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in shapes and column_url in linked
            else:   # named by a button's hyperlink only (no page, not even the home), on the row showing its title
                assert shapes.get(doc["url"]) == report["title"] and not linked, (doc["url"], linked)
        _unit_levels_and_old_years(truth, [d for d in ours if d["url"] in shapes])


def _quirk_pdfcrypt(sandbox, truth, bodies):
    import pypdfium2
    import pypdfium2.raw as pdfium_c
    from nianbao.crawler.sandbox.family_pdfcrypt import COLUMN, FOLDER, LABEL

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column_url = f"http://{www}{COLUMN}"
        column = bodies[column_url]
        assert f"<h2>{LABEL}</h2>" in column
        path = re.search(rf'附件：<a href="({FOLDER}P0\d{{14}}\.pdf)">', column).group(1)
        pdf_url = f"http://{www}{path}"
        status, headers, data = get(sandbox, pdf_url)
        assert status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
        assert b"http" not in data and b"/URI (" not in data and not _pdf_uris(data)   # no address in the clear
        assert b"/JavaScript" not in data and b"/GoToR" not in data and b"/EmbeddedFiles" not in data
        assert b"/ObjStm" not in data and b"/FlateDecode" not in data   # nothing compressed: only encrypted
        crypt = re.search(rb"/Encrypt (\d+) 0 R /ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", data)
        dictionary = re.search(rb"\n" + crypt.group(1) + rb" 0 obj\n(<<.*?>>)\nendobj", data, re.S).group(1)
        assert re.fullmatch(rb"<< /Filter /Standard /V 2 /R 3 /Length 128 /P (-\d+) /O <[0-9A-F]{64}> "
                            rb"/U <[0-9A-F]{64}> >>", dictionary)
        permissions = int(re.search(rb"/P (-\d+)", dictionary).group(1)) & 0xFFFFFFFF
        assert permissions & 4 and not permissions & 16   # printing allowed, copying not: a "secured" file
        links = [o for o in re.findall(rb"\n\d+ 0 obj\n(.*?)\nendobj", data, re.S) if b"/Subtype /Link" in o]
        assert links and all(re.search(rb"/A << /S /URI /URI <[0-9A-F]+> >>", o) for o in links)
        opened = _pdf_decrypted_uris(data)   # the empty user password opens it, as every reader does
        assert len(opened) == len(links) == len(set(opened)) and all(u.startswith(f"http://{www}/") for u in opened)
        pdf = pypdfium2.PdfDocument(data)   # a well-formed file pdfium opens without a password: text and links
        pages = [pdf[i] for i in range(len(pdf))]
        shown = "".join(page.get_textpage().get_text_range() for page in pages)
        annotations = sum(pdfium_c.FPDFPage_GetAnnotCount(page.raw) for page in pages)
        assert pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) == 3
        for page in pages:
            page.close()
        pdf.close()
        assert annotations == len(links) and "报告名称" in shown and "http" not in shown
        report_of, ours = _ours(truth, www)
        for doc in ours:
            url_path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            assert re.fullmatch(rf"{FOLDER}\d{{6}}/t\d{{8}}_\d{{7}}\.html", url_path), url_path
            naming = {u for u, t in bodies.items() if u != doc["url"] and (url_path in t or url_path in _linked_paths(u, t))}
            assert not doc.get("needs_browser") and doc["format"] == "html"
            if report["unit_level"] == "county_government" and report["year"] >= 2019:   # a negative: a plain link
                assert doc["url"] not in opened and column_url in naming
            else:   # named only by the encrypted 目录's link (its decrypted text in bodies), no page's link or text
                assert doc["url"] in opened and naming == {pdf_url}, (doc["url"], naming)
        _unit_levels_and_old_years(truth, [d for d in ours if d["url"] in opened])


def _quirk_esmchunk(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_esmchunk import ASSETS, COLUMNS

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        pages = [u for u in bodies if urlsplit(u).hostname == www]
        (entry,) = {m for u in pages for m in re.findall(r'<script type="module" crossorigin src="([^"]+)"></script>',
                                                          bodies[u])}
        assert re.fullmatch(rf"{ASSETS}index-[0-9a-f]{{8}}\.js", entry)
        columns = [u for u in pages if re.fullmatch(rf"http://{re.escape(www)}/\w+/zwgk/xxgkndbg/(bj|bm|xz)\.html", u)]
        assert len(columns) == len(COLUMNS)
        status, headers, body = get(sandbox, f"http://{www}{entry}")
        assert status == 200 and headers["Content-Type"].startswith("text/javascript")
        specifiers = re.findall(r'import\("(\./nb-(\w+)-[0-9a-f]{8}\.js)"\)', body.decode())
        assert sorted(k for _, k in specifiers) == sorted(COLUMNS)
        chunks = []
        for url in columns:
            key = urlsplit(url).path.rsplit("/", 1)[1][:-5]
            assert f'<ul class="list" id="nb-list" data-column="{key}"></ul>' in bodies[url]   # empty: drawn by the module
            (spec,) = [s for s, k in specifiers if k == key]
            chunk = urljoin(f"http://{www}{entry}", spec)   # relative to the entry module, not to the page
            assert urljoin(url, spec) not in bodies and get(sandbox, urljoin(url, spec))[0] == 404
            assert chunk in bodies and bodies[chunk].startswith("const rows = [") and "export { rows as default }" in bodies[chunk]
            assert not [u for u, t in bodies.items() if urlsplit(chunk).path in t]   # its full address: written nowhere
            chunks.append(chunk)
        _only_the_home_links(truth, bodies, www, chunks, lambda text, path: f'"u": "{path}"' in text)


def _quirk_xssiprefix(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_xssiprefix import COLUMNS, GUARD, api_url, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        answers = []
        for key in COLUMNS:
            page = bodies[f"http://{www}{column_path(key)}"]
            assert '<ul class="list" id="nb-list"></ul>' in page and f'fetch("{api_url(key)}"' in page
            url = f"http://{www}{api_url(key)}"
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"].startswith("application/json")
            text = body.decode("utf-8")
            assert text.startswith(GUARD) and bodies[url] == text
            with pytest.raises(json.JSONDecodeError):   # not a JSON document as served: the guard line comes first
                json.loads(text)
            rows = json.loads(text[len(GUARD):])["data"]   # once the guard is off, plain rows
            assert rows and all(r["url"].startswith("/zwgk/xxgknb/") for r in rows)
            answers.append(url)
        _only_the_home_links(truth, bodies, www, answers, lambda text, path: f'"url": "{path}"' in text)
        _, ours = _ours(truth, www)
        assert all(re.fullmatch(r"/zwgk/xxgknb/(\d{4})nb/\d{6}/t\d{8}_\d{6}\.html", urlsplit(d["url"]).path) for d in ours)


def _quirk_semiquery(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_semiquery import COLUMNS, PROGRAM, list_href, list_query

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        lists = sorted(u for u in bodies if urlsplit(u).hostname == www and urlsplit(u).path == PROGRAM)
        assert {f"http://{www}{list_href(key, 1)}" for key in COLUMNS} <= set(lists)
        assert any(not u.endswith(";page=1") for u in lists)   # some column runs to a second page
        guide = bodies[f"http://{www}/zwgk/index.html"]
        assert all(f'href="{list_href(key, 1)}"' in guide for key in COLUMNS)
        for url in lists:   # every list address joins its fields with `;`, no `&`
            query = urlsplit(url).query
            assert re.fullmatch(r"lm=(qzf|bm|jd);page=\d+", query), query
            key, n = re.fullmatch(r"lm=(\w+);page=(\d+)", query).groups()
            status, _, body = get(sandbox, url)
            assert status == 200
            same = get(sandbox, f"http://{www}{PROGRAM}?{list_query(key, int(n), '&')}")   # CGI.pm reads `&` alike
            assert same[0] == 200 and same[2] == body
            for respelt in (query.replace(";", "%3B"), quote(query, safe="="), quote(query, safe="")):
                status, _, body = get(sandbox, f"http://{www}{PROGRAM}?{respelt}")   # an escaped `;` is data
                assert status == 404 and "栏目不存在".encode() in body, respelt
            if int(n) > 1:   # a later page is linked only by its column's pager, in the `;` form
                linking = {u for u, t in bodies.items() if f'href="{list_href(key, int(n))}"' in t}
                assert linking and all(urlsplit(u).path == PROGRAM and f"lm={key};" in u for u in linking)
        assert get(sandbox, f"http://{www}{PROGRAM}?lm=xx;page=1")[0] == 404   # a negative: no such column
        report_of, ours = _ours(truth, www)
        later = [u for u in lists if not u.endswith(";page=1")]
        assert any(urlsplit(d["url"]).path in _linked_paths(u, bodies[u]) for u in later for d in ours)
        _only_the_columns_link(truth, bodies, www, lists)


def _quirk_status203(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_status203 import COLUMNS, STATUS, TOOLBAR, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in COLUMNS]
        for url in columns:   # 203 with the whole page, the gateway's toolbar in its head, to any request
            for headers in ({}, {"Accept-Encoding": "gzip"}, {"User-Agent": BROWSER_UA, **BROWSER_ACCEPT}):
                status, answer, body = sandbox.handle("GET", url, headers)
                assert status == STATUS == 203 and dict(answer)["Content-Type"].startswith("text/html")
                assert TOOLBAR.encode() in body and b'<ul class="list">' in body
            assert _text(answer, body) == bodies[url] and truth["pages"][url] == "list"
        _only_the_columns_link(truth, bodies, www, columns)
        report_of, ours = _ours(truth, www)
        for url in [f"http://{www}/", f"http://{www}/zwgk/index.html", *(d["url"] for d in ours)]:
            status, _, body = get(sandbox, url)   # a negative: the static pages pass untouched, 200
            assert status == 200 and TOOLBAR.encode() not in body, url


def _quirk_gzipcase(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_gzipcase import CODING, COLUMNS, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in COLUMNS]
        for url in columns:
            asked = {**_cleared(sandbox, url), "Accept-Encoding": "gzip, deflate, br"}
            status, headers, body = sandbox.handle("GET", url, asked)
            headers = dict(headers)
            assert status == 200 and headers["Content-Encoding"] == CODING == "GZIP" != "gzip"
            assert body[:2] == b"\x1f\x8b" and b"<a href=" not in body   # as sent: compressed, no link
            assert _text(headers, gzip.decompress(body)) == bodies[url]   # decoded, the page a browser shows
            status, headers, plain = get(sandbox, url)   # a negative: not asked for gzip, the plain page
            assert status == 200 and "Content-Encoding" not in headers and b"<a href=" in plain
        for url in (f"http://{www}/", f"http://{www}/zwgk/index.html", truth["documents"][0]["url"]):
            asked = {**_cleared(sandbox, url), "Accept-Encoding": "gzip"}   # a negative: static pages never coded
            assert "Content-Encoding" not in dict(sandbox.handle("GET", url, asked)[1])
        _only_the_columns_link(truth, bodies, www, columns)


def _quirk_queryloc(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_queryloc import COLUMNS, SCRIPT, entry, location

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        guide = bodies[f"http://{www}/zwgk/index.html"]
        columns = []
        for key in COLUMNS:
            assert f'href="{html.escape(entry(key))}"' in guide
            status, headers, _ = get(sandbox, f"http://{www}{entry(key)}")
            target = headers["Location"]
            assert status == 302 and target == location(key) and target.startswith("?")   # only a query
            resolved = urljoin(f"http://{www}{entry(key)}", target)   # RFC 3986 5.2.2: the path kept
            assert resolved == f"http://{www}{SCRIPT}?lb={key}&page=1" and truth["pages"][resolved] == "list"
            assert truth["redirects"][f"http://{www}{entry(key)}"] == resolved
            assert get(sandbox, resolved)[0] == 200
            misjoined = get(sandbox, f"http://{www}{target}")   # a negative: the query joined to the host's root
            assert misjoined[0] == 200 and misjoined[2] == get(sandbox, f"http://{www}/")[2]   # …is the home page
            unlinked = urlsplit(resolved).path + "?" + urlsplit(resolved).query
            assert not any(html.escape(unlinked) in t or unlinked in t for t in bodies.values())   # named by no page
            columns.append(resolved)
        for bad in (SCRIPT, f"{SCRIPT}?lb=xx"):   # a negative: no column without a known `lb`
            assert get(sandbox, f"http://{www}{bad}")[0] == 404
        _only_the_columns_link(truth, bodies, www, columns)
def _quirk_atobwrite(truth, bodies):
    from nianbao.crawler.sandbox.family_atobwrite import column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("xzf", "bm", "xz")]
        for url in columns:
            listing = bodies[url].split('<div id="nblist">', 1)[1].split("</div>", 1)[0]
            data = re.fullmatch(r'<script type="text/javascript">document\.write\(decodeURIComponent\(escape\('
                                r'window\.atob\("([A-Za-z0-9+/]+=*)"\)\)\)\);</script>', listing).group(1)
            markup = _atob_written(listing)
            assert markup.startswith('<ul class="list">') and markup.count('<a href="') >= 2
            assert "/zfxxgk_311/" in markup and "/zfxxgk_311/" not in data and "年" not in listing
        _only_the_home_links(truth, bodies, www, columns,
                             lambda text, path, www=www: f'href="http://{www}{path}"' in _atob_written(text))
        _, ours = _ours(truth, www)
        scripted = [urlsplit(d["url"]).path for d in ours if d.get("needs_browser")]
        assert not [p for p in scripted if any(p in t for u, t in bodies.items() if urlsplit(u).path != p)]
    # a negative: a script that writes no atob() string writes nothing
    assert _atob_written('<script>document.write(unescape("%3Cul%3E"));</script>') == ""


def _quirk_docxheader(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_docxheader import COLUMN, HEADER_ID, TITLE

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/zwgk/zfxxgknb/P0\d{{14}}\.docx)">{TITLE}\.docx</a>', column).group(1)
        z, body = _docx_annex_whose_body_links_nothing(sandbox, www, path)
        (reference,) = body.iter(f"{w}headerReference")   # the section names the header; no run of the body does
        assert reference.get(f"{r}id") == HEADER_ID and reference.get(f"{w}type") == "default"
        body_rels = ElementTree.fromstring(z.read("word/_rels/document.xml.rels"))
        (part,) = [e.get("Target") for e in body_rels if e.get("Id") == HEADER_ID and e.get("Type").endswith("/header")]
        assert "header+xml" in z.read("[Content_Types].xml").decode() and len(body_rels) == 1
        header = ElementTree.fromstring(z.read(f"word/{part}"))
        assert header.tag == f"{w}hdr"
        rels = {e.get("Id"): e.get("Target") for e in ElementTree.fromstring(z.read(f"word/_rels/{part}.rels"))
                if e.get("TargetMode") == "External"}
        targets = {rels[link.get(f"{r}id")]: "".join(t.text for t in link.iter(f"{w}t"))
                   for link in header.iter(f"{w}hyperlink")}
        assert len(targets) == len(rels) >= 4
        # the others named by the header's hyperlinks only, each showing the report's title
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_pptxindex(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_pptxindex import COLUMN, TITLE

    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    p = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/zfxxgk/zfxxgknb/P0\d{{14}}\.pptx)">{TITLE}\.pptx</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == PPTX and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        listed = [e.get(f"{r}id") for e in ElementTree.fromstring(z.read("ppt/presentation.xml")).iter(f"{p}sldId")]
        slide_rels = {e.get("Id"): e.get("Target") for e in ElementTree.fromstring(z.read("ppt/_rels/presentation.xml.rels"))}
        slides = [f"ppt/{slide_rels[rid]}" for rid in listed]
        assert len(slides) >= 3 and all(s in z.namelist() for s in slides)   # every slide the presentation lists
        targets, per_slide = {}, []
        for slide in slides:
            xml = z.read(slide)
            assert f"http://{www}".encode() not in xml   # the slide itself holds no address
            rels_part = slide.replace("slides/", "slides/_rels/") + ".rels"
            rels = {e.get("Id"): e.get("Target") for e in ElementTree.fromstring(z.read(rels_part))
                    if e.get("TargetMode") == "External"}
            links = []
            for run in ElementTree.fromstring(xml).iter(f"{a}r"):
                click = run.find(f"{a}rPr/{a}hlinkClick")
                if click is not None:
                    links.append(click.get(f"{r}id"))
                    targets[rels[click.get(f"{r}id")]] = run.find(f"{a}t").text
            assert sorted(links) == sorted(rels)   # each slide's links are its own relationships, all used
            per_slide.append(len(links))
        assert per_slide[0] == 0 and all(per_slide[1:])   # the cover links nothing; every year's slide does
        # the others named by the slides' hyperlinks only, each run showing the report's title
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_jshref(truth, bodies):
    from nianbao.crawler.sandbox.family_jshref import SCRIPT, column_path, js_href

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        columns = [f"http://{www}{column_path(key)}" for key in ("bj", "bm", "xz")]
        assert "window.open(url" in bodies[f"http://{www}{SCRIPT}"] and "function openWin(" in bodies[f"http://{www}{SCRIPT}"]
        for url in columns:
            text = bodies[url]
            assert f'src="{SCRIPT}"' in text
            rows = re.findall(r'<li><a href="([^"]*)"', text.split('<ul class="list">', 1)[1].split("</ul>", 1)[0])
            assert len(rows) >= 2 and all(re.fullmatch(r"javascript:openWin\('/xxgk/nb/\w+/\d{6}/t\d{8}_\d+\.html'\)", h)
                                          for h in rows)
        _only_the_home_links(truth, bodies, www, columns, lambda text, path: f'href="{js_href(path)}"' in text)
        _, ours = _ours(truth, www)
        # a negative: a javascript: href is not a link to its argument
        assert not _linked_paths(columns[0], f'<a href="{js_href(urlsplit(ours[0]["url"]).path)}">x</a>') & {
            urlsplit(d["url"]).path for d in ours}


def _quirk_fragkeep(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_fragkeep import APP, DATA, OLD_PAGE

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        guide = bodies[f"http://{www}/zwgk/index.html"]
        routes = re.findall(r'href="' + re.escape(OLD_PAGE) + r'#/list/([0-9a-f]{8})"', guide)
        assert len(set(routes)) == 3   # the three columns: the old page's address, each with its route
        status, headers, _ = get(sandbox, f"http://{www}{OLD_PAGE}")
        assert status == 301 and headers["Location"] == f"http://{www}{APP}"   # the redirect names no fragment
        app_url = f"http://{www}{APP}index.html"
        app = bodies[app_url]
        assert '"/xxgk/nb/data/" + m[1] + ".json"' in app and "location.hash" in app   # the router's one source
        report_of, ours = _ours(truth, www)
        columns = []
        for route in routes:
            landed = urlsplit(headers["Location"] + f"#/list/{route}")   # RFC 9110 10.2.2: the fragment inherited
            assert landed.path == APP and re.fullmatch(r"/list/([0-9a-f]{8})", landed.fragment).group(1) == route
            data_url = f"http://{www}{DATA}{route}.json"
            status, _, body = get(sandbox, data_url)
            assert status == 200 and json.loads(body)["rows"]
            naming = {u for u, t in bodies.items() if route in t and u != data_url}   # only the guide's fragments
            assert naming == {f"http://{www}/zwgk/index.html"}, naming
            columns.append(data_url)
        assert get(sandbox, f"http://{www}{DATA}{'0' * 8}.json")[0] == 404   # a negative: no other route's data
        # without the fragment the app lists nothing; the reports are named only by the routes' data files
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert path not in _linked_paths(app_url, app)
            assert sum(path in bodies[u] for u in columns) == 1, doc["url"]
            named = {u for u, t in bodies.items() if path in t and u not in columns and u != doc["url"]}
            assert named <= {f"http://{www}/", f"http://{www}/index.html"}, named
        hidden = [d for d in ours if d.get("needs_browser")]
        assert len(hidden) == len(ours) - 1   # all but the home page's newest need the route's script
        _unit_levels_and_old_years_any(truth, hidden)


def _quirk_backloc(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_backloc import COLUMNS, column_path, entry, location

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        guide = bodies[f"http://{www}/zwgk/index.html"]
        columns = []
        for key in COLUMNS:
            assert f'href="{html.escape(entry(key))}"' in guide
            status, headers, _ = get(sandbox, f"http://{www}{entry(key)}")
            target = headers["Location"]
            assert status == 302 and target == location(key) and "\\" in target and "/" not in target
            browser = urljoin(f"http://{www}{entry(key)}", _backslashes(target))   # the URL standard's reading
            assert browser == f"http://{www}{column_path(key)}" and truth["pages"][browser] == "list"
            assert truth["redirects"][f"http://{www}{entry(key)}"] == browser
            assert get(sandbox, browser)[0] == 200
            kept = urljoin(f"http://{www}{entry(key)}", target.replace("\\", "%5C"))   # a negative: RFC 3986's
            assert "%5C" in kept and get(sandbox, kept)[0] == 404                   # reading, the backslash kept
            unlinked = column_path(key)
            assert not any(html.escape(unlinked) in t or unlinked in t for t in bodies.values())   # named by no page
            columns.append(browser)
        _only_the_columns_link(truth, bodies, www, columns)
        _unit_levels_and_old_years(truth, _ours(truth, www)[1])


def _quirk_htmlmap(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_htmlmap import COLUMN, COLUMN_SHOWS, SEARCH, SITEMAP

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
        assert f"Sitemap: http://{www}{SITEMAP}" in robots and f"Disallow: {SEARCH}" in robots
        assert robots.count("Sitemap:") == 1   # the HTML page is the only site map named
        status, headers, _ = get(sandbox, f"http://{www}{SITEMAP}")
        assert status == 200 and headers["Content-Type"].startswith("text/html")   # a web page, not the protocol's
        sitemap_url = f"http://{www}{SITEMAP}"
        page = bodies[sitemap_url]
        assert "<urlset" not in page and "<loc>" not in page and "<a href=" in page
        assert get(sandbox, f"http://{www}/sitemap.xml")[0] == 404   # no XML site map at the root
        assert not any(SITEMAP in _linked_paths(u, t) for u, t in bodies.items())   # no page links the map
        column = bodies[f"http://{www}{COLUMN}"]
        assert column.count('<span class="date">') == COLUMN_SHOWS and f'href="{SEARCH}?' in column
        report_of, ours = _ours(truth, www)
        only_the_map = []
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert path in _linked_paths(sitemap_url, page) and not doc.get("needs_browser"), doc["url"]
            linking = {u for u, t in bodies.items() if path in t and u not in (doc["url"], sitemap_url)}
            assert linking <= {f"http://{www}{COLUMN}", f"http://{www}/", f"http://{www}/index.html"}, linking
            if not linking:
                only_the_map.append(doc)
        assert len(only_the_map) > len(ours) / 2   # most reports: only the HTML site map links them
        _unit_levels_and_old_years(truth, only_the_map)


def _quirk_linkmap(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_linkmap import COLUMN, COLUMN_SHOWS, SEARCH, SITEMAP

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        robots = get(sandbox, f"http://{www}/robots.txt")[2].decode()
        assert "sitemap" not in robots.lower()   # robots.txt names no site map
        assert get(sandbox, f"http://{www}/sitemap.xml")[0] == 404
        sitemap_url = f"http://{www}{SITEMAP}"
        status, headers, body = get(sandbox, sitemap_url)
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        locs = re.findall(r"<loc>([^<]+)</loc>", body.decode())
        head_link = f'<link rel="sitemap" type="application/xml" title="站点地图" href="{SITEMAP}">'
        announcing = {u for u, t in bodies.items() if SITEMAP in t and u != sitemap_url and urlsplit(u).hostname == www}
        assert announcing == {f"http://{www}/", f"http://{www}/index.html", f"http://{www}{COLUMN}"}
        for u in announcing:   # only in the head's <link>, never an <a>
            head, _, rest = bodies[u].partition("</head>")
            assert head_link in head and SITEMAP not in rest
        column = bodies[f"http://{www}{COLUMN}"]
        assert column.count('<span class="date">') == COLUMN_SHOWS and f'href="{SEARCH}?' in column
        report_of, ours = _ours(truth, www)
        only_the_map = []
        for doc in ours:
            path = urlsplit(doc["url"]).path
            assert doc["url"] in locs and not doc.get("needs_browser"), doc["url"]
            linking = {u for u, t in bodies.items() if path in t and u not in (doc["url"], sitemap_url)}
            assert linking <= {f"http://{www}{COLUMN}", f"http://{www}/", f"http://{www}/index.html"}, linking
            if not linking:
                only_the_map.append(doc)
        assert len(only_the_map) > len(ours) / 2   # most reports: only the announced site map names them
        _unit_levels_and_old_years(truth, only_the_map)
def _quirk_uoflist(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_uoflist import COLUMN, TITLE, UOF_NS, UOT_TYPE, WORD_NS

    uof, word = f"{{{UOF_NS}}}", f"{{{WORD_NS}}}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/zwgk/zfxxgk/zfxxgknb/P0\d{{14}}\.uot)">{TITLE}\.uot</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == UOT_TYPE   # no media type of its own: octet-stream
        assert b"href" not in data and not data.startswith(b"PK")   # one XML file, no zip, no href anywhere
        root = ElementTree.fromstring(data)
        assert root.tag == f"{uof}UOF"
        body = root.find(f"{uof}文字处理/{word}主体")
        assert f"http://{www}" not in ElementTree.tostring(body, encoding="unicode")   # the text holds no address
        titles = {}
        for sentence in body.iter(f"{word}句"):   # each hyperlink 区域: its start, the title, its end
            start = sentence.find(f"{word}区域开始")
            if start is not None:
                assert start.get(f"{word}类型") == "hyperlink"
                assert sentence.find(f"{word}区域结束").get(f"{word}标识符引用") == start.get(f"{word}标识符")
                titles[start.get(f"{word}标识符")] = sentence.find(f"{word}文本串").text
        links = list(root.find(f"{uof}链接集"))
        assert links and all(link.tag == f"{uof}超级链接" for link in links)
        targets = {link.get(f"{uof}目标"): titles[link.get(f"{uof}链源")] for link in links}   # joined by the id
        assert len(targets) == len(links) == len(titles) >= 4
        # the others named by the 链接集's targets only, each joined to the report's title
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_soaplist(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox import family_soaplist as soaplist
    from nianbao.crawler.sandbox.family_soaplist import COLUMNS, NAMESPACE, OPERATION, SERVICE, column_path

    soap = "{http://schemas.xmlsoap.org/soap/envelope/}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        service = f"http://{www}{SERVICE}"
        columns, listed = [], {}
        for key in COLUMNS:
            page = bodies[f"http://{www}{column_path(key)}"]
            class_id = re.search(r"<classInfoId>(\d+)</classInfoId>", page).group(1)
            assert f'"{SERVICE}"' in page and f"'{soaplist.SOAP_ACTION}'" in page and '<ul id="infoList"></ul>' in page
            envelope = soaplist.request_envelope(class_id).encode()
            asked = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": soaplist.SOAP_ACTION}
            status, headers, data = sandbox.handle("POST", service, asked, envelope)
            assert status == 200 and dict(headers)["Content-Type"].startswith("text/xml")
            result = ElementTree.fromstring(data).find(f"{soap}Body/{{{NAMESPACE}}}{OPERATION}Response")
            rows = list(result.iter(f"{{{NAMESPACE}}}InfoItem"))
            paths = [r.find(f"{{{NAMESPACE}}}LinkUrl").text for r in rows]
            assert len(rows) >= 1 and all(p.startswith("/xxgk/") and p.endswith(".shtml") for p in paths)
            assert not set(paths) & _linked_paths(f"http://{www}{column_path(key)}", page)   # the shell links none
            listed[key] = paths
            columns.append(f"http://{www}{column_path(key)}")
            # negatives: no SOAPAction, a JSON body, the HTTP GET binding: a fault or an error, no rows
            for headers_, body_ in (({"Content-Type": "text/xml; charset=utf-8"}, envelope),
                                    ({"Content-Type": "application/json", "SOAPAction": soaplist.SOAP_ACTION},
                                     json.dumps({"classInfoId": int(class_id)}).encode())):
                status, _, data = sandbox.handle("POST", service, headers_, body_)
                assert status == 500 and b"<LinkUrl>" not in data
            status, _, data = get(sandbox, f"{service}/{OPERATION}?classInfoId={class_id}&pageIndex=1&pageSize=100")
            assert status == 500 and b"Request format is unrecognized" in data
        for query in ("", f"?op={OPERATION}", "?WSDL"):   # the help page, the sample, the description: no data
            status, _, data = get(sandbox, service + query)
            assert status == 200 and b"/xxgk/2" not in data
        _, ours = _ours(truth, www)
        every = {p for paths in listed.values() for p in paths}
        assert {urlsplit(d["url"]).path for d in ours} <= every   # each report answered by the service (look-alikes too)…
        assert sum(map(len, listed.values())) == len(every)   # …in one column only
        for doc in ours:   # …and linked as HTML by no page but the home (the government's newest report)
            path = urlsplit(doc["url"]).path
            linked = {u for u, t in bodies.items() if "#post" not in u and u != doc["url"] and path in _linked_paths(u, t)}
            assert linked <= {f"http://{www}/", f"http://{www}/index.html"}, (doc["url"], linked)


def _quirk_geomap(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_geomap import GEO_TYPE, GEOJSON, TOWNS

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        towns_url, data_url = f"http://{www}{TOWNS}index.html", f"http://{www}{GEOJSON}"
        shell = bodies[towns_url]
        assert f'fetch("{GEOJSON}")' in shell and "feature.properties.url" in shell and "L.geoJSON(" in shell
        assert GEOJSON not in _linked_paths(towns_url, shell)   # named in the script only, not as a link
        status, headers, body = get(sandbox, data_url)
        assert status == 200 and headers["Content-Type"] == GEO_TYPE
        data = json.loads(body)
        assert data["type"] == "FeatureCollection" and len(data["features"]) >= 2
        folders = []
        for feature in data["features"]:
            ring = feature["geometry"]["coordinates"][0]
            assert feature["geometry"]["type"] == "Polygon" and ring[0] == ring[-1] and len(ring) >= 4   # closed
            assert all(73 < lon < 136 and 3 < lat < 54 for lon, lat in ring)   # longitude first, within China
            href = feature["properties"]["url"]
            assert href.startswith(TOWNS) and get(sandbox, f"http://{www}{href}")[0] == 200
            folders.append(href.removesuffix("index.html"))
        for folder in folders:   # a township's page: named by the map's data alone, by no page of the site
            assert not [u for u, t in bodies.items() if u != data_url and urlsplit(u).hostname == www
                        and not urlsplit(u).path.startswith(folder)   # the township's own pages link its articles
                        and folder in t + " ".join(_linked_paths(u, t))]
        report_of, ours = _ours(truth, www)
        for doc in ours:
            path, report = urlsplit(doc["url"]).path, report_of[doc["report_key"]]
            linked = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]
                      and urlsplit(u).hostname == www}
            if report["unit_level"] == "township":   # listed on its township's page, reached through the map only
                (folder,) = [f for f in folders if path.startswith(f)]
                assert linked == {f"http://{www}{folder}index.html"} and doc["needs_browser"], (doc["url"], linked)
            else:   # a negative: the government's and departments' reports are plain links of the 年报 column
                assert f"http://{www}/zwgk/ndbg/index.html" in linked and not doc.get("needs_browser")


def _quirk_xpsindex(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_xpsindex import COLUMN, TITLE, XPS_NS, XPS_TYPE

    xps = f"{{{XPS_NS}}}"
    navigate = "FixedPage.NavigateUri"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/xxgk/zfxxgknb/P0\d{{14}}\.xps)">{TITLE}\.xps</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == XPS_TYPE and data.startswith(b"PK\x03\x04")
        z = zipfile.ZipFile(io.BytesIO(data))
        pages = [n for n in z.namelist() if n.endswith(".fpage")]
        assert len(pages) >= 1 and not [n for n in z.namelist() if n.endswith(".rels") and n != "_rels/.rels"]
        for name in z.namelist():   # nothing but the pages holds an address: no relationship, no document part
            assert (f"http://{www}".encode() in z.read(name)) == (name in pages), name
        text = bodies[f"http://{www}{path}"]   # the pages as the fixture reached them: from the root relationship
        assert text.count("<FixedPage ") == len(pages)   # every page part reached
        targets = {}
        for name in pages:
            for run in ElementTree.fromstring(z.read(name)).iter(f"{xps}Glyphs"):
                if run.get(navigate):
                    targets[run.get(navigate)] = run.get("UnicodeString")   # the link is the glyph run's own
        assert len(targets) >= 4
        # the others named by the glyph runs' NavigateUri only, each run showing the report's title
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_uavary(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_uavary import COLUMNS, column_path

    phones = (PHONE_UA, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
              "Gecko) Version/17.1 Mobile/15E148 Safari/604.1")
    desktops = (BROWSER_UA, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                "Version/17.1 Safari/605.1.15", "")
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        columns = [f"http://{www}{column_path(key)}" for key in COLUMNS]
        desktop_seen, phone_seen = set(), set()
        for url in columns:
            desktop = set()
            for agent in desktops:   # a desktop browser (or no User-Agent): the widget of the newest year's
                status, headers, body = sandbox.handle("GET", url, {"User-Agent": agent} if agent else {})
                headers = dict(headers)
                assert status == 200 and headers["Vary"] == "User-Agent"
                linked = _linked_paths(url, body.decode())
                assert desktop in (set(), linked)
                desktop = linked
            phone = set()
            for agent in phones:   # a phone: the same address, the whole list
                status, headers, body = sandbox.handle("GET", url, {"User-Agent": agent})
                assert status == 200 and dict(headers)["Vary"] == "User-Agent"
                phone = _linked_paths(url, body.decode())
            on_desktop = {d["url"] for d in ours if urlsplit(d["url"]).path in desktop}
            assert on_desktop < {d["url"] for d in ours if urlsplit(d["url"]).path in phone}
            assert len({report_of[d["report_key"]]["year"] for d in ours if d["url"] in on_desktop}) <= 1
            desktop_seen |= desktop
            phone_seen |= phone
        elsewhere = {u: _linked_paths(u, t) for u, t in bodies.items() if u not in columns}
        hidden = []
        for doc in ours:   # every report is on a phone's column; most only there, linked by no other page
            path = urlsplit(doc["url"]).path
            assert path in phone_seen, doc["url"]
            if path not in desktop_seen and not any(path in linked for linked in elsewhere.values()):
                hidden.append(doc)
        assert len(hidden) >= len(ours) // 2
        _unit_levels_and_old_years_any(truth, hidden)
        assert min(report_of[d["report_key"]]["year"] for d in hidden) < 2019


def _quirk_formcharset(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_formcharset import COLUMN, COLUMNS, EMPTY, FIELD, QUERY

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        column = f"http://{www}{COLUMN}"
        form = bodies[column]
        assert 'charset=utf-8' in form and f'action="{QUERY}" method="get" accept-charset="gbk"' in form
        values = re.findall(r'<option value="([^"]+)">', form)
        assert values == list(COLUMNS.values())
        listed = {}
        for value in values:
            as_gbk = f"http://{www}{QUERY}?{FIELD}={quote(value, encoding='gbk')}"   # the form's accept-charset
            status, headers, body = get(sandbox, as_gbk)
            assert status == 200 and "charset=gbk" in headers["Content-Type"]
            listed[as_gbk] = _linked_paths(as_gbk, body.decode("gbk"))
            as_utf8 = f"http://{www}{QUERY}?{FIELD}={quote(value)}"   # the page's own encoding: other characters
            status, headers, body = get(sandbox, as_utf8)
            assert status == 200 and EMPTY in body.decode("gbk") and 't20' not in body.decode("gbk")
            assert as_utf8 not in bodies
        assert EMPTY in get(sandbox, f"http://{www}{QUERY}")[2].decode("gbk")   # no value: nothing
        elsewhere = {u: _linked_paths(u, t) for u, t in bodies.items() if u not in listed}
        hidden = []
        for doc in ours:   # each report on one kind's list; no other page links it but the home its newest
            path = urlsplit(doc["url"]).path
            assert sum(path in paths for paths in listed.values()) == 1, doc["url"]
            linking = {u for u, paths in elsewhere.items() if path in paths and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
            if not linking:
                hidden.append(doc)
        assert len(hidden) == len(ours) - 1
        _unit_levels_and_old_years_any(truth, hidden)


def _quirk_gbkjson(sandbox, truth, bodies):
    from nianbao.crawler.sandbox.family_gbkjson import COLUMNS, LIST, column_path

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        report_of, ours = _ours(truth, www)
        answers = {}
        for key in COLUMNS:
            page = bodies[f"http://{www}{column_path(key)}"]
            assert f'"{LIST}?lb={key}"' in page and "JSON.parse(xhr.responseText)" in page
            url = f"http://{www}{LIST}?lb={key}"
            status, headers, body = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == "application/json;charset=GBK"
            with pytest.raises(UnicodeDecodeError):   # JSON's UTF-8 rule (json.loads of the bytes): no row
                json.loads(body)
            rows = json.loads(body.decode("gbk"))["data"]   # the header's charset, as XHR's responseText
            assert rows and all(r["title"] in body.decode("gbk") for r in rows)
            answers[url] = {urlsplit(r["url"]).path for r in rows}
        assert json.loads(get(sandbox, f"http://{www}{LIST}?lb=xx")[2].decode("gbk"))["data"] == []   # a negative
        for doc in ours:   # on one column's answer; no page links it but the home its newest
            path = urlsplit(doc["url"]).path
            assert sum(path in paths for paths in answers.values()) == 1, doc["url"]
            linking = {u for u, t in bodies.items() if path in _linked_paths(u, t) and u != doc["url"]}
            assert linking <= {f"http://{www}/", f"http://{www}/index.html"}, linking
        hidden = [d for d in ours if d.get("needs_browser")]
        assert len(hidden) == len(ours) - 1
        _unit_levels_and_old_years_any(truth, hidden)
def _quirk_olesheet(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_olesheet import COLUMN, DOCX_TYPE, EMBEDDED, PACKAGE_REL, TITLE

    rels_ns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/xxgk/zfxxgknb/P0\d{{14}}\.docx)">{TITLE}\.docx</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == DOCX_TYPE
        z = zipfile.ZipFile(io.BytesIO(data))
        for name in set(z.namelist()) - {EMBEDDED}:   # the Word file's own parts name no report: only the workbook
            assert f"http://{www}".encode() not in z.read(name), name
        assert b"<w:hyperlink" not in z.read("word/document.xml") and b"HYPERLINK" not in z.read("word/document.xml")
        assert b'ProgID="Excel.Sheet.12"' in z.read("word/document.xml")
        rels = ElementTree.fromstring(z.read("word/_rels/document.xml.rels"))
        embedding = [r for r in rels.iter(f"{rels_ns}Relationship") if r.get("Type") == PACKAGE_REL]
        assert [r.get("Target") for r in embedding] == [EMBEDDED.removeprefix("word/")]   # reached by that relationship
        inner = zipfile.ZipFile(io.BytesIO(z.read(EMBEDDED)))   # a workbook: a package inside the package
        sheet = ElementTree.fromstring(inner.read("xl/worksheets/sheet1.xml"))
        main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
        doc_r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
        strings = [si.findtext(f"{main}t") for si in ElementTree.fromstring(inner.read("xl/sharedStrings.xml"))]
        cells = {c.get("r"): strings[int(c.findtext(f"{main}v"))] for c in sheet.iter(f"{main}c") if c.get("t") == "s"}
        targets_of = {r.get("Id"): r.get("Target") for r in
                      ElementTree.fromstring(inner.read("xl/worksheets/_rels/sheet1.xml.rels")).iter(f"{rels_ns}Relationship")}
        targets = {targets_of[h.get(f"{doc_r}id")]: cells[h.get("ref")] for h in sheet.iter(f"{main}hyperlink")}
        assert len(targets) >= 4
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)



def _quirk_epubindex(sandbox, truth, bodies):
    from html.parser import HTMLParser

    from nianbao.crawler.sandbox.family_epubindex import COLUMN, EPUB_TYPE, TITLE

    class Links(HTMLParser):   # each <a href>'s address and its text
        def __init__(self):
            super().__init__()
            self.targets, self.href = {}, None

        def handle_starttag(self, tag, attrs):
            self.href = dict(attrs).get("href") if tag == "a" else self.href

        def handle_data(self, data):
            if self.href:
                self.targets[self.href] = data

        def handle_endtag(self, tag):
            self.href = None if tag == "a" else self.href

    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/xxgk/zfxxgknb/P0\d{{14}}\.epub)">{TITLE}\.epub</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == EPUB_TYPE and data[30:38] == b"mimetype"
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.infolist()[0].compress_type == zipfile.ZIP_STORED   # OCF: readers check the first entry's bytes
        chapters = [n for n in z.namelist() if n.startswith("OEBPS/text/")]
        assert len(chapters) >= 2 and f"http://{www}".encode() not in data   # deflated: not in the file's bytes,
        for name in z.namelist():                                          # only in the chapters once inflated
            assert (f"http://{www}".encode() in z.read(name)) == (name in chapters), name
        links = Links()
        links.feed(bodies[f"http://{www}{path}"])   # the chapters as the fixture reached them: container → spine
        targets = {u: t for u, t in links.targets.items() if u.startswith("http")}
        assert len(targets) >= 4
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_subdoc(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_subdoc import COLUMN, DOCX_TYPE, SUBDOC_REL, TITLE

    rels_ns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/xxgk/zfxxgknb/P0\d{{14}}\.docx)">{TITLE}\.docx</a>', column).group(1)
        status, headers, master = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == DOCX_TYPE
        z = zipfile.ZipFile(io.BytesIO(master))
        assert not [n for n in z.namelist() if f"http://{www}".encode() in z.read(n)]   # the master names no report
        document = ElementTree.fromstring(z.read("word/document.xml"))
        assert not list(document.iter(f"{w}hyperlink"))
        rels = {r.get("Id"): r for r in ElementTree.fromstring(z.read("word/_rels/document.xml.rels"))
                .iter(f"{rels_ns}Relationship")}
        subdocs = [rels[s.get(r_id)] for s in document.iter(f"{w}subDoc")]
        assert len(subdocs) >= 2 and all(r.get("Type") == SUBDOC_REL and r.get("TargetMode") == "External"
                                         and not r.get("Target").startswith(("/", "http")) for r in subdocs)
        targets = {}
        for rel in subdocs:   # each relative to the master's own address, served there, linked by no page
            url = urljoin(f"http://{www}{path}", rel.get("Target"))
            assert not [u for u, t in bodies.items() if urlsplit(url).path in _linked_paths(u, t)]
            status, headers, data = get(sandbox, url)
            assert status == 200 and headers["Content-Type"] == DOCX_TYPE
            sub = zipfile.ZipFile(io.BytesIO(data))
            sub_rels = {r.get("Id"): r.get("Target") for r in ElementTree.fromstring(
                sub.read("word/_rels/document.xml.rels")).iter(f"{rels_ns}Relationship")}
            for link in ElementTree.fromstring(sub.read("word/document.xml")).iter(f"{w}hyperlink"):
                targets[sub_rels[link.get(r_id)]] = "".join(t.text or "" for t in link.iter(f"{w}t"))
        assert len(targets) >= 4
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)


def _quirk_strictxlsx(sandbox, truth, bodies):
    from xml.etree import ElementTree

    from nianbao.crawler.sandbox.family_strictxlsx import COLUMN, STRICT_MAIN, STRICT_RELS, TITLE, XLSX_TYPE

    main, rels_ns = f"{{{STRICT_MAIN}}}", "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for portal in truth["portals"]:
        www = portal["hosts"][0]
        column = bodies[f"http://{www}{COLUMN}"]
        path = re.search(rf'附件：<a href="(/xxgk/zfxxgknb/P0\d{{14}}\.xlsx)">{TITLE}\.xlsx</a>', column).group(1)
        status, headers, data = get(sandbox, f"http://{www}{path}")
        assert status == 200 and headers["Content-Type"] == XLSX_TYPE
        z = zipfile.ZipFile(io.BytesIO(data))
        for name in z.namelist():   # no part speaks the transitional dialect a default save writes
            assert b"schemas.openxmlformats.org/spreadsheetml" not in z.read(name), name
            assert b"schemas.openxmlformats.org/officeDocument" not in z.read(name), name
        workbook = ElementTree.fromstring(z.read("xl/workbook.xml"))
        assert workbook.tag == f"{main}workbook" and workbook.get("conformance") == "strict"
        sheet_rel = [r for r in ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(f"{rels_ns}Relationship")
                     if r.get("Type") == f"{STRICT_RELS}/worksheet"]
        assert [r.get("Target") for r in sheet_rel] == ["worksheets/sheet1.xml"]
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
        strings = [si.findtext(f"{main}t") for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml"))]
        cells = {c.get("r"): strings[int(c.findtext(f"{main}v"))] for c in sheet.iter(f"{main}c") if c.get("t") == "s"}
        link_rels = {r.get("Id"): r for r in ElementTree.fromstring(z.read("xl/worksheets/_rels/sheet1.xml.rels"))
                     .iter(f"{rels_ns}Relationship")}
        assert all(r.get("Type") == f"{STRICT_RELS}/hyperlink" for r in link_rels.values())
        targets = {link_rels[h.get(f"{{{STRICT_RELS}}}id")].get("Target"): cells[h.get("ref")]
                   for h in sheet.iter(f"{main}hyperlink")}
        assert len(targets) >= 4
        _assert_only_the_annex_names_the_rest(truth, bodies, www, COLUMN, path, targets)
