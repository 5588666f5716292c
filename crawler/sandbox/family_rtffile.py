"""A county portal whose 政府信息公开年报 from before 2019 — the government's, its departments' and its townships' — are
each a Rich Text Format file, the `.rtf` Word saved attachments as in 2008-2012: the 年报 column links each by its
title straight to `/xxgk/ndbg/<YYYYMM>/W0<YYYYMMDD><9 digits>.rtf`, with no article, no PDF and no HTML copy. The
files are what Word writes for a Chinese document: `{\\rtf1\\ansi\\ansicpg936`, a 宋体 font of `\\fcharset134`, every
Chinese character as the two `\\'hh` escapes of its GBK bytes, paragraphs ended by `\\par`; the server sends
`application/msword`, the type IIS 6 maps `.rtf` to. Reports from 2019 on are HTML articles (held out of tuning,
forty-third round).

Modelled on http://fjax.gov.cn/zwgk/zfxxgkzl/zfxxgkndbg/201303/t20130310_972073.htm (安溪县's 2012 report in its
政府信息公开年度报告 column, "本年报的电子版可在安溪县人民政府公众信息网下载"), its township 参内乡's
http://fjax.gov.cn/zwgk/zfxxgkzl/xzzfxxgk/cnx/zfxxgkndbg/201303/t20130329_972094.htm and
http://www.yongding.gov.cn/xxgk/zfxxgkzl/szfxxgk/zfxxgknb/tnull_1353447.htm (永定县's 2009 report). Old reports as
`.rtf` files only is this family's choice (the cited reports are HTML that offer an 电子版 download). Unlike wpsfile
(an OLE compound file sent as octet-stream), ofdfile, cebfile or the PDF and Word attachments of downfile and
noticefiles, the document is 7-bit text whose Chinese is escaped GBK in RTF control words.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/ndbg/index.html (every report, 解读 and look-alikes), articles /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html, files
  /xxgk/ndbg/<YYYYMM>/W0….rtf.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

FOLDER = "/xxgk/ndbg/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
RTF_TYPE = "application/msword"   # IIS 6's MIME map for .rtf
HEADER = (r"{\rtf1\ansi\ansicpg936\deff0\deflang1033\deflangfe2052{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}"
          "\r\n" r"{\*\generator Microsoft Word 11.0.0000;}\viewkind4\uc1\pard\qc\b\f0\fs32 ")


def rtf_text(text: str) -> str:
    """`text` as Word writes it in an ansicpg936 document: ASCII as is (`\\`, `{`, `}` escaped), anything else the
    `\\'hh` escapes of its GBK bytes (the characters GBK lacks as `\\uN?`), lines as `\\par`."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\\par\r\n")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ch.isascii():
            out.append(ch)
        else:
            try:
                out.append("".join(f"\\'{byte:02x}" for byte in ch.encode("gbk")))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(out)


def rtf_bytes(report: Report) -> bytes:
    """The report as an .rtf: its title centred and bold, then its text in 小四 paragraphs."""
    body = rtf_text(report.title) + "\\b0\\par\r\n\\pard\\fs24 " + rtf_text(report.plain_text())
    return (HEADER + body + "\\par\r\n}").encode("ascii")


def rtf_file(b: Build, site: Site, report: Report) -> str:
    """Serve `report` as an .rtf under its month's folder; returns its path."""
    path = (f"{FOLDER}{report.published:%Y%m}/W0{report.published:%Y%m%d}"
            f"{stable_int('rt-file', report.key, digits=9)}.rtf")
    b.add(site, path, Page(lambda: rtf_bytes(report), b.report_date(report), RTF_TYPE, role="attachment"),
          "attachment")
    return path


def build_rtffile(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rtffile"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    old = [a for a in arts if a.report.template == "pre2019"]
    urls: dict[str, str] = {}
    for art in old:
        art.url = f"http://{www.host}{rtf_file(b, www, art.report)}"
        b.document(art.url, art.report, "rtf", "original")
        urls[art.report.key] = art.url
    non_reports = kit.column_non_reports(county, noise)
    current = [a for a in arts if a not in old] + non_reports
    kit.trs_column_pages(b, www, county, family, current, urls, nav=nav, folder=FOLDER, salt="rt-art")
    items = kit.newest_first(old + current)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="rt-news")
    return urls
