"""The typed export record (parse/record.py): dicts read and written back exactly, unknown keys refused, and a
description (in the data card) for every field."""

from __future__ import annotations

import json

import pytest
from nianbao.parse import export
from nianbao.parse.record import ABSENT, Canonical, ReportRecord, UnknownField, walk

from tests.parse.builders import full_record


def values_at(obj, keys: tuple) -> list:
    """The values a field path reaches (`[]` every item of a list, `{}` every value of a mapping)."""
    found = [obj]
    for key in keys:
        step = []
        for value in found:
            if key == "[]" and isinstance(value, list):
                step += value
            elif key == "{}" and isinstance(value, dict):
                step += list(value.values())
            elif isinstance(value, dict) and key in value:
                step.append(value[key])
        found = step
    return found


def test_the_test_record_sets_every_field() -> None:
    record = full_record()
    unset = [info.path for info in walk() if not any(v is not None for v in values_at(record, info.keys))]
    assert unset == []


def test_from_dict_to_dict_gives_the_dict_back_byte_for_byte() -> None:
    record = full_record()
    public = {k: v for k, v in record.items() if not k.startswith("_")}
    typed = ReportRecord.from_dict(record)
    assert isinstance(typed.canonical, Canonical) and typed.duplicates[0].warc == "warcs/c2/c.warc.gz"
    assert typed.ocr.values["active.regulations.issued"].bbox == [1.0, 2.0, 30.5, 40.0]
    assert json.dumps(typed.to_dict(), ensure_ascii=False) == json.dumps(public, ensure_ascii=False)
    # the order a step wrote its keys in is kept (JSONL stays byte-identical), at every level
    shuffled = dict(reversed(list(public.items())))
    shuffled["canonical"] = dict(reversed(list(public["canonical"].items())))
    assert list(ReportRecord.from_dict(shuffled).to_dict()) == list(shuffled)
    assert list(ReportRecord.from_dict(shuffled).to_dict()["canonical"]) == list(shuffled["canonical"])


def test_absent_is_not_null() -> None:
    record = {"id": "D1", "canonical": {"url": "http://a.gov.cn/x.pdf", "reason": None}, "title": None}
    typed = ReportRecord.from_dict(record)
    assert typed.title is None and typed.ocr is ABSENT and typed.canonical.warc is ABSENT
    assert typed.to_dict() == record and "ocr" not in typed.to_dict()


def test_a_record_built_in_code_writes_its_fields_in_definition_order() -> None:
    record = ReportRecord(year=2023, id="R1", canonical=Canonical(url="http://a.gov.cn/r.html"))
    assert list(record.to_dict()) == ["id", "year", "canonical"]
    assert list(export.as_dict(record)) == ["id", "year", "canonical"]


@pytest.mark.parametrize("where", [(), ("canonical",), ("duplicates", 0), ("revisions", 0, "old"),
                                   ("ocr", "values", "active.regulations.issued")])
def test_a_key_the_record_does_not_define_stops_the_export(where, tmp_path) -> None:
    record = full_record()
    target = record
    for key in where:
        target = target[key]
    target["surprise"] = 1
    with pytest.raises(UnknownField, match=r"surprise.*parse/record\.py"):
        export.write_jsonl([record], tmp_path / "r.jsonl")


def test_internal_keys_are_dropped_only_at_the_top() -> None:
    record = full_record()
    assert "_format" not in ReportRecord.from_dict(record).to_dict()
    record["canonical"]["_secret"] = 1
    with pytest.raises(UnknownField):
        ReportRecord.from_dict(record)


def test_the_data_card_lists_every_field_with_its_description() -> None:
    card = export.data_card(["reports.parquet"])
    for info in walk():
        assert info.description.strip(), info.path
        assert f"| `{info.path}` | {info.description}" in card, info.path


def test_a_value_of_another_shape_is_kept_and_does_not_stop_an_export(tmp_path) -> None:
    import pyarrow.parquet as pq

    record = full_record()
    record.update(duplicates="http://mirror.gov.cn/r.html", canonical=["odd"], validation=[None, "odd"],
                  revisions=[{"kind": "edited", "cells": {"x": [1, 2]}}])
    assert ReportRecord.from_dict(record).to_dict()["duplicates"] == "http://mirror.gov.cn/r.html"
    line = export.write_jsonl([record], tmp_path / "r.jsonl").read_text(encoding="utf-8")
    assert json.loads(line)["canonical"] == ["odd"]
    row = pq.read_table(export.write_parquet([record], tmp_path / "r.parquet")).to_pylist()[0]
    assert row["duplicates"] == [] and row["canonical"] is None and row["validation"] == [None, None]
    assert export.flat_row(record)["duplicates.count"] == 0
