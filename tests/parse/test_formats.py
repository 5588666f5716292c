"""One format sniffer (parse/formats.py) for the crawler (the `format` of a classification record, and whether
a response is a page) and the parser (which reader): magic bytes before markup, type and suffix."""

from __future__ import annotations

import io
import zipfile

import pytest
from nianbao.parse.formats import OLE_MAGIC, sniff_format, url_suffix

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def zipped(*names: str, mimetype: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        if mimetype is not None:   # an OpenDocument package's first member, stored
            zf.writestr("mimetype", mimetype, zipfile.ZIP_STORED)
        for name in names:
            zf.writestr(name, "<x/>")
    return buffer.getvalue()


ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"


@pytest.mark.parametrize("body, ctype, url, fmt", [
    # OLE containers: the suffix tells WPS, Excel and ET from Word; any other suffix is Word's
    (OLE_MAGIC + b"\0" * 100, "application/octet-stream", "http://a.gov.cn/u/2023/nb.wps", "wps"),
    (OLE_MAGIC + b"\0" * 100, None, "http://a.gov.cn/u/nb.WPS?v=2", "wps"),
    (OLE_MAGIC + b"\0" * 100, "application/msword", "http://a/x.doc", "doc"),
    (OLE_MAGIC + b"\0" * 100, None, "http://a/x.xls", "xls"),
    (OLE_MAGIC + b"\0" * 100, None, "http://a/x.et", "et"),
    (OLE_MAGIC + b"\0" * 100, None, "x.pdf", "doc"),
    (b"\xd0\xcf\x11\xe0rest", "application/msword", "http://a/x.doc", "doc"),
    # zip containers: by suffix, else by their members, else by the Content-Type
    (zipped("word/document.xml"), None, "http://a/download.do?id=1", "docx"),
    (zipped("xl/workbook.xml"), None, "http://a/download.do?id=1", "xlsx"),
    (zipped("OFD.xml"), None, "http://a/download.do?id=1", "ofd"),
    (zipped("a.txt"), None, "http://a/x.ofd", "ofd"),
    (zipped("a.txt"), None, "http://a/files.zip", "zip"),
    (b"PK\x03\x04rest", DOCX_TYPE, "http://a/x", "docx"),
    # an OpenDocument package by its `mimetype` member, its type or its suffix; an ODF sheet is no XLSX
    (zipped("content.xml", mimetype=ODT), None, "http://a/download.do?id=1", "odt"),
    (zipped("content.xml", mimetype=ODS), "application/octet-stream", "http://a/download.do?id=1", "ods"),
    (b"PK\x03\x04rest", ODS, "http://a/x", "ods"),
    (zipped("a.txt"), None, "http://a/nbml.odt", "odt"),
    (zipped("content.xml", mimetype="application/epub+zip"), None, "http://a/download.do?id=1", "zip"),
    (zipped("content.xml", mimetype="application/vnd.oasis.opendocument.presentation"), None, None, "zip"),
    # magic bytes before type and suffix
    (b"%PDF-1.7", "application/octet-stream", "http://a/x", "pdf"),
    (b"%PDF-1.4 ...", "text/html", "x.html", "pdf"),
    (b"\r\n%PDF-1.4 ...", None, None, "pdf"),
    (b"{\\rtf1\\ansi report}", None, "http://a/x.doc", "rtf"),
    # markup before type and suffix
    (b"<html><body>x</body></html>", "text/html", "http://a/x.pdf", "html"),
    (b"<!DOCTYPE html><html>", None, "http://a/x", "html"),
    (b"<!DOCTYPE html><html>", "application/octet-stream", "x.doc", "html"),
    (b'<?xml version="1.0"?><!DOCTYPE html><html>', "application/xml", None, "html"),
    # then the Content-Type, then the suffix
    (b"plain words", "application/pdf", None, "pdf"),
    (b"plain words", "text/html; charset=gbk", None, "html"),
    (b"plain words", "text/plain", "http://a/x.html", "txt"),
    (b"plain words", None, "http://x/a.docx?x=1", "docx"),
    (b"plain words", None, "http://x/%E5%B9%B4%E6%8A%A5.PDF", "pdf"),
    (b"plain words", "application/octet-stream", "http://a/dataproxy.jsp", "html"),
    # last, the body itself
    (b"x <div>list</div>", None, None, "html"),
    (b"<recordset><record><![CDATA[x]]></record></recordset>", "text/xml", None, "html"),
    (b"plain words", None, None, "txt"),
    (b"\x89PNG\r\n\x1a\n\0\0\0", "application/octet-stream", "http://a/download.do?id=3", "file"),
])
def test_sniff_format(body, ctype, url, fmt):
    assert sniff_format(body, ctype, url) == fmt


def test_a_zip_cut_short_is_told_by_its_type():
    assert sniff_format(zipped("word/document.xml")[:30], DOCX_TYPE, None) == "docx"
    assert sniff_format(zipped("word/document.xml")[:30], None, None) == "zip"


def test_url_suffix():
    assert url_suffix("http://a.gov.cn/u/%E5%B9%B4%E6%8A%A5.Pdf?download=1#p2") == "pdf"
    assert url_suffix("http://a.gov.cn/zfxxgk/") is None
    assert url_suffix("http://a.gov.cn/index") is None
    assert url_suffix(None) is None
    assert url_suffix("http://[bad") is None


def test_an_opendocument_file_is_read_by_its_reader_not_as_noise():
    from nianbao.parse.text import extract_text

    odd = extract_text(zipped("content.xml", mimetype=ODT), None, "http://a/download.do?id=1")   # (parse/odf.py)
    assert odd.format == "odt" and odd.text == ""
    assert "office:body" in " ".join(str(error) for error in odd.errors)
    archive = extract_text(zipped("a.txt"), None, "http://a/files.zip")   # a plain zip keeps its own reason
    assert archive.format == "zip" and "office:body" not in " ".join(str(error) for error in archive.errors)
