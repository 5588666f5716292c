from __future__ import annotations

import sqlite3

import pytest
from nianbao.archive.dedup.bands import MemoryBands, SqliteBands


@pytest.fixture(params=["memory", "sqlite"])
def bands(request):
    return MemoryBands() if request.param == "memory" else SqliteBands(sqlite3.connect(":memory:"))


def test_insert_query_and_stop_buckets(bands) -> None:
    bands.insert("a", [1, 2, -3])
    bands.insert("b", [2, -3, 4])
    bands.insert("c", [2])
    assert bands.query([2, -3]) == {"a": 2, "b": 2, "c": 1}
    assert bands.query([2, -3], max_bucket=2) == {"a": 1, "b": 1}     # bucket 2 holds three: skipped
    assert bands.query([99]) == {}
    bands.clear()
    assert bands.query([1, 2, -3, 4]) == {}


def test_memory_bands_namespaces_are_separate() -> None:
    bands = MemoryBands()
    bands.insert_spaces("a", [1, 2, 3], ["Y:2020", "NA"])
    bands.insert_spaces("b", [1, 2], ["Y:2021"])
    bands.insert_spaces("c", [1], ["Y:2020"])
    assert bands.query_spaces([1, 2, 3], ["Y:2020"]) == {"a": 3, "c": 1}
    assert bands.query_spaces([1, 2, 3], ["Y:2020", "NA"]) == {"a": 6, "c": 1}
    assert bands.query_spaces([1, 2], ["Y:2021", "PN"]) == {"b": 2}
    assert bands.query_spaces([1], ["Y:2020"], max_bucket=1) == {}        # two documents: a stop bucket
    assert len(bands) == 3 + 3 + 2
