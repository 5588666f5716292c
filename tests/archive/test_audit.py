"""The compliance audit's pure part: deadlines, statuses, unit identity, rules files."""

from __future__ import annotations

import pytest
from nianbao.archive.audit import (
    DEFAULT_RULES,
    Coverage,
    Facts,
    ReportFact,
    RulesError,
    audit,
    load_rules,
    region_summary,
    rule_for,
    unit_key,
)

CAPTURE = {"captured_at": "2024-01-20T08:00:00Z", "url": "http://x.gov.cn/a.html", "warc": "w.warc.gz", "offset": 0}


def fact(report_id, agency, year, level="department", published=None, first=CAPTURE, failures=()):
    return ReportFact(report_id, agency, "620100", year, level, f"{agency}{year}年报告", published,
                      "http://x.gov.cn/a.html", "p1", list(failures), dict(first) if first else None)


def facts(*reports) -> Facts:
    return Facts(list(reports), {"p1": Coverage("p1", 3, "2023-01-05T00:00:00Z", "2024-05-01T00:00:00Z", 999)})


def by_unit(rows):
    return {row.unit_key: row for row in rows}


def test_statuses_from_printed_date_first_capture_and_level() -> None:
    rows = by_unit(audit(facts(
        fact("a", "某县财政局", 2023, published="2024-01-31"),                 # on the deadline day
        fact("b", "某县教育局", 2023, published="2024-02-01"),                 # a day late
        fact("c", "某县人民政府", 2023, level="county_government", published="2024-03-30"),
        fact("d", "某镇人民政府", 2023, level="township", published="2024-06-01"),   # article 49 does not cover
        fact("e", "某县水务局", 2023, published=None),                           # online by the deadline
        fact("f", "某县林业局", 2023, published=None, first={**CAPTURE, "captured_at": "2024-03-01T00:00:00Z"}),
        fact("g", "某县审计局", 2022, published="2023-01-10"),                   # skipped 2023
    ), 2023))
    assert rows["某县财政局"].status == "on_time" and rows["某县财政局"].deadline == "2024-01-31"
    assert rows["某县教育局"].status == "late"
    assert rows["某县政府"].status == "on_time" and rows["某县政府"].deadline == "2024-03-31"
    assert rows["某镇政府"].status == "found_no_deadline" and rows["某镇政府"].deadline is None
    assert "not covered" in rows["某镇政府"].deadline_source
    assert rows["某县水务局"].status == "on_time" and "first capture" in rows["某县水务局"].evidence
    assert rows["某县林业局"].status == "found_timing_unknown"
    missing = rows["某县审计局"]
    assert missing.status == "not_found" and missing.years_found == "2022"
    assert "p1: 3 crawl(s)" in missing.crawled and "did not publish" not in missing.evidence


def test_units_are_identified_by_normalised_name_and_region() -> None:
    assert unit_key("某县 人民政府") == unit_key("某县政府") == unit_key("某县人民政府")
    assert unit_key("某县（区）财政局") == unit_key("某县(区)财政局")
    rows = audit(facts(fact("a", "某县人民政府", 2022, "county_government", "2023-03-01"),
                       fact("b", "某县 政府", 2023, "county_government", "2024-03-01")), 2023)
    assert len(rows) == 1 and rows[0].years_found == "2022,2023"


def test_validation_failures_and_region_filter_and_summary() -> None:
    rows = audit(facts(fact("a", "某县财政局", 2023, published="2024-01-02", failures=["t3_total:total"])), 2023)
    assert rows[0].validation_failures == "t3_total:total"
    assert audit(facts(fact("a", "某县财政局", 2023)), 2023, region="11") == []
    page = region_summary(audit(facts(fact("a", "某县财政局", 2023, published="2024-03-02"),
                                      fact("b", "某县审计局", 2022)), 2023), 2023)
    assert "late" in page and "某县财政局" in page and "not found" in page and "searched" in page


def test_rules_file_overrides_with_a_cited_source(tmp_path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("source: 某市政务公开办通知 http://www.example.gov.cn/tz/1.html\n"
                    "rules:\n  - {level: township, deadline: '02-20'}\n"
                    "  - {level: department, region_prefix: '6201', deadline: '01-28', source: 某市细则}\n",
                    encoding="utf-8")
    rules = load_rules(path)
    assert rule_for(rules, "township", "620100").deadline == (2, 20)
    assert rule_for(rules, "department", "620100").source == "某市细则"
    assert rule_for(rules, "department", "110100").deadline == (1, 31)     # elsewhere: article 49
    assert rule_for(DEFAULT_RULES, "township", "620100").deadline is None


@pytest.mark.parametrize("text, message", [
    ("rules:\n  - {level: township, deadline: '03-31'}\n", "cites no source"),
    ("source: x\nrules:\n  - {level: township, deadline: '3月31日'}\n", "not MM-DD"),
    ("source: x\nrules:\n  - {level: township, deadline: '02-30'}\n", "not MM-DD"),
    ("- a\n", "rules:"),
])
def test_bad_rules_files_say_how_to_fix_them(tmp_path, text, message) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(path)
