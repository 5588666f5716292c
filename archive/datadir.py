"""The layout of a nianbao data directory, defined once for every command, the crawl process, the web view and
the Python API (`--data DIR`, else `$NIANBAO_DATA`, else ./nianbao-data; the store: `--store`, else
`$NIANBAO_STORE`, else DATA/store):

    DATA/catalog.sqlite        the catalog (archive/catalog.py); `nianbao reindex` rebuilds it from the store
    DATA/store/                the default store (file://): WARCs with their CDXJ, run records
    DATA/spool/                WARC files being written, and sealed files waiting for their upload
    DATA/runs/<crawl-id>/      one crawl: settings.json, registry.csv, crawl.log, summary.json, coverage.csv
    DATA/registry.csv          the portal registry when none is given
    DATA/locks/                one lock file per schedule (a run still going is not started twice)
    DATA/exports/              what `nianbao demo` exports
    DATA/ground_truth.json, DATA/demo_summary.json   the demo's sandbox answers and its scored summary
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DATA_ENV = "NIANBAO_DATA"
STORE_ENV = "NIANBAO_STORE"
DEFAULT_DATA = "nianbao-data"
CATALOG_FILE = "catalog.sqlite"


class DataDirError(Exception):
    """The data directory cannot be used as asked (no catalog yet, not writable); the message says how to fix it."""


@dataclass(frozen=True)
class RunDir:
    """DATA/runs/<crawl-id>/: what one crawl leaves beside its captures."""
    path: Path

    @property
    def settings(self) -> Path:
        """The crawl process's settings overrides (mode 0600; the proxy password is never in it)."""
        return self.path / "settings.json"

    @property
    def registry(self) -> Path:
        """The registry rows this crawl was given."""
        return self.path / "registry.csv"

    @property
    def log(self) -> Path:
        return self.path / "crawl.log"

    @property
    def summary(self) -> Path:
        """Written by the progress extension when the crawl closes (docs/INTERNALS.md)."""
        return self.path / "summary.json"

    @property
    def coverage(self) -> Path:
        return self.path / "coverage.csv"


@dataclass(frozen=True)
class DataDir:
    """One data directory: an absolute `root` and the URI of its store, which may live elsewhere (S3); an empty
    `store_uri` is the default store, DATA/store."""
    root: Path
    store_uri: str = ""

    @classmethod
    def locate(cls, data: str | os.PathLike | None = None, store: str | None = None) -> DataDir:
        """`data` (`--data`, a crawl's NIANBAO_DATA_DIR), else $NIANBAO_DATA, else ./nianbao-data; the store
        likewise from `store`, $NIANBAO_STORE, DATA/store. Nothing is created or checked here."""
        own = cls.with_own_store(data or os.environ.get(DATA_ENV) or DEFAULT_DATA)
        store = store or os.environ.get(STORE_ENV)
        return replace(own, store_uri=store) if store else own

    @classmethod
    def with_own_store(cls, root: str | os.PathLike) -> DataDir:
        """The data directory at `root` with its store in DATA/store, whatever $NIANBAO_STORE says (the demo's)."""
        data = cls(Path(root).expanduser().resolve())
        return replace(data, store_uri=data.store.as_uri())

    @property
    def catalog(self) -> Path:
        return self.root / CATALOG_FILE

    @property
    def store(self) -> Path:
        """The default store's folder (used when `store_uri` is empty)."""
        return self.root / "store"

    @property
    def spool(self) -> Path:
        return self.root / "spool"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    def run(self, crawl_id: str) -> RunDir:
        return RunDir(self.runs / crawl_id)

    @property
    def registry(self) -> Path:
        return self.root / "registry.csv"

    @property
    def locks(self) -> Path:
        return self.root / "locks"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def ground_truth(self) -> Path:
        return self.root / "ground_truth.json"

    @property
    def demo_summary(self) -> Path:
        return self.root / "demo_summary.json"

    def require_catalog(self) -> DataDir:
        """For commands that read an archive: a directory without a catalog is a mistake, not an empty archive."""
        if not self.catalog.exists():
            raise DataDirError(f"no nianbao data in {self.root} (no {CATALOG_FILE}): run `nianbao crawl --data "
                               f"{self.root}` first, or `nianbao reindex --data {self.root} --store URI` to rebuild "
                               f"from a store")
        return self

    def create(self) -> DataDir:
        """For commands that write: the directory exists and can be written, checked before any work starts."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / ".nianbao-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DataDirError(f"data directory {self.root} is not writable ({exc.strerror}); pass --data DIR "
                               f"or set {DATA_ENV} to a directory you can write") from exc
        return self

    def open_catalog(self, readonly: bool = False):
        """`readonly`: for commands that must work on a data directory they cannot write (verify, export…)."""
        from nianbao.archive.catalog import Catalog

        return Catalog(self.catalog, readonly=readonly)

    def open_store(self, readonly: bool = False, check: bool = True):
        """The store, checked (`check`: it is created when missing, and can be written). `readonly`: a command
        that only reads it creates nothing (no folder, no bucket), and a store that is not there raises
        StoreConfigError (a mistyped URI must not look like an empty archive)."""
        from nianbao.archive.store import open_store

        store = open_store(self.store_uri, self.store, check=check and not readonly)
        if readonly:
            store.check_readable()
        return store
