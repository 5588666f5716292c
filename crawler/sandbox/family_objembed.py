"""A county portal whose 政府信息公开年报 column lists every report as an article, but the departments', townships'
and every historical report's article is only a frame around the PDF, shown in the page by an
`<object data="….pdf" type="application/pdf">` (the way CMS editors' "插入PDF" buttons and the PDFObject library embed
a file), with a fallback sentence and no download link: the report file is named by the object's `data` attribute
alone (held out of tuning, eleventh round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: "本报告电子版可在…下载", a report
whose file is what the page offers) and https://www.xjwq.gov.cn/info/1050/64208.htm (a county's 2024 report, an
article of a VSB-style `/info/<column>/<id>.htm` column). That the articles embed the file with `<object>` and link
it nowhere is this family's choice (the cited pages do not show it). Unlike pdfviewer (a pdf.js viewer whose `file=`
query names the PDF), downfile (a download servlet linked by `<a href>`), noticefiles (attachments linked from a
notice) and loadmore (attachments opened by `window.open`), the file is an embedded object of an article page.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /info/<column>/index.htm (every entry, newest first), /info/<column>/<id>.htm (articles: the
  government's reports from 2019 as HTML, the rest frames around `<object data="/__local/<X>/<hex>.pdf">`).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

FALLBACK = "您的浏览器不支持在线预览PDF文件，请使用支持PDF插件的浏览器浏览。"


def embedded(title: str, day_text: str, pdf_path: str, publisher: str) -> str:
    """The frame article: its title, its line of 来源/日期, and the PDF as an object (no link to it)."""
    return (f'<div class="article"><h1>{esc(title)}</h1><p class="info">来源：{esc(publisher)}　发布日期：{day_text}</p>'
            f'<div class="v_news_content"><object data="{pdf_path}" type="application/pdf" width="100%" height="900">'
            f"<p>{FALLBACK}</p></object></div></div>")


def build_objembed(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "objembed"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="VWebServer")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    column = stable_int("oe-col", county.pinyin, digits=4)
    folder = f"/info/{column}/"
    for art in entries:
        doc_id = stable_int("oe-art", county.pinyin, art.key, digits=5)
        while f"{folder}{doc_id}.htm" in www.pages:   # 5-digit hashes of ~40 entries can meet (once in 142 portals)
            doc_id += 1
        path = f"{folder}{doc_id}.htm"
        report = art.report
        if report is None or (report.unit.kind in ("gov", "office") and report.template != "pre2019"):
            url = kit.article_page(b, www, county, family, art, path, nav=nav, column="政府信息公开年报",
                                   index_no=kit.site_index_no(county, art, doc_id))
            if report:
                urls[report.key] = url
            continue
        pdf_path = f"/__local/{stable_hex('oe-dir', county.pinyin, length=1).upper()}/" \
                   f"{stable_hex('oe-pdf', art.key, length=32)}.pdf"
        b.add(www, pdf_path, pdf_page(report, b.report_date(report)), "attachment")
        pdf_url = f"http://{www.host}{pdf_path}"
        b.document(pdf_url, report, "pdf", "original")
        urls[report.key] = pdf_url
        art.url = f"http://{www.host}{path}"
        b.html_page(www, path, page(county, family, art.title, embedded(art.title, art.date_text, pdf_path,
                                                                        report.unit.name),
                                    column="政府信息公开年报", nav=nav, host=www.host), moment(art.day, 600), "article")
    b.html_page(www, folder + "index.htm", page(county, family, "政府信息公开年报", kit.link_list(entries),
                                                column="政府信息公开年报", nav=nav, host=www.host),
                b.list_date(entries), "list")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: (
                          f"/info/1001/{stable_int('oe-guide', county.pinyin, art.key, digits=5)}.htm"),
                      reports_href=folder + "index.htm")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: (
                               f"/info/1002/{stable_int('oe-news', county.pinyin, art.key, digits=5)}.htm"))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
