"""The parser reproduces the hand-checked gold records of the five real samples exactly (tests/parse/gold/)."""

import json

import pytest
from nianbao.parse import metadata
from nianbao.parse.report import parse_report

from tests.parse.conftest import GOLD, SAMPLES

METADATA = ("is_report", "title", "agency", "region_code", "level", "year", "template", "published")
NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))


def project(record: dict) -> dict:
    """The parts of a record the gold files pin down (see tests/parse/gold/README.md)."""
    sections = {}
    for key, text in record["sections"].items():
        lines = text.split("\n") if text else None
        sections[key] = None if text is None else {"first_line": lines[0], "last_line": lines[-1]}
    return {
        **{k: record[k] for k in METADATA},
        "sections": sections,
        "tables": record["tables"],
        "validation": {v["rule"]: v["status"] for v in record["validation"]
                       if v["status"] != "pass" or v["rule"].startswith("prose")},
        "validation_passed": sum(1 for v in record["validation"] if v["status"] == "pass"),
        "errors": record["errors"],
    }


def test_every_sample_has_a_gold_file():
    assert NAMES and sorted(p.stem for p in GOLD.glob("*.json")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_sample_matches_gold(name, samples):
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    gold.pop("sample")
    if not metadata.division_list_available():
        gold["region_code"] = None      # without the GB/T 2260 list the parser must not invent a code
    got = project(parse_report(samples[name], "text/plain", None))
    for field in METADATA:
        assert got[field] == gold[field], field
    for table, rows in (gold["tables"] or {}).items():
        if rows is None:
            assert got["tables"][table] is None, table
            continue
        for row, cells in rows.items():
            for column, value in cells.items():
                actual = got["tables"][table][row][column]
                assert actual == value and type(actual) is type(value), f"{table}.{row}.{column}"
    assert got == gold


def test_gold_cells_are_typed():
    """Counts are ints, money is float, unknown is null — in every gold file."""
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for table, rows in gold["tables"].items():
            for row, cells in (rows or {}).items():
                for column, value in cells.items():
                    if value is None:
                        continue
                    expected = float if column == "amount_wan" else int
                    assert type(value) is expected, f"{path.name} {table}.{row}.{column}"
