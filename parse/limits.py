"""Document parsing's size and time limits (untrusted documents), with their units in their names.

`parse/` is the bottom layer: the crawler's limits are in crawler/limits.py, the archive's in archive/limits.py,
and nothing here depends on them.
"""

# --- parsing (untrusted documents) ---
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024        # larger documents are not parsed (error recorded)
MAX_HTML_CHARS = 8_000_000                   # decoded HTML beyond this is truncated before lxml
MAX_PDF_PAGES = 200                          # pdfplumber pages read per PDF
PDF_TIMEOUT_S = 60                           # wall time per PDF
DOC_CONVERTER_TIMEOUT_S = 30                 # antiword/catdoc subprocess per .doc
MAX_TABLE_CELLS = 20_000                     # per table grid
MAX_TEXT_CHARS = 2_000_000                   # extracted text per document
MAX_ARTICLE_PAGES = 50                       # later pages of one report article joined to its first (parse/
                                             # article_pages.py; the crawler asks as many: discovery/analysis.py)
MAX_OFD_PAGES = 200                          # pages read per OFD (parse/ofd.py), the bound a PDF's pages have
MAX_RTF_BYTES = 32 * 1024 * 1024           # RTF read per document (parse/rtf.py: striprtf, a regex match a character:
                                             # ~8 s at the 4 MB/s measured through pictures' hex digits)
MAX_RTF_GROUP_DEPTH = 200                    # nesting of RTF groups (striprtf keeps a state per open group)
MAX_ODF_REPEATED = 1_000                     # columns or rows one ODF table cell/row repeats (a sheet's padding
                                             # repeats its empty last column 16,000 times)
MAX_OFD_TEXT_OBJECTS = 200_000               # TextObjects read per OFD (1,000 a page of MAX_OFD_PAGES), a template's
                                             # counted on each page using it: producers may write one per character,
                                             # and each is held in memory until its page is laid out in lines

# --- unpacking (archives inside untrusted documents: parse/unpack.py, enforced while unpacking) ---
MAX_UNPACKED_BYTES = 128 * 1024 * 1024       # all the parts of one DOCX/OFD/ZIP/RAR (archives inside it too), or all the streams of one PDF, inflated
MAX_UNPACKED_PART_BYTES = 32 * 1024 * 1024   # one DOCX/OFD XML part / one PDF stream, inflated (lxml holds ~10x in memory)
MAX_ARCHIVE_MEMBERS = 5_000                  # files in one DOCX/OFD/ZIP (a ZIP or RAR: with the archives inside it)
MAX_ARCHIVE_DEPTH = 2                        # levels of archives opened one inside another, the captured one the
                                             # first (a county's zip of its townships' zips); deeper ones are left
MAX_PDF_OBJECTS_SCANNED = 200_000            # streams looked at in one PDF
DOC_CONVERTER_MEMORY_BYTES = 256 * 1024 ** 2  # address-space cap of the antiword/catdoc process (.doc, .wps)
