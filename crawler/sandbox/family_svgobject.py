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

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.family_svgmap import TOWNS, guide_news_and_home, reports_and_townships, town_cell
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

MAP = "/images/xzqh.svg"
SVG_TYPE = "image/svg+xml"
TO_SITE_ROOT = "../"          # from the map's folder (/images/) up to the site's root


def county_map_file(title: str, towns: list[tuple[str, str]]) -> bytes:
    """A standalone SVG 行政区划图 (`towns`: (href relative to the file, name)): one polygon and label per township in a
    grid, each in an SVG link."""
    shapes = []
    for i, (href, name) in enumerate(towns):
        x, y, points = town_cell(i, 40)
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
    own, towns = reports_and_townships(b, www, county, family, arts, noise, urls, nav)
    towns = [(TO_SITE_ROOT + path.lstrip("/"), name) for path, name in towns]   # hrefs relative to the map file
    b.add(www, MAP, Page(county_map_file(f"{county.name}行政区划图", towns), SITE_DATE, SVG_TYPE), "list")
    b.html_page(www, TOWNS + "index.html", page(county, family, "乡镇信息公开", map_object(40 + 90 * ((len(towns) + 3) // 4)),
                                                column="乡镇信息公开", nav=nav, host=www.host), SITE_DATE, "section")
    guide_news_and_home(b, www, county, family, noise, own, nav)
    return urls
