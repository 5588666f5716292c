"""Write-then-read round trips of the three export formats, with a fixed record set (deterministic ids)."""

import csv
import json

import pyarrow.parquet as pq
import pytest

from parse import export
from parse.export import FLAT_COLUMNS, TABLE_COLUMNS, write_csv, write_jsonl, write_parquet
from parse.report import parse_report
from tests.parse.conftest import SAMPLES


@pytest.fixture(scope="module")
def records():
    out = []
    for i, path in enumerate(sorted(SAMPLES.glob("*.txt"))):
        record = parse_report(path.read_bytes(), "text/plain", None)
        record.update({"id": f"R{i:04d}", "canonical": {
            "url": f"http://example.gov.cn/{path.stem}.html", "captured_at": "2024-02-01T00:00:00Z",
            "warc": "warcs/c1/a.warc.gz", "offset": 100 * i, "length": 99, "payload_digest": "sha1:ABC",
            "content_type": "text/html"},
            "duplicates": [{"url": f"http://mirror.gov.cn/{i}.html", "captured_at": "2024-02-02T00:00:00Z",
                            "similarity": 0.97}]})
        out.append(record)
    return out


def test_jsonl_round_trip_drops_internal_keys(records, tmp_path):
    path = write_jsonl(iter(records), tmp_path / "reports.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(records)
    first = json.loads(lines[0])
    assert first["tables"] == records[0]["tables"] and first["canonical"]["offset"] == 0
    assert not any(k.startswith("_") for k in first)
    assert (tmp_path / "README.md").exists()


def test_csv_has_one_row_per_report_and_the_same_columns_for_both_templates(records, tmp_path):
    path = write_csv(records, tmp_path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(records) and list(rows[0]) == FLAT_COLUMNS
    by_id = {r["id"]: r for r in rows}
    xinghe = by_id[next(r["id"] for r in records if r["template"] == "2021")]
    assert xinghe["applications.other.overdue_correction.natural_person"] == "1"
    assert xinghe["applications.other.natural_person"] == ""          # the 2019 row, absent in 2021
    assert xinghe["active.fees.amount_wan"] == "88.78248"
    assert "applications.denied.state_secret.natural_person" in rows[0]
    lushan = next(r for r in rows if r["agency"] == "鲁山县人民政府")
    assert lushan["validation.warnings"] == "prose_vs_table:litigation;prose_vs_table:new_received"
    assert lushan["duplicates.count"] == "1" and lushan["canonical.url"].endswith("lushan-county-2019.html")


def test_parquet_has_typed_columns(records, tmp_path):
    path = write_parquet(records, tmp_path / "parquet")
    assert path.name == "reports.parquet" and (path.parent / "README.md").exists()
    table = pq.read_table(path)
    assert table.num_rows == len(records)
    schema = table.schema
    assert str(schema.field("applications.denied.state_secret.natural_person").type) == "int64"
    assert str(schema.field("active.procurement.amount_wan").type) == "double"
    assert str(schema.field("year").type) == "int32"
    assert str(schema.field("canonical").type).startswith("struct<url: string")
    rows = table.to_pylist()
    for record, row in zip(records, rows, strict=True):
        for name, _ in TABLE_COLUMNS:
            table_key, rest = name.split(".", 1)
            row_key, column = rest.rsplit(".", 1)
            expected = ((record["tables"].get(table_key) or {}).get(row_key) or {}).get(column)
            assert row[name] == expected, name
        assert row["validation"][0]["rule"] == record["validation"][0]["rule"] if record["validation"] else True
        assert row["canonical"]["offset"] == record["canonical"]["offset"]


def test_empty_exports_are_valid(tmp_path):
    assert pq.read_table(write_parquet([], tmp_path / "p.parquet")).num_rows == 0
    assert write_jsonl([], tmp_path / "e.jsonl").read_text() == ""
    card = (tmp_path / "README.md").read_text(encoding="utf-8")
    for needle in ("canonical.url", "duplicates", "applications.denied.state_secret.natural_person",
                   "public documents", "Cite the source URLs", "t3_balance"):
        assert needle in card


def test_exports_never_replace_what_they_did_not_write(records, tmp_path):
    from parse.export import ExportExists

    (tmp_path / "README.md").write_text("my notes", encoding="utf-8")
    with pytest.raises(ExportExists, match="--force"):
        export.write_csv(records, tmp_path)
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "my notes"
    assert not (tmp_path / "reports.csv").exists()
    (tmp_path / "mine.jsonl").write_text("{}", encoding="utf-8")
    with pytest.raises(ExportExists):
        export.write_jsonl(records, tmp_path / "mine.jsonl", force=False)
    out = tmp_path / "out"
    export.write_csv(records, out)
    export.write_csv(records, out)                      # its own files: replaced
    export.write_parquet(records, out)                  # beside them
    export.write_csv(records, tmp_path, force=True)
    assert "nianbao export" in (tmp_path / "README.md").read_text(encoding="utf-8")


def test_every_record_field_in_every_format_with_typed_dates(records, tmp_path):
    import csv as csv_module
    import datetime as dt

    import pyarrow.parquet as pq

    record = dict(records[0])
    record["canonical"] = {**record["canonical"], "reason": "latest_version"}
    record["previous_versions"] = [{"id": "old", "url": record["canonical"]["url"],
                                    "captured_at": "2023-02-01T00:00:00Z", "payload_digest": "sha1:AAAA"}]
    record["landing_pages"] = [{"url": "http://example.gov.cn/landing.html", "captured_at": "2024-02-01T00:00:00Z"}]
    record["published"] = "2024-01-20"
    table = pq.read_table(export.write_parquet([record], tmp_path / "pq")).to_pylist()[0]
    assert table["canonical"]["reason"] == "latest_version"
    assert table["previous_versions"][0]["id"] == "old" and table["landing_pages"][0]["url"].endswith("landing.html")
    assert table["published"] == dt.date(2024, 1, 20)
    assert table["canonical"]["captured_at"] == dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
    with open(export.write_csv([record], tmp_path / "csv"), encoding="utf-8-sig") as handle:
        row = next(csv_module.DictReader(handle))
    assert row["canonical.reason"] == "latest_version" and row["previous_versions.count"] == "1"
    assert row["landing_pages.urls"] == "http://example.gov.cn/landing.html"
    card = (tmp_path / "pq" / "README.md").read_text(encoding="utf-8")
    for name in ("previous_versions", "landing_pages", "canonical.reason"):
        assert f"`{name}`" in card
    import yaml

    meta = yaml.safe_load(card.split("---\n")[1])
    assert meta["configs"][0]["data_files"][0]["path"] == "reports.parquet" and meta["language"] == ["zh"]


def test_no_jsonl_field_is_missing_from_csv_or_parquet(records, tmp_path):
    """Every top-level field a JSONL record carries has a column (or `field.` columns) in CSV and in Parquet,
    the fields later issues added included; nested ones as JSON text that reads back to the same value."""
    import csv as csv_module
    import json

    import pyarrow.parquet as pq

    record = dict(records[0])
    record.update(is_report_reason="title names the report (+4)", agency_raw="临洮县政府",
                  agency_sources=[{"source": "title", "raw": "临洮县政府", "name": "临洮县人民政府"}],
                  table_labels={"active": {"regulations": "规章"}},
                  revisions=[{"kind": "edited", "at": "2025-05-20T02:30:00Z", "cells": {"x": [1, 2]}}],
                  ocr={"engine": "rapidocr-onnxruntime", "tables": ["active"], "values": {}})
    jsonl_fields = set(json.loads(export.write_jsonl([record], tmp_path / "r.jsonl").read_text().splitlines()[0]))
    with open(export.write_csv([record], tmp_path / "csv"), encoding="utf-8-sig") as handle:
        csv_row = next(csv_module.DictReader(handle))
    parquet_row = pq.read_table(export.write_parquet([record], tmp_path / "pq")).to_pylist()[0]
    for columns in (set(csv_row), set(parquet_row)):
        if all(name in columns for name, _ in TABLE_COLUMNS):
            columns.add("tables")                  # tables are flattened to `table.row.column` columns
        missing = {f for f in jsonl_fields if f not in columns and not any(c.startswith(f + ".") for c in columns)}
        assert missing == set()
    for row in (csv_row, parquet_row):
        assert json.loads(row["revisions"]) == record["revisions"]
        assert json.loads(row["agency_sources"]) == record["agency_sources"]
        assert row["agency_raw"] == "临洮县政府"
