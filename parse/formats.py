"""Which format a document is in, from its bytes, its Content-Type and its URL: one answer for the crawler (the
`format` of its classification record, and whether a response is a page to read for links) and for the parser
(which reader extracts its text).

Magic bytes first (they cannot lie about PDF, OLE, zip or RTF); an OLE or zip container is told apart by the
URL's suffix (a `.wps` of Kingsoft WPS and an `.xls` are OLE files like a `.doc`) or, for zip, by its members
(an OpenDocument package by its `mimetype` member: ODF 1.2 part 3, 3.3);
then the markup at the start of the body, an MHTML archive (a MIME message's headers, and its type or `.mht` name:
parse/mhtml.py `is_mhtml`), the Content-Type, the URL's suffix, and a last look at the body.

Formats: html, pdf, doc, docx, wps, xls, xlsx, et, ofd, odt, ods, rtf, mht, zip, rar, txt (legible text) and file
(other binary)."""

from __future__ import annotations

import io
import re
import zipfile
from urllib.parse import unquote, urlsplit

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # Compound File Binary: Word 97-2003, Excel 97-2003, WPS, ET
ZIP_MAGIC = b"PK\x03\x04"
RAR_MAGIC = b"Rar!\x1a\x07"   # RAR 4 (then \x00) and RAR 5 (then \x01\x00)
OLE_FORMATS = ("doc", "xls", "wps", "et")          # an OLE file with none of these suffixes is taken for Word's
ZIP_FORMATS = ("docx", "xlsx", "ofd", "odt", "ods")
# OpenDocument text and spreadsheet (GB/T 17798; LibreOffice's and WPS's): the media type the package's `mimetype` says
ODF_TYPES = {"application/vnd.oasis.opendocument.text": "odt", "application/vnd.oasis.opendocument.spreadsheet": "ods"}
ODF_FORMATS = tuple(ODF_TYPES.values())
_MAX_MIMETYPE_BYTES = 100
# MHTML (RFC 2557, parse/mhtml.py): how servers send it, what it is named, where a message's headers are
MHTML_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive")
MHTML_SUFFIXES = ("mht", "mhtml")
_MIME_HEADER = re.compile(rb"^(?:mime-version|content-type)\s*:", re.I | re.M)
_MIME_HEAD_BYTES = 4096

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body|meta|title|div|table|p|script)\b", re.I | re.S)
_MARKUP = re.compile(rb"<(?:p|div|table|br|span|a)\b", re.I)
_BY_TYPE = {
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/kswps": "wps", "application/vnd.ms-works": "wps",
    "application/ofd": "ofd",
    **ODF_TYPES,
    "application/rtf": "rtf", "text/rtf": "rtf",
    "application/zip": "zip", "application/x-zip-compressed": "zip",
    "application/x-rar-compressed": "rar", "application/vnd.rar": "rar",
    "text/plain": "txt",
    "text/html": "html", "application/xhtml+xml": "html",
}
_BY_SUFFIX = {
    **{name: name for name in ("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ofd", "odt", "ods", "rtf", "zip",
                                     "rar", "txt")},
    **{name: "html" for name in ("html", "htm", "shtml", "xhtml", "jsp", "asp", "aspx", "php")},
}


def url_suffix(url: str | None) -> str | None:
    """The lower-cased suffix of the URL's path (`/u/报告.PDF?x=1` → `pdf`), or None."""
    try:
        path = unquote(urlsplit(url or "").path)
    except ValueError:
        return None
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[1].strip().lower() or None if "." in name else None


def sniff_format(data: bytes, content_type: str | None = None, url: str | None = None) -> str:
    """The format of a document (one of the module docstring's names)."""
    head = data[:1024]
    suffix = url_suffix(url)
    if data.startswith(RAR_MAGIC):   # before %PDF-: a RAR storing a PDF uncompressed has one in its first bytes
        return "rar"
    if head.lstrip().startswith(b"%PDF") or head.find(b"%PDF-") != -1:
        return "pdf"
    if data.startswith(OLE_MAGIC):
        return suffix if suffix in OLE_FORMATS else "doc"
    if data.startswith(ZIP_MAGIC):
        return _zip_format(data, content_type, suffix)
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")[:512]):
        return "html"
    if _mhtml(data, content_type, url):
        return "mht"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in _BY_TYPE:
        return _BY_TYPE[ctype]
    if "html" in ctype:
        return "html"
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if b"<" in head[:200] and _MARKUP.search(data[:4096]):
        return "html"
    if "xml" in ctype or (ctype.startswith("text/") and ctype != "text/plain"):
        return "html"   # read for links like a page (lxml reads XML lists and odd text/* pages alike)
    return "file" if b"\0" in head else "txt"


def is_mhtml(content_type: str, url: str, body: bytes) -> bool:
    """An MHTML archive (parse/mhtml.py) by its type, or by its `.mht`/`.mhtml` name when its bytes begin as a MIME
    message does (a server that sends it as application/octet-stream or text/plain)."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in MHTML_TYPES:
        return True
    return url_suffix(url) in MHTML_SUFFIXES and is_mime_message(body)


def is_mime_message(body: bytes) -> bool:
    """Whether the bytes begin as a MIME message does (a MIME-Version or Content-Type header)."""
    return _MIME_HEADER.search(body[:_MIME_HEAD_BYTES]) is not None


def _mhtml(data: bytes, content_type: str | None, url: str | None) -> bool:
    """A MIME message's headers at the start (a page served as message/rfc822 is a page: its markup was seen first)
    and an MHTML type or name."""
    return is_mime_message(data) and is_mhtml(content_type or "", url or "", data)


def _zip_format(data: bytes, content_type: str | None, suffix: str | None) -> str:
    if suffix in ZIP_FORMATS:
        return suffix
    names: set[str] = set()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:   # an OpenDocument package names its type in its first, stored member
                with zf.open("mimetype") as member:
                    declared = member.read(_MAX_MIMETYPE_BYTES).decode("ascii", "replace").strip()
                if declared in ODF_TYPES:
                    return ODF_TYPES[declared]
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError, EOFError):
        pass   # cut short (the first bytes of a large file): the Content-Type must say
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ODF_TYPES:   # before "spreadsheet" below: an ODF sheet's type says spreadsheet too
        return ODF_TYPES[ctype]
    if "word/document.xml" in names or "word" in (content_type or "").lower():
        return "docx"
    if "xl/workbook.xml" in names or "spreadsheet" in (content_type or "").lower():
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"
