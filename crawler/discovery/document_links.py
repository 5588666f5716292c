"""Links inside documents: the hyperlinks of a fetched Word file (DOCX, DOC), workbook (XLSX, XLS) or OpenDocument
text or sheet (ODT, ODS), as links of a page.

A county's 历年政府信息公开工作年度报告目录.docx, a 部门年报汇总表.xlsx or a 公开目录 attachment is a list: a table of
titles, each a hyperlink to the report's page. Word saves a pasted or inserted link as a `<w:hyperlink r:id>`
whose target is an external relationship (word/_rels/document.xml.rels, `TargetMode="External"`); WPS and pasted
web text often save it as a field (`HYPERLINK "…"` in a `w:instrText` or a `w:fldSimple`); Excel keeps a cell's link
in the sheet's `<hyperlinks>` (its target in the sheet's relationships) or as a `HYPERLINK("…","…")` formula. Each
link is labelled by its text (the cell's value; the table row's or paragraph's text when the link text is empty or
an address), so the spider ranks it like a page's link (a report title → an article). An OpenDocument file (as
LibreOffice and WPS save one; GB/T 17798) keeps every link, in a text or a sheet's cell, as a `<text:a xlink:href>`
in its content.xml (ODF 1.2 part 1, 6.1.8), labelled by the element's text (else its table row's or paragraph's).

Read for every DOCX, XLSX, ODT and ODS the crawl fetches, not only for those found in a disclosure context: the check costs
one small zip member (the relationships part; the body is read only when it names a link), a 目录 file is often
linked from a 公告 or a news page rather than the column, and the links are ranked, not followed blindly.
A PDF's link annotations (URI actions, labelled by the text under the link's rectangle: pdfium) only for a PDF named
as an index (目录, 汇总, 汇编, 一览, 清单, 索引 in its link text or file name) of at most limits.MAX_LINKED_PDF_BYTES: most
PDFs a crawl fetches are the reports themselves, and loading their pages would cost the crawl's reactor thread tens of
milliseconds each. Such a PDF's page text is read too: the addresses printed in it (a 汇总表's 网址 column, no
annotation) follow its hyperlinks (document_text_links.py); and its outline: a 汇编 whose pages print titles only
opens each report from a bookmark whose action is a URI (PDF 1.7 §12.3.3), labelled by the bookmark's title and
tagged `document_outline`, after the page links; and its form's buttons: a widget annotation's URI action (tagged
`pdf_widget`, read by pdfminer: pdfium gives no widget's action). A DOCX's footnotes, endnotes, comments, headers and
footers are read like its body, each part with its own relationships (tagged `document_part`).

The binary formats of Word and Excel 97-2003 (and Kingsoft's WPS/ET, the same containers), told apart by the OLE
file's streams rather than the URL's suffix: a `.doc`'s links are its `HYPERLINK "…"` fields, read from the
document's text (the WordDocument stream's pieces, through the table stream's piece table: [MS-DOC] 2.4.1; olefile
opens the container), labelled by the field's result text (else its table row or paragraph); an `.xls`'s are its
HLINK records (xlrd's `hyperlink_list`), labelled by the linked cell's value (else the link's description).
An `.xls`'s HYPERLINK() formulas are not read (xlrd does not decompile formulas), nor a Word 6/95 file's fields.

Word's and Excel's 2003 XML formats under a binary format's name: Java and .NET 信息公开 systems fill a template of
WordprocessingML (`<w:wordDocument>`, `<?mso-application progid="Word.Document"?>`) or SpreadsheetML (`<ss:Workbook>`)
for their 导出, and send it as a `.doc` (application/msword) or `.xls` (application/vnd.ms-excel), which Word and
Excel open by the XML's root, not the name. So the body is sniffed, not the name: an OLE-named body that is an XML
document (xml_links.is_xml_document: a declaration, no `<html`) is read for a WordprocessingML hyperlink (`<w:hlink
w:dest>`, labelled by its `w:t` runs, else its table row or paragraph) or a SpreadsheetML cell's link (`ss:HRef`,
labelled by the cell's `ss:Data`, else its row); another root has no links read (`unread`: `not_office_xml`). Tagged
OFFICE_XML_TAG. An HTML page saved under a `.doc` name (Word's "Save as Web Page") is a page
(parse/formats.py sniffs `<html`), read as one before this.

Hand-written on zipfile and lxml rather than python-docx/openpyxl: those load the whole package (styles,
images, every sheet) to reach two parts, and neither bounds what it inflates (parse/unpack.py). Bounded: the file's
size, each part's unpacked size (read at most that far: a zip whose headers lie cannot inflate more), the sheets
read and the links per document. Pure."""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree
from nianbao.crawler import limits
from nianbao.crawler.discovery.document_text_links import text_links
from nianbao.crawler.discovery.page import Link, clean_text
from nianbao.crawler.discovery.pdf_attachments import declares_attachments, embedded_files
from nianbao.crawler.discovery.xml_links import is_xml_document
from nianbao.parse.formats import sniff_format

