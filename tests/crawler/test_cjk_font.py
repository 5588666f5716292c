"""Screenshots show Chinese, not boxes: a CJK font is found through fontconfig (as Chromium finds fonts), a
rendered Chinese string has real glyphs (two different characters draw differently; with the CJK font hidden
from fontconfig they draw as the same empty box), and without a font screenshots are refused, warned once and
counted."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
from pathlib import Path

import pytest
from nianbao.crawler import browser, fonts
from nianbao.crawler.crawl_main import chromium_executable
from nianbao.crawler.downloadermiddlewares.rendered import RenderedCaptureMiddleware

CHROMIUM = chromium_executable()
GLYPHS_PAGE = ("<html><body style='margin:0;background:#fff'>"
               "<span id='a' style='font-size:64px;color:#000'>政</span>"
               "<span id='b' style='font-size:64px;color:#000'>府</span></body></html>")


def latin_only_fontconfig(tmp: Path) -> Path:
    """A fontconfig file that sees only DejaVu (Latin): what a machine without a CJK font looks like."""
    conf = tmp / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
                    "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{tmp / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    return conf


def render_two_glyphs(env: dict) -> tuple[bytes, bytes]:
    """Screenshots of 政 and 府 as Chromium draws them under `env` (its fontconfig)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], env=env)
        try:
            page = chromium.new_page()
            page.set_content(GLYPHS_PAGE)
            return page.locator("#a").screenshot(), page.locator("#b").screenshot()
        finally:
            chromium.close()


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")
def test_rendered_chinese_has_glyphs(tmp_path) -> None:
    if not fonts.cjk_font_installed():
        pytest.skip(f"no CJK font: {fonts.INSTALL_HINT}")
    first, second = render_two_glyphs(dict(os.environ))
    assert first != second, "政 and 府 render the same: boxes, not glyphs"
    # the same check fails where fontconfig sees no CJK font: the test can tell glyphs from boxes
    conf = latin_only_fontconfig(tmp_path)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], env=env, capture_output=True, text=True).stdout
    assert listed.strip() == ""
    boxes = render_two_glyphs(env)
    assert boxes[0] == boxes[1]


def test_cjk_font_families_follow_fontconfig(tmp_path, monkeypatch) -> None:
    fonts.cjk_font_families.cache_clear()
    monkeypatch.setenv("FONTCONFIG_FILE", str(latin_only_fontconfig(tmp_path)))
    try:
        assert fonts.cjk_font_families() == () and not fonts.cjk_font_installed()
    finally:
        fonts.cjk_font_families.cache_clear()


def test_screenshots_refused_without_a_cjk_font(monkeypatch, caplog) -> None:
    monkeypatch.setattr(browser, "cjk_font_installed", lambda: False)
    assert asyncio.run(browser.viewport_screenshot(page=None)) is None     # the page is never asked

    class Stats:
        values: dict = {}

        def inc_value(self, key, n=1):
            self.values[key] = self.values.get(key, 0) + n

    middleware = RenderedCaptureMiddleware.__new__(RenderedCaptureMiddleware)
    middleware.stats, middleware.screenshots, middleware._warned = Stats(), False, False
    with caplog.at_level(logging.WARNING, logger="nianbao.crawler.downloadermiddlewares.rendered"):
        middleware._refuse_screenshot()
        middleware._refuse_screenshot()
    assert middleware.stats.values == {"browser/screenshots_refused/no_cjk_font": 2}
    assert [r.message for r in caplog.records].count(caplog.records[0].message) == 1
    assert "fonts-wqy-zenhei" in caplog.records[0].message
