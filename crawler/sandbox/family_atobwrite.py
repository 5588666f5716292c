"""A county portal whose three 政府信息公开年报 columns are written by a "防采集" script of base64: each column page holds
only `<script>document.write(decodeURIComponent(escape(window.atob("PHVsIGNsYXNzPSJsaXN0Ij4…"))));</script>`, the
list's markup as UTF-8 bytes in base64, decoded in the browser by `atob()` (which yields one character per byte) and
the old `decodeURIComponent(escape(…))` idiom that turns those bytes back into UTF-8 text — what the page-encrypting
tools of Chinese webmaster sites emit when "base64" is chosen. Not one character of the markup is in the page as
itself: no `<`, no `href`, no path and no title; the `<a href>` of every report exist only once the script has run
(held out of tuning, seventy-seventh round).

Modelled on http://cqfd.gov.cn/zwgk_200/zfxxgknb/xzf/201903/t20190314_4328015.html (重庆市丰都县's 2018 report in the
县政府 sub-column `xzf/` of its 政府信息公开年报 column, a TRS address `<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the
layout of this family's columns and articles) and
http://www.dazu.gov.cn/qzfjz/lsz_101895/zwgk_53321/zfxxgknb_53332/202007/t20200709_7661931.html (大足区龙石镇's 2018
report: a Chongqing township's pre-2019 report kept on its district's portal). Writing the list through base64 is this
family's choice (the search corpus holds page text, not scripts). Unlike unescapejs (`unescape()` of `%XX`/`%uXXXX`,
letters and digits left as themselves), charcodes (`String.fromCharCode` of decimal numbers), hexescape (string
literals of `\\xHH` escapes) or b64config and cryptlist (base64 ids of a config, an XOR-ed JSON answer), the whole
list markup is one base64 string a browser function decodes: even the ASCII of a path is not in the page.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /zfxxgk_311/zfxxgknb/<xzf|bm|xz>/index.html (the written list; the government's column also
  lists look-alikes), articles /zfxxgk_311/zfxxgknb/<xzf|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import base64

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "县级部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
FOLDER = "/zfxxgk_311/zfxxgknb/{key}/"
WRITE = 'document.write(decodeURIComponent(escape(window.atob("{data}"))));'


def column_path(key: str) -> str:
    return FOLDER.format(key=key) + "index.html"


def written_list(items) -> str:
    data = base64.b64encode(kit.link_list(items).encode("utf-8")).decode("ascii")
    return f'<div id="nblist"><script type="text/javascript">{WRITE.format(data=data)}</script></div>'


def build_atobwrite(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "atobwrite"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS Web Server")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="ab-art",
                                        folder=FOLDER, scripted_except=newest)
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, written_list(columns[key]),
                             columns[key], nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ab-news", more=tuple(hrefs[1:]))
    return urls
