"""A county portal on an Anhui 政务公开 platform whose 政府信息公开年报 column page writes its three lists (本级, 部门,
乡镇) as custom elements with declarative shadow DOM: `<nb-annual-list kind="bm"><template shadowrootmode="open">
<style>…</style><ul>…report links…</ul></template></nb-annual-list>`. The HTML parser of a current browser turns each
template into its element's open shadow root, so the links are drawn but live in shadow trees (outside
`document.links` and `querySelectorAll("a")`); a parser without declarative shadow DOM keeps them as a template's
inert content. No script is involved, and no other page names a department's, township's or pre-2019 report
(held out of tuning, fifty-seventh round).

Modelled on https://zongyang.gov.cn/openness/OpennessAnnualReport/show/2714.html (枞阳县: a 镇's 2018 report on the
county's 政务公开 platform, documents at `/openness/OpennessAnnualReport/show/<id>.html`, the layout this family
takes) and http://www.wuhu.gov.cn/openness/public/6596211/15194811.html (芜湖市's 2017 report on the same platform,
compiled from its counties' and departments' reports: the units the lists hold). The lists as custom elements with
declarative shadow roots are this family's choice (HTML's `shadowrootmode` attribute of `<template>`, what a
platform's server-rendered Web Components write; the cited pages' text does not show their markup). Unlike
shadowlist (a shadow root a module attaches by script, its rows from an interface) or tplclone (templates a script
clones on a picker's change), the links are in the served HTML and need no script, inside a template the parser
itself makes a shadow root.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  the column /openness/OpennessAnnualReport/index.html (the three elements; 解读 and look-alikes by plain link),
  articles /openness/OpennessAnnualReport/show/<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/openness/OpennessAnnualReport/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
KINDS = {"bj": "本级政府", "bm": "县直部门", "xz": "乡镇（街道）"}
SHADOW_STYLE = ("<style>:host{display:block;margin:8px 0}h3{font-size:15px;border-bottom:1px solid #c33}"
                "ul{list-style:none;padding:0}li{line-height:28px}.date{float:right;color:#999}</style>")


def shadow_list(key: str, items: list[Article]) -> str:
    """One list as a custom element whose declarative shadow root holds the heading and the links."""
    return (f'<nb-annual-list kind="{key}"><template shadowrootmode="open">{SHADOW_STYLE}'
            f"<h3>{KINDS[key]}</h3>{kit.link_list(items)}</template></nb-annual-list>")


def build_dsdlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dsdlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}

    def doc_id(art: Article) -> int:
        return stable_int("dsd-art", county.pinyin, art.key, digits=6)

    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, serial=doc_id, column=LABEL,
                     path=lambda art: f"{FOLDER}show/{doc_id(art)}.html")
    groups = kit.group_by_unit_kind(arts, tuple(KINDS))
    lists = "".join(shadow_list(key, kit.newest_first(groups.get(key, []))) for key in KINDS)
    listing = (f'<div class="nb-lists">{lists}</div><h3>相关解读</h3>' + kit.link_list(kit.newest_first(non_reports)))
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, listing, arts + non_reports, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="dsd-news")
    return urls
