"""OFD documents (GB/T 33190-2016) read as text (parse/ofd.py): the sandbox's OFD writer round-trips to the same
record as its PDF of the same report; a hand-made package exercises what the writer does not (a namespace without
prefix or none, template pages, CTM, DeltaX, absolute paths, text off the page); broken and hostile packages give
recorded errors, never an exception."""

from __future__ import annotations

import json
import re

import pytest
from nianbao.parse import limits
from nianbao.parse.report import parse_report
from nianbao.parse.text import extract_text

from tests.parse.builders import (
    HAND_MADE_OFD_LINES,
    OFD_NS,
    hand_made_ofd,
    ofd_package,
    ofd_text_object,
)

sandbox = pytest.importorskip("nianbao.crawler.sandbox")
from nianbao.crawler.sandbox.documents import report_ofd, report_pdf  # noqa: E402

FIELDS = ("is_report", "agency", "year", "template", "tables")


# --- the sandbox's writer: the same report as OFD and as PDF ----------------------------------------------------

@pytest.fixture(scope="module")
def reports():
    built = sandbox.build_sandbox(portals=1, news_per_portal=0).reports
    return [next(r for r in built if r.template == template) for template in ("2019", "2021")]


def test_an_ofd_report_parses_to_the_record_of_its_pdf(reports):
    for report in reports:
        ofd = parse_report(report_ofd(report), None, f"http://www.x.gov.cn/{report.key}.ofd")
        pdf = parse_report(report_pdf(report), None, f"http://www.x.gov.cn/{report.key}.pdf")
        assert {k: ofd[k] for k in FIELDS} == {k: pdf[k] for k in FIELDS}, report.key
        assert (ofd["agency"], ofd["year"], ofd["template"]) == (report.agency, report.year, report.template)
        assert ofd["tables"] == report.tables and not ofd["errors"], (report.key, ofd["errors"])
        # the prose sections say the same (the two writers wrap lines at other places; sections 二–四 hold the
        # tables, whose header cells each reader splits its way)
        for n in ("1", "5", "6"):
            assert re.sub(r"\s", "", ofd["sections"][n]) == re.sub(r"\s", "", pdf["sections"][n]), (report.key, n)
        # (the PDF reader joins the signature lines of R0001's last page, and loses its date)
        assert ofd["published"] == report.published.isoformat(), report.key


def test_table_rows_are_pipe_lines_and_wrapped_prose_is_joined(reports):
    report = reports[1]
    extracted = extract_text(report_ofd(report), "application/octet-stream", "http://www.x.gov.cn/P0.ofd")
    assert extracted.format == "ofd" and extracted.title == report.title and not extracted.errors
    lines = extracted.text.split("\n")
    received = report.tables["applications"]["new_received"]
    assert "一、本年新收政府信息公开申请数量 | " + " | ".join(str(v) for v in received.values()) in lines
    # the writer wraps a paragraph by characters, and its table labels overrun their cells into the next
    assert any(line.startswith("根据《中华人民共和国政府信息公开条例》") and line.endswith("。") for line in lines)
    assert "2.重复申请 | " + " | ".join(str(v) for v in report.tables["applications"]["not_processed.repeat"].values()) \
        in lines
    assert lines[-2:] == [report.agency, f"{report.published:%Y年%-m月%-d日}"]   # right-aligned: never joined


def test_the_ofd_family_parses_to_its_ground_truth():
    built = sandbox.build_sandbox(portals=1, families=("ofdfile",), news_per_portal=0)
    truth = built.ground_truth()
    expected = {r["key"]: r for r in truth["reports"]}
    documents = [d for d in truth["documents"] if d["format"] == "ofd"]
    assert len(documents) >= 30
    for doc in documents:
        status, headers, body = built.handle("GET", doc["url"], {}, b"")
        assert status == 200
        ctype = next(v for k, v in headers if k.lower() == "content-type")      # octet-stream: the bytes say
        record, report = parse_report(body, ctype, doc["url"]), expected[doc["report_key"]]
        assert record["is_report"] is True, doc["url"]
        assert (record["agency"], record["year"], record["template"]) == (
            report["agency"], report["year"], report["template"]), doc["url"]
        assert {k: v for k, v in record["tables"].items() if v is not None} == report["tables"], doc["url"]
        assert record["published"] == report["published"], doc["url"]


def test_nianbao_parse_reads_an_ofd_file(reports, tmp_path, capsys):
    from nianbao.crawler.app.cli import EXIT_OK, main

    path = tmp_path / "P020240120123456789012.ofd"
    path.write_bytes(report_ofd(reports[1]))
    assert main(["parse", str(path)]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)
    assert (record["agency"], record["year"], record["tables"]) == (reports[1].agency, reports[1].year,
                                                                   reports[1].tables)


# --- a hand-made package: what producers write beyond the sandbox's writer ------------------------------------

@pytest.mark.parametrize("namespace", [OFD_NS, None], ids=["default-namespace", "no-namespace"])
def test_a_hand_made_ofd_reads_in_page_and_line_order(namespace):
    extracted = extract_text(ofd_package(hand_made_ofd(namespace)), None, "http://www.x.gov.cn/download?id=7")
    assert extracted.format == "ofd" and not extracted.errors, extracted.errors
    assert extracted.title == "岚川县财政局2023年政府信息公开工作年度报告"
    assert extracted.text.split("\n") == HAND_MADE_OFD_LINES


def test_member_paths_are_found_whatever_their_case():
    members = hand_made_ofd(OFD_NS)
    members["Doc_0/pages/page_1/content.xml"] = members.pop("Doc_0/Pages/Page_1/Content.xml")
    assert extract_text(ofd_package(members), None, "x.ofd").text.split("\n") == HAND_MADE_OFD_LINES


