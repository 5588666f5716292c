"""A county portal whose 政府信息公开年报 columns were rebuilt when the 2019 条例 took effect: the live list (wrapped
in a "downlevel-revealed" conditional comment, `<!--[if !IE]><!--> … <!--<![endif]-->`, that every browser but old
IE shows) carries the entries of 2019 onwards, and the template kept its old list, every year's entries, inside an
IE conditional comment for IE 8 and earlier (`<!--[if lt IE 9]><div class="nb-old"> … </div><![endif]-->`). To a
browser of today and to an HTML parser that block is one comment node: the pre-2019 reports are linked by no element
of any page, only by the `<a href>`s written inside that comment (held out of tuning, forty-seventh round).

Modelled on http://gk.tj.gov.cn/xxgknb_530/qxzf/hxqrmzf/201803/t20180321_77384.shtml (天津市河西区's 2017 report in
the 政府信息公开年度报告专栏, a column per body, TRS articles `<column>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml`, the layout
this family's articles take) and http://gk.tj.gov.cn/xxgknb_530/tjsrmzf/201803/t20180329_77507.shtml (天津市's own
2017 report in the same 专栏). The two lists and the conditional comments are this family's choice (the cited pages
are text). Unlike commentlist (a JSON island in a plain comment that a script parses into links), noscriptyear (a
`<noscript>` form) or prefetchyear (`<link rel="prefetch">` hints), the old years are ordinary `<a>` markup that only
IE 5-9's conditional-comment parsing ever turned into elements.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /xxgknb/<bj|bm|xz>/index.shtml (the columns: 2019+ live, every year in the IE block),
  articles /xxgknb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "区政府信息公开年报", "bm": "区级部门信息公开年报", "xz": "街镇信息公开年报"}
FIRST_LIVE_YEAR = 2019   # the rebuilt list starts with the first year of the revised 条例
OLD_IE_OPEN, OLD_IE_CLOSE = '<!--[if lt IE 9]><div class="nb-old">', "</div><![endif]-->"
LIVE_OPEN, LIVE_CLOSE = '<!--[if !IE]><!--><div class="nb-live">', "</div><!--<![endif]-->"


def column_path(key: str) -> str:
    return f"/xxgknb/{key}/index.shtml"


def listing(items) -> str:
    """The rebuilt list (2019 onwards) every browser shows, and the old template's full list for old IE only."""
    live = [a for a in items if kit.entry_year(a) >= FIRST_LIVE_YEAR]
    return (f"{LIVE_OPEN}{kit.link_list(live)}{LIVE_CLOSE}"
            f"{OLD_IE_OPEN}<p>您正在使用旧版浏览器，以下为历年年报目录：</p>{kit.link_list(items)}{OLD_IE_CLOSE}")


def build_iecomment(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "iecomment"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("ie-art", county.pinyin, key, art.key, digits=5)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: kit.trs_path(f"/xxgknb/{key}/", art.day, doc_id(key, art), ".shtml"))
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, listing(columns[key]), columns[key],
                             nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ie-news", more=tuple(hrefs[1:]))
    return urls
