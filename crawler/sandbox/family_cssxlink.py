"""A county portal whose 政府信息公开年报 column is an XML document styled by CSS alone: the column's link opens
`/zwgk/xxgknb/index.xml`, which declares `<?xml-stylesheet type="text/css" href="nb.css"?>` (no XSLT, nothing turns
it into HTML) and names each article by an XLink simple link, a custom element
`<wj xlink:type="simple" xlink:href="/zwgk/xxgknb/…" xlink:show="new">title</wj>` in the XLink namespace, what
2000s 信息公开目录 exporters wrote for "a document with links" (W3C XLink 1.0/1.1). The stylesheet draws the rows as
blocks; the addresses are attribute values of no HTML element, so neither an HTML `<a href>` reader nor a browser's
link model (which gives XLink on non-SVG elements no meaning) sees them. Every unit's report of every year, from
before 2019 on, is named only there but the home page's newest (held out of tuning, forty-fifth round).

Modelled on http://tjj.gxzf.gov.cn/zwgk/zfxxgkndgzbga/t2342922.shtml (广西壮族自治区统计局's 2017 report, a
pre-2019 report in a 政府信息公开年度工作报告 column of `t<id>.shtml` articles, the layout this family's articles
take) and http://www.wikidsurvey.com/zwgk/ndbg/20190328-741520.shtml (a mirror of 广西壮族自治区2018年政府信息公开工作年度报告
under 政务公开 > 年度报告). The XML column with a CSS stylesheet and XLink is this family's choice; the cited pages are
text. Unlike xsltlist (an XSLT stylesheet that renders `<a href>` from element text), odtlist (`xlink:href` in an
OpenDocument zip), xmlsheet (SpreadsheetML `ss:HRef`), svgmap (SVG `<a xlink:href>`, which browsers follow) or
rssfeed and sitemap (standard feed formats), the list is a served XML page whose links are generic XLink
attributes that only a reader of XLink resolves.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  column's XML), /zwgk/xxgknb/index.xml (groups 本级 with look-alikes, 部门, 乡镇: every year), /zwgk/xxgknb/nb.css,
  articles /zwgk/xxgknb/t<id>.shtml.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
FOLDER = "/zwgk/xxgknb/"
XML_TYPE = "application/xml; charset=utf-8"
XLINK = "http://www.w3.org/1999/xlink"
CSS = """ml { display: block; font: 14px/1.8 "SimSun", serif; margin: 0 auto; width: 960px; }
bt { display: block; font-size: 20px; font-weight: bold; border-bottom: 2px solid #b22222; }
lm { display: block; margin-top: 12px; } lm > mc { display: block; font-weight: bold; color: #b22222; }
wj { display: block; color: #00c; text-decoration: underline; cursor: pointer; }
rq { display: inline; float: right; color: #666; }
"""


def column_xml(county: County, groups: list[tuple[str, list]]) -> str:
    """The column as XML: one `<lm>` per group, one XLink `<wj>` per article (its path), its date beside it."""
    body = "".join(
        f"<lm><mc>{esc(label)}</mc>" + "".join(
            f'<wj xlink:type="simple" xlink:href="{esc(urlsplit(a.url).path)}" xlink:show="new" '
            f'xlink:title="{esc(a.title)}">{esc(a.title)}<rq>{a.date_text}</rq></wj>' for a in items) + "</lm>"
        for label, items in groups)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/css" href="nb.css"?>\n'
            f'<ml xmlns:xlink="{XLINK}"><bt>{esc(county.gov_name)}政府信息公开年报</bt>{body}</ml>\n')


def build_cssxlink(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cssxlink"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("cx-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           serial=doc_id, path=lambda key, art: f"{FOLDER}t{doc_id(key, art)}.shtml")
    groups = [(label, columns[key]) for key, label in COLUMNS.items()]
    b.html_page(www, f"{FOLDER}index.xml", column_xml(county, groups),
                b.list_date([a for _, items in groups for a in items]), "list", content_type=XML_TYPE)
    b.html_page(www, f"{FOLDER}nb.css", CSS, SITE_DATE, "script", content_type="text/css")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=f"{FOLDER}index.xml",
                            news_salt="cx-news")
    return urls
