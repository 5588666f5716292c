"""A catalog written by an older nianbao opens with this one: it is upgraded in place, and every export and query
gives what it gave before (fixture and expected outputs: tests/archive/fixtures/make_catalog_v0.py)."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def _run(*argv: str) -> str:
    from nianbao.crawler.app.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(list(argv))
    assert status == 0, (argv, out.getvalue())
    return out.getvalue()


def _digests(folder: Path) -> dict[str, str]:
    """The exported data files' digests. Not the data card (README.md), which describes the export format: the
    format has grown since the fixture was made (parse/record.py; the CSV export gained JSON-text list columns,
    checked in tests/parse/test_export.py), while the records themselves must come out byte for byte the same."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "README.md"}


def observe(data: Path, out: Path) -> str:
    """What the read-only commands and catalog queries give on the catalog in `data`, as JSON text."""
    from nianbao.archive.catalog import Catalog

    d = ["--data", str(data)]
    result: dict = {"exports": {}}
    for name, extra in (("jsonl", ["--format", "jsonl", "--out", str(out / "jsonl" / "reports.jsonl")]),
                        ("jsonl_all", ["--all", "--format", "jsonl", "--out", str(out / "all" / "all.jsonl")]),
                        ("cells", ["--format", "cells", "--out", str(out / "cells")])):
        _run("export", *d, *extra)
        result["exports"][name] = _digests(out / (extra[-1].rsplit("/", 2)[-2] if name.startswith("jsonl")
                                                  else name))
    result["runs"] = json.loads(_run("runs", *d, "--json"))
    result["schedules"] = _run("schedule", "list", *d)
    result["changes"] = json.loads(_run("changes", *d, "--json"))
    with Catalog(data / "catalog.sqlite", readonly=True) as catalog:
        first = json.loads((out / "jsonl" / "reports.jsonl").read_text(encoding="utf-8").splitlines()[0])
        result["report_urls"] = catalog.report_urls(first["id"])
        result["reports_matching"] = catalog.reports_matching(first["region_code"], first["year"])
        result["documents_matching"] = [r["record_id"] for r in
                                        catalog.documents_matching(first["agency"], first["year"])]
    return json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.fixture
def old_data(tmp_path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    with gzip.open(FIXTURES / "catalog-v0.sqlite.gz", "rb") as src, open(data / "catalog.sqlite", "wb") as dst:
        shutil.copyfileobj(src, dst)
    return data


def test_old_catalog_gives_the_same_exports_and_queries(old_data, tmp_path) -> None:
    expected = (FIXTURES / "catalog-v0.expected.json").read_text(encoding="utf-8")
    assert observe(old_data, tmp_path / "out") == expected


def test_old_catalog_is_upgraded_in_place_once(old_data) -> None:
    from nianbao.archive import schema
    from nianbao.archive.catalog import Catalog

    path = old_data / "catalog.sqlite"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 0
    with Catalog(path, readonly=True) as catalog:     # a reading command upgrades a writable catalog first
        assert schema.version(catalog.conn) == schema.SCHEMA_VERSION
    with Catalog(path) as catalog:
        assert schema.ensure(catalog.conn) == schema.SCHEMA_VERSION   # nothing left to do


def test_read_only_old_catalog_says_what_to_do(old_data) -> None:
    from nianbao.archive import schema
    from nianbao.archive.catalog import Catalog

    path = old_data / "catalog.sqlite"
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        with pytest.raises(schema.CatalogOutdated, match="nianbao reindex"):
            Catalog(path, readonly=True)
    finally:
        path.chmod(0o644)


def test_catalog_from_a_newer_nianbao_is_refused(tmp_path) -> None:
    from nianbao.archive import schema
    from nianbao.archive.catalog import Catalog

    path = tmp_path / "catalog.sqlite"
    Catalog(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(schema.CatalogTooNew, match="upgrade nianbao"):
        Catalog(path)
    with pytest.raises(schema.CatalogTooNew):
        Catalog(path, readonly=True)


def test_a_failed_migration_leaves_the_catalog_as_it_was(old_data, monkeypatch) -> None:
    from nianbao.archive import schema

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema, "MIGRATIONS", [(1, broken)])
    conn = sqlite3.connect(old_data / "catalog.sqlite")
    with pytest.raises(RuntimeError):
        schema.ensure(conn)
    assert schema.version(conn) == 0
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
