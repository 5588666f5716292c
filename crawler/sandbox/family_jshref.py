"""A banner (county) portal whose three 政府信息公开年报 columns link every report by a `javascript:` URL that carries
the report's address as an argument: each row is `<a href="javascript:openWin('/xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html')"
title="…">…</a>`, and the function, defined in the site's shared script `/js/xxgk.js` (which the columns load), opens
the address in a new window (`window.open(url, "_blank")`), as older Chinese CMS templates write their list rows so
that every article opens in its own window. The address is in the page as text, inside the `href` attribute, but the
attribute is a `javascript:` URL, not a link to it: only running it (or reading its argument) reaches the report
(held out of tuning, seventy-seventh round).

Modelled on http://zltq.gov.cn/zltq/2026-02/02/article_2026020215383939768.html (扎赉特旗宝力根花苏木's 2025 report on the
旗's portal: a banner's 苏木's report kept by its banner) and http://wsb.xam.gov.cn/wsb/2026-01/20/article_2026012017235865780.html
(兴安盟行署外事办公室's 2025 report, a 部门's), Inner Mongolia portals whose units report to the banner; the columns'
`javascript:openWin('…')` rows are this family's choice (the search corpus holds page text, not markup). Unlike
loadmore (attachments opened by an `onclick="window.open(…)"` beside an `href="javascript:void(0);"`), onclickid
(a row's id passed to a script that builds the address), datahref (a `data-href` a delegated handler reads) or
revhref (a reversed path in a data attribute), the whole address is the argument of the `href`'s own script.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /xxgk/nb/<bj|bm|xz>/index.html (the rows; the government's column also lists look-alikes),
  /js/xxgk.js, articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "旗政府信息公开年报", "bm": "旗直部门信息公开年报", "xz": "苏木乡镇信息公开年报"}
FOLDER = "/xxgk/nb/{key}/"
SCRIPT = "/js/xxgk.js"
OPEN_WIN = ('function openWin(url) {\n  var w = window.open(url, "_blank");\n  if (!w) { location.href = url; }   '
            "// a blocked pop-up: open it here\n}\n")


def column_path(key: str) -> str:
    return FOLDER.format(key=key) + "index.html"


def js_href(path: str) -> str:
    return f"javascript:openWin('{path}')"


def script_rows(items) -> str:
    """The column's rows, each `href` the javascript: URL as the template writes it, quotes raw (a TRS path holds no
    character HTML would need escaped)."""
    return ('<ul class="list">' + "".join(
        f'<li><a href="{js_href(urlsplit(a.url).path)}" title="{esc(a.title)}">{esc(a.title)}</a>'
        f'<span class="date">{a.date_text}</span></li>' for a in items) + "</ul>")


def build_jshref(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jshref"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="jh-art",
                                        folder=FOLDER, scripted_except=newest)
    b.add(www, SCRIPT, Page(OPEN_WIN.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "asset")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, script_rows(columns[key]),
                             columns[key], nav=nav, scripts=f'<script type="text/javascript" src="{SCRIPT}"></script>')
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="jh-news", more=tuple(hrefs[1:]))
    return urls
