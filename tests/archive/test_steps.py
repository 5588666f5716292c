"""Pipeline steps' pure parts: choosing the current version, folding edited versions and landing pages."""

from __future__ import annotations

from archive.steps import current_version, fold_landing_pages, holds_report_text

TABLES = {"active": {"regulations": {"made": 1}}, "applications": None, "review_litigation": None}
EMPTY = {"active": None, "applications": None, "review_litigation": None}


def _record(rid: str, url: str, *, tables=None, sections=None, published=None, duplicates=()) -> dict:
    return {"id": rid, "tables": tables or EMPTY, "sections": sections or {"1": ""}, "published": published,
            "title": f"title {rid}", "canonical": {"url": url, "captured_at": "2026-01-01T00:00:00Z"},
            "duplicates": [{"url": u, "captured_at": "2026-01-02T00:00:00Z", "similarity": 0.99} for u in duplicates]}


def test_landing_page_folds_into_its_attachments_record() -> None:
    page = _record("page", "http://a.gov.cn/show.asp?id=1", published="2020-03-10")
    pdf = _record("pdf", "http://a.gov.cn/up/1.pdf", tables=TABLES)
    other = _record("other", "http://a.gov.cn/show.asp?id=2")   # no attachment of its own: stays
    out = fold_landing_pages([page, pdf, other], {"http://a.gov.cn/show.asp?id=1": {"http://a.gov.cn/up/1.pdf"}})
    assert [r["id"] for r in out] == ["pdf", "other"]
    assert pdf["landing_pages"] == [{"url": "http://a.gov.cn/show.asp?id=1", "captured_at": "2026-01-01T00:00:00Z"}]
    assert pdf["published"] == "2020-03-10" and pdf["title"] == "title pdf"


def test_page_with_report_text_is_never_folded() -> None:
    page = _record("page", "http://a.gov.cn/1.html", sections={"1": "一、总体情况"})
    pdf = _record("pdf", "http://a.gov.cn/1.pdf", tables=TABLES)
    assert len(fold_landing_pages([page, pdf], {"http://a.gov.cn/1.html": {"http://a.gov.cn/1.pdf"}})) == 2
    assert holds_report_text(page) and not holds_report_text(_record("x", "u"))


def test_attachment_found_among_duplicates() -> None:
    page = _record("page", "http://a.gov.cn/p")
    cluster = _record("c", "http://city.gov.cn/copy.html", tables=TABLES, duplicates=["http://a.gov.cn/f.docx"])
    assert [r["id"] for r in fold_landing_pages([page, cluster], {"http://a.gov.cn/p": {"http://a.gov.cn/f.docx"}})] \
        == ["c"]


def test_current_version_is_the_first_capture_of_the_newest_content() -> None:
    def capture(at: str, digest: str, url: str = "http://a.gov.cn/r.html") -> dict:
        return {"url": url, "captured_at": at, "payload_digest": digest}

    chosen = capture("2025-01-01", "sha1:OLD")
    members = {"v2": (capture("2025-06-01", "sha1:NEW"), 0.99), "v2-revisit": (capture("2025-09-01", "sha1:NEW"), 1.0),
               "copy": (capture("2025-02-01", "sha1:OLD", "http://city.gov.cn/x.html"), 0.98)}
    assert current_version("v1", chosen, members) == ("v2", ["v1"])
    assert current_version("v1", chosen, {"copy": members["copy"]}) == ("v1", [])
