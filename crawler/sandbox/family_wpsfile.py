"""A county portal whose departments and townships publish their 政府信息公开年报 as Kingsoft WPS Office `.wps` files:
the 年报 column lists the government's and its office's reports as articles, each with its `.wps` under 附件, and
every other unit's report as a straight link to its `.wps` file whose text is the file name only
(`P0<YYYYMMDD><12 digits>.wps`) or 附件, with no article, no PDF and no Word copy. The server has no type for the
extension and answers `application/octet-stream` with no `Content-Disposition`: only the extension and the file's
bytes say what it is (held out of tuning, thirty-ninth round).

A .wps of WPS 2000-2003 and later is an OLE compound file like a .doc; no Python library at hand writes one, so the
sandbox's files are the compound file's 512-byte header (its magic `D0 CF 11 E0 A1 B1 1A E1`, version 3, byte order
`FFFE`, 512-byte sectors) followed by the report's text in UTF-16LE, the encoding of a .doc's text stream: real-shaped
in magic and text, not a readable directory. The ground truth counts them as documents (format `wps`); the parser
reads no .wps yet.

Modelled on http://www.xyxz.gov.cn/zwgk/gknb/nbzl/nbzlqzf/202302/t20230217_3144881.shtml (襄州区's 2022 report in a
年报专栏 of a TRS portal, `<YYYYMM>/t<YYYYMMDD>_<id>`, the layout this family takes) and
https://www.whdonghu.gov.cn/zwgk_6255/xxgknb_6257/bmjdhz/qsejdw_72648/cxgzbsc_72651/202601/t20260115_2712113.shtml (a
办事处's report under 部门街道汇总). Units filing their 年报 as .wps only is this family's choice; the cited reports are
HTML. Unlike ofdfile (OFD files), kingcms/noticefiles/downfile (PDF and Word attachments) or zipbundle (archives), the
link names a WPS Office file, its title nowhere in the list.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /zwgk/gknb/index.html (articles of the government and its office with 解读 and look-alikes; the other units'
  .wps files), articles /zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html, files /zwgk/gknb/<YYYYMM>/P0….wps.
"""

from __future__ import annotations

import struct

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

FOLDER = "/zwgk/gknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
OCTET = "application/octet-stream"   # no MIME type configured for .wps
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
SECTOR = 512


def wps_bytes(report: Report) -> bytes:
    """The compound file header of a .wps (see the module's docstring) and the report's text in UTF-16LE."""
    header = (OLE_MAGIC + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIII", 0, 1, 0xFFFFFFFE, 0, 0x1000, 0xFFFFFFFE, 0, 0xFFFFFFFE))
    text = f"{report.title}\r{report.plain_text()}".encode("utf-16-le")
    body = header.ljust(SECTOR, b"\xff") + text
    return body.ljust(-(-len(body) // SECTOR) * SECTOR, b"\x00")


def wps_file(b: Build, site: Site, report: Report) -> str:
    """Serve `report` as a .wps under the column's month folder; returns its path."""
    path = (f"{FOLDER}{report.published:%Y%m}/P0{report.published:%Y%m%d}"
            f"{stable_int('wp-file', report.key, digits=12)}.wps")
    b.add(site, path, Page(lambda: wps_bytes(report), b.report_date(report), OCTET, role="attachment"), "attachment")
    return path


def file_list(items: list[Article]) -> str:
    """The column's list: an article by its title, a unit's file by its name or 附件 (every third)."""
    rows = []
    for i, art in enumerate(items):
        name = art.url.rsplit("/", 1)[1]
        text = art.title if not art.url.endswith(".wps") else ("附件" if i % 3 == 2 else name)
        rows.append(f'<li><a href="{esc(art.url)}" target="_blank">{esc(text)}</a>'
                    f'<span class="date">{art.date_text}</span></li>')
    return f'<ul class="list">{"".join(rows)}</ul>'


def build_wpsfile(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "wpsfile"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    own = [a for a in arts if a.report.unit.kind in ("gov", "office")]
    files = [a for a in arts if a not in own]
    urls: dict[str, str] = {}
    for art in files:
        art.url = f"http://{www.host}{wps_file(b, www, art.report)}"
        b.document(art.url, art.report, "wps", "original")
        urls[art.report.key] = art.url
    column = kit.report_column(county, own, noise)
    for art in column:
        index_no = kit.site_index_no(county, art, stable_int("wp-art", county.pinyin, art.key, digits=7))
        path = kit.trs_path(FOLDER, art.day, stable_int("wp-art", county.pinyin, art.key, digits=7))
        attachments = ""
        if art.report:
            wps = wps_file(b, www, art.report)
            attachments = f'<div class="attach">附件：<a href="{wps}">{esc(wps.rsplit("/", 1)[1])}</a></div>'
        kit.article_page(b, www, county, family, art, path, nav=nav, column=LABEL, index_no=index_no,
                         attachments=attachments, report_urls=urls)
        if art.report:
            b.document(f"http://{www.host}{wps}", art.report, "wps", "attachment", parent_url=art.url)
    items = kit.newest_first(files + column)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, file_list(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="wp-news")
    return urls
