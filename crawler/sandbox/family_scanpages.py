"""A county portal whose departments' and townships' 政府信息公开年报, and every report before 2019, are published as
scans: the report's article is a column of page images (the signed and sealed paper, scanned), with no text of the
report in the page, and the report's file — the PDF the scans were made from — is offered only by a 下载原文 button,
`<a href="javascript:void(0);" onclick="downloadYw('<file id>')">`, whose function, in the portal's shared
`/js/common.js`, goes to `/attachment/download.do?fileId=<id>`. The 年报 column links every article; the government's
own reports from 2019 on are HTML articles (held out of tuning, thirtieth round).

Modelled on https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(河北: 政府信息公开 → 政府信息公开年报, articles `/columns/<column uuid>/<YYYYMM>/<DD>/<uuid>.html`) and
https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/1586934138420 (a copy of 高邑县's 2018 report: "本报告的电子版
可在高邑县人民政府网站下载", a report whose file is what the portal offers). That the older and the units' reports are
page images with the file behind a scripted button is this family's choice (the cited pages are text). The page images
are the report's text and tables drawn as pictures (the sandbox's stand-in for scans). Unlike objembed (the PDF in an
`<object data>`), pdfviewer (a viewer's `file=` query), loadmore (attachments opened by `window.open` with the
address) or sharedjs (a list's rows opened by a shared script's function), the report's article is found by a plain
link but holds no report text, and its file's address is put together by a function from an id.

- www.X.gov.cn: home (news; the government's newest report), 政府信息公开 (/columns/<uuid>/index.html: the guide and
  the column), /columns/<uuid>/index.html (the 年报 column, every entry), articles /columns/<uuid>/<YYYYMM>/<DD>/<uuid>.html,
  page images /uploadfiles/<YYYYMM>/<16 hex>_<n>.png, /js/common.js, files /attachment/download.do?fileId=<32 hex>
  (application/pdf, `Content-Disposition: attachment`; an unknown id: 404).
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.documents import report_pdf, table_png
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.tables import Cell, Grid
from nianbao.crawler.sandbox.web import Page

DOWNLOAD = "/attachment/download.do"
COMMON_JS = "/js/common.js"
COMMON = f"""/* 网站公共脚本 */
function setHome(obj) {{ try {{ obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(location.href); }} catch (e) {{}} }}
function doPrint() {{ window.print(); }}
function downloadYw(id) {{ window.location.href = "{DOWNLOAD}?fileId=" + id; }}
"""
LINE_CHARS = 32
PAGE_LINES = 24


def uid(*keys: object) -> str:
    """A stable UUID (the CMS names columns and articles by UUIDs)."""
    return str(uuid.UUID(stable_hex(*keys)))


def scan_grids(report: Report) -> list[Grid]:
    """The report's pages as pictures are drawn: its text in lines of LINE_CHARS, PAGE_LINES a page, each table a
    page of its own."""
    pages: list[Grid] = []
    lines: list[str] = []
    for kind, content in report.blocks():
        if kind == "table":
            pages += [[[Cell(line)] for line in lines]] if lines else []
            pages.append(content)
            lines = []
            continue
        text = str(content)
        lines += [text[i:i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS)]
        while len(lines) > PAGE_LINES:
            pages.append([[Cell(line)] for line in lines[:PAGE_LINES]])
            lines = lines[PAGE_LINES:]
    return pages + ([[[Cell(line)] for line in lines]] if lines else [])


def scanned_article(b: Build, site, county: County, family: str, art: Article, path: str, nav) -> str:
    """Serve the scan article of `art` at `path`, its page images and its file; returns the file's URL."""
    report = art.report
    file_id = stable_hex("sp-file", county.pinyin, art.key)
    stem = stable_hex("sp-img", county.pinyin, art.key, length=16)
    images = []
    for n, grid in enumerate(scan_grids(report), start=1):
        image = f"/uploadfiles/{art.day:%Y%m}/{stem}_{n}.png"
        b.add(site, image, Page(lambda g=grid: table_png(g), moment(art.day, 600), "image/png"), "image")
        images.append(f'<p><img src="{image}" alt="第{n}页" width="800"></p>')
    disposition = f"attachment; filename*=UTF-8''{quote(art.title + '.pdf')}"
    b.add(site, f"{DOWNLOAD}?fileId={file_id}",
          Page(lambda: report_pdf(report), b.report_date(report), "application/pdf", ignores_query=False,
               extra_headers=(("Content-Disposition", disposition),)), "attachment")
    file_url = f"http://{site.host}{DOWNLOAD}?fileId={file_id}"
    b.document(file_url, report, "pdf", "original", needs_browser=True)
    art.url = f"http://{site.host}{path}"
    main = (f'<div class="article"><h1>{esc(art.title)}</h1><p class="info">发布机构：{esc(report.unit.name)}　'
            f'发布日期：{art.date_text}</p><div class="scan">{"".join(images)}</div>'
            f'<p class="down"><a href="javascript:void(0);" onclick="downloadYw(\'{file_id}\')">下载原文</a></p></div>')
    b.html_page(site, path, page(county, family, art.title, main, column="政府信息公开年报", nav=nav, host=site.host,
                                 scripts=f'<script type="text/javascript" src="{COMMON_JS}"></script>'),
                moment(art.day, 600), "article")
    return file_url


def build_scanpages(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "scanpages"
    column = uid("sp-col", county.pinyin, "nb")
    gk = f"/columns/{uid('sp-col', county.pinyin, 'gk')}/index.html"
    folder = f"/columns/{column}/"
    nav = [("首页", "/"), ("政府信息公开", gk), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    b.add(www, COMMON_JS, Page(COMMON.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "script")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)

    def path(art: Article) -> str:
        return f"{folder}{art.day:%Y%m}/{art.day:%d}/{uid('sp-art', county.pinyin, art.key)}.html"

    for art in entries:
        report = art.report
        if report is None or (report.unit.kind in ("gov", "office") and report.template != "pre2019"):
            kit.column_pages(b, www, county, family, [art], urls, nav=nav, path=path)
        else:
            urls[report.key] = scanned_article(b, www, county, family, art, path(art), nav)
    kit.report_list_page(b, www, county, family, folder + "index.html", "政府信息公开年报", kit.link_list(entries),
                         entries, nav=nav)
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path=gk, title="政府信息公开",
                      article_path=lambda art: f"/columns/{uid('sp-col', county.pinyin, 'zn')}/202306/01/"
                                               f"{uid('sp-art', county.pinyin, art.key)}.html",
                      reports_href=folder + "index.html")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: f"/xwzx/{art.day:%Y%m}/{art.day:%d}/"
                                                    f"{uid('sp-news', county.pinyin, art.key)}.html")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
