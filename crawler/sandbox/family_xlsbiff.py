"""A county portal whose 政府信息公开年报 column lists every report of 2019 on — the government's, its departments',
its townships' — and names the reports of 2008-2018 (the government's and its office's) only in one attachment of
the column,
`2008-2018年政府信息公开年度报告汇总.xls`: a binary Excel 97-2003 workbook (BIFF8 records in the `Workbook` stream of an
OLE compound file), one row per report, whose 报告名称 cell is a hyperlink — an HLINK record holding the address as a
URL moniker in UTF-16LE, what Excel writes for 插入超链接. No HTML page of the portal names those reports, and no
address is readable in the file as ASCII or UTF-8 bytes (held out of tuning, fifty-ninth round).

Modelled on http://hljwch.gov.cn/hebwcs/c111341/202301/c01_592213.shtml (五常市背荫河镇2022年政府信息公开工作年度报告: a
Heilongjiang township's report in its city's 年度报告 column, "可以通过…政府信息公开专栏查阅") and
https://dizaynex.com/infocus/2012-04/18/content_25177331_3.htm (a copy of 黑龙江省2011年度政府信息公开工作报告: the
province's reports go back to the 2000s). The .xls 汇总 of the earlier years is this family's choice (county portals
attach Excel 97-2003 workbooks to columns, and an 汇总表 of earlier reports with each title linked is a plausible
archive of a revamped site; the cited pages are text and show no such file); the records are written by this
module and the compound file by sandbox/ole.py, to the published layouts ([MS-XLS] BOF/BOUNDSHEET/DIMENSIONS/LABEL/
HLINK/EOF, [MS-CFB]); xlrd and olefile open it. Unlike xlsxindex (an .xlsx zip's hyperlink relationships),
xlsxformula (57th round: `=HYPERLINK()` formulas in an .xlsx), xlshtml (an HTML table sent as an .xls), xmlsheet
(SpreadsheetML's `ss:HRef`) or wpsfile (reports, not a directory, in compound files), the addresses are hyperlink
records of a binary workbook.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/ndbg/index.html (the reports of 2019 on, look-alikes, the attachment), the workbook
  /zwgk/ndbg/attach/<YYYYMMDD><id>.xls, articles /zwgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import struct

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.ole import compound_file
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/ndbg/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
XLS_TYPE = "application/vnd.ms-excel"
HEADINGS = ("序号", "年度", "发布机关", "报告名称", "发布日期")
TITLE_COLUMN = 3
STD_LINK = bytes.fromhex("D0C9EA79F9BACE118C8200AA004BA90B")   # CLSID_StdHlink as stored
URL_MONIKER = bytes.fromhex("E0C9EA79F9BACE118C8200AA004BA90B")   # CLSID_URLMoniker as stored


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(substream: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, substream, 0x0DBB, 0x07CC, 0, 0x06))


def _label(row: int, col: int, text: str) -> bytes:
    """A LABEL cell: an XLUnicodeString (16-bit length, the flag 1: UTF-16LE characters)."""
    return _record(0x0204, struct.pack("<HHHHB", row, col, 0x0F, len(text), 1) + text.encode("utf-16-le"))


def _counted(text: str) -> bytes:
    """A HyperlinkString: the count of characters with the terminating NUL, then them in UTF-16LE."""
    return struct.pack("<I", len(text) + 1) + (text + "\0").encode("utf-16-le")


def _hlink(row: int, col: int, url: str, text: str) -> bytes:
    """An HLINK record: the cell, the standard hyperlink object (has a moniker, absolute, has a display name), the
    display name, and a URL moniker whose size counts its UTF-16LE characters and the NUL."""
    url_bytes = (url + "\0").encode("utf-16-le")
    data = (struct.pack("<HHHH", row, row, col, col) + STD_LINK + struct.pack("<II", 2, 0x17) + _counted(text)
            + URL_MONIKER + struct.pack("<I", len(url_bytes)) + url_bytes)
    return _record(0x01B8, data)


def workbook_stream(sheet_name: str, title: str, items: list[Article]) -> bytes:
    """The BIFF8 `Workbook` stream: globals (BOF, CODEPAGE 1200, BOUNDSHEET, EOF), then one worksheet of a title
    row, the headings and a row per report, its title cell a hyperlink."""
    cells = [_label(0, 0, title)] + [_label(1, c, h) for c, h in enumerate(HEADINGS)]
    links = []
    for n, art in enumerate(items, 1):
        row = n + 1
        values = (str(n), str(art.report.year), art.report.unit.name, art.title, art.date_text)
        cells += [_label(row, c, v) for c, v in enumerate(values)]
        links.append(_hlink(row, TITLE_COLUMN, art.url, art.title))
    dimensions = _record(0x0200, struct.pack("<IIHHH", 0, len(items) + 2, 0, len(HEADINGS), 0))
    sheet = _bof(0x0010) + dimensions + b"".join(cells) + b"".join(links) + _record(0x000A, b"")
    name = sheet_name.encode("utf-16-le")

    def globals_(offset: int) -> bytes:
        boundsheet = _record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(sheet_name), 1) + name)
        return _bof(0x0005) + _record(0x0042, struct.pack("<H", 1200)) + boundsheet + _record(0x000A, b"")

    head = globals_(0)
    stream = globals_(len(head)) + sheet
    return stream


def build_xlsbiff(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xlsbiff"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="xb-art")
    earlier = kit.newest_first([a for a in arts if a.report.template == "pre2019"])
    items = kit.newest_first([a for a in arts if a not in earlier] + non_reports)
    day = earlier[0].day if earlier else newest.day
    path = f"{FOLDER}attach/{day:%Y%m%d}{stable_int('xb-file', county.pinyin, digits=6)}.xls"
    name = "2008-2018年政府信息公开年度报告汇总.xls"
    title = f"{county.gov_name}2008-2018年政府信息公开年度报告汇总"
    b.add(www, path, Page(compound_file({"Workbook": workbook_stream("汇总", title, earlier)}),
                          b.list_date(earlier), XLS_TYPE), "list")
    attachment = (f'<div class="attach"><p>附件：<a href="{path}">{esc(name)}</a></p>'
                  "<p>2019年以前的年度报告已归档，详见附件。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items) + attachment, items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="xb-news")
    return urls
