"""A county portal whose departments' and townships' 年报, and every historical one, are PDF attachments in an
upload folder behind hotlink protection (防盗链): the web server answers a file only to a request whose `Referer`
names one of the portal's own hosts (nginx `valid_referers server_names *.X.gov.cn;` without `none`), and `403
Forbidden` to one that sends no Referer or another site's, as a download tool, a bookmarked address or a fetcher that
drops the header does (held out of tuning, twelfth round).

Modelled on http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: the government's own
政府信息公开年报 column, TRS `<YYYYMM>/t<YYYYMMDD>_<id>.html`), http://www.hzft.gov.cn/module/download/downfile.jsp?classid=0&filename=fb6f3112750d4a44a10646fcb15c3496.doc
(a county portal's units' reports as attachments named by a hash) and on nginx's referer module
(http://nginx.org/en/docs/http/ngx_http_referer_module.html: `valid_referers none blocked server_names …;
if ($invalid_referer) { return 403; }`, here without `none`, as sites that refuse direct downloads configure it).
That the cited portals guard their uploads so is this family's choice. Unlike xhrheader (a list action that
answers only jQuery's `X-Requested-With`), downfile (one download servlet, open to any request) and objembed (a
file named by an `<object>`), the guard is on the report files themselves and the condition is where the request
says it came from.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报
  column), /zwgk/zfxxgknb/index.html, index_1.html … (下一页/尾页; every unit's reports and look-alikes), the
  government's current reports as HTML articles, every other report an article whose 附件 links
  /uploadfile/<YYYYMM>/<32 hex>.pdf (403 without a Referer on the portal's domain).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/zfxxgknb/"
PAGE_SIZE = 12
FORBIDDEN = (b"<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>"
             b"\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


def from_the_site(headers: dict[str, str], domain: str) -> bool:
    """nginx's `valid_referers server_names *.<domain> <domain>` without `none`: a Referer whose host is the
    portal's domain or one of its sub-hosts."""
    host = (urlsplit(headers.get("referer", "")).hostname or "").lower()
    return host == domain or host.endswith("." + domain)


def attachment_article(title: str, day_text: str, publisher: str, pdf_path: str) -> str:
    return (f'<div class="article"><h1>{esc(title)}</h1><p class="info">来源：{esc(publisher)}　发布日期：{day_text}</p>'
            f'<div class="TRS_Editor"><p>{esc(title)}全文见附件。</p></div>'
            f'<div class="fj">附件：<a href="{pdf_path}" target="_blank">{esc(title)}.pdf</a></div></div>')


def build_refguard(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refguard"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    domain = county.host.removeprefix("www.")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("rg-art", county.pinyin, art.key, digits=7)
        path = kit.trs_path(NB, art.day, doc_id)
        report = art.report
        if report is None or (report.unit.kind in ("gov", "office") and report.template != "pre2019"):
            kit.article_page(b, www, county, family, art, path, nav=nav, column="政府信息公开年报",
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
            continue
        pdf_path = f"/uploadfile/{report.published:%Y%m}/{stable_hex('rg-pdf', county.pinyin, art.key, length=32)}.pdf"
        pdf = pdf_page(report, b.report_date(report))

        def guarded(method, query, headers, body, pdf=pdf):
            return pdf if from_the_site(headers, domain) else Page(FORBIDDEN, pdf.last_modified, "text/html",
                                                                   status=403, role="attachment")

        www.dynamic[pdf_path] = guarded
        pdf_url = f"http://{www.host}{pdf_path}"
        b.pages[pdf_url] = "attachment"
        b.document(pdf_url, report, "pdf", "original")
        urls[report.key] = pdf_url
        art.url = f"http://{www.host}{path}"
        b.html_page(www, path, page(county, family, art.title, attachment_article(art.title, art.date_text,
                                                                                  report.unit.name, pdf_path),
                                    column="政府信息公开年报", nav=nav, host=www.host), moment(art.day, 600), "article")
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=NB + "index.html", news_salt="rg-news")
    return urls
