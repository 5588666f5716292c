"""A county portal whose departments' and townships' 政府信息公开年报 are reached only through a hover menu: the 信息公开
navigation (on the home page and the 政府信息公开 page) has the items 部门信息公开 and 乡镇信息公开 as `<li data-pid>`
whose link is `javascript:;`, and a script fetches an item's sub-menu — one link per unit, to the unit's own 年报
column — the first time the pointer enters it (`mouseenter`, what jQuery's `.hover()` binds): `GET
/common/nav/submenu.jsp?pid=<the item's column id>` answers an HTML fragment of `<li><a>`s. The item has no click
handler: only the pointer entering it loads the sub-menu (a real pointer does so on its way to a click, a script's
`element.click()` does not), so every unit column, and every report in it, is named only by an answer a `mouseenter`
asks for. The government's own reports are in a plain column (held out of tuning, twenty-sixth round).

Modelled on http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm (桃江县 松木塘镇's 2022 report on a Hunan
numeric-path CMS: a site number, then one numbered column per level, the unit's own column, the article a folder of
its own with an index.htm) and http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县: numbered columns of
a 公开领域 CMS), with the drop-down navigation such templates ship (http://www.walcom.cn/templates/walcom/images/js/Downnav.js:
`li.hover(function () { … show() … }, function () { … hide() … })`; jQuery documents `mouseenter` as fired when the
pointer enters an element, not its children: https://api.jquery.com/mouseenter). Sub-menus loaded on the first
hover are this family's choice; the cited pages do not show how their menus are filled. Unlike jumpmenu/unitselect
(a `<select>`'s change), tabindex/tpltabs (a tab's click), imagemap/svgmap (areas of a picture) or scrollcursor (a
sentinel scrolled into view), nothing is clicked, chosen or scrolled: the trigger is the pointer entering an item.

- www.X.gov.cn: home (news; the government's newest report; the 信息公开 navigation), /<site>/<xxgk>/index.htm
  (政府信息公开: the guide, the government's 年报 column, the navigation), /<site>/<xxgk>/<nb>/index.htm (the
  government's and its office's reports, 解读, look-alikes), /<site>/<bm|xz>/<unit>/index.htm (a unit's 年报
  column, linked only from the sub-menu), articles /<site>/<column path>/<id>/index.htm.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

SUBMENU = "/common/nav/submenu.jsp"
LABEL = "政府信息公开年报"
# column key (kit.unit_kind_columns), the navigation's label for the hover items
GROUPS = (("bm", "部门信息公开"), ("xz", "乡镇信息公开"))
HOVER = """<script type="text/javascript">
// 信息公开导航: an item's sub-menu is fetched the first time the pointer enters it (jQuery's .hover), shown while it stays
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("#gkNav li[data-pid]").forEach(function (li) {
    var sub = li.querySelector("ul.sub");
    li.addEventListener("mouseenter", function () {
      sub.style.display = "block";
      if (li.getAttribute("data-loaded")) { return; }
      li.setAttribute("data-loaded", "1");
      fetch("%s?pid=" + li.getAttribute("data-pid")).then(function (r) { return r.text(); })
        .then(function (html) { sub.innerHTML = html; });
    });
    li.addEventListener("mouseleave", function () { sub.style.display = "none"; });
  });
});
</script>"""


def column_numbers(county: County, keys: list[str]) -> dict[str, int]:
    """The CMS's numbers of the portal's columns: 5 digits, one after another in the order they were made (`keys`)."""
    first = 10000 + stable_int("hm-col", county.pinyin, digits=5) % 80000
    return {key: first + n for n, key in enumerate(keys)}


def article_path(county: County, folder: str, art: Article) -> str:
    """An article is a folder of its own under its column's, with an index.htm."""
    return f"{folder}{article_no(county, art)}/index.htm"


def article_no(county: County, art: Article) -> int:
    return stable_int("hm-art", county.pinyin, art.key, digits=7)