# --- broken and hostile packages: a recorded error, never an exception ------------------------------------------

def _missing_document() -> bytes:
    members = hand_made_ofd(OFD_NS)
    del members["Doc_0/Document.xml"]
    return ofd_package(members)


def _page_with_doctype(page: str, doctype: str, text: str) -> bytes:
    """The hand-made package with `page`'s Content.xml replaced by one text object under an internal DTD."""
    members = hand_made_ofd(OFD_NS)
    members[page] = (f'<?xml version="1.0"?><!DOCTYPE Page [{doctype}]><Page xmlns="{OFD_NS}"><Content><Layer ID="9">'
                     + ofd_text_object(10, "25 40 100 6", 3.7, f'<TextCode X="0" Y="3.7">{text}</TextCode>')
                     + "</Layer></Content></Page>")
    return ofd_package(members)


def _entity_bomb() -> bytes:
    entities = '<!ENTITY a0 "年报年报年报年报">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return _page_with_doctype("Doc_0/Pages/Page_0/Content.xml", entities, "&a9;")


def _external_entity() -> bytes:
    return _page_with_doctype("Doc_0/Pages/Page_1/Content.xml",
                              '<!ENTITY secret SYSTEM "file:///etc/hostname">', "主机&secret;")


def _broken_page() -> bytes:
    members = hand_made_ofd(OFD_NS)
    members["Doc_0/Pages/Page_0/Content.xml"] = members["Doc_0/Pages/Page_0/Content.xml"][:300]
    return ofd_package(members)


@pytest.mark.parametrize("make, message", [
    (lambda: b"PK\x03\x04 not really a zip", "not a zip file"),
    (lambda: ofd_package({"Doc_0/Document.xml": "<Document/>"}), "holds no OFD.xml"),
    (lambda: ofd_package({"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>"}),
     "Doc_0/Document.xml is named but the package does not hold it"),
    (_missing_document, "Doc_0/Document.xml is named but the package does not hold it"),
    (lambda: ofd_package({"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</Doc"}), "not well-formed XML"),
    (lambda: ofd_package({"OFD.xml": "<html><body>OFD</body></html>"}), "has no DocBody"),
    (_entity_bomb, "OFD page 1"),
], ids=["not-a-zip", "no-OFD.xml", "no-Document.xml", "page-without-document", "cut-OFD.xml", "not-OFD.xml",
        "entity-bomb"])
def test_broken_packages_give_a_clear_error(make, message):
    extracted = extract_text(make(), None, "http://www.x.gov.cn/nb.ofd")
    assert extracted.format == "ofd"
    assert any(message in e["message"] and e["stage"] == "extract" for e in extracted.errors), extracted.errors
    record = parse_report(make(), None, "http://www.x.gov.cn/nb.ofd")
    assert any(message in e["message"] for e in record["errors"]), record["errors"]


def test_entities_are_neither_expanded_nor_fetched():
    assert "年报年报" not in extract_text(_entity_bomb(), None, "nb.ofd").text
    extracted = extract_text(_external_entity(), None, "nb.ofd")
    assert "主机" in extracted.text and extracted.text.split("\n")[-1] == "主机"   # the entity is left out


def test_a_broken_page_loses_only_itself():
    extracted = extract_text(_broken_page(), None, "nb.ofd")
    assert [e["message"][:11] for e in extracted.errors] == ["OFD page 1:"]
    assert extracted.text.split("\n") == HAND_MADE_OFD_LINES[6:]


def test_pages_past_the_limit_are_not_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_OFD_PAGES", 1)
    extracted = extract_text(ofd_package(hand_made_ofd(OFD_NS)), None, "nb.ofd")
    assert extracted.errors == [{"stage": "extract", "message": "OFD has 2 pages; read the first 1"}]
    assert extracted.text.split("\n") == HAND_MADE_OFD_LINES[:6]


def test_text_objects_past_the_limit_stop_the_reading(monkeypatch):
    monkeypatch.setattr(limits, "MAX_OFD_TEXT_OBJECTS", 16)    # the template's and page 1's: 1 + 13
    extracted = extract_text(ofd_package(hand_made_ofd(OFD_NS)), None, "nb.ofd")
    assert [e["message"] for e in extracted.errors] == ["OFD not read past page 2: more than 16 text objects"]
    assert extracted.text.split("\n") == HAND_MADE_OFD_LINES[:6]


def test_characters_past_the_limit_stop_the_reading(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 60)
    extracted = extract_text(ofd_package(hand_made_ofd(OFD_NS)), None, "nb.ofd")
    assert [e["message"] for e in extracted.errors] == ["OFD not read past page 1: more than 60 characters of text"]
    assert extracted.text == ""


def test_a_part_that_unpacks_past_the_bound_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNPACKED_PART_BYTES", 1000)
    extracted = extract_text(ofd_package(hand_made_ofd(OFD_NS)), None, "nb.ofd")
    assert extracted.text == "" and extracted.errors[0]["stage"] == "unpack", extracted.errors


def test_pages_without_text_say_so():
    members = hand_made_ofd(OFD_NS)
    for name in ("Doc_0/Pages/Page_0/Content.xml", "Doc_0/Pages/Page_1/Content.xml", "Doc_0/Tpls/Tpl_0/Content.xml"):
        members[name] = (f'<Page xmlns="{OFD_NS}"><Content><Layer ID="9"><ImageObject ID="10" ResourceID="5" '
                         'Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/></Layer></Content></Page>')
    extracted = extract_text(ofd_package(members), None, "scan.ofd")
    assert extracted.text == "" and [e["message"] for e in extracted.errors] == [
        "the OFD has no text (its pages are images?); no OCR is done"]
