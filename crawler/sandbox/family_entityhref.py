"""A county portal whose 政府信息公开年报 lists are written by a CMS's anti-collection (防采集) option: every `href` of
the list is written as HTML numeric character references, one per character —
`<a href="&#47;&#105;&#110;&#102;&#111;&#47;…">` (decimal on some rows, hexadecimal `&#x2F;` on others, as the
option picks at random per row) — so that the address appears nowhere in the page's source as text. An HTML parser
decodes the references in an attribute value and a browser follows the link as usual; the address taken from the
source as written (`&#47;&#105;…`, an ampersand-laden relative path) names no page. Every report but the home page's
newest is linked only so (held out of tuning, forty-first round).

Modelled on https://mdx.gov.cn/info/2154/338045.htm (牟定县人民政府2025年政府信息公开工作年度报告, a report article of a
VSB-style `/info/<column>/<id>.htm` column of a Yunnan county portal, under 部门信息公开 → 牟定县人民政府办公室 →
政府信息公开年报) and https://www.hhjs.gov.cn/info/2961/497631.htm (建水县面甸镇's 2025 report in a 乡镇政府信息公开年度报告
column of the same CMS). The entity-encoded hrefs are this family's choice (the cited pages are text; such options
are what 防采集 plug-ins of Chinese CMSs offer). Unlike srcdoc (a whole list escaped inside one attribute), escapedfrag
(`#!` links served as `_escaped_fragment_` snapshots) or hrefwrap (whitespace a browser strips), each link is a
real `<a href>` whose value is fully character references.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), the columns /info/<column>/index.htm (本级, 部门, 乡镇), the articles /info/<column>/<id>.htm.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": ("政府信息公开年报", 2154), "bm": ("部门政府信息公开年报", 2157), "xz": ("乡镇政府信息公开年度报告", 2961)}


def char_refs(text: str, hexadecimal: bool) -> str:
    """`text` as numeric character references, one per character."""
    return "".join(f"&#x{ord(c):X};" if hexadecimal else f"&#{ord(c)};" for c in text)


def encoded_list(items: list[Article], host: str) -> str:
    """The column's list, each href written as character references (hexadecimal on every other row)."""
    return '<ul class="list">' + "".join(
        f'<li><a href="{char_refs(a.url.split(host, 1)[1], i % 2 == 1)}" target="_blank" title="{esc(a.title)}">'
        f'{esc(a.title)}</a><span class="date">{a.date_text}</span></li>' for i, a in enumerate(items)) + "</ul>"


def build_entityhref(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "entityhref"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="VWebServer")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    hrefs = []
    for key, (label, column) in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            serial = stable_int("eh-art", county.pinyin, art.key, digits=6)
            kit.article_page(b, www, county, family, art, f"/info/{column}/{serial}.htm", nav=nav, column=label,
                             index_no=kit.site_index_no(county, art, serial), report_urls=urls)
        path = f"/info/{column}/index.htm"
        kit.report_list_page(b, www, county, family, path, label, encoded_list(listed, www.host), listed, nav=nav)
        hrefs.append((path, label))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="eh-news", more=tuple(hrefs[1:]))
    return urls
