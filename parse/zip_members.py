"""The documents packed in a zip archive (a portal's 打包下载: one `.zip` holding every unit's report of a year as
PDF, DOCX, DOC or OFD files), each to be parsed as a document of its own. Bytes in, members out: no I/O.

    for member in document_members(data):   # UnpackLimit (parse/unpack.py bounds), ZipUnreadable (not a zip)
        member.path, member.format, member.data        # a document to parse
        member.skipped                                 # or why it is not one (data empty)
    read_member(data, path) -> ZipMember     # one member again, by the path document_members gave it
    member_link_text(path), refusal(exc), mark_unexpanded(record, stage, message)   # for the callers' records

Members come one at a time in the archive's central-directory order (each member's bytes are read when it is
reached, so at most one is held), after `check_zip` bounded the whole (member count, declared sizes, no member
inflating past what its headers declare). A member is a document when its format (parse/formats.py
`sniff_format`, from its bytes and name) has a reader (`DOCUMENT_FORMATS`); the others are listed with the
reason they are left: a directory, a hidden or system file (`.DS_Store`, `__MACOSX/`), an archive inside the
archive, a spreadsheet or other file, one larger than a document may be, one stored with a compression the bounds
do not cover, an encrypted one, one whose data are broken, a second entry of the same name.

Names: UTF-8 when the entry's flag (bit 11) says so; otherwise the raw bytes are tried as UTF-8 (tools that write
UTF-8 without setting the flag; GBK-encoded Chinese is almost never valid UTF-8), then GB18030 (a superset of
GBK/CP936: zip tools on Chinese Windows write names in the system code page), then cp437 (the zip format's
default, which decodes any bytes). Backslashes (Windows tools) become `/`, leading slashes go.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from nianbao.parse import limits
from nianbao.parse.formats import OLE_FORMATS, OLE_MAGIC, sniff_format, url_suffix
from nianbao.parse.unpack import UNPACK_STAGE, UnpackLimit, check_zip

# the formats parse/text.py has a reader for (RTF is read as text; WPS by the .doc converter)
DOCUMENT_FORMATS = ("pdf", "docx", "doc", "wps", "ofd", "rtf", "html", "txt")
ARCHIVE_FORMATS = ("zip", "rar")
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
# check_zip verifies a deflated member against its declared size; stored ones are their size. zipfile inflates
# bzip2 and LZMA members without any bound of its own, so those are not read (zip tools on Windows write deflate).
_BOUNDED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_HIDDEN_PARTS = ("__MACOSX",)


class ZipUnreadable(ValueError):
    """The bytes are not a zip archive that can be read (cut short, damaged)."""


# why a member is not parsed (ZipMember.skipped), each a short key for counting; `detail` says more
SKIP_REASONS = ("directory", "hidden", "duplicate_name", "encrypted", "compression", "too_large", "broken",
                "nested_archive", "not_document")


@dataclass(frozen=True)
class ZipMember:
    path: str                   # the member's name, decoded and with `/` separators: its part of the document id
    format: str | None = None   # parse/formats.py name, read from its bytes (None when it was not read)
    data: bytes = b""           # its bytes when it is a document to parse
    skipped: str | None = None  # why it is not parsed, one of SKIP_REASONS (None: a document)
    detail: str = ""            # the reason in words


def member_name(info: zipfile.ZipInfo) -> str:
    """The entry's name, decoded as the module docstring says, with `/` separators and no leading slash."""
    if info.flag_bits & _UTF8_FLAG:
        name = info.filename                  # zipfile decoded it as UTF-8
    else:
        raw = info.filename.encode("cp437")   # zipfile decoded the raw bytes as cp437: undo it
        for encoding in ("utf-8", "gb18030", "cp437"):
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return name.replace("\\", "/").lstrip("/")


def document_members(data: bytes) -> Iterator[ZipMember]:
    """Every member of the archive, in order: documents with their bytes, the others with why they are left.
    The archive's bounds are checked before anything is read (UnpackLimit); ZipUnreadable when it is no zip."""
    archive = _open(data)
    return _read_all(archive)


def read_member(data: bytes, path: str) -> ZipMember:
    """The member `path` (as document_members named it), read and judged as there; KeyError when the archive
    holds none of that name."""
    archive = _open(data)
    for name, info, skipped in _entries(archive):
        if name == path:
            return _read(archive, name, info) if skipped is None else ZipMember(name, skipped=skipped[0],
                                                                                detail=skipped[1])
    raise KeyError(f"the zip archive holds no member {path!r}")


