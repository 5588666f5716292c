"""Reports that exist only inside zip archives, end to end: a zipbundle portal (its units' reports packed in one
`.zip` a year, attached to a 打包下载 article) is crawled, `dedup` expands each archived zip into its document
members (archive/extract.py), and the export holds one report per member, its canonical the archive's WARC record
and the member's path, with the unit, year, template and tables of the sandbox's ground truth; the archives
themselves are no reports."""

from __future__ import annotations

import json

import pytest
from nianbao.crawler.app.cli import EXIT_OK, main
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.fast_crawl import FAST_CRAWL_ARGS

pytestmark = pytest.mark.slow


def test_every_member_of_the_portals_archives_is_an_exported_report(tmp_path, capsys) -> None:
    sandbox = build_sandbox(portals=1, families=("zipbundle",), news_per_portal=4)
    truth = sandbox.ground_truth()
    reports = {r["key"]: r for r in truth["reports"]}
    packed = {(d["url"], d["member"]): reports[d["report_key"]] for d in truth["documents"] if d["format"] == "zip"}
    assert len(packed) >= 10 and len({url for url, _ in packed}) >= 3

    data, registry = tmp_path / "data", tmp_path / "portals.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    with serve(sandbox) as server:
        assert main(["run", "--data", str(data), "--registry", str(registry), "--proxy", server.url,
                     "--render", "never", *FAST_CRAWL_ARGS]) == EXIT_OK
    out = tmp_path / "reports.jsonl"
    assert main(["export", "--data", str(data), "--format", "jsonl", "--out", str(out)]) == EXIT_OK
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    by_member = {}
    for record in records:
        for sighting in (record["canonical"], *record["duplicates"]):
            if sighting.get("member"):
                by_member[(sighting["url"], sighting["member"])] = record
    assert set(by_member) == set(packed)
    for (url, member), report in sorted(packed.items()):
        record = by_member[(url, member)]
        assert record["is_report"] is True, (member, record["is_report_reason"])
        assert (record["agency"], record["year"], record["template"]) == (
            report["agency"], report["year"], report["template"]), member
        assert record["tables"] == report["tables"], member
        assert record["canonical"]["member_digest"].startswith("sha1:")
    archives = {url for url, _ in packed}
    assert not [r for r in records if r["canonical"]["url"] in archives and not r["canonical"].get("member")]
