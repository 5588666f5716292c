"""parse/rtf.py, parse/odf.py and the MHTML reader (parse/mhtml.py's first page) through extract_text and
parse_report: fixtures made here, a report written as RTF, ODT and MHT read like its HTML; broken ones recorded."""

from __future__ import annotations

import base64
import io
import zipfile

from nianbao.parse import limits
from nianbao.parse.formats import sniff_format
from nianbao.parse.report import parse_report
from nianbao.parse.text import extract_html, extract_text

from tests.parse.builders import page, report_body

TITLE = "岚川县人民政府2023年政府信息公开工作年度报告"


def _report_blocks() -> list[str | list[str]]:
    """The builders' report as paragraphs (str) and table rows (list of cells, a spanned cell's others empty)."""
    html = extract_html(page(report_body()).encode("utf-8"), "text/html")
    rows = {" | ".join(c for c in row if c is not None): [c or "" for c in row]
            for table in html.tables for row in table.grid}
    return [TITLE] + [rows.get(line, line) for line in html.text.split("\n")]


# --- RTF ---

def _rtf_text(text: str) -> str:
    """Chinese Word's escapes: GBK bytes as \\'hh."""
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def _rtf(blocks: list) -> bytes:
    body = []
    for block in blocks:
        if isinstance(block, list):
            cells = "".join(f"\\cellx{1000 * (n + 1)}" for n in range(len(block)))
            body.append(f"\\trowd{cells}\n" + "".join(f"\\pard\\intbl {_rtf_text(c)}\\cell " for c in block) + "\\row\n")
        else:
            body.append(f"\\pard {_rtf_text(block)}\\par\n")
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
            "{\\info{\\title x}}\\f0\n" + "".join(body) + "}").encode("ascii")


def test_a_gbk_rtf_gives_its_paragraphs_and_table_rows() -> None:
    data = _rtf(["一、总体情况", ["项目", "数量", "备注"], ["规章", "0", "1"], "二、主动公开"]).replace(
        b"\\pard \\'d2\\'bb", b"\\pard {\\u19968?}", 1)   # 一 as a \uN escape, its ANSI stand-in skipped
    extracted = extract_text(data, None, "http://x.gov.cn/a.rtf")
    assert extracted.format == "rtf" and not extracted.errors
    assert extracted.text.split("\n") == ["一、总体情况", "项目 | 数量 | 备注", "规章 | 0 | 1", "二、主动公开"]
    assert [t.grid for t in extracted.tables] == [[["项目", "数量", "备注"], ["规章", "0", "1"]]]
    assert extracted.tables[0].cells[(1, 2)] == {"kind": "rtf", "table": 0, "row": 1, "col": 2}


def test_a_paragraph_holding_a_bar_is_no_table_row() -> None:   # the negative: only \cell ends a row
    extracted = extract_text(_rtf(["甲 | 乙", "丙"]), "application/rtf", None)
    assert extracted.text.split("\n") == ["甲 | 乙", "丙"] and extracted.tables == []


def test_a_report_in_rtf_parses_like_its_page() -> None:
    record = parse_report(_rtf(_report_blocks()), None, "http://www.lanchuan.gov.cn/P020240120.rtf", None)
    assert record["_format"] == "rtf" and record["is_report"] and not record["errors"]
    assert record["year"] == 2023 and all(record["sections"][k] for k in "123456")
    assert [r["rule"] for r in record["validation"] if r["status"] == "fail"] == []


def test_broken_and_hostile_rtf_are_recorded_errors() -> None:
    whole = _rtf(["一、总体情况", "二、主动公开", "三、收到和处理政府信息公开申请情况"])
    cut = extract_text(whole[:-40], None, "a.rtf")
    assert cut.format == "rtf" and "cut short" in cut.errors[0]["message"]
    assert cut.text.startswith("一、总体情况\n二、主动公开\n三、")
    deep = b"{\\rtf1 " + b"{" * (limits.MAX_RTF_GROUP_DEPTH + 1) + b"x" + b"}" * (limits.MAX_RTF_GROUP_DEPTH + 2)
    assert "nest" in extract_text(deep, None, "a.rtf").errors[0]["message"]
    fields = b"{\\rtf1 " + b'{\\field{\\*\\fldinst{HYPERLINK "x" }}} ' * 3000 + b"}"   # striprtf alone: minutes
    assert extract_text(fields, None, "a.rtf").errors == []
    big = b"{\\rtf1 " + b" " * limits.MAX_RTF_BYTES + b"}"
    assert "larger than" in extract_text(big, None, "a.rtf").errors[0]["message"]


