"""A captured zip archive through the pipeline (archive/extract.py … exports): each document member becomes a
parsed document of its own, `<record id>!/<member path>`, and a report whose canonical names the archive's WARC
record and the member; cell provenance resolves in the member; an archive that gives no document is one recorded
error; a second run expands nothing again; a catalog rebuilt from the store alone gives the same reports."""

from __future__ import annotations

import json

import pytest
from nianbao.archive import cell_provenance, derived, reindex
from nianbao.archive.assemble import AssembleConfig, AssembleStep
from nianbao.archive.catalog import Catalog
from nianbao.archive.cluster import ClusterConfig, ClusterStep
from nianbao.archive.dedup import DedupConfig, Deduper
from nianbao.archive.dedup.persist import SqliteStorage
from nianbao.archive.extract import ExtractConfig, ExtractStep
from nianbao.archive.members import document_id, member_digest, read_document, split_document_id
from nianbao.archive.step import run_steps

from tests.parse.test_zip_members import make_zip

sandbox = pytest.importorskip("nianbao.crawler.sandbox")
from nianbao.crawler.sandbox.documents import report_docx, report_pdf  # noqa: E402

BUNDLE_URL = "http://www.lanchuan.gov.cn/uploadfile/2023/0120/20230120123456.zip"
BROKEN_URL = "http://www.lanchuan.gov.cn/uploadfile/2023/0120/20230120654321.zip"
PAGE_URL = "http://www.lanchuan.gov.cn/gongkai/show/1.html"
FOLDER = "2022年度部门和乡镇政府信息公开工作年度报告"


@pytest.fixture(scope="module")
def reports():
    built = sandbox.build_sandbox(portals=1, news_per_portal=0).reports
    chosen, units = [], set()
    for report in built:
        if report.agency not in units and report.year == built[0].year:
            chosen.append(report)
            units.add(report.agency)
    return chosen[:3]


def bundle(reports) -> tuple[bytes, dict[str, object]]:
    """Two PDFs and a DOCX (the second PDF's name in GBK, as Chinese Windows zip tools write it), a folder entry
    and a spreadsheet that is no report."""
    formats = ("pdf", "pdf", "docx")
    names = [f"{FOLDER}/{n:02d}.{r.title}.{fmt}" for n, (r, fmt) in enumerate(zip(reports, formats, strict=True), 1)]
    data = make_zip([(f"{FOLDER}/", b""), (names[0], report_pdf(reports[0])),
                     (names[1].encode("gbk"), report_pdf(reports[1])), (names[2], report_docx(reports[2])),
                     (f"{FOLDER}/汇总表.xlsx", make_zip([("xl/workbook.xml", b"<workbook/>")]))])
    return data, dict(zip(names, reports, strict=True))


def capture(make_writer, body: bytes, broken: bytes) -> list[str]:
    writer = make_writer("c1")
    ids = []
    for url, payload in ((BUNDLE_URL, body), (BROKEN_URL, broken)):
        written = writer.write_exchange(url, "GET", [], b"", 200, [("Content-Type", "application/zip")], payload,
                                        metadata={"portal-id": "p1", "role": "attachment"})
        writer.write_document_metadata(written.record_id, url, {
            "kind": "attachment", "portal_id": "p1", "parent_url": PAGE_URL, "format": "zip",
            "agency": "岚川县人民政府", "title": "岚川县各部门2022年度政府信息公开工作年度报告（打包下载）",
            "link_text": f"{FOLDER}.zip", "column_text": "政府信息公开年报"})
        ids.append(written.record_id)
    assert writer.close()
    return ids


def dedup_and_parse(catalog: Catalog, store) -> dict:
    deduper = Deduper(DedupConfig(), SqliteStorage(catalog.conn))
    stats = run_steps(catalog.conn, ExtractStep(ExtractConfig({"p1": "990101"}, {"p1": "岚川县人民政府"}),
                                                catalog.conn, store),
                      ClusterStep(ClusterConfig({"p1": {"www.lanchuan.gov.cn"}}), deduper))
    stats.update(run_steps(catalog.conn, AssembleStep(AssembleConfig(), catalog.conn,
                                                      Deduper(DedupConfig(), SqliteStorage(catalog.conn)))))
    return dict(stats)


