"""A banner (旗) portal whose 政府信息公开年报 columns are JSP pages of a Tomcat application whose templates lack the
`<%@ page contentType="text/html;charset=GBK" %>` directive: Tomcat then reads the template as ISO-8859-1 and writes
it back the same, so the page's GBK bytes pass through unchanged, under Tomcat's default header
`Content-Type: text/html;charset=ISO-8859-1`, while the page's own `<meta>` says GBK. The HTML standard makes the
header win (the encoding sniffing algorithm consults the transport layer before any `<meta>`), so a browser shows
the titles as mojibake (`Ã¦Â°Ã¦Â…`-like Latin letters); the links, being ASCII, still work, and lead to the reports,
static GBK pages served right. A reader that decodes by the header and looks for 年报 or 年度报告 in the link texts
finds none; the page decoded as its meta says holds them. The columns list every unit's reports of every year, the
years before 2019 included (held out of tuning, fortieth round).

Modelled on http://zltq.gov.cn/zltq/2026-02/02/article_2026020215383939768.html (扎赉特旗宝力根花苏木 2025 report on the
旗's portal) and http://www.kyzq.gov.cn/kyzq/2026-01/22/article_2026012210463172511.html (科右中旗哈日诺尔苏木's report):
苏木 and 镇 reports beside the 旗's own, on the 旗's portal. The JSP columns, their GBK bytes and the ISO-8859-1
header are this family's choice (the cited pages are text). Unlike gbk (GBK declared right) or sniffhtml (no
Content-Type at all), the header names a charset, and the wrong one.

- www.X.gov.cn (nginx; Tomcat/7 behind it for .jsp): home (news; the government's newest report), 政务公开
  (/zwgk/index.html: the guide and the three columns), the columns /xxgk/ndbg/<bj|bm|xz>.jsp (GBK bytes, header
  ISO-8859-1, meta GBK), articles /xxgk/ndbg/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html (GBK, declared GBK).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "旗本级政府信息公开年报", "bm": "旗直部门信息公开年报", "xz": "苏木镇信息公开年报"}
CHARSET = "gbk"
TOMCAT_DEFAULT = "text/html;charset=ISO-8859-1"   # what Tomcat sends for a JSP with no contentType directive


def build_latinheader(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "latinheader"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    hrefs = []
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            doc_id = stable_int("lh-art", county.pinyin, key, art.key, digits=6)
            kit.article_page(b, www, county, family, art, kit.trs_path(f"/xxgk/ndbg/{key}/", art.day, doc_id),
                             nav=nav, column=label, index_no=kit.site_index_no(county, art, doc_id % 100000),
                             report_urls=urls, charset=CHARSET)
        path = f"/xxgk/ndbg/{key}.jsp"
        column = kit.report_list_page(b, www, county, family, path, label, kit.link_list(listed), listed, nav=nav,
                                      charset=CHARSET)
        column.content_type = TOMCAT_DEFAULT
        hrefs.append((path, label))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="lh-news", more=tuple(hrefs[1:]))
    return urls
