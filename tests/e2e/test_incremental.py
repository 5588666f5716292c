"""Incremental re-crawl: the sandbox at revision 1 (one report edited, one with a section rewritten, one
replaced by a corrected report at a new URL, one removed, one added) crawled after revision 0 into the same data
directory. Checked against both ground truths, with `nianbao changes` and `nianbao audit` on the result."""

from __future__ import annotations

import json
import sqlite3

import pytest
from nianbao.crawler.app.cli import EXIT_OK, main
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.fast_crawl import FAST_CRAWL_ARGS

pytestmark = pytest.mark.slow

PORTALS = ("lanchuan", "xitong")  # where the sandbox's revision 1 edits, removes and adds reports


def _run(data, sandbox) -> dict:
    registry = data / "registry.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    args = ["run", "--data", str(data), "--registry", str(registry), "--render", "never", *FAST_CRAWL_ARGS]
    for portal in PORTALS:
        args += ["--portal", portal]
    with serve(sandbox) as server:
        assert main([*args, "--proxy", server.url]) == EXIT_OK
    conn = sqlite3.connect(data / "catalog.sqlite")
    conn.row_factory = sqlite3.Row
    run = dict(conn.execute("SELECT * FROM runs ORDER BY started_at DESC LIMIT 1").fetchone())
    summary = json.loads((data / "runs" / run["run_id"] / "summary.json").read_text(encoding="utf-8"))
    return {"run": run, "summary": summary}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    data = tmp_path_factory.mktemp("incremental")
    before, after = build_sandbox(revision=0), build_sandbox(revision=1)
    first = _run(data, before)
    ids = {r["canonical"]["url"]: r["id"] for r in map(json.loads, _column(data, "SELECT nb_report(record) FROM reports"))}
    (data / "ids_after_first_run.json").write_text(json.dumps(ids), encoding="utf-8")
    second = _run(data, after)
    conn = _connect(data)
    conn.row_factory = sqlite3.Row
    return data, conn, before.ground_truth(), after.ground_truth(), first, second


def _connect(data) -> sqlite3.Connection:
    """The catalog, with the SQL functions that read its compressed records (archive/derived.py)."""
    from nianbao.archive import derived

    conn = sqlite3.connect(data / "catalog.sqlite")
    derived.register(conn)
    return conn


def _column(data, sql: str) -> list:
    return [row[0] for row in _connect(data).execute(sql)]


def _documents(truth: dict, key: str) -> list[str]:
    return [d["url"] for d in truth["documents"] if d["report_key"] == key and d["portal_id"] in PORTALS]


def _response_bytes(run: dict) -> int:
    return run["summary"]["totals"]["response_bytes"]


def test_second_crawl_downloads_at_least_90_percent_fewer_bytes(two_runs) -> None:
    *_, first, second = two_runs
    assert _response_bytes(first) > 0
    assert _response_bytes(second) <= 0.1 * _response_bytes(first), (_response_bytes(first), _response_bytes(second))
    assert second["run"]["pages_not_modified"] > 0.8 * first["run"]["pages_new"]


def test_unchanged_pages_are_revisits_not_new_responses(two_runs) -> None:
    _, conn, *_, second = two_runs
    crawl_id = second["run"]["run_id"]
    kinds = dict(conn.execute("SELECT record_type, COUNT(*) FROM captures WHERE crawl_id = ? "
                              "AND record_type IN ('response', 'revisit') GROUP BY record_type", (crawl_id,)))
    assert kinds.get("revisit", 0) > 5 * kinds.get("response", 0), kinds


def test_edited_report_is_captured_anew_and_reparsed(two_runs) -> None:
    _, conn, _, after, _, second = two_runs
    key = after["revision_changes"]["edited"][0]
    new_tables = next(r for r in after["reports"] if r["key"] == key)["tables"]
    assert second["run"]["reports_changed"] >= 1
    for url in after["revision_changes"]["edited_urls"]:
        responses = conn.execute("SELECT crawl_id, payload_digest FROM captures WHERE url = ? "
                                 "AND record_type = 'response' ORDER BY captured_at", (url,)).fetchall()
        assert len(responses) == 2 and responses[0][1] != responses[1][1], url
        assert responses[1][0] == second["run"]["run_id"]
        record = _report_for(conn, url)
        assert record["tables"] == new_tables
        assert record.get("previous_versions"), "the earlier capture is kept as a previous version"


def test_removed_report_is_gone_with_last_seen_and_keeps_its_captures(two_runs) -> None:
    _, conn, before, after, first, second = two_runs
    key = after["revision_changes"]["removed"][0]
    urls = _documents(before, key)
    assert urls and second["run"]["reports_gone"] >= len(urls)
    for url in urls:
        state = conn.execute("SELECT gone_at, last_seen FROM url_state WHERE url = ?", (url,)).fetchone()
        assert state["gone_at"], url
        assert state["last_seen"] < second["run"]["started_at"]
        assert conn.execute("SELECT COUNT(*) FROM captures WHERE url = ? AND record_type = 'response' "
                            "AND status = 200", (url,)).fetchone()[0] == 1


