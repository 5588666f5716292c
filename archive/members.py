"""Documents inside captured zip and RAR archives: their ids and their bytes.

A parsed document is either a capture's payload, identified by the capture's WARC-Record-ID, or a member of a
captured zip or RAR archive (parse/zip_members.py), identified by the record id, `!/` and the member's path as
parse/zip_members.py decodes it — the jar-URL form, with one `!/` per level for a member of an archive inside
the archive (at most parse/limits.py MAX_ARCHIVE_DEPTH levels: a county's zip of its townships' zips):

    <urn:uuid:0f6c…>                                              a whole payload
    <urn:uuid:0f6c…>!/2022年度部门报告/03.某某局2022年政府信息公开工作年度报告.pdf    a member of the zip in it
    <urn:uuid:0f6c…>!/各部门年报/乡镇.zip!/01.某某镇2022年政府信息公开工作年度报告.pdf   a member of a zip in that zip

The id depends only on the record and the member's name, so a rebuild from the store gives the same ids (and the
dedup's cluster ids made from them). `read_document` gives a document's bytes back from the store: the record's
payload, or the member read out of it — in a child process (archive/member_reader.py): a crafted archive that
crashes or hangs the reader is an unreadable record to the `serve` page or the cell check asking, not their end.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from nianbao.archive.member_reader import ReaderConfig, ReaderFailed, isolated_member
from nianbao.archive.warc.payload import RecordUnreadable, read_payload
from nianbao.archive.warc.reader import sha1_base32
from nianbao.parse.unpack import UnpackLimit
from nianbao.parse.zip_members import MEMBER_SEPARATOR, ZipUnreadable

log = logging.getLogger(__name__)


def document_id(record_id: str, member: str | None = None) -> str:
    """The id of the document: the record id, or for a member of an archive, `<record id>!/<member path>` (the
    member path of one in an archive inside the archive: `<outer member>!/<inner member>`)."""
    return f"{record_id}{MEMBER_SEPARATOR}{member}" if member else record_id


def member_url(url: str, member: str) -> str:
    """The URL the parser reads a member's hints from (and its format's suffix): the archive's URL, `!/` and the
    member's path percent-encoded (the jar-URL form), so the member's file name counts like a URL's last segment.
    Never fetched and never exported: the export keeps the archive's `url` and the `member`."""
    return f"{url}{MEMBER_SEPARATOR}{quote(member)}"


def split_document_id(doc_id: str) -> tuple[str, str | None]:
    """(record id, member path or None) of a document id (a WARC-Record-ID never holds `!/`; a nested member's
    path keeps its own `!/`)."""
    record_id, separator, member = doc_id.partition(MEMBER_SEPARATOR)
    return record_id, (member if separator else None)


def member_digest(data: bytes) -> str:
    """A member's own digest, in the form of WARC-Payload-Digest (`sha1:` base32): what tells an unchanged member
    of a re-published archive from an edited one."""
    return sha1_base32(data)


def read_document(store, warc_key: str, offset: int, length: int, member: str | None = None) \
        -> tuple[bytes, str | None]:
    """A document's bytes and Content-Type: the record's payload, or the `member` of the zip or RAR archive it holds
    (its Content-Type None: the member's bytes and name say its format). RecordUnreadable when it cannot be had."""
    body, content_type = read_payload(store, warc_key, offset, length)
    if not member:
        return body, content_type
    return member_bytes(body, member, f"{warc_key}@{offset}"), None


def member_bytes(archive: bytes, member: str, where: str = "the archive",
                 reader: ReaderConfig | None = None) -> bytes:
    """The bytes of document `member` of a zip or RAR archive's bytes, read in a child process bounded by
    `reader` (None: the default bounds); RecordUnreadable (saying `where`) when the archive does not give it or
    its reader died, hung or failed."""
    try:
        found = isolated_member(archive, member, reader or ReaderConfig())
    except ReaderFailed as exc:      # a crash or hang on these bytes: the caller answers it as any unreadable record
        log.warning("%s: member %r: %s", where, member, exc)
        raise RecordUnreadable(f"{where}: member {member!r}: {exc}") from exc
    except (UnpackLimit, ZipUnreadable, KeyError) as exc:
        raise RecordUnreadable(f"{where}: member {member!r}: {exc}") from exc
    if found.skipped:
        raise RecordUnreadable(f"{where}: member {member!r} is not a document: {found.detail}")
    return found.data


def sighting_key(sighting: dict) -> tuple[str, str | None]:
    """What a sighting of a document (a canonical, duplicate or version entry, or a parsed_capture row) is a
    sighting of: its URL, and the member when the URL's archive holds several documents."""
    return sighting["url"], sighting.get("member")


def content_digest(sighting: dict) -> str | None:
    """The digest of the document's own bytes: a member's, else the payload's (a re-published archive whose
    member is unchanged has a new payload digest, not a new member digest)."""
    return sighting.get("member_digest") or sighting.get("payload_digest")
