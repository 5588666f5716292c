"""A county portal whose 年报 column shows only its newest rows on the page and offers the whole 公开目录 as a
download: `导出目录` links `/xxgk/nb/export.csv` (text/csv, UTF-8 with a BOM, one row per article: 索引号, 标题,
发布机构, 发布日期, 链接), and every older report is named only by a row of that file (held out of tuning,
seventeenth round).

Modelled on https://hlbaoqing.gov.cn/bq/1263/202403/c07_5894.shtml (宝清: a 政府信息公开指南 whose 公开目录 is sorted
by 县政府信息, 县直单位信息 and 乡(镇)信息, with 单位检索 over 29 units) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, one column per department). Exporting the
目录 as a spreadsheet file (the 导出Excel/CSV button of 信息公开目录 systems) is this family's choice; the cited pages
do not show it. Unlike sitemap/rssfeed (site maps and feeds in their XML formats), autoindex (a server's folder
listing) or noticefiles (an address in a notice's prose), the older reports are named only by a cell of a
tabular download the column links.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  年报 column), /xxgk/nb/index.html (the five newest rows and the export link), /xxgk/nb/export.csv (本级 with
  look-alikes, 部门, 乡镇: every year), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import csv
import io

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/nb/"
EXPORT = f"{FOLDER}export.csv"
CSV_TYPE = "text/csv; charset=utf-8"
SHOWN = 5   # rows the column page shows; the rest only in the export


def export_csv(county: County, items, ids) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["索引号", "标题", "发布机构", "发布日期", "链接"])
    for a in items:
        publisher = a.report.unit.name if a.report else f"{county.gov_name}办公室"
        writer.writerow([kit.site_index_no(county, a, ids[a.key]), a.title, publisher, a.date_text, a.url])
    return "\ufeff" + out.getvalue()


def build_csvexport(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "csvexport"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    ids = {a.key: stable_int("ce-art", county.pinyin, a.key, digits=6) for a in items}
    shown = items[:SHOWN]
    kit.column_pages(b, www, county, family, items, urls, nav=nav, serial=lambda art: ids[art.key],
                     path=lambda art: kit.trs_path(FOLDER, art.day, ids[art.key]))
    rows = kit.link_list(shown)
    main = (f'<h2>政府信息公开年报</h2>{rows}<div class="export">共{len(items)}条 '
            f'<a href="export.csv" download>导出目录</a></div>')
    b.html_page(www, f"{FOLDER}index.html", page(county, family, "政府信息公开年报", main, column="政府信息公开年报",
                                                 nav=nav, host=www.host), b.list_date(items), "list")
    b.html_page(www, EXPORT, export_csv(county, items, ids), b.list_date(items), "list", content_type=CSV_TYPE)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav,
                            reports_href=f"{FOLDER}index.html", news_salt="ce-news")
    return urls
