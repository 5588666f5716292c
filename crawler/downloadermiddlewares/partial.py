"""Answers cut short (downloader middleware, order 595): kept, marked partial, asked again once.

A 200 whose body is shorter than its `Content-Length` (the server or a proxy in front of it closed the connection
early) is a data-loss error to Scrapy by default: the whole answer is thrown away, the links in the part that came
included. A browser shows what came. An archive keeps it and says it is partial: with DOWNLOAD_FAIL_ON_DATALOSS off
(settings.py) Scrapy hands such an answer on with `dataloss` in `response.flags`; WarcCaptureMiddleware (950)
archives it with `WARC-Truncated: disconnect`, and the spider reads its links as any page's and marks an item made
from it `partial`. A cut may be transient, so the URL is first asked again (NIANBAO_PARTIAL_RETRIES times): a whole
answer then replaces the partial one; a partial answer to the last try is passed on. Runs before
HttpCompressionMiddleware (590) sees the body, so a cut gzip stream is not decoded only to be asked again.

Stats: `download/dataloss` (partial answers seen), `download/dataloss_retried`, `download/dataloss_kept` (a partial
answer passed on), `download/dataloss_mended` (a retry that came whole)."""

from __future__ import annotations

from nianbao.crawler.downloadermiddlewares.backoff import asked_again
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

DATALOSS_FLAG = "dataloss"                 # Scrapy's flag for a body shorter than its Content-Length
RETRIES_META = "nianbao_partial_retries"   # times this URL was asked again for a partial answer


class PartialAnswerMiddleware:
    def __init__(self, crawler: Crawler, retries: int):
        self.stats, self.retries = crawler.stats, retries

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PartialAnswerMiddleware:
        return cls(crawler, max(0, crawler.settings.getint("NIANBAO_PARTIAL_RETRIES", 1)))

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        tries = request.meta.get(RETRIES_META, 0)
        if DATALOSS_FLAG not in response.flags:
            if tries:
                self.stats.inc_value("download/dataloss_mended")
            return response
        self.stats.inc_value("download/dataloss")
        if tries >= self.retries or request.meta.get("dont_retry"):
            self.stats.inc_value("download/dataloss_kept")
            return response
        self.stats.inc_value("download/dataloss_retried")
        return asked_again(request, RETRIES_META)
