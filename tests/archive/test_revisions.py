"""Revisions' pure parts: cell and section diffs, folding a replaced report into its correction."""

from __future__ import annotations

from nianbao.archive.revisions import (
    MAX_DIFF_LINES,
    cell_changes,
    field_changes,
    fold_replaced,
    section_changes,
)


def test_cell_changes_name_each_changed_cell_old_and_new() -> None:
    old = {"applications": {"new_received": {"natural_person": 3, "total": 5}}, "review_litigation": {}}
    new = {"applications": {"new_received": {"natural_person": 4, "total": 6}},
           "review_litigation": {"review": {"upheld": 1}}}
    assert cell_changes(old, new) == [
        {"key": "applications.new_received.natural_person", "old": 3, "new": 4},
        {"key": "applications.new_received.total", "old": 5, "new": 6},
        {"key": "review_litigation.review.upheld", "old": None, "new": 1}]
    assert cell_changes(old, old) == []


def test_section_diff_is_short_and_sentence_level() -> None:
    old = {"5": "存在问题一。改进措施一。", "6": "无。"}
    new = {"5": "存在问题一。改进措施二。", "6": "无。"}
    (change,) = section_changes(old, new)
    assert change == {"section": "5", "diff": ["- 改进措施一。", "+ 改进措施二。"]}
    long_old = {"1": "。".join(f"旧句{i}" for i in range(40))}
    long_new = {"1": "。".join(f"新句{i}" for i in range(40))}
    (change,) = section_changes(long_old, long_new)
    assert len(change["diff"]) == MAX_DIFF_LINES + 1 and change["diff"][-1].startswith("… ")
    assert field_changes({"published": "2020-01-22", "title": "t"}, {"published": "2025-05-20", "title": "t"}) == [
        {"key": "published", "old": "2020-01-22", "new": "2025-05-20"}]


def record(rid, url, at, agency="某县财政局", year=2019, versions=()):
    return {"id": rid, "is_report": True, "agency": agency, "year": year, "region_code": "620100",
            "canonical": {"url": url, "captured_at": at, "payload_digest": rid}, "duplicates": [],
            "previous_versions": list(versions)}


def test_a_gone_report_is_folded_into_the_later_one_of_its_unit_and_year() -> None:
    records = {"A": record("A", "http://x/old.html", "2024-01-01"),
               "B": record("B", "http://x/new.html", "2025-05-20"),
               "C": record("C", "http://x/other.html", "2024-01-01", agency="某县教育局")}
    removed = fold_replaced(records, {"http://x/old.html": "2025-05-20", "http://x/other.html": "2025-05-20"})
    assert removed == ["A"] and set(records) == {"B", "C"}
    assert records["B"]["id"] == "A", "the corrected report keeps the identity of the first version"
    assert [v["url"] for v in records["B"]["previous_versions"]] == ["http://x/old.html"]
    assert records["C"]["id"] == "C"      # gone, and nothing replaced it: it stays (and gets a gone revision)


def test_nothing_is_folded_when_the_older_report_is_still_online() -> None:
    records = {"A": record("A", "http://x/old.html", "2024-01-01"),
               "B": record("B", "http://x/new.html", "2025-05-20")}
    assert fold_replaced(records, {}) == [] and set(records) == {"A", "B"}
