"""The item the spider yields for each classified document. The capture pipeline (crawler/extensions/warcwriter.py) turns it
into the classification `metadata` record of docs/INTERNALS.md (`WARC-Refers-To` = `record_id`).

When crawler/extensions/warcwriter.py defines `DocumentItem` that class is used; this dataclass is the shape the spider
fills in until then (same field names as the INTERNALS JSON body)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = ("report", "attachment", "not_report")


@dataclass
class _DocumentItem:
    url: str
    kind: str                       # report | attachment | not_report
    portal_id: str
    record_id: str | None = None    # WARC-Record-ID of the response this classifies (request meta nianbao_record_id)
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    published: str | None = None    # YYYY-MM-DD
    site_id_code: str | None = None
    found_on: str | None = None     # the page the link was found on (nianbao_via)
    parent_url: str | None = None   # for attachments: the report page
    reason: str | None = None       # why it is (not) a report
    hops: str = ""                  # hop path from the seed (L/X/E/R/S letters)
    format: str | None = None       # html | pdf | doc | docx | …

    def as_json(self) -> dict:
        return asdict(self)


try:  # the archive helper's class, when it exists
    from crawler.extensions.warcwriter import DocumentItem  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - until crawler/extensions/warcwriter.py lands
    DocumentItem = _DocumentItem
