"""The documents packed in a zip or RAR archive (a portal's 打包下载: one `.zip` or `.rar` holding every unit's
report of a year as PDF, DOCX, DOC or OFD files), each to be parsed as a document of its own. Bytes in, members
out: no I/O. RAR archives are read by parse/rar_archive.py (libarchive).

    for member in document_members(data):   # UnpackLimit (parse/unpack.py bounds), ZipUnreadable (no archive)
        member.path, member.format, member.data        # a document to parse
        member.skipped                                 # or why it is not one (data empty)
    refused_members(members) -> [{member, size, reason, detail}]   # the left ones a report may hide in
    with_members_refused(record, refused)    # each record of the archive carries them
    read_member(data, path) -> ZipMember     # one member again, by the path document_members gave it
    member_link_text(path), refusal(exc), mark_unexpanded(record, stage, message)   # for the callers' records

Members come one at a time in the archive's central-directory order (each member's bytes are read when it is
reached, so at most one is held), after `check_zip` bounded the whole (member count, declared sizes, no member
inflating past what its headers declare). A member is a document when its format (parse/formats.py
`sniff_format`, from its bytes and name) has a reader (`DOCUMENT_FORMATS`); the others are listed with the
reason they are left: a directory, a hidden or system file (`.DS_Store`, `__MACOSX/`), a spreadsheet or other file,
one larger than a document may be (64 MiB: every reader holds a document whole), one stored with a compression the
bounds do not cover, an encrypted one, one whose data are broken, a second entry of the same name.

An archive inside the archive (a county's zip of its townships' zips, a zip in a RAR) is opened in its place, its
members named `<outer member>!/<inner member>` (the jar-URL form, one `!/` per level), down to MAX_ARCHIVE_DEPTH
levels (deeper ones are left: `nested_archive`). The member count and the inflated bytes are bounded over all
levels together (MAX_ARCHIVE_MEMBERS, MAX_UNPACKED_BYTES): each inner archive is checked, before its first member
is read, against what the archives opened before it left, and one beyond is left (`unpack_limit`), so a zip of
zips unpacks to no more than one zip may. Held at once: the captured archive's bytes, one inner archive's and the
member being read.

Names: UTF-8 when the entry's flag (bit 11) says so; otherwise the raw bytes are tried as UTF-8 (tools that write
UTF-8 without setting the flag; GBK-encoded Chinese is almost never valid UTF-8), then GB18030 (a superset of
GBK/CP936: zip tools on Chinese Windows write names in the system code page), then cp437 (the zip format's
default, which decodes any bytes). Backslashes (Windows tools) become `/`, leading slashes go.
"""

from __future__ import annotations

import functools
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import quote

from nianbao.parse import limits
from nianbao.parse.formats import OLE_FORMATS, OLE_MAGIC, RAR_MAGIC, sniff_format, url_suffix
from nianbao.parse.rar_archive import RarEntry, RarUnreadable, check_rar, rar_entries
from nianbao.parse.unpack import UNPACK_STAGE, UnpackLimit, check_zip

# the formats parse/text.py has a reader for (RTF is read as text; WPS by the .doc converter)
DOCUMENT_FORMATS = ("pdf", "docx", "doc", "wps", "ofd", "rtf", "odt", "ods", "mht", "html", "txt")
ARCHIVE_FORMATS = ("zip", "rar")
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
# check_zip verifies a deflated member against its declared size; stored ones are their size. zipfile inflates
# bzip2 and LZMA members without any bound of its own, so those are not read (zip tools on Windows write deflate).
_BOUNDED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_HIDDEN_PARTS = ("__MACOSX",)
MEMBER_SEPARATOR = "!/"   # between an archive's id or member path and the path of a member inside it (jar URLs)


class ZipUnreadable(ValueError):
    """The bytes are not an archive (zip or RAR) that can be read (cut short, damaged; RAR: no reader installed)."""


