"""An annual-report module with per-unit and per-year selectors (a Shandong/Zhejiang 大汉 JCMS installation).

Modelled on http://www.zoucheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708830043262784&fbtime=2021
(a township's 2021 report, served by the module from the unit code and the year), its spam copy
https://puroview.com/module/xxgk/xxgkAnnualReport.jsp?area=001008003014001&fbtime=2012 (the same module on
永嘉's portal, 2012), http://www.nbjb.gov.cn/col/col1229214366/index.html and
http://wcsxxgk.harbin.gov.cn/col/col12596/index.html (JCMS /col/col<id>/index.html columns).

- Reports are not articles of a column: the module answers /module/xxgk/xxgkAnnualReport.jsp?area=<unit
  code>&fbtime=<year> with the report page (and, for a unit and year without a report, a 200 page
  "暂无年报"). The module's entry /module/xxgk/annualreport.jsp has a GET <form> with a <select name="area"> of
  every unit and a <select name="fbtime"> of the years 2008-2024, and static links only for the government's
  own reports; /module/xxgk/annualreport.jsp?area=<code> lists one unit's years as links.
- The portal reaches the module through a banner on the home page and a link inside the 政府信息公开年报
  column (/col/col<id>/index.html), which itself lists only interpretations, notices and look-alikes.
- 往年年报 (/module/xxgk/wnnb.jsp) lists the historical reports statically.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment, noise_articles
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import add_common, image_pages
from nianbao.crawler.sandbox.history import HISTORY_YEARS
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report
from nianbao.crawler.sandbox.web import Page

MODULE = "/module/xxgk/xxgkAnnualReport.jsp"
ENTRY = "/module/xxgk/annualreport.jsp"
YEARS = [*HISTORY_YEARS, *range(2019, 2025)]


def build_nbmodule(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "nbmodule"
    site = b.site(county.host, county.id, server="JCMS", gzip=True)
    col = {k: stable_int("jcms-col", county.pinyin, k, digits=7) for k in ("nb", "news", "xxgk")}
    nav = [("首页", "/index.html"), ("政府信息公开", f"/col/col{col['xxgk']}/index.html"),
           ("新闻动态", f"/col/col{col['news']}/index.html")]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    by_key = {(a.report.unit.code, a.report.year): a for a in arts}
    units = [u for u in county.units if any(a.report.unit is u for a in arts)]

    def report_url(art: Article) -> str:
        return f"{MODULE}?area={art.report.unit.code}&fbtime={art.report.year}"

    for art in arts:
        report = art.report
        art.url = f"http://{site.host}{report_url(art)}"
        image_url = None
        if report.table_style == "image" and report.template != "pre2019":
            image_url = image_pages(b, site, report, "/module/xxgk/", stable_hex("img", art.key, length=10),
                                    b.report_date(report))
        main = article_main(county, family, art, index_no=f"{report.unit.code}/{report.year}-nb", image_url=image_url)
        html = page(county, family, art.title, main, column="政府信息公开年报", nav=nav,
                    meta=article_meta(art, report.unit.name), host=site.host)
        b.add(site, report_url(art), Page(html.encode(), b.report_date(report), ignores_query=False), "article")
        b.document(art.url, report, "html", "original",
                   html_tables=TABLE_STYLES[report.table_style] if report.template != "pre2019" else None)
        urls[report.key] = art.url

    def module(method, query, headers, body):   # a unit and year without a report: a soft "none" page
        year = query.get("fbtime", "")
        main = (f'<div class="nb-empty"><h2>政府信息公开年报</h2><p>该单位暂无{esc(year)}年度政府信息公开工作年度报告。</p>'
                f'<p><a href="{ENTRY}">返回年报首页</a></p></div>')
        return Page(page(county, family, "政府信息公开年报", main, nav=nav, host=site.host).encode(), SITE_DATE,
                    role="empty")
    site.dynamic[MODULE] = module

    def entry(method, query, headers, body):
        area = query.get("area", "")
        unit = next((u for u in units if u.code == area), None)
        if unit is not None:   # one unit's years
            items = [by_key[(unit.code, y)] for y in YEARS if (unit.code, y) in by_key]
            main = f'<h2>{esc(unit.name)} 年度报告</h2>' + "".join(
                f'<p><a href="{esc(report_url(a))}">{a.report.year}年度</a></p>' for a in items)
            return Page(page(county, family, f"{unit.name}年度报告", main, nav=nav, host=site.host).encode(),
                        b.list_date(items), role="list")
        options = "".join(f'<option value="{u.code}">{esc(u.name)}</option>' for u in units)
        years = "".join(f'<option value="{y}">{y}年</option>' for y in reversed(YEARS))
        gov = [a for a in arts if a.report.unit.kind == "gov" and a.report.template != "pre2019"]
        main = (f'<div class="nb"><h2>政府信息公开年报</h2><form action="{MODULE}" method="get" name="nbform">'
                f'<select name="area">{options}</select><select name="fbtime">{years}</select>'
                '<input type="submit" value="查询"></form>'
                f'<h3>本级政府年报</h3>{kit.link_list(gov, report_url)}'
                '<p><a href="/module/xxgk/wnnb.jsp">往年年报</a></p></div>')
        return Page(page(county, family, "政府信息公开年报", main, nav=nav, host=site.host).encode(), b.list_date(arts),
                    role="list")
    site.dynamic[ENTRY] = entry
    b.pages[f"http://{site.host}{ENTRY}"] = "list"
    for u in units:
        b.pages[f"http://{site.host}{ENTRY}?area={u.code}"] = "list"

    history = [a for a in arts if a.report.template == "pre2019"]
    b.html_page(site, "/module/xxgk/wnnb.jsp", page(county, family, "往年年报", f"<h2>往年年报</h2>{kit.link_list(history)}",
                                                     nav=nav, host=site.host), b.list_date(history), "list")

    # the 年报 column: interpretations, notices, look-alikes, and the way into the module
    column = kit.newest_first(noise["interpretations"] + noise["notices"] + kit.lookalikes(county)[:3])
    for art in column:
        path = f"/art/{art.day.year}/{art.day.month}/{art.day.day}/art_{col['nb']}_{stable_int(art.key, digits=6)}.html"
        kit.article_page(b, site, county, family, art, path, nav=nav, column="政府信息公开年报", index_no=art.key)
    main = (f'<h2>政府信息公开年报</h2><p class="enter"><a href="{ENTRY}">进入政府信息公开年报系统</a></p>'
            f"{kit.link_list(column)}")
    b.html_page(site, f"/col/col{col['nb']}/index.html", page(county, family, "政府信息公开年报", main,
                                                              column="政府信息公开年报", nav=nav, host=site.host),
                b.list_date(column), "list")
    tree = (f'<ul class="tree"><li><a href="/col/col{col["nb"]}/index.html">政府信息公开年报</a></li>'
            '<li><a href="/col/col1229999999/index.html">政府信息公开指南</a></li></ul>')
    b.broken(f"http://{site.host}/col/col1229999999/index.html")
    b.html_page(site, f"/col/col{col['xxgk']}/index.html", page(county, family, "政府信息公开", tree,
                                                                column="政府信息公开", nav=nav, host=site.host),
                SITE_DATE, "section")
    news = kit.news_items(county, noise, 3, ("news", "summary", "guide"))
    kit.news_column(b, site, county, family, news, nav=nav, label="新闻动态",
                    list_path=f"/col/col{col['news']}/index.html", list_column=True,
                    article_path=lambda art: f"/art/{art.day.year}/{art.day.month}/{art.day.day}/"
                                             f"art_{col['news']}_{stable_int(art.key, digits=6)}.html")
    home = (f'<div class="banner"><a href="{ENTRY}"><img src="/images/nb_banner.jpg" alt="政府信息公开年报"></a></div>'
            + kit.focus_box(news, "新闻动态"))
    kit.home_page(b, site, county, family, home, nav=nav, last_modified=moment(SITE_DATE.date()))
    return urls
