"""A county portal whose 政府信息公开 moved to a new platform on another sub-host (`gk.X.gov.cn`) and whose old 年报
column still answers `200 OK` at its old address with a 页面已迁移 notice: the new platform's host written as text in
the notice ("本栏目已迁移至…新平台：gk.X.gov.cn，请在浏览器地址栏输入该网址访问"), no link, no redirect, no refresh and
no script. The portal's menus still link the old column; no page of the portal links the new platform, whose front
lists the three 年报 columns by kind of unit; even the home page's 年报 box links the old column (held out of tuning, twenty-first round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 on a platform of its own, one
column per department) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: the reports of every
year kept in one 政府信息公开专栏, a 2012 report among them), and on the 改版 told by http://e-gov.org.cn/article-124139.html
(翔安区: after the district's site was rebuilt under a new address, the old 新圩镇 pages kept answering with 2007's
content, and a user found the current site only by searching elsewhere). A migration notice served as a normal page (`200`, the
CMS's "栏目迁移" template) that names the new host only in prose is this family's choice; the cited pages do not show
it. Unlike moved (the old column answers 404 and its error page links the new platform and counts down to it),
refresh (a 200 page that redirects by meta refresh) and plainurl (each report's full address written as text in a
notice), the only trace of the new platform is its bare host name in a sentence of a 200 page.

- www.X.gov.cn: home (news; a 年报 box linking the old column), 政务公开 (/zwgk/index.html: the guide and the old 年报
  column), /xxgk/nb/index.html (200: the 页面已迁移 notice).
- gk.X.gov.cn (named only in that notice's text): / (the platform's front: the three 年报 columns),
  /nb/<bj|bm|xz>/index.html, articles /nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

OLD_COLUMN = "/xxgk/nb/index.html"
COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}


def moved_notice(county: County, new_host: str) -> str:
    """The old column's 200 notice: the new host as text, nothing to follow."""
    return (f'<div class="notice"><h2>页面已迁移</h2><p>根据{esc(county.gov_name)}政府网站集约化建设要求，'
            f"本栏目已迁移至{esc(county.name)}政府信息公开新平台：{esc(new_host)}，请在浏览器地址栏输入该网址访问。</p>"
            "<p>原栏目内容不再更新，给您带来不便，敬请谅解。</p></div>")


def build_movednote(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "movednote"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    gk = kit.sub_host(b, county, "gk", "nginx")
    gk_nav = [("平台首页", "/"), *((label, f"/nb/{key}/index.html") for key, label in COLUMNS.items())]
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, gk, county, family, arts, noise, COLUMNS, urls, nav=gk_nav, salt="mn-art",
                                        folder="/nb/{key}/")
    boxes = []
    for key, label in COLUMNS.items():
        items = columns[key]
        folder = f"/nb/{key}/"
        kit.report_list_page(b, gk, county, family, folder + "index.html", label, kit.link_list(items), items,
                             nav=gk_nav)
        boxes.append(f'<div class="col"><h3><a href="{folder}index.html">{label}</a></h3>'
                     f"{kit.link_list(items[:5])}</div>")
    kit.serve_at_root(b, gk, "/index.html", page(county, family, f"{county.name}政府信息公开平台", "".join(boxes),
                                                nav=gk_nav, host=gk.host), "section")
    b.html_page(www, OLD_COLUMN, page(county, family, "政府信息公开年报", moved_notice(county, gk.host),
                                      column="政府信息公开年报", nav=nav, host=www.host), SITE_DATE, "section")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=OLD_COLUMN, news_salt="mn-news")
    box = f'<div class="nb"><h3><a href="{OLD_COLUMN}">政府信息公开年报</a></h3></div>'   # the old column, as the menus
    kit.home_page(b, www, county, family, kit.focus_box(news) + box, nav=nav)
    return urls
