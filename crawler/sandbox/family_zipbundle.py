"""A county portal that publishes its departments' and townships' 政府信息公开年报 packed: its 年报 column carries the
government's and its office's reports as articles, and for each year one article (…年度政府信息公开工作年度报告（打包下载）)
whose only attachment is a zip archive, `/uploadfile/<YYYY>/<MMDD>/<14 digits>.zip`, holding a folder with every
unit's report of that year as a PDF or Word file. No page names a unit's report file: each exists only as a member
of an archive, served as `application/zip`. The ground truth's documents of such a report are the archive's URL
with the member's name (`member`) and format (`member_format`); one archive holds several reports. The parser reads
no zip yet: a reader would open the archive and parse each member as the PDF or DOCX it is (held out of tuning,
twenty-sixth round).

Modelled on https://www.scanju.gov.cn/gongkai/show/59428de3c603457a964e11f024ffeef6.html (a 镇's 2022 report in a
county portal's 政务公开 system: articles `/gongkai/show/<32 hex>.html`) and
http://m.tibetthsy.com/gongkai/show/20220119085933732.html (a mirror of a county 局's 2021 report from the same kind
of `/gongkai/show/` system, on another domain), with the 附件 of the portals' notices that publish many units'
documents at once. Packing a year's unit reports into one zip attachment is this family's choice; the cited pages
do not show such an archive. Unlike noticefiles (one notice a year linking each unit's PDF or Word file), downfile
(files behind a download servlet) or ofdfile (a zip-based format the file itself is), every report here is one
member among several of a file that is no report.

- www.X.gov.cn: home (news; the government's newest report), 政府信息公开 (/gongkai/index.html: the guide and the
  年报 column), /gongkai/list/zfxxgknb.html (the government's and its office's reports, the yearly 打包下载
  articles, 解读, look-alikes), /gongkai/list/xwdt.html (news), articles /gongkai/show/<32 hex>.html, archives
  /uploadfile/<YYYY>/<MMDD>/<YYYYMMDD><6 digits>.zip.
"""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.documents import report_docx, report_pdf
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/gongkai/list/zfxxgknb.html"
LABEL = "政府信息公开年报"
WRITERS = {"pdf": report_pdf, "docx": report_docx}


def show_path(county: County, art: Article) -> str:
    return f"/gongkai/show/{stable_hex('zb-show', county.pinyin, art.key)}.html"


def member_format(report: Report) -> str:
    """A unit sends its report as PDF, or (one in three) as the Word file it was written in."""
    return "docx" if stable_int("zb-fmt", report.key) % 3 == 0 else "pdf"


def member_name(folder: str, n: int, report: Report) -> str:
    return f"{folder}/{n:02d}.{report.title}.{member_format(report)}"


def archive(folder: str, reports: list[Report]) -> bytes:
    """The year's reports in one zip, each under member_name() (UTF-8 names), dated by its publication; no
    timestamp of the build, so the same reports give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, report in enumerate(reports, start=1):
            day = report.published
            info = zipfile.ZipInfo(member_name(folder, n, report), date_time=(day.year, day.month, day.day, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system, info.external_attr = 0, 0x20   # packed on Windows: the archive attribute
            z.writestr(info, WRITERS[member_format(report)](report))
    return out.getvalue()


def bundle_article(county: County, year: int, reports: list[Report]) -> Article:
    day = max(r.published for r in reports) + timedelta(days=2)
    return Article(f"{county.name}各部门、乡镇（街道）{year}年度政府信息公开工作年度报告（打包下载）", day, "notice",
                   key=f"zb{year}", paragraphs=[
                       f"根据《中华人民共和国政府信息公开条例》规定，现将{county.name}各部门、乡镇（街道）{year}年度政府信息公开"
                       "工作年度报告予以公开。", "各单位年度报告已打包为压缩文件，请下载附件后解压查阅。",
                       f"{county.gov_name}办公室"])


def build_zipbundle(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "zipbundle"
    nav = [("首页", "/"), ("政府信息公开", "/gongkai/index.html"), ("新闻动态", "/gongkai/list/xwdt.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.14.2")
    urls: dict[str, str] = {}
    own = [a for a in arts if a.report.unit.kind in ("gov", "office")]
    packed: dict[int, list[Report]] = {}
    for art in arts:
        if art.report.unit.kind not in ("gov", "office"):
            packed.setdefault(art.report.year, []).append(art.report)
    bundles = []
    for year, rs in sorted(packed.items()):
        rs.sort(key=lambda r: (r.unit.kind, r.unit.slug))
        art = bundle_article(county, year, rs)
        folder = f"{year}年度部门和乡镇政府信息公开工作年度报告"
        path = f"/uploadfile/{art.day:%Y}/{art.day:%m%d}/{art.day:%Y%m%d}{stable_int('zb-zip', county.pinyin, year, digits=6)}.zip"
        b.add(www, path, Page(lambda folder=folder, rs=rs: archive(folder, rs), max(b.report_date(r) for r in rs),
                              "application/zip", role="attachment"), "attachment")
        attachment = f'<div class="attach">附件：<a href="{path}">{esc(folder)}.zip</a></div>'
        kit.article_page(b, www, county, family, art, show_path(county, art), nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, stable_int("zb-no", county.pinyin, art.key)),
                         attachments=attachment)
        for n, report in enumerate(rs, start=1):
            urls[report.key] = f"http://{www.host}{path}"
            b.document(urls[report.key], report, "zip", "attachment", parent_url=art.url,
                       member=member_name(folder, n, report), member_format=member_format(report))
        bundles.append(art)
    items = kit.newest_first(own + kit.column_non_reports(county, noise))
    kit.column_pages(b, www, county, family, items, urls, nav=nav, path=lambda art: show_path(county, art),
                     serial=lambda art: stable_int("zb-no", county.pinyin, art.key))
    listed = kit.newest_first(items + bundles)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(listed), listed, nav=nav)
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/gongkai/index.html", title="政府信息公开",
                      reports_href=COLUMN, article_path=lambda art: show_path(county, art))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻动态", list_path="/gongkai/list/xwdt.html",
                           article_path=lambda art: show_path(county, art))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(items), nav=nav)
    return urls