# --- ODT / ODS ---

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odf(body: str | None, mimetype: str = "application/vnd.oasis.opendocument.text", **members: str) -> bytes:
    """An OpenDocument package: `body` inside content.xml's office:body (None: no content.xml), other `members`."""
    if body is not None:
        members["content.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
                                  f"<office:body>{body}</office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", mimetype, zipfile.ZIP_STORED)
        for name, text in members.items():
            package.writestr(name, text)
    return buf.getvalue()


def _odt_blocks(blocks: list) -> str:
    def row(cells: list[str]) -> str:
        return "<table:table-row>" + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>"
                                             for c in cells) + "</table:table-row>"
    out, rows = [], []
    for block in blocks + [""]:
        if isinstance(block, list):
            rows.append(row(block))
            continue
        if rows:
            out.append("<table:table>" + "".join(rows) + "</table:table>")
            rows = []
        out.append(f"<text:p>{block}</text:p>")
    return "<office:text>" + "".join(out) + "</office:text>"


def test_an_odt_gives_paragraphs_spaces_breaks_and_spanned_tables() -> None:
    body = ("<office:text><text:h>一、总体情况</text:h><text:list><text:list-item><text:p>甲<text:s text:c='2'/>乙"
            "<text:tab/>丙<text:line-break/>丁<text:span>戊</text:span></text:p></text:list-item></text:list>"
            "<table:table><table:table-header-rows><table:table-row><table:table-cell "
            "table:number-columns-spanned='2'><text:p>项目</text:p></table:table-cell><table:covered-table-cell/>"
            "</table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>规章</text:p>"
            "</table:table-cell><table:table-cell><text:p>3</text:p></table:table-cell></table:table-row>"
            "</table:table></office:text>")
    extracted = extract_text(_odf(body), None, "http://x.gov.cn/a.odt")
    assert extracted.format == "odt" and not extracted.errors
    assert extracted.text.split("\n") == ["一、总体情况", "甲 乙 丙", "丁戊", "项目", "规章 | 3"]
    assert extracted.tables[0].grid == [["项目", None], ["规章", "3"]] and extracted.tables[0].spans == {(0, 0): 2}


def test_an_ods_sheet_s_padding_is_dropped() -> None:
    row = ("<table:table-row table:number-rows-repeated='1048570'><table:table-cell "
           "table:number-columns-repeated='16384'/></table:table-row>")
    body = ("<office:spreadsheet><table:table><table:table-row><table:table-cell><text:p>规章</text:p>"
            "</table:table-cell><table:table-cell table:number-columns-repeated='2'><text:p>0</text:p>"
            "</table:table-cell><table:table-cell table:number-columns-repeated='16381'/></table:table-row>"
            f"{row}</table:table></office:spreadsheet>")
    extracted = extract_text(_odf(body, "application/vnd.oasis.opendocument.spreadsheet"), None, None)
    assert extracted.format == "ods" and extracted.tables[0].grid == [["规章", "0", "0"]]


def test_a_report_in_odt_parses_like_its_page() -> None:
    record = parse_report(_odf(_odt_blocks(_report_blocks())), None, "http://www.lanchuan.gov.cn/P020240120.odt", None)
    assert record["_format"] == "odt" and record["is_report"] and not record["errors"]
    assert record["year"] == 2023 and all(record["sections"][k] for k in "123456")
    assert [r["rule"] for r in record["validation"] if r["status"] == "fail"] == []


