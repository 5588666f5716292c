"""A county portal whose 政府信息公开年报 columns are drawn in an inline frame whose document is a `data:` URL: each column
page carries `<iframe src="data:text/html;charset=utf-8;base64,PGh0bWw+…">`, the list document (every unit's
reports of every year, by absolute link) base64-encoded whole into the frame's address, what a page builder's
"嵌入HTML代码" widget writes when it stores a block as a self-contained frame. A browser decodes the address and
renders the list in the frame; the column page itself has no `<a>` to any article, and the addresses are in no
page's text, only inside the base64 (held out of tuning, forty-fifth round).

Modelled on http://www.huitong.gov.cn/huitong/c117630/202601/93d25149b8dc4ff8a6732326c5771094.shtml (会同县 高椅乡's
2025 政府信息公开工作年度报告, a Hunan county portal whose articles are
`/<site>/c<column>/<YYYYMM>/<32 hex>.shtml`, the layout this family's articles take) and
https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html (平江县: a 政务公开 section of numbered columns,
2017 documents kept). The `data:` frame is this family's choice; the cited pages are text. Unlike srcdoc (the list
entity-escaped in the frame's `srcdoc` attribute, readable once unescaped), refframe or dualframe (frames of
addresses on the portal) or b64config (base64 ids a script joins to an address), the whole list document is one
base64 `data:` URL in a frame's `src`, and its links must be absolute (a `data:` document has no base to resolve
a relative one against).

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /<site>/c<column>/index.shtml (the frame), articles /<site>/c<column>/<YYYYMM>/<hex>.shtml.
"""

from __future__ import annotations

import base64

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
DATA_PREFIX = "data:text/html;charset=utf-8;base64,"


def column_path(county: County, key: str) -> str:
    """The column's folder: the site's short name and a six-digit column number per column, as the cited CMS has."""
    return f"/{county.pinyin[:8]}/c{stable_int('df-col', county.pinyin, key, digits=6)}/"


def framed(items) -> str:
    """The column's frame: its list document (absolute links) base64-encoded into a `data:` URL."""
    inner = ('<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_top"></head><body>'
             + kit.link_list(items) + "</body></html>")
    encoded = base64.b64encode(inner.encode("utf-8")).decode("ascii")
    return (f'<iframe class="nb-embed" width="100%" height="640" frameborder="0" scrolling="auto" '
            f'src="{esc(DATA_PREFIX + encoded)}"></iframe>')


def build_dataframe(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dataframe"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_path(key, art):
        return f"{column_path(county, key)}{art.day:%Y%m}/{stable_hex('df-art', county.pinyin, key, art.key)}.shtml"

    def doc_id(key, art):
        return stable_int("df-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=doc_id, path=doc_path)
    hrefs = [(f"{column_path(county, key)}index.shtml", label) for key, label in COLUMNS.items()]
    for (href, label), key in zip(hrefs, COLUMNS, strict=True):
        kit.report_list_page(b, www, county, family, href, label, framed(columns[key]), columns[key], nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="df-news", more=tuple(hrefs[1:]))
    return urls
