"""A county portal whose 政务公开 page is one picture of buttons: the 政府信息公开年报, 部门信息公开 and 乡镇信息公开
columns are reached only through the `<area>`s of that picture's image map (`<img usemap>` + `<map>`), which no
`<a>` of the site repeats (held out of tuning, ninth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a 政府信息公开 page whose 信息公开/部门目录
entries are picture buttons over the column list) and http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html
(平凉: a 政府信息公开 column tree `/zfxxgk/<column>/<sub>/index.html`). That the picture's buttons are an image map
and that nothing else links the columns is this family's choice: portals built in the 2000s (Dreamweaver hotspots,
still on many county sites) drew their 政务公开 portal page as one sliced image; the cited pages do not show the map.
Unlike jumpmenu (a `<select>` whose options are the columns) and frameset (frames), the columns' addresses are in
`<area href>` attributes only.

- www.X.gov.cn: home (news; one static link, the government's newest report; 政务公开 in the navigation),
  /zwgk/index.html (the picture `/images/zwgk_nav.gif` and its `<map name="zwgkmap">`: 指南, 年报, 部门, 乡镇),
  /zwgk/xxgknb/index.html (the government's and its office's reports, 解读, look-alikes),
  /zwgk/bmxxgk/index.html and /zwgk/xzxxgk/index.html (unit lists), /zwgk/<bmxxgk|xzxxgk>/<unit>/index.html (a
  unit's reports).
"""

from __future__ import annotations

from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/xxgknb/"
DIRECTORIES = {"department": ("/zwgk/bmxxgk/", "部门信息公开"), "zone": ("/zwgk/bmxxgk/", "部门信息公开"),
               "township": ("/zwgk/xzxxgk/", "乡镇信息公开")}
# a 1x1 GIF: the sandbox serves the picture's bytes, not its drawing
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def image_map(buttons: list[tuple[str, str]]) -> str:
    """The 政务公开 picture (four buttons side by side, 200x80 each) and its hotspots."""
    areas = "".join(f'<area shape="rect" coords="{200 * i},0,{200 * i + 199},79" href="{esc(href)}" alt="{esc(label)}" '
                    f'title="{esc(label)}">' for i, (href, label) in enumerate(buttons))
    return (f'<div class="zwgk-nav"><img src="/images/zwgk_nav.gif" width="{200 * len(buttons)}" height="80" '
            f'border="0" usemap="#zwgkmap" alt="政务公开"><map name="zwgkmap" id="zwgkmap">{areas}</map></div>')


def build_imagemap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "imagemap"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}

    def path(folder: str, art) -> str:
        return kit.trs_path(folder, art.day, stable_int("im-art", county.pinyin, art.key, digits=7))

    own = kit.newest_first([a for a in arts if a.report.unit.kind in ("gov", "office")]
                           + kit.column_non_reports(county, noise))
    kit.column_pages(b, www, county, family, own, urls, nav=nav, path=lambda art: path(NB, art))
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", trs_list_html(own, NB),
                                             column="政府信息公开年报", nav=nav, host=www.host), b.list_date(own), "list")
    rows: dict[str, list[str]] = {base: [] for base, _ in DIRECTORIES.values()}
    for unit in county.units:
        items = [a for a in arts if a.report.unit is unit and unit.kind in DIRECTORIES]
        if not items:
            continue
        base, _ = DIRECTORIES[unit.kind]
        folder = f"{base}{unit.slug}/"
        kit.column_pages(b, www, county, family, items, urls, nav=nav, column=f"{unit.name}信息公开",
                         path=partial(path, folder), unit=unit)
        b.html_page(www, folder + "index.html", page(county, family, f"{unit.name}信息公开", trs_list_html(items, folder),
                                                     column=f"{unit.name}信息公开", nav=nav, host=www.host),
                    b.list_date(items), "list")
        rows[base].append(f'<li><a href="{folder}index.html">{esc(unit.name)}</a></li>')
    for base, title in set(DIRECTORIES.values()):
        b.html_page(www, base + "index.html", page(county, family, title, f'<ul class="units">{"".join(rows[base])}</ul>',
                                                   column=title, nav=nav, host=www.host), SITE_DATE, "section")
    guide = noise["guide"]
    for art in guide:
        kit.article_page(b, www, county, family, art, kit.trs_path("/zwgk/zfxxgkzn/", art.day, 1), nav=nav,
                         column="政府信息公开指南", index_no=art.key)
    buttons = [(guide[0].url, "政府信息公开指南"), (NB + "index.html", "政府信息公开年报"),
               ("/zwgk/bmxxgk/index.html", "部门信息公开"), ("/zwgk/xzxxgk/index.html", "乡镇信息公开")]
    b.html_page(www, "/zwgk/index.html", page(county, family, "政务公开", image_map(buttons), column="政务公开", nav=nav,
                                              host=www.host), SITE_DATE, "section")
    b.add(www, "/images/zwgk_nav.gif", Page(GIF, SITE_DATE, "image/gif"), "image")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: kit.trs_path(
                               "/xwzx/", art.day, stable_int("im-news", county.pinyin, art.key, digits=7)),
                           list_html=lambda items: trs_list_html(items, "/xwzx/"))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(own), nav=nav)
    return urls
