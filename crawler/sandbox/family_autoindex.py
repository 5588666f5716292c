"""A county portal whose 年报 column carries only the government's own current reports, while every department's and
township's report, and every report before 2019, is a file in a download folder that the web server lists itself:
nginx's directory index (`autoindex on;`), `Index of /upload/nbxz/` with a sub-folder per year and in each the files
by name (UTF-8 names percent-encoded in the href, the text cut to 50 characters with `..>`, a date and a size, no
title and no date of publication). The column names the folder once, as 年报下载专区 (held out of tuning, thirteenth
round).

Modelled on http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: the government's own
政府信息公开年报 column, TRS `<YYYYMM>/t<YYYYMMDD>_<id>.html`), http://www.hzft.gov.cn/module/download/downfile.jsp?classid=0&filename=fb6f3112750d4a44a10646fcb15c3496.doc
(a county portal's units' reports kept as files) and on nginx's autoindex module
(https://nginx.org/r/autoindex: "processes requests ending with the slash character and produces a directory
listing", when no index file is found; names longer than 50 characters shortened, sizes, `autoindex_localtime`).
That the cited portals expose their upload folder so is this family's choice. Unlike downfile (one download servlet
named by article links), noticefiles (files attached to notices) and sitemap (a file written for crawlers), the
listing is made by the web server from the folder, and its entries are file names, not titles.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报
  column), /zwgk/zfxxgknb/index.html (the government's reports from 2019 on, 解读, look-alikes; a 年报下载专区 link
  to /upload/nbxz/), /upload/nbxz/ (`Index of`: `../`, one `<year>/` per year), /upload/nbxz/<year>/ (the files:
  `<unit>_<year>年度政府信息公开工作年度报告.pdf|.docx`, percent-encoded).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page, trs_list_html
from nianbao.crawler.sandbox.documents import report_docx
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/zfxxgknb/"
FILES = "/upload/nbxz/"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NAME_WIDTH = 50   # nginx's autoindex: longer names are cut to 47 characters and "..>"


def index_of(folder: str, rows: list[tuple[str, datetime, str]]) -> str:
    """nginx's autoindex page of `folder`: rows of (name, modified, size or "-"), names percent-encoded in the href
    as nginx escapes them, shown cut to NAME_WIDTH characters, padded to align the dates."""
    lines = ['<a href="../">../</a>']
    for name, modified, size in rows:
        shown = name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 3] + "..>"
        pad = " " * max(1, NAME_WIDTH + 1 - len(shown))
        lines.append(f'<a href="{quote(name)}">{esc(shown)}</a>{pad}{modified:%d-%b-%Y %H:%M} {size:>19}')
    body = "\n".join(lines)
    return (f"<html>\r\n<head><title>Index of {folder}</title></head>\r\n<body>\r\n<h1>Index of {folder}</h1>"
            f"<hr><pre>{body}\n</pre><hr></body>\r\n</html>\r\n")


def in_column(report: Report) -> bool:
    return report.unit.kind in ("gov", "office") and report.template != "pre2019"


def build_autoindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "autoindex"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    column = kit.newest_first([a for a in arts if in_column(a.report)] + kit.column_non_reports(county, noise))
    kit.trs_column_pages(b, www, county, family, column, urls, nav=nav, folder=NB, salt="ai-art")
    years: dict[int, list[tuple[str, datetime, str]]] = {}
    for art in arts:
        report = art.report
        if in_column(report):
            continue
        fmt = "docx" if stable_int("ai-fmt", county.pinyin, report.key) % 3 == 0 else "pdf"
        name = f"{report.unit.name}_{report.year}年度政府信息公开工作年度报告.{fmt}"
        path = f"{FILES}{report.year}/{quote(name)}"
        lm = b.report_date(report)
        body = pdf_page(report, lm) if fmt == "pdf" else Page(lambda r=report: report_docx(r), lm, DOCX)
        b.add(www, path, body, "attachment")
        urls[report.key] = f"http://{www.host}{path}"
        b.document(urls[report.key], report, fmt, "original")
        size = str(180_000 + stable_int("ai-size", report.key, digits=6) % 600_000)
        years.setdefault(report.year, []).append((name, lm, size))
    for year, rows in years.items():   # nginx sorts by name
        rows.sort()
        b.html_page(www, f"{FILES}{year}/", index_of(f"{FILES}{year}/", rows), max(r[1] for r in rows), "list")
    top = [(f"{year}/", max(r[1] for r in rows), "-") for year, rows in sorted(years.items())]
    b.html_page(www, FILES, index_of(FILES, top), max(r[1] for r in top), "list")
    main = (f"<h2>政府信息公开年报</h2>{trs_list_html(column, NB)}"
            f'<p class="tip">各部门、各乡镇（街道）及{min(years)}—2018年度报告请到'
            f'<a href="{FILES}" target="_blank">年报下载专区</a>下载。</p>')
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", main, column="政府信息公开年报",
                                             nav=nav, host=www.host), b.list_date(column), "list")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=NB + "index.html", news_salt="ai-news")
    return urls
