"""Crash safety: a spool file cut mid-record (kill -9) is trimmed, sealed, uploaded and ingested on the next
start; an unreachable store keeps files spooled and retried; the catalog never points at a missing record."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from nianbao.archive import fixity
from nianbao.archive.store import StoreConfigError, StoreUnavailable
from nianbao.archive.warc import CaptureWriter, WriterConfig, recover_spool
from nianbao.archive.warc.reader import iter_records
from nianbao.archive.warc.spool import is_locked
from nianbao.archive.warc.upload import Uploader

from tests.archive.harness import ROOT, fixed_clock, fixed_ids


def ingest_into(catalog):
    def ingest(key: str, path: Path) -> None:
        with open(path, "rb") as stream:
            catalog.ingest_warc(key, stream)
    return ingest


def write_fetches(writer: CaptureWriter, n: int, start: int = 0) -> list:
    return [writer.write_exchange(f"http://www.example.gov.cn/p{i}", "GET", [("User-Agent", "t")], b"", 200,
                                  [("Content-Type", "text/html")], f"<p>page {i}</p>".encode() * 50,
                                  metadata={"portal-id": "p1", "role": "article"}) for i in range(start, start + n)]


class FlakyStore:
    """Wraps a store; the first `failures` writes raise StoreUnavailable (an outage), or `error` always."""

    def __init__(self, inner, failures: int = 0, error: Exception | None = None):
        self.inner, self.failures, self.error, self.calls = inner, failures, error, 0

    def put_file(self, key, path):
        self.calls += 1
        if self.error is not None:
            raise self.error
        if self.failures > 0:
            self.failures -= 1
            raise StoreUnavailable("simulated outage")
        self.inner.put_file(key, path)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_truncated_spool_file_is_trimmed_sealed_uploaded_and_ingested(tmp_path, store, catalog) -> None:
    spool = tmp_path / "spool"
    writer = CaptureWriter(WriterConfig(spool, "c1"), None, make_id=fixed_ids(), clock=fixed_clock(),
                           make_token=lambda: "t0")
    kept = write_fetches(writer, 3)
    open_file = writer._file.path
    size_before_last = open_file.stat().st_size
    write_fetches(writer, 1, start=3)
    writer.abandon()   # the process dies: no seal
    cut = size_before_last + (open_file.stat().st_size - size_before_last) // 3   # mid-way into the 4th response
    with open(open_file, "r+b") as f:
        f.truncate(cut)
    uploader = Uploader(store, ingest_into(catalog), background=False)
    report = recover_spool(spool, uploader)
    assert report.trimmed == {open_file.name: cut - size_before_last}
    assert report.sealed == [open_file.name.replace(".open", "")]
    assert open_file.with_name(open_file.name[: -len(".warc.gz.open")] + ".tail.damaged").exists()
    assert list(spool.glob("*/*.warc.gz*")) == []            # uploaded, ingested, removed from the spool
    key = catalog.warc_files()[0]["key"]
    records = list(iter_records(store.open(key)))
    assert [r.rec_type for r in records].count("response") == 3 and all(r.ok for r in records)
    assert {r["record_id"] for r in catalog.all_captures()} == {w.record_id for w in kept}
    assert fixity.verify(catalog, store).ok
    assert store.exists(key.replace(".warc.gz", ".cdxj"))


def test_kill_9_of_a_writing_process_then_recovery(tmp_path, store, catalog) -> None:
    spool = tmp_path / "spool"
    script = (
        "import sys, itertools\n"
        "from pathlib import Path\n"
        "from nianbao.archive.warc import CaptureWriter, WriterConfig\n"
        "w = CaptureWriter(WriterConfig(Path(sys.argv[1]), 'killed'), None)\n"
        "for i in itertools.count():\n"
        "    w.write_exchange(f'http://www.example.gov.cn/p{i}', 'GET', [], b'', 200, [], bytes([i % 256]) * 20000,\n"
        "                     dedup=False)\n"
        "    if i == 20: print('ready', flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(spool)], cwd=ROOT, stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == b"ready"
    open_file = next(spool.glob("killed/*.warc.gz.open"))
    assert is_locked(open_file)                    # a live writer's file is never touched
    assert recover_spool(spool, None).busy == [open_file.name]
    time.sleep(0.05)                               # let it get into the middle of some record
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not is_locked(open_file)
    report = recover_spool(spool, Uploader(store, ingest_into(catalog), background=False))
    assert report.sealed and report.submitted
    files = catalog.warc_files()
    assert len(files) == 1 and files[0]["records"] > 60
    assert fixity.verify(catalog, store).ok
    result = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(store.root / files[0]["key"])],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_store_outage_is_retried_with_backoff(tmp_path, store, catalog) -> None:
    flaky = FlakyStore(store, failures=3)
    uploader = Uploader(flaky, ingest_into(catalog), background=False, first_delay_s=0.001, max_delay_s=0.004)
    writer = CaptureWriter(WriterConfig(tmp_path / "spool", "c1"), flaky, uploader=uploader)
    written = write_fetches(writer, 5)
    assert writer.close()
    assert uploader.stats["warc/upload_retries"] == 3
    assert {r["record_id"] for r in catalog.all_captures()} == {w.record_id for w in written}


def test_background_uploads_survive_an_outage(tmp_path, store, catalog) -> None:
    flaky = FlakyStore(store, failures=4)
    uploader = Uploader(flaky, ingest_into(catalog), background=True, first_delay_s=0.001, max_delay_s=0.002)
    writer = CaptureWriter(WriterConfig(tmp_path / "spool", "c1", rollover_bytes=2000), flaky, uploader=uploader)
    written = write_fetches(writer, 8)
    assert writer.close(upload_timeout_s=30)
    assert len(catalog.warc_files()) == len(writer.sealed) > 1
    assert {r["record_id"] for r in catalog.all_captures()} == {w.record_id for w in written}


def test_files_wait_in_the_spool_until_the_store_works(tmp_path, store, catalog) -> None:
    spool = tmp_path / "spool"
    broken = FlakyStore(store, error=StoreConfigError("credentials refused"))
    writer = CaptureWriter(WriterConfig(spool, "c1"), broken, on_sealed=ingest_into(catalog),
                           background_upload=False)
    written = write_fetches(writer, 2)
    assert writer.close() is False
    assert catalog.warc_files() == []                # never points at what the store lacks
    assert len(list(spool.glob("c1/*.warc.gz"))) == 1 and len(list(spool.glob("c1/*.cdxj"))) == 1
    # next start, the store works again
    report = recover_spool(spool, Uploader(store, ingest_into(catalog), background=False))
    assert len(report.submitted) == 1
    assert {r["record_id"] for r in catalog.all_captures()} == {w.record_id for w in written}
    assert list(spool.glob("c1/*")) == []


def test_ingest_failure_keeps_the_file_for_the_next_start(tmp_path, store, catalog) -> None:
    spool = tmp_path / "spool"

    def failing_ingest(key, path):
        raise RuntimeError("catalog locked")

    writer = CaptureWriter(WriterConfig(spool, "c1"), store, on_sealed=failing_ingest, background_upload=False)
    write_fetches(writer, 1)
    assert writer.close() is False
    assert len(list(spool.glob("c1/*.warc.gz"))) == 1
    recover_spool(spool, Uploader(store, ingest_into(catalog), background=False))
    assert len(catalog.all_captures()) == 1


def test_spool_file_with_only_warcinfo_is_removed(tmp_path) -> None:
    spool = tmp_path / "spool"
    writer = CaptureWriter(WriterConfig(spool, "c1"), None)
    write_fetches(writer, 1)
    path = writer._file.path
    writer.abandon()
    first = next(iter_records(io.BytesIO(path.read_bytes())))
    with open(path, "r+b") as f:
        f.truncate(first.length + 10)
    report = recover_spool(spool, None)
    assert report.removed_empty == [path.name] and not path.exists()
