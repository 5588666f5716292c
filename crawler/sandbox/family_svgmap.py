"""A county portal whose 乡镇信息公开 page is a map of the county drawn in inline SVG: each township is a `<path>`
inside an SVG `<a xlink:href>` to that township's 信息公开 page, and no HTML `<a>` names the townships' pages
(held out of tuning, ninth round).

The column layout is modelled on http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县: a 公开领域 CMS whose
articles are `/<site>/<column>/<sub>/content_<id>.html`) and the 乡镇 directory on
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 信息公开 → 部门目录 / 乡镇街道, one page of units). That
the township directory is a clickable SVG map (as county portals' 走进 or 乡镇概况 pages draw their 行政区划图) and
that nothing else links the townships' pages is this family's choice; the cited pages do not show the map. Unlike
imagemap (HTML `<area href>`), ztree and unittree (trees loaded as JSON), the links are SVG 1.1 `xlink:href`
attributes, which HTML link extractors that read only `href` do not see.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column, 乡镇信息公开), /zwgk/ndbg/index.html (the government's, its office's, the departments' and zones'
  reports, 解读, look-alikes), /zwgk/xzxxgk/index.html (the SVG map), /zwgk/xzxxgk/<town>/index.html (a township's
  reports, `content_<id>.html` in its folder).
"""

from __future__ import annotations

from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Site

NB = "/zwgk/ndbg/"
TOWNS = "/zwgk/xzxxgk/"


def content_path(county: County, folder: str, art) -> str:
    return f"{folder}content_{stable_int('sv-art', county.pinyin, art.key, digits=6)}.html"


def town_cell(i: int, top: int) -> tuple[int, int, str]:
    """The i-th township's place in the map's grid of four columns from `top`: its corner and its polygon's points."""
    x, y = 20 + 120 * (i % 4), top + 90 * (i // 4)
    return x, y, f"{x},{y + 10} {x + 50},{y} {x + 110},{y + 20} {x + 100},{y + 80} {x + 10},{y + 70}"


def county_map(towns: list[tuple[str, str]]) -> str:
    """An inline SVG 行政区划图: one polygon and label per township (`towns`: (href, name)), in a grid."""
    shapes = []
    for i, (href, name) in enumerate(towns):
        x, y, points = town_cell(i, 20)
        shapes.append(f'<a xlink:href="{esc(href)}" target="_blank"><polygon points="{points}" fill="#cfe3f5" '
                      f'stroke="#fff" stroke-width="2"/><text x="{x + 30}" y="{y + 45}" font-size="14">{esc(name)}</text></a>')
    height = 20 + 90 * ((len(towns) + 3) // 4)
    return (f'<div class="xzmap"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="520" height="{height}" viewBox="0 0 520 {height}">{"".join(shapes)}</svg>'
            '<p class="tip">请点击地图选择乡镇（街道）</p></div>')


def reports_and_townships(b: Build, www: Site, county: County, family: str, arts: list[Article], noise: dict,
                          urls: dict[str, str], nav: list[tuple[str, str]],
                          ) -> tuple[list[Article], list[tuple[str, str]]]:
    """The 年报 column at NB (the county's own reports and look-alikes) and one 信息公开 column per township under
    TOWNS, which only the caller's map links; returns the column's articles and (township column's path, short name)
    per township."""
    own = kit.newest_first([a for a in arts if a.report.unit.kind != "township"]
                           + kit.column_non_reports(county, noise))
    kit.column_pages(b, www, county, family, own, urls, nav=nav, path=lambda art: content_path(county, NB, art))
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", kit.link_list(own),
                                             column="政府信息公开年报", nav=nav, host=www.host), b.list_date(own), "list")
    towns = []
    for unit in county.units:
        if unit.kind != "township":
            continue
        items = [a for a in arts if a.report.unit is unit]
        folder = f"{TOWNS}{unit.slug}/"
        kit.column_pages(b, www, county, family, items, urls, nav=nav, column=f"{unit.name}信息公开",
                         path=partial(content_path, county, folder), unit=unit)
        listing = kit.link_list(items) if items else '<p class="tip">暂无信息</p>'
        b.html_page(www, folder + "index.html", page(county, family, f"{unit.name}信息公开", listing,
                                                     column=f"{unit.name}信息公开", nav=nav, host=www.host),
                    b.list_date(items) if items else SITE_DATE, "list")
        towns.append((folder + "index.html", unit.short))
    return own, towns


def guide_news_and_home(b: Build, www: Site, county: County, family: str, noise: dict, own: list[Article],
                        nav: list[tuple[str, str]]) -> None:
    """The guide (政务公开, whose more-links name the 乡镇信息公开 page), the news centre and the home page."""
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: content_path(county, "/zwgk/xxgkzn/", art), reports_href=NB + "index.html",
                      more=((TOWNS + "index.html", "乡镇信息公开"),))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: content_path(county, "/xwzx/", art))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(own), nav=nav)


def build_svgmap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "svgmap"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    own, towns = reports_and_townships(b, www, county, family, arts, noise, urls, nav)
    b.html_page(www, TOWNS + "index.html", page(county, family, "乡镇信息公开", county_map(towns), column="乡镇信息公开",
                                                nav=nav, host=www.host), SITE_DATE, "section")
    guide_news_and_home(b, www, county, family, noise, own, nav)
    return urls