def test_each_member_of_a_captured_zip_is_a_report_with_member_provenance(make_writer, catalog, store, reports,
                                                                           tmp_path) -> None:
    body, packed = bundle(reports)
    bundle_id, broken_id = capture(make_writer, body, body[: len(body) // 2])
    stats = dedup_and_parse(catalog, store)
    assert {k: v for k, v in stats.items() if "zip" in k or k in ("dedup/documents", "dedup/unreadable")} == {
        "dedup/zip_archives": 2, "dedup/zip_members": 3, "dedup/zip_members_skipped/directory": 1,
        "dedup/zip_members_skipped/not_document": 1, "dedup/zip_archives_unexpanded": 1, "dedup/documents": 4}

    documents = {row["id"]: row for row in derived.all_documents(catalog.conn)}
    assert set(documents) == {document_id(bundle_id, name) for name in packed} | {broken_id}
    for name in packed:
        doc_id = document_id(bundle_id, name)
        assert split_document_id(doc_id) == (bundle_id, name)
        canonical = documents[doc_id]["canonical"]
        assert (canonical["url"], canonical["member"], canonical["content_type"]) == (
            BUNDLE_URL, name, "application/zip")
        member_bytes, member_type = read_document(store, canonical["warc"], canonical["offset"],
                                                  canonical["length"], name)
        assert member_type is None and canonical["member_digest"] == member_digest(member_bytes)
    broken = documents[broken_id]
    assert broken["is_report"] is False and [e["stage"] for e in broken["errors"]] == ["extract"]
    assert "ZIP not expanded" in broken["errors"][0]["message"] and "canonical" in broken
    assert "member" not in broken["canonical"]

    by_member = {r["canonical"].get("member"): r for r in derived.canonical_reports(catalog.conn)}
    assert set(by_member) == set(packed) | {None}
    for name, report in packed.items():
        record = by_member[name]
        assert record["is_report"] is True, record["is_report_reason"]
        # the unit is the member's, not the archive's publisher the crawl recorded
        assert (record["agency"], record["year"], record["template"]) == (report.agency, report.year,
                                                                          report.template), name
        assert record["tables"] == report.tables, name
        assert record["region_code"] == "990101" and record["canonical"]["url"] == BUNDLE_URL

    rows = list(cell_provenance.report_cells(catalog.conn))
    members_seen = {json.loads(row["locator"]).get("member") for row in rows if row["locator"]}
    assert members_seen == set(packed)
    checks = [cell_provenance.check_cell(store, row, snippet=False) for row in rows
              if json.loads(row["locator"] or "{}").get("member")]
    assert checks and all(c.ok for c in checks), [c.problems for c in checks if not c.ok][:3]
    assert {json.loads(c.row["locator"])["kind"] for c in checks} >= {"pdf", "docx"}
    shown = cell_provenance.format_check(checks[0])
    assert f"file:     {json.loads(checks[0].row['locator'])['member']} in that zip archive" in shown
    assert "digests:  OK" in shown and "value:    OK" in shown

    # nothing is expanded twice: the next run finds every capture parsed
    again = dedup_and_parse(catalog, store)
    assert again.get("dedup/zip_archives", 0) == 0 and again.get("dedup/documents", 0) == 0

    # everything derives from the WARC: a catalog rebuilt from the store gives the same documents and reports
    fresh_path = tmp_path / "fresh" / "catalog.sqlite"
    reindex.rebuild(fresh_path, store)
    with Catalog(fresh_path) as fresh:
        dedup_and_parse(fresh, store)
        assert derived.canonical_reports(fresh.conn) == derived.canonical_reports(catalog.conn)
        assert derived.all_documents(fresh.conn) == derived.all_documents(catalog.conn)


def test_serve_shows_the_member_and_gives_its_bytes_and_cells(make_writer, catalog, store, reports,
                                                               tmp_path) -> None:
    """`nianbao serve`: the report page names the file in the archive and links its download; a cell of a
    member PDF is drawn on its page, one of a member DOCX offers the file."""
    from urllib.parse import quote

    from nianbao.crawler.web.server import build

    body, packed = bundle(reports)
    bundle_id, _ = capture(make_writer, body, body[:100])
    dedup_and_parse(catalog, store)
    client = build(tmp_path, store.uri).test_client()
    for name in packed:
        record = next(r for r in derived.canonical_reports(catalog.conn) if r["canonical"].get("member") == name)
        page = client.get(f"/report/{record['id']}")
        assert page.status_code == 200
        html = page.get_data(as_text=True)
        download = f"/raw/{bundle_id.strip('<>')}?member={quote(name)}"
        assert name in html and download in html.replace("&amp;", "&")
        got = client.get(download)
        assert got.status_code == 200 and got.data == read_document(store, record["canonical"]["warc"],
                                                                    record["canonical"]["offset"],
                                                                    record["canonical"]["length"], name)[0]
        cell = client.get(f"/replay-cell/{record['id']}/applications.total.total")
        assert cell.status_code == 200, cell.get_data(as_text=True)[:300]
        if name.endswith(".pdf"):
            assert b"data:image/png;base64," in cell.data           # the member's page, the cell boxed
        else:
            assert b"download" in cell.data and b"member=" in cell.data
    assert client.get(f"/raw/{bundle_id.strip('<>')}?member=no-such.pdf").status_code == 502


def test_a_republished_archive_gives_a_revision_only_for_the_member_that_changed(make_writer, catalog, store,
                                                                                  reports) -> None:
    """The archive is published again with one unit's report corrected: that member's report is `edited` (its
    old and new captures name the member), the members whose bytes did not change have no revision."""
    import copy
    import dataclasses
    from datetime import timedelta

    from tests.archive.harness import T0

    body, packed = bundle(reports)
    capture(make_writer, body, body[:100])
    dedup_and_parse(catalog, store)
    tables = copy.deepcopy(reports[1].tables)
    tables["applications"]["new_received"]["natural_person"] += 1
    corrected = [reports[0], dataclasses.replace(reports[1], tables=tables), reports[2]]
    body2, packed2 = bundle(corrected)
    assert list(packed2) == list(packed) and body2 != body
    writer = make_writer("c2", id_prefix="00000000-0000-0000-0001")
    later = T0 + timedelta(days=30)
    written = writer.write_exchange(BUNDLE_URL, "GET", [], b"", 200, [("Content-Type", "application/zip")], body2,
                                    date=later, metadata={"portal-id": "p1", "role": "attachment"})
    writer.write_document_metadata(written.record_id, BUNDLE_URL, {
        "kind": "attachment", "portal_id": "p1", "parent_url": PAGE_URL, "format": "zip",
        "link_text": f"{FOLDER}.zip", "column_text": "政府信息公开年报"}, date=later)
    assert writer.close()
    stats = dedup_and_parse(catalog, store)
    assert stats["dedup/zip_members"] == 3 and stats["revisions/edited"] == 1

    by_member = {r["canonical"].get("member"): r for r in derived.canonical_reports(catalog.conn)}
    edited_name = list(packed)[1]
    record = by_member[edited_name]
    [revision] = record["revisions"]
    assert revision["kind"] == "edited" and revision["old"]["member"] == revision["new"]["member"] == edited_name
    assert revision["old"]["member_digest"] != revision["new"]["member_digest"]
    assert [(c["key"], c["new"] - c["old"]) for c in revision["cells"]] == [
        ("applications.new_received.natural_person", 1)]
    assert record["canonical"]["captured_at"] > revision["old"]["captured_at"]
    assert record["tables"] == tables
    for name in set(packed) - {edited_name}:
        assert not by_member[name].get("revisions") and not by_member[name].get("previous_versions"), name


def test_a_captured_rar_holding_a_zip_gives_nested_ids_that_survive_a_rebuild(make_writer, catalog, store, reports,
                                                                                tmp_path) -> None:
    """A county's RAR holding one report and its townships' zip of two: three reports, ids
    `<record>!/<member>` and `<record>!/乡镇.zip!/<member>`, bytes read back from the store by id, the same ids
    after a catalog rebuilt from the store alone."""
    from tests.parse.rar_writer import rar4

    towns = make_zip([(f"{reports[1].title}.pdf", report_pdf(reports[1])),
                      (f"{reports[2].title}.docx", report_docx(reports[2]))])
    body = rar4([(f"{reports[0].title}.pdf", report_pdf(reports[0])), ("乡镇.zip", towns)])
    rar_id, _ = capture(make_writer, body, b"Rar!\x1a\x07\x00" + bytes(40))
    stats = dedup_and_parse(catalog, store)
    assert (stats["dedup/zip_archives"], stats["dedup/zip_members"], stats["dedup/zip_archives_unexpanded"]) == (
        2, 3, 1)
    expected = {f"{reports[0].title}.pdf": reports[0], f"乡镇.zip!/{reports[1].title}.pdf": reports[1],
                f"乡镇.zip!/{reports[2].title}.docx": reports[2]}
    by_member = {r["canonical"].get("member"): r for r in derived.canonical_reports(catalog.conn)}
    assert set(by_member) == set(expected) | {None}
    for member, report in expected.items():
        record = by_member[member]
        assert split_document_id(document_id(rar_id, member)) == (rar_id, member)
        assert (record["is_report"], record["agency"], record["year"]) == (True, report.agency, report.year), member
        canonical = record["canonical"]
        data, _ = read_document(store, canonical["warc"], canonical["offset"], canonical["length"], member)
        assert canonical["member_digest"] == member_digest(data)
    assert "RAR not expanded" in by_member[None]["errors"][0]["message"]

    fresh_path = tmp_path / "fresh" / "catalog.sqlite"
    reindex.rebuild(fresh_path, store)
    with Catalog(fresh_path) as fresh:
        dedup_and_parse(fresh, store)
        assert {d["id"] for d in derived.all_documents(fresh.conn)} == {
            d["id"] for d in derived.all_documents(catalog.conn)}
