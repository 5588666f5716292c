"""Archives read in a child process (archive/member_reader.py, archive/extract.py): the members come as in process;
a child that aborts (as a crash in libarchive would) or hangs is one archive logged, counted and recorded with the
error, and the run goes on; refused members are listed in the records of their archive (`members_refused`)."""

from __future__ import annotations

import struct
import time
import zipfile

import pytest
from nianbao.archive import derived
from nianbao.archive.extract import ExtractConfig, ExtractStep
from nianbao.archive.member_reader import ReaderConfig, ReaderFailed, isolated_members
from nianbao.archive.step import run_steps
from nianbao.parse.record import ReportRecord
from nianbao.parse.unpack import UnpackLimit
from nianbao.parse.zip_members import ZipUnreadable, document_members

from tests.parse.rar_writer import rar4
from tests.parse.test_zip_members import PDF, make_zip

pytest.importorskip("libarchive")

NESTED = make_zip([("县.pdf", PDF), ("乡镇.rar", rar4([("甲镇.pdf", PDF), ("汇总.xlsx", make_zip([("x", b"1")]))])),
                   ("说明/", b"")])


def encrypted_first(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip whose first member is flagged encrypted (local and central headers). Deflated: a stored PDF near the
    start would make the whole capture sniff as a PDF."""
    data = bytearray(make_zip(entries))
    struct.pack_into("<H", data, data.find(b"PK\x03\x04") + 6, 0x1)
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 8, 0x1)
    return bytes(data)


def test_the_child_gives_the_members_document_members_gives() -> None:
    assert list(isolated_members(NESTED, ReaderConfig())) == list(document_members(NESTED))
    assert [m.path for m in isolated_members(NESTED, ReaderConfig()) if not m.skipped] == ["县.pdf", "乡镇.rar!/甲镇.pdf"]


def test_a_refused_or_unreadable_archive_raises_as_in_process() -> None:
    with pytest.raises(ZipUnreadable, match="fetch it again"):
        list(isolated_members(NESTED[: len(NESTED) // 2], ReaderConfig()))
    many = make_zip([(f"{n}.pdf", PDF) for n in range(5001)], method=zipfile.ZIP_STORED)
    with pytest.raises(UnpackLimit, match="more than 5000"):
        list(isolated_members(many, ReaderConfig()))


def test_a_child_that_aborts_is_a_reader_failure_not_a_crash_of_ours() -> None:
    with pytest.raises(ReaderFailed, match="died \\(killed by SIGABRT\\)") as caught:
        list(isolated_members(NESTED, ReaderConfig(test_fault="abort")))
    assert caught.value.reason == "died"
    got = []
    with pytest.raises(ReaderFailed):     # the members sent before it stand
        got.extend(isolated_members(NESTED, ReaderConfig(test_fault="abort", test_fault_after=1)))
    assert [m.path for m in got] == ["县.pdf"]


def test_a_child_that_hangs_is_stopped_at_the_wait_bound() -> None:
    started = time.monotonic()
    with pytest.raises(ReaderFailed, match="sent nothing for 1 s") as caught:
        list(isolated_members(NESTED, ReaderConfig(wait_s=1, test_fault="hang")))
    assert caught.value.reason == "timed_out" and time.monotonic() - started < 10


def test_a_child_over_its_memory_bound_fails_alone() -> None:
    big = make_zip([("a.pdf", PDF + bytes(50 * 1024 ** 2))])     # 50 MiB inflated (measured: 150 MiB fail, 200 pass)
    with pytest.raises(ReaderFailed, match="MemoryError") as caught:
        list(isolated_members(big, ReaderConfig(memory_bytes=100 * 1024 ** 2)))
    assert caught.value.reason == "failed"
    assert [m.path for m in isolated_members(big, ReaderConfig())] == ["a.pdf"]      # within the default bound


def test_unknown_test_faults_are_refused() -> None:
    with pytest.raises(ValueError, match="abort, hang"):
        ReaderConfig(test_fault="segv")


# --- through the extract step ---------------------------------------------------------------------------------

def _capture(make_writer, payloads: list[tuple[str, bytes, str]]) -> list[str]:
    writer = make_writer("c1")
    ids = []
    for url, body, content_type in payloads:
        written = writer.write_exchange(url, "GET", [], b"", 200, [("Content-Type", content_type)], body,
                                        metadata={"portal-id": "p1", "role": "attachment"})
        writer.write_document_metadata(written.record_id, url, {
            "kind": "attachment", "portal_id": "p1", "parent_url": "http://www.a.gov.cn/gk/1.html",
            "format": url.rsplit(".", 1)[-1], "link_text": url.rsplit("/", 1)[-1], "column_text": "年报"})
        ids.append(written.record_id)
    assert writer.close()
    return ids


def _extract(catalog, store, reader: ReaderConfig) -> dict:
    return dict(run_steps(catalog.conn, ExtractStep(ExtractConfig(archive_reader=reader), catalog.conn, store)))


def test_an_archive_whose_reader_dies_is_one_document_and_the_run_goes_on(make_writer, catalog, store) -> None:
    rar_id, pdf_id = _capture(make_writer, [("http://www.a.gov.cn/nb.rar", rar4([("甲.pdf", PDF)]),
                                             "application/x-rar-compressed"),
                                            ("http://www.a.gov.cn/nb.pdf", PDF, "application/pdf")])
    stats = _extract(catalog, store, ReaderConfig(test_fault="abort"))
    assert stats["dedup/archive_reader_failed/died"] == 1 and stats["dedup/zip_archives_unexpanded"] == 1
    documents = {row["id"]: row for row in derived.all_documents(catalog.conn)}
    assert set(documents) == {rar_id, pdf_id}                  # the PDF after it was parsed
    assert documents[rar_id]["is_report"] is False
    assert documents[rar_id]["errors"] == [{"stage": "extract", "message": (
        "RAR not expanded: the archive reader died (killed by SIGABRT)")}]
    assert "errors" not in documents[pdf_id] or all("archive" not in e["message"]
                                                    for e in documents[pdf_id]["errors"])


def test_members_read_before_the_reader_died_stand_with_an_error(make_writer, catalog, store) -> None:
    [zip_id] = _capture(make_writer, [("http://www.a.gov.cn/nb.zip", make_zip([("甲.pdf", PDF), ("乙.pdf", PDF)]),
                                       "application/zip")])
    stats = _extract(catalog, store, ReaderConfig(test_fault="abort", test_fault_after=1))
    assert stats["dedup/archive_reader_failed/died"] == 1 and stats["dedup/zip_members"] == 1
    [document] = derived.all_documents(catalog.conn)
    assert document["canonical"]["member"] == "甲.pdf"
    assert document["errors"][-1]["message"].startswith("the zip archive was read only in part")


def test_refused_members_are_listed_in_each_record_of_their_archive(make_writer, catalog, store) -> None:
    refusing = encrypted_first([("密.pdf", PDF), ("甲.pdf", PDF), ("乙.pdf", PDF), ("表.xls", b"x")])
    all_refused = encrypted_first([("密.pdf", PDF)])
    plain = make_zip([("丙.pdf", PDF), ("丁/", b"")])        # negative: nothing refused, no field
    _capture(make_writer, [(f"http://www.a.gov.cn/{n}.zip", body, "application/zip")
                           for n, body in enumerate((refusing, all_refused, plain))])
    stats = _extract(catalog, store, ReaderConfig())
    assert stats["dedup/zip_members_skipped/encrypted"] == 2 and "dedup/archive_reader_failed/died" not in stats
    expected = [{"member": "密.pdf", "size": len(PDF), "reason": "encrypted",
                 "detail": "encrypted (no password is known)"}]
    by_url = {}
    for document in derived.all_documents(catalog.conn):
        by_url.setdefault(document["canonical"]["url"], []).append(document)
        ReportRecord.from_dict(document)            # a defined field: the exports take it
    assert [d.get("members_refused") for d in by_url["http://www.a.gov.cn/0.zip"]] == [expected, expected]
    [unexpanded] = by_url["http://www.a.gov.cn/1.zip"]
    assert unexpanded["members_refused"] == expected and "holds no document" in unexpanded["errors"][0]["message"]
    assert [d.get("members_refused") for d in by_url["http://www.a.gov.cn/2.zip"]] == [None]


# --- one member again: `serve` and cell provenance --------------------------------------------------------------

def test_one_member_is_read_alone_in_the_child_as_read_member_reads_it() -> None:
    from nianbao.archive.member_reader import isolated_member
    from nianbao.parse.zip_members import read_member

    for path in ("县.pdf", "乡镇.rar!/甲镇.pdf", "乡镇.rar!/汇总.xlsx"):
        assert isolated_member(NESTED, path, ReaderConfig()) == read_member(NESTED, path)
    with pytest.raises(KeyError, match="no member '乙镇.pdf'"):
        isolated_member(NESTED, "乙镇.pdf", ReaderConfig())
    with pytest.raises(ReaderFailed, match="killed by SIGABRT"):
        isolated_member(NESTED, "县.pdf", ReaderConfig(test_fault="abort"))


def test_serve_answers_a_member_whose_reader_aborts_with_an_error_page_and_stays_up(make_writer, catalog, store,
                                                                                   tmp_path, caplog) -> None:
    import html

    from nianbao.crawler.web.app import create_app

    [zip_id] = _capture(make_writer, [("http://www.a.gov.cn/nb.zip", make_zip([("甲.pdf", PDF)]), "application/zip")])
    raw = f"/raw/{zip_id.strip('<>')}"
    crashing = create_app(tmp_path, store, catalog.path, archive_reader=ReaderConfig(test_fault="abort")).test_client()
    for _ in range(2):                        # the same request again: the app answers it as before
        got = crashing.get(f"{raw}?member=甲.pdf")
        assert got.status_code == 502
        assert "member '甲.pdf': the archive reader died (killed by SIGABRT)" in html.unescape(got.get_data(as_text=True))
    assert crashing.get(raw).status_code == 200 and crashing.get(raw).data.startswith(b"PK")   # the archive whole
    assert "the archive reader died" in caplog.text
    healthy = create_app(tmp_path, store, catalog.path).test_client()
    assert healthy.get(f"{raw}?member=甲.pdf").data == PDF