def navigation(guide: str, column: str, pids: dict[str, int]) -> str:
    """The 信息公开 navigation: two plain links, then the hover items (a `javascript:;` link and an empty sub-menu)."""
    hover = "".join(f'<li data-pid="{pids[key]}"><a href="javascript:;">{label}</a><ul class="sub" style="display:none">'
                    "</ul></li>" for key, label in GROUPS)
    return (f'<ul id="gkNav" class="gk-nav"><li><a href="{guide}">政府信息公开指南</a></li>'
            f'<li><a href="{column}">{LABEL}</a></li>{hover}</ul>')


def build_hovermenu(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hovermenu"
    site = f"/{stable_int('hm-site', county.pinyin, digits=5)}/"
    noise, arts = noise_articles(b, county, reports), kit.report_articles(b, reports)   # the site's numbers need them
    columns = kit.unit_kind_columns(county, arts, noise, ("bj", "bm", "xz"))
    units: dict[str, dict[str, list[Article]]] = {key: {} for key, _ in GROUPS}   # group → unit slug → its reports
    for key, _ in GROUPS:
        for art in columns[key]:
            units[key].setdefault(art.report.unit.slug, []).append(art)
    col = column_numbers(county, ["xxgk", "xxgkzn", "nb", "xwdt", *(key for key, _ in GROUPS),
                                  *(f"{key}:{slug}" for key, _ in GROUPS for slug in sorted(units[key]))])
    xxgk, news_folder = f"{site}{col['xxgk']}/", f"{site}{col['xwdt']}/"
    own = f"{xxgk}{col['nb']}/"
    nav = [("首页", "/"), ("政府信息公开", f"{xxgk}index.htm"), ("新闻动态", f"{news_folder}index.htm")]
    www = kit.main_site(b, county, family, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    bj = kit.newest_first(columns["bj"])
    kit.column_pages(b, www, county, family, bj, urls, nav=nav, path=lambda art: article_path(county, own, art),
                     serial=lambda art: article_no(county, art))
    kit.report_list_page(b, www, county, family, f"{own}index.htm", LABEL, kit.link_list(bj), bj, nav=nav)
    for key, _ in GROUPS:   # each unit's own 年报 column; the sub-menu of the group's item links them
        entries = []
        for slug, listed in sorted(units[key].items()):
            unit, folder = listed[0].report.unit, f"{site}{col[key]}/{col[f'{key}:{slug}']}/"
            listed = kit.newest_first(listed)
            kit.column_pages(b, www, county, family, listed, urls, nav=nav, unit=unit, column=f"{unit.name}{LABEL}",
                             path=lambda art, folder=folder: article_path(county, folder, art),
                             serial=lambda art: article_no(county, art), scripted_except=newest)
            kit.report_list_page(b, www, county, family, f"{folder}index.htm", f"{unit.name}{LABEL}",
                                 kit.link_list(listed), listed, nav=nav)
            entries.append(f'<li><a href="{folder}index.htm" target="_blank">{esc(unit.name)}</a></li>')
        b.html_page(www, f"{SUBMENU}?pid={col[key]}", "".join(entries), SITE_DATE, "list", ignores_query=False)

    def unknown(method, query, headers, body):   # another item, or none: an empty sub-menu, as the action answers
        return Page(b"", SITE_DATE, role="list")

    www.dynamic[SUBMENU] = unknown
    guide = noise["guide"][0]
    kit.article_page(b, www, county, family, guide, article_path(county, f"{xxgk}{col['xxgkzn']}/", guide), nav=nav,
                     column="政府信息公开指南", index_no=guide.key)
    menu = navigation(guide.url, f"{own}index.htm", {key: col[key] for key, _ in GROUPS})
    b.html_page(www, f"{xxgk}index.htm", page(county, family, "政府信息公开", f"<h2>政府信息公开</h2>{menu}",
                                               column="政府信息公开", nav=nav, host=www.host, scripts=HOVER % SUBMENU),
                SITE_DATE, "section")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻动态", list_path=f"{news_folder}index.htm",
                           article_path=lambda art: article_path(county, news_folder, art))
    kit.home_page(b, www, county, family, kit.focus_box(news) + menu + kit.report_box([newest]), nav=nav,
                  scripts=HOVER % SUBMENU)
    return urls
