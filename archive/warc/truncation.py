"""`WARC-Truncated` (WARC 1.1 §5.13): a response record whose block is not the whole answer says why.

The crawler archives an answer whose body came shorter than its `Content-Length` (the server or a proxy closed the
connection early) rather than losing it; such a record carries `WARC-Truncated: disconnect` so that a reader knows
the payload is incomplete. (Revisits of the identical-payload profile carry `length`: records.revisit.)"""

from __future__ import annotations

TRUNCATED_FIELD = "WARC-Truncated"
DISCONNECT = "disconnect"                             # the connection ended before the answer did
REASONS = ("length", "time", "disconnect", "unspecified")   # the standard's values


def truncated_fields(reason: str | None) -> dict[str, str]:
    """The WARC header a response record written with `reason` gets (none for a whole answer)."""
    if reason is None:
        return {}
    if reason not in REASONS:
        raise ValueError(f"WARC-Truncated must be one of {', '.join(REASONS)} (WARC 1.1 §5.13), not {reason!r}")
    return {TRUNCATED_FIELD: reason}


def truncation_of(record) -> str | None:
    """Why a read record is truncated (its `WARC-Truncated` value), or None if it says it is whole: a warcio
    ArcWarcRecord (`rec_headers`) or an archive.warc.reader.RecordRead (`header()`)."""
    if hasattr(record, "rec_headers"):
        value = record.rec_headers.get_header(TRUNCATED_FIELD)
    else:
        value = record.header(TRUNCATED_FIELD)
    return value.strip() if value else None
