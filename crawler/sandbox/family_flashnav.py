"""A county portal whose 政府信息公开年报 columns were rebuilt for the 2019 条例 while the years before stayed on the
old site's 历年年报 pages, which only the column's Flash navigation names: each column page shows the entries of
2019 onwards as a plain list, and above it the old template's menu, an `<object type="application/x-shockwave-flash"
data="/flash/nbmenu.swf">` (with the `<embed>` twin old templates wrote for Netscape-era browsers) whose
`FlashVars` hand the movie its menu, `xmlUrl=/flash/nbmenu.xml`. That XML file (`<menu><item label="…"
url="…"/>…`) is the only place the three 历年年报 pages (`/xxgknb/<key>/lsnb.html`, every entry before 2019) are
named: no `href`, `src` or `action` of any page names them, and no browser of today runs Flash (held out of tuning,
fifty-first round).

Modelled on http://xxgk.ah.gov.cn/UserData/DocHtml/731/2017/3/29/5003797272865.html and
http://xxgk.ah.gov.cn/UserData/DocHtml/731/2016/3/28/3508832664776.html (安徽省人民政府's 2016 and 2015 reports on the
province's 政府信息公开网, the Anhui 信息公开 platform era whose pre-2019 years this family keeps on old pages). The
Flash menu, its FlashVars and its XML menu file are this family's choice (the cited pages are text; Flash menus fed
by an XML file named in `FlashVars` were the common navigation of 2005-2015 government sites). Unlike objembed and
objectlist (an `<object data>` that is itself the PDF or the list), pdfviewer (a viewer whose `file=` query names the
PDF) or rssfeed and enclosure (feeds named by `<link rel="alternate">`), the list pages are named only inside a file
whose address is a parameter value handed to a plug-in.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /xxgknb/<bj|bm|xz>/index.html (entries of 2019 on, the Flash menu), /flash/nbmenu.swf (the movie,
  a stub), /flash/nbmenu.xml (the menu), /xxgknb/<key>/lsnb.html (every entry before 2019, newest first).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
FIRST_LIVE_YEAR = 2019   # the rebuilt lists start with the first year of the revised 条例
MOVIE, MENU = "/flash/nbmenu.swf", "/flash/nbmenu.xml"
FLASHVARS = f"xmlUrl={MENU}&amp;target=_self"
# a compressed SWF's header (signature CWS, version 9, a length) and no movie: the sandbox serves no Flash
MOVIE_BYTES = b"CWS\x09" + (64).to_bytes(4, "little") + b"\x78\x9c" + bytes(54)


def column_path(key: str) -> str:
    return f"/xxgknb/{key}/index.html"


def old_path(key: str) -> str:
    return f"/xxgknb/{key}/lsnb.html"


def flash_menu() -> str:
    """The old template's Flash navigation: an `<object>` with an `<embed>` inside, both handed the menu's XML by
    FlashVars, and the fallback text every browser without Flash shows."""
    return (f'<div class="flashnav"><object type="application/x-shockwave-flash" data="{MOVIE}" width="760" '
            f'height="36"><param name="movie" value="{MOVIE}"><param name="wmode" value="transparent">'
            f'<param name="FlashVars" value="{FLASHVARS}"><embed src="{MOVIE}" flashvars="{FLASHVARS}" '
            'type="application/x-shockwave-flash" width="760" height="36" wmode="transparent">'
            "<p>历年年报导航需要安装 Adobe Flash Player 播放器。</p></object></div>")


def menu_xml() -> str:
    items = "".join(f'  <item label="{esc(label.replace("信息公开年报", "历年年报"))}" url="{old_path(key)}"/>\n'
                    for key, label in COLUMNS.items())
    return f'<?xml version="1.0" encoding="utf-8"?>\n<menu skin="blue">\n{items}</menu>\n'


def build_flashnav(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "flashnav"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("fl-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: kit.trs_path(f"/xxgknb/{key}/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        live = [a for a in columns[key] if kit.entry_year(a) >= FIRST_LIVE_YEAR]
        old = [a for a in columns[key] if kit.entry_year(a) < FIRST_LIVE_YEAR]
        kit.report_list_page(b, www, county, family, column_path(key), label, flash_menu() + kit.link_list(live),
                             live or columns[key], nav=nav)
        kit.report_list_page(b, www, county, family, old_path(key), label.replace("信息公开年报", "历年年报"),
                             kit.link_list(old), old or columns[key], nav=nav)
    b.add(www, MOVIE, Page(MOVIE_BYTES, SITE_DATE, "application/x-shockwave-flash"), "asset")
    b.add(www, MENU, Page(menu_xml().encode(), SITE_DATE, "text/xml; charset=utf-8"), "asset")
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="fl-news", more=tuple(hrefs[1:]))
    return urls