def test_broken_odf_are_recorded_errors() -> None:
    missing = extract_text(_odf(None, **{"styles.xml": "<x/>"}), None, "a.odt")
    assert missing.format == "odt" and "no content.xml" in missing.errors[0]["message"]
    entity = _odf(None, **{"content.xml": '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
                                          f"<office:document-content {_NS}><office:body><office:text><text:p>甲&e;乙"
                                          "</text:p></office:text></office:body></office:document-content>"})
    read = extract_text(entity, None, "a.odt")   # an external entity is neither fetched nor expanded
    assert read.text == "甲乙" and not read.errors
    bomb = extract_text(_odf("", **{"styles.xml": " " * (limits.MAX_UNPACKED_PART_BYTES + 1)}), None, "a.odt")
    assert bomb.format == "odt" and bomb.errors[0]["stage"] == "unpack"


# --- MHT ---

def _mht(html_part: str | None, charset: str = "gb2312") -> bytes:
    head = ("From: <Saved by Microsoft Word>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
            ' boundary="----=_NextPart_01"\r\n\r\n')
    parts = ["------=_NextPart_01\r\nContent-Location: file:///C:/x.files/filelist.xml\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml/>\r\n"]
    if html_part is not None:
        encoded = base64.encodebytes(html_part.encode(charset)).decode().replace("\n", "\r\n")
        parts.insert(0, "------=_NextPart_01\r\nContent-Location: file:///C:/x.htm\r\nContent-Transfer-Encoding: "
                        f'base64\r\nContent-Type: text/html; charset="{charset}"\r\n\r\n{encoded}\r\n')
    return (head + "".join(parts) + "------=_NextPart_01--\r\n").encode("ascii")


def test_an_mht_is_sniffed_by_its_headers_and_name_or_type() -> None:
    data = _mht("<html><body><p>一</p></body></html>")
    assert sniff_format(data, None, "http://x.gov.cn/a.mht") == "mht"
    assert sniff_format(data, "message/rfc822", "http://x.gov.cn/a") == "mht"
    assert sniff_format(data, "application/octet-stream", "http://x.gov.cn/a.bin") != "mht"   # no name, no type
    page_sent_as_mail = b"<html><body><p>x</p></body></html>"
    assert sniff_format(page_sent_as_mail, "message/rfc822", "http://x.gov.cn/a.mht") == "html"


def test_a_report_in_mht_parses_like_its_page() -> None:
    data = _mht(page(report_body(), charset="gbk"), "gbk")
    record = parse_report(data, "application/octet-stream", "http://www.lanchuan.gov.cn/P020240120.mht", None)
    assert record["_format"] == "mht" and record["is_report"] and not record["errors"]
    assert record["year"] == 2023 and all(record["sections"][k] for k in "123456")
    assert [r["rule"] for r in record["validation"] if r["status"] == "fail"] == []


def test_broken_mht_are_recorded_errors() -> None:
    no_html = extract_text(_mht(None), "message/rfc822", "http://x.gov.cn/a.mht")
    assert no_html.format == "mht" and "no HTML part" in no_html.errors[0]["message"]
    big = _mht("<p>x</p>") + b" " * (16 * 1024 * 1024)
    assert "larger than" in extract_text(big, None, "http://x.gov.cn/a.mht").errors[0]["message"]


def test_the_rtf_family_parses_to_its_ground_truth() -> None:   # before this reader: 0 of 14 reports (2 portals)
    from nianbao.crawler import sandbox

    built = sandbox.build_sandbox(portals=1, families=("rtffile",), news_per_portal=0)
    truth = built.ground_truth()
    expected = {r["key"]: r for r in truth["reports"]}
    documents = [d for d in truth["documents"] if d["format"] == "rtf"]
    assert documents
    for doc in documents:
        status, headers, body = built.handle("GET", doc["url"], {}, b"")
        ctype = next(v for k, v in headers if k.lower() == "content-type")   # application/msword: the bytes say
        record, report = parse_report(body, ctype, doc["url"]), expected[doc["report_key"]]
        assert record["_format"] == "rtf" and record["is_report"] is True, doc["url"]
        assert (record["agency"], record["year"], record["template"], record["published"]) == (
            report["agency"], report["year"], report["template"], report["published"]), doc["url"]
