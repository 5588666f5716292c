"""A district portal rebuilt onto a new CMS whose 政府信息公开年报 columns moved (from /zwgk/zfxxgknb/<jg|bm|jd>/ to
/xxgk/nb/<jg|bm|jd>/index.html), and whose pages were not relinked: the home page and the 政务公开 page still link
the old column addresses, which the new front's nginx answers `308 Permanent Redirect` (`return 308 …;`, the permanent
redirect that keeps the request's method, chosen so that old search forms posting to the columns keep working) to the
new ones. The old addresses are the only links to the columns; once there, each column lists its unit kind's reports
(the district government's, its departments', its 街道's) of every year by relative links, the years before 2019
included. No page links a column's new address, and the 308's own body is nginx's bare error page (held out of
tuning, fiftieth round).

Modelled on https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414871.html (广州市海珠区: 首页 > 政务公开 >
政府信息公开年报 > 街道, 昌岗街道's 2018 report: a Guangdong district's column split by kind of unit, `jd` for 街道)
and http://www.lw.gov.cn/zwgkk/qmtjjczwgkbzhgfhgz/gjd/nyj/content/post_7033012.html (荔湾区: 南源街道's 2020 report).
The move and the 308 are this family's choice (the corpus holds pages' text, not their HTTP answers). Unlike
redirchain (a chain of 301s and a 302), seeother (a 303 after a POST), post307 (a 307 of a POST that must be
repeated with its body) or moved (a moved column named by a notice), the one redirect here is a 308, the permanent
status of RFC 7538 that some clients do not follow.

- www.X.gov.cn: home (news; the government's newest report by its plain path; a 年报 box of the three old column
  links), 政务公开 (/zwgk/index.html: the guide and the three old links), /zwgk/zfxxgknb/<key>/ (308 → the new
  column), the columns /xxgk/nb/<key>/index.html, articles /xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"jg": "区政府信息公开年报", "bm": "区直部门信息公开年报", "jd": "街道信息公开年报"}
STATUS = 308   # RFC 7538 Permanent Redirect


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def old_path(key: str) -> str:
    return f"/zwgk/zfxxgknb/{key}/"


def permanent_redirect(b: Build, site: Site, path: str, target: str) -> None:
    """nginx's `return 308 <target>;`: its bare error page as the body (no link to the target, unlike
    Build.redirect's body), the target only in `Location`."""
    body = (f"<html>\r\n<head><title>{STATUS} Permanent Redirect</title></head>\r\n<body>\r\n<center><h1>{STATUS} "
            "Permanent Redirect</h1></center>\r\n<hr><center>nginx/1.20.1</center>\r\n</body>\r\n</html>\r\n")
    site.add(path, Page(body.encode(), SITE_DATE, "text/html", status=STATUS, location=target, role="redirect"))
    b.redirects[f"http://{site.host}{path}"] = target


def build_perm308(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "perm308"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="p8-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        folder = f"/xxgk/nb/{key}/"
        listing = kit.link_list(columns[key], href=lambda a, f=folder: "./" + a.url.split(f, 1)[1])
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
        permanent_redirect(b, www, old_path(key), f"http://{county.host}{column_path(key)}")
    links = tuple((old_path(key), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=links[0][0],
                                  news_salt="p8-news", more=links[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in links) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
