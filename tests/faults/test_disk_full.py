"""Disk full in the spool (simulated: the file accepts part of a record, then ENOSPC): the fetch being
written is lost and counted, the file is cut after its last complete record and sealed at once, the error
reaches the caller (the crawl stops loudly), and every record written before verifies."""

from __future__ import annotations

import errno

import pytest
from nianbao.archive import fixity
from nianbao.archive.warc import writer as writer_module

URL = "http://www.example.gov.cn/nb/{}.html"


def test_a_full_disk_costs_the_fetch_being_written_only(make_writer, catalog, store, tmp_path,
                                                        monkeypatch) -> None:
    real = writer_module.write_member
    calls = {"n": 0}

    def fills_up(out, chunks, level):
        calls["n"] += 1
        if calls["n"] < 14:
            return real(out, chunks, level)
        data = b"".join(chunks)[:200]        # part of the record reaches the disk, then the disk is full
        out.write(data)
        out.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    writer = make_writer("c1")
    written = []
    monkeypatch.setattr(writer_module, "write_member", fills_up)
    with pytest.raises(OSError, match="No space left"):
        for i in range(10):
            written.append(writer.write_exchange(URL.format(i), "GET", [], b"", 200,
                                                 [("Content-Type", "text/html")], f"<p>{i}</p>".encode() * 50))
    monkeypatch.setattr(writer_module, "write_member", real)
    assert 0 < len(written) < 10
    writer.close()
    assert list((tmp_path / "spool").rglob("*.open")) == []          # nothing left unsealed
    urls = {r[0] for r in catalog.conn.execute("SELECT url FROM captures WHERE record_type = 'response'")}
    assert urls == {URL.format(i) for i in range(len(written))}
    report = fixity.verify(catalog, store)
    assert report.ok, [str(b) for b in report.bad]
