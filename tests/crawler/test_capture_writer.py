"""crawler/capture_writer.py: the archive side of a crawl in the crawl process or in a child process."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest
from nianbao.crawler.capture_writer import CaptureSetup, LocalWriter, ProcessWriter
from nianbao.crawler.workers import WorkerError
from warcio.archiveiterator import ArchiveIterator

URL = "http://www.example.gov.cn/2023nb.html"
BODY = "<p>某县2023年政府信息公开工作年度报告</p>".encode() * 40


def setup_in(path: Path) -> CaptureSetup:
    return CaptureSetup(data_dir=str(path), crawl_id="c1", store_uri=(path / "store").as_uri())


async def one_crawl(writer_class, setup: CaptureSetup, counts: Counter):
    writer = writer_class(setup, lambda name, n=1: counts.update({name: n}))
    writer.start()
    await writer.recover()
    first = await writer.call("write_exchange", URL, "GET", [("User-Agent", "t")], b"", 200,
                              [("Content-Type", "text/html; charset=utf-8")], BODY)
    writer.submit("write_document_metadata", first.record_id, URL, {"kind": "report", "year": 2023})
    again = await writer.call("write_exchange", URL, "GET", [], b"", 200, [("Content-Type", "text/html")], BODY)
    closed = await writer.close(30)
    return first, again, closed


def records(store: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(store.rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            out += [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI") or "")
                    for r in ArchiveIterator(stream)]
    return out


@pytest.mark.parametrize("writer_class", [LocalWriter, ProcessWriter])
def test_writer_archives_fetches_in_order_with_revisits_and_counts(tmp_path, writer_class) -> None:
    counts: Counter = Counter()
    first, again, (ok, left) = asyncio.run(one_crawl(writer_class, setup_in(tmp_path), counts))
    assert (ok, left) == (True, 0)
    assert first.record_type == "response" and again.record_type == "revisit"
    assert again.refers_to.record_id == first.record_id
    assert records(tmp_path / "store") == [
        ("warcinfo", ""), ("response", URL), ("request", URL), ("metadata", URL), ("metadata", f"urn:nianbao-document:{URL}"),
        ("revisit", URL), ("request", URL), ("metadata", URL)]
    assert counts["warc/responses"] == 1 and counts["warc/revisits/identical-payload-digest"] == 1
    assert counts["warc/documents"] == 1 and counts["warc/files_ingested"] == 1
    assert list((tmp_path / "spool" / "c1").iterdir()) == []


def test_a_failed_write_in_the_child_stops_later_writes(tmp_path) -> None:
    async def body():
        writer = ProcessWriter(setup_in(tmp_path), lambda name, n=1: None)
        writer.start()
        with pytest.raises(WorkerError, match="TypeError|ValueError"):
            await writer.call("write_exchange", URL, "GET", [], b"", 200, [], None)   # no body: len(None)
        with pytest.raises(WorkerError, match="failed earlier"):
            await writer.call("write_exchange", URL, "GET", [], b"", 200, [], BODY)
        assert await writer.close(5) == (True, 0)   # what was written is still sealed and uploaded

    asyncio.run(body())


def test_a_writer_child_killed_while_idle_loses_nothing(tmp_path) -> None:
    """The pool starts a new writer, which first seals, uploads and ingests the killed one's open file: in the
    same run, with nothing left for the next start."""
    import os
    import signal

    setup = setup_in(tmp_path)

    async def crawl():
        writer = ProcessWriter(setup, lambda name, n=1: None)
        writer.start()
        await writer.recover()
        first = await writer.call("write_exchange", URL, "GET", [], b"", 200, [("Content-Type", "text/html")], BODY)
        child = writer.pool._children[0].process
        os.kill(child.pid, signal.SIGKILL)
        await child.wait()
        second = await writer.call("write_exchange", URL + "?v=2", "GET", [], b"", 200,
                                   [("Content-Type", "text/html")], BODY + b"v2")
        assert await writer.close(30) == (True, 0)
        return first, second

    async def next_start():
        writer = LocalWriter(setup, lambda name, n=1: None)
        report = await writer.recover()
        await writer.close(30)
        return report

    first, second = asyncio.run(crawl())
    assert [p.name for p in (tmp_path / "spool" / "c1").iterdir()] == []   # nothing unsealed, nothing pending
    assert len(asyncio.run(next_start()).submitted) == 0
    responses = [uri for kind, uri in records(tmp_path / "store") if kind == "response"]
    assert sorted(responses) == [URL, URL + "?v=2"]
    assert list((tmp_path / "spool" / "c1").iterdir()) == []


@pytest.mark.parametrize("component", ["nianbao.crawler.downloadermiddlewares.capture.WarcCaptureMiddleware",
                                       "nianbao.crawler.pipelines.documents.DocumentMetadataPipeline",
                                       "nianbao.crawler.downloadermiddlewares.conditional.ConditionalRequestMiddleware"])
def test_a_component_that_needs_capture_is_left_out_without_it(component: str) -> None:
    """No WarcWriterExtension on the crawler: NotConfigured (Scrapy leaves the component out), saying how to fix."""
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.misc import load_object
    from scrapy.utils.test import get_crawler

    with pytest.raises(NotConfigured, match="enable nianbao.crawler.extensions.warcwriter.WarcWriterExtension"):
        load_object(component).from_crawler(get_crawler())
