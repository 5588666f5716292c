"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only in the column's 附件
`历年政府信息公开年报目录.ofd`: an OFD file (GB/T 33190-2016, the national fixed-layout format 电子公文 systems
export), a table (年度, 发布机关, 报告名称) whose title cells are text objects carrying a click action, `<ofd:Actions>
<ofd:Action Event="CLICK"><ofd:URI URI="http://…"/></ofd:Action></ofd:Actions>`, what an OFD converter writes for a
hyperlink of the Word table it converts. The file is a zip of XML parts: OFD.xml, Doc_0/Document.xml, and each page's
Doc_0/Pages/Page_N/Content.xml, where the addresses are attribute values; no HTML page of the portal names those
reports (held out of tuning, seventy-first round).

Modelled on https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(河北省2020年政府信息公开工作年度报告 under 政府信息公开 > 政府信息公开年报: a Hebei portal whose columns and articles
are `/columns/<column uuid>/<YYYYMM>/<DD>/<article uuid>.html`, the layout this family's column and articles take)
and http://wuhufuchun.com/columns/68d97672-2e08-4612-9817-c9c1a4feade1/201801/24/ed1026fa-2e53-47e6-a0cc-86f547fb206d.html
(a copy of 平山县2017年政府信息公开年度报告, a Hebei county's pre-2019 report in the same layout). The OFD 目录 is this
family's choice (the cited pages are HTML; OFD is what Chinese 电子公文 and 档案 systems must export), as is putting
each link in the CLICK action of the title's text object (GB/T 33190's `CT_GraphicUnit` carries `Actions`, and a
`CT_Action` may be a `URI`: the form OFD writers emit for a hyperlink, and OFD readers' test files hold, an
`<ofd:Actions>` before the `<ofd:TextCode>`). Unlike ofdfile (25th round: reports themselves as .ofd files, linked by plain `<a>`),
pdfindex (a PDF's link annotations), xlsxindex or docxindex (OOXML hyperlink relationships), the addresses are URI
actions of an OFD page's text objects.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /columns/<uuid>/index.html (the government's reports since 2019, 解读, look-alikes and the 附件), the file
  /columns/<uuid>/files/<YYYYMMDD><id>.ofd (application/ofd), articles /columns/<uuid>/<YYYYMM>/<DD>/<uuid>.html.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.documents import OFD_NS, normalise_zip
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LABEL = "政府信息公开年报"
OFD_TYPE = "application/ofd"
ROWS_PER_PAGE = 30
HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
COLUMNS_MM = ((25.0, 14.0, "年度"), (40.0, 45.0, "发布机关"), (86.0, 99.0, "报告名称"))   # x, width, heading


def column_folder(county: County) -> str:
    uuid = stable_hex("ol-col", county.pinyin)
    return f"/columns/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:32]}/"


def article_path(folder: str, art: Article, salt: str) -> str:
    uuid = stable_hex(salt, art.key)
    return f"{folder}{art.day:%Y%m}/{art.day:%d}/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:32]}.html"


def _text_object(object_id: int, x: float, y: float, width: float, text: str, uri: str = "") -> str:
    action = (f'<ofd:Actions><ofd:Action Event="CLICK"><ofd:URI URI={quoteattr(uri)}/></ofd:Action></ofd:Actions>'
              if uri else "")
    return (f'<ofd:TextObject ID="{object_id}" Boundary="{x:.2f} {y:.2f} {width:.2f} 6.00" Font="1" Size="3.2">'
            f'{action}<ofd:TextCode X="0" Y="3.20">{escape(text)}</ofd:TextCode></ofd:TextObject>')


def directory_ofd(title: str, items: list[Article]) -> bytes:
    """The 目录 as an OFD file: per ROWS_PER_PAGE reports an A4 page of the title, the headings and a row per report
    (年度, 发布机关, 报告名称), each title's text object with a CLICK action opening the report's URL."""
    pages: list[str] = []
    next_id = 2   # ID 1: the font
    for start in range(0, len(items), ROWS_PER_PAGE) or [0]:
        objects = [_text_object(next_id, 25, 20, 160, title)]
        objects += [_text_object(next_id + 1 + n, x, 32, w, h) for n, (x, w, h) in enumerate(COLUMNS_MM)]
        next_id += 1 + len(COLUMNS_MM)
        for row, art in enumerate(items[start:start + ROWS_PER_PAGE]):
            y = 40 + row * 7.5
            cells = (str(art.report.year), art.report.unit.name[:14], art.title[:32])
            for n, ((x, w, _), text) in enumerate(zip(COLUMNS_MM, cells, strict=True)):
                objects.append(_text_object(next_id, x, y, w, text, art.url if n == len(cells) - 1 else ""))
                next_id += 1
        pages.append("".join(objects))
    layers, page_ids = range(next_id, next_id + len(pages)), range(next_id + len(pages), next_id + 2 * len(pages))
    members = {
        "OFD.xml": f'{HEAD}<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   f"<ofd:DocID>{stable_hex('ol-doc', title)}</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>"
                   "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'{HEAD}<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
                              f"<ofd:MaxUnitID>{page_ids[-1]}</ofd:MaxUnitID><ofd:PageArea>"
                              "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                              "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                              + "".join(f'<ofd:Page ID="{page_id}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
                                        for n, page_id in enumerate(page_ids)) + "</ofd:Pages></ofd:Document>",
        "Doc_0/PublicRes.xml": f'{HEAD}<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" '
                               'FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
    }
    for n, (layer, objects) in enumerate(zip(layers, pages, strict=True)):
        members[f"Doc_0/Pages/Page_{n}/Content.xml"] = (
            f'{HEAD}<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{layer}">{objects}</ofd:Layer>'
            "</ofd:Content></ofd:Page>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            z.writestr(name, text.encode("utf-8"))
    return normalise_zip(buf.getvalue())


def build_ofdlink(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ofdlink"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    folder = column_folder(county)
    column = folder + "index.html"
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, column=LABEL,
                     serial=lambda art: stable_int("ol-art", county.pinyin, art.key, digits=5),
                     path=lambda art: article_path(folder, art, f"ol-art:{county.pinyin}"))
    shown, in_file = kit.split_for_file(arts)
    shown = kit.newest_first(shown + non_reports)
    title = f"{county.gov_name}历年政府信息公开年报目录"
    day = in_file[0].day if in_file else newest.day
    path = f"{folder}files/{day:%Y%m%d}{stable_int('ol-file', county.pinyin, digits=6)}.ofd"
    b.add(www, path, Page(lambda: directory_ofd(title, in_file), b.list_date(in_file), OFD_TYPE), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{path}">{esc(title)}.ofd</a></p>'
                  "<p>县直部门、乡镇及2019年以前的年报，请用OFD阅读器打开附件目录，点击报告名称查阅。</p></div>")
    kit.report_list_page(b, www, county, family, column, LABEL, kit.link_list(shown) + attachment, shown, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column, news_salt="ol-news")
    return urls
