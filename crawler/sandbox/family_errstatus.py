"""A county portal on an old IIS/ASP site whose 政府信息公开年报 pages answer with error statuses while their bodies
are the whole page, which a browser shows as if nothing were wrong: the three 年报 columns have "friendly" folder
addresses that no file backs, and IIS's custom 404 error page (`404.asp`, set as an "Execute URL" handler) is the
site's router: it reads the requested path, renders the column, and never resets the status, so every column
answers `404 Not Found` with the full list. The 历年年报 page (/xxgk/ndbg/lnnb.asp, every unit's reports before
2019) is an ASP page with `Response.Buffer = True` whose footer code fails after the list is written: IIS then sends
the buffered page with `500 Internal Server Error` and the VBScript error text appended. The report articles are
static files (200). A client that drops every 4xx/5xx body finds only the home's newest report (held out of tuning,
forty-second round).

Modelled on https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (a copy of 泰州市人民政府2017年政府信息公开工作
年度报告, 分类 政府信息公开年报: a Jiangsu report of the years before 2019) and
http://yaoan.gov.cn/info/5883/493914.htm (姚安县大河口乡's 2025 report on the county's portal: a township's report
beside the county's own). The error statuses, the 404.asp router and the buffered ASP error are this family's choice (the cited pages are text; a custom 404 handler used as a
URL router and IIS's 500 on a buffered page with a runtime error are real faults of ASP-era sites). Unlike flaky
(an error that goes away on asking again), headrefuse (HEAD refused, GET fine) or uaguard (403 to some clients),
the status never changes: the body is the page every time, under a 404 or a 500.

- www.X.gov.cn (Microsoft-IIS/6.0, ASP): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the
  guide and the columns), the columns /xxgk/ndbg/<bj|bm|xz>/ (404, the whole list of reports from 2019 on), the
  历年年报 page /xxgk/ndbg/lnnb.asp (500, every report before 2019 and the VBScript error after the list), articles
  /xxgk/ndbg/<key>/<YYYYMM>/<id>.html (200).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
SERVER = "Microsoft-IIS/6.0"
ARCHIVE = "/xxgk/ndbg/lnnb.asp"
FIRST_NEW_YEAR = 2019          # the columns list the reports of this year on; the archive the ones before
ROUTED_STATUS = 404            # the custom 404 handler renders the column and keeps the status
FAILED_STATUS = 500            # a buffered ASP page whose code fails after the list is written
# what IIS appends to a buffered ASP page when a VBScript runtime error stops it (asp.dll's error text)
VBSCRIPT_ERROR = ('<font face="Arial" size=2>\n<p>Microsoft VBScript 运行时错误</font> <font face="Arial" size=2>'
                  "错误 '800a000d'</font>\n<p>\n<font face=\"Arial\" size=2>类型不匹配: 'CInt'</font>\n<p>\n"
                  '<font face="Arial" size=2>/xxgk/ndbg/lnnb.asp</font><font face="Arial" size=2>，行 87</font>\n')


def build_errstatus(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "errstatus"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    old: list = []
    hrefs = []
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            doc_id = stable_int("es-art", county.pinyin, key, art.key, digits=5)
            kit.article_page(b, www, county, family, art, f"/xxgk/ndbg/{key}/{art.day:%Y%m}/{doc_id}.html", nav=nav,
                             column=label, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
        new = [a for a in listed if a.report is None or a.report.year >= FIRST_NEW_YEAR]
        old += [a for a in listed if a not in new]
        path = f"/xxgk/ndbg/{key}/"
        more = f'<p class="more"><a href="{ARCHIVE}">历年年报（2018年及以前）</a></p>'
        column = kit.report_list_page(b, www, county, family, path, label, kit.link_list(new) + more, new, nav=nav)
        column.status = ROUTED_STATUS
        hrefs.append((path, label))
    old = kit.newest_first(old)
    label = "历年政府信息公开年报"
    text = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(old)}", column=label, nav=nav, host=www.host)
    b.html_page(www, ARCHIVE, text + VBSCRIPT_ERROR, b.list_date(old), "list").status = FAILED_STATUS
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="es-news", more=(*hrefs[1:], (ARCHIVE, "历年年报")))
    return urls
