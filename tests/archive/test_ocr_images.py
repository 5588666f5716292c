"""The OCR step's limits on untrusted images and its refusals (archive/ocr_images.py), without an OCR engine."""

from __future__ import annotations

import io
from collections import Counter
from types import SimpleNamespace

import pytest
from nianbao.archive import ocr_images
from nianbao.archive.ocr_images import ImageRefused, OcrImagesStep, OcrStepConfig, check_image
from PIL import Image


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (width, height), 255).save(out, "PNG")
    return out.getvalue()


def test_images_are_checked_before_decoding() -> None:
    check_image(_png(40, 30), 10_000, 1200)
    for body, limit_bytes, limit_pixels, reason in [
            (b"<html>not an image</html>", 10_000, 10_000, "not_an_image"),
            (_png(40, 30), 10, 10_000, "too_large"),
            (_png(40, 31), 10_000, 1200, "too_many_pixels"),
            (b"\x89PNG\r\n\x1a\n" + bytes(20), 10_000, 10_000, "unreadable")]:
        with pytest.raises(ImageRefused, match=reason):
            check_image(body, limit_bytes, limit_pixels)


def _page(images: int):
    record = {"is_report": True, "template": "2021", "errors": [],
              "tables": {"active": None, "applications": None, "review_litigation": None}}
    html = "<div>" + "".join(f'<p><img src="./t{n}.png"></p>' for n in range(images)) + "</div>"
    extracted = SimpleNamespace(images=images, html=html)
    capture = SimpleNamespace(url="http://www.x.gov.cn/art/2024/1/2/a.html", record_id="<urn:uuid:1>")
    return record, extracted, capture


def test_without_the_ocr_extra_the_record_says_how_to_fix_it(monkeypatch) -> None:
    monkeypatch.setattr(ocr_images, "shared_engine", lambda: None)
    stats = Counter()
    step = OcrImagesStep(OcrStepConfig(enabled=True, max_images_per_page=2), None, None, stats)
    asked = []
    monkeypatch.setattr(step, "archived_images", lambda urls, rid: asked.extend(urls) or [{"url": u} for u in urls])
    record, extracted, capture = _page(images=5)
    step.apply(record, extracted, capture)
    assert asked == ["http://www.x.gov.cn/art/2024/1/2/t0.png", "http://www.x.gov.cn/art/2024/1/2/t1.png"]
    assert stats["extract/ocr_unavailable"] == 1 and "ocr" not in record
    (error,) = [e for e in record["errors"] if e["stage"] == "ocr"]
    assert error["message"].startswith("ocr_unavailable") and "nianbao[ocr]" in error["message"]


def test_off_or_tables_in_the_text_means_no_ocr(monkeypatch) -> None:
    stats = Counter()
    record, extracted, capture = _page(images=3)
    OcrImagesStep(OcrStepConfig(enabled=False), None, None, stats).apply(record, extracted, capture)
    record["tables"] = {"active": {}, "applications": {}, "review_litigation": {}}
    OcrImagesStep(OcrStepConfig(enabled=True), None, None, stats).apply(record, extracted, capture)
    assert not stats and not record["errors"]
    monkeypatch.setenv("NIANBAO_OCR", "off")
    assert OcrStepConfig().enabled is False


def test_refused_images_and_the_time_budget_are_counted(monkeypatch) -> None:
    stats = Counter()
    step = OcrImagesStep(OcrStepConfig(enabled=True), None, None, stats, engine=lambda png: [])
    monkeypatch.setattr(step, "archived_images", lambda urls, rid: [{"url": u} for u in urls])

    def refuse(engine, image):
        raise ImageRefused("too_many_pixels")
    monkeypatch.setattr(step, "ocr", refuse)
    record, extracted, capture = _page(images=2)
    step.apply(record, extracted, capture)
    assert stats["extract/ocr_images_refused/too_many_pixels"] == 2 and "ocr" not in record

    over = OcrImagesStep(OcrStepConfig(enabled=True, seconds_per_run=-1), None, None, stats, engine=lambda png: [])
    monkeypatch.setattr(over, "archived_images", lambda urls, rid: [{"url": u} for u in urls])
    record, extracted, capture = _page(images=2)
    over.apply(record, extracted, capture)
    assert stats["extract/ocr_over_budget"] == 1
    assert [e["message"] for e in record["errors"]] == [
        "OCR time budget spent (180 s per page, -1 s per run): the page's images from "
        "http://www.x.gov.cn/art/2024/1/2/t0.png on were not read"]
