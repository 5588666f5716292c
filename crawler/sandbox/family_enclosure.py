"""A county portal whose 年报 column lists 公告 ("关于公开《…年度报告》的公告"), one per report, and whose reports are
PDF files attached to those notices only as the enclosure of each notice's own Atom entry: the notice's head has
`<link rel="alternate" type="application/atom+xml" href="t<date>_<id>.atom">`, the entry's
`<link rel="enclosure" type="application/pdf" href=".../P0<id>.pdf">` names the file, and the notice's 附件 box is
empty until a script reads the entry and draws the link. No page's `<a href>` names a report file but the home
page's link to the government's newest one (held out of tuning, twenty-second round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: "本报告电子版可在…政府信息公开专栏
下载", a report published as a downloadable file, 2012's among them) and http://www.nbjb.gov.cn/col/col1229214366/index.html
(宁波江北: per-department 政务公开 columns), with Atom 1.0's `rel="enclosure"` link (RFC 4287 §4.2.7.2: a related
resource, potentially large, such as a file) that feed readers download. A per-notice Atom entry whose enclosure is
the report is this family's choice; the cited pages do not show a feed. Unlike rssfeed (one feed per column listing
article pages), noticefiles (attachments linked in the notice's body) and pdfviewer (a viewer's `?file=`), the
report file is named only by an XML link attribute of a feed each notice names in its head.

- www.X.gov.cn: home (news; the government's newest report file), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the notices), notices /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html with their entries
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.atom, files /xxgk/nb/<YYYYMM>/P0<YYYYMMDD><id>.pdf.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc, moment
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
LABEL = "政府信息公开年报"
ATOM_TYPE = "application/atom+xml"

ATTACH = """<script type="text/javascript">
// the notice's 附件 are the enclosures of its Atom entry (the CMS's 信息订阅 output)
document.addEventListener("DOMContentLoaded", function () {
  var feed = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  var xhr = new XMLHttpRequest();
  xhr.open("GET", feed.href);
  xhr.onload = function () {
    var box = document.getElementById("fujian");
    Array.prototype.forEach.call(xhr.responseXML.getElementsByTagName("link"), function (link) {
      if (link.getAttribute("rel") !== "enclosure") { return; }
      var a = document.createElement("a");
      a.href = link.getAttribute("href"); a.textContent = link.getAttribute("title");
      box.appendChild(a);
    });
  };
  xhr.send();
});
</script>"""


def atom_entry(notice_url: str, notice: Article, file_path: str, file_title: str, updated: str) -> str:
    """One notice's Atom document: its entry, the report file as the enclosure."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{esc(notice.title)}</title><id>{esc(notice_url)}</id><updated>{updated}</updated>"
            f"<entry><title>{esc(notice.title)}</title><id>{esc(notice_url)}</id><updated>{updated}</updated>"
            f'<link rel="alternate" type="text/html" href="{esc(notice_url)}"/>'
            f'<link rel="enclosure" type="application/pdf" href="{esc(file_path)}" title="{esc(file_title)}.pdf"/>'
            "</entry></feed>")


def build_enclosure(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "enclosure"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    notices = []
    for art in arts:
        report = art.report
        doc_id = stable_int("en-art", county.pinyin, art.key, digits=7)
        folder = f"/xxgk/nb/{art.day:%Y%m}/"
        file_path = f"{folder}P0{art.day:%Y%m%d}{doc_id}.pdf"
        b.add(www, file_path, pdf_page(report, b.report_date(report)), "attachment")
        art.url = f"http://{www.host}{file_path}"
        b.document(art.url, report, "pdf", "original", needs_browser=art is not newest)
        urls[report.key] = art.url
        notice = Article(f"关于公开《{report.title}》的公告", art.day, "notice", key=f"notice:{art.key}",
                         paragraphs=[f"根据《中华人民共和国政府信息公开条例》，现将《{report.title}》予以公开，详见附件。"])
        path = kit.trs_path("/xxgk/nb/", art.day, doc_id)
        notice.url = f"http://{www.host}{path}"
        atom = path.removesuffix(".html") + ".atom"
        lm = moment(art.day, 300)
        b.add(www, atom, Page(atom_entry(notice.url, notice, file_path, report.title, f"{art.day}T09:30:00+08:00")
                              .encode(), lm, f"{ATOM_TYPE}; charset=utf-8"), "feed")
        publisher = report.unit.name
        main = article_main(county, family, notice, index_no=kit.site_index_no(county, notice, doc_id),
                            publisher=publisher, attachments='<div class="fujian">附件：<span id="fujian"></span></div>')
        head = f'<link rel="alternate" type="{ATOM_TYPE}" href="{atom.rsplit("/", 1)[1]}" title="订阅">{ATTACH}'
        b.html_page(www, path, page(county, family, notice.title, main, column=LABEL, nav=nav, host=www.host,
                                    meta=article_meta(notice, publisher), scripts=head), lm, "article")
        b.non_report(notice.url)
        notices.append(notice)
    others = kit.column_non_reports(county, noise)
    kit.trs_column_pages(b, www, county, family, others, urls, nav=nav, folder="/xxgk/nb/", salt="en-non", column=LABEL)
    column = kit.newest_first(notices + others)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(column), column, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="en-news")
    return urls