# why a member is not parsed (ZipMember.skipped), each a short key for counting; `detail` says more
SKIP_REASONS = ("directory", "hidden", "duplicate_name", "encrypted", "compression", "too_large", "broken",
                "nested_archive", "unpack_limit", "not_document")
# the reasons whose member was not read although it may be a document (a report the exports would otherwise not
# show): listed in the record of its archive (`members_refused`, parse/record.py); directories, hidden files and
# the members read and found to be no document are not
REFUSED_REASONS = ("duplicate_name", "encrypted", "compression", "too_large", "broken", "nested_archive",
                   "unpack_limit")


@dataclass(frozen=True)
class ZipMember:
    path: str                   # its part of the document id: the member's name, decoded and with `/` separators;
                                # in an archive inside the archive, `<outer member>!/<inner member>`
    format: str | None = None   # parse/formats.py name, read from its bytes (None when it was not read)
    data: bytes = b""           # its bytes when it is a document to parse
    skipped: str | None = None  # why it is not parsed, one of SKIP_REASONS (None: a document)
    detail: str = ""            # the reason in words
    size: int | None = None     # its size as the archive's headers declare it (None when they do not)


@dataclass
class _Budget:
    """What the bounds leave for the archives still to be opened: members and inflated bytes are counted over
    every level, so a zip of zips unpacks to no more than one zip may (a nested bomb is refused as a flat one)."""
    members: int
    bytes: int

    def take(self, counted: tuple[int, int]) -> None:
        self.members -= counted[0]
        self.bytes -= counted[1]


class _Broken(Exception):
    """A member's data cannot be read (a bad CRC, cut short, inflating past its bounds)."""


@dataclass(frozen=True)
class _Entry:
    name: str                            # decoded, `/` separators
    skipped: tuple[str, str] | None      # (reason, detail) it is left for without reading it, or None
    read: Callable[[], bytes]            # its bytes; _Broken. Called (or not) before the next entry is asked for
    size: int | None                     # declared by the archive's headers (None when they do not say)


def member_name(info: zipfile.ZipInfo) -> str:
    """The entry's name, decoded as the module docstring says, with `/` separators and no leading slash."""
    if info.flag_bits & _UTF8_FLAG:
        return _normal_name(info.filename)     # zipfile decoded it as UTF-8
    return decode_name(info.filename.encode("cp437"))   # zipfile decoded the raw bytes as cp437: undo it


def decode_name(raw: bytes) -> str:
    """A name stored as bytes in no declared encoding: UTF-8, else GB18030, else cp437 (see the docstring)."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return _normal_name(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _normal_name(raw.decode("cp437"))


def _normal_name(name: str) -> str:
    return name.replace("\\", "/").lstrip("/")


def document_members(data: bytes) -> Iterator[ZipMember]:
    """Every member of the archive, in order: documents with their bytes, the others with why they are left.
    The archive's bounds are checked before anything is read (UnpackLimit); ZipUnreadable when it is no zip."""
    budget = _new_budget()
    return _members(_open(data, budget), "", 1, budget)


def read_member(data: bytes, path: str) -> ZipMember:
    """The member `path` (as document_members named it), read and judged as there; KeyError when the archive
    holds none of that name. Only the archives on the path are opened (each checked against what the bounds
    leave after the archive holding it: never stricter than document_members)."""
    budget = _new_budget()
    found = _find(_open(data, budget), "", path, 1, budget)
    if found is None:
        raise KeyError(f"the archive holds no member {path!r}")
    return found


def _new_budget() -> _Budget:
    return _Budget(limits.MAX_ARCHIVE_MEMBERS, limits.MAX_UNPACKED_BYTES)


