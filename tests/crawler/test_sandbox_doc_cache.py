"""The sandbox's disk cache of rendered documents (crawler/sandbox/doc_cache.py) gives back the same bytes."""

from __future__ import annotations

from crawler.sandbox import build_sandbox
from crawler.sandbox.documents import report_docx, report_pdf, table_png


def test_cached_documents_are_the_rendered_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_SANDBOX_CACHE", str(tmp_path / "cache"))
    report = next(r for r in build_sandbox(portals=1, news_per_portal=0).reports if r.template != "pre2019")
    other = next(r for r in build_sandbox(portals=1, news_per_portal=0).reports
                 if r.template != "pre2019" and r.key != report.key)
    grid = report.grids()["3"]
    first = (report_pdf(report), report_docx(report), report_docx(report, merge_rows=False), table_png(grid))
    assert len(list((tmp_path / "cache").rglob("*.*"))) == 4          # one file per document
    again = (report_pdf(report), report_docx(report), report_docx(report, merge_rows=False), table_png(grid))
    assert again == first                                              # read back
    assert first == (report_pdf.uncached(report), report_docx.uncached(report),
                     report_docx.uncached(report, merge_rows=False), table_png.uncached(grid))
    assert report_pdf(other) != first[0]                               # keyed by content


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_SANDBOX_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    report = build_sandbox(portals=1, news_per_portal=0).reports[0]
    assert report_pdf(report).startswith(b"%PDF")
    assert not list(tmp_path.rglob("*.pdf"))
