"""One archived record's payload, read back from the store by a ranged GET: the bytes a parser gets (transfer- and
content-encoding removed) and the Content-Type they were served with. Used by the extract step, the OCR of archived
images and cell provenance; `reader.read_record` gives the whole record with its digests checked."""

from __future__ import annotations

import io

from nianbao.archive import limits
from nianbao.parse import limits as parse_limits
from warcio.archiveiterator import ArchiveIterator


class RecordUnreadable(Exception):
    """A catalogued record could not be read back from the store."""


def read_payload(store, warc_key: str, offset: int, length: int) -> tuple[bytes, str | None]:
    """Read one record with a ranged GET; return its payload with transfer- and content-encoding removed,
    and the Content-Type of the HTTP response (or of the resource record)."""
    if length > limits.MAX_WARC_RECORD_READ_BYTES:
        raise RecordUnreadable(f"{warc_key}@{offset}: record of {length} bytes exceeds the read limit")
    raw = store.get_range(warc_key, offset, length)
    for record in ArchiveIterator(io.BytesIO(raw)):
        if record.rec_type not in ("response", "resource"):
            continue
        content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                        else record.rec_headers.get_header("Content-Type"))
        body = record.content_stream().read(parse_limits.MAX_DOCUMENT_BYTES + 1)
        return body, content_type
    raise RecordUnreadable(f"{warc_key}@{offset}+{length} holds no response record")
