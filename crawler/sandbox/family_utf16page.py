"""A county portal whose 政府信息公开年报 columns are static .htm pages kept by the office's staff in a Windows editor and
saved as "Unicode" (Word's and Notepad's name for UTF-16LE): each file starts with the byte order mark FF FE, every
character takes two bytes, and the page's own `<meta>` says `charset=unicode` (what Word writes for that encoding).
IIS serves .htm files as `Content-Type: text/html` with no charset. The HTML standard's encoding sniffing reads a
BOM before anything else, so a browser shows the page right; a reader that takes the missing charset as UTF-8 (or
looks for ASCII `href=` in the bytes) sees NUL-interleaved text and no link. The report articles are the CMS's
ordinary UTF-8 pages; the columns list every unit's reports of every year, the years before 2019 included (held out
of tuning, forty-second round).

Modelled on http://jgswj.shandong.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=1137000000450226XC&fbtime=2008
(山东省省级机关事务管理局2008年度信息公开报告: a Shandong report of the years before 2019, republished in 2020 on an
annual-report page of the 信息公开 system) and http://www.zs.gov.cn/dyz/qt/xxgkndbg/content/post_1289026.html (大涌镇
2009 report, a township's report in its own 年度报告 column). The UTF-16LE files, their `charset=unicode` meta and the header without charset are this family's
choice (the cited pages are text; hand-kept .htm lists saved from Word or Notepad as "Unicode" are real on older
county sites). Unlike gzbom (a UTF-8 BOM), sniffhtml (no Content-Type at all) or latinheader (a wrong charset in the
header), the header says nothing of the charset and only the BOM does.

- www.X.gov.cn (Microsoft-IIS/7.5): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the
  guide and the three columns), the columns /xxgk/ndbg/<bj|bm|xz>.htm (UTF-16LE with BOM, `text/html`),
  articles /xxgk/ndbg/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html (UTF-8).
"""

from __future__ import annotations

import codecs

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年度报告", "bm": "部门信息公开年度报告", "xz": "镇（街道）信息公开年度报告"}
SERVER = "Microsoft-IIS/7.5"
WORD_CHARSET = "unicode"          # what Word's "Save as Web Page" writes in the meta of a UTF-16 file
IIS_HTM_TYPE = "text/html"        # IIS's static-file type for .htm: no charset


def utf16le_with_bom(text: str) -> bytes:
    """A file saved as "Unicode" by a Windows editor: the UTF-16LE BOM, then the text in UTF-16LE."""
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def build_utf16page(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "utf16page"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    hrefs = []
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            doc_id = stable_int("u16-art", county.pinyin, key, art.key, digits=6)
            kit.article_page(b, www, county, family, art, kit.trs_path(f"/xxgk/ndbg/{key}/", art.day, doc_id),
                             nav=nav, column=label, index_no=kit.site_index_no(county, art, doc_id % 100000),
                             report_urls=urls)
        path = f"/xxgk/ndbg/{key}.htm"
        text = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(listed)}", column=label, nav=nav,
                    host=www.host, charset=WORD_CHARSET)
        b.add(www, path, Page(utf16le_with_bom(text), b.list_date(listed), IIS_HTM_TYPE), "list")
        hrefs.append((path, label))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="u16-news", more=tuple(hrefs[1:]))
    return urls
