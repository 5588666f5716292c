"""nianbao as a Python library: open a data directory, read its reports, look up where they came from.

    import nianbao

    archive = nianbao.open("demo-data")                 # a data directory (`--data`) holding catalog.sqlite
    for report in archive.reports():                    # export records (docs/DESIGN.md), as dicts
        print(report["agency"], report["year"], report["tables"]["applications"]["new_received"]["total"])
    df = archive.to_pandas()                            # one row per report, typed columns as in the Parquet export
    table = archive.to_arrow()                          # the same as a pyarrow.Table
    for capture in archive.provenance("岚川县 2019"):   # every capture: URL, time, WARC file and offset, digests
        print(capture.url, capture.captured_at, capture.warc_key, capture.verified)

A thin front over the packages the command line uses (archive/ for the catalog and provenance, parse/ for the
export records and their Arrow schema); nothing here writes to the data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

__all__ = ["Archive", "open"]


class Archive:
    """One nianbao data directory (catalog.sqlite, and the store: DATA/store unless `store` names another)."""

    def __init__(self, data_dir: str | Path, store: str | None = None):
        from nianbao.archive.catalog import Catalog
        from nianbao.archive.datadir import DataDir

        self.data = DataDir.locate(data_dir, store)
        self.data_dir, self.store_uri = self.data.root, self.data.store_uri
        if not self.data.catalog.exists():
            raise FileNotFoundError(f"no nianbao data in {self.data_dir} (no catalog.sqlite): run `nianbao demo` "
                                    f"or `nianbao run --data {self.data_dir}` first")
        self.catalog = Catalog(self.data.catalog)
        self._store = None

    def reports(self, all_documents: bool = False) -> Iterator[dict]:
        """Canonical reports (one per report, as `nianbao export`), or every parsed document."""
        from nianbao.archive.derived import all_documents as every_document
        from nianbao.archive.derived import canonical_reports

        records = every_document(self.catalog.conn) if all_documents else canonical_reports(self.catalog.conn)
        yield from records

    def to_arrow(self, all_documents: bool = False):
        """The reports as a pyarrow.Table with the Parquet export's schema (dates typed, one column per cell)."""
        import pyarrow as pa

        from nianbao.parse.export import parquet_row, parquet_schema

        schema = parquet_schema()
        return pa.Table.from_pylist([parquet_row(r) for r in self.reports(all_documents)], schema=schema)

    def to_pandas(self, all_documents: bool = False):
        return self.to_arrow(all_documents).to_pandas()

    @property
    def store(self):
        if self._store is None:
            self._store = self.data.open_store(readonly=True)   # reads only: creates no folder, no bucket
        return self._store

    def provenance(self, query: str, verify: bool = True) -> list:
        """Every capture of a report: QUERY as `nianbao provenance` takes it (report id, URL, "AGENCY YEAR").
        With `verify`, each record is read back from the store and its digests checked."""
        from nianbao.archive import provenance

        return provenance.lookup(self.catalog, self.store if verify else None, query, verify=verify)

    def close(self) -> None:
        self.catalog.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open(data_dir: str | Path | None = None, store: str | None = None) -> Archive:  # noqa: A001 - like io.open
    """Open a data directory (default $NIANBAO_DATA, else ./nianbao-data; the store: $NIANBAO_STORE, else
    DATA/store)."""
    return Archive(data_dir, store)
