"""Cell-level provenance over the catalog: the long `cells` export and `nianbao provenance REPORT --cell KEY`.

Each non-null table value of a report is one row: report id, key (the flat export's column name, e.g.
`applications.new_received.total`), value, its locator in the document (parse/locators.py) and the capture
holding the document (WARC file, offset, length, record id, URL, time, payload digest). The locators come from
the parse of the report's canonical document (`parsed_documents._locators`); the WARC record is the source of
truth, and `check_cell` re-reads it, checks its digests and resolves the locator back to the value. When the
document is a member of a captured zip archive (archive/members.py), the locator names the `member` too: the cell
is in that member of the record's payload. A cell of a later page of an article cut into pages (its locator's
`article_page`) is in that page's capture (`continuation_pages`), which its row names.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nianbao.archive import catalog, derived
from nianbao.archive.members import member_bytes, split_document_id
from nianbao.parse.cell_reading import resolve, row_snippet
from nianbao.parse.export import table_cells
from nianbao.parse.locators import number_span
from nianbao.parse.values import parse_value

CELL_FIELDS = ("report_id", "key", "value", "locator_kind", "locator", "url", "captured_at", "warc", "offset",
               "length", "record_id", "payload_digest", "content_type")

def report_cells(conn: sqlite3.Connection, report_id: str | None = None) -> Iterator[dict]:
    for rid, report, parsed, canonical_id in derived.reports_with_parse(conn, report_id):
        locators = parsed.get("_locators") or {}
        record_id, member = split_document_id(canonical_id)
        capture = catalog.payload_capture(conn, record_id) or {}
        ocr = report.get("ocr") or {}
        for key, value in table_cells(report.get("tables")).items():
            if value is None:
                continue
            locator, source = locators.get(key), capture
            if locator is not None and member:
                locator = {**locator, "member": member}
            if locator is not None and locator.get("article_page"):
                source = _article_page_capture(conn, report, locator["article_page"])
            if locator is None and key in (ocr.get("values") or {}):
                locator, source = _image_locator(conn, ocr, key)
            yield {"report_id": rid, "key": key, "value": value,
                   "locator_kind": locator.get("kind") if locator else None,
                   "locator": json.dumps(locator, ensure_ascii=False) if locator else None,
                   **{k: source.get(k) for k in ("url", "captured_at", "warc", "offset", "length", "record_id",
                                                 "payload_digest")},
                   "content_type": parsed.get("_content_type") if source is capture else None}


def _article_page_capture(conn: sqlite3.Connection, report: dict, page: int) -> dict:
    """The capture of page `page` (2, 3, …) of a report article cut into pages, whose cell a locator names: the
    record's `continuation_pages` list the later pages in order (archive/extract.py)."""
    pages = report.get("continuation_pages") or []
    if not isinstance(page, int) or not 2 <= page <= len(pages) + 1:
        return {}
    return catalog.payload_capture(conn, pages[page - 2]["record_id"]) or {}


def _image_locator(conn: sqlite3.Connection, ocr: dict, key: str) -> tuple[dict, dict]:
    """A value read by OCR sits in an archived image, not in the page: the locator names the image and the box
    the engine read it from, with its confidence; the capture is the image's own record."""
    value = ocr["values"][key]
    images = ocr.get("images") or []
    index = value.get("image")
    image = images[index] if isinstance(index, int) and 0 <= index < len(images) else {}
    locator = {"kind": "image", "image_url": image.get("url"), "bbox": value.get("bbox"),
               "confidence": value.get("confidence"), "engine": ocr.get("engine")}
    capture = {}
    if image.get("record_id"):
        capture = catalog.payload_capture(conn, image["record_id"]) or {}
    return locator, capture


