"""`nianbao demo` end to end on a small sandbox: its summary, run history, exports and the hint it prints."""

from __future__ import annotations

import json
import sqlite3

import pytest
from nianbao.crawler.app.cli import EXIT_OK, main

from tests.fast_crawl import FAST_CRAWL_ARGS

pytestmark = pytest.mark.slow


def test_demo_on_two_portals_next_to_earlier_data(tmp_path, capsys) -> None:
    given = tmp_path / "demo"
    given.mkdir()
    (given / "keep.txt").write_text("earlier work", encoding="utf-8")
    assert main(["demo", "--data", str(given), "--portals", "2", "--render", "never", *FAST_CRAWL_ARGS]) == EXIT_OK
    out = capsys.readouterr().out
    assert (given / "keep.txt").read_text(encoding="utf-8") == "earlier work"   # never overwritten
    (data,) = [p for p in given.iterdir() if p.name.startswith("demo-")]
    summary = json.loads((data / "demo_summary.json").read_text(encoding="utf-8"))
    assert summary["portals"] == 2 and summary["recall"] == 1.0 and summary["precision"] == 1.0
    assert summary["reports_parsed"] == summary["clusters"] > 0
    assert summary["warc_bytes"] > 0 and summary["pages_fetched"] > 0
    assert (data / "exports" / "reports.jsonl").stat().st_size > 0
    assert list((data / "exports" / "parquet").rglob("*.parquet"))
    runs = sqlite3.connect(data / "catalog.sqlite").execute("SELECT status FROM runs").fetchall()
    assert runs == [("ok",)]
    hint = next(line.strip() for line in out.splitlines() if line.strip().startswith("nianbao provenance"))
    capsys.readouterr()
    assert main(["provenance", "--data", str(data), hint.split('"')[1], "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)
