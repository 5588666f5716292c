"""A county portal whose 政府信息公开 section is a JSF (Facelets) application serving its pages as XHTML, with the
media type of XML: `/xxgk/index.xhtml` and the three 年报 columns `/xxgk/nb/<bj|bm|xz>.xhtml` answer
`Content-Type: application/xhtml+xml` with no charset, and each page is GBK, its encoding named only by the XML
declaration that opens it (`<?xml version="1.0" encoding="GBK"?>`, then the XHTML 1.0 Strict doctype and
`<html xmlns="http://www.w3.org/1999/xhtml">`): no `<meta>` names a charset, and a reader that takes the body for
UTF-8 garbles every title. The pages are well-formed XML (a browser parses them with its XML parser, which reads
the declaration). The columns list every unit's reports of every year by plain `<a href>`; the report articles
themselves are ordinary HTML pages of the portal (held out of tuning, thirty-fourth round).

Modelled on http://qqhr.gov.cn/News_showNews.action?messagekey=135014 (齐齐哈尔市's 2016 report on a Java (Struts
`.action`) portal of 黑龙江, which says the reports are in the portal's 信息公开 → 年度报告 column; the synthetic
county has a 黑龙江 region code) and http://hys.aise520.com/haerbin/c106204/201703/c01_157651.shtml (a copy of
哈尔滨市's 2016 report, its breadcrumb 政务公开 > 政府信息公开平台 > 政府信息公开年报 > 2016年 > 市本级: columns
by year and by kind of unit). That the section is served as XHTML in GBK is this family's choice (the cited pages
are text): JSF Facelets pages are `.xhtml` documents that such servers send as `application/xhtml+xml` to clients
that accept it, and an XML document's encoding is named by its declaration (XML 1.0 §4.3.3). Unlike xsltlist (an
XML document of data a stylesheet turns into HTML) or wmlwap (WML decks for phones), these are the section's HTML
pages, written as XML and labelled so.

- www.X.gov.cn: home (HTML: news; the government's newest report; the 信息公开 link), 政务公开 (/zwgk/index.html:
  the guide, the section), /xxgk/index.xhtml (XHTML, GBK: the three columns), /xxgk/nb/<bj|bm|xz>.xhtml (XHTML,
  GBK: every report of the kind), articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html (HTML).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import STYLES
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

SECTION = "/xxgk/index.xhtml"
COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇政府信息公开年报"}
XHTML = "application/xhtml+xml"
DECLARATION = '<?xml version="1.0" encoding="GBK"?>\n'
DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n')


def column(key: str) -> str:
    return f"/xxgk/nb/{key}.xhtml"


def xhtml_page(county: County, title: str, main: str) -> bytes:
    """A page of the section: well-formed XHTML in GBK, the encoding named only by the XML declaration."""
    nav = "".join(f'<li><a href="{column(key)}">{label}</a></li>' for key, label in COLUMNS.items())
    text = (f'{DECLARATION}{DOCTYPE}<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">'
            f"<head><title>{esc(title)} - {esc(county.gov_name)}</title>"
            f'<link rel="stylesheet" type="text/css" href="/images/style.css" /></head>'
            f'<body><div class="header" style="background:{STYLES["xhtmlxml"]["color"]}">'
            f'<a href="/">{esc(county.gov_name)}</a> <a href="{SECTION}">政府信息公开</a></div>'
            f'<ul class="nav">{nav}</ul><div class="main"><h2>{esc(title)}</h2>{main}</div>'
            f'<div class="footer">{esc(county.gov_name)}主办</div></body></html>')
    return text.encode("gbk")


def build_xhtmlxml(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xhtmlxml"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="xx-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        b.add(www, column(key), Page(xhtml_page(county, label, kit.link_list(columns[key])), b.list_date(columns[key]),
                                     XHTML), "list")
    front = "".join(f'<li><a href="{column(key)}">{label}</a></li>' for key, label in COLUMNS.items())
    b.add(www, SECTION, Page(xhtml_page(county, "政府信息公开", f'<ul class="list">{front}</ul>'), SITE_DATE, XHTML),
          "section")
    newest = kit.newest_gov_report(arts)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=SECTION, news_salt="xx-news")
    return urls
