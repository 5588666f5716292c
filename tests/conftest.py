"""Suite-wide: OCR of tables published as images (archive/ocr_images.py) is off unless a test is marked `ocr`.
RapidOCR reads one sandbox table in ~2-20 s on a busy 2-core machine, and most pipeline tests crawl portals with
image-table reports; tests/e2e/test_ocr_pipeline.py covers the OCR path end to end on the fewest tables.

Set in a hook that runs before any fixture of the test, module- and session-scoped ones included: an autouse
fixture came after those, so the module fixtures that crawl and dedup (tests/e2e) OCR'd every image table. A
module-scoped fixture follows the marker of the first test that uses it: mark `ocr` on the whole module."""

from __future__ import annotations

import os

import pytest

_GIVEN = os.environ.get("NIANBAO_OCR")     # what the shell set, put back when the session ends


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item) -> None:
    if item.get_closest_marker("ocr") is None:
        os.environ["NIANBAO_OCR"] = "off"
    else:
        os.environ.pop("NIANBAO_OCR", None)


def pytest_sessionfinish(session) -> None:
    if _GIVEN is None:
        os.environ.pop("NIANBAO_OCR", None)
    else:
        os.environ["NIANBAO_OCR"] = _GIVEN
