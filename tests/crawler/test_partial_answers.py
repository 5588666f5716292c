"""Answers cut short (a body shorter than its Content-Length): kept, marked partial, asked again once
(crawler/downloadermiddlewares/partial.py), archived with `WARC-Truncated: disconnect` (archive/warc/truncation.py)."""

from __future__ import annotations

from nianbao.archive.warc.truncation import DISCONNECT, truncation_of
from nianbao.crawler.downloadermiddlewares.partial import PartialAnswerMiddleware
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.sites import report_page
from tests.crawler.test_portal_e2e import registry

PAGE = "http://www.x.gov.cn/xxgk/ndbg/index.html"


def _middleware(retries: int = 1) -> PartialAnswerMiddleware:
    crawler = get_crawler(settings_dict={"NIANBAO_PARTIAL_RETRIES": retries})
    crawler.stats.open_spider()
    return PartialAnswerMiddleware.from_crawler(crawler)


def _answer(request: Request, cut: bool) -> HtmlResponse:
    return HtmlResponse(request.url, body=b"<html>", request=request, flags=["dataloss"] if cut else [])


def test_a_partial_answer_is_asked_again_once_then_kept():
    mw = _middleware()
    request = Request(PAGE, meta={"nianbao_portal": "x", "nianbao_hops": "L"}, priority=5)
    retry = mw.process_response(request, _answer(request, cut=True))
    assert isinstance(retry, Request) and retry.url == PAGE and retry.dont_filter and retry.priority == 5
    assert retry.meta["nianbao_hops"] == "L"
    kept = _answer(retry, cut=True)
    assert mw.process_response(retry, kept) is kept          # cut again: the partial answer is passed on
    stats = mw.stats.get_stats()
    assert stats["download/dataloss"] == 2 and stats["download/dataloss_retried"] == 1
    assert stats["download/dataloss_kept"] == 1 and "download/dataloss_mended" not in stats


def test_a_whole_retry_replaces_the_partial_answer():
    mw = _middleware()
    request = Request(PAGE)
    retry = mw.process_response(request, _answer(request, cut=True))
    whole = _answer(retry, cut=False)
    assert mw.process_response(retry, whole) is whole
    assert mw.stats.get_value("download/dataloss_mended") == 1 and mw.stats.get_value("download/dataloss_kept") is None


def test_a_whole_answer_is_left_alone():
    mw = _middleware()
    request = Request(PAGE)
    whole = _answer(request, cut=False)
    assert mw.process_response(request, whole) is whole
    assert mw.stats.get_value("download/dataloss") is None and mw.stats.get_value("download/dataloss_mended") is None


def test_no_retries_keeps_the_first_partial_answer_and_dont_retry_is_obeyed():
    mw = _middleware(retries=0)
    request = Request(PAGE)
    cut = _answer(request, cut=True)
    assert mw.process_response(request, cut) is cut
    mw = _middleware()
    request = Request(PAGE, meta={"dont_retry": True})
    cut = _answer(request, cut=True)
    assert mw.process_response(request, cut) is cut


def test_a_column_cut_short_is_read_and_archived_as_truncated(tmp_path):
    """The column's answer always stops after its first bytes (a proxy closing early): the report linked before
    the cut is found, the column archived with WARC-Truncated: disconnect; a report page cut short is kept and its
    item says `partial`; whole answers carry no WARC-Truncated."""
    base = "http://www.cut-county.gov.cn"
    first = f"{base}/xxgk/ndbg/202401/t20240115_1.html"
    cut_report = f"{base}/xxgk/ndbg/202301/t20230115_2.html"
    lost = f"{base}/xxgk/ndbg/202201/t20220115_3.html"
    links = "".join(f'<li><a href="{url}">割县人民政府{year}年政府信息公开工作年度报告</a></li>'
                    for url, year in ((first, 2023), (cut_report, 2022)))
    column = html(f'<ul>{links}</ul><p>{"填充" * 400}</p><a href="{lost}">割县人民政府2021年政府信息公开工作年度报告</a>',
                  "政府信息公开年报")
    cut_at = column.index(b"</ul>")             # the cut falls after the two links
    web = MiniWeb()
    web.add(f"{base}/", html('<a href="/xxgk/ndbg/index.html">政府信息公开年报</a>', "割县人民政府"))
    web.add(f"{base}/xxgk/ndbg/index.html", column[:cut_at], headers={"Content-Length": str(len(column))})
    web.add(first, report_page("割县人民政府2023年政府信息公开工作年度报告", "2024-01-15", "1101070001"))
    whole = report_page("割县人民政府2022年政府信息公开工作年度报告", "2023-01-15", "1101070001")
    web.add(cut_report, whole[:len(whole) - 40], headers={"Content-Length": str(len(whole))})
    web.add(lost, report_page("割县人民政府2021年政府信息公开工作年度报告", "2022-01-15", "1101070001"))
    row = {"id": "cut", "name": "割县", "region_code": "110107", "level": "county", "homepage": f"{base}/"}
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url)
    assert status == 0, stderr[-3000:]
    reports = {i["url"]: i for i in items if i["kind"] == "report"}
    assert first in reports and not reports[first]["partial"], stderr[-3000:]
    kinds = {i["url"]: (i["kind"], i.get("reason"), i["partial"]) for i in items}
    assert cut_report in reports and reports[cut_report]["partial"], kinds
    assert lost not in reports                  # only behind the cut: nothing points at it
    assert sum(1 for _, url in web.log if url == f"{base}/xxgk/ndbg/index.html") == 2   # asked again once
    truncated = {}
    for path in tmp_path.rglob("*.warc.gz"):
        with path.open("rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type == "response":
                    truncated[record.rec_headers.get_header("WARC-Target-URI")] = truncation_of(record)
    assert truncated[f"{base}/xxgk/ndbg/index.html"] == DISCONNECT and truncated[cut_report] == DISCONNECT
    assert truncated[first] is None and truncated[f"{base}/"] is None
