"""One corrupt byte or a truncated tail in a WARC costs that record only: verify, reindex and provenance agree,
reading goes on from the next gzip member, a CDXJ that disagrees with its WARC is rebuilt from it, and a
catalog is never replaced by a worse one."""

from __future__ import annotations

import os

import pytest
from nianbao.archive import fixity, provenance, reindex
from nianbao.archive.catalog import Catalog

URL = "http://www.example.gov.cn/art/{}.html"
N = 30


def archive_pages(make_writer) -> list[str]:
    writer = make_writer("c1")
    ids = []
    for i in range(N):
        body = (f"<h1>page {i}</h1>" + "某县人民政府信息公开 " * (50 + i * 7)).encode()
        written = writer.write_exchange(URL.format(i), "GET", [], b"", 200, [("Content-Type", "text/html")], body,
                                        metadata={"portal-id": "p1", "role": "article"})
        ids.append(written.record_id)
    writer.close()
    return ids


def flip(path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0x55]))


def bad_captures(report) -> set[str]:
    return {b.record_id for b in report.bad if b.record_id}


@pytest.mark.parametrize("where", [0.5, 0.05, 0.98])  # inside the deflate data, the gzip header, the trailer
def test_one_flipped_byte_costs_one_record(make_writer, catalog, store, where) -> None:
    ids = archive_pages(make_writer)
    victim = catalog.capture(ids[5])
    path = store.root / victim["warc_key"]
    size = path.stat().st_size
    flip(path, victim["offset"] + int(victim["length"] * where))
    report = fixity.verify(catalog, store)
    assert bad_captures(report) == {ids[5]}, [str(b) for b in report.bad]
    assert report.captures_checked == N
    differs = [b.problem for b in report.bad if "file differs" in b.problem]
    assert differs and f"{size} bytes" in differs[0]          # the real size, read to the end
    # provenance agrees with verify, record by record
    for i in (4, 5, 6, N - 1):
        capture = provenance.lookup(catalog, store, URL.format(i))[0]
        assert capture.verified is (i != 5), (i, capture.problem)


def test_truncated_tail_costs_the_last_record(make_writer, catalog, store) -> None:
    ids = archive_pages(make_writer)
    last = catalog.capture(ids[-1])
    path = store.root / last["warc_key"]
    data = path.read_bytes()
    path.write_bytes(data[: last["offset"] + last["length"] // 2])
    report = fixity.verify(catalog, store)
    assert bad_captures(report) == {ids[-1]}, [str(b) for b in report.bad]


def test_reindex_of_a_damaged_store_keeps_every_intact_record(make_writer, catalog, store, tmp_path) -> None:
    ids = archive_pages(make_writer)
    victim = catalog.capture(ids[5])
    flip(store.root / victim["warc_key"], victim["offset"] + victim["length"] // 2)
    stats = reindex.rebuild(tmp_path / "fresh.sqlite", store)
    fresh = Catalog(tmp_path / "fresh.sqlite")
    assert fresh.conn.execute("SELECT COUNT(*) FROM captures").fetchone()[0] == N - 1
    assert fresh.capture(ids[5]) is None and fresh.capture(ids[6]) is not None
    assert stats["problems"] >= 1


def test_reindex_never_replaces_a_catalog_with_a_worse_one(make_writer, catalog, store, tmp_path) -> None:
    ids = archive_pages(make_writer)
    catalog.conn.commit()
    victim = catalog.capture(ids[5])
    flip(store.root / victim["warc_key"], victim["offset"] + victim["length"] // 2)
    before = catalog.conn.execute("SELECT COUNT(*) FROM captures").fetchone()[0]
    with pytest.raises(reindex.ReindexRefused, match="fewer captures"):
        reindex.rebuild(catalog.path, store)
    again = Catalog(catalog.path)
    assert again.conn.execute("SELECT COUNT(*) FROM captures").fetchone()[0] == before == N
    assert not [p for p in os.listdir(catalog.path.parent) if "reindex" in p]   # no temp file left behind
    reindex.rebuild(catalog.path, store, force=True)     # asked for: the rebuilt catalog replaces it
    assert Catalog(catalog.path).conn.execute("SELECT COUNT(*) FROM captures").fetchone()[0] == N - 1


def test_reindex_rebuilds_a_corrupt_cdxj_from_its_warc(make_writer, catalog, store, tmp_path) -> None:
    archive_pages(make_writer)
    key = catalog.warc_files()[0]["key"]
    cdxj = store.root / key.replace(".warc.gz", ".cdxj")
    good = cdxj.read_bytes()
    flip(cdxj, len(good) // 3)
    report = fixity.verify(catalog, store)
    assert any("CDXJ" in b.problem for b in report.bad), [str(b) for b in report.bad]
    stats = reindex.rebuild(tmp_path / "fresh.sqlite", store)
    assert stats["cdxj_mismatch"] == 1 and stats["cdxj_repaired"] == 1
    assert cdxj.read_bytes() == good


def test_cdxj_of_a_damaged_warc_lists_the_intact_records(make_writer, catalog, store, tmp_path) -> None:
    ids = archive_pages(make_writer)
    victim = catalog.capture(ids[5])
    key = victim["warc_key"]
    flip(store.root / key, victim["offset"] + victim["length"] // 2)
    reindex.rebuild(tmp_path / "fresh.sqlite", store)
    lines = (store.root / key.replace(".warc.gz", ".cdxj")).read_text().splitlines()
    assert sum('"text/html"' in line for line in lines) == N - 1
