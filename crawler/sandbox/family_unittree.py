"""A 部门街镇 tree of per-unit sub-sites whose 年报 lists are iframes (Chongqing-style district portals), held out
of tuning.

Modelled on http://cqjlp.gov.cn/bmjz/qzfjz_97456/eljd_97738/zwgk_97461/zfxxgknb_97478/202301/t20230130_11545442.html
(九龙坡区: 部门街镇 → 街道 → 二郎街道 → 政务公开 → 政府信息公开年报, every level a numbered folder),
http://ws.cq.gov.cn/jz/wsdljd/zwgk_70039/zfxxgknb_70056/202201/t20220121_10327522.html (万盛: the same tree under
/jz/, a town's sub-site with its own 政务公开) and
http://www.syyh.gov.cn/zwgk/zfxxgknb/2021/jdbsczfxxgkgzndbg/202206/t20220615_3268918.html (the government's own
政府信息公开年报 column split by year).

- www.X.gov.cn: home, news, 政务公开 (/zwgk/) → 政府信息公开年报 (/zwgk/zfxxgknb/) with one static sub-column per
  year (/zwgk/zfxxgknb/<year>/), holding the government's and its office's reports, 2008 on.
- 部门街镇 (/bmjz/): three groups (区政府部门, 街道, 镇), each unit a sub-site /bmjz/<group>_<n>/<slug>_<n>/ whose
  home links its 政务公开 (zwgk_<n>/), which links its 政府信息公开年报 column (zfxxgknb_<n>/). That column page is
  a frame: the list is /…/zfxxgknb_<n>/list.html in an `<iframe>`, nowhere else; its entries are TRS-style
  articles /…/zfxxgknb_<n>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

GROUPS = {"department": ("qzfbm", "区政府部门"), "township": ("jz", "镇街"), "zone": ("yq", "园区")}


def build_unittree(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "unittree"
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("部门街镇", "/bmjz/index.html"), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}

    def n(*parts: str) -> int:
        return stable_int("tree", county.pinyin, *parts, digits=5)

    def stamp(art: Article) -> str:
        return kit.trs_path("", art.day, stable_int(county.pinyin, art.key, digits=8))

    def index_no(i: int, art: Article) -> str:
        return f"{county.site_id_code}/{art.day:%Y}-{i:05d}"

    def publish(art: Article, folder: str, column: str, i: int) -> None:
        kit.article_page(b, www, county, family, art, f"{folder}{stamp(art)}", nav=nav, column=column,
                         index_no=index_no(i, art), report_urls=urls)

    # the government's own column, one static sub-column per year
    own = [a for a in arts if a.report.unit.kind in ("gov", "office")] + noise["interpretations"] + kit.lookalikes(county)[:2]
    by_year: dict[int, list[Article]] = {}
    for i, art in enumerate(kit.newest_first(own)):
        year = art.report.year if art.report else art.day.year - 1
        by_year.setdefault(year, []).append(art)
        publish(art, f"/zwgk/zfxxgknb/{year}/", "政府信息公开年报", i)
    for year, items in by_year.items():
        b.html_page(www, f"/zwgk/zfxxgknb/{year}/index.html",
                    page(county, family, f"{year}_政府信息公开年报", f"<h2>{year}年</h2>{kit.link_list(items)}",
                         column="政府信息公开年报", nav=nav, host=www.host), b.list_date(items), "list")
    years = "".join(f'<li><a href="/zwgk/zfxxgknb/{y}/index.html">{y}年</a></li>' for y in sorted(by_year, reverse=True))
    b.html_page(www, "/zwgk/zfxxgknb/index.html", page(county, family, "政府信息公开年报", f"<ul class='years'>{years}</ul>",
                                                       column="政府信息公开年报", nav=nav, host=www.host),
                SITE_DATE, "list")
    b.html_page(www, "/zwgk/index.html", page(county, family, "政务公开", '<ul><li><a href="/zwgk/zfxxgknb/index.html">'
                                              '政府信息公开年报</a></li><li><a href="/bmjz/index.html">部门街镇</a></li></ul>',
                                              column="政务公开", nav=nav, host=www.host), SITE_DATE, "section")

    # 部门街镇: a sub-site per unit, its 年报 list inside an iframe
    groups: dict[str, list[str]] = {}
    for unit in county.units:
        if unit.kind in ("gov", "office"):
            continue
        items = kit.newest_first([a for a in arts if a.report.unit is unit])
        slug, label = GROUPS.get(unit.kind, GROUPS["department"])
        home = f"/bmjz/{slug}_{n(slug)}/{unit.slug}_{n(unit.key)}/"
        zwgk = f"{home}zwgk_{n(unit.key, 'zwgk')}/"
        column = f"{zwgk}zfxxgknb_{n(unit.key, 'nb')}/"
        for i, art in enumerate(items):
            publish(art, column, "政府信息公开年报", i)
        b.html_page(www, f"{column}list.html", f'<html><head><meta charset="utf-8"><title>列表</title></head><body>'
                    f'{kit.link_list(items)}</body></html>', b.list_date(items), "list")
        frame = (f'<h2>{esc(unit.name)}</h2><iframe id="nbFrame" src="{column}list.html" width="100%" height="600" '
                 'frameborder="0" scrolling="no"></iframe>')
        b.html_page(www, f"{column}index.html", page(county, family, f"政府信息公开年报_{unit.name}", frame,
                                                     column="政府信息公开年报", nav=nav, host=www.host),
                    b.list_date(items), "list")
        b.html_page(www, f"{zwgk}index.html", page(county, family, f"政务公开_{unit.name}",
                                                   f'<ul><li><a href="{column}index.html">政府信息公开年报</a></li></ul>',
                                                   nav=nav, host=www.host), SITE_DATE, "section")
        b.html_page(www, f"{home}index.html", page(county, family, unit.name, f'<h2>{esc(unit.name)}</h2><ul><li>'
                                                   f'<a href="{zwgk}index.html">政务公开</a></li></ul>', nav=nav,
                                                   host=www.host), SITE_DATE, "section")
        groups.setdefault(label, []).append(f'<li><a href="{home}index.html">{esc(unit.name)}</a></li>')
    tree = "".join(f'<div class="group"><h3>{esc(label)}</h3><ul>{"".join(rows)}</ul></div>' for label, rows in groups.items())
    b.html_page(www, "/bmjz/index.html", page(county, family, "部门街镇", tree, nav=nav, host=www.host), SITE_DATE,
                "section")

    news = kit.news_items(county, noise, 2)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                    article_path=lambda art: f"/xwzx/{stamp(art)}", index_no=index_no)
    kit.home_page(b, www, county, family, kit.focus_box(news), nav=nav)
    return urls
