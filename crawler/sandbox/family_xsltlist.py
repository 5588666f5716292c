"""A county portal whose 年报 column is an XML document styled by XSLT: the column's link opens
`/xxgk/nb/index.xml` (`<?xml-stylesheet type="text/xsl" href="list.xsl"?>`, one `<doc>` per article with its
`<url>` as element text), and the browser turns it into a page of links with the stylesheet's
`<a href="{url}">`; the XML itself has no link (held out of tuning, sixteenth round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a report of the XML-era CMS
generation of 政府信息公开 columns, "本报告电子版可在…政府信息公开专栏下载") and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开 directories by department). Serving the
column as XML with a stylesheet (what 2008-era 信息公开目录 systems generated, rendered client-side by IE and every
browser since) is this family's choice; the cited pages do not show it. Unlike hanweb (a script that parses an XML
datastore), rssfeed and sitemap (feeds and site maps in their standard formats), the list is a page the browser
renders from data by a declared stylesheet, with no script at all.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  年报 column's XML), /xxgk/nb/index.xml (groups 本级 with look-alikes, 部门, 乡镇: every year), /xxgk/nb/list.xsl,
  articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
FOLDER = "/xxgk/nb/"
XML_TYPE = "text/xml; charset=utf-8"
XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" encoding="UTF-8"/>
<xsl:template match="/channel">
<html><head><meta charset="utf-8"/><title><xsl:value-of select="@name"/></title></head>
<body><h1><xsl:value-of select="@site"/></h1>
<xsl:for-each select="group"><h2><xsl:value-of select="@name"/></h2><ul class="list">
<xsl:for-each select="doc"><li><a href="{url}" target="_blank"><xsl:value-of select="title"/></a>
<span class="date"><xsl:value-of select="date"/></span></li></xsl:for-each></ul></xsl:for-each>
</body></html>
</xsl:template>
</xsl:stylesheet>
"""


def channel_xml(county: County, groups: list[tuple[str, list]]) -> str:
    body = "".join(
        f'<group name="{label}">' + "".join(
            f"<doc><title>{esc(a.title)}</title><url>{esc(urlsplit(a.url).path)}</url><date>{a.date_text}</date></doc>"
            for a in items) + "</group>" for label, items in groups)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="list.xsl"?>\n'
            f'<channel name="政府信息公开年报" site="{esc(county.gov_name)}">{body}</channel>\n')


def build_xsltlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xsltlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("xl-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=doc_id,
                                           path=lambda key, art: kit.trs_path(FOLDER, art.day, doc_id(key, art)))
    groups = [(label, columns[key]) for key, label in COLUMNS.items()]
    b.html_page(www, f"{FOLDER}index.xml", channel_xml(county, groups),
                b.list_date([a for _, items in groups for a in items]), "list", content_type=XML_TYPE)
    b.html_page(www, f"{FOLDER}list.xsl", XSL, SITE_DATE, "script", content_type=XML_TYPE)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=f"{FOLDER}index.xml",
                            news_salt="xl-news")
    return urls
