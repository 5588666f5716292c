"""Faults in the processes around a run: a WARC writer killed mid-crawl (busy or idle), a crawl that reaches
no portal, a run interrupted by a store outage, schedules that cannot run. Each ends loudly and truthfully:
nothing unsealed, no `running` row left behind, no exit 0 for a crawl that archived nothing."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
from collections import Counter
from types import SimpleNamespace

import pytest
from nianbao.archive import catalog as catalog_queries
from nianbao.archive.catalog import Catalog
from nianbao.archive.store import StoreUnavailable
from nianbao.crawler.app import cli, pipeline
from nianbao.crawler.app.cli import EXIT_PROBLEMS, EXIT_USAGE, main
from nianbao.crawler.capture_writer import CaptureSetup, ProcessWriter
from nianbao.crawler.workers import WorkerError

from tests.archive.harness import free_port

URL = "http://www.example.gov.cn/nb/{}.html"
BODY = "<p>某县2023年政府信息公开工作年度报告</p>".encode() * 40
RUN_COUNTS = {"pages_new": 0, "pages_revisit": 0, "pages_not_modified": 0, "reports_new": 0, "reports_changed": 0,
              "reports_gone": 0}
REGISTRY = "id,name,region_code,level,homepage\nlintao,临洮县,621124,county,http://www.lintao.gov.cn/\n"


def test_a_writer_killed_while_writing_stops_the_crawl_and_leaves_nothing_unsealed(tmp_path) -> None:
    setup = CaptureSetup(data_dir=str(tmp_path), crawl_id="c1", store_uri=(tmp_path / "store").as_uri())
    counts: Counter = Counter()

    async def crawl():
        writer = ProcessWriter(setup, lambda name, n=1: counts.update({name: n}))
        writer.start()
        await writer.recover()
        for i in range(5):
            await writer.call("write_exchange", URL.format(i), "GET", [], b"", 200,
                              [("Content-Type", "text/html")], BODY + str(i).encode())
        child = writer.pool._children[0].process
        pending = asyncio.ensure_future(writer.call("write_exchange", URL.format(99), "GET", [], b"", 200,
                                                    [("Content-Type", "text/html")], BODY * 50))
        os.kill(child.pid, signal.SIGKILL)
        with pytest.raises(WorkerError):
            await pending
        with pytest.raises(WorkerError, match="failed earlier"):   # the crawl stops: no write goes on
            await writer.call("write_exchange", URL.format(6), "GET", [], b"", 200, [], BODY)
        return await writer.close(30)

    assert asyncio.run(crawl()) == (True, 0)
    assert list((tmp_path / "spool" / "c1").iterdir()) == []
    catalog = Catalog(tmp_path / "catalog.sqlite")
    urls = {r[0] for r in catalog.conn.execute("SELECT url FROM captures WHERE record_type = 'response'")}
    assert {URL.format(i) for i in range(5)} <= urls          # everything written before the kill is archived
    assert counts["warc/writer_recoveries"] == 1 and counts["warc/recovered_files"] == 1


def test_run_counts_include_recovered_crawls(tmp_path, make_writer, catalog) -> None:
    writer = make_writer("old-crawl")
    writer.write_exchange(URL.format(1), "GET", [], b"", 200, [("Content-Type", "text/html")], BODY,
                          metadata={"portal-id": "p1"})
    record = writer.write_exchange(URL.format(2), "GET", [], b"", 200, [("Content-Type", "text/html")], BODY + b"2",
                                   metadata={"portal-id": "p1"})
    writer.write_document_metadata(record.record_id, URL.format(2), {"kind": "report", "year": 2023})
    writer.close()
    assert catalog_queries.run_counts(catalog.conn, "new-run")["pages_new"] == 0
    counts = catalog_queries.run_counts(catalog.conn, "new-run", ["old-crawl"])
    assert counts["pages_new"] == 2 and counts["reports_new"] == 1


def test_fetched_nothing_is_a_failure() -> None:
    from nianbao.crawler.crawl_main import fetched_nothing

    assert fetched_nothing({"downloader/response_status_count/200": 3}) == ""
    assert fetched_nothing({"downloader/response_status_count/304": 1,
                            "downloader/response_status_count/403": 9}) == ""
    refused = fetched_nothing({"downloader/response_status_count/403": 4,
                               "downloader/exception_type_count/twisted.internet.error.ConnectionRefusedError": 2})
    assert "403 x4" in refused and "ConnectionRefusedError x2" in refused
    assert "no response at all" in fetched_nothing({})
    assert fetched_nothing({}, shared=True) == ""            # its peers fetched everything
    assert fetched_nothing({"downloader/response_status_count/403": 1}, shared=True) != ""
    # a peer spent the crawl-wide page budget: this worker's only "failures" are its own refusals and robots.txt
    budget_spent = {"downloader/exception_type_count/nianbao.crawler.downloadermiddlewares.budget.BudgetExceeded": 2,
                    "downloader/response_status_count/404": 1, "robotstxt/response_status_count/404": 1}
    assert fetched_nothing(budget_spent, shared=True) == ""
    assert fetched_nothing({**budget_spent, "downloader/response_status_count/404": 2}, shared=True) != ""
    assert fetched_nothing(budget_spent) != ""               # alone, a crawl that fetched nothing failed
    # a worker whose peers took every page fetched only robots.txt and the absent /sitemap.xml (both 404): no failure
    probes_only = {"downloader/response_status_count/404": 2, "robotstxt/response_status_count/404": 1,
                   "sitemap/failed": 1, "sitemap/failed/http_404": 1}
    assert fetched_nothing(probes_only, shared=True) == ""
    assert fetched_nothing({**probes_only, "downloader/response_status_count/404": 3}, shared=True) != ""


def test_a_crawl_through_a_dead_proxy_fails_and_keeps_its_password_off_disk(tmp_path, monkeypatch, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "registry.csv").write_text(REGISTRY, encoding="utf-8")
    proxy = f"http://crawler:s3cret-pass@127.0.0.1:{free_port()}"
    real_config = cli.crawl_config

    def no_retries(*args, **kwargs):   # retries with back-off would take ~50 s to give up
        config = real_config(*args, **kwargs)
        config.extra_settings = {**config.extra_settings, "RETRY_ENABLED": False}
        return config

    monkeypatch.setattr(cli, "crawl_config", no_retries)
    status = main(["crawl", "--data", str(data), "--proxy", proxy, "--render", "never", "--writer-process",
                   "off", "--page-workers", "0", "--time-limit", "60"])
    captured = capsys.readouterr()
    assert status == EXIT_PROBLEMS, captured
    assert "no portal answered" in captured.err
    run_dir = next((data / "runs").iterdir())
    settings = run_dir / "settings.json"
    assert oct(settings.stat().st_mode & 0o777) == "0o600"
    assert json.loads(settings.read_text())["NIANBAO_PROXY"] == proxy.replace("s3cret-pass", "***")
    for path in data.rglob("*"):
        if path.is_file():
            assert b"s3cret-pass" not in path.read_bytes(), path


def test_an_empty_registry_is_a_usage_error_said_on_stderr(tmp_path, capsys) -> None:
    registry = tmp_path / "empty.csv"
    registry.write_text("id,name,region_code,level,homepage\n", encoding="utf-8")
    assert main(["crawl", "--data", str(tmp_path / "d"), "--registry", str(registry)]) == EXIT_USAGE
    assert "has no portals" in capsys.readouterr().err


def test_a_run_interrupted_by_a_store_outage_is_recorded_as_failed(tmp_path, monkeypatch, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "registry.csv").write_text(REGISTRY, encoding="utf-8")

    def outage(config):
        raise StoreUnavailable("cannot reach the S3 endpoint http://127.0.0.1:9 (ConnectionRefused)")

    monkeypatch.setattr("nianbao.crawler.runner.run_crawl", outage)
    assert main(["run", "--data", str(data)]) == EXIT_USAGE
    rows = sqlite3.connect(data / "catalog.sqlite").execute("SELECT status, ended_at, detail FROM runs").fetchall()
    assert len(rows) == 1 and rows[0][0] == "failed" and rows[0][1] and "S3 endpoint" in rows[0][2]


# ---------------------------------------------------------------- schedules


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    (d / "registry.csv").write_text(REGISTRY, encoding="utf-8")
    return d


def stored_schedules(data) -> list[str]:
    conn = sqlite3.connect(data / "catalog.sqlite")
    try:
        return [r[0] for r in conn.execute("SELECT name FROM schedules")]
    except sqlite3.OperationalError:
        return []


@pytest.mark.parametrize("argv, message", [
    (["--cron", "0 3 31 2 *"], "never fires"),
    (["--cron", "61 3 * * *"], "bad cron"),
    (["--cron", "0 3 * * *", "--registry", "/nonexistent/portals.csv"], "does not exist"),
    (["--cron", "0 3 * * *", "--portal", "nowhere"], "unknown portal"),
])
def test_schedule_add_validates_before_storing(data, capsys, argv, message) -> None:
    assert main(["schedule", "add", "nightly", "--data", str(data), *argv]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert stored_schedules(data) == []


def test_schedule_add_refuses_a_name_that_is_a_path(data, capsys) -> None:
    assert main(["schedule", "add", "../x", "--data", str(data), "--cron", "0 3 * * *"]) == EXIT_USAGE
    assert stored_schedules(data) == []


def test_one_failing_schedule_does_not_stop_the_others(data, monkeypatch, capsys) -> None:
    for name in ("a-first", "b-gone", "c-last"):
        assert main(["schedule", "add", name, "--data", str(data), "--cron", "* * * * *"]) == 0
    conn = sqlite3.connect(data / "catalog.sqlite")
    # as an older version stored it: a cron that never fires, and a registry that has since vanished
    conn.execute("INSERT INTO schedules VALUES ('a-bad-cron', '0 3 31 2 *', '[]', NULL, 0, 0, "
                 "'2020-01-01T00:00:00Z')")
    conn.execute("UPDATE schedules SET registry = '/nonexistent/registry.csv' WHERE name = 'b-gone'")
    conn.execute("UPDATE schedules SET created_at = '2020-01-01T00:00:00Z'")
    conn.commit()
    ran = []

    def fake_run(data_dir, config, schedule, registry=None):
        ran.append(schedule)
        return pipeline.RunDone(schedule, SimpleNamespace(ok=True, summary={}), RUN_COUNTS, "")

    monkeypatch.setattr(pipeline, "recorded_run", fake_run)
    assert main(["schedule", "run-due", "--data", str(data)]) == EXIT_PROBLEMS
    assert ran == ["a-first", "c-last"]
    failed = dict(conn.execute("SELECT schedule, detail FROM runs WHERE status = 'failed'").fetchall())
    assert set(failed) == {"a-bad-cron", "b-gone"}
    assert "does not exist" in failed["b-gone"]


def test_files_left_in_the_spool_make_the_crawl_fail() -> None:
    from nianbao.crawler.crawl_main import archive_incomplete

    assert archive_incomplete({"warc/files_ingested": 3}) == ""
    message = archive_incomplete({"warc/files_left_in_spool": 2})
    assert "2 WARC file(s) are not in the store yet" in message and "next crawl" in message
    assert "1 unsealed" in archive_incomplete({"warc/unsealed_left": 1})


def test_a_store_outage_longer_than_the_drain_keeps_the_files_for_the_next_start(tmp_path, monkeypatch) -> None:
    """Uploads fail for the whole crawl: close reports what is left (the crawl then fails, archive_incomplete);
    the files wait in the spool; the next start, with the store back, uploads and ingests them."""
    from nianbao.archive.store import LocalStore
    from nianbao.crawler.capture_writer import LocalWriter

    setup = CaptureSetup(data_dir=str(tmp_path), crawl_id="c1", store_uri=(tmp_path / "store").as_uri(),
                         upload_first_delay_s=0.05, upload_max_delay_s=0.1)
    real_put = LocalStore.put_file

    def down(self, key, path):
        raise StoreUnavailable(f"putting {key}: cannot reach the store")

    async def crawl():
        writer = LocalWriter(setup, lambda name, n=1: None)
        await writer.recover()
        await writer.call("write_exchange", URL.format(1), "GET", [], b"", 200, [("Content-Type", "text/html")],
                          BODY)
        return await writer.close(1.0)

    async def next_start():
        writer = LocalWriter(setup, lambda name, n=1: None)
        report = await writer.recover()
        await writer.close(30)
        return report

    monkeypatch.setattr(LocalStore, "put_file", down)
    ok, _ = asyncio.run(crawl())
    assert not ok                                                  # the crawl learns it: archive_incomplete
    assert list((tmp_path / "spool").rglob("*.warc.gz"))           # kept, sealed
    catalog = Catalog(tmp_path / "catalog.sqlite")
    assert catalog.conn.execute("SELECT COUNT(*) FROM captures").fetchone()[0] == 0
    monkeypatch.setattr(LocalStore, "put_file", real_put)
    report = asyncio.run(next_start())
    assert report.submitted and report.crawl_ids == ["c1"]
    assert catalog.conn.execute("SELECT COUNT(*) FROM captures").fetchone()[0] == 1
    assert list((tmp_path / "spool").rglob("*.warc.gz")) == []


def test_a_crawl_whose_store_stays_down_fails_and_says_why(tmp_path, monkeypatch) -> None:
    """The S3 endpoint is down for the whole crawl (longer than the upload drain): exit 1, the reason on
    stderr, the WARC kept in the spool."""
    from tests.crawler import minisite
    from tests.crawler.minisite import MiniWeb, ProxyServer, html

    web = MiniWeb()
    web.add("http://www.lintao.gov.cn/", html('<a href="/nb/">政府信息公开年报</a>'))
    monkeypatch.setattr(minisite, "EXTRA_ENV", {**minisite.EXTRA_ENV, "NIANBAO_S3_ENDPOINT": f"127.0.0.1:{free_port()}",
                                                "NIANBAO_S3_ACCESS_KEY": "k", "NIANBAO_S3_SECRET_KEY": "secret-key",
                                                "NIANBAO_S3_SECURE": "0"})
    with ProxyServer(web) as proxy:
        status, _, _, stderr = minisite.run_crawl(
            tmp_path, REGISTRY, proxy.url, extra={"NIANBAO_STORE_URI": "s3://nianbao/prod", "NIANBAO_UPLOAD_DRAIN_S": 1,
                                                  "NIANBAO_PAGE_WORKERS": 0, "NIANBAO_WARC_WRITER_PROCESS": False})
    assert status == 1, stderr[-2000:]
    assert "are not in the store yet" in stderr
    assert list((tmp_path / "data" / "spool").rglob("*.warc.gz"))


def test_a_run_counts_the_captures_it_recovered_from_a_killed_crawl(tmp_path, monkeypatch, capsys) -> None:
    """A crawl killed with kill -9 left an unsealed spool file; the next run seals, uploads and ingests it,
    and its run row counts those captures (they were never counted by the killed run)."""
    from nianbao.archive.store import LocalStore
    from nianbao.archive.warc import CaptureWriter, WriterConfig

    from tests.crawler.minisite import MiniWeb, ProxyServer, html

    data = tmp_path / "data"
    data.mkdir()
    (data / "registry.csv").write_text(REGISTRY, encoding="utf-8")
    killed = CaptureWriter(WriterConfig(data / "spool", "killed-crawl"), LocalStore(data / "store"))
    for i in range(3):
        killed.write_exchange(URL.format(i), "GET", [], b"", 200, [("Content-Type", "text/html")],
                              BODY + str(i).encode(), metadata={"portal-id": "lintao"})
    killed.abandon()                                           # what kill -9 leaves: an open file, no seal
    assert list((data / "spool").rglob("*.open"))
    real_config = cli.crawl_config

    def fast(*args, **kwargs):
        config = real_config(*args, **kwargs)
        config.extra_settings = {**config.extra_settings, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
        return config

    monkeypatch.setattr(cli, "crawl_config", fast)
    web = MiniWeb()
    web.add("http://www.lintao.gov.cn/", html("<p>首页</p>"))
    with ProxyServer(web) as proxy:
        assert main(["run", "--data", str(data), "--proxy", proxy.url, "--render", "never"]) == 0
    row = sqlite3.connect(data / "catalog.sqlite").execute(
        "SELECT run_id, pages_new FROM runs WHERE status = 'ok'").fetchone()
    summary = json.loads((data / "runs" / row[0] / "summary.json").read_text())
    assert summary["warc"]["recovered_crawl_ids"] == ["killed-crawl"]
    assert row[1] >= 3 + 1                                     # the recovered three and its own home page
    assert not list((data / "spool").rglob("*.open"))
