"""A provincial annual-report platform where the counties' reports live (Hunan/Guangxi style).

Modelled on http://www.hunan.gov.cn/xxgk/zfxxgknb/szzf_97945/201307/t20130724_4882079.html and
http://hunan.gov.cn/hnszf/xxgk/zfxxgknb/szf_97943/201711/t20171129_4878215.html (the province's 年报 platform
with one sub-column per area, reports from 2008 on), http://www.gxgg.gov.cn/zfxxgk/zfxxgkndbg_2954/ggsrmzf/t11369142.shtml
(per-unit sub-columns of a 年度报告 column) and http://bbwb.gxzf.gov.cn/zwgk/H1_/N1_/t15699357.shtml.

- The platform (one host for every county of the family, declared in each county's registry row) has
  /nbpt/index.jsp (the areas), /nbpt/area.jsp?areacode=<region code> (a GET <form> with <select name="unitid">
  of the county's units and <select name="year"> of 2008-2024; static links only to the government's years),
  /nbpt/list.jsp?areacode=…&unitid=…&year=… (one unit's reports of one year; "暂无数据" for combinations
  without any) and report pages /nbpt/content/<areacode>/<year>/t<date>_<id>.shtml.
- The county portal reaches the platform from its 政府信息公开 page and its footer, not from its own 年报 column,
  which lists only the government's 2021+ reports (links to the platform).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common
from nianbao.crawler.sandbox.history import HISTORY_YEARS
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PLATFORM = "nbpt.gxzfxxgk.gov.cn"
YEARS = [*HISTORY_YEARS, *range(2019, 2025)]


def _platform(b: Build, county: County):
    """The shared platform site (created by the first county of the family) and its list of areas."""
    site = b.sites.get(PLATFORM)
    if site is None:
        site = b.site(PLATFORM, "province-platform", server="nginx")
        add_common(b, site, county, "province", [("政府信息公开年报平台", "/nbpt/index.jsp")])
        areas: list[tuple[str, str]] = []

        def index(method, query, headers, body):
            rows = "".join(f'<li><a href="/nbpt/area.jsp?areacode={code}">{esc(name)}</a></li>' for code, name in areas)
            html = (f'<html><head><meta charset="utf-8"><title>政府信息公开年报平台</title></head><body>'
                    f"<h1>政府信息公开工作年度报告</h1><ul>{rows}</ul></body></html>")
            return Page(html.encode(), SITE_DATE, role="list")

        def empty(method, query, headers, body):
            html = ('<html><head><meta charset="utf-8"><title>年报查询</title></head><body><p>暂无数据</p>'
                    '<a href="/nbpt/index.jsp">返回</a></body></html>')
            return Page(html.encode(), SITE_DATE, role="empty")

        index.areas = areas
        site.dynamic["/nbpt/index.jsp"] = index
        site.dynamic["/nbpt/list.jsp"] = empty
        site.dynamic["/nbpt/area.jsp"] = empty
        b.pages[f"http://{PLATFORM}/nbpt/index.jsp"] = "list"
    return site, site.dynamic["/nbpt/index.jsp"].areas


def build_province(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "province"
    site = b.site(county.host, county.id, server="nginx")
    platform, areas = _platform(b, county)
    areas.append((county.region_code, county.name))
    b.portal_hosts[county.id] = [PLATFORM]
    area = county.region_code
    platform_home = f"http://{PLATFORM}/nbpt/area.jsp?areacode={area}"
    nav = [("首页", "/"), ("政府信息公开", "/zfxxgk/index.shtml"), ("政务动态", "/zwdt/index.shtml")]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    combos: dict[tuple[str, int], list] = {}
    for art in arts:
        report = art.report
        path = (f"/nbpt/content/{area}/{report.year}/t{report.published:%Y%m%d}_"
                f"{stable_int(county.pinyin, art.key, digits=7)}.shtml")
        urls[report.key] = kit.article_page(b, platform, county, family, art, path, nav=[("返回", platform_home)],
                                            column="政府信息公开年报", index_no=f"{area}/{report.year}-{report.unit.slug}")
        combos.setdefault((report.unit.code, report.year), []).append(art)
    units = [u for u in county.units if any(code == u.code for code, _ in combos)]
    for (code, year), items in combos.items():
        html = (f'<html><head><meta charset="utf-8"><title>年报查询</title></head><body>'
                f'<h2>{esc(items[0].report.unit.name)} {year}年</h2>{kit.link_list(items)}</body></html>')
        b.add(platform, f"/nbpt/list.jsp?areacode={area}&unitid={code}&year={year}",
              Page(html.encode(), b.list_date(items), ignores_query=False), "list")
    gov = next(u for u in county.units if u.kind == "gov")
    gov_years = sorted((y for code, y in combos if code == gov.code), reverse=True)
    options = "".join(f'<option value="{u.code}">{esc(u.name)}</option>' for u in units)
    years = "".join(f'<option value="{y}">{y}</option>' for y in reversed(YEARS))
    links = "".join(f'<li><a href="/nbpt/list.jsp?areacode={area}&amp;unitid={gov.code}&amp;year={y}">{esc(gov.name)}'
                    f"{y}年度</a></li>" for y in gov_years)
    html = (f'<html><head><meta charset="utf-8"><title>{esc(county.name)}_政府信息公开年报平台</title></head><body>'
            f'<h1>{esc(county.name)}政府信息公开工作年度报告</h1><form action="/nbpt/list.jsp" method="get">'
            f'<input type="hidden" name="areacode" value="{area}"><select name="unitid">{options}</select>'
            f'<select name="year">{years}</select><button type="submit">查询</button></form>'
            f'<h3>本级政府</h3><ul>{links}</ul><p><a href="/nbpt/index.jsp">其他地区</a></p></body></html>')
    b.add(platform, f"/nbpt/area.jsp?areacode={area}", Page(html.encode(), b.list_date(arts), ignores_query=False),
          "list")

    # the county's own site
    own = [a for a in arts if a.report.unit.kind == "gov" and a.report.year >= 2021]
    column = kit.newest_first(own + noise["interpretations"] + kit.lookalikes(county)[:2])
    for art in column:
        if art.report is None:
            kit.article_page(b, site, county, family, art, f"/zfxxgk/zfxxgkndbg/{art.day:%Y%m}/t{stable_int(art.key, digits=7)}.shtml",
                             nav=nav, column="政府信息公开年度报告", index_no=art.key)
    b.html_page(site, "/zfxxgk/zfxxgkndbg/index.shtml",
                page(county, family, "政府信息公开年度报告", f"<h2>政府信息公开年度报告</h2>{kit.link_list(column)}",
                     column="政府信息公开年度报告", nav=nav, host=site.host), b.list_date(column), "list")
    section = ('<h2>政府信息公开</h2><ul><li><a href="/zfxxgk/zfxxgkndbg/index.shtml">政府信息公开年度报告</a></li>'
               f'<li><a href="{esc(platform_home)}">各部门、乡镇年度报告查询（自治区平台）</a></li></ul>')
    b.html_page(site, "/zfxxgk/index.shtml", page(county, family, "政府信息公开", section, column="政府信息公开",
                                                  nav=nav, host=site.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 2)
    kit.news_column(b, site, county, family, news, nav=nav, label="政务动态", list_path="/zwdt/index.shtml",
                    list_column=True,
                    article_path=lambda art: f"/zwdt/{art.day:%Y%m}/t{stable_int(art.key, digits=7)}.shtml")
    home = (kit.focus_box(news, "政务动态")
            + f'<div class="foot-links"><a href="{esc(platform_home)}">政府信息公开年报</a></div>')
    kit.home_page(b, site, county, family, home, nav=nav, path="/index.shtml")
    return urls