def write_cells(rows: list[dict], out: str | Path) -> tuple[Path, Path]:
    """cells.csv and cells.parquet in the folder `out`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "cells.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CELL_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    types = {"value": pa.float64(), "offset": pa.int64(), "length": pa.int64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in CELL_FIELDS])
    table = pa.table({name: [row[name] for row in rows] for name in CELL_FIELDS}, schema=schema)
    pq.write_table(table, folder / "cells.parquet")
    return folder / "cells.csv", folder / "cells.parquet"


@dataclass
class CellCheck:
    row: dict
    cell_text: str | None = None        # what the locator resolves to in the archived bytes
    snippet: str | None = None
    digest_ok: bool = False
    value_ok: bool = False
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.digest_ok and self.value_ok


def value_at(text: str, locator: dict) -> float | None:
    """The number at the locator's span of a cell's text."""
    start, end = locator.get("span") or number_span(text)
    parsed = parse_value(text[start:end])
    return parsed.value if parsed is not None and isinstance(parsed.value, (int, float)) else None


def value_matches(found: float | None, value: float, key: str) -> bool:
    if found is None:
        return False
    if key.endswith("amount_wan"):      # amounts may be printed in 元 and exported in 万元
        return any(abs(found * scale - value) < 1e-6 * max(1.0, abs(value)) for scale in (1, 1e-4))
    return found == value


def check_cell(store, row: dict, payload: tuple[bytes, str | None] | None = None, record=None,
               snippet: bool = True) -> CellCheck:
    """Re-read the capture (digest check) and resolve the locator back to the value. `payload` and `record`
    (read_payload's and read_record's results for this row's capture) spare re-reading a document per cell."""
    from nianbao.archive.warc.payload import RecordUnreadable, read_payload
    from nianbao.archive.warc.reader import RecordError, read_record

    check = CellCheck(row)
    problems = []
    if not row.get("locator"):
        return CellCheck(row, problems=("no locator for this cell",))
    try:
        record = record or read_record(store, row["warc"], row["offset"], row["length"])
        check.digest_ok = record.ok and record.record_id == row["record_id"]
        problems += record.problems
        if record.record_id != row["record_id"]:
            problems.append(f"found record {record.record_id}, not {row['record_id']}")
        body, content_type = payload or read_payload(store, row["warc"], row["offset"], row["length"])
    except (RecordError, OSError, Exception) as exc:   # noqa: BLE001 — any unreadable record is a failed check
        return CellCheck(row, problems=(f"record unreadable: {exc}",))
    locator = json.loads(row["locator"])
    if locator.get("member"):
        try:     # the document is a member of the zip archive the record holds (its bytes say its format)
            body, content_type = member_bytes(body, locator["member"], row["warc"]), None
        except RecordUnreadable as exc:
            return CellCheck(row, problems=(str(exc),))
    if locator.get("kind") == "image":
        # pixels, not text: what can be checked is that the archived bytes are the image the engine read
        check.value_ok = check.digest_ok and bool(body)
        check.cell_text = f"read by {locator.get('engine')} at {locator.get('bbox')}, confidence {locator.get('confidence')}"
        check.problems = tuple(problems)
        return check
    check.cell_text = resolve(body, content_type, locator)
    if check.cell_text is None:
        problems.append("the locator does not resolve in the archived document")
    else:
        check.value_ok = value_matches(value_at(check.cell_text, locator), row["value"], row["key"])
        if not check.value_ok:
            problems.append(f"the located cell reads {check.cell_text!r}, not {row['value']}")
        check.snippet = row_snippet(body, content_type, locator) if snippet else None
    check.problems = tuple(problems)
    return check


def format_check(check: CellCheck) -> str:
    row = check.row
    locator = json.loads(row["locator"]) if row.get("locator") else {}
    where = {"html": lambda: f"HTML cell {locator.get('dom_path')}",
             "pdf": lambda: f"PDF page {locator.get('page')}, bbox {locator.get('bbox')}",
             "docx": lambda: f"DOCX table {locator.get('table')}, row {locator.get('row')}, col {locator.get('col')}",
             "text": lambda: "text of a table flattened to lines (no cell structure)",
             "image": lambda: f"image {locator.get('image_url')}, box {locator.get('bbox')} (OCR, confidence "
                              f"{locator.get('confidence')})"}.get(
        locator.get("kind"), lambda: "no locator")()
    lines = [f"{row['report_id']}  {row['key']} = {row['value']}",
             f"  at:       {where}; characters {locator.get('span')} of {locator.get('text')!r}",
             f"  capture:  {row['url']} captured {row['captured_at']}",
             f"            {row['warc']} offset {row['offset']} length {row['length']} {row['record_id']}",
             *([f"  file:     {locator['member']} in that zip archive"] if locator.get("member") else []),
             f"  snippet:  {check.snippet or '—'}",
             f"  digests:  {'OK (block and payload digests match the WARC headers)' if check.digest_ok else 'FAILED'}",
             f"  value:    {'OK: the archived cell reads ' + repr(check.cell_text) if check.value_ok else 'FAILED'}"]
    lines += [f"  problem:  {p}" for p in check.problems]
    return "\n".join(lines)