def test_added_report_is_new(two_runs) -> None:
    _, conn, _, after, _, second = two_runs
    for url in after["revision_changes"]["added_urls"]:
        assert _report_for(conn, url)["is_report"], url
    assert second["run"]["reports_new"] >= 1


def test_unchanged_reports_are_not_gone(two_runs) -> None:
    _, conn, before, after, *_ = two_runs
    removed = set(_documents(before, after["revision_changes"]["removed"][0]))
    replaced = {u for pair in after["revision_changes"]["replaced"] for u in _documents(before, pair["old"])}
    gone = {r[0] for r in conn.execute("SELECT url FROM url_state WHERE gone_at IS NOT NULL")}
    assert replaced and gone == removed | replaced


def _report_for(conn: sqlite3.Connection, url: str) -> dict:
    for (record_json,) in conn.execute("SELECT nb_report(record) FROM reports"):
        record = json.loads(record_json)
        if url in [record["canonical"]["url"], *(d["url"] for d in record["duplicates"])]:
            return record
    raise AssertionError(f"no parsed report holds {url}")


def test_run_history_and_gone_marks_are_rebuilt_from_the_store(two_runs, tmp_path) -> None:
    data, conn, *_ = two_runs
    rebuilt = tmp_path / "rebuilt"
    assert main(["reindex", "--data", str(rebuilt), "--store", (data / "store").as_uri()]) == EXIT_OK
    fresh = sqlite3.connect(rebuilt / "catalog.sqlite")
    history = "SELECT run_id, status, pages_new, pages_not_modified, reports_new, reports_changed, reports_gone " \
              "FROM runs ORDER BY run_id"
    assert fresh.execute(history).fetchall() == [tuple(r) for r in conn.execute(history)]
    gone = "SELECT url, gone_at FROM url_state WHERE gone_at IS NOT NULL ORDER BY url"
    assert fresh.execute(gone).fetchall() == [tuple(r) for r in conn.execute(gone)]
    assert fresh.execute(gone).fetchall()


# ---------------------------------------------------------------- `nianbao changes` (silent edits)


def _changes(data, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert main(["changes", "--data", str(data), "--json", *extra]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def _cells_delta(before: dict, after: dict) -> dict[str, tuple]:
    from nianbao.parse.export import table_cells

    old, new = table_cells(before["tables"]), table_cells(after["tables"])
    return {k: (old[k], new[k]) for k in old if old[k] != new[k]}


def test_changes_name_every_edit_with_cells_sections_and_both_captures(two_runs, capsys) -> None:
    data, conn, before, after, *_ = two_runs
    truth0 = {r["key"]: r for r in before["reports"]}
    truth1 = {r["key"]: r for r in after["reports"]}
    changes = _changes(data, capsys)
    by_old_url = {c["old"]["url"]: c for c in changes}
    rc = after["revision_changes"]
    # a number changed in place: exactly the cells the sandbox changed, old → new
    (edited_url,) = rc["edited_urls"]
    edit = by_old_url[edited_url]
    assert edit["kind"] == "edited" and edit["new"]["url"] == edited_url
    key = rc["edited"][0]
    assert {c["key"]: (c["old"], c["new"]) for c in edit["cells"]} == _cells_delta(truth0[key], truth1[key])
    assert edit["old"]["captured_at"] < edit["new"]["captured_at"]
    for capture in (edit["old"], edit["new"]):
        assert capture["warc"] and capture["record_id"] and capture["length"] > 0
    # a section rewritten: no cell changed, section 五 has a diff naming the new text
    (rewritten_url,) = rc["rewritten_urls"]
    rewrite = by_old_url[rewritten_url]
    assert rewrite["kind"] == "edited" and rewrite["cells"] == []
    assert [s["section"] for s in rewrite["sections"]] == [rc["rewritten_section"]]
    assert any(line.startswith("+ ") and "审核台账" in line for line in rewrite["sections"][0]["diff"])
    # a report replaced by a corrected one at a new URL
    (pair,) = rc["replaced"]
    (old_url,) = _documents(before, pair["old"])
    (new_url,) = _documents(after, pair["new"])
    replaced = by_old_url[old_url]
    assert replaced["kind"] == "replaced" and replaced["new"]["url"] == new_url
    assert {c["key"]: (c["old"], c["new"]) for c in replaced["cells"]} == _cells_delta(truth0[pair["old"]],
                                                                                       truth1[pair["new"]])
    assert {"key": "published", "old": truth0[pair["old"]]["published"],
            "new": truth1[pair["new"]]["published"]} in replaced["fields"]
    # a report that disappeared: gone, with the last capture that had it
    (gone_url,) = _documents(before, rc["removed"][0])
    gone = by_old_url[gone_url]
    assert gone["kind"] == "gone" and gone["new"] is None and gone["old"]["record_id"]
    assert len(changes) == 4, [(c["kind"], c["old"]["url"]) for c in changes]
    # filters
    assert _changes(data, capsys, "--since", "2099-01-01") == []
    region = gone["region_code"]
    assert {c["region_code"] for c in _changes(data, capsys, "--region", region)} == {region}


def test_export_carries_revisions_and_keeps_identity_across_edits(two_runs, capsys) -> None:
    data, conn, _, after, *_ = two_runs
    first_ids = json.loads((data / "ids_after_first_run.json").read_text(encoding="utf-8"))
    rc = after["revision_changes"]
    for url in rc["edited_urls"] + rc["rewritten_urls"]:
        record = _report_for(conn, url)
        assert record["id"] == first_ids[url], "an edited report keeps the id it had before the edit"
        assert [r["kind"] for r in record["revisions"]] == ["edited"]
    (pair,) = rc["replaced"]
    (new_url,) = _documents(after, pair["new"])
    record = _report_for(conn, new_url)
    assert [r["kind"] for r in record["revisions"]] == ["replaced"]
    assert record["id"] == first_ids[record["revisions"][0]["old"]["url"]]
    out = data / "export.jsonl"
    assert main(["export", "--data", str(data), "--format", "jsonl", "--out", str(out)]) == EXIT_OK
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r.get("revisions") or []) for r in exported) == 4


