"""Each catalog table has one owner module that reads and writes it (docs/INTERNALS.md "Catalog"); every other
module asks the owner. Read from the source: the SQL a module holds names the tables it touches (FROM, JOIN,
INTO, UPDATE, TABLE). Besides the owners: archive/schema.py (the tables and their migrations), reindex (empties
what it rebuilds, by a table-name list) and the web view (its own read-only connection)."""

from __future__ import annotations

import re
from pathlib import Path

from nianbao.archive import schema

ROOT = Path(__file__).resolve().parent.parent.parent
OWNERS = {
    "archive/catalog.py": {"warc_files", "captures", "capture_provenance", "warc_records", "documents", "url_state"},
    "archive/derived.py": {"parsed_documents", "reports"},
    "archive/codec.py": {"blob_dicts"},                   # archive/derived.py's codec
    "archive/revisions.py": {"revisions"},
    "archive/runs.py": {"runs", "gone_reports"},
    "archive/schedules.py": {"schedules"},
    "archive/warc/crawl_config.py": {"crawl_configs"},
    "archive/dedup/persist.py": {"doc_features", "clusters", "cluster_members", "dedup_meta"},
    "archive/dedup/bands.py": {"dedup_lsh_bands"},
}
# An answer about one owner's rows that joins another owner's table, read-only (INTERNALS.md says which).
READ_JOINS = {"archive/catalog.py": {"parsed_documents"},     # report_documents: those not parsed yet
              "archive/derived.py": {"captures"}}            # parsed_capture: where a parse's bytes are
EXEMPT = {"archive/schema.py", "crawler/web/catalog_view.py"}
NAMED = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE(?: IF NOT EXISTS)?)\s+([a-z_][a-z0-9_]*)")


def tables_in_schema() -> set[str]:
    script = schema.TABLES_V1 + schema.TABLES_V2_DERIVED
    return set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)", script))


def tables_named(path: Path) -> set[str]:
    return set(NAMED.findall(path.read_text(encoding="utf-8"))) & tables_in_schema()


def test_every_table_has_exactly_one_owner() -> None:
    owned = [table for tables in OWNERS.values() for table in tables]
    assert sorted(owned) == sorted(set(owned))
    assert set(owned) == tables_in_schema()


def test_only_the_owner_names_its_tables_in_sql() -> None:
    strays = []
    for folder in ("archive", "crawler", "nianbao"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            if name in EXEMPT:
                continue
            allowed = OWNERS.get(name, set()) | READ_JOINS.get(name, set())
            strays += [f"{name}: {table}" for table in sorted(tables_named(path) - allowed)]
    assert strays == []


def test_the_check_sees_a_query_against_another_owners_table(tmp_path) -> None:
    stray = tmp_path / "stray.py"
    stray.write_text('conn.execute("SELECT url FROM documents d JOIN reports r ON 1")\n', encoding="utf-8")
    assert tables_named(stray) == {"documents", "reports"}
