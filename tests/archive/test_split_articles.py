"""A report article cut into pages through the pipeline (archive/extract.py … archive/assemble.py): a deterministic
WARC (fixed ids and dates) holding the three pages of tests/parse/split_article.py gives one report whose tables
are whole (tables 二 and 三 straddle page breaks), its later pages listed in `continuation_pages` and not reports of
their own; a missing middle page is recorded and the text said incomplete; an article whose 下一篇 links another
article joins nothing; a catalog rebuilt from the store gives the same reports."""

from __future__ import annotations

import json
from datetime import timedelta

from nianbao.archive import cell_provenance, derived, reindex
from nianbao.archive.catalog import Catalog

from tests.archive.harness import T0
from tests.archive.test_zip_members_pipeline import dedup_and_parse
from tests.parse.builders import applications_values, page, review_values
from tests.parse.split_article import DIRECTORY, FIRST_URL, PAGE_URLS, trs_pages, whole_body

HTML = [("Content-Type", "text/html; charset=utf-8")]
TITLE = "岚川县人民政府2023年政府信息公开工作年度报告"


def capture(make_writer, pages: dict[str, bytes], crawl: str = "c1", id_prefix: str = "00000000-0000-0000-0000",
            at=T0) -> dict[str, str]:
    """Each page as the crawl records a report page (its response and the document metadata); url → record id."""
    writer = make_writer(crawl, id_prefix=id_prefix)
    ids = {}
    for n, (url, body) in enumerate(pages.items()):
        date = at + timedelta(seconds=n)
        written = writer.write_exchange(url, "GET", [], b"", 200, HTML, body, date=date,
                                        metadata={"portal-id": "p1", "role": "article"})
        writer.write_document_metadata(written.record_id, url, {
            "kind": "report", "portal_id": "p1", "format": "html", "title": TITLE, "link_text": TITLE,
            "column_text": "政府信息公开年报"}, date=date)
        ids[url] = written.record_id
    assert writer.close()
    return ids


def reports_of(catalog: Catalog) -> list[dict]:
    return derived.canonical_reports(catalog.conn)


def test_a_split_article_is_one_report_with_its_tables_whole(make_writer, catalog, store, tmp_path) -> None:
    ids = capture(make_writer, dict(zip(PAGE_URLS, trs_pages(), strict=True)))
    stats = dedup_and_parse(catalog, store)
    assert {k: v for k, v in stats.items() if "continuation" in k or k in (
        "dedup/split_articles", "dedup/tables_across_pages", "dedup/documents", "parse/reports")} == {
        "dedup/split_articles": 1, "dedup/continuation_pages": 2, "dedup/continuation_missing": 0,
        "dedup/tables_across_pages": 2,
        "dedup/documents": 3, "parse/continuation_pages_folded": 2, "parse/reports": 1}
    [record] = reports_of(catalog)
    assert record["canonical"]["url"] == FIRST_URL and record["is_report"] is True
    assert record["tables"]["applications"] == applications_values("2021")
    assert record["tables"]["review_litigation"] == review_values()
    assert record["tables"]["active"]["licensing"] == {"decisions": 1520}
    assert all(v["status"] != "fail" for v in record["validation"]), record["validation"]
    assert record["errors"] == [] and "continuation_missing" not in record
    assert [(p["url"], p["record_id"]) for p in record["continuation_pages"]] == [
        (url, ids[url]) for url in PAGE_URLS[1:]]
    assert all(p["payload_digest"].startswith("sha1:") for p in record["continuation_pages"])
    assert record["duplicates"] == []

    # every cell resolves in the capture of the page that holds it
    rows = list(cell_provenance.report_cells(catalog.conn))
    assert {row["url"] for row in rows} == set(PAGE_URLS)
    checks = [cell_provenance.check_cell(store, row, snippet=False) for row in rows]
    assert all(c.ok for c in checks), [c.problems for c in checks if not c.ok][:3]

    # the join derives from the WARCs: a catalog rebuilt from the store gives the same reports
    fresh_path = tmp_path / "fresh" / "catalog.sqlite"
    reindex.rebuild(fresh_path, store)
    with Catalog(fresh_path) as fresh:
        dedup_and_parse(fresh, store)
        assert reports_of(fresh) == reports_of(catalog)


def test_a_missing_middle_page_is_recorded_and_the_text_said_incomplete(make_writer, catalog, store) -> None:
    served = trs_pages()
    capture(make_writer, {PAGE_URLS[0]: served[0], PAGE_URLS[2]: served[2]})
    stats = dedup_and_parse(catalog, store)
    assert (stats["dedup/continuation_pages"], stats["dedup/continuation_missing"]) == (1, 1)
    [record] = reports_of(catalog)
    assert record["continuation_missing"] == [PAGE_URLS[1]]
    assert [p["url"] for p in record["continuation_pages"]] == [PAGE_URLS[2]]
    assert any(e["stage"] == "extract" and e["message"].startswith("text incomplete: 1 of the article's 3 pages")
               for e in record["errors"]), record["errors"]
    assert record["tables"]["review_litigation"] == review_values()
    assert record["tables"]["applications"] != applications_values("2021")


def test_a_later_capture_of_a_page_is_not_joined_to_an_earlier_first_page(make_writer, catalog, store) -> None:
    """The pages joined are the first page's crawl's, else the newest before it: a page captured only by a later
    crawl may have changed since, so it is missing for the earlier first page."""
    served = trs_pages()
    capture(make_writer, {PAGE_URLS[0]: served[0], PAGE_URLS[2]: served[2]})
    capture(make_writer, {PAGE_URLS[1]: served[1]}, crawl="c2", id_prefix="00000000-0000-0000-0001",
            at=T0 + timedelta(days=3))
    dedup_and_parse(catalog, store)
    joined = [r for r in reports_of(catalog) if r.get("continuation_pages")]
    assert [r["continuation_missing"] for r in joined] == [[PAGE_URLS[1]]]


def test_an_article_linking_the_next_article_joins_nothing(make_writer, catalog, store) -> None:
    other = f"{DIRECTORY}t20240121_5123460.html"
    first = page(whole_body() + '<div>下一篇：<a href="t20240121_5123460.html">岚川县财政局2023年报告</a></div>')
    second = page(whole_body().replace("岚川县人民政府办公室", "岚川县财政局"),
                  title="岚川县财政局2023年政府信息公开工作年度报告")
    capture(make_writer, {FIRST_URL: first.encode(), other: second.encode()})
    stats = dedup_and_parse(catalog, store)
    assert stats.get("dedup/split_articles", 0) == 0 and stats.get("parse/continuation_pages_folded", 0) == 0
    assert {r["canonical"]["url"] for r in reports_of(catalog)} == {FIRST_URL, other}
    assert all("continuation_pages" not in r for r in reports_of(catalog))
    assert json.dumps(reports_of(catalog), ensure_ascii=False).count("continuation") == 0
