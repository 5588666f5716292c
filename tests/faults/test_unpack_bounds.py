"""Every archive format nianbao opens is bounded while it is unpacked (parse/unpack.py): the document is
refused with a recorded `unpack` error, quickly and in little memory, and the exit status says so."""

from __future__ import annotations

import json
import resource
import time

import pytest
from nianbao.archive import limits as archive_limits
from nianbao.archive.warc.reader import RecordRead, decoded_payload
from nianbao.crawler.app.cli import EXIT_PROBLEMS, main
from nianbao.parse import limits
from nianbao.parse.report import parse_report
from nianbao.parse.text import extract_text

from tests.faults import hostile

OVER = limits.MAX_UNPACKED_PART_BYTES + 8 * hostile.MB   # just past the per-part bound: small to make


def unpack_errors(extracted) -> list[str]:
    return [e["message"] for e in extracted.errors if e["stage"] == "unpack"]


@pytest.mark.parametrize("make, name", [
    (lambda: hostile.docx_bomb(OVER), "bomb.docx"),
    (lambda: hostile.zip_of_many_files(limits.MAX_ARCHIVE_MEMBERS + 1), "many.docx"),
    (lambda: hostile.ofd_bomb(OVER), "bomb.ofd"),
    (lambda: hostile.pdf_bomb(OVER), "bomb.pdf"),
    (lambda: hostile.pdf_double_flate_bomb(OVER), "double.pdf"),
    (lambda: hostile.pdf_many_streams(limits.MAX_UNPACKED_BYTES // (24 * hostile.MB) + 1, 24 * hostile.MB),
     "many.pdf"),
])
def test_bombs_are_refused_while_unpacking(make, name) -> None:
    data = make()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    extracted = extract_text(data, None, f"http://www.example.gov.cn/{name}")
    assert unpack_errors(extracted), extracted.errors
    assert extracted.text == ""
    assert time.monotonic() - started < 10
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 200, grown_mib      # a parse of the inflated part takes several times its size


def test_a_zip_whose_headers_lie_is_refused_before_it_is_inflated() -> None:
    """zipfile's read() inflates a member whole before cutting it to the declared size: 2 GB for 1.5 GB."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    extracted = extract_text(hostile.docx_lying_sizes(OVER * 2), None, "lying.docx")
    assert any("headers that lie" in m for m in unpack_errors(extracted)), extracted.errors
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 40


def test_a_nested_zip_bomb_is_bounded_over_all_levels() -> None:
    """Three zips inside a zip, each 48 MiB unpacked (within the 128 MiB bound alone, not together): the third is
    left before it is inflated, the members before it read."""
    from nianbao.parse.zip_members import document_members

    bomb = hostile.nested_zip_bomb(3, 48 * hostile.MB)
    assert len(bomb) < 1 * hostile.MB
    started = time.monotonic()
    members = [(m.path, m.skipped, len(m.data)) for m in document_members(bomb)]
    assert [(path, skipped) for path, skipped, _ in members] == [
        ("00.zip!/report.pdf", None), ("01.zip!/report.pdf", None), ("02.zip", "unpack_limit")]
    assert time.monotonic() - started < 20


def test_an_ole_file_whose_chains_loop_ends_with_an_error() -> None:
    started = time.monotonic()
    extracted = extract_text(hostile.ole_with_a_fat_loop(), "application/msword", "loop.doc")
    assert extracted.text == "" and time.monotonic() - started < limits.DOC_CONVERTER_TIMEOUT_S * 2 + 5


def test_an_ordinary_docx_and_pdf_still_parse() -> None:
    small = hostile.docx_bomb(64 * 1024)
    assert "年度报告" in extract_text(small, None, "ok.docx").text
    assert "年度报告" in extract_text(hostile.ofd_bomb(64 * 1024), None, "ok.ofd").text
    assert not unpack_errors(extract_text(hostile.pdf_bomb(64 * 1024), None, "ok.pdf"))


def test_parse_reports_the_refusal_in_errors() -> None:
    record = parse_report(hostile.docx_bomb(OVER), None, "bomb.docx")
    assert [e for e in record["errors"] if e["stage"] == "unpack"]


def test_parse_command_exits_1_for_a_bomb(tmp_path, capsys) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(hostile.docx_bomb(OVER))
    assert main(["parse", str(bomb)]) == EXIT_PROBLEMS
    record = json.loads(capsys.readouterr().out)
    assert record["errors"][0]["stage"] == "unpack"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_a_compressed_body_bomb_is_not_decoded_past_the_bound(encoding) -> None:
    import zlib

    from warcio.statusandheaders import StatusAndHeaders

    size = archive_limits.MAX_CONTENT_DECODED_BYTES + hostile.MB
    if encoding == "gzip":
        payload = hostile.gzip_bomb(size)
    elif encoding == "deflate":
        payload = zlib.compress(b"\0" * size, 9)
    else:
        import brotli

        payload = brotli.compress(b"\0" * size, quality=1)
    http = StatusAndHeaders("200 OK", [("Content-Encoding", encoding)], protocol="HTTP/1.1")
    record = RecordRead(0, 0, [], b"", http_headers=http, payload=payload)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    body, decoded = decoded_payload(record)
    assert decoded is False and body == payload
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < size / hostile.MB + 80