def _open(data: bytes, budget: _Budget) -> Iterator[_Entry]:
    """The archive's entries, after its bounds were checked against `budget` (and taken from it)."""
    if len(data) > limits.MAX_DOCUMENT_BYTES:       # read cut at the bound: its central directory is beyond
        raise UnpackLimit(f"the archive is larger than {limits.MAX_DOCUMENT_BYTES} bytes")
    if data.startswith(RAR_MAGIC):
        try:
            budget.take(check_rar(data, budget.members, budget.bytes))
        except RarUnreadable as exc:
            raise ZipUnreadable(str(exc)) from exc
        return _rar_entries(data)
    try:
        budget.take(check_zip(data, budget.members, budget.bytes))
        archive = zipfile.ZipFile(io.BytesIO(data))
    except UnpackLimit:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ZipUnreadable(f"the zip archive cannot be read ({type(exc).__name__}: {exc}); if it was cut short "
                            "in transfer, fetch it again") from exc
    return _zip_entries(archive)


def _members(entries: Iterator[_Entry], prefix: str, depth: int, budget: _Budget) -> Iterator[ZipMember]:
    for entry in entries:
        path = prefix + entry.name
        if entry.skipped is not None:
            yield ZipMember(path, skipped=entry.skipped[0], detail=entry.skipped[1], size=entry.size)
            continue
        try:
            data = entry.read()
        except _Broken as exc:
            yield ZipMember(path, skipped="broken", detail=str(exc), size=entry.size)
            continue
        fmt = member_format(data, entry.name)
        if fmt not in ARCHIVE_FORMATS:
            yield _judged(path, fmt, data)
            continue
        inner = _open_nested(path, fmt, data, depth, budget)
        if isinstance(inner, ZipMember):
            yield replace(inner, size=entry.size)
        else:
            yield from _members(inner, path + MEMBER_SEPARATOR, depth + 1, budget)


def _find(entries: Iterator[_Entry], prefix: str, path: str, depth: int, budget: _Budget) -> ZipMember | None:
    """The member `path` among `entries` (their names after `prefix`), or None."""
    for entry in entries:
        name = prefix + entry.name
        inside = path.startswith(name + MEMBER_SEPARATOR)
        if name != path and not inside:
            continue
        if entry.skipped is not None:
            if name == path:
                return ZipMember(name, skipped=entry.skipped[0], detail=entry.skipped[1])
            continue
        try:
            data = entry.read()
        except _Broken as exc:
            if name == path:
                return ZipMember(name, skipped="broken", detail=str(exc))
            continue
        fmt = member_format(data, entry.name)
        if fmt not in ARCHIVE_FORMATS:
            if name == path:
                return _judged(name, fmt, data)
            continue
        inner = _open_nested(name, fmt, data, depth, budget)
        if isinstance(inner, ZipMember):        # left, as document_members leaves it
            if name == path:
                return inner
            continue
        if name == path:
            return ZipMember(name, fmt, skipped="nested_archive", detail=f"an archive ({fmt}): its members are "
                                                                         "read, not it")
        return _find(inner, name + MEMBER_SEPARATOR, path, depth + 1, budget)
    return None


def _judged(path: str, fmt: str, data: bytes) -> ZipMember:
    if fmt not in DOCUMENT_FORMATS:
        return ZipMember(path, fmt, skipped="not_document", detail=f"not a document ({fmt})")
    return ZipMember(path, fmt, data)


def _open_nested(path: str, fmt: str, data: bytes, depth: int, budget: _Budget) -> Iterator[_Entry] | ZipMember:
    """The entries of an archive inside the archive (a county's zip of its townships' zips), or the member
    saying why it is left: deeper than MAX_ARCHIVE_DEPTH, beyond what the bounds leave, unreadable."""
    if depth >= limits.MAX_ARCHIVE_DEPTH:
        return ZipMember(path, fmt, skipped="nested_archive", detail=(
            f"an archive ({fmt}) {depth} levels deep: not opened (at most {limits.MAX_ARCHIVE_DEPTH} levels)"))
    try:
        return _open(data, budget)
    except UnpackLimit as exc:
        return ZipMember(path, fmt, skipped="unpack_limit", detail=f"an archive ({fmt}) inside the archive, "
                                                                   f"beyond what the bounds leave: {exc}")
    except ZipUnreadable as exc:
        return ZipMember(path, fmt, skipped="broken", detail=str(exc))


