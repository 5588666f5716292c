"""Files that carry a report: links to PDF/DOC/DOCX/WPS/XLS(X)/RTF/ET/OFD/ODT/ODS/MHT, `iframe`/`embed`/`object`
sources, and pdf.js-style viewers (`viewer.html?file=…pdf`)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage, Link

# every format parse/ reads a report from (parse/formats.py), and the archives that bundle them
FILE_EXTENSIONS = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "rtf", "ofd", "odt", "ods", "mht", "mhtml", "zip",
                   "rar")
_EXT = re.compile(r"\.(" + "|".join(FILE_EXTENSIONS) + r")$", re.I)
_TEXT_EXT = re.compile(r"\.(" + "|".join(FILE_EXTENSIONS) + r")\s*(?:[（(][^)）]*[)）])?$", re.I)
_VIEWER_PARAMS = ("file", "url", "src", "path", "pdf", "filepath", "fileurl")
_DOWNLOAD = re.compile(r"download|downfile|getfile|attach|fujian|附件", re.I)


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; every link is tested several times (follow, attachments, viewers)
def file_extension(url: str) -> str | None:
    match = _EXT.search(unquote(urlsplit(url).path))
    return match.group(1).lower() if match else None


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)
def viewer_target(url: str) -> str | None:
    """The document a pdf.js-style viewer shows (`…/viewer.html?file=/u/cms/2023.pdf`)."""
    if "?" not in url and "#file=" not in url:  # no query and no file= fragment: most links
        return None
    for key, value in parse_qsl(urlsplit(url).query):
        if key.lower() in _VIEWER_PARAMS and file_extension(value.split("?")[0] or "x"):
            return urljoin(url, value)
    fragment = urlsplit(url).fragment
    if fragment.startswith("file="):
        return urljoin(url, unquote(fragment[5:]))
    return None


def is_file_link(link: Link) -> bool:
    return bool(file_extension(link.url) or viewer_target(link.url)
                or (_TEXT_EXT.search(link.label) and _DOWNLOAD.search(link.url)))


def attachment_links(page: HtmlPage) -> list[Link]:
    """Every file a page links or embeds, viewer targets resolved, in order, without duplicates."""
    out: dict[str, Link] = {}
    for link in [*page.links, *page.frames]:
        target = viewer_target(link.url)
        if target:
            out.setdefault(target, Link(target, link.label, link.title, "viewer"))
        elif file_extension(link.url) or (_TEXT_EXT.search(link.label) and _DOWNLOAD.search(link.url)):
            out.setdefault(link.url, link)
        elif link.tag in ("embed", "object"):
            out.setdefault(link.url, link)
    # pdf.js sometimes gets its file from a script: PDFViewerApplication.open('/x.pdf') or file: '/x.pdf'
    for match in re.finditer(r"""['"]([^'"\s]+\.(?:pdf|docx?|wps))['"]""", page.scripts, re.I):
        url = page.absolute(match.group(1))
        if url:
            out.setdefault(url, Link(url, "", "", "script"))
    return list(out.values())
