"""A county portal whose 乡镇信息公开 page shows the county's 行政区划图 as a separate SVG file embedded with the HTML
`<object>` element: the page carries `<object type="image/svg+xml" data="/images/xzqh.svg">`, and the file
(served `image/svg+xml`) draws one township per shape, each inside an SVG `<a xlink:href>` to that township's 信息公开
page written *relative to the SVG file* (`../zwgk/xzxxgk/<slug>/index.html`, what a drawing program that saved the
map next to its pictures writes). No HTML page names a township's page; only the SVG document does, and its links
resolve against the SVG file's own address, not the page that embeds it (held out of tuning, seventy-third round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 → 部门目录 / 乡镇街道, a
page of units, each unit's disclosure on a page of its own) and the layout of http://www.nanxian.gov.cn/jc_nx/187/195/
content_16189.html (a county's 年报 column of `content_<id>.html` articles); the portal's province (青海) and its units
(县政府, 部门, 乡镇) are the sandbox's. The map as an external SVG file in an `<object>` (HTML's embedded content,
`type="image/svg+xml"`; SVG 1.1 §17.1 `xlink:href` links, relative ones resolved against the SVG document's base
URI) is this family's choice; the cited pages show no map. Unlike svgmap (the SVG inline in the HTML page, its links
absolute paths), imagemap (HTML `<area href>`) and objectlist (an `<object>` of an HTML list page), the township pages
are named only inside an SVG document fetched as an image type, by references relative to that document.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报 column
  and 乡镇信息公开), /zwgk/ndbg/index.html (the government's and departments' reports, every year, 解读 and
  look-alikes), /zwgk/xzxxgk/index.html (the `<object>` of the map), /images/xzqh.svg (the map),
  /zwgk/xzxxgk/<slug>/index.html (a township's reports), articles <folder>content_<6 digits>.html.
"""

from __future__ import annotations

from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.family_svgmap import content_path
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/ndbg/"
TOWNS = "/zwgk/xzxxgk/"
MAP = "/images/xzqh.svg"
SVG_TYPE = "image/svg+xml"
TO_SITE_ROOT = "../"          # from the map's folder (/images/) up to the site's root


def county_map_file(title: str, towns: list[tuple[str, str]]) -> bytes:
    """A standalone SVG 行政区划图 (`towns`: (href relative to the file, name)): one polygon and label per township in a
    grid, each in an SVG link."""
    shapes = []
    for i, (href, name) in enumerate(towns):
        x, y = 20 + 120 * (i % 4), 40 + 90 * (i // 4)
        points = f"{x},{y + 10} {x + 50},{y} {x + 110},{y + 20} {x + 100},{y + 80} {x + 10},{y + 70}"
        shapes.append(f'  <a xlink:href="{esc(href)}" target="_top">\n    <polygon points="{points}" fill="#f3e2c0" '
                      f'stroke="#fff" stroke-width="2"/>\n    <text x="{x + 30}" y="{y + 45}" font-size="14">{esc(name)}'
                      '</text>\n  </a>\n')
    height = 40 + 90 * ((len(towns) + 3) // 4)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="520" height="{height}" viewBox="0 0 520 {height}">\n  <title>{esc(title)}</title>\n'
            f'  <text x="20" y="24" font-size="16">{esc(title)}</text>\n{"".join(shapes)}</svg>\n').encode()


def map_object(height: int) -> str:
    return (f'<div class="xzmap"><object type="{SVG_TYPE}" data="{MAP}" width="520" height="{height}">'
            '您的浏览器不支持SVG地图，请升级浏览器。</object><p class="tip">请点击地图选择乡镇</p></div>')


def build_svgobject(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "svgobject"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
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
        towns.append((TO_SITE_ROOT + folder.lstrip("/") + "index.html", unit.short))
    b.add(www, MAP, Page(county_map_file(f"{county.name}行政区划图", towns), SITE_DATE, SVG_TYPE), "list")
    b.html_page(www, TOWNS + "index.html", page(county, family, "乡镇信息公开", map_object(40 + 90 * ((len(towns) + 3) // 4)),
                                                column="乡镇信息公开", nav=nav, host=www.host), SITE_DATE, "section")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: content_path(county, "/zwgk/xxgkzn/", art), reports_href=NB + "index.html",
                      more=((TOWNS + "index.html", "乡镇信息公开"),))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: content_path(county, "/xwzx/", art))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(own), nav=nav)
    return urls