FORMATS = ("docx", "xlsx", "odt", "ods", "pdf", "doc", "xls", "wps", "et")
ODF_FORMATS = ("odt", "ods")   # one reader: their links are the same element of content.xml
OLE_FORMATS = ("doc", "xls", "wps", "et")   # one container (parse/formats.py): the streams say Word's or Excel's
# a PDF read for its links only when so named (汇编: a compilation of many reports, bookmarked one by one)
INDEX_NAME = re.compile(r"目录|汇总|汇编|一览|清单|索引|mulu|huizong|huibian", re.I)
OUTLINE_TAG = "document_outline"   # a PDF bookmark's URI action (its outline, not its pages)
OFFICE_XML_TAG = "office_xml"       # a Word/Excel 2003 XML document's hyperlink (under a .doc/.xls name)
WIDGET_TAG = "pdf_widget"           # a PDF form field's button (a widget annotation's URI action)
WORD_PART_TAG = "document_part"     # a DOCX's hyperlink outside its body (a footnote, endnote, comment, header, footer)
ATTACHMENT_TAG = "pdf_attachment"   # a hyperlink of a file embedded in a PDF (pdf_attachments.py)
MAX_LABEL_CHARS = 200
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_ROW = f"{_ODF_TABLE}table-row"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_ODF_SPACES = (f"{_ODF_TEXT}s", f"{_ODF_TEXT}tab", f"{_ODF_TEXT}line-break")
_ODF_BLOCKS = (f"{_ODF_TEXT}p", f"{_ODF_TEXT}h", f"{_ODF_TABLE}table-cell")
# a field's instruction: HYPERLINK "target" (a `\l "bookmark"` switch alone is a link inside the document)
_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]{1,2000})"', re.I)
_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]{1,2000})"', re.I)
_ADDRESS_TEXT = re.compile(r"^\s*(?:https?://|www\.)", re.I)
_CELL_REF = re.compile(r"^([A-Z]{1,3}\d{1,7})")
_SHEET = re.compile(r"^xl/worksheets/sheet\d+\.xml$")
WORD_BODY = "word/document.xml"
# the relationship types of a Word document's parts whose text can hold a hyperlink besides the body's (a text box's
# text is in the part of the body, header or footer it floats in)
_WORD_LINK_PARTS = frozenset({"footnotes", "endnotes", "comments", "header", "footer"})
# no DTDs, entities or network: a document is untrusted input
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


@dataclass
class DocumentLinks:
    links: list[Link] = field(default_factory=list)
    unread: str | None = None     # why the document was not read (too_large, part_too_large, bad_zip, bad_xml,
    #                               bad_pdf, bad_ole, bad_doc, bad_xls, encrypted, not_office_xml)
    truncated: bool = False       # more links than MAX_DOCUMENT_LINKS
    attachments_read: int = 0     # a PDF's embedded files read for links (pdf_attachments.py)
    attachments_skipped: int = 0  # … left unread: over the bounds, unreadable, or of a format no reader reads
    fallback: bool = False        # read by the any-bytes fallback (raw_links.py), no format reader having found a link
    refused: str | None = None    # … after the format reader refused it (its `unread` reason: bad_doc, bad_zip …)
    unfolded: int = 0             # … of texts whose folded lines it joined (an iCalendar, a vCard: raw_links.py)


class _Unread(Exception):
    pass


def read_for_links(fmt: str, url: str, name: str = "", body: bytes = b"") -> bool:
    """Whether `document_links` reads a file of format `fmt` at all: Word files, workbooks, index-named PDFs, and a
    PDF `body` that embeds files (read for its attachments)."""
    return fmt in FORMATS and (fmt != "pdf" or _index_named(url, name) or declares_attachments(body))


def _index_named(url: str, name: str) -> bool:
    return bool(INDEX_NAME.search(f"{name} {url}"))


