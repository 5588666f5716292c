"""The `members_refused` of an archive's records (parse/zip_members.py `refused_members`): each member left though
it may be a report — encrypted, over the document bound, broken, beyond the unpack bounds — with its path, its
declared size and why; the members that are no report (a directory, a picture) and the documents read are not."""

from __future__ import annotations

import struct

from nianbao.parse import limits
from nianbao.parse.zip_members import document_members, refused_members, with_members_refused

from tests.parse.test_zip_members import PDF, make_zip

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
TOWNSHIPS = make_zip([("甲镇.pdf", PDF), ("乙镇.pdf", PDF)])


def archive() -> bytes:
    """Encrypted first (its flag set in the first local and central headers), then a directory, a report, a
    picture, one over the document bound (zeros: it packs small), a broken one and a zip of two reports."""
    data = bytearray(make_zip([
        ("年报/加密.pdf", PDF), ("年报/", b""), ("年报/01.报告.pdf", PDF), ("年报/封面.png", PNG),
        ("年报/大.pdf", PDF + bytes(200_000)), ("年报/坏.pdf", PDF * 50),
        ("年报/乡镇.zip", TOWNSHIPS),
    ]))
    struct.pack_into("<H", data, data.find(b"PK\x03\x04") + 6, 0x1)
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 8, 0x1)
    data[data.find("年报/坏.pdf".encode()) + len("年报/坏.pdf".encode()) + 10] ^= 0xFF   # inside its deflated data
    return bytes(data)


def test_each_reason_a_report_may_be_left_for_is_listed_with_its_size(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 100_000)
    monkeypatch.setattr(limits, "MAX_ARCHIVE_MEMBERS", 8)      # 7 outer members: the inner zip's 2 are beyond
    members = list(document_members(archive()))
    refused = refused_members(members)
    assert [(r["member"], r["reason"], r["size"]) for r in refused] == [
        ("年报/加密.pdf", "encrypted", len(PDF)), ("年报/大.pdf", "too_large", len(PDF) + 200_000),
        ("年报/坏.pdf", "broken", len(PDF) * 50), ("年报/乡镇.zip", "unpack_limit", len(TOWNSHIPS)),
    ]
    assert all(r["detail"] for r in refused) and set(refused[0]) == {"member", "size", "reason", "detail"}
    # the negatives: listed by document_members as left, but no report hides in them; the report was read
    left_unlisted = {m.path: m.skipped for m in members if m.path not in {r["member"] for r in refused}}
    assert left_unlisted == {"年报/": "directory", "年报/01.报告.pdf": None, "年报/封面.png": "not_document"}


def test_an_archive_that_refused_nothing_adds_no_field() -> None:
    members = list(document_members(make_zip([("年报/", b""), ("年报/01.报告.pdf", PDF), ("年报/封面.png", PNG)])))
    assert refused_members(members) == []
    assert with_members_refused({"file": "a.zip!/年报/01.报告.pdf"}, []) == {"file": "a.zip!/年报/01.报告.pdf"}
    listed = [{"member": "b.pdf", "size": 1, "reason": "broken", "detail": "Bad CRC-32"}]
    assert with_members_refused({}, listed) == {"members_refused": listed}