# ---------------------------------------------------------------- `nianbao audit` (compliance)


def _expected_status(report: dict) -> str:
    deadline = {"county_government": "03-31", "government_office": "01-31", "department": "01-31"}.get(
        report["unit_level"])
    if deadline is None:
        return "found_no_deadline"
    return "on_time" if report["published"] <= f"{report['year'] + 1}-{deadline}" else "late"


def test_audit_against_the_ground_truth(two_runs, tmp_path, capsys) -> None:
    import csv

    from nianbao.archive.audit import unit_key

    data, _, before, after, *_ = two_runs
    # every report either crawl reached (with --render never), judged by its first version; a report gone in
    # revision 1 was still published and archived
    reachable = {d["report_key"] for truth in (before, after) for d in truth["documents"]
                 if d["portal_id"] in PORTALS and not d.get("needs_browser") and not d.get("unreachable")}
    corrected = {pair["new"] for pair in after["revision_changes"]["replaced"]}
    reports = [r for r in before["reports"] + [r for r in after["reports"] if r["key"] not in corrected]
               if r["key"] in reachable]
    reports = list({r["key"]: r for r in reversed(reports)}.values())
    found = {(r["agency"], r["year"]) for r in reports}
    skipped = [s for s in after["skipped"] if s["portal_id"] in PORTALS]
    statuses = set()
    for year in sorted({r["year"] for r in reports}):
        out = tmp_path / f"audit-{year}.csv"
        capsys.readouterr()
        assert main(["audit", "--data", str(data), "--year", str(year), "--csv", str(out)]) == EXIT_OK
        page = capsys.readouterr().out
        rows = {(r["region_code"], r["unit_key"]): r for r in csv.DictReader(out.open(encoding="utf-8"))}
        expected = {(r["region_code"], unit_key(r["agency"])): r for r in reports if r["year"] == year}
        for key, report in expected.items():
            row = rows[key]
            assert row["status"] == _expected_status(report), (year, report["agency"], row["evidence"])
            assert row["first_capture_at"] and row["first_capture_warc"]
            failing = set(report["failing_rules"])
            if (report["agency"], year - 1) not in found:     # the cross-report rule needs last year's report
                failing.discard("carry_continuity")
            if report["table_style"] != "image":              # tables drawn as images are not assessable
                assert set(filter(None, row["validation_failures"].split(";"))) == failing, report["agency"]
            statuses.add(row["status"])
        for s in (s for s in skipped if s["year"] == year):
            row = rows[(s["region_code"], unit_key(s["agency"]))]
            assert row["status"] == "not_found" and str(year) not in row["years_found"].split(",")
            assert "crawl(s)" in row["crawled"] and "searched" in page
            statuses.add("skipped")
        for key, row in rows.items():   # every unit not found really has no report that year
            assert (row["status"] == "not_found") == (key not in expected), row
        assert "== region" in page
    assert {"on_time", "late", "found_no_deadline", "skipped"} <= statuses, statuses


def test_audit_rules_file_overrides_and_must_cite_its_source(two_runs, tmp_path, capsys) -> None:
    data, *_ = two_runs
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - {level: township, deadline: '03-31'}\n", encoding="utf-8")
    assert main(["audit", "--data", str(data), "--year", "2022", "--rules", str(rules)]) == 2
    assert "cites no source" in capsys.readouterr().err
    rules.write_text("source: 某省政务公开办通知 http://example.gov.cn/tz.html\n"
                     "rules:\n  - {level: township, deadline: '03-31'}\n", encoding="utf-8")
    out = tmp_path / "a.parquet"
    assert main(["audit", "--data", str(data), "--year", "2022", "--rules", str(rules), "--parquet", str(out)]) == 0
    import pyarrow.parquet as pq

    rows = pq.read_table(out).to_pylist()
    towns = [r for r in rows if r["level"] == "township"]
    assert towns and all(r["deadline"] == "2023-03-31" and "example.gov.cn" in r["deadline_source"] for r in towns)
    assert all(r["status"] != "found_no_deadline" for r in towns)
