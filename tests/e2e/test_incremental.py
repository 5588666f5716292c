"""Incremental re-crawl: the sandbox at revision 1 (one report edited, one removed, one added) crawled after
revision 0 into the same data directory. Checked against both ground truths."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.cli import EXIT_OK, main
from crawler.sandbox import build_sandbox, serve

pytestmark = pytest.mark.slow

PORTALS = ("lanchuan", "xitong")  # where the sandbox's revision 1 edits, removes and adds reports


def _run(data, sandbox) -> dict:
    registry = data / "registry.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    args = ["run", "--data", str(data), "--registry", str(registry), "--render", "never"]
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
    second = _run(data, after)
    conn = sqlite3.connect(data / "catalog.sqlite")
    conn.row_factory = sqlite3.Row
    return data, conn, before.ground_truth(), after.ground_truth(), first, second


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
    gone = {r[0] for r in conn.execute("SELECT url FROM url_state WHERE gone_at IS NOT NULL")}
    assert gone == removed


def _report_for(conn: sqlite3.Connection, url: str) -> dict:
    for (record_json,) in conn.execute("SELECT record_json FROM reports"):
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
