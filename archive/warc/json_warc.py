"""Small WARC files of nianbao's own: a warcinfo record and one JSON metadata record (a crawl's configuration,
archive/warc/crawl_config.py; a run's record, archive/warc/run_records.py), stored with their CDXJ beside them and
ingested like any WARC.

    data = build_json_warc(key, crawl_id, description, uri, content_type, document)   # bytes of a .warc.gz
    store_json_warc(store, catalog, key, data)                                          # store, CDXJ, ingest
"""

from __future__ import annotations

import io
import json
import uuid
from datetime import datetime, timezone

from warcio.recordbuilder import RecordBuilder
from warcio.warcwriter import WARCWriter


def build_json_warc(key: str, crawl_id: str, description: str, uri: str, content_type: str, document: dict,
                    record_id: str | None = None, info_id: str | None = None,
                    date: datetime | None = None) -> bytes:
    """A gzipped WARC 1.1: warcinfo, then `document` as sorted JSON in a metadata record for `uri` (ids and date
    may be fixed for tests)."""
    when = (date or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    builder = RecordBuilder(warc_version="1.1")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    info = builder.create_warcinfo_record(key.rsplit("/", 1)[1], {
        "software": "nianbao", "format": "WARC File Format 1.1", "crawl-id": crawl_id, "description": description})
    info.rec_headers.replace_header("WARC-Record-ID", info_id or f"<urn:uuid:{uuid.uuid4()}>")
    info.rec_headers.replace_header("WARC-Date", when)
    writer.write_record(info)
    body = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    record = builder.create_warc_record(
        uri, "metadata", payload=io.BytesIO(body), length=len(body), warc_content_type=content_type,
        warc_headers_dict={"WARC-Record-ID": record_id or f"<urn:uuid:{uuid.uuid4()}>", "WARC-Date": when})
    writer.write_record(record)
    return out.getvalue()


def store_json_warc(store, catalog, key: str, data: bytes) -> str:
    """Write the WARC and its CDXJ (like every WARC in the store) and ingest it; returns the key."""
    from nianbao.archive.warc.cdxj import index_warc, sorted_lines

    cdxj = "".join(sorted_lines(index_warc(io.BytesIO(data), key.rsplit("/", 1)[1])))
    store.put_bytes(key, data)
    store.put_bytes(key[: -len(".warc.gz")] + ".cdxj", cdxj.encode("utf-8"))
    catalog.ingest_warc(key, io.BytesIO(data))
    return key