def document_links(body: bytes, url: str, fmt: str, name: str = "", attachments: bool = True) -> DocumentLinks:
    """The http(s) hyperlinks of the DOCX, XLSX or index-named PDF `body` fetched from `url` (relative targets
    resolve against it; `name`: the text of the link it was reached by), in document order, each once, at most
    limits.MAX_DOCUMENT_LINKS; then, when `attachments`, those of the files a PDF embeds (a PDF not named an index:
    those only)."""
    out = DocumentLinks()
    if not read_for_links(fmt, url, name, body if attachments else b""):
        return out
    if len(body) > (limits.MAX_LINKED_PDF_BYTES if fmt == "pdf" else limits.MAX_LINKED_DOCUMENT_BYTES):
        out.unread = "too_large"
        return out
    texts: list[str] = []   # the text a reader read anyway (a PDF's pages), for the addresses printed in it
    outline: list[tuple[str, str]] = []   # a PDF's bookmarks' URI actions
    noted: list[tuple[str, str]] = []     # a DOCX's links outside its body (footnotes, headers …)
    buttons: list[tuple[str, str]] = []   # a PDF form's buttons' URI actions
    tag = "document"
    attached: list[Link] = []             # the links of a PDF's embedded files
    try:
        if fmt == "pdf":
            index = _index_named(url, name)
            found = _pdf_links(body, texts, outline, buttons) if index else []
            if attachments and (index or declares_attachments(body)):
                attached = _attached_links(body, url, out)
        elif fmt in OLE_FORMATS and is_xml_document("", body):
            found, tag = _office_xml_links(body), OFFICE_XML_TAG
        elif fmt in OLE_FORMATS:
            found = _ole_links(body)
        else:
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                found = (_docx_links(archive, noted) if fmt == "docx" else _odf_links(archive) if fmt in ODF_FORMATS
                         else _xlsx_links(archive))
    except _Unread as exc:
        out.unread = str(exc)
        return out
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, OSError):
        out.unread = "bad_zip"   # (a CRC error, an unknown compression, a cut-short download)
        return out
    seen: set[str] = set()
    tagged = [(target, label, tag) for target, label in found]
    tagged += [(target, label, WORD_PART_TAG) for target, label in noted]
    tagged += [(target, label, WIDGET_TAG) for target, label in buttons]
    tagged += [(link.url, link.label, ATTACHMENT_TAG) for link in attached]
    for target, label, tag in tagged + [(target, label, OUTLINE_TAG) for target, label in outline]:
        link = urljoin(url, target.strip())
        if not link.startswith(("http://", "https://")) or link in seen:
            continue
        if len(out.links) >= limits.MAX_DOCUMENT_LINKS:
            out.truncated = True
            break
        seen.add(link)
        out.links.append(Link(link, label, "", tag))
    # addresses printed as text (a 汇总表's 网址 column): after the hyperlinks, each once
    for printed in text_links("\n".join(texts), url) if texts and not out.truncated else []:
        if printed.url not in seen:
            seen.add(printed.url)
            out.links.append(printed)
    return out


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """The part `name` unpacked, read no further than limits.MAX_DOCUMENT_PART_BYTES (zipfile inflates as it is
    read and stops at the declared size); None when the package has no such part."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limits.MAX_DOCUMENT_PART_BYTES:
        raise _Unread("part_too_large")
    with archive.open(info) as member:
        return member.read(limits.MAX_DOCUMENT_PART_BYTES + 1)


def _xml(data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise _Unread("bad_xml") from None


def _hyperlink_targets(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship id → target of the part's external hyperlinks (its `_rels/<name>.rels`)."""
    folder, name = posixpath.split(part)
    data = _part(archive, posixpath.join(folder, "_rels", name + ".rels"))
    if not data:
        return {}
    return {rel.get("Id"): rel.get("Target") for rel in _xml(data).iter(_PKG_REL)
            if (rel.get("Type") or "").endswith("/hyperlink") and rel.get("Target") and rel.get("Id")}


def _text(element: etree._Element, tag: str) -> str:
    return clean_text("".join(t.text or "" for t in element.iter(tag)))[:MAX_LABEL_CHARS]


def _word_text_of(element: etree._Element) -> str:
    return _text(element, f"{_W}t")


def _odf_text_of(element: etree._Element) -> str:
    """An ODF element's text: mixed content (spans) read whole, a space element (`text:s`, a tab, a line break) and
    the end of a paragraph or cell as a space (the parser's depth limit bounds the walk)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag in _ODF_SPACES:
                parts.append(" ")
            elif isinstance(child.tag, str):
                walk(child)
                if child.tag in _ODF_BLOCKS:   # a row's cells, a cell's paragraphs: words apart
                    parts.append(" ")
            parts.append(child.tail or "")

    walk(element)
    return clean_text("".join(parts))[:MAX_LABEL_CHARS]


def _context_label(element: etree._Element, row: str = f"{_W}tr", paragraphs: tuple[str, ...] = (f"{_W}p",),
                   text_of=_word_text_of) -> str:
    """The text of the table row (else the paragraph) around `element`: the label of a link whose own text is empty
    or an address."""
    paragraph = None
    node = element.getparent()
    while node is not None:
        if node.tag == row:
            return text_of(node)
        if node.tag in paragraphs and paragraph is None:
            paragraph = node
        node = node.getparent()
    return text_of(paragraph) if paragraph is not None else ""


def _label(element: etree._Element, text: str, **context) -> str:
    return text if text and not _ADDRESS_TEXT.match(text) else _context_label(element, **context) or text


def _odf_links(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """The `text:a` hyperlinks of an OpenDocument text or sheet (content.xml; its styles and meta hold none that
    name a report)."""
    data = _part(archive, "content.xml")
    if not data or b"href" not in data:
        return []
    out: list[tuple[str, str]] = []
    for element in _xml(data).iter(f"{_ODF_TEXT}a"):
        target = element.get(_XLINK_HREF)
        if target:
            out.append((target, _label(element, _odf_text_of(element), row=_ODF_ROW,
                                       paragraphs=(f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"), text_of=_odf_text_of)))
            if len(out) > limits.MAX_DOCUMENT_LINKS:
                break
    return out


def _docx_links(archive: zipfile.ZipFile, noted: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The body's hyperlinks; those of every other part of the document that can hold one (its footnotes, endnotes,
    comments, headers and footers: `_word_parts`), each part read with its own relationships (ECMA-376 §17.11: a
    footnote's hyperlink targets a relationship of word/_rels/footnotes.xml.rels), appended to `noted`."""
    body, *others = _word_parts(archive)
    out = _word_part_links(archive, body)
    for part in others:
        if len(out) + len(noted) > limits.MAX_DOCUMENT_LINKS:
            break
        noted.extend(_word_part_links(archive, part))
    return out


