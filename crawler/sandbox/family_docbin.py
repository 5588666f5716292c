"""A county portal whose 政府信息公开年报 column lists the government's own reports (those before 2019 too), and names
every other unit's — its office's, departments', townships', zones' — only in the column's attachment
`部门和乡镇政府信息公开工作年度报告目录.doc`: a binary Word 97-2003 document (an OLE compound file with `WordDocument` and `1Table` streams), each report a
HYPERLINK field — `\\x13 HYPERLINK "http://…" \\x14title\\x15` in the document's UTF-16LE text, the field's three
marks listed in the table stream's PlcFld — what Word writes for 插入超链接. No HTML page of the portal names those
reports, and no address is readable in the file as ASCII or UTF-8 bytes (held out of tuning, fifty-ninth round).

Modelled on http://122.137.242.24:8080/preview/szfxxgk/szf/ndbg/201803/t20180315_407537.html (吉林市人民政府2017
政府信息公开工作年度报告, a Jilin city's pre-2019 report under 信息公开年度报告, TRS paths `<YYYYMM>/t<YYYYMMDD>_<id>.html`
as this family's articles) and http://xxgk.jl.gov.cn/szf/bgtndbg/202601/t20260113_9394740.html (吉林省人民政府办公厅
2025年政府信息公开工作年度报告: an office's own report beside its government's). The .doc 目录 is this family's
choice (county portals upload Word 97-2003 attachments more than any other file, and a 目录 of unit reports with each
title linked is what an office compiling them would write; the cited pages are text and show no such file); the file
is written by this module (the compound file by sandbox/ole.py) to the published layouts ([MS-CFB]; [MS-DOC] FibBase,
FibRgLw97 ccpText, FibRgFcLcb97 fcPlcfFldMom and fcClx, a one-piece Clx of uncompressed text, PlcFld with flt 88 =
HYPERLINK); it has no style sheet, paragraph tables or document properties, which Word would want and a reader of
links does not (catdoc reads its text with the fields' codes; antiword, which goes by the paragraph tables, reads no
text from it). Unlike docxindex (a .docx zip's relationships), rtffile (RTF
HYPERLINK fields as text), wordxml (Word 2003 XML under a .doc name), wpsfile (reports, not a directory, in compound
files) or xlsbiff (an Excel workbook's HLINK records), the addresses are field codes in a Word binary document's text.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/ndbg/index.html (the government's reports, look-alikes, the attachment), the document
  /xxgk/ndbg/files/<YYYYMMDD>/<id>.doc, articles /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import struct

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.ole import compound_file
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/ndbg/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
DOC_TYPE = "application/msword"
TEXT_AT = 0x400   # where the text starts in the WordDocument stream, after the FIB
FIELD_BEGIN, FIELD_SEPARATE, FIELD_END = "\x13", "\x14", "\x15"
HYPERLINK_FLT = 88
FC_LCB_PAIRS = 93   # FibRgFcLcb97
PLCF_FLD_MOM, CLX = 16, 33   # their indexes among the pairs


def document_text(title: str, items: list[Article]) -> str:
    """The main document's text: the title paragraph, then a paragraph per report: its unit, its year, and its
    title as a HYPERLINK field; every paragraph ends with a carriage return."""
    lines = [title]
    for n, art in enumerate(items, 1):
        field = f'{FIELD_BEGIN} HYPERLINK "{art.url}" {FIELD_SEPARATE}{art.title}{FIELD_END}'
        lines.append(f"{n}. {art.report.unit.name}（{art.report.year}年度）：{field}")
    return "\r".join(lines) + "\r"


def _plcfld(text: str) -> bytes:
    """PlcFld: the CP of every field mark, the text's end, then a two-byte FLD per mark (begin: 0x13 and the field
    type; separator: 0x14, 0; end: 0x15 and flags 0x40, fResultDirty off, fHasSep)."""
    marks = [cp for cp, ch in enumerate(text) if ch in (FIELD_BEGIN, FIELD_SEPARATE, FIELD_END)]
    flds = {FIELD_BEGIN: bytes([0x13, HYPERLINK_FLT]), FIELD_SEPARATE: bytes([0x14, 0]), FIELD_END: bytes([0x15, 0x40])}
    return struct.pack(f"<{len(marks) + 1}I", *marks, len(text)) + b"".join(flds[text[cp]] for cp in marks)


def _clx(text: str) -> bytes:
    """A Clx of one Pcdt: the piece [0, len(text)) at TEXT_AT, uncompressed (UTF-16LE: fCompressed bit clear)."""
    plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, TEXT_AT, 0)
    return b"\x02" + struct.pack("<I", len(plc)) + plc


def word_document(title: str, items: list[Article]) -> bytes:
    """The .doc: WordDocument (the FIB, then the text at TEXT_AT) and 1Table (PlcFld, then the Clx)."""
    text = document_text(title, items)
    plcfld, clx = _plcfld(text), _clx(text)
    table = plcfld + clx
    pairs = [0] * (2 * FC_LCB_PAIRS)
    pairs[2 * PLCF_FLD_MOM:2 * PLCF_FLD_MOM + 2] = [0, len(plcfld)]
    pairs[2 * CLX:2 * CLX + 2] = [len(plcfld), len(clx)]
    body = text.encode("utf-16-le")
    stream_size = TEXT_AT + len(body)
    # FibBase: wIdent, nFib 0xC1 (Word 97), unused, lid zh-CN, pnNext, flags (fWhichTblStm: 1Table; fExtChar),
    # nFibBack, lKey, envr, flags, two reserved words, and reserved5/6, where Word still writes the text's first and
    # last offsets (Word 6's fcMin and fcMac, which older readers go by)
    fib_base = struct.pack("<HHHHHHHIBBHHII", 0xA5EC, 0x00C1, 0, 0x0804, 0, 0x1200, 0x00BF, 0, 0, 0, 0, 0,
                           TEXT_AT, stream_size)
    rg_w = struct.pack("<H", 14) + struct.pack("<14H", *([0] * 13 + [0x0804]))   # lidFE the last
    rg_lw = struct.pack("<H", 22) + struct.pack("<22i", stream_size, 0, 0, len(text), *([0] * 18))
    rg_fc_lcb = struct.pack("<H", FC_LCB_PAIRS) + struct.pack(f"<{2 * FC_LCB_PAIRS}I", *pairs)
    fib = fib_base + rg_w + rg_lw + rg_fc_lcb + struct.pack("<H", 0)   # cswNew 0
    word = fib.ljust(TEXT_AT, b"\0") + body
    return compound_file({"WordDocument": word, "1Table": table})


def build_docbin(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "docbin"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="db-art")
    in_file = kit.newest_first([a for a in arts if a.report.unit.kind != "gov"])
    items = kit.newest_first([a for a in arts if a not in in_file] + non_reports)
    day = in_file[0].day if in_file else newest.day
    path = f"{FOLDER}files/{day:%Y%m%d}/{stable_int('db-file', county.pinyin, digits=13)}.doc"
    name = "部门和乡镇政府信息公开工作年度报告目录.doc"
    title = f"{county.name}各部门、乡镇（街道）政府信息公开工作年度报告目录"
    b.add(www, path, Page(word_document(title, in_file), b.list_date(in_file), DOC_TYPE), "list")
    attachment = (f'<div class="attach"><p>相关附件：<a href="{path}">{esc(name)}</a></p>'
                  "<p>各部门、乡镇（街道）的年度报告见附件目录。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items) + attachment, items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="db-news")
    return urls
