"""A county portal whose 政府信息公开年报 column pages are several megabytes each: every column opens with the
office's 通知 on the year's reports, pasted from Word with its scanned pages, which the editor kept inline as
`<img src="data:image/png;base64,…">` (two scans, about 2 MB of base64 each), and only after them, some 4 MB into
the page, the column's list of every unit's reports of every year by ordinary link, the years before 2019 included.
A client that gives up on pages past a size limit (or reads only a page's first megabyte) finds no report but the
home page's newest (held out of tuning, forty-ninth round).

Modelled on http://www.gangu.gov.cn/info/1991/393271.htm (甘谷县工业和信息化局2017年度政府信息公开工作年度报告, a Gansu
county department's pre-2019 report, a VSB-style `/info/<column>/<id>.htm` article) and
http://wzgl.zwfw.gswuwei.gov.cn/art/2020/9/29/art_924_191187.html (民勤县2017年政府信息公开工作年度报告, filed under 政府信息
公开年报 → 2016 → 各区县, a Gansu column that gathers every unit's reports of several years). The pasted scans are
this family's choice (the search corpus holds page text, not markup; Word pastes kept as data URIs are what
rich-text editors without an image upload save). Unlike shortbody (a proxy cutting a long list short) or
deeplist (a list of many pages), the list arrives whole, behind megabytes of inline images.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (guide, the three columns),
  /info/<col>.htm (the columns: the notice with the scans, then the list), articles /info/<col>/<id>.htm.
"""

from __future__ import annotations

import base64
import random

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
SCAN_BYTES = 1_500_000          # one scanned page as pasted: 2,000,000 characters of base64
SCANS = 2
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def column_number(county: County, key: str) -> int:
    return 1000 + stable_int("bp-col", county.pinyin, digits=3) + list(COLUMNS).index(key)


def column_path(county: County, key: str) -> str:
    return f"/info/{column_number(county, key)}.htm"


def scan(seed: str) -> str:
    """A pasted scan as a data URI: PNG's signature and incompressible bytes (a scan's are), fixed per seed."""
    payload = PNG_MAGIC + random.Random(seed).randbytes(SCAN_BYTES - len(PNG_MAGIC))
    return "data:image/png;base64," + base64.b64encode(payload).decode("ascii")


def pasted_notice(county: County, key: str, label: str) -> str:
    scans = "".join(f'<p><img src="{scan(f"{county.pinyin}:{key}:{n}")}" width="600" alt=""></p>'
                    for n in range(SCANS))
    return (f'<div class="notice"><p>关于公布{esc(county.name)}各单位政府信息公开工作年度报告的通知（{esc(label)}）</p>'
            f"{scans}</div>")


def build_bigpage(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "bigpage"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="VWebServer")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("bp-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: f"/info/{column_number(county, key)}/{doc_id(key, art)}.htm")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(county, key), label,
                             pasted_notice(county, key, label) + kit.link_list(columns[key]), columns[key], nav=nav)
    hrefs = [(column_path(county, key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="bp-news", more=tuple(hrefs[1:]))
    return urls
