"""Pipeline steps' pure parts: choosing the current version, folding edited versions and landing pages."""

from __future__ import annotations

from nianbao.archive.assemble import current_version, fold_landing_pages, holds_report_text

TABLES = {"active": {"regulations": {"made": 1}}, "applications": None, "review_litigation": None}
EMPTY = {"active": None, "applications": None, "review_litigation": None}


def _record(rid: str, url: str, *, tables=None, sections=None, published=None, duplicates=()) -> dict:
    return {"id": rid, "tables": tables or EMPTY, "sections": sections or {"1": ""}, "published": published,
            "title": f"title {rid}", "canonical": {"url": url, "captured_at": "2026-01-01T00:00:00Z"},
            "duplicates": [{"url": u, "captured_at": "2026-01-02T00:00:00Z", "similarity": 0.99} for u in duplicates]}


def test_landing_page_folds_into_its_attachments_record() -> None:
    page = _record("page", "http://a.gov.cn/show.asp?id=1", published="2020-03-10")
    pdf = _record("pdf", "http://a.gov.cn/up/1.pdf", tables=TABLES)
    other = _record("other", "http://a.gov.cn/show.asp?id=2")   # no attachment of its own: stays
    out = fold_landing_pages([page, pdf, other], {"http://a.gov.cn/show.asp?id=1": {"http://a.gov.cn/up/1.pdf"}})
    assert [r["id"] for r in out] == ["pdf", "other"]
    assert pdf["landing_pages"] == [{"url": "http://a.gov.cn/show.asp?id=1", "captured_at": "2026-01-01T00:00:00Z"}]
    assert pdf["published"] == "2020-03-10" and pdf["title"] == "title pdf"


def test_page_with_report_text_is_never_folded() -> None:
    page = _record("page", "http://a.gov.cn/1.html", sections={"1": "一、总体情况"})
    pdf = _record("pdf", "http://a.gov.cn/1.pdf", tables=TABLES)
    assert len(fold_landing_pages([page, pdf], {"http://a.gov.cn/1.html": {"http://a.gov.cn/1.pdf"}})) == 2
    assert holds_report_text(page) and not holds_report_text(_record("x", "u"))


def test_attachment_found_among_duplicates() -> None:
    page = _record("page", "http://a.gov.cn/p")
    cluster = _record("c", "http://city.gov.cn/copy.html", tables=TABLES, duplicates=["http://a.gov.cn/f.docx"])
    assert [r["id"] for r in fold_landing_pages([page, cluster], {"http://a.gov.cn/p": {"http://a.gov.cn/f.docx"}})] \
        == ["c"]


def test_current_version_is_the_first_capture_of_the_newest_content() -> None:
    def capture(at: str, digest: str, url: str = "http://a.gov.cn/r.html") -> dict:
        return {"url": url, "captured_at": at, "payload_digest": digest}

    chosen = capture("2025-01-01", "sha1:OLD")
    members = {"v2": (capture("2025-06-01", "sha1:NEW"), 0.99), "v2-revisit": (capture("2025-09-01", "sha1:NEW"), 1.0),
               "copy": (capture("2025-02-01", "sha1:OLD", "http://city.gov.cn/x.html"), 0.98)}
    assert current_version("v1", chosen, members) == ("v2", ["v1"])
    assert current_version("v1", chosen, {"copy": members["copy"]}) == ("v1", [])


def test_members_of_one_archive_are_told_apart_by_their_path_and_own_digest() -> None:
    """A zip's members share its URL and capture: a member is the URL with its path, its content its own digest
    (archive/members.py), so a republished archive whose member did not change gives no previous version."""
    from nianbao.archive.assemble import fold_edited_versions

    def member(at: str, zip_digest: str, path: str, digest: str) -> dict:
        return {"url": "http://a.gov.cn/nb.zip", "captured_at": at, "payload_digest": zip_digest, "member": path,
                "member_digest": digest}

    chosen = member("2025-01-01", "sha1:ZIP1", "a.pdf", "sha1:A")
    members = {"b": (member("2025-01-01", "sha1:ZIP1", "b.pdf", "sha1:B"), 0.99),          # another member
               "a-again": (member("2025-06-01", "sha1:ZIP2", "a.pdf", "sha1:A"), 1.0)}     # republished, unchanged
    assert current_version("a", chosen, members) == ("a", [])
    members["a-edited"] = (member("2025-09-01", "sha1:ZIP3", "a.pdf", "sha1:A2"), 0.98)
    assert current_version("a", chosen, members) == ("a-edited", ["a", "a-again"])

    records = [{**_record(path, "http://a.gov.cn/nb.zip", tables=TABLES), "canonical": member(
        "2025-01-01", "sha1:ZIP1", path, f"sha1:{path}")} for path in ("a.pdf", "b.pdf", "c.docx")]
    assert [r["id"] for r in fold_edited_versions(records)] == ["a.pdf", "b.pdf", "c.docx"]   # none folded


