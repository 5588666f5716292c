"""A county portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇's, and every report before 2019 — only as hyperlinked cells of
the column's 附件 `历年政府信息公开工作年度报告汇总表.xlsx`, a workbook Excel saved as "Strict Open XML 电子表格"
(ISO/IEC 29500 Strict): the parts are the usual ones, but every SpreadsheetML element is in the namespace
http://purl.oclc.org/ooxml/spreadsheetml/main, the `r:id` attributes and every relationship type (officeDocument,
worksheet, sharedStrings, hyperlink) under http://purl.oclc.org/ooxml/officeDocument/relationships, and the workbook
says `conformance="strict"`. A reader that knows only the transitional namespaces (openpyxl refuses such a file)
finds no sheet and no hyperlink; Excel and WPS open it as any workbook (held out of tuning, eighty-first round).

Modelled on https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/1586934138420 (高邑县2018年度 report, a 河北
county: "本报告的电子版可在高邑县人民政府网站(www.gyx.gov.cn)下载") and, for the province's 年报 column,
https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(河北省2020年 report under 政府信息公开 > 政府信息公开年报, compiled from the cities' and departments' reports). The 汇总表
as a Strict workbook is this family's choice (the cited pages are text). Unlike xlsxindex (the same hyperlinked cells
in the transitional namespaces Excel writes by default), the workbook's parts are Strict SpreadsheetML.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the workbook at
  /xxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.xlsx, articles /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import io
import zipfile

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xlsxindex import index_xlsx
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告汇总表"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
# the transitional namespaces and what Strict writes for each (the package's own namespaces stay as they are)
_TO_STRICT = {"http://schemas.openxmlformats.org/spreadsheetml/2006/main": STRICT_MAIN,
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships": STRICT_RELS}


def strict_xlsx(title: str, in_file: list[Article], day) -> bytes:
    """xlsxindex's 汇总表 of `in_file`, its parts rewritten in the Strict namespaces, the workbook marked strict."""
    transitional = zipfile.ZipFile(io.BytesIO(index_xlsx(title, in_file, day)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in transitional.infolist():
            text = transitional.read(info).decode("utf-8")
            for old, new in _TO_STRICT.items():
                text = text.replace(old, new)
            if info.filename == "xl/workbook.xml":
                text = text.replace(f'<workbook xmlns="{STRICT_MAIN}"', f'<workbook xmlns="{STRICT_MAIN}" '
                                    'conformance="strict"', 1)
            z.writestr(zipfile.ZipInfo(info.filename, info.date_time), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def build_strictxlsx(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = f"{county.gov_name}{TITLE}"
    return kit.trs_annex_portal(b, county, "strictxlsx", reports, folder=FOLDER, salt="sx",
                                annex=lambda in_file, day: strict_xlsx(title, in_file, day),
                                content_type=XLSX_TYPE, file_name=f"{TITLE}.xlsx",
                                note="各部门、各乡镇及2019年以前的年度报告见附件汇总表。")
