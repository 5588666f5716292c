"""Write-then-read round trips of the three export formats, with a fixed record set (deterministic ids)."""

import csv
import json

import pyarrow.parquet as pq
import pytest
from nianbao.parse import export
from nianbao.parse.export import FLAT_COLUMNS, TABLE_COLUMNS, write_csv, write_jsonl, write_parquet
from nianbao.parse.report import parse_report

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
    from nianbao.parse.export import ExportExists

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


# --- every field of the record (parse/record.py), in every format, with a value that reads back ----------------

def _leaves():
    """Every field path of the record whose value is compared as a whole (not an object or list of objects)."""
    from dataclasses import is_dataclass

    from nianbao.parse.record import element, walk

    return [info for info in walk() if not is_dataclass(element(info.hint)[0])]


def _typed(value, hint):
    """A CSV cell as the field's type."""
    if value == "":
        return None
    return {bool: lambda v: {"True": True, "False": False}[v], int: int, float: float}.get(hint, str)(value)


def _tables_from_cells(row: dict, read) -> dict:
    tables: dict = {}
    for name, _ in TABLE_COLUMNS:
        value = read(row[name])
        if value is not None:
            table, rest = name.split(".", 1)
            row_key, column = rest.rsplit(".", 1)
            tables.setdefault(table, {}).setdefault(row_key, {})[column] = value
    return tables


def _without_blank_cells(tables: dict) -> dict:
    return {t: {r: {c: v for c, v in cells.items() if v is not None} for r, cells in (rows or {}).items()}
            for t, rows in tables.items() if rows}


def _decode(fmt: str, path) -> dict:
    """Read an export back into the record's JSON form, by the layout the data card documents."""
    from dataclasses import is_dataclass

    from nianbao.parse.record import element, walk

    if fmt == "jsonl":
        return json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    if fmt == "parquet":
        row = pq.read_table(path).to_pylist()[0]
    else:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            row = next(csv.DictReader(handle))
    out = {}
    for info in (i for i in walk() if len(i.keys) == 1):
        (key,) = info.keys
        inner, steps = element(info.hint)
        if info.kind == "cells":
            out[key] = _tables_from_cells(row, (lambda v: v) if fmt == "parquet" else (lambda v: _typed(v, float)))
        elif info.kind == "json":
            out[key] = json.loads(row[key]) if row[key] else None
        elif fmt == "parquet":
            out[key] = row[key]
        elif is_dataclass(inner) and steps:                    # a list of objects: whole, as JSON text
            out[key] = json.loads(row[f"{key}.json"]) if row[f"{key}.json"] else []
        elif is_dataclass(inner):                              # an object: `key.child` columns
            out[key] = {c.path.split(".", 1)[1]: _typed(row[c.path], c.hint) for c in walk(inner, (key,))}
        else:
            out[key] = _typed(row[key], info.hint)
    return out


def _as_parquet_holds(value, kind):
    import datetime as dt

    if value is None:
        return None
    if kind == "timestamp":
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if kind == "date":
        return dt.date.fromisoformat(value)
    return value


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "csv"])
def test_every_field_of_the_record_reads_back_from_the_export(fmt, tmp_path) -> None:
    """Walks the record's definition: each field (nested ones included) of a record that sets them all is in the
    export and reads back as the value written (typed dates and capture times in Parquet)."""
    from tests.parse.builders import full_record
    from tests.parse.test_record import values_at

    record = full_record()
    writer = {"jsonl": write_jsonl, "parquet": write_parquet, "csv": write_csv}[fmt]
    got = _decode(fmt, writer([record], tmp_path / f"r.{fmt}"))
    if fmt == "jsonl":
        assert got == export.as_dict(record)
    expected = export.as_dict(record)
    expected["tables"], got["tables"] = _without_blank_cells(expected["tables"]), _without_blank_cells(got["tables"])
    for info in _leaves():
        want = values_at(expected, info.keys)
        if fmt == "parquet":
            want = [_as_parquet_holds(v, info.kind) for v in want]
        assert want and values_at(got, info.keys) == want, info.path


def test_csv_keeps_the_columns_of_earlier_releases_in_place(tmp_path) -> None:
    """Columns added since (the whole lists as JSON text) come after the cells; summaries stay as they were."""
    from tests.parse.builders import full_record

    released = ["id", "is_report", "title", "agency", "region_code", "level", "year", "template", "published",
                *(f"canonical.{k}" for k in ("url", "captured_at", "warc", "offset", "length", "payload_digest",
                                             "content_type", "reason")),
                "duplicates.count", "duplicates.urls", "previous_versions.count", "previous_versions.urls",
                "landing_pages.urls", *(f"sections.{k}" for k in "123456"), "validation.failed",
                "validation.warnings", "validation.not_assessable", "errors", "is_report_reason", "agency_raw",
                "agency_sources", "table_labels", "revisions", "ocr", *(name for name, _ in TABLE_COLUMNS)]
    assert FLAT_COLUMNS[:len(released)] == released
    assert FLAT_COLUMNS[len(released):] == [f"{k}.json" for k in ("duplicates", "previous_versions",
                                                                   "landing_pages", "validation", "errors")] + [
        "canonical.member", "canonical.member_digest",    # added since: after them all (parse/record.py csv_last)
        "continuation_pages.count", "continuation_pages.urls", "continuation_pages.json", "continuation_missing",
        "members_refused",
        "canonical.truncated"]                            # a later addition: after those (csv_last=2)
    with open(write_csv([full_record()], tmp_path), encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert (row["duplicates.count"], row["duplicates.urls"]) == ("1", "http://mirror.gov.cn/r.html")
    assert row["previous_versions.urls"] == "http://lanchuan.gov.cn/r.html@2024-02-01T00:00:00Z"
    assert (row["validation.failed"], row["validation.warnings"], row["validation.not_assessable"]) == (
        "t3_total:total", "carry_continuity", "1")
    assert row["errors"] == "tables: table 二 not found | as text"
    assert row["canonical.offset"] == "1234" and row["year"] == "2023" and row["is_report"] == "True"
    assert (row["continuation_pages.count"], row["continuation_pages.urls"]) == ("1", "http://lanchuan.gov.cn/r_1.html")
    assert json.loads(row["continuation_missing"]) == ["http://lanchuan.gov.cn/r_2.html"]
    assert json.loads(row["members_refused"])[0]["reason"] == "too_large"


def test_parquet_keeps_its_columns_and_types(tmp_path) -> None:
    schema = export.parquet_schema()
    top = [name for name in schema.names if name.count(".") == 0]
    assert top == ["id", "is_report", "title", "agency", "region_code", "level", "year", "template", "published",
                   "canonical", "duplicates", "previous_versions", "landing_pages", "sections", "validation",
                   "errors", "is_report_reason", "agency_raw", "agency_sources", "table_labels", "revisions", "ocr",
                   "continuation_pages", "continuation_missing", "members_refused"]
    assert schema.names[len(top):] == [name for name, _ in TABLE_COLUMNS]
    assert str(schema.field("duplicates").type) == ("list<item: struct<url: string, captured_at: timestamp[us, "
                                                "tz=UTC], similarity: double, warc: string, offset: int64, "
                                                "length: int64, member: string, member_digest: string, "
                                                "truncated: string>>")
    assert str(schema.field("published").type) == "date32[day]" and str(schema.field("year").type) == "int32"
