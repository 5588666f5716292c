"""Provenance of a report: every capture, where its bytes are, how the crawler found it, and a digest check.

    captures = lookup(catalog, store, query, verify=True)   # -> list[CaptureInfo], oldest first
    print(format_table(captures))                           # `nianbao provenance QUERY`
    json.dumps([c.to_dict() for c in captures])             # `nianbao provenance QUERY --json`

QUERY is
  - a URL (http(s)://… or urn:…): every capture of that URL;
  - "AGENCY-OR-REGION YEAR" (last word a 4-digit year): report documents of that year whose agency or title
    contains the term, or whose portal id / site id code is the term, and parsed reports (`nianbao parse`) of
    that year whose region code is the term or whose agency contains it; then every capture of their URLs and
    of their attachments (documents whose parent_url is one of them);
  - a WARC record id (<urn:uuid:…>): that capture;
  - otherwise a report id from `nianbao parse` (the `reports` table): its canonical URL, duplicates and
    previous versions.
With `verify`, each record is fetched with one ranged read from the store and its block and payload digests are
checked (`verified` True/False, `problem` says what failed); a revisit is also checked to point at a capture the
catalog knows. `store` may be None when `verify` is False.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from nianbao.archive.catalog import Catalog
from nianbao.archive.store import StoreError
from nianbao.archive.warc.reader import RecordError, read_record

_YEAR_QUERY = re.compile(r"^(?P<term>.+?)\s+(?P<year>(19|20)\d{2})年?$")


@dataclass
class CaptureInfo:
    record_id: str
    url: str
    captured_at: str
    record_type: str
    status: int | None
    mime: str | None
    payload_digest: str | None
    warc_key: str
    offset: int
    length: int
    crawl_id: str | None
    portal_id: str | None
    via: str | None
    hops: str | None
    role: str | None
    capture_method: str | None
    refers_to: str | None = None
    revisit_profile: str | None = None
    truncated: str | None = None     # WARC-Truncated: the answer was cut short (archive/warc/truncation.py)
    kind: str | None = None          # report | attachment | not_report (classification record)
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    verified: bool | None = None     # None: not checked
    problem: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def how_found(self) -> str:
        parts = []
        if self.role:
            parts.append(self.role)
        if self.hops is not None:
            parts.append(f"hops={self.hops or '-'}")
        if self.via:
            parts.append(f"via {self.via}")
        if self.record_type == "revisit":
            profile = (self.revisit_profile or "").rsplit("/", 1)[-1]
            parts.append(f"revisit ({profile}) of {self.refers_to}")
        return ", ".join(parts) or "seed"


def _query_urls(catalog: Catalog, query: str) -> list[str] | None:
    """URLs a query names; None when the query is a record id."""
    query = query.strip()
    if re.match(r"^(https?://|urn:)", query, re.I):
        return [query]
    if query.startswith("<urn:uuid:") or query.startswith("urn:uuid:"):
        return None
    match = _YEAR_QUERY.match(query)
    if match:
        term, year = match.group("term").strip(), int(match.group("year"))
        urls = [d["url"] for d in catalog.documents_matching(term, year)]
        urls += catalog.reports_matching(term, year)   # region codes are known once reports are parsed
        if urls:
            urls += catalog.attachment_urls(urls)
        return list(dict.fromkeys(urls))
    return catalog.report_urls(query)


def lookup(catalog: Catalog, store, query: str, verify: bool = True) -> list[CaptureInfo]:
    urls = _query_urls(catalog, query)
    if urls is None:
        record_id = query.strip()
        if not record_id.startswith("<"):
            record_id = f"<{record_id}>"
        rows = catalog.captures_by_ids([record_id])
    else:
        rows = catalog.captures_for_urls(urls)
    documents = catalog.documents_for_records(r["record_id"] for r in rows)
    captures = []
    for row in rows:
        doc = documents.get(row["record_id"], {})
        info = CaptureInfo(
            record_id=row["record_id"], url=row["url"], captured_at=row["captured_at"],
            record_type=row["record_type"], status=row["status"], mime=row["mime"],
            payload_digest=row["payload_digest"], warc_key=row["warc_key"], offset=row["offset"],
            length=row["length"], crawl_id=row["crawl_id"], portal_id=row["portal_id"], via=row["via"],
            hops=row["hops"], role=row["role"], capture_method=row["capture_method"], refers_to=row["refers_to"],
            revisit_profile=row["revisit_profile"], truncated=row["truncated"], kind=doc.get("kind"), title=doc.get("title"),
            agency=doc.get("agency"), year=doc.get("year"))
        if verify:
            verify_capture(catalog, store, info)
        captures.append(info)
    return captures


def verify_capture(catalog: Catalog, store, info: CaptureInfo) -> None:
    """Ranged read of the record; check it is the indexed record and its digests match."""
    try:
        record = read_record(store, info.warc_key, info.offset, info.length)
    except (StoreError, RecordError, OSError) as exc:
        info.verified, info.problem = False, str(exc)
        return
    problems = list(record.problems)
    if record.record_id != info.record_id:
        problems.append(f"found record {record.record_id} at {info.warc_key}@{info.offset}, not {info.record_id}")
    if info.payload_digest and record.header("WARC-Payload-Digest") != info.payload_digest:
        problems.append("payload digest differs from the catalog")
    if info.record_type == "revisit" and info.refers_to and catalog.capture(info.refers_to) is None:
        problems.append(f"revisit refers to {info.refers_to}, which the catalog does not hold")
    info.verified = not problems
    info.problem = "; ".join(problems) or None


def format_table(captures: list[CaptureInfo]) -> str:
    """Human-readable listing: one block per capture."""
    if not captures:
        return "no captures"
    blocks = []
    for c in captures:
        check = {True: "OK", False: f"FAILED: {c.problem}", None: "not checked"}[c.verified]
        title = f"  {c.kind or '-'}: {c.title}" if c.title or c.kind else ""
        cut = (f"    CUT SHORT  WARC-Truncated: {c.truncated} (the payload is not the whole answer)\n"
               if c.truncated else "")
        blocks.append(
            f"{c.captured_at}  {c.status if c.status is not None else '-'}  {c.record_type:<8} {c.url}{title}\n"
            f"{cut}"
            f"    digest   {c.payload_digest or '-'}   ({c.mime or '-'})\n"
            f"    warc     {c.warc_key}  offset {c.offset}  length {c.length}\n"
            f"    found    {c.how_found}  [portal {c.portal_id or '-'}, crawl {c.crawl_id or '-'}, "
            f"{c.capture_method or '-'}]\n"
            f"    record   {c.record_id}  fixity {check}")
    return "\n".join(blocks)
