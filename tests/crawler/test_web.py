"""The web view's parts (crawler/web). Replay (replay.py): every URL of an archived page points into the
archive or is dropped, scripts go, a cell locator marks the value (DOM path; PDF box); the CSP of replayed
responses. The region audit's crawl coverage cache (catalog_view.py)."""

from __future__ import annotations

from lxml import etree
from nianbao.crawler.web import replay

PAGE = """<?xml version="1.0" encoding="gbk"?>
<html><head><meta charset="gbk"><meta http-equiv="refresh" content="0;url=http://evil.example/">
<base href="http://www.x.gov.cn/a/"><link rel="stylesheet" href="s.css">
<style>body{background:url('/bg.png')} @import "other.css";</style><script>alert(1)</script></head>
<body onload="alert(2)"><a href="b.html">相对</a> <a href="https://other.gov.cn/c?x=1">绝对</a>
<a href="javascript:alert(3)">js</a> <a href="mailto:a@b.cn">mail</a> <img src="//cdn.x.gov.cn/i.png" srcset="1.png 1x, 2.png 2x">
<form action="/search"><input name="q"></form><div style="background:url(p.gif)">x</div>
<table><tbody><tr><td>新收</td><td>合计 12 件</td></tr></tbody></table></body></html>"""


def _root(html: bytes):
    return etree.fromstring(html.decode("utf-8"), etree.HTMLParser())


def test_every_url_points_into_the_archive_and_scripts_are_gone() -> None:
    body, placed = replay.rewrite_html(PAGE.encode("gbk"), "text/html; charset=gbk", "http://www.x.gov.cn/p.html",
                                       "20240301000000")
    text = body.decode("utf-8")
    assert not placed
    assert "<script" not in text and "onload" not in text and "evil.example" not in text and "<base" not in text
    assert 'href="/replay/20240301000000/http://www.x.gov.cn/a/b.html"' in text          # <base> honoured
    assert 'href="/replay/20240301000000/https://other.gov.cn/c?x=1"' in text
    assert 'src="/replay/20240301000000/http://cdn.x.gov.cn/i.png"' in text
    assert "/replay/20240301000000/http://www.x.gov.cn/a/1.png 1x" in text
    assert 'action="/replay/20240301000000/http://www.x.gov.cn/search"' in text
    assert 'url("/replay/20240301000000/http://www.x.gov.cn/bg.png")' in text
    assert '@import "/replay/20240301000000/http://www.x.gov.cn/a/other.css"' in text
    assert 'url("/replay/20240301000000/http://www.x.gov.cn/a/p.gif")' in text
    assert "javascript:" not in text and "mailto:" not in text
    assert "相对" in text and "charset=gbk" not in text.lower()


def test_a_locator_marks_the_value_inside_its_cell() -> None:
    html = PAGE.encode("gbk")
    root = etree.fromstring(replay._XML_DECL.sub("", PAGE), etree.HTMLParser(remove_comments=True))
    cell = root.xpath("//td")[1]
    path = root.getroottree().getpath(cell)          # what parse/locators.py records: /html/body/table/tbody/tr/td[2]
    body, placed = replay.rewrite_html(html, "text/html; charset=gbk", "http://www.x.gov.cn/p.html",
                                       "20240301000000", highlight=(path, "12"))
    assert placed
    mark = _root(body).xpath(f"//*[@id='{replay.HIGHLIGHT_ID}']")
    assert len(mark) == 1 and mark[0].tag == "mark" and mark[0].text == "12"
    assert "".join(mark[0].getparent().itertext()) == "合计 12 件"       # the cell's text is unchanged around it


def test_a_locator_that_does_not_resolve_marks_nothing() -> None:
    for path in ("/html/body/table/tr[9]/td", "//td", "/html/body/*", "count(//td)", ""):
        body, placed = replay.rewrite_html(PAGE.encode("gbk"), "text/html; charset=gbk", "http://www.x.gov.cn/",
                                           "2024", highlight=(path, "12"))
        assert not placed and replay.HIGHLIGHT_ID not in body.decode("utf-8"), path


def test_replay_headers_sandbox_the_document_and_allow_only_the_archive() -> None:
    csp = replay.replay_headers("http://127.0.0.1:8000")["Content-Security-Policy"]
    directives = dict((d.split(" ", 1) + [""])[:2] for d in csp.split("; "))
    assert directives["sandbox"] == ""                              # no allow-same-origin, no allow-scripts
    assert directives["default-src"] == "'none'" and directives["script-src"] == "'none'"
    for name in ("img-src", "style-src", "font-src", "frame-src"):
        origins = [s for s in directives[name].split() if not s.startswith("'") and s != "data:"]
        assert origins == ["http://127.0.0.1:8000/replay/"], (name, origins)


def test_kinds() -> None:
    assert replay.kind_of("text/html; charset=gbk", b"") == "html"
    assert replay.kind_of("", b"<!DOCTYPE html><html>") == "html"
    assert replay.kind_of("image/svg+xml", b"<svg") == "other"      # SVG may carry scripts: never inline
    assert replay.kind_of("application/octet-stream", b"%PDF-1.7") == "pdf"


def test_a_pdf_locator_boxes_the_cell_on_its_page() -> None:
    import io

    from PIL import Image
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(600, 800))
    pdf.drawString(100, 700, "12")
    pdf.save()
    png = replay.pdf_page_with_box(buffer.getvalue(), 1, [95, 695, 120, 712], scale=1.0)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (600, 800)
    assert image.getpixel((93, 800 - 703)) == (208, 0, 0)           # the box's left edge, beside the value
    assert image.getpixel((300, 400)) == (255, 255, 255)            # nothing drawn elsewhere


def test_region_audit_coverage_is_kept_and_refreshed_behind_an_expired_value(tmp_path) -> None:
    import sqlite3
    import time

    from nianbao.archive.catalog import Catalog
    from nianbao.crawler.web.catalog_view import CatalogView, RegionAudit

    Catalog(tmp_path / "catalog.sqlite").close()

    def add_capture(n: int) -> None:
        conn = sqlite3.connect(tmp_path / "catalog.sqlite")
        conn.execute("INSERT INTO captures (record_id, warc_key, offset, length, record_type, url, captured_at, "
                     "warc_date, crawl_id, portal_id) VALUES (?, 'w', 0, 1, 'response', 'http://a/', "
                     "'2024-01-01T00:00:00.000000Z', '2024-01-01T00:00:00Z', ?, 'p')", (f"<r{n}>", f"c{n}"))
        conn.commit()
        conn.close()

    add_capture(1)
    coverage = RegionAudit(CatalogView(tmp_path / "catalog.sqlite")).coverage
    assert coverage.get()["p"].captures == 1
    add_capture(2)
    assert coverage.get()["p"].captures == 1                   # kept within the TTL
    coverage.ttl_s = 0
    assert coverage.get()["p"].captures == 1                   # expired: served while a thread refreshes it
    for _ in range(100):
        if coverage.get()["p"].captures == 2:
            break
        time.sleep(0.05)
    assert coverage.get()["p"].captures == 2
