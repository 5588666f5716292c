"""A county portal (a 大汉 Hanweb site, `/art/<Y>/<M>/<D>/art_<column>_<id>.html`) whose 政府信息公开年报 before 2019
were published as Apabi (方正) `.ceb` files, the fixed-layout format of 方正 电子公文 systems that county offices used
before OFD: the 年报 column lists every report of 2019 on as an article, and every earlier one (of whichever units
reported then) as a straight link to its `.ceb` file, the link's text the report's title, with
no article, no PDF and no Word copy (the files were moved over from the old site as they were). The server has no
type for the extension and answers `application/octet-stream` with no `Content-Disposition`: only the extension and
the file's bytes say what it is (held out of tuning, forty-first round).

No library at hand writes a CEB (a proprietary format), so the sandbox's files are this family's stand-in: a short
header (`CEB` and a version) followed by the report's text in UTF-16LE — real in extension and media type, not a
readable CEB. The ground truth counts them as documents (format `ceb`); the parser reads no .ceb.

Modelled on http://wzgl.zwfw.gswuwei.gov.cn/art/2020/9/29/art_924_191187.html (民勤县2017年政府信息公开工作年度报告 on
a Hanweb site of 武威市: 政府信息公开 > 政府信息公开年报 > 2016 > 各区县信息公开工作年度报告, a pre-2019 report moved into a
later site) and https://www.linxiaxian.gov.cn/lxx/zwgk/zc/zcjd/SSZCJD/index.html (临夏县: 政府信息公开年报 and
乡镇部门信息公开 columns of a Gansu county portal). Publishing the old reports as .ceb is this family's choice (the
cited report is HTML). Unlike wpsfile (WPS Office files of departments and townships), ofdfile (OFD files) or
scanpages (scanned pages beside a PDF), the old reports of every unit are files of a reader-only format.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /col/col924/index.html (articles of 2019 on with 解读 and look-alikes; the earlier .ceb files), articles
  /art/<Y>/<M>/<D>/art_924_<id>.html, files /module/download/ceb/<YYYYMMDD><8 digits>.ceb.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMN = "/col/col924/index.html"
LABEL = "政府信息公开年报"
OCTET = "application/octet-stream"   # no MIME type configured for .ceb
FIRST_HTML_YEAR = 2019


def ceb_bytes(report: Report) -> bytes:
    """The stand-in of a .ceb (see the module's docstring): a header and the report's text in UTF-16LE."""
    return b"CEB\x00\x02\x00\x00\x00" + f"{report.title}\r{report.plain_text()}".encode("utf-16-le")


def ceb_file(b: Build, site: Site, report: Report) -> str:
    """Serve `report` as a .ceb; returns its path."""
    path = f"/module/download/ceb/{report.published:%Y%m%d}{stable_int('cb-file', report.key, digits=8)}.ceb"
    b.add(site, path, Page(lambda: ceb_bytes(report), b.report_date(report), OCTET, role="attachment"), "attachment")
    return path


def hanweb_path(county: County, art: Article) -> str:
    serial = stable_int("cb-art", county.pinyin, art.key, digits=6)
    return f"/art/{art.day.year}/{art.day.month}/{art.day.day}/art_924_{serial}.html"


def build_cebfile(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cebfile"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    old = [a for a in arts if a.report.year < FIRST_HTML_YEAR]
    urls: dict[str, str] = {}
    for art in old:
        art.url = f"http://{www.host}{ceb_file(b, www, art.report)}"
        b.document(art.url, art.report, "ceb", "original")
        urls[art.report.key] = art.url
    column = kit.report_column(county, [a for a in arts if a not in old], noise)
    for art in column:
        serial = stable_int("cb-art", county.pinyin, art.key, digits=6)
        kit.article_page(b, www, county, family, art, hanweb_path(county, art), nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, serial), report_urls=urls)
    items = kit.newest_first(old + column)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="cb-news")
    return urls

