"""Documents inside zip archives (parse/zip_members.py): member names in the encodings real archives use, what is
left and why, the unpack bounds, broken members and archives; and the zipbundle family's archives parse, member by
member, to the sandbox's ground truth."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from nianbao.parse import limits
from nianbao.parse.formats import OLE_MAGIC
from nianbao.parse.report import parse_report
from nianbao.parse.text import extract_text
from nianbao.parse.unpack import UnpackLimit
from nianbao.parse.zip_members import (
    ZipUnreadable,
    document_members,
    member_link_text,
    read_member,
)

from tests.faults import hostile

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
DATE = (2023, 3, 1, 9, 0, 0)


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", DATE), hostile.CONTENT_TYPES)
        z.writestr(zipfile.ZipInfo("word/document.xml", DATE), "<w:document/>")
    return out.getvalue()


def make_zip(entries: list[tuple[str | bytes, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of `entries` (name, data). A name given as bytes is written as those raw bytes, without the UTF-8 flag
    (as zip tools on Chinese Windows write names in GBK); a str name is written as zipfile does (UTF-8, flagged
    when it is not ASCII). Fixed dates: the same entries give the same bytes."""
    raw_names = {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for n, (name, data) in enumerate(entries):
            if isinstance(name, bytes):
                stand_in = f"{n:0{len(name)}d}"[-len(name):] if len(name) >= 2 else "x"
                assert len(stand_in) == len(name)
                raw_names[stand_in.encode()] = name
                name = stand_in
            z.writestr(zipfile.ZipInfo(name, DATE), data, compress_type=method)
    data = out.getvalue()
    for stand_in, raw in raw_names.items():     # the name is in the local header and the central directory
        assert data.count(stand_in) == 2
        data = data.replace(stand_in, raw)
    return data


def listed(data: bytes) -> list[tuple[str, str | None, str | None]]:
    return [(m.path, m.format, m.skipped) for m in document_members(data)]


# --- names ------------------------------------------------------------------------------------------------------

def test_gbk_names_without_the_utf8_flag_are_decoded_as_gbk() -> None:
    name = "2022年度部门报告/01.某某县财政局2022年政府信息公开工作年度报告.pdf"
    data = make_zip([(name.encode("gbk"), PDF)])
    assert not zipfile.ZipFile(io.BytesIO(data)).infolist()[0].flag_bits & 0x800
    assert listed(data) == [(name, "pdf", None)]
    assert read_member(data, name).data == PDF


def test_utf8_names_flagged_or_not_are_decoded_as_utf8() -> None:
    flagged, unflagged = "报告/乡镇年报.pdf", "报告/街道年报.docx"
    data = make_zip([(flagged, PDF), (unflagged.encode("utf-8"), docx_bytes())])
    flags = [info.flag_bits & 0x800 for info in zipfile.ZipFile(io.BytesIO(data)).infolist()]
    assert flags == [0x800, 0]
    assert listed(data) == [(flagged, "pdf", None), (unflagged, "docx", None)]


def test_names_neither_utf8_nor_gbk_fall_back_to_cp437_and_backslashes_become_slashes() -> None:
    data = make_zip([(b"dir\\r\xff\x80.pdf", PDF)])
    assert listed(data) == [("dir/r\u00a0Ç.pdf", "pdf", None)]


def test_the_link_text_of_a_member_is_its_file_name_without_the_suffix() -> None:
    assert member_link_text("2022年度/03.某某局2022年年度报告.pdf") == "03.某某局2022年年度报告"
    assert member_link_text("报告") == "报告"


# --- what is left, and why ------------------------------------------------------------------------------------

def test_directories_hidden_files_and_other_files_are_left_and_a_zip_inside_is_opened() -> None:
    inner = make_zip([("a.pdf", PDF)])
    data = make_zip([
        ("年报/", b""), ("年报/01.报告.pdf", PDF), ("__MACOSX/年报/._01.报告.pdf", b"\0\5\26\7"),
        ("年报/.DS_Store", b"\0\0\0\1Bud1"), ("年报/Thumbs.db", OLE_MAGIC + bytes(504)),
        ("年报/02.报告.docx", docx_bytes()), ("年报/旧.zip", inner), ("年报/汇总.xlsx", _xlsx()),
        ("年报/封面.png", b"\x89PNG\r\n\x1a\n" + bytes(40)), ("年报/03.报告.doc", OLE_MAGIC + bytes(504)),
        ("年报/01.报告.pdf", PDF + b"again"),
    ])
    assert listed(data) == [
        ("年报/", None, "directory"), ("年报/01.报告.pdf", "pdf", None),
        ("__MACOSX/年报/._01.报告.pdf", None, "hidden"), ("年报/.DS_Store", None, "hidden"),
        ("年报/Thumbs.db", None, "hidden"), ("年报/02.报告.docx", "docx", None),      # a zip, but a document
        ("年报/旧.zip!/a.pdf", "pdf", None), ("年报/汇总.xlsx", "xlsx", "not_document"),
        ("年报/封面.png", "file", "not_document"), ("年报/03.报告.doc", "doc", None),
        ("年报/01.报告.pdf", None, "duplicate_name"),
    ]
    assert read_member(data, "年报/01.报告.pdf").data == PDF          # the first of two of one name
    assert read_member(data, "年报/旧.zip").skipped == "nested_archive"   # its members are read, not it
    assert read_member(data, "年报/旧.zip!/a.pdf").data == PDF
    with pytest.raises(KeyError):
        read_member(data, "年报/04.报告.pdf")


def test_an_ole_file_named_other_than_word_or_wps_is_no_document() -> None:
    ole = OLE_MAGIC + bytes(504)
    data = make_zip([("a.wps", ole), ("b.xls", ole), ("c.db", ole), ("d", ole)])
    assert listed(data) == [("a.wps", "wps", None), ("b.xls", "xls", "not_document"), ("c.db", "file", "not_document"),
                            ("d", "doc", None)]


def test_a_broken_member_is_left_and_the_others_are_read() -> None:
    data = bytearray(make_zip([("a.pdf", PDF * 50), ("b.pdf", PDF)]))
    start = data.find(b"a.pdf") + len(b"a.pdf") + 10     # inside a.pdf's deflated data
    data[start] ^= 0xFF
    members = list(document_members(bytes(data)))
    assert [(m.path, m.skipped) for m in members] == [("a.pdf", "broken"), ("b.pdf", None)]
    assert "Bad CRC-32" in members[0].detail and members[1].data == PDF


def test_encrypted_members_and_unbounded_compressions_are_left() -> None:
    data = bytearray(make_zip([("a.pdf", PDF), ("b.pdf", PDF)], method=zipfile.ZIP_STORED))
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, local + 6, 0x1)       # general purpose flag: encrypted
    struct.pack_into("<H", data, central + 8, 0x1)
    assert listed(bytes(data)) == [("a.pdf", None, "encrypted"), ("b.pdf", "pdf", None)]
    assert listed(make_zip([("a.pdf", PDF)], method=zipfile.ZIP_BZIP2)) == [("a.pdf", None, "compression")]


