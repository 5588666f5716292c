"""A district portal whose departments' and streets' 政府信息公开年报, and every report before 2019, are PDF files in
the district's own object store (a MinIO S3 service on `oss.X.gov.cn`), under keys with an empty segment: the CMS
joins the bucket's folder (`zfxxgk/`) and a key it stores with a leading slash (`/nb/<YYYY>/<32 hex>.pdf`), so each
attachment is `http://oss.X.gov.cn/zfxxgk//nb/<YYYY>/<32 hex>.pdf`, and the store matches keys literally, as S3
does: the key with `//` is the file, the same address with the slashes merged answers `404 NoSuchKey`. The 年报
columns list every report as an article; those reports' articles are only a line (全文见附件) and the attachment's
link. A client that tidies `//` into `/` (as path normalisers, and some URL canonicalisers, do) never gets a file
(held out of tuning, sixtieth round).

Modelled on https://www.tjbd.gov.cn/zwgk/zfxxgkqjjg/whlyj/zfxxgknb18/202601/t20260126_7231121.html (宝坻区 in 天津:
the 文化和旅游局's 2025 report in its own 年报 column under 政务公开 → 区级机关, TRS-style
`/<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`), and on S3's literal keys: https://github.com/aws/aws-sdk-go/issues/5342
(objects `s3://mybucket//a.txt` and `abc//c.txt` found only by their exact key, NoSuchKey otherwise),
https://github.com/ex-aws/ex_aws_s3/issues/58 (a key with `//` answered 404 when asked with one slash),
https://github.com/rclone/rclone/pull/9156 (a client that normalises `a//b` to `a/b` cannot reach such objects) and
https://github.com/nginx/nginx-s3-gateway/pull/585 (`/pathFoo//file.txt` matching only a key with the `//`). That the
portal's attachments are in a MinIO bucket on its own sub-host, under keys with `//`, is this family's choice (the
cited page shows the column and a report, not where any attachment lives). Unlike osshost (files on a cloud
provider's host, plain keys), encslash (a path segment holding escaped slashes), dotsegment (`/./` and `/../`
segments a client must resolve) or spacepath and pctname (names a client must escape rightly), the address is right
as written and wrong once "cleaned".

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /zwgk/zfxxgknb/<qzf|bm|jd>/index.html (区政府, 区级部门, 街道: every report of the kind, non-reports in the
  first), articles /zwgk/zfxxgknb/<qzf|bm|jd>/<YYYYMM>/t<YYYYMMDD>_<id>.html (the government's and its office's
  current reports in full; every other report's article a stub whose 附件 is the store's PDF).
- oss.X.gov.cn (MinIO): /zfxxgk//nb/<YYYY>/<32 hex>.pdf (the reports' files); any other key answers S3's 404
  NoSuchKey XML, the bucket's root 403 AccessDenied.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.family_osshost import in_full, stub_article
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/zfxxgknb/"
COLUMNS = {"qzf": "区政府信息公开年报", "bm": "区级部门信息公开年报", "jd": "街道信息公开年报"}
BUCKET = "/zfxxgk/"
MINIO = "MinIO"


def s3_error(code: str, message: str, resource: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{code}</Code><Message>{message}</Message><Resource>{resource}</Resource>"
            f"<RequestId>{stable_hex('ds-req', resource, length=16).upper()}</RequestId></Error>").encode()


def object_key(county: County, report: Report, art_key: str) -> str:
    """The stored key, with the leading slash the CMS gave it, under the bucket's folder: `zfxxgk//nb/…`."""
    return f"{BUCKET}/nb/{report.year}/{stable_hex('ds-obj', county.pinyin, art_key)}.pdf"


def build_dslash(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dslash"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    oss = kit.sub_host(b, county, "oss", MINIO)
    oss.not_found, oss.not_found_type = s3_error("NoSuchKey", "The specified key does not exist.", "/"), \
        "application/xml"
    oss.add("/", Page(s3_error("AccessDenied", "Access Denied.", "/"), SITE_DATE, "application/xml", status=403,
                      role="section"))
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            doc_id = stable_int("ds-art", county.pinyin, key, art.key, digits=7)
            path = kit.trs_path(f"{NB}{key}/", art.day, doc_id)
            report = art.report
            if report is None or in_full(report):
                kit.article_page(b, www, county, family, art, path, nav=nav, column=label,
                                 index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
                continue
            file_path = object_key(county, report, art.key)
            pdf = pdf_page(report, b.report_date(report))
            pdf.extra_headers = (("x-amz-request-id", stable_hex("ds-req", file_path, length=16).upper()),
                                 ("Accept-Ranges", "bytes"))
            b.add(oss, file_path, pdf, "attachment")
            pdf_url = f"http://{oss.host}{file_path}"
            b.document(pdf_url, report, "pdf", "original")
            urls[report.key] = pdf_url
            art.url = f"http://{www.host}{path}"
            b.html_page(www, path, page(county, family, art.title, stub_article(art.title, art.date_text,
                                                                                report.unit.name, pdf_url),
                                        column=label, nav=nav, host=www.host), moment(art.day, 600), "article")
        kit.report_list_page(b, www, county, family, f"{NB}{key}/index.html", label, kit.link_list(listed), listed,
                             nav=nav)
    links = tuple((f"{NB}{key}/index.html", label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="ds-news", more=links[1:])
    return urls
