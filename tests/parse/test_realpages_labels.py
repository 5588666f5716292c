"""The real-page test set (tests/parse/realpages) is well-formed: every labelled file exists and is non-empty,
every field has a valid value, ids are unique, URLs absolute and unique across all splits, holdout is about a third
of tune + holdout, and the later never-tuned-on holdouts (holdout2 … holdout9) are sets of their
own.
Runs no parser."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).parent / "realpages"
SPLITS = ("tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
          "holdout9")
FIELDS = {"id", "file", "url", "title", "form", "is_report", "kind", "agency", "agency_raw", "level", "year",
          "template", "published", "region", "note"}
FORMS = {"html", "pdf_text", "docx_text", "unknown"}
LEVELS = {"county_government", "government_office", "department", "township", "development_zone", "other", None}
TEMPLATES = {"2019", "2021", "pre2019", "unknown", None}
KINDS = {"report", "interpretation", "notice", "work_points", "work_summary", "performance", "news", "column",
         "catalogue", "statistics", "guide", "other_report", "other"}


def labels(split: str) -> list[dict]:
    lines = (ROOT / split / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("split", SPLITS)
def test_every_label_is_valid_and_its_file_exists(split):
    rows = labels(split)
    assert rows, f"{split} is empty"
    for n, row in enumerate(rows, 1):
        where = f"{split} line {n}"
        assert set(row) == FIELDS, where
        assert row["id"] == f"{split}-{n:03d}" and row["file"] == f"{n:03d}.txt", where
        text = (ROOT / split / row["file"]).read_text(encoding="utf-8")
        assert text.strip(), where
        parts = urlsplit(row["url"])
        assert parts.scheme in ("http", "https") and parts.netloc, where
        assert row["form"] in FORMS and row["level"] in LEVELS and row["template"] in TEMPLATES, where
        assert isinstance(row["is_report"], bool) and row["kind"] in KINDS, where
        assert (row["kind"] == "report") == row["is_report"], where
        assert row["year"] is None or (isinstance(row["year"], int) and 2007 <= row["year"] <= 2026), where
        assert row["published"] is None or re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", row["published"]), where
        assert set(row["region"]) == {"name", "code"}, where
        assert row["region"]["code"] is None or re.fullmatch(r"\d{6}", row["region"]["code"]), where
        if row["is_report"]:
            assert row["year"] is not None and row["template"] is not None, where
            assert row["template"] == "pre2019" or row["year"] >= 2019, where
        for key in ("agency", "agency_raw", "title", "note"):
            assert row[key] is None or (isinstance(row[key], str) and row[key].strip()), where


def test_ids_and_urls_are_unique_across_splits():
    rows = [row for split in SPLITS for row in labels(split)]
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["url"] for row in rows}) == len(rows)


def test_no_stray_text_files():
    for split in SPLITS:
        listed = {row["file"] for row in labels(split)}
        assert {p.name for p in (ROOT / split).glob("*.txt")} == listed


def test_holdout_is_about_a_third_and_both_splits_hold_reports_and_non_reports():
    tune, holdout = labels("tune"), labels("holdout")
    assert abs(len(holdout) / (len(tune) + len(holdout)) - 1 / 3) <= 0.05
    for rows in (tune, holdout):
        assert any(r["is_report"] for r in rows) and any(not r["is_report"] for r in rows)


def test_holdout2_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout2 was collected after tuning on the first set: at least 70 pages, none sharing a URL with it."""
    rows = labels("holdout2")
    first = {row["url"] for split in ("tune", "holdout") for row in labels(split)}
    assert len(rows) >= 70
    assert not first & {row["url"] for row in rows}
    assert sum(r["is_report"] for r in rows) >= 50 and sum(not r["is_report"] for r in rows) >= 20


def test_holdout3_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout3 was collected after holdout2 was scored: at least 100 pages, none sharing a URL with the earlier
    splits, about 70 reports and 30 look-alikes."""
    rows = labels("holdout3")
    earlier = {row["url"] for split in ("tune", "holdout", "holdout2") for row in labels(split)}
    assert len(rows) >= 100
    assert not earlier & {row["url"] for row in rows}
    assert sum(r["is_report"] for r in rows) >= 60 and sum(not r["is_report"] for r in rows) >= 25


def test_holdout4_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout4 was collected after holdout3, by another hand: 104 pages, none sharing a URL with the earlier splits,
    78 reports and 26 look-alikes, reports of every year 2008-2025."""
    rows = labels("holdout4")
    earlier = {row["url"] for split in ("tune", "holdout", "holdout2", "holdout3") for row in labels(split)}
    assert len(rows) >= 104
    assert not earlier & {row["url"] for row in rows}
    assert sum(r["is_report"] for r in rows) >= 75 and sum(not r["is_report"] for r in rows) >= 25
    assert {r["year"] for r in rows if r["is_report"]} >= set(range(2008, 2026))