def _word_parts(archive: zipfile.ZipFile) -> list[str]:
    """The body, then the parts its relationships name whose type can hold a hyperlink (in the order named), at most
    limits.MAX_DOCUMENT_WORD_PARTS in all."""
    parts = [WORD_BODY]
    data = _part(archive, "word/_rels/document.xml.rels")
    for rel in _xml(data).iter(_PKG_REL) if data else ():
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if kind in _WORD_LINK_PARTS and rel.get("TargetMode") != "External" and target:
            part = posixpath.normpath(posixpath.join("word", target)).lstrip("/") if not target.startswith("/") \
                else target.lstrip("/")
            if part not in parts:
                parts.append(part)
        if len(parts) >= limits.MAX_DOCUMENT_WORD_PARTS:
            break
    return parts


def _word_part_links(archive: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """The hyperlinks (`w:hyperlink r:id`, a HYPERLINK field) of one WordprocessingML part, labelled by their text."""
    targets = _hyperlink_targets(archive, part)
    if not targets:   # no hyperlink relationship: only a field can hold one (WPS, pasted web text)
        head = _part(archive, part)
        if head is None or b"HYPERLINK" not in head:
            return []
        root = _xml(head)
    else:
        root = _xml(_part(archive, part) or b"<x/>")
    out: list[tuple[str, str]] = []
    fields: list[dict] = []   # complex fields open at this point: begin → instrText… → separate → result runs → end
    for element in root.iter(f"{_W}hyperlink", f"{_W}fldSimple", f"{_W}fldChar", f"{_W}instrText", f"{_W}t"):
        tag = element.tag
        if tag == f"{_W}hyperlink":
            target = targets.get(element.get(_R_ID) or "")
            if target:
                out.append((target, _label(element, _text(element, f"{_W}t"))))
        elif tag == f"{_W}fldSimple":
            match = _FIELD.match(element.get(f"{_W}instr") or "")
            if match:
                out.append((match.group(1), _label(element, _text(element, f"{_W}t"))))
        elif tag == f"{_W}fldChar":
            kind = element.get(f"{_W}fldCharType")
            if kind == "begin" and len(fields) < 8:
                fields.append({"instr": "", "text": "", "result": False, "at": element})
            elif kind == "separate" and fields:
                fields[-1]["result"] = True
            elif kind == "end" and fields:
                done = fields.pop()
                match = _FIELD.match(done["instr"])
                if match:
                    out.append((match.group(1), _label(done["at"], clean_text(done["text"])[:MAX_LABEL_CHARS])))
        elif fields:
            if tag == f"{_W}instrText" and not fields[-1]["result"]:
                fields[-1]["instr"] += element.text or ""
            elif tag == f"{_W}t" and fields[-1]["result"]:
                fields[-1]["text"] += element.text or ""
        if len(out) > limits.MAX_DOCUMENT_LINKS:
            break
    return out


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    data = _part(archive, "xl/sharedStrings.xml")
    if not data:
        return []
    return [clean_text("".join(t.text or "" for t in si.iter(f"{_S}t"))) for si in _xml(data).iter(f"{_S}si")]


def _xlsx_links(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    sheets = sorted((n for n in archive.namelist() if _SHEET.match(n)),
                    key=lambda n: int(re.sub(r"\D", "", n)))[: limits.MAX_DOCUMENT_SHEETS]
    out: list[tuple[str, str]] = []
    strings: list[str] | None = None
    for sheet in sheets:
        targets = _hyperlink_targets(archive, sheet)
        data = _part(archive, sheet) or b""
        if not targets and b"HYPERLINK(" not in data:
            continue
        root = _xml(data)
        if strings is None:
            strings = _shared_strings(archive)
        linked: dict[str, str] = {}   # cell → target of the sheet's <hyperlinks>, labelled by the cell's value
        for link in root.iter(f"{_S}hyperlink"):
            target = targets.get(link.get(_R_ID) or "")
            ref = _CELL_REF.match(link.get("ref") or "")
            if target and link.get("display"):
                out.append((target, clean_text(link.get("display"))[:MAX_LABEL_CHARS]))
            elif target and ref:
                linked[ref.group(1)] = target
        for cell in root.iter(f"{_S}c"):
            formula = cell.find(f"{_S}f")
            match = _FORMULA.search(formula.text or "") if formula is not None else None
            if match:
                out.append((match.group(1), _cell_value(cell, strings)))
            elif cell.get("r") in linked:
                out.append((linked[cell.get("r")], _cell_value(cell, strings)))
        if len(out) > limits.MAX_DOCUMENT_LINKS:
            break
    return out


def _cell_value(cell: etree._Element, strings: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return clean_text("".join(t.text or "" for t in cell.iter(f"{_S}t")))[:MAX_LABEL_CHARS]
    value = cell.find(f"{_S}v")
    text = value.text if value is not None and value.text else ""
    if kind == "s":
        try:
            return strings[int(text)][:MAX_LABEL_CHARS]
        except (ValueError, IndexError):
            return ""
    return clean_text(text)[:MAX_LABEL_CHARS]


def _pdf_links(body: bytes, texts: list[str], outline: list[tuple[str, str]],
               buttons: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The URI link annotations of the first limits.MAX_LINKED_PDF_ANNOTATION_PAGES pages, each labelled by the
    text under its rectangle; each of the first limits.MAX_LINKED_PDF_PAGES pages' text appended to `texts` (its printed addresses are links too: document_text_links.py)
    and the outline's URI actions to `outline` (`_pdf_outline_links`); its form's buttons' to `buttons`
    (`_pdf_widget_actions`).
    pdfium inflates a page's content stream whole to read its text: the streams are checked first (parse/unpack.py)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from nianbao.parse.unpack import UnpackLimit, check_pdf_streams

    try:
        pdf = pdfium.PdfDocument(body)
    except pdfium.PdfiumError:
        raise _Unread("bad_pdf") from None
    out: list[tuple[str, str]] = []
    checked = False
    try:
        outline.extend(_pdf_outline_links(pdf))   # the outline needs no page loaded
        # a form's buttons (AcroForm widgets): read only when the catalog has a form, their rows' text by pdfium
        widgets = _pdf_widget_actions(body) if raw.FPDF_GetFormType(pdf.raw) != raw.FORMTYPE_NONE else {}
        for index in range(min(len(pdf), limits.MAX_LINKED_PDF_ANNOTATION_PAGES)):
            page = pdf[index]
            if not checked:
                try:
                    check_pdf_streams(body)
                except UnpackLimit:
                    raise _Unread("part_too_large") from None
                checked = True
            # the first pages' text is read whole (printed addresses); a later page's only when it has a link (its
            # label): a 汇编's address table follows a hundred pages of reports, and a page with no link costs its
            # load and annotation walk only
            textpage = page.get_textpage() if index < limits.MAX_LINKED_PDF_PAGES else None
            if textpage is not None and sum(map(len, texts)) < limits.MAX_DOCUMENT_TEXT_CHARS:
                texts.append(textpage.get_text_range())
            pos, link = ctypes.c_int(0), raw.FPDF_LINK()
            while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
                uri = _pdf_uri(pdf, raw.FPDFLink_GetAction(link))
                if not uri:
                    continue
                textpage = textpage or page.get_textpage()
                rect = raw.FS_RECTF()
                label = ""
                if raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
                    label = clean_text(textpage.get_text_bounded(rect.left, rect.bottom, rect.right, rect.top))
                out.append((uri, label[:MAX_LABEL_CHARS]))
                if len(out) > limits.MAX_DOCUMENT_LINKS:
                    return out
            for uri, tooltip, (bottom, top), caption in widgets.get(index, ()):
                # the field's tooltip (what a reader shows over the button), else its table row's text, else caption
                row = "" if tooltip else clean_text(textpage.get_text_bounded(0, bottom, page.get_width(), top))
                buttons.append((uri, (tooltip or row or caption)[:MAX_LABEL_CHARS]))
    except pdfium.PdfiumError:   # a page pdfium cannot load: the links read so far stand
        return out
    finally:
        pdf.close()
    return out


def _pdf_widget_actions(body: bytes) -> dict[int, list[tuple[str, str, tuple[float, float], str]]]:
    """Page index → the URI actions of the page's widget annotations (a form field's button: PDF 1.7 §12.5.6.19, its
    `/A`, else a mouse-up or -down action of its `/AA`), each with the field's tooltip (`/TU`), the rectangle's
    vertical span and the button's caption (`/MK /CA`), for the first limits.MAX_LINKED_PDF_PAGES pages. pdfium
    reads a Link annotation's action but not a widget's (FPDFAnnot_GetLink is for links only): pdfminer (pdfplumber's
    parser, a dependency) reads the annotation dictionaries; a JavaScript or SubmitForm action is no link."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psparser import PSException

    found: dict[int, list[tuple[str, str, tuple[float, float], str]]] = {}
    count = 0
    try:
        pages = PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(body))))
        for index, page in zip(range(limits.MAX_LINKED_PDF_PAGES), pages, strict=False):
            for annot in _pdf_list(page.annots)[:limits.MAX_DOCUMENT_LINKS]:
                annot = _pdf_resolve(annot)
                if not isinstance(annot, dict) or _pdf_name(annot.get("Subtype")) != "Widget":
                    continue
                uri = _pdf_widget_uri(annot)
                rect = [_pdf_resolve(v) for v in _pdf_list(annot.get("Rect"))]
                if not uri or len(rect) != 4 or not all(isinstance(v, (int, float)) for v in rect):
                    continue
                caption = _pdf_resolve(annot.get("MK"))
                found.setdefault(index, []).append((
                    uri, _pdf_string(annot.get("TU")), (min(rect[1], rect[3]), max(rect[1], rect[3])),
                    _pdf_string(caption.get("CA")) if isinstance(caption, dict) else ""))
                count += 1
                if count > limits.MAX_DOCUMENT_LINKS:
                    return found
    except (PSException, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        pass   # a dictionary pdfminer cannot read: the widgets read so far stand (pdfium reads the rest)
    return found


def _pdf_widget_uri(annot: dict) -> str:
    """The http(s) address a widget opens: its action, else a mouse-up or mouse-down additional action."""
    extra = _pdf_resolve(annot.get("AA"))
    extra = extra if isinstance(extra, dict) else {}
    for action in (annot.get("A"), extra.get("U"), extra.get("D")):
        action = _pdf_resolve(action)
        if isinstance(action, dict) and _pdf_name(action.get("S")) == "URI":
            uri = _pdf_resolve(action.get("URI"))
            if isinstance(uri, bytes) and len(uri) <= 2000:
                return uri.decode("utf-8", "replace")
    return ""


def _pdf_resolve(value):
    from pdfminer.pdftypes import resolve1

    return resolve1(value)


def _pdf_list(value) -> list:
    value = _pdf_resolve(value)
    return value if isinstance(value, list) else []


def _pdf_name(value) -> str:
    return getattr(_pdf_resolve(value), "name", "")


def _pdf_string(value) -> str:
    from pdfminer.utils import decode_text

    value = _pdf_resolve(value)
    return clean_text(decode_text(value[:4 * MAX_LABEL_CHARS])) if isinstance(value, bytes) else ""


def _pdf_uri(pdf, action) -> str:
    """The address of a URI action (PDF 1.7 §12.6.4.7; up to 2,000 bytes), "" for any other action."""
    import ctypes

    import pypdfium2.raw as raw

    if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
        return ""
    size = raw.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
    if not 1 < size <= 2001:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
    return buffer.value.decode("utf-8", "replace")


def _pdf_outline_links(pdf) -> list[tuple[str, str]]:
    """The URI actions of the document outline's items (its bookmarks, PDF 1.7 §12.3.3), each labelled by the item's
    title: a 汇编 whose pages print only titles opens each report from its bookmark. An item that goes to a page of the
    document (GoTo) is no link. Bounded: limits.MAX_PDF_OUTLINE_ITEMS items read, limits.MAX_PDF_OUTLINE_DEPTH levels
    (pypdfium2's walk stops at a circular reference)."""
    import itertools

    import pypdfium2.raw as raw

    out: list[tuple[str, str]] = []
    for item in itertools.islice(pdf.get_toc(max_depth=limits.MAX_PDF_OUTLINE_DEPTH), limits.MAX_PDF_OUTLINE_ITEMS):
        uri = _pdf_uri(pdf, raw.FPDFBookmark_GetAction(item.raw))
        if uri:
            out.append((uri, clean_text(item.get_title())[:MAX_LABEL_CHARS]))
    return out


def _attached_links(body: bytes, url: str, out: DocumentLinks) -> list[Link]:
    """The links of the files the PDF `body` embeds (pdf_attachments.py) that this module reads — a workbook, a Word
    file, an index-named PDF — each read as if fetched from `url`, one level deep (an attached PDF's own attachments
    are not read); the files read and left unread counted on `out`. Streams are checked before pdfium inflates one."""
    import pypdfium2 as pdfium
    from nianbao.parse.unpack import UnpackLimit, check_pdf_streams

    try:
        check_pdf_streams(body)
        pdf = pdfium.PdfDocument(body)
    except UnpackLimit:
        raise _Unread("part_too_large") from None
    except pdfium.PdfiumError:
        raise _Unread("bad_pdf") from None
    try:
        embedded = embedded_files(pdf)
    finally:
        pdf.close()
    out.attachments_skipped += embedded.skipped
    links: list[Link] = []
    for name, data in embedded.files:
        fmt = sniff_format(data, None, name)
        found = document_links(data, url, fmt, name, attachments=False)
        if found.unread or not read_for_links(fmt, url, name):
            out.attachments_skipped += 1
            continue
        out.attachments_read += 1
        links += found.links
    return links


# ---------------------------------------------------------------------- Word and Excel 2003 XML
_WORDML = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_SPREADSHEETML = "{urn:schemas-microsoft-com:office:spreadsheet}"


def _office_xml_links(body: bytes) -> list[tuple[str, str]]:
    """The hyperlinks of a WordprocessingML or SpreadsheetML 2003 document (module docstring); the document is one
    part, bounded as a package's part is."""
    if len(body) > limits.MAX_DOCUMENT_PART_BYTES:
        raise _Unread("part_too_large")
    root = _xml(body)
    if root.tag == f"{_WORDML}wordDocument":
        links, target_attr = root.iter(f"{_WORDML}hlink"), f"{_WORDML}dest"

        def label(element: etree._Element) -> str:
            return _label(element, _text(element, f"{_WORDML}t"), row=f"{_WORDML}tr", paragraphs=(f"{_WORDML}p",),
                          text_of=lambda node: _text(node, f"{_WORDML}t"))
    elif root.tag == f"{_SPREADSHEETML}Workbook":
        links, target_attr = root.iter(f"{_SPREADSHEETML}Cell"), f"{_SPREADSHEETML}HRef"

        def label(element: etree._Element) -> str:
            return _label(element, _text(element, f"{_SPREADSHEETML}Data"), row=f"{_SPREADSHEETML}Row", paragraphs=(),
                          text_of=lambda node: clean_text(" ".join(node.itertext()))[:MAX_LABEL_CHARS])
    else:
        raise _Unread("not_office_xml")
    out: list[tuple[str, str]] = []
    for element in links:
        target = element.get(target_attr)
        if target:
            out.append((target, label(element)))
            if len(out) > limits.MAX_DOCUMENT_LINKS:
                break
    return out


# ---------------------------------------------------------------------- Word and Excel 97-2003 (OLE containers)

_FIELD_MARKS = re.compile("[\x13\x14\x15]")   # a field's begin, separator (code | result) and end characters
_DOC_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DOC_BREAK = re.compile("\r|\x07\x07")     # a paragraph's end; a table row's end (its last cell's mark and its own)


def _ole_links(body: bytes) -> list[tuple[str, str]]:
    import olefile

    try:
        ole = olefile.OleFileIO(body)
    except (OSError, ValueError, IndexError, struct.error):
        raise _Unread("bad_ole") from None
    with ole:
        if ole.exists("WordDocument"):
            return _word_links(ole)
        for name in ("Workbook", "Book"):   # BIFF8, BIFF5
            if ole.exists(name):
                # xlrd parses a sheet whole: the workbook stream is bounded as a DOCX's part is (a 64 MB .xls of
                # three 60,000-row sheets took 2.0 s and 279 MB here)
                if ole.get_size(name) > limits.MAX_DOCUMENT_PART_BYTES:
                    raise _Unread("part_too_large")
                return _xls_links(body)
    return []   # another OLE file (a Works or Visio document, say): no links read


def _stream(ole, name: str) -> bytes:
    """One stream of the container, read no further than limits.MAX_DOCUMENT_PART_BYTES."""
    try:
        if ole.get_size(name) > limits.MAX_DOCUMENT_PART_BYTES:
            raise _Unread("part_too_large")
        with ole.openstream(name) as stream:
            return stream.read(limits.MAX_DOCUMENT_PART_BYTES + 1)
    except (OSError, ValueError, IndexError, struct.error):
        raise _Unread("bad_ole") from None


def _word_text(ole) -> str:
    """The text of a Word 97-2003 document (main text, then footnotes, headers …), field characters kept: its pieces
    in the order of the piece table (the Clx in the table stream the FIB names), each 8-bit (cp1252) or UTF-16.
    Hand-written: no maintained Python library reads .doc text, and parse/ runs antiword, which prints a field's
    result but never its code."""
    word = _stream(ole, "WordDocument")
    try:
        ident, flags = struct.unpack_from("<H8xH", word, 0)
        if ident != 0xA5EC:   # Word 6/95 or no Word file: another FIB
            raise _Unread("bad_doc")
        if flags & 0x0100:    # fEncrypted
            raise _Unread("encrypted")
        csw = struct.unpack_from("<H", word, 32)[0]
        cslw = struct.unpack_from("<H", word, 34 + csw * 2)[0]
        blob = 34 + csw * 2 + 2 + cslw * 4
        if struct.unpack_from("<H", word, blob)[0] < 34:   # cbRgFcLcb: fcClx/lcbClx is pair 33
            raise _Unread("bad_doc")
        fc_clx, lcb_clx = struct.unpack_from("<II", word, blob + 2 + 33 * 8)
        table = _stream(ole, "1Table" if flags & 0x0200 else "0Table")
        clx = table[fc_clx:fc_clx + lcb_clx]
        at = 0
        while at < len(clx) and clx[at] == 0x01:   # Prc: property modifiers of pieces, skipped
            at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
        if at >= len(clx) or clx[at] != 0x02:
            raise _Unread("bad_doc")
        size = struct.unpack_from("<I", clx, at + 1)[0]
        plc = clx[at + 5:at + 5 + size]
        pieces = (len(plc) - 4) // 12
        cps = struct.unpack_from(f"<{pieces + 1}I", plc, 0)
        parts: list[str] = []
        chars = 0
        for n in range(pieces):
            fc = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * n + 2)[0]
            count = max(0, cps[n + 1] - cps[n])
            if fc & 0x40000000:   # fCompressed: 8-bit characters at fc / 2
                start = (fc & 0x3FFFFFFF) // 2
                parts.append(word[start:start + count].decode("cp1252", "replace"))
            else:
                parts.append(word[fc:fc + 2 * count].decode("utf-16-le", "replace"))
            chars += len(parts[-1])
            if chars > limits.MAX_DOCUMENT_PART_BYTES:
                raise _Unread("part_too_large")
    except struct.error:
        raise _Unread("bad_doc") from None
    return "".join(parts)


def _visible(text: str) -> str:
    """Word text as read: field codes dropped (a field's result kept), cell and control marks as spaces."""
    depth, out, showing = 0, [], [True]
    last = 0
    for mark in _FIELD_MARKS.finditer(text):
        if all(showing):
            out.append(text[last:mark.start()])
        char = mark.group()
        if char == "\x13" and depth < 16:
            depth += 1
            showing.append(False)
        elif char == "\x14" and depth:
            showing[-1] = True
        elif char == "\x15" and depth:
            depth -= 1
            showing.pop()
        last = mark.end()
    if all(showing):
        out.append(text[last:])
    return clean_text(_DOC_CONTROL.sub(" ", "".join(out)))[:MAX_LABEL_CHARS]


def _word_context(text: str, begin: int, end: int) -> str:
    """The table row or paragraph around text[begin:end]: the label of a link whose result is empty or an address."""
    starts = [m.end() for m in _DOC_BREAK.finditer(text, max(0, begin - 4000), begin)]
    stop = _DOC_BREAK.search(text, end, end + 4000)
    return _visible(text[starts[-1] if starts else max(0, begin - 4000):stop.start() if stop else end + 4000])


def _word_links(ole) -> list[tuple[str, str]]:
    text = _word_text(ole)
    if "HYPERLINK" not in text:
        return []
    out: list[tuple[str, str]] = []
    fields: list[list[int]] = []   # fields open at this point: [begin, separator or -1]
    for mark in _FIELD_MARKS.finditer(text):
        char = mark.group()
        if char == "\x13":
            if len(fields) < 16:
                fields.append([mark.start(), -1])
        elif char == "\x14" and fields:
            fields[-1][1] = mark.start()
        elif char == "\x15" and fields:
            begin, separator = fields.pop()
            code = text[begin + 1:separator if separator >= 0 else mark.start()]
            match = _FIELD.match(code)
            if match:
                result = _visible(text[separator + 1:mark.start()]) if separator >= 0 else ""
                label = result if result and not _ADDRESS_TEXT.match(result) else \
                    _word_context(text, begin, mark.end()) or result
                out.append((match.group(1), label))
                if len(out) > limits.MAX_DOCUMENT_LINKS:
                    break
    return out


class _Discard:
    """xlrd's log: its warnings about a workbook's oddities are not the crawl's."""
    def write(self, text: str) -> int:
        return len(text)


def _xls_links(body: bytes) -> list[tuple[str, str]]:
    """The URL hyperlinks (HLINK records) of the first limits.MAX_DOCUMENT_SHEETS sheets, each labelled by its
    cell's value, else its description."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=body, on_demand=True, logfile=_Discard())
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, AssertionError, IndexError, KeyError, ValueError,
            struct.error, UnicodeDecodeError):
        raise _Unread("bad_xls") from None
    out: list[tuple[str, str]] = []
    try:
        for index in range(min(book.nsheets, limits.MAX_DOCUMENT_SHEETS)):
            sheet = book.sheet_by_index(index)
            for link in sheet.hyperlink_list:
                target = link.url_or_path
                if link.type != "url" or not isinstance(target, str):
                    continue
                value = ""
                if link.frowx < sheet.nrows and link.fcolx < sheet.ncols:
                    value = clean_text(str(sheet.cell_value(link.frowx, link.fcolx)))[:MAX_LABEL_CHARS]
                out.append((target.rstrip("\x00"), value or clean_text(link.desc or "")[:MAX_LABEL_CHARS]))
                if len(out) > limits.MAX_DOCUMENT_LINKS:
                    return out
            book.unload_sheet(index)
    except (xlrd.XLRDError, AssertionError, IndexError, KeyError, ValueError, struct.error, UnicodeDecodeError):
        raise _Unread("bad_xls") from None
    finally:
        book.release_resources()
    return out