def test_a_member_larger_than_a_document_may_be_is_left(monkeypatch) -> None:
    data = make_zip([("big.pdf", PDF * 100), ("small.pdf", PDF)])
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", len(PDF) * 10)
    assert listed(data)[0] == ("big.pdf", None, "too_large")
    assert listed(data)[1] == ("small.pdf", "pdf", None)


def test_members_come_one_at_a_time() -> None:
    members = document_members(make_zip([("a.pdf", PDF), ("b.pdf", PDF)]))
    assert next(members).path == "a.pdf"           # a generator: b.pdf is not read yet
    assert [m.path for m in members] == ["b.pdf"]


# --- the bounds, and archives that cannot be read ----------------------------------------------------------------

def test_a_zip_bomb_is_refused_before_any_member_is_read(monkeypatch) -> None:
    bomb = make_zip([("a.pdf", PDF + bytes(4 * hostile.MB)), ("b.pdf", PDF + bytes(4 * hostile.MB))])
    assert len(bomb) < 20_000
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 6 * hostile.MB)
    with pytest.raises(UnpackLimit, match="unpacks to more than"):
        document_members(bomb)
    with pytest.raises(UnpackLimit):
        read_member(bomb, "a.pdf")


def test_headers_that_lie_and_too_many_members_are_refused() -> None:
    with pytest.raises(UnpackLimit, match="headers that lie"):
        document_members(hostile.docx_lying_sizes(limits.MAX_UNPACKED_PART_BYTES + 8 * hostile.MB))
    with pytest.raises(UnpackLimit, match="files, more than"):
        document_members(hostile.zip_of_many_files(limits.MAX_ARCHIVE_MEMBERS + 1))


