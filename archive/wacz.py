"""WACZ 1.1.1 packages of the archive (`nianbao export --format wacz`).

    export(catalog, store, out_path, record_ids=None, crawl_id=None) -> Path

Without `record_ids`: every WARC file the catalog knows (or one crawl's), copied as they are from the store.
With `record_ids` (e.g. one report's captures from `provenance.lookup`): a new WARC holding exactly those records
(each a gzip member copied byte for byte with a ranged read), the originals their revisits refer to, and the
request and metadata records written with them, after a warcinfo record describing the selection.

Layout (webrecorder specs wacz/1.1.1): `archive/*.warc.gz` (ZIP_STORED so HTTP range reads work),
`indexes/index.cdx` (sorted CDXJ), `pages/pages.jsonl` (header line, then one page per HTML or document capture),
`datapackage.json` (sha256 and size of every file) and `datapackage-digest.json`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from nianbao.archive.catalog import Catalog
from nianbao.archive.warc import records
from nianbao.archive.warc.cdxj import index_warc, sorted_lines
from nianbao.archive.warc.gzipwriter import LevelWARCWriter
from nianbao.archive.warc.writer import SOFTWARE

WACZ_VERSION = "1.1.1"
PAGE_MIMES = ("text/html", "application/xhtml+xml", "application/pdf", "application/msword",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
_COPY = 1024 * 1024


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rfc3339(captured_at: str) -> str:
    return captured_at.replace(".000000Z", "Z")


class _HashingWriter:
    def __init__(self, out):
        self.out, self.sha256, self.size = out, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.out.write(data)
        self.sha256.update(data)
        self.size += len(data)


def _write_entry(zf: zipfile.ZipFile, path: str, chunks, stored: bool) -> dict:
    info = zipfile.ZipInfo(path, date_time=datetime.now(timezone.utc).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as out:
        hashing = _HashingWriter(out)
        for chunk in chunks:
            hashing.write(chunk)
    return {"name": path.rsplit("/", 1)[-1].lower(), "path": path, "hash": f"sha256:{hashing.sha256.hexdigest()}",
            "bytes": hashing.size}


def _stream_chunks(stream):
    with stream:
        while True:
            chunk = stream.read(_COPY)
            if not chunk:
                return
            yield chunk


REQUISITE_DEPTH = 3    # page → stylesheet → imported stylesheet → font; deeper @import chains are left out


def _selection(catalog: Catalog, record_ids: list[str]) -> list[dict]:
    """The captures asked for, their page requisites (so the package replays complete), the originals of
    revisits, and the records written with them
    (request via WARC-Concurrent-To and metadata via WARC-Refers-To are found by reading the same file)."""
    rows = {r["record_id"]: r for r in catalog.captures_by_ids(record_ids)}
    pages = {r["url"] for r in rows.values()}
    for _ in range(REQUISITE_DEPTH):       # the pages' requisites, then what their stylesheets pull in
        found = [r for r in catalog.captures_found_on(pages, "requisite") if r["record_id"] not in rows]
        rows.update((r["record_id"], r) for r in found)
        pages = {r["url"] for r in found}
    for row in list(rows.values()):
        if row["record_type"] == "revisit" and row["refers_to"] and row["refers_to"] not in rows:
            original = catalog.capture(row["refers_to"])
            if original:
                rows[original["record_id"]] = original
    return sorted(rows.values(), key=lambda r: (r["captured_at"], r["warc_key"], r["offset"]))


def _spans(catalog: Catalog, rows: list[dict]) -> list[tuple[str, int, int]]:
    """(key, offset, length) of every record to copy: each capture, then the request and metadata records
    linked to it (WARC-Concurrent-To / WARC-Refers-To)."""
    spans = []
    for row in rows:
        spans.append((row["warc_key"], row["offset"], row["length"]))
        spans += [(r["warc_key"], r["offset"], r["length"]) for r in catalog.linked_records(row["record_id"])]
    return list(dict.fromkeys(spans))


def _selected_warc(catalog: Catalog, store, rows: list[dict], name: str) -> bytes:
    buffer = io.BytesIO()
    writer = LevelWARCWriter(buffer)
    date = records.warc_date(datetime.now(timezone.utc))
    writer.write_record(records.warcinfo(name, [
        ("software", SOFTWARE), ("format", "WARC File Format 1.1"),
        ("description", f"nianbao export: {len(rows)} selected captures, copied byte for byte from the archive"),
        ("source", ", ".join(sorted({r['warc_key'] for r in rows})))], f"<urn:uuid:{uuid.uuid4()}>", date))
    for key, offset, length in _spans(catalog, rows):
        buffer.write(store.get_range(key, offset, length))
    return buffer.getvalue()


def _index_lines(store, key: str, name: str) -> list[str]:
    """The CDXJ stored beside the WARC (its `filename` is the WARC's base name, as in archive/); the WARC is
    read only when there is none."""
    cdxj_key = key[: -len(".warc.gz")] + ".cdxj"
    if store.exists(cdxj_key):
        with store.open(cdxj_key) as stream:
            return stream.read().decode("utf-8").splitlines(keepends=True)
    with store.open(key) as stream:
        return sorted_lines(index_warc(stream, name))


def _pages(catalog: Catalog, rows: list[dict]) -> list[dict]:
    titles = catalog.documents_for_records(r["record_id"] for r in rows)
    pages, seen = [], set()
    for row in sorted(rows, key=lambda r: r["captured_at"]):
        if row["record_type"] not in ("response", "revisit") or row["url"].startswith("urn:"):
            continue
        if row["status"] != 200:
            continue
        doc = titles.get(row["record_id"], {})
        mime = row["mime"] or ""
        if row["record_type"] == "response" and mime not in PAGE_MIMES and not doc:
            continue
        if row["url"] in seen:
            continue
        seen.add(row["url"])
        page = {"id": hashlib.sha1(row["record_id"].encode()).hexdigest()[:16], "url": row["url"],
                "ts": _rfc3339(row["captured_at"])}
        if doc.get("title"):
            page["title"] = doc["title"]
        pages.append(page)
    return pages


def export(catalog: Catalog, store, out_path: str | os.PathLike, record_ids: list[str] | None = None,
           crawl_id: str | None = None, title: str | None = None) -> Path:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".part")
    resources: list[dict] = []
    cdxj_lines: list[str] = []
    with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
        if record_ids is None:
            files = [f for f in catalog.warc_files() if crawl_id is None or f["crawl_id"] == crawl_id]
            rows = catalog.all_captures(crawl_id)
            for warc in files:
                name = warc["key"].rsplit("/", 1)[-1]
                resources.append(_write_entry(zf, f"archive/{name}", _stream_chunks(store.open(warc["key"])),
                                              stored=True))
                cdxj_lines += _index_lines(store, warc["key"], name)
            description = f"{len(files)} WARC files" + (f" of crawl {crawl_id}" if crawl_id else "")
        else:
            rows = _selection(catalog, list(record_ids))
            if not rows:
                raise ValueError("none of the given record ids is in the catalog")
            name = f"nianbao-export-{datetime.now(timezone.utc):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}.warc.gz"
            data = _selected_warc(catalog, store, rows, name)
            resources.append(_write_entry(zf, f"archive/{name}", [data], stored=True))
            cdxj_lines += sorted_lines(index_warc(io.BytesIO(data), name))
            description = f"{len(rows)} selected captures"
        cdxj_lines.sort(key=lambda s: s.encode("utf-8"))
        resources.append(_write_entry(zf, "indexes/index.cdx", [("".join(cdxj_lines)).encode("utf-8")],
                                      stored=False))
        pages = _pages(catalog, rows)
        header = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
        body = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in [header, *pages])
        resources.append(_write_entry(zf, "pages/pages.jsonl", [body.encode("utf-8")], stored=False))
        created = _now()
        package = {"profile": "data-package", "wacz_version": WACZ_VERSION,
                   "title": title or "nianbao archive export", "description": f"nianbao: {description}",
                   "created": created, "modified": created, "software": SOFTWARE, "resources": resources}
        if pages:
            package["mainPageUrl"], package["mainPageDate"] = pages[0]["url"], pages[0]["ts"]
        package_bytes = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")
        info = zipfile.ZipInfo("datapackage.json", date_time=datetime.now(timezone.utc).timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, package_bytes)
        digest = {"path": "datapackage.json", "hash": f"sha256:{hashlib.sha256(package_bytes).hexdigest()}"}
        info = zipfile.ZipInfo("datapackage-digest.json", date_time=datetime.now(timezone.utc).timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, json.dumps(digest).encode("utf-8"))
    os.replace(tmp, out_path)
    return out_path
