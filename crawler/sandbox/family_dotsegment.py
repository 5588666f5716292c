"""A county portal (a 大汉 Hanweb-era site moved onto a TRS-style CMS) whose templates join the site's root and the
template's relative links by plain string concatenation, so that every link to and in the 政府信息公开年报 columns
carries single-dot segments: the home page and the 政务公开 page link the three columns as
`/./xxgk/nb/<bj|bm|xz>/./index.html` (the root `/` + the template's `./xxgk/nb/…`, and the column's folder + its
default page `./index.html`), and each column links its reports as `/./xxgk/nb/<key>/./<YYYYMM>/t<YYYYMMDD>_<id>.html`
(the column's folder + the TRS relative link `./<YYYYMM>/…`). A browser removes the `.` segments before it sends the
request (RFC 3986 section 5.2.4, the URL Standard's path parsing), so each names /xxgk/nb/…; the server (a Java CMS
behind a gateway that maps paths literally) serves only normalised paths, and answers 404 to
`GET /./xxgk/nb/bj/./index.html` sent as written. No link to a column or a report is written otherwise but the home
page's newest report; the columns list every unit's reports of every year, the years before 2019 included (held out
of tuning, fiftieth round).

Modelled on http://gb.shandong.gov.cn/art/2024/1/29/art_341595_41790.html (山东省人民政府办公厅's 2023 report on a
Shandong 大汉 site, `/art/<Y>/<M>/<D>/art_<column>_<id>.html`) and http://www.tmaiface.com/art/2023/1/31/art_316821_37858.html
(a copy of 山东省机关事务管理局's 2022 report: a department's report on the same kind of site). The `/./` segments in every
link are this family's choice (the corpus holds the pages' text, not their links). Unlike dotclimb (`..` segments that
climb past the root), dotlocation (dot-segments in a redirect's `Location`), backslash or basehref, these are `.`
segments inside the path, which name the folder they are in and which a URL parser drops.

- www.X.gov.cn: home (news; the government's newest report by its plain path; a 年报 box of the three dotted column
  links), 政务公开 (/zwgk/index.html: the guide and the three dotted links), the columns
  /xxgk/nb/<bj|bm|xz>/index.html, articles /xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def dotted(path: str) -> str:
    """`path` (a normalised absolute path) as the templates concatenate it: the root `/` joined to `./<first folders>`,
    and the last folder joined to `./<the rest>` — `/./xxgk/nb/bj/./index.html`."""
    head, _, rest = path.lstrip("/").partition("/")
    folders = rest.split("/")
    cut = 2 if len(folders) > 3 else len(folders) - 1   # the column's folder, then its own relative link
    return "/./" + head + "/" + "/".join(folders[:cut]) + "/./" + "/".join(folders[cut:])


def build_dotsegment(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dotsegment"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="ds-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        listing = kit.link_list(columns[key], href=lambda a: dotted("/" + a.url.split("/", 3)[3]))
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    links = tuple((dotted(column_path(key)), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=links[0][0],
                                  news_salt="ds-news", more=links[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in links) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