# ---------------------------------------------------------------- the parse context a capture carries

PAGE = ("<html><head><title>政府信息公开</title></head><body><p>依据《中华人民共和国政府信息公开条例》第五十条规定，"
        "制定本报告。</p><p>一、总体情况</p><p>我局进一步加大了政务公开的力度，认真做好相关规定的贯彻落实。</p>"
        "</body></html>").encode()
DEPARTMENT_URL = "http://sj.yichun.gov.cn/ycssjj/zfxxgknb/202001/1.shtml"


def test_extract_step_gives_the_parser_the_portal_link_and_column(make_writer, catalog, store) -> None:
    """A page that names no unit (我局) and no title: the registry's portal, the sub-site in the URL, the link
    text and the column, carried from the crawl's document record through the catalog, decide."""
    from nianbao.archive.cluster import ClusterConfig, ClusterStep
    from nianbao.archive.dedup import DedupConfig, Deduper
    from nianbao.archive.dedup.persist import SqliteStorage
    from nianbao.archive.extract import ExtractConfig, ExtractStep
    from nianbao.archive.step import run_steps

    writer = make_writer("c1")
    written = writer.write_exchange(DEPARTMENT_URL, "GET", [], b"", 200, [("Content-Type", "text/html")], PAGE,
                                    metadata={"portal-id": "p1", "role": "article"})
    writer.write_document_metadata(written.record_id, DEPARTMENT_URL, {
        "kind": "report", "portal_id": "p1", "link_text": "2019年政府信息公开工作年度报告",
        "column_text": "政府信息公开年报"})
    assert writer.close()
    row = catalog.documents_for_records([written.record_id])[written.record_id]
    assert (row["link_text"], row["column_text"]) == ("2019年政府信息公开工作年度报告", "政府信息公开年报")

    stats = run_steps(catalog.conn,
                      ExtractStep(ExtractConfig({"p1": "360900"}, {"p1": "宜春市人民政府"}), catalog.conn, store),
                      ClusterStep(ClusterConfig({"p1": {"sj.yichun.gov.cn"}}),
                                  Deduper(DedupConfig(), SqliteStorage(catalog.conn))))
    assert stats["dedup/documents"] == 1
    from nianbao.archive import derived

    [record_id] = [r[0] for r in catalog.conn.execute("SELECT record_id FROM parsed_documents")]
    record = derived.parsed(catalog.conn, record_id)
    assert record["is_report"], record["is_report_reason"]
    assert "link text names the report" in record["is_report_reason"]
    assert "column 政府信息公开年报" in record["is_report_reason"]
    assert (record["agency"], record["agency_sources"][0]["source"]) == ("宜春市审计局", "url")
    assert record["region_code"] == "360900" and record["year"] == 2019


def test_old_catalog_gets_the_new_document_columns(tmp_path) -> None:
    import sqlite3

    from nianbao.archive.catalog import Catalog
    from nianbao.archive.schema import TABLES_V1

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    old_schema = "\n".join(line for line in TABLES_V1.splitlines() if not line.strip().startswith("link_text TEXT"))
    assert old_schema != TABLES_V1
    conn.executescript(old_schema)
    conn.commit()
    conn.close()
    catalog = Catalog(path)
    columns = {row[1] for row in catalog.conn.execute("PRAGMA table_info(documents)")}
    catalog.close()
    assert {"link_text", "column_text"} <= columns
