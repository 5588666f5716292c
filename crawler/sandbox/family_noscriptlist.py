"""A county portal whose 政府信息公开年报 columns show the entries of 2019 onwards as a plain list and draw the
往年年报 (every entry before 2019) with a script that is gone: each column page has `<div id="wnnb"></div>`, a
`<script src="/js/wnnb.js">` that the server no longer has (404 since the site moved to new servers), and the
template's fallback for clients without scripts, a `<noscript>` holding the whole old list as ordinary `<a>`s. A
browser with scripts on parses a `<noscript>`'s content as raw text and draws nothing there; the pre-2019 reports are
linked only inside those `<noscript>` blocks, by no element a script-enabled page ever builds (held out of tuning,
fifty-first round).

Modelled on https://www.lushan.gov.cn/bmxzxxgk/xiangzheng/jtz/zfxxgknb_196435/202301/t20230109_5904253.html (江西
庐山市蛟塘镇's 2022 report in its 政府信息公开年报 column under 部门乡镇信息公开, TRS articles
`<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family's articles take) and
http://www.xingguo.gov.cn/xgxxxgk/xg77649/201303/518831cf2a1f47d68f22b0b40970128a.shtml (江西兴国县南坑乡's 2012 report
under 乡(镇)信息公开目录 > 年度报告, a township's pre-2019 report). The missing script and the `<noscript>` fallback
are this family's choice (the cited pages are text; a progressive-enhancement template whose script was lost in a
migration is a common failure). Unlike noscriptyear (a `<noscript>` form whose fields name the years), iecomment (an
IE conditional comment, a comment to every parser) or textarealist (a `<textarea>` a working script copies), the
links are plain markup that HTML parsers without scripting build and script-enabled browsers never do.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /zfxxgknb/<bj|bm|xz>/index.html (entries of 2019 on; older ones inside `<noscript>`), /js/wnnb.js
  (404).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
FIRST_LIVE_YEAR = 2019
LOST_SCRIPT = "/js/wnnb.js"   # never served: the script that drew the old years is gone
NOSCRIPT_OPEN, NOSCRIPT_CLOSE = "<noscript>", "</noscript>"


def column_path(key: str) -> str:
    return f"/zfxxgknb/{key}/index.html"


def listing(items) -> str:
    """The live list (2019 on), then the old years' box: its lost script and the `<noscript>` fallback list."""
    live = [a for a in items if kit.entry_year(a) >= FIRST_LIVE_YEAR]
    old = [a for a in items if kit.entry_year(a) < FIRST_LIVE_YEAR]
    return (f'{kit.link_list(live)}<h3>往年年报</h3><div id="wnnb"></div>'
            f'<script type="text/javascript" src="{LOST_SCRIPT}"></script>'
            f"{NOSCRIPT_OPEN}{kit.link_list(old)}{NOSCRIPT_CLOSE}")


def build_noscriptlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "noscriptlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("ns-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: kit.trs_path(f"/zfxxgknb/{key}/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, listing(columns[key]), columns[key],
                             nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ns-news", more=tuple(hrefs[1:]))
    return urls
