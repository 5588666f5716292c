"""A county portal whose 政府信息公开年报 columns are pages of an old JSP list application written in GBK whose
templates declare no charset: the pages carry no `<meta charset>` / `http-equiv` and no byte order mark, and their
encoding is named only by the server's header, `Content-Type: text/html; charset=GBK` (Tomcat's `contentType` of
the JSP page directive, or Apache's `AddDefaultCharset GBK`). The HTML standard's encoding sniffing takes the
transport layer's charset first, so a browser shows the columns right; a client that ignores the header and reads
the page as UTF-8 (the default when no `<meta>` says otherwise) gets replacement characters for every title, and
finds no 年报 or 年度报告 in the link texts. The links are ASCII and work either way. The columns (本级, 部门, 乡镇（街道）)
list every unit's reports of every year, the years before 2019 included; the articles are the CMS's static UTF-8
pages; no other page links a report but the home page's newest (held out of tuning, fifty-second round).

Modelled on http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html (舒兰市市场监督管理局's
2016 政务信息公开年度报告 in a unit's `ndbg` column of a Java 信息公开网 on port 8080) and
http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水: a JSP annual-report
module, `xxgkAnnualReport.jsp`). The search corpus holds those pages' text, not their headers or markup: that the
list pages name their encoding only in the header is this family's choice. Unlike gbk (a gb2312 `<meta>` and no
header charset), latinheader (a wrong ISO-8859-1 header over GBK bytes and a right `<meta>`) or utf16page (UTF-16
with a byte order mark), the header here is right and it is the only declaration.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /xxgk/nbjsp/list.jsp?lm=<bj|bm|xz> (the columns: GBK, charset in the header only), articles
  /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html (UTF-8).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
HEADER_TYPE = "text/html; charset=GBK"
CODEC = "gbk"


def column_path(key: str) -> str:
    return f"/xxgk/nbjsp/list.jsp?lm={key}"


def build_hdrcharset(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hdrcharset"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="hc-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        text = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(columns[key])}", column=label, nav=nav,
                    host=www.host, charset=None)
        b.html_page(www, column_path(key), text, b.list_date(columns[key]), "list", content_type=HEADER_TYPE,
                    encoding=CODEC, ignores_query=False)
    more = tuple((column_path(key), label) for key, label in list(COLUMNS.items())[1:])
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column_path("bj"),
                            news_salt="hc-news", more=more)
    return urls