def _open(data: bytes) -> zipfile.ZipFile:
    if len(data) > limits.MAX_DOCUMENT_BYTES:       # read cut at the bound: its central directory is beyond
        raise UnpackLimit(f"the archive is larger than {limits.MAX_DOCUMENT_BYTES} bytes")
    try:
        check_zip(data)
        return zipfile.ZipFile(io.BytesIO(data))
    except UnpackLimit:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ZipUnreadable(f"the zip archive cannot be read ({type(exc).__name__}: {exc}); if it was cut short "
                            "in transfer, fetch it again") from exc


def _read_all(archive: zipfile.ZipFile) -> Iterator[ZipMember]:
    with archive:
        for name, info, skipped in _entries(archive):
            yield _read(archive, name, info) if skipped is None else ZipMember(name, skipped=skipped[0],
                                                                               detail=skipped[1])


def _entries(archive: zipfile.ZipFile) -> Iterator[tuple[str, zipfile.ZipInfo, tuple[str, str] | None]]:
    """(name, entry, (reason, detail) it is left for without reading it, or None) of every entry."""
    seen: set[str] = set()
    for info in archive.infolist():
        name = member_name(info)
        yield name, info, _skipped_by_entry(name, info, seen)
        seen.add(name)


def _skipped_by_entry(name: str, info: zipfile.ZipInfo, seen: set[str]) -> tuple[str, str] | None:
    parts = name.rstrip("/").split("/")
    if info.is_dir() or not name:
        return "directory", "a directory"
    if any(part.startswith(".") or part in _HIDDEN_PARTS for part in parts) \
            or parts[-1].lower() in ("thumbs.db", "desktop.ini"):
        return "hidden", "a hidden or system file"
    if name in seen:
        return "duplicate_name", "a second member of the same name (its id would be the first one's)"
    if info.flag_bits & _ENCRYPTED_FLAG:
        return "encrypted", "encrypted (no password is known)"
    if info.compress_type not in _BOUNDED_METHODS:
        return "compression", (f"compression method {info.compress_type}: only stored and deflate members are "
                               "read within bounds")
    if info.file_size > limits.MAX_DOCUMENT_BYTES:
        return "too_large", f"{info.file_size} bytes, more than a document may be ({limits.MAX_DOCUMENT_BYTES})"
    return None


def _read(archive: zipfile.ZipFile, name: str, info: zipfile.ZipInfo) -> ZipMember:
    try:
        with archive.open(info) as handle:
            data = handle.read(limits.MAX_DOCUMENT_BYTES + 1)   # check_zip bounded it to its declared size
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        return ZipMember(name, skipped="broken", detail=f"{type(exc).__name__}: {exc}")   # a bad CRC, cut short
    fmt = member_format(data, name)
    if fmt in ARCHIVE_FORMATS:
        # One level only: the capture's archive is bounded as a whole, and each level inside it would multiply
        # what those bounds let through (a zip of zips) and need ids two levels deep; portals pack reports in
        # one archive, not in archives within it.
        return ZipMember(name, fmt, skipped="nested_archive", detail=f"an archive ({fmt}) inside the archive: "
                                                                     "not opened (one level only)")
    if fmt not in DOCUMENT_FORMATS:
        return ZipMember(name, fmt, skipped="not_document", detail=f"not a document ({fmt})")
    return ZipMember(name, fmt, data)


def refusal(exc: UnpackLimit | ZipUnreadable) -> tuple[str, str]:
    """(error stage, message) of an archive document_members refused: `unpack` for the bounds (what callers count
    as refused by the unpack limits), `extract` for one that cannot be read."""
    return (UNPACK_STAGE if isinstance(exc, UnpackLimit) else "extract"), f"ZIP not expanded: {exc}"


def mark_unexpanded(record: dict, stage: str, message: str) -> dict:
    """The parse record (parse/report.py) of an archive that gave no document: no report (the archive is none,
    whatever its title says), with the one error that says why."""
    record.update(is_report=False, is_report_reason=f"an archive that gave no document: {message}",
                  errors=[{"stage": stage, "message": message}])
    return record


def member_link_text(path: str) -> str:
    """What a member's link text would have been had the portal linked it: its file name without the suffix
    (units name their report files by their titles: `03.某某局2022年政府信息公开工作年度报告.pdf`)."""
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def member_format(data: bytes, name: str) -> str:
    """The member's format from its bytes and name. An OLE file named other than a Word or WPS file (a
    `Thumbs.db`, an `.xls`) is no document: a URL may lack a suffix, so sniff_format takes an unnamed OLE file for
    Word's, but a file in an archive keeps the name it was saved under."""
    name_as_url = quote(name)
    fmt = sniff_format(data, None, name_as_url)
    suffix = url_suffix(name_as_url)
    if data.startswith(OLE_MAGIC) and suffix is not None and suffix not in OLE_FORMATS:
        return "file"
    return fmt
