"""The files embedded in a PDF (PDF 1.7 §7.11.4 embedded file streams: the catalog's `/Names << /EmbeddedFiles >>`
name tree, and the files behind `/FileAttachment` annotations, §12.5.6.15), for document_links.py to read for links:
a 说明 or cover letter that carries the 目录 workbook or Word file as an attachment (WPS and Acrobat attach files so;
a reader shows them in its attachments panel) links the reports from that file only.

Bounded: limits.MAX_PDF_ATTACHMENTS files, each at most limits.MAX_LINKED_DOCUMENT_BYTES; one level deep (the caller
does not read an attached PDF's own attachments). pdfium lists the name tree's files (`FPDFDoc_GetAttachmentCount`);
an annotation's file that is not also in the name tree is not read (pdfium exposes no annotation's file stream).

Pure: bytes in, (name, bytes) pairs out."""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.crawler import limits

# the keys a PDF that embeds files writes in clear (the catalog's name tree; a page's paper clip): a PDF that has
# neither is not opened for attachments. A catalog inside a compressed object stream (PDF 1.5) hides them: such a
# PDF's attachments are read only when its name says it is an index (document_links.py reads those anyway)
_MARKERS = (b"/EmbeddedFiles", b"/FileAttachment")


@dataclass
class EmbeddedFiles:
    files: list[tuple[str, bytes]] = field(default_factory=list)   # (the file's name, its bytes), in tree order
    skipped: int = 0    # files left unread: over the count or byte bound, or unreadable


def declares_attachments(body: bytes) -> bool:
    """Whether the PDF `body` names an embedded file in clear (a cheap test before pdfium opens it)."""
    return any(marker in body for marker in _MARKERS)


def embedded_files(pdf) -> EmbeddedFiles:
    """The embedded files of the open pypdfium2 document `pdf`, bounded (module docstring)."""
    import pypdfium2 as pdfium

    out = EmbeddedFiles()
    count = pdf.count_attachments()
    out.skipped = max(0, count - limits.MAX_PDF_ATTACHMENTS)
    for index in range(min(count, limits.MAX_PDF_ATTACHMENTS)):
        try:
            attachment = pdf.get_attachment(index)   # (the caller checked the PDF's streams' inflated sizes)
            data = bytes(attachment.get_data())
        except (pdfium.PdfiumError, ValueError, OSError):
            out.skipped += 1
            continue
        if not data or len(data) > limits.MAX_LINKED_DOCUMENT_BYTES:
            out.skipped += 1
            continue
        out.files.append((attachment.get_name(), data))
    return out
