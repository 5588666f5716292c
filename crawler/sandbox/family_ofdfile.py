"""A county portal whose reports are published as OFD files (GB/T 33190-2016, the national fixed-layout format that
电子公文 systems export): the departments' and townships' 年报 columns link each report's `.ofd` file straight from
the list (`P0<YYYYMMDD><12 digits>.ofd`, TRS's attachment names), with no article page and no PDF or Word copy; the
government's and its office's reports are articles, each with its OFD under 附件. The web server has no type for the
extension and answers `application/octet-stream` (nginx's `default_type`) with no `Content-Disposition`: only the
link's extension and the file's bytes (a zip holding OFD.xml) say what it is (held out of tuning, twenty-fifth
round). The parser reads them (parse/ofd.py): the files' text is in `ofd:TextCode` elements of Doc_0/Pages/Page_N/Content.xml
(documents.report_ofd), tables as positioned cells without ruling.

Modelled on http://www.cqsdj.gov.cn/bmjz/jz/ytz_73563/zwgk_73567/zfxxgknb_73584/202301/t20230118_11520599_wap.html
(a 镇's 2022 report in its own 政府信息公开年报 column of a TRS portal, `<YYYYMM>/t<YYYYMMDD>_<id>`), on OFD as its
publishers describe it: https://css-ca.com/NewsStd_1341.html ("在电子政务领域,党政机关的电子公文、电子档案等都采用OFD格式";
its XML structure) and http://blog.xiaoming.xyz/archives/tag/ofd (OFD, 我国电子公文交换和存储格式标准). Units publishing
their 年报 as OFD only is this family's choice; the cited report page is HTML. Unlike kingcms, noticefiles and
downfile (PDF and Word attachments) or autoindex (files in a server listing), every link here is a plain `<a href>`;
only the format of what it leads to is new.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/zfxxgknb/<bj|bm|xz>/index.html (本级: articles /xxgk/zfxxgknb/bj/<YYYYMM>/t<YYYYMMDD>_<id>.html
  with their OFD beside them, 解读 and look-alikes; 部门, 乡镇: the OFD files /xxgk/zfxxgknb/<bm|xz>/<YYYYMM>/P0….ofd).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.documents import report_ofd
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

FOLDER = "/xxgk/zfxxgknb/{key}/"
OCTET = "application/octet-stream"   # nginx's default_type: no MIME type is configured for .ofd
# column key (kit.unit_kind_columns), label
COLUMNS = (("bj", "县政府"), ("bm", "县直部门"), ("xz", "乡镇（街道）"))


def ofd_file(b: Build, site: Site, report: Report, folder: str) -> str:
    """Serve the report's OFD under `folder` by its TRS attachment name; returns its path."""
    path = f"{folder}{report.published:%Y%m}/P0{report.published:%Y%m%d}{stable_int('of-file', report.key, digits=12)}.ofd"
    b.add(site, path, Page(lambda: report_ofd(report), b.report_date(report), OCTET, role="attachment"), "attachment")
    return path


def build_ofdfile(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ofdfile"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.unit_kind_columns(county, arts, noise, tuple(key for key, _ in COLUMNS))
    own = FOLDER.format(key="bj")
    for art in kit.newest_first(columns["bj"]):   # articles; a report's OFD beside it, under 附件
        doc_id = stable_int("of-art", county.pinyin, art.key, digits=7)
        path, attachment = kit.trs_path(own, art.day, doc_id), ""
        if art.report:
            ofd = ofd_file(b, www, art.report, own)
            attachment = (f'<div class="attach">附件：<a href="./{ofd.rsplit("/", 1)[1]}">{esc(art.title)}.ofd</a>'
                          "</div>")
        kit.article_page(b, www, county, family, art, path, nav=nav, column="政府信息公开年报",
                         index_no=kit.site_index_no(county, art, doc_id), attachments=attachment, report_urls=urls)
        if art.report:
            b.document(f"http://{www.host}{ofd}", art.report, "ofd", "attachment", parent_url=art.url)
    for key in ("bm", "xz"):   # the units' reports: their OFD files, linked from the list
        for art in columns[key]:
            art.url = f"http://{www.host}{ofd_file(b, www, art.report, FOLDER.format(key=key))}"
            urls[art.report.key] = art.url
            b.document(art.url, art.report, "ofd", "original")
    links = []
    for key, label in COLUMNS:
        folder, listed = FOLDER.format(key=key), kit.newest_first(columns[key])
        kit.report_list_page(b, www, county, family, folder + "index.html", f"{label}政府信息公开年报",
                             trs_list_html(listed, folder), listed, nav=nav)
        links.append((folder + "index.html", f"{label}年报"))
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=links[0][0],
                                  more=tuple(links[1:]), news_salt="of-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
