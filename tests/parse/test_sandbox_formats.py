"""The sandbox's generated documents (crawler/sandbox: HTML with DOM tables, Word-style DOM, tables flattened to
lines / pipes / tabs, tables as images; PDF; DOCX; DOC) parse to its ground truth, cell for cell."""

from collections import defaultdict

import pytest
from nianbao.parse.report import parse_report
from nianbao.parse.validate import carry_continuity

sandbox_module = pytest.importorskip("nianbao.crawler.sandbox")


def _group(doc: dict, report: dict) -> str:
    if doc.get("stub"):
        return "stub"
    if doc["format"] != "html":
        return doc["format"]
    if doc["html_tables"] == "image" or report["table_style"] == "image":
        return "image"
    return f"html/{report['table_style']}"


@pytest.fixture(scope="module")
def parsed():
    sandbox = sandbox_module.build_sandbox(seed=7, portals=6)
    truth = sandbox.ground_truth()
    reports = {r["key"]: r for r in truth["reports"]}
    region = {p["id"]: p["region_code"] for p in truth["portals"]}
    groups: dict[str, list] = defaultdict(list)
    for doc in truth["documents"]:
        status, headers, body = sandbox.handle("GET", doc["url"], {}, b"")
        if status != 200:
            continue   # the challenge host answers 412 without a browser's cookie
        ctype = next((v for k, v in headers if k.lower() == "content-type"), None)
        report = reports[doc["report_key"]]
        record = parse_report(body, ctype, doc["url"], {"region_code": region[doc["portal_id"]]})
        groups[_group(doc, report)].append((doc, report, record))
    non_reports = []
    for url in truth["non_reports"]:
        status, headers, body = sandbox.handle("GET", url, {}, b"")
        if status == 200:
            ctype = next((v for k, v in headers if k.lower() == "content-type"), None)
            non_reports.append((url, parse_report(body, ctype, url)))
    return groups, non_reports


TABLE_GROUPS = ["html/dom", "html/dom_word", "html/lines", "html/pipes", "html/tabs", "pdf", "docx", "doc"]


def test_every_format_is_present(parsed):
    groups, _ = parsed
    assert set(TABLE_GROUPS) <= set(groups), sorted(groups)


@pytest.mark.parametrize("group", TABLE_GROUPS)
def test_tables_and_metadata_match_the_ground_truth(parsed, group):
    groups, _ = parsed
    for doc, report, record in groups[group]:
        where = doc["url"]
        assert record["tables"] == report["tables"], where
        assert record["is_report"] is True, where
        assert (record["agency"], record["year"], record["template"]) == (
            report["agency"], report["year"], report["template"]), where
        failing = {r["rule"] for r in record["validation"] if r["status"] == "fail"}
        assert failing == set(report["failing_rules"]) - {"carry_continuity"}, where
        if doc["role"] == "original":
            assert record["published"] == report["published"], where
        assert not [e for e in record["errors"] if e["stage"] == "tables"], where


def test_tables_published_as_images_are_reported_missing(parsed):
    groups, _ = parsed
    assert groups["image"]
    for doc, _report, record in groups["image"]:
        assert record["is_report"] and record["tables"]["applications"] is None, doc["url"]
        assert any("image" in e["message"] for e in record["errors"]), doc["url"]


def test_pages_that_only_link_the_report_say_so(parsed):
    groups, _ = parsed
    assert groups["stub"]
    for doc, report, record in groups["stub"]:
        assert record["is_report"] and (record["agency"], record["year"]) == (report["agency"], report["year"])
        assert any("attachment" in e["message"] for e in record["errors"]), doc["url"]


def test_carry_continuity_across_years(parsed):
    groups, _ = parsed
    originals = [(report, record) for group in TABLE_GROUPS for doc, report, record in groups[group]
                 if doc["role"] == "original"]
    failing = {(r["agency"], r["year"]) for r in carry_continuity([rec for _, rec in originals])
               if r["status"] == "fail"}
    expected = {(rep["agency"], rep["year"]) for rep, _ in originals if "carry_continuity" in rep["failing_rules"]}
    assert failing == expected


def test_non_report_pages_are_not_reports(parsed):
    _, non_reports = parsed
    assert non_reports
    assert [url for url, record in non_reports if record["is_report"]] == []