def test_an_archive_larger_than_a_document_may_be_is_refused(monkeypatch) -> None:
    data = make_zip([("a.pdf", PDF)])
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", len(data) - 1)
    with pytest.raises(UnpackLimit, match="larger than"):
        document_members(data)


def test_an_archive_cut_short_is_unreadable_and_says_what_to_do() -> None:
    data = make_zip([("a.pdf", PDF * 20)])
    with pytest.raises(ZipUnreadable, match="fetch it again"):
        document_members(data[: len(data) // 2])
    with pytest.raises(ZipUnreadable):
        document_members(b"PK\x03\x04 not a zip")


# --- the text front door ---------------------------------------------------------------------------------------

def test_an_archive_is_not_read_as_text() -> None:
    for data, url, fmt in ((make_zip([("a.pdf", PDF)]), "http://a.gov.cn/nb.zip", "zip"),
                           (b"Rar!\x1a\x07\x00" + bytes(64), "http://a.gov.cn/nb.rar", "rar")):
        extracted = extract_text(data, "application/octet-stream", url)
        assert (extracted.format, extracted.text) == (fmt, "")
        assert [e["stage"] for e in extracted.errors] == ["extract"] and "archive" in extracted.errors[0]["message"]
        assert parse_report(data, None, url)["is_report"] is False


def _xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("xl/workbook.xml", DATE), "<workbook/>")
    return out.getvalue()


# --- the zipbundle family ----------------------------------------------------------------------------------------

def test_the_zipbundle_familys_members_parse_to_their_ground_truth() -> None:
    """Each unit's report exists only as a member of its year's archive: each member, read out of the archive
    the sandbox serves, parses as the PDF or DOCX it is to the report's ground truth."""
    sandbox = pytest.importorskip("nianbao.crawler.sandbox")
    from nianbao.archive.members import member_url

    built = sandbox.build_sandbox(portals=2, families=("zipbundle",), news_per_portal=0)
    truth = built.ground_truth()
    reports = {r["key"]: r for r in truth["reports"]}
    expected = {(d["url"], d["member"]): d for d in truth["documents"] if d["format"] == "zip"}
    seen = set()
    for url in sorted({url for url, _ in expected}):
        status, headers, body = built.handle("GET", url, {}, b"")
        assert status == 200 and ("Content-Type", "application/zip") in headers
        for member in document_members(body):
            doc = expected[(url, member.path)]
            assert (member.skipped, member.format) == (None, doc["member_format"]), member.path
            record = parse_report(member.data, None, member_url(url, member.path),
                                  {"link_text": member_link_text(member.path)})
            report = reports[doc["report_key"]]
            assert record["is_report"] is True, member.path
            assert (record["agency"], record["year"], record["template"]) == (
                report["agency"], report["year"], report["template"]), member.path
            assert record["tables"] == report["tables"], member.path
            failing = {r["rule"] for r in record["validation"] if r["status"] == "fail"}
            assert failing == set(report["failing_rules"]) - {"carry_continuity"}, member.path
            seen.add((url, member.path))
    assert seen == set(expected) and len(seen) >= 30 and {d["member_format"] for d in expected.values()} == {
        "pdf", "docx"}
