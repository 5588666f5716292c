"""Suite-wide: OCR of tables published as images (archive/ocr_images.py) is off unless a test is marked `ocr`.
RapidOCR reads one sandbox table in ~2-20 s on a busy 2-core machine, and most pipeline tests crawl portals with
image-table reports; tests/e2e/test_ocr_pipeline.py covers the OCR path end to end on the fewest tables."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _ocr_only_where_asked(request, monkeypatch):
    if request.node.get_closest_marker("ocr") is None:
        monkeypatch.setenv("NIANBAO_OCR", "off")
    else:
        monkeypatch.delenv("NIANBAO_OCR", raising=False)