def _zip_entries(archive: zipfile.ZipFile) -> Iterator[_Entry]:
    with archive:
        seen: set[str] = set()
        for info in archive.infolist():
            name = member_name(info)
            skipped = _skipped_by_entry(name, info.is_dir(), bool(info.flag_bits & _ENCRYPTED_FLAG),
                                        info.file_size, seen)
            if skipped is None and info.compress_type not in _BOUNDED_METHODS:
                skipped = "compression", (f"compression method {info.compress_type}: only stored and deflate "
                                          "members are read within bounds")
            seen.add(name)
            yield _Entry(name, skipped, functools.partial(_read_zip, archive, info), info.file_size)


def _read_zip(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as handle:
            return handle.read(limits.MAX_DOCUMENT_BYTES + 1)   # check_zip bounded it to its declared size
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise _Broken(f"{type(exc).__name__}: {exc}") from exc    # a bad CRC, cut short


def _rar_entries(data: bytes) -> Iterator[_Entry]:
    seen: set[str] = set()
    for entry in rar_entries(data):   # check_rar read them all: an error here is the data changing under us
        name = _normal_name(entry.name) if isinstance(entry.name, str) else decode_name(entry.name)
        skipped = _skipped_by_entry(name, entry.is_dir, entry.encrypted, entry.size or 0, seen)
        seen.add(name)
        yield _Entry(name, skipped, functools.partial(_read_rar, entry), entry.size)


def _read_rar(entry: RarEntry) -> bytes:
    try:
        return entry.read(limits.MAX_DOCUMENT_BYTES)
    except (RarUnreadable, UnpackLimit) as exc:
        raise _Broken(str(exc)) from exc


def _skipped_by_entry(name: str, is_dir: bool, encrypted: bool, size: int, seen: set[str]) \
        -> tuple[str, str] | None:
    parts = name.rstrip("/").split("/")
    if is_dir or not name:
        return "directory", "a directory"
    if any(part.startswith(".") or part in _HIDDEN_PARTS for part in parts) \
            or parts[-1].lower() in ("thumbs.db", "desktop.ini"):
        return "hidden", "a hidden or system file"
    if name in seen:
        return "duplicate_name", "a second member of the same name (its id would be the first one's)"
    if encrypted:
        return "encrypted", "encrypted (no password is known)"
    if size > limits.MAX_DOCUMENT_BYTES:
        # Left, not streamed to a file: every reader (pdfium, python-docx, lxml) holds a document whole, several
        # times its size, so a file on disk would not bound what parsing it takes; counted and logged instead.
        return "too_large", f"{size} bytes, more than a document may be ({limits.MAX_DOCUMENT_BYTES})"
    return None


def refused_members(members: list[ZipMember]) -> list[dict]:
    """The `members_refused` of an archive's record (parse/record.py `MemberRefused`): each member left for one of
    REFUSED_REASONS, with its path, its declared size and why, so a user of the exports sees a report the archive
    held but nobody read."""
    return [{"member": m.path, "size": m.size, "reason": m.skipped, "detail": m.detail}
            for m in members if m.skipped in REFUSED_REASONS]


def with_members_refused(record: dict, refused: list[dict] | None) -> dict:
    """The record with its archive's `members_refused` (parse/record.py), when the archive refused any."""
    if refused:
        record["members_refused"] = refused
    return record


def refusal(exc: UnpackLimit | ZipUnreadable, fmt: str = "zip") -> tuple[str, str]:
    """(error stage, message) of an archive (`fmt`: zip or rar) document_members refused: `unpack` for the bounds
    (what callers count as refused by the unpack limits), `extract` for one that cannot be read."""
    return (UNPACK_STAGE if isinstance(exc, UnpackLimit) else "extract"), f"{fmt.upper()} not expanded: {exc}"


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
