"""A county portal whose departments', townships' and every historical (pre-2019) 政府信息公开年报 are PDF files
named only by their article page's head: the 年报 column lists every report as an article by plain link, but those
articles show a summary (the report's opening paragraph, 内容摘要) and carry the report itself only as
`<link rel="alternate" type="application/pdf" href="/module/download/file?id=<8 digits>&type=pdf" title="全文">`,
the HTML way of naming "this document, as a PDF". No `<a>`, `<object>` or frame names the file, and its address is
a download action without a file name or a `.pdf` (the server answers `application/pdf`) (held out of tuning,
thirty-first round).

Modelled on http://yongtai.gov.cn/xjwz/zwgk/zfxxgk/dfbmptlj/xrmzfjzfzcbm/nyj/zfxxgknb/201801/t20180105_1984976.htm
(永泰县农业局2017年政府信息公开工作年度报告: a department's pre-2019 report in a TRS-layout column of the county portal,
"本报告电子版公开在县政府门户网站"), http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm
(福州市晋安区2016年 report: "提供本报告的电子版下载") and https://tljq.gov.cn/openness/OpennessAnnualReport/show/2396.html
(a 乡's 2017 report); the link relation is the HTML standard's, https://developer.mozilla.org/en/HTML/Link_types
("alternate: Alternate representations of the current document", on `<link>`) and the IANA registry's example of
"an alternate representation in the PDF format" (https://www.oreilly.com/library/view/restful-web-services/9780596809140/ape.html).
That the articles name the file only so, and that the download action has no extension, are this family's choices
(the cited pages are text; their markup is not shown). Unlike objembed (an `<object data="….pdf">` in the body),
enclosure (an Atom entry's enclosure, named by a feed link), pdfviewer (a viewer's `?file=` query) or downfile (a
download servlet linked by `<a href>` and naming the file in Content-Disposition), the file is named by a `<link>` of
the head alone, by an address that does not say it is a PDF.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the column), /xxgk/zfxxgknb/index.html (every entry, newest first; plain links), articles
  /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html (the government's and its office's reports from 2019 in full, the
  others summaries), /module/download/file?id=<8 digits>&type=pdf (the PDFs).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/zfxxgknb/"
DOWNLOAD = "/module/download/file"
NOTE = "本报告全文为PDF格式，可通过浏览器“以PDF格式查看全文”功能阅读或下载。"


def download_path(county: County, art: Article) -> str:
    return f"{DOWNLOAD}?id={stable_int('pa-file', county.pinyin, art.key, digits=8)}&type=pdf"


def summary(art: Article, report: Report, index_no: str) -> str:
    """The article of a report published as a PDF: its metadata, title and opening paragraph, and no link."""
    return (f'<table class="xxgk_table"><tr><td>索引号：</td><td>{esc(index_no)}</td><td>发布机构：</td>'
            f"<td>{esc(report.unit.name)}</td><td>发布日期：</td><td>{art.date_text}</td></tr></table>"
            f'<div class="article"><h1 class="title">{esc(art.title)}</h1><div class="TRS_Editor">'
            f'<p class="zy"><b>内容摘要：</b>{esc(report.prose.intro)}</p><p>{NOTE}</p></div></div>')


def build_pdfalt(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfalt"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS Web Server")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("pa-art", county.pinyin, art.key, digits=7)
        path, report = kit.trs_path(FOLDER, art.day, doc_id), art.report
        index_no = kit.site_index_no(county, art, doc_id)
        if report is None or (report.unit.kind in ("gov", "office") and report.template != "pre2019"):
            kit.article_page(b, www, county, family, art, path, nav=nav, column="政府信息公开年报", index_no=index_no,
                             report_urls=urls)
            continue
        file_path = download_path(county, art)
        pdf = pdf_page(report, b.report_date(report))
        pdf.ignores_query = False   # the action answers the file its id names, nothing at its bare path
        b.add(www, file_path, pdf, "attachment")
        urls[report.key] = f"http://{www.host}{file_path}"
        b.document(urls[report.key], report, "pdf", "original")
        art.url = f"http://{www.host}{path}"
        alternate = f'<link rel="alternate" type="application/pdf" href="{esc(file_path)}" title="全文">'
        b.html_page(www, path, page(county, family, art.title, summary(art, report, index_no), column="政府信息公开年报",
                                    nav=nav, host=www.host, scripts=alternate), moment(art.day, 600), "article")
    kit.report_list_page(b, www, county, family, FOLDER + "index.html", "政府信息公开年报",
                         kit.link_list(entries), entries, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=FOLDER + "index.html", news_salt="pa-news")
    return urls
