"""Write-then-read round trips of the three export formats, with a fixed record set (deterministic ids)."""

import csv
import json

import pyarrow.parquet as pq
import pytest

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
