"""The item the spider yields for each classified document (crawler/spiders/portal.py). The pipeline
crawler/pipelines/documents.py turns it into the classification `metadata` record of docs/INTERNALS.md
(`WARC-Refers-To` = `record_id`; JSON body `document_json`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

KINDS = ("report", "attachment", "not_report")


@dataclass
class DocumentItem:
    """The spider's verdict on one captured document: becomes a `nianbao-document` metadata record
    (`WARC-Refers-To` = `record_id`, the response or revisit record of `url`)."""
    url: str
    kind: str                       # report | attachment | not_report
    portal_id: str | None = None
    record_id: str | None = None    # request meta nianbao_record_id
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    published: str | None = None    # YYYY-MM-DD
    site_id_code: str | None = None
    found_on: str | None = None     # the page the link was found on
    parent_url: str | None = None   # attachments: the report page
    reason: str | None = None       # why it is (not) a report
    hops: str = ""                  # hop path from the seed
    link_text: str | None = None    # the anchor text of the link that led here (parse weighs it)
    column_text: str | None = None  # the anchor text of the column (年报 list) the link was found in
    format: str | None = None       # html | pdf | doc | docx | ...
    partial: bool = False           # the answer came shorter than its Content-Length: text may be cut off

    def as_json(self) -> dict:
        return document_json(asdict(self))


DOCUMENT_JSON_FIELDS = tuple(f.name for f in fields(DocumentItem) if f.name not in ("url", "record_id"))


def document_json(values: dict) -> dict:
    """The JSON body of the classification record (INTERNALS fields; `hops`, `format` as extras)."""
    return {name: values.get(name) for name in DOCUMENT_JSON_FIELDS}

