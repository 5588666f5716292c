"""A county portal whose departments' and townships' 政府信息公开年报, and every report before 2019, are PDF files kept in
a cloud object-storage bucket: the 年报 column lists every report as an article, but those articles are only a line
(全文见附件) and an attachment link to `http://<bucket>.oss-cn-<region>.aliyuncs.com/<prefix>/<YYYYMM>/<32 hex>.pdf`,
an Alibaba Cloud OSS host on another registered domain than the portal's (aliyuncs.com, not gov.cn), answering as
OSS does (`Server: AliyunOSS`, `x-oss-request-id`, `x-oss-object-type`; the bucket's root `403 AccessDenied` XML,
as a bucket without public listing answers). The registry names only the portal's host; the reports' files are
reached only by following a link off the portal's domain (held out of tuning, twenty-ninth round).

Modelled on http://nxyn.gov.cn/zwgk/gknb/201903/t20190326_1342921.html (永宁 in 宁夏: a 政务公开 → 公开年报 column of TRS
articles `/zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html`, its 2018 report saying 本报告电子版可在…门户网站查阅或下载) and on OSS's
documented object URLs, https://alibabacloud.com/help/en/oss/developer-reference/download-objects-as-files-3 (a
bucket in a region's endpoint, `oss-cn-hangzhou.aliyuncs.com`) and
https://support.huaweicloud.com/intl/en-us/sdk-python-devg-obs/obs_22_1613.html (an object's URL is
`https://<bucket>.<endpoint>/<folder>/<object>` once its ACL lets anyone read it). That the portal's CMS stores its
uploads in a bucket and links the object URL is this family's choice (the cited 年报 page shows the column, not
where its files live). Unlike refguard (files on the portal's own host behind a Referer check), kingcms (attachments
on an IP address), downfile (one download servlet of the portal) or zipbundle (files in an archive), the file is on
the public host of a cloud provider, neither the portal's domain nor an address of its own.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/gknb/index.html, index_1.html … (the column, every report and the non-reports, relative TRS links), articles
  /zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html (the government's and its office's current reports in full; every other
  report's article a stub whose 附件 is the bucket's PDF).
- <bucket>.oss-cn-<region>.aliyuncs.com: /gknb/<YYYYMM>/<32 hex>.pdf (the reports' files), / (403 AccessDenied).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/gknb/"
PAGE_SIZE = 15
REGIONS = ("cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-chengdu")
OSS_SERVER = "AliyunOSS"


def bucket_host(county: County) -> str:
    """The portal's bucket on OSS's public endpoint of a region: `<bucket>.oss-<region>.aliyuncs.com` (bucket names:
    3-63 lower-case letters, digits and hyphens)."""
    region = REGIONS[stable_int("oss-region", county.pinyin) % len(REGIONS)]
    return f"{county.pinyin}-gov-web.oss-{region}.aliyuncs.com"


def oss_headers(key: str) -> tuple[tuple[str, str], ...]:
    """What OSS adds to an object's answer: the request's id and the object's kind (a simple upload: Normal)."""
    return (("x-oss-request-id", stable_hex("oss-req", key, length=24).upper()), ("x-oss-object-type", "Normal"),
            ("x-oss-storage-class", "Standard"), ("Accept-Ranges", "bytes"))


def access_denied(host: str) -> bytes:
    bucket = host.split(".", 1)[0]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n'
            "  <Message>You have no right to access this object because of bucket acl.</Message>\n"
            f"  <RequestId>{stable_hex('oss-root', host, length=24).upper()}</RequestId>\n"
            f"  <HostId>{host}</HostId>\n  <BucketName>{bucket}</BucketName>\n</Error>\n").encode()


def in_full(report: Report | None) -> bool:
    """Whether the column's article carries the report itself: the government's and its office's current reports."""
    return report is not None and report.unit.kind in ("gov", "office") and report.template != "pre2019"


def stub_article(title: str, day_text: str, publisher: str, pdf_url: str) -> str:
    return (f'<div class="article"><h1 class="title">{esc(title)}</h1><div class="info">发布时间：{day_text}　'
            f'来源：{esc(publisher)}</div><div class="TRS_Editor"><p>{esc(title)}全文见附件。</p></div>'
            f'<div class="fj">附件：<a href="{esc(pdf_url)}" target="_blank">{esc(title)}.pdf</a></div></div>')


def build_osshost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "osshost"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    oss = b.site(bucket_host(county), county.id, server=OSS_SERVER,
                 robots_txt="User-agent: *\nDisallow:\n", not_found_type="application/xml")
    b.site_hosts.setdefault(county.id, []).append(oss.host)
    oss.add("/", Page(access_denied(oss.host), SITE_DATE, "application/xml", status=403, role="section"))
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("oss-art", county.pinyin, art.key, digits=7)
        path = kit.trs_path(NB, art.day, doc_id)
        report = art.report
        if report is None or in_full(report):
            kit.article_page(b, www, county, family, art, path, nav=nav, column="公开年报",
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
            continue
        key = f"gknb/{report.published:%Y%m}/{stable_hex('oss-obj', county.pinyin, art.key)}.pdf"
        pdf = pdf_page(report, b.report_date(report))
        pdf.extra_headers = oss_headers(key)
        b.add(oss, f"/{key}", pdf, "attachment")
        pdf_url = f"http://{oss.host}/{key}"
        b.document(pdf_url, report, "pdf", "original")
        urls[report.key] = pdf_url
        art.url = f"http://{www.host}{path}"
        b.html_page(www, path, page(county, family, art.title, stub_article(art.title, art.date_text,
                                                                            report.unit.name, pdf_url),
                                    column="公开年报", nav=nav, host=www.host), moment(art.day, 600), "article")
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=NB + "index.html", news_salt="oss-news")
    return urls

