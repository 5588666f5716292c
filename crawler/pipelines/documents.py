"""Classification records (item pipeline, order 800): a `DocumentItem` (crawler/items.py) becomes the
`nianbao-document` metadata record of the capture it describes. Stats: `warc/documents_without_record`."""

from __future__ import annotations

import logging
from dataclasses import is_dataclass

from itemadapter import ItemAdapter
from nianbao.crawler.extensions.warcwriter import WarcWriterExtension
from nianbao.crawler.items import document_json
from scrapy import Spider
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class DocumentMetadataPipeline:
    """Item pipeline: each DocumentItem (anything with `url`, `kind` and `record_id`) becomes the classification
    metadata record of the capture it describes. Items without a record id are counted and passed on."""

    def __init__(self, crawler: Crawler, extension: WarcWriterExtension):
        self.stats, self.extension = crawler.stats, extension

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentMetadataPipeline:
        return cls(crawler, WarcWriterExtension.needed_by(crawler))

    def process_item(self, item, spider: Spider | None = None):
        values = getattr(item, "__dict__", None) if is_dataclass(item) and not isinstance(item, type) else None
        if values is None:   # (the spider's DocumentItem is a flat dataclass: no ItemAdapter round trip)
            values = ItemAdapter(item).asdict()
        if "kind" not in values or "url" not in values:
            return item
        record_id = values.get("record_id")
        if not record_id:
            self.stats.inc_value("warc/documents_without_record")
            logger.info("document %s (%s) has no archived record; no classification record written",
                        values.get("url"), values.get("kind"))
            return item
        self.extension.writer.submit("write_document_metadata", record_id, values["url"], document_json(values))
        return item
