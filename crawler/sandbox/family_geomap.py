"""A county portal whose 乡镇信息公开 page is an interactive map of the county drawn by Leaflet from a GeoJSON file:
the page holds an empty `<div id="xzmap">`, the library, and a script that fetches `/zwgk/xzxxgk/data/xzqh.json`
(a GeoJSON FeatureCollection, RFC 7946, sent as `application/geo+json`: one Polygon per township, its outline in
longitude and latitude) and binds each feature's click to `window.open(feature.properties.url)`. A township's
信息公开 page (its reports) is named only as a property of its feature: no HTML `<a>`, no SVG link, no address in the
page's markup or script (held out of tuning, seventy-ninth round).

Modelled on http://www.gmggg.com/a/20251130/23020.html (宁夏同心县's 行政规划图: the county's 乡镇 drawn on a map, one
镇 and nine 乡, each with its 乡镇人民政府) and the 乡镇 columns of http://www.nbjb.gov.cn/col/col1229214366/index.html
(one 信息公开 page per unit). The map drawn in the browser from GeoJSON (as 政务地图 and 行政区划 pages draw the
outlines DataV.GeoAtlas exports, `adcode` and `name` in each feature's properties, the site's own `url` added) is
this family's choice; the cited pages do not show the map's code. Unlike svgmap (inline SVG `<a xlink:href>`),
svgobject (an SVG file embedded by `<object>`), imagemap (`<area href>`) or ztree (a unit tree as JSON), the
addresses are a JSON member of map features that a script loads and turns into click handlers on drawn shapes.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column, 乡镇信息公开), /zwgk/ndbg/index.html (the government's, its office's, the departments' and zones'
  reports, 解读, look-alikes), /zwgk/xzxxgk/index.html (the map's shell), /zwgk/xzxxgk/data/xzqh.json (GeoJSON),
  /zwgk/xzxxgk/<town>/index.html (a township's reports, `content_<id>.html` in its folder).
"""

from __future__ import annotations

import json
from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.family_svgmap import NB, TOWNS, content_path, guide_news_and_home
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

GEOJSON = TOWNS + "data/xzqh.json"
GEO_TYPE = "application/geo+json"
LEAFLET = "/static/leaflet/leaflet.js"


def map_shell() -> str:
    """The 乡镇信息公开 page's body: an empty map box, Leaflet, and the loader that draws the GeoJSON."""
    return f"""<div class="xzmap"><div id="xzmap" style="width:100%;height:480px"></div>
<p class="tip">请点击地图选择乡镇（街道）</p></div>
<link rel="stylesheet" href="/static/leaflet/leaflet.css">
<script src="{LEAFLET}"></script>
<script type="text/javascript">
var map = L.map("xzmap", {{zoomControl: true, attributionControl: false}});
fetch("{GEOJSON}").then(function (r) {{ return r.json(); }}).then(function (data) {{
  var layer = L.geoJSON(data, {{
    style: {{color: "#ffffff", weight: 2, fillColor: "#cfe3f5", fillOpacity: 0.9}},
    onEachFeature: function (feature, shape) {{
      shape.bindTooltip(feature.properties.name, {{permanent: true, direction: "center"}});
      shape.on("click", function () {{ window.open(feature.properties.url, "_blank"); }});
    }}
  }}).addTo(map);
  map.fitBounds(layer.getBounds());
}});
</script>"""


def feature_collection(county: County, towns: list[tuple[str, str, str]]) -> bytes:
    """One Polygon per township (`towns`: (href, name, adcode)) in a grid of cells 0.1° wide near the county's
    centre, each ring closed and counter-clockwise as RFC 7946 §3.1.6 asks."""
    lon0 = 105.5 + stable_int("gm-lon", county.pinyin, digits=3) / 1000
    lat0 = 36.5 + stable_int("gm-lat", county.pinyin, digits=3) / 1000
    features = []
    for i, (href, name, adcode) in enumerate(towns):
        x, y = round(lon0 + 0.1 * (i % 4), 4), round(lat0 - 0.08 * (i // 4), 4)
        ring = [[x, y], [round(x + 0.09, 4), y], [round(x + 0.09, 4), round(y + 0.07, 4)], [x, round(y + 0.07, 4)],
                [x, y]]
        features.append({"type": "Feature", "properties": {"adcode": adcode, "name": name, "url": href},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode()


def townships(b: Build, www: Site, county: County, family: str, arts: list[Article], urls: dict[str, str],
              nav: list[tuple[str, str]], newest: Article) -> list[tuple[str, str, str]]:
    """One 信息公开 column per township under TOWNS, found only through the map: its reports need a browser.
    Returns (column's path, short name, adcode) per township."""
    towns = []
    for n, unit in enumerate((u for u in county.units if u.kind == "township"), 1):
        items = [a for a in arts if a.report.unit is unit]
        folder = f"{TOWNS}{unit.slug}/"
        kit.column_pages(b, www, county, family, items, urls, nav=nav, column=f"{unit.name}信息公开",
                         path=partial(content_path, county, folder), unit=unit, scripted_except=newest)
        listing = kit.link_list(items) if items else '<p class="tip">暂无信息</p>'
        b.html_page(www, folder + "index.html", page(county, family, f"{unit.name}信息公开", listing,
                                                     column=f"{unit.name}信息公开", nav=nav, host=www.host),
                    b.list_date(items) if items else SITE_DATE, "list")
        towns.append((folder + "index.html", unit.short, f"{county.region_code}{100 + n:03d}"))
    return towns


def build_geomap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "geomap"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    own = kit.newest_first([a for a in arts if a.report.unit.kind != "township"]
                           + kit.column_non_reports(county, noise))
    kit.column_pages(b, www, county, family, own, urls, nav=nav, path=lambda art: content_path(county, NB, art))
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", kit.link_list(own),
                                             column="政府信息公开年报", nav=nav, host=www.host), b.list_date(own), "list")
    towns = townships(b, www, county, family, arts, urls, nav, kit.newest_gov_report(own))
    b.add(www, GEOJSON, Page(feature_collection(county, towns), SITE_DATE, GEO_TYPE), "list")
    b.html_page(www, TOWNS + "index.html", page(county, family, "乡镇信息公开", map_shell(), column="乡镇信息公开",
                                                nav=nav, host=www.host), SITE_DATE, "section")
    guide_news_and_home(b, www, county, family, noise, own, nav)
    return urls