def test_holdout5_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout5 was collected after holdout4, by another hand: at least 120 pages, none sharing a URL with the earlier
    splits, about a third look-alikes, reports of 2008-2025 in both table formats and free form."""
    rows = labels("holdout5")
    earlier = {row["url"] for split in SPLITS[:SPLITS.index("holdout5")] for row in labels(split)}
    assert len(rows) >= 120
    assert not earlier & {row["url"] for row in rows}
    reports = [r for r in rows if r["is_report"]]
    assert len(reports) >= 80 and len(rows) - len(reports) >= 40
    assert {r["year"] for r in reports} >= set(range(2008, 2026))
    assert {r["template"] for r in reports} == {"2019", "2021", "pre2019", "unknown"}


def test_holdout6_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout6 was collected after holdout5 had become tuning data, by another hand: at least 120 pages, none sharing
    a URL with the earlier splits, about a third look-alikes, reports of 2008-2025 in both table formats and free
    form, and some text extracted from PDF or Word uploads."""
    rows = labels("holdout6")
    earlier = {row["url"] for split in SPLITS[:SPLITS.index("holdout6")] for row in labels(split)}
    assert len(rows) >= 120
    assert not earlier & {row["url"] for row in rows}
    reports = [r for r in rows if r["is_report"]]
    assert len(reports) >= 85 and len(rows) - len(reports) >= 40
    assert {r["year"] for r in reports} >= set(range(2008, 2026))
    assert {r["template"] for r in reports} == {"2019", "2021", "pre2019", "unknown"}
    assert {"pdf_text", "docx_text"} <= {r["form"] for r in rows}


def test_holdout7_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout7 was collected after holdout6, by another hand: at least 120 pages, none sharing a URL with the earlier
    splits, about a third look-alikes, reports of 2008-2025 in both table formats and free form, every unit level."""
    rows = labels("holdout7")
    earlier = {row["url"] for split in SPLITS[:SPLITS.index("holdout7")] for row in labels(split)}
    assert len(rows) >= 120
    assert not earlier & {row["url"] for row in rows}
    reports = [r for r in rows if r["is_report"]]
    assert len(reports) >= 85 and len(rows) - len(reports) >= 40
    assert {r["year"] for r in reports} >= set(range(2008, 2026))
    assert {r["template"] for r in reports} == {"2019", "2021", "pre2019", "unknown"}
    assert {r["level"] for r in reports} >= LEVELS - {None}


def test_holdout8_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout8 was collected after holdout7, by another hand: at least 110 pages, none sharing a URL with any earlier
    split, about a third look-alikes, reports of 2008-2025 in both table formats and free form, every unit level,
    and some text extracted from Word uploads."""
    rows = labels("holdout8")
    earlier = {row["url"] for split in SPLITS[:SPLITS.index("holdout8")] for row in labels(split)}
    assert len(rows) >= 110
    assert not earlier & {row["url"] for row in rows}
    reports = [r for r in rows if r["is_report"]]
    assert len(reports) >= 85 and len(rows) - len(reports) >= 45
    assert {r["year"] for r in reports} >= set(range(2008, 2026))
    assert {r["template"] for r in reports} == {"2019", "2021", "pre2019", "unknown"}
    assert {r["level"] for r in reports} >= LEVELS - {None}
    assert "docx_text" in {r["form"] for r in rows}


def test_holdout9_is_a_fresh_set_of_reports_and_look_alikes():
    """holdout9 was collected after holdout8, by another hand: at least 100 pages, none sharing a URL with any earlier
    split, about a third look-alikes, reports of 2008-2025 in both table formats and free form, every unit level,
    and some text extracted from PDF uploads."""
    rows = labels("holdout9")
    earlier = {row["url"] for split in SPLITS[:SPLITS.index("holdout9")] for row in labels(split)}
    assert len(rows) >= 100
    assert not earlier & {row["url"] for row in rows}
    reports = [r for r in rows if r["is_report"]]
    assert len(reports) >= 65 and len(rows) - len(reports) >= 30
    assert {r["year"] for r in reports} >= set(range(2008, 2026))
    assert {r["template"] for r in reports} == {"2019", "2021", "pre2019", "unknown"}
    assert {r["level"] for r in reports} >= LEVELS - {None}
    assert "pdf_text" in {r["form"] for r in rows}
