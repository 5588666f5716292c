"""WACZ 1.1.1 export: a whole archive and one report's captures, validated with py-wacz."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

from nianbao.archive import provenance, wacz
from nianbao.archive.warc.reader import iter_records

from tests.archive.test_provenance_fixity_reindex import PDF, REPORT, archive_two_crawls


def validate(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(path)], capture_output=True, text=True)


def test_whole_archive_wacz_is_valid(make_writer, catalog, store, tmp_path) -> None:
    archive_two_crawls(make_writer)
    out = wacz.export(catalog, store, tmp_path / "all.wacz")
    result = validate(out)
    assert result.returncode == 0 and "Validation succeeded" in result.stdout, result.stdout + result.stderr
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert {"datapackage.json", "datapackage-digest.json", "indexes/index.cdx", "pages/pages.jsonl"} <= set(names)
        warcs = [n for n in names if n.startswith("archive/")]
        assert len(warcs) == 2
        assert all(zf.getinfo(n).compress_type == zipfile.ZIP_STORED for n in warcs)
        for name in warcs:  # the WARCs are the store's files, byte for byte
            key = next(f["key"] for f in catalog.warc_files() if f["key"].endswith(name.split("/")[1]))
            assert zf.read(name) == store.open(key).read()
        package = json.loads(zf.read("datapackage.json"))
        assert package["wacz_version"] == "1.1.1" and package["profile"] == "data-package"
        assert all(r["hash"].startswith("sha256:") for r in package["resources"])
        pages = [json.loads(line) for line in zf.read("pages/pages.jsonl").decode().splitlines()]
        assert pages[0]["format"] == "json-pages-1.0"
        assert {p["url"] for p in pages[1:]} >= {REPORT, PDF}


def test_one_report_wacz(make_writer, catalog, store, tmp_path) -> None:
    out = archive_two_crawls(make_writer)
    ids = [c.record_id for c in provenance.lookup(catalog, store, "某县 2025", verify=False)]
    path = wacz.export(catalog, store, tmp_path / "one.wacz", record_ids=ids)
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(path) as zf:
        (warc_name,) = [n for n in zf.namelist() if n.startswith("archive/")]
        with zf.open(warc_name) as stream:
            records = list(iter_records(stream))
        index = zf.read("indexes/index.cdx").decode()
    assert all(r.ok for r in records)
    ids_in_file = {r.record_id for r in records}
    # the captures asked for, the original of the revisit, and their request + metadata records
    assert {out["report1"].record_id, out["report2"].record_id, out["pdf1"].record_id} <= ids_in_file
    types = [r.rec_type for r in records]
    assert types[0] == "warcinfo" and types.count("request") == 3 and "metadata" in types
    assert "http://www.example.gov.cn/col/col1/index.html" not in index
