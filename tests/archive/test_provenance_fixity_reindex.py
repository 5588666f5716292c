"""Provenance lookups, fixity (with deliberately corrupted files) and reindex (same answers from the store alone)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from nianbao.archive import derived, fixity, provenance, reindex
from nianbao.archive.catalog import Catalog

from tests.archive.harness import fixed_clock

REPORT = "http://www.example.gov.cn/art/2026/1/20/art_1_1.html"
PDF = "http://www.example.gov.cn/files/nb2025.pdf"
LIST = "http://www.example.gov.cn/col/col1/index.html"


def archive_two_crawls(make_writer) -> dict:
    out = {}
    writer = make_writer("c1")
    home = writer.write_exchange(LIST, "GET", [], b"", 200, [("Content-Type", "text/html")], b"<a>list</a>",
                                 metadata={"portal-id": "p1", "hopsFromSeed": "", "role": "list"})
    out["report1"] = writer.write_exchange(REPORT, "GET", [], b"", 200,
                                           [("Content-Type", "text/html; charset=utf-8"), ("ETag", '"r1"')],
                                           "<h1>某县人民政府2025年政府信息公开工作年度报告</h1>".encode(),
                                           metadata={"portal-id": "p1", "via": LIST, "hopsFromSeed": "L",
                                                     "role": "article"})
    out["pdf1"] = writer.write_exchange(PDF, "GET", [], b"", 200, [("Content-Type", "application/pdf")],
                                        b"%PDF-1.4 report", metadata={"portal-id": "p1", "via": REPORT,
                                                                      "hopsFromSeed": "LE", "role": "attachment"})
    writer.write_document_metadata(out["report1"].record_id, REPORT, {
        "kind": "report", "title": "某县人民政府2025年政府信息公开工作年度报告", "agency": "某县人民政府",
        "year": 2025, "portal_id": "p1", "site_id_code": "1234000001"})
    writer.write_document_metadata(out["pdf1"].record_id, PDF, {"kind": "attachment", "parent_url": REPORT,
                                                                "year": 2025, "portal_id": "p1"})
    writer.write_document_metadata(home.record_id, LIST, {"kind": "not_report", "reason": "list page"})
    writer.close()
    writer = make_writer("c2", id_prefix="22222222-2222-2222-2222")
    writer.clock = fixed_clock(datetime(2026, 4, 1, tzinfo=timezone.utc))
    out["report2"] = writer.write_exchange(REPORT, "GET", [], b"", 200, [("Content-Type", "text/html")],
                                           "<h1>某县人民政府2025年政府信息公开工作年度报告</h1>".encode(),
                                           metadata={"portal-id": "p1", "via": LIST, "hopsFromSeed": "L",
                                                     "role": "article"})
    writer.write_document_metadata(out["report2"].record_id, REPORT, {
        "kind": "report", "title": "某县人民政府2025年政府信息公开工作年度报告", "agency": "某县人民政府",
        "year": 2025, "portal_id": "p1"})
    writer.close()
    return out


def test_provenance_by_url_agency_year_and_record(make_writer, catalog, store) -> None:
    out = archive_two_crawls(make_writer)
    by_url = provenance.lookup(catalog, store, REPORT)
    assert [c.record_id for c in by_url] == [out["report1"].record_id, out["report2"].record_id]
    first, second = by_url
    assert first.record_type == "response" and second.record_type == "revisit"   # identical payload
    assert second.refers_to == first.record_id
    assert all(c.verified for c in by_url), [c.problem for c in by_url]
    assert (first.via, first.hops, first.role, first.portal_id) == (LIST, "L", "article", "p1")
    assert first.kind == "report" and first.agency == "某县人民政府"
    assert (first.warc_key, first.offset, first.length) == (
        catalog.capture(first.record_id)["warc_key"], catalog.capture(first.record_id)["offset"],
        catalog.capture(first.record_id)["length"])
    by_agency = provenance.lookup(catalog, store, "某县 2025")
    assert {c.url for c in by_agency} == {REPORT, PDF}           # the report and its attachment
    assert provenance.lookup(catalog, store, "1234000001 2025")[0].url == REPORT
    assert provenance.lookup(catalog, store, "某县 2019") == []
    assert [c.url for c in provenance.lookup(catalog, store, out["pdf1"].record_id)] == [PDF]
    text = provenance.format_table(by_url)
    assert "fixity OK" in text and "via " + LIST in text and "revisit (identical-payload-digest)" in text
    json.dumps([c.to_dict() for c in by_agency], ensure_ascii=False)


def test_provenance_by_report_id_uses_the_reports_table(make_writer, catalog, store) -> None:
    archive_two_crawls(make_writer)
    derived.put_report(catalog.conn, {"id": "R1", "agency": "a", "year": 2025, "region_code": "360121",
                                      "is_report": True, "canonical": {"url": REPORT}, "duplicates": [{"url": PDF}]},
                       "x")
    assert {c.url for c in provenance.lookup(catalog, store, "R1", verify=False)} == {REPORT, PDF}
    assert {c.url for c in provenance.lookup(catalog, store, "360121 2025", verify=False)} == {REPORT, PDF}
    assert provenance.lookup(catalog, store, "360121 2024", verify=False) == []


def corrupt(path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0xFF]))


def test_verify_passes_then_catches_a_flipped_byte(make_writer, catalog, store) -> None:
    out = archive_two_crawls(make_writer)
    report = fixity.verify(catalog, store)
    assert report.ok and report.files_checked == 2 and report.captures_checked == 4, report.bad
    target = catalog.capture(out["pdf1"].record_id)
    corrupt(store.root / target["warc_key"], target["offset"] + target["length"] // 2)
    report = fixity.verify(catalog, store)
    assert not report.ok
    assert any(b.offset == target["offset"] for b in report.bad), [str(b) for b in report.bad]
    assert any("file differs from the catalog" in b.problem for b in report.bad)
    assert "problem" in report.summary()
    checked = provenance.lookup(catalog, store, PDF)
    assert checked[0].verified is False and checked[0].problem


def test_verify_catches_a_missing_and_a_truncated_file(make_writer, catalog, store) -> None:
    archive_two_crawls(make_writer)
    first, second = (f["key"] for f in catalog.warc_files())
    store.delete(first)
    data = (store.root / second).read_bytes()
    (store.root / second).write_bytes(data[: len(data) - 40])
    report = fixity.verify(catalog, store)
    problems = " | ".join(str(b) for b in report.bad)
    assert "cannot read the file" in problems and "truncated gzip member" in problems, problems


def test_verify_catches_a_record_digest_that_lies(make_writer, catalog, store) -> None:
    """Rewrite one record with a wrong payload but a valid gzip member: only the digest check can see it."""
    import zlib

    out = archive_two_crawls(make_writer)
    target = catalog.capture(out["report1"].record_id)
    path = store.root / target["warc_key"]
    data = path.read_bytes()
    member = data[target["offset"]: target["offset"] + target["length"]]
    record = zlib.decompress(member, zlib.MAX_WBITS | 16)
    forged = record.replace("年度报告".encode(), "年度报表".encode())
    compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    new_member = compressor.compress(forged) + compressor.flush()
    path.write_bytes(data[: target["offset"]] + new_member + data[target["offset"] + target["length"]:])
    report = fixity.verify(catalog, store)
    assert any("digest mismatch" in b.problem and b.record_id == target["record_id"] for b in report.bad)


def test_reindex_gives_identical_provenance_answers(make_writer, catalog, store, tmp_path) -> None:
    archive_two_crawls(make_writer)
    queries = [REPORT, PDF, "某县 2025", LIST]
    before = [[c.to_dict() for c in provenance.lookup(catalog, store, q)] for q in queries]
    tables = ("captures", "documents", "url_state", "warc_files", "warc_records", "capture_provenance")
    snapshot = {t: catalog.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    # from nothing: a new data directory, only the store
    stats = reindex.rebuild(tmp_path / "fresh" / "catalog.sqlite", store)
    assert stats["warc_files"] == 2 and stats["cdxj_missing"] == stats["cdxj_mismatch"] == 0
    fresh = Catalog(tmp_path / "fresh" / "catalog.sqlite")
    after = [[c.to_dict() for c in provenance.lookup(fresh, store, q)] for q in queries]
    assert after == before
    assert {t: fresh.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables} == snapshot
    # in place: the same catalog file rebuilt, keeping operational state
    catalog.conn.execute("UPDATE url_state SET gone_at = '2026-06-01T00:00:00Z' WHERE url = ?", (PDF,))
    catalog.conn.commit()
    reindex.rebuild(catalog.path, store)
    again = Catalog(catalog.path)
    assert [[c.to_dict() for c in provenance.lookup(again, store, q)] for q in queries] == before
    assert again.conn.execute("SELECT gone_at FROM url_state WHERE url = ?", (PDF,)).fetchone()[0] == \
        "2026-06-01T00:00:00Z"


def test_reindex_reports_and_repairs_a_bad_cdxj(make_writer, catalog, store, tmp_path) -> None:
    archive_two_crawls(make_writer)
    key = catalog.warc_files()[0]["key"]
    cdxj = key.replace(".warc.gz", ".cdxj")
    good = (store.root / cdxj).read_bytes()
    (store.root / cdxj).write_bytes(good[: len(good) // 2])
    stats = reindex.rebuild(tmp_path / "r.sqlite", store, repair_cdxj=True)
    assert stats["cdxj_mismatch"] == 1 and stats["cdxj_repaired"] == 1
    assert (store.root / cdxj).read_bytes() == good


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_finds_nothing(make_writer, catalog, store, query) -> None:
    archive_two_crawls(make_writer)
    assert provenance.lookup(catalog, store, query) == []
