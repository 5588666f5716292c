"""OFD documents (GB/T 33190-2016) read as text (parse/ofd.py): the sandbox's OFD writer round-trips to the same
record as its PDF of the same report; a hand-made package exercises what the writer does not (a namespace without
prefix or none, template pages, CTM, DeltaX, absolute paths, text off the page); broken and hostile packages give
recorded errors, never an exception."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from nianbao.parse import limits
from nianbao.parse.report import parse_report
from nianbao.parse.text import extract_text

sandbox = pytest.importorskip("nianbao.crawler.sandbox")
from nianbao.crawler.sandbox.documents import report_ofd, report_pdf  # noqa: E402

OFD_NS = "http://www.ofdspec.org/2016"
FIELDS = ("is_report", "agency", "year", "template", "tables")


def package(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()


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

def _text_object(ident: int, boundary: str, size: float, codes: str, extra: str = "") -> str:
    return f'<TextObject ID="{ident}" Boundary="{boundary}" Font="1" Size="{size}"{extra}>{codes}</TextObject>'


LONG_LINE = "本年度我县认真贯彻落实条例规定，不断完善依申请公开工作机制，全年共收到政府信息公开申请"


def hand_made(namespace: str | None) -> dict[str, str]:
    """Two A4 pages drawing on a template page (a header line), the document root named by an absolute path, a
    title scaled by a CTM, a paragraph wrapped at the margin, a table without ruling whose last label nearly
    touches its value, a DeltaX in its `g` shorthand, a TextObject of two TextCodes (the second inheriting X), and
    text placed beside the page."""
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    width = len(LONG_LINE) * 3.7

    def page(objects: str) -> str:
        return (f'{head}<Page{xmlns}><Template TemplateID="2" ZOrder="Background"/><Content><Layer ID="9">'
                f"{objects}</Layer></Content></Page>")

    first = page(
        _text_object(10, "70 20 80 10", 7.4, '<TextCode X="0" Y="8">岚川县财政局2023年政府信息公开工作年度报告</TextCode>',
                     ' CTM="0.5 0 0 0.5 0 0"')
        + _text_object(11, f"25 40 {width:.2f} 6", 3.7, f'<TextCode X="0" Y="3.7">{LONG_LINE}</TextCode>')
        + _text_object(12, "25 46 30 6", 3.7, '<TextCode X="0" Y="3.7">12件，全部按期办结。</TextCode>')
        + _text_object(13, "25 60 15 6", 3.7, '<TextCode X="0" Y="3.7">行政许可</TextCode>')
        + _text_object(14, "70 60 7.4 6", 3.7, '<TextCode X="0" Y="3.7" DeltaX="g 3 1.85">5240</TextCode>')
        + _text_object(15, "115 60 3.7 6", 3.7, '<TextCode X="0" Y="3.7">12</TextCode>')
        + _text_object(16, "25 66 15 6", 3.7, '<TextCode X="0" Y="3.7">行政处罚</TextCode>')
        + _text_object(17, "70 66 5.6 6", 3.7, '<TextCode X="0" Y="3.7">700</TextCode>')
        + _text_object(18, "115 66 3.7 6", 3.7, '<TextCode X="0" Y="3.7">3</TextCode>')
        + _text_object(19, "25 72 44.4 6", 3.7, '<TextCode X="0" Y="3.7">行政强制措施执行情况说明</TextCode>')
        + _text_object(20, "70 72 3.7 6", 3.7, '<TextCode X="0" Y="3.7">15</TextCode>')
        + _text_object(21, "115 72 3.7 6", 3.7, '<TextCode X="0" Y="3.7">0</TextCode>')
        + _text_object(22, "230 80 20 6", 3.7, '<TextCode X="0" Y="3.7">页面以外的文字</TextCode>'))
    second = page(
        _text_object(30, "25 30 80 6", 3.7, '<TextCode X="0" Y="3.7">二、主动公开政府信息情况</TextCode>')
        + _text_object(31, "140 200 45 14", 3.7,
                       '<TextCode X="0" Y="3.7">岚川县财政局</TextCode><TextCode Y="10.2">2024年1月20日</TextCode>'))
    return {
        "OFD.xml": f'{head}<OFD{xmlns} Version="1.0" DocType="OFD"><DocBody><DocInfo><DocID>1</DocID>'
                   "<Title>岚川县财政局2023年政府信息公开工作年度报告</Title></DocInfo>"
                   "<DocRoot>/Doc_0/Document.xml</DocRoot></DocBody></OFD>",
        "Doc_0/Document.xml": f"{head}<Document{xmlns}><CommonData><MaxUnitID>40</MaxUnitID><PageArea>"
                              "<PhysicalBox>0 0 210 297</PhysicalBox></PageArea>"
                              '<TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>'
                              '</CommonData><Pages><Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/>'
                              '<Page ID="4" BaseLoc="Pages/Page_1/Content.xml"/></Pages></Document>',
        "Doc_0/Tpls/Tpl_0/Content.xml": f'{head}<Page{xmlns}><Content><Layer ID="5">'
                                        + _text_object(6, "25 8 160 6", 3.7,
                                                       '<TextCode X="0" Y="4">岚川县财政局文件</TextCode>')
                                        + "</Layer></Content></Page>",
        "Doc_0/Pages/Page_0/Content.xml": first,
        "Doc_0/Pages/Page_1/Content.xml": second,
    }


HAND_MADE_LINES = [
    "岚川县财政局文件",
    "岚川县财政局2023年政府信息公开工作年度报告",
    LONG_LINE + "12件，全部按期办结。",
    "行政许可 | 5240 | 12",
    "行政处罚 | 700 | 3",
    "行政强制措施执行情况说明 | 15 | 0",
    "岚川县财政局文件",
    "二、主动公开政府信息情况",
    "岚川县财政局",
    "2024年1月20日",
]


@pytest.mark.parametrize("namespace", [OFD_NS, None], ids=["default-namespace", "no-namespace"])
def test_a_hand_made_ofd_reads_in_page_and_line_order(namespace):
    extracted = extract_text(package(hand_made(namespace)), None, "http://www.x.gov.cn/download?id=7")
    assert extracted.format == "ofd" and not extracted.errors, extracted.errors
    assert extracted.title == "岚川县财政局2023年政府信息公开工作年度报告"
    assert extracted.text.split("\n") == HAND_MADE_LINES


def test_member_paths_are_found_whatever_their_case():
    members = hand_made(OFD_NS)
    members["Doc_0/pages/page_1/content.xml"] = members.pop("Doc_0/Pages/Page_1/Content.xml")
    assert extract_text(package(members), None, "x.ofd").text.split("\n") == HAND_MADE_LINES


# --- broken and hostile packages: a recorded error, never an exception ------------------------------------------

def _missing_document() -> bytes:
    members = hand_made(OFD_NS)
    del members["Doc_0/Document.xml"]
    return package(members)


def _entity_bomb() -> bytes:
    entities = '<!ENTITY a0 "年报年报年报年报">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    members = hand_made(OFD_NS)
    members["Doc_0/Pages/Page_0/Content.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE Page [{entities}]><Page xmlns="{OFD_NS}"><Content><Layer ID="9">'
        + _text_object(10, "25 40 100 6", 3.7, '<TextCode X="0" Y="3.7">&a9;</TextCode>')
        + "</Layer></Content></Page>")
    return package(members)


def _external_entity() -> bytes:
    members = hand_made(OFD_NS)
    members["Doc_0/Pages/Page_1/Content.xml"] = (
        '<?xml version="1.0"?><!DOCTYPE Page [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
        f'<Page xmlns="{OFD_NS}"><Content><Layer ID="9">'
        + _text_object(10, "25 40 100 6", 3.7, '<TextCode X="0" Y="3.7">主机&secret;</TextCode>')
        + "</Layer></Content></Page>")
    return package(members)


def _broken_page() -> bytes:
    members = hand_made(OFD_NS)
    members["Doc_0/Pages/Page_0/Content.xml"] = members["Doc_0/Pages/Page_0/Content.xml"][:300]
    return package(members)


@pytest.mark.parametrize("make, message", [
    (lambda: b"PK\x03\x04 not really a zip", "not a zip file"),
    (lambda: package({"Doc_0/Document.xml": "<Document/>"}), "holds no OFD.xml"),
    (lambda: package({"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>"}),
     "Doc_0/Document.xml is named but the package does not hold it"),
    (_missing_document, "Doc_0/Document.xml is named but the package does not hold it"),
    (lambda: package({"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</Doc"}), "not well-formed XML"),
    (lambda: package({"OFD.xml": "<html><body>OFD</body></html>"}), "has no DocBody"),
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
    assert extracted.text.split("\n") == HAND_MADE_LINES[6:]


def test_pages_past_the_limit_are_not_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_OFD_PAGES", 1)
    extracted = extract_text(package(hand_made(OFD_NS)), None, "nb.ofd")
    assert extracted.errors == [{"stage": "extract", "message": "OFD has 2 pages; read the first 1"}]
    assert extracted.text.split("\n") == HAND_MADE_LINES[:6]


def test_text_objects_past_the_limit_stop_the_reading(monkeypatch):
    monkeypatch.setattr(limits, "MAX_OFD_TEXT_OBJECTS", 16)    # the template's and page 1's: 1 + 13
    extracted = extract_text(package(hand_made(OFD_NS)), None, "nb.ofd")
    assert [e["message"] for e in extracted.errors] == ["OFD not read past page 2: more than 16 text objects"]
    assert extracted.text.split("\n") == HAND_MADE_LINES[:6]


def test_characters_past_the_limit_stop_the_reading(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 60)
    extracted = extract_text(package(hand_made(OFD_NS)), None, "nb.ofd")
    assert [e["message"] for e in extracted.errors] == ["OFD not read past page 1: more than 60 characters of text"]
    assert extracted.text == ""


def test_a_part_that_unpacks_past_the_bound_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNPACKED_PART_BYTES", 1000)
    extracted = extract_text(package(hand_made(OFD_NS)), None, "nb.ofd")
    assert extracted.text == "" and extracted.errors[0]["stage"] == "unpack", extracted.errors
