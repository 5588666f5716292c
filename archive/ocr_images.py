"""Tables published as images, read during `dedup`: a report page whose statistical tables are missing from its
text but whose content shows images gets its archived images (the page's requisites, role `requisite`, fetched by
the same crawl) OCR'd (parse/ocr_tables.py, RapidOCR from the optional `ocr` extra) and the tables rebuilt from
them merged into its record, every value marked with its confidence; values under a failing consistency rule are
withheld, never guessed.

Images are untrusted input: at most `limits.MAX_OCR_IMAGES_PER_PAGE` per page, each at most
`MAX_OCR_IMAGE_BYTES` and `MAX_OCR_IMAGE_PIXELS` (read from the header before decoding), a time budget per page
and per run. Every refusal is counted (`extract/ocr_*`) and recorded in the record's `errors` (stage `ocr`).
`NIANBAO_OCR=off` turns the step off (the pages keep their "table … may be published as an image" errors).
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field

from nianbao.archive import catalog, limits
from nianbao.parse.ocr_tables import (
    content_image_urls,
    merge_into_record,
    read_image_tables,
    tables_may_be_images,
)

log = logging.getLogger(__name__)

STAGE = "ocr"
ENGINE = "rapidocr-onnxruntime"
INSTALL_HINT = "install the `ocr` extra: pip install 'nianbao[ocr]' (rapidocr-onnxruntime; its models ship in the wheel)"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


def ocr_enabled_by_env() -> bool:
    return os.environ.get("NIANBAO_OCR", "auto").strip().lower() not in ("off", "0", "no", "false")


@dataclass
class OcrStepConfig:
    enabled: bool = field(default_factory=ocr_enabled_by_env)
    max_images_per_page: int = limits.MAX_OCR_IMAGES_PER_PAGE
    max_image_bytes: int = limits.MAX_OCR_IMAGE_BYTES
    max_image_pixels: int = limits.MAX_OCR_IMAGE_PIXELS
    seconds_per_page: float = limits.OCR_SECONDS_PER_PAGE
    seconds_per_run: float = limits.OCR_SECONDS_PER_RUN


class ImageRefused(Exception):
    """An image not handed to the engine; the message is the stats reason."""


class OcrImagesStep:
    """`apply(record, extracted, capture)`: OCR the page's archived table images into its record when its text
    says the tables are images. One engine per step (its models load once); one OCR per image payload."""

    def __init__(self, config: OcrStepConfig, conn: sqlite3.Connection, store, stats: Counter, engine=None):
        self.config, self.conn, self.store, self.stats = config, conn, store, stats
        self._engine = engine
        self._unavailable: str | None = None
        self._boxes_by_digest: dict[str, list] = {}
        self._spent = 0.0

    def apply(self, record: dict, extracted, capture) -> None:
        if not self.config.enabled or not tables_may_be_images(record, extracted.images):
            return
        urls = content_image_urls(extracted.html, capture.url)[:self.config.max_images_per_page]
        images = self.archived_images(urls, capture.record_id)
        if not images:
            self._error(record, "no_images", "the tables may be published as images, but none of the page's "
                        "images is archived (crawl with page requisites on: -s NIANBAO_REQUISITES=true)")
            return
        engine = self.engine()
        if engine is None:
            self._error(record, "unavailable", f"ocr_unavailable: tables published as images were not read; "
                        f"{INSTALL_HINT}")
            return
        started = time.monotonic()
        boxes, used = [], []
        for image in images:
            elapsed = time.monotonic() - started
            if elapsed > self.config.seconds_per_page or self._spent + elapsed > self.config.seconds_per_run:
                self._error(record, "over_budget", f"OCR time budget spent ({self.config.seconds_per_page:g} s per "
                            f"page, {self.config.seconds_per_run:g} s per run): the page's images from {image['url']} "
                            "on were not read")
                break
            try:
                found = self.ocr(engine, image)
            except ImageRefused as exc:
                log.warning("ocr: %s refused: %s", image["url"], exc)
                self.stats[f"extract/ocr_images_refused/{exc}"] += 1
                continue
            boxes.append(found)
            used.append({k: image[k] for k in ("url", "record_id", "captured_at", "payload_digest")})
        self._spent += time.monotonic() - started
        self.stats["extract/ocr_images"] += len(used)
        if not used:
            return
        template = record.get("template") if record.get("template") in ("2019", "2021") else None
        read = read_image_tables(boxes, template)
        filled = merge_into_record(record, read, used, ENGINE)
        self.stats["extract/ocr_pages"] += 1
        self.stats["extract/ocr_tables"] += len(filled)
        self.stats["extract/ocr_withheld"] += len((record.get("ocr") or {}).get("withheld") or [])
        if not filled:
            self._error(record, "no_tables", f"OCR of {len(used)} image(s) found no statistical table")

    # ---------------------------------------------------------------- the page's archived images

    def archived_images(self, urls: list[str], page_record_id: str) -> list[dict]:
        """Each URL's requisite capture, in the page's order: from the page's own crawl, else the latest one
        (a URL is fetched once per crawl, so an image shared by pages is captured via whichever came first)."""
        if not urls:
            return []
        crawl_id = catalog.crawl_of(self.conn, page_record_id)
        rows = catalog.requisite_captures(self.conn, urls)
        best: dict[str, tuple] = {}
        for r in rows:
            if r[0] not in best or best[r[0]][4] != crawl_id:     # same crawl wins, else the latest
                best[r[0]] = tuple(r)
        names = ("url", "record_id", "captured_at", "payload_digest", "crawl_id", "mime", "warc_key", "offset",
                 "length")
        return [dict(zip(names, best[u], strict=True)) for u in urls if u in best]

    def ocr(self, engine, image: dict) -> list:
        digest = image["payload_digest"]
        if digest and digest in self._boxes_by_digest:
            return self._boxes_by_digest[digest]
        from nianbao.archive.warc.payload import RecordUnreadable, read_payload

        if image["length"] > self.config.max_image_bytes + 64 * 1024:      # record headers on top of the payload
            raise ImageRefused("too_large")
        try:
            body, _ = read_payload(self.store, image["warc_key"], image["offset"], image["length"])
        except (RecordUnreadable, OSError) as exc:
            log.warning("ocr: %s unreadable: %s", image["url"], exc)
            raise ImageRefused("unreadable") from exc
        check_image(body, self.config.max_image_bytes, self.config.max_image_pixels)
        try:
            boxes = engine(body)
        except Exception as exc:   # noqa: BLE001 — one image the engine cannot read is counted and skipped
            log.warning("ocr: %s not read: %s: %s", image["url"], type(exc).__name__, exc)
            raise ImageRefused("engine_error") from exc
        if digest:
            self._boxes_by_digest[digest] = boxes
        return boxes

    def engine(self):
        if self._engine is None and self._unavailable is None:
            self._engine = shared_engine()
            if self._engine is None:
                self._unavailable = INSTALL_HINT
        return self._engine

    def _error(self, record: dict, reason: str, message: str) -> None:
        self.stats[f"extract/ocr_{reason}"] += 1
        record.setdefault("errors", []).append({"stage": STAGE, "message": message})


def check_image(body: bytes, max_bytes: int, max_pixels: int) -> None:
    """Refuse what is not an image we read, too many bytes, or too many pixels (from the header: nothing is
    decoded before the check)."""
    if len(body) > max_bytes:
        raise ImageRefused("too_large")
    if not body.startswith(_IMAGE_MAGIC):
        raise ImageRefused("not_an_image")
    from PIL import Image

    try:
        with Image.open(io.BytesIO(body)) as image:
            width, height = image.size
    except Exception as exc:   # noqa: BLE001 — Pillow raises many kinds for a broken header
        raise ImageRefused("unreadable") from exc
    if width * height > max_pixels:
        raise ImageRefused("too_many_pixels")


_SHARED: list = []


def shared_engine():
    """The RapidOCR engine, loaded once per process (its ONNX models take ~1 s to load); None without the extra."""
    if not _SHARED:
        try:
            from nianbao.parse.ocr_tables import rapidocr_engine

            _SHARED.append(rapidocr_engine())
        except ImportError:
            _SHARED.append(None)
    return _SHARED[0]
