"""archive/datadir.py: one definition of the data directory's layout; `--data` and `$NIANBAO_DATA` (`--store` and
`$NIANBAO_STORE`) mean the same to the CLI, the crawl process, the web view and the Python API."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from nianbao.archive.datadir import DataDir, DataDirError

ROOT = Path(__file__).resolve().parents[2]
# Names of the layout (archive/datadir.py); joining one of them to a path anywhere else redefines the layout.
LAYOUT_NAMES = {"catalog.sqlite", "store", "spool", "runs", "registry.csv", "locks", "exports", "ground_truth.json",
                "demo_summary.json", "settings.json", "crawl.log", "summary.json", "coverage.csv"}


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv("NIANBAO_DATA", raising=False)
    monkeypatch.delenv("NIANBAO_STORE", raising=False)
    return monkeypatch


def test_given_then_environment_then_default(no_env, tmp_path) -> None:
    no_env.chdir(tmp_path)
    assert DataDir.locate() == DataDir(tmp_path / "nianbao-data", (tmp_path / "nianbao-data" / "store").as_uri())
    no_env.setenv("NIANBAO_DATA", str(tmp_path / "env"))
    assert DataDir.locate().root == tmp_path / "env"
    assert DataDir.locate("given").root == tmp_path / "given"           # relative to the working directory
    no_env.setenv("NIANBAO_STORE", "s3://bucket/prefix")
    assert DataDir.locate().store_uri == "s3://bucket/prefix"
    assert DataDir.locate(store="file:///srv/store").store_uri == "file:///srv/store"
    assert DataDir.with_own_store(tmp_path / "demo").store_uri == (tmp_path / "demo" / "store").as_uri()


def test_the_layout(tmp_path) -> None:
    data = DataDir.with_own_store(tmp_path)
    assert (data.catalog, data.store, data.spool, data.registry, data.locks, data.exports) == (
        tmp_path / "catalog.sqlite", tmp_path / "store", tmp_path / "spool", tmp_path / "registry.csv",
        tmp_path / "locks", tmp_path / "exports")
    run = data.run("20260101000000-abcd")
    assert run.path == tmp_path / "runs" / "20260101000000-abcd"
    assert (run.settings.name, run.registry.name, run.log.name, run.summary.name, run.coverage.name) == (
        "settings.json", "registry.csv", "crawl.log", "summary.json", "coverage.csv")


def test_reading_needs_a_catalog_and_writing_a_writable_folder(tmp_path) -> None:
    with pytest.raises(DataDirError, match="no catalog.sqlite.*nianbao crawl --data"):
        DataDir.with_own_store(tmp_path).require_catalog()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(DataDirError, match="is not writable.*pass --data DIR or set NIANBAO_DATA"):
        DataDir.with_own_store(blocked / "data").create()
    assert DataDir.with_own_store(tmp_path / "new").create().root.is_dir()


def test_every_part_of_the_project_finds_the_same_directory(no_env, tmp_path) -> None:
    """The CLI, the crawl process (a scrapyd crawl names no NIANBAO_DATA_DIR), the web view's WSGI app and the
    Python API, all given only $NIANBAO_DATA and $NIANBAO_STORE."""
    from nianbao.archive.catalog import Catalog
    from nianbao.crawler.app.cli import build_parser, data_dir

    import nianbao

    data, store = tmp_path / "env-data", tmp_path / "elsewhere"
    no_env.setenv("NIANBAO_DATA", str(data))
    no_env.setenv("NIANBAO_STORE", store.as_uri())
    store.mkdir()
    expected = DataDir(data, store.as_uri())
    assert data_dir(build_parser().parse_args(["verify"])) == expected.create()
    Catalog(expected.catalog).close()
    with nianbao.open() as archive:
        assert archive.data == expected
    from nianbao.crawler.extensions.warcwriter import WarcWriterExtension
    from nianbao.crawler.web.server import wsgi_app
    from scrapy.utils.test import get_crawler

    extension = WarcWriterExtension(get_crawler(settings_dict={"NIANBAO_CRAWL_ID": "c1",
                                                               "NIANBAO_WARC_WRITER_PROCESS": "off"}))
    assert (extension.data_dir, extension.store.root, extension.spool_dir) == (data, store, expected.spool)
    extension.catalog.close()
    app = wsgi_app()
    assert (app.extensions["nianbao_view"].path, app.extensions["nianbao_store"].root) == (expected.catalog, store)


def layout_joins(path: Path) -> list[str]:
    """`something / "spool"` and the like: a path of the layout built outside archive/datadir.py."""
    return [f"{path.relative_to(ROOT)}:{node.lineno} joins {node.right.value!r}"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.right, ast.Constant)
            and node.right.value in LAYOUT_NAMES]


def test_the_layout_is_defined_once() -> None:
    found = [join for package in ("crawler", "archive", "parse", "nianbao")
             for path in sorted((ROOT / package).rglob("*.py")) if path != ROOT / "archive" / "datadir.py"
             for join in layout_joins(path)]
    assert found == []
    assert layout_joins(ROOT / "archive" / "datadir.py")        # the check sees joins where there are some
