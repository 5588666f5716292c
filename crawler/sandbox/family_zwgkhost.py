"""A `zwgk.` disclosure sub-host with per-unit directories, year query parameters and a second configured
domain (Fujian/Shandong TRS installations).

Modelled on http://pingdu.gov.cn/bmxxgkml_15/pdszfbgs_15/xxgkml_15/ndgzbg_15/202204/t20220422_5845924.shtml
(部门信息公开目录 → unit → 年度工作报告, on the bare domain), http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm
(a site answering on two configured domains: the report names http://jaq.fuzhou.gov.cn/ as its portal) and
https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (a spam copy of a 年报 page on another domain).

- www.X.gov.cn: home, news. Its 政务公开 link goes to http://zwgk.X.gov.cn/.
- zwgk.X.gov.cn/bmxxgkml/: directory of units → /bmxxgkml/<slug>_<n>/ndgzbg_<n>/index.shtml, which shows the
  newest year only; years are query parameters: static links `?year=2024` … `?year=2019`, while the years
  2008-2018 are offered only by a <select name="year"> (onchange → ?year=…).
- The same site is configured under a second domain, www.<pinyin>xian.gov.cn (zwgk.<pinyin>xian.gov.cn for the
  sub-host), and a third of the article links are written with it.
- A hijacked 友情链接 leads to a spam copy on another domain.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common
from nianbao.crawler.sandbox.history import HISTORY_YEARS
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

CURRENT_YEARS = range(2019, 2025)


def build_zwgkhost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "zwgkhost"
    other = f"{county.pinyin}xian.gov.cn"
    www = b.site(county.host, county.id, server="nginx")
    b.alias(www, f"www.{other}")
    zw = kit.sub_host(b, county, "zwgk", "nginx")
    b.alias(zw, f"zwgk.{other}")
    nav = [("首页", f"http://{www.host}/"), ("政务公开", f"http://{zw.host}/"), ("新闻中心", f"http://{www.host}/xwzx/")]
    add_common(b, www, county, family, nav)
    add_common(b, zw, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    units = [u for u in county.units if any(a.report.unit is u for a in arts)]
    directory = []
    for u in units:
        n = stable_int("zw-col", county.pinyin, u.key, digits=2)
        folder = f"/bmxxgkml/{u.slug}_{n}/ndgzbg_{n}/"
        items = [a for a in arts if a.report.unit is u]
        if u.kind == "gov":
            items += noise["interpretations"] + kit.lookalikes(county)[:2]
        by_year: dict[int, list] = {}
        for i, art in enumerate(kit.newest_first(items)):
            year = art.report.year if art.report else art.day.year - 1
            by_year.setdefault(year, []).append(art)
            path = kit.trs_path(folder, art.day, stable_int(county.pinyin, art.key, digits=7), ".shtml")
            kit.article_page(b, zw, county, family, art, path, nav=nav, column="年度工作报告",
                             index_no=f"{u.code[2:11]}/{art.day:%Y}-{i:05d}",
                             url_host=f"zwgk.{other}" if i % 3 == 2 else None, report_urls=urls)
        newest = max(by_year)
        links = " ".join(f'<a href="?year={y}">{y}年</a>' for y in reversed(CURRENT_YEARS))
        select = ('<select name="year" onchange="location.href=\'?year=\'+this.value"><option>往年</option>'
                  + "".join(f'<option value="{y}">{y}年</option>' for y in reversed(HISTORY_YEARS)) + "</select>")

        def listing(year: int, rows: list, u=u, links=links, select=select) -> bytes:
            main = (f'<div class="years">{links} {select}</div><div class="list"><h2>{esc(u.name)} 年度工作报告 '
                    f"{year}年</h2>{kit.link_list(rows)}</div>")
            return page(county, family, f"{u.name}_年度工作报告", main, column="年度工作报告", nav=nav,
                        host=zw.host).encode()

        b.add(zw, f"{folder}index.shtml", Page(listing(newest, by_year[newest]), b.list_date(by_year[newest]),
                                               ignores_query=False), "list")
        for year in [*HISTORY_YEARS, *CURRENT_YEARS]:
            rows = by_year.get(year, [])
            b.add(zw, f"{folder}index.shtml?year={year}", Page(listing(year, rows), b.list_date(rows),
                                                               ignores_query=False), "list")
        directory.append(f'<li><a href="{folder}index.shtml">{esc(u.name)}</a></li>')
    main = f'<div class="dir"><h2>部门信息公开目录</h2><ul>{"".join(directory)}</ul></div>'
    b.html_page(zw, "/bmxxgkml/index.shtml", page(county, family, "部门信息公开目录", main, column="政务公开", nav=nav,
                                                   host=zw.host), SITE_DATE, "section")
    kit.serve_at_root(b, zw, "/index.shtml", page(county, family, "政务公开",
                                                  '<a href="/bmxxgkml/index.shtml">部门信息公开目录</a>',
                                                  column="政务公开", nav=nav, host=zw.host), "section")

    news = kit.news_items(county, noise, 2)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.shtml",
                    article_path=lambda art: kit.trs_path("/xwzx/", art.day, stable_int(art.key, digits=6), ".shtml"))
    www.add("/xwzx/", www.pages["/xwzx/index.shtml"])
    mirror = kit.spam_mirror(b, county, family, [a for a in arts if a.report.unit.kind == "gov"][:3],
                             f"{stable_hex('spam', county.pinyin, length=6)}.com")
    home = (f'{kit.focus_box(news)}<div class="links"><h3>友情链接</h3>'
            f'<a href="{esc(mirror)}">{esc(county.name)}融媒体中心</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.shtml")
    return urls
