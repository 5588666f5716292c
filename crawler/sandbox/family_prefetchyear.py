"""A county portal whose 政府信息公开年报 column shows the newest year's reports of every unit, and whose earlier years'
pages (`/xxgk/nb/<YYYY>/index.html`, each listing that year's reports of every unit) are named only by
`<link rel="prefetch" href>` tags in the head of the column's first page, what a template writes so the browser
fetches the year tabs' pages ahead of a click. The year bar itself is `<span data-year>` tabs with no address: a
script on the page opens, for the tab clicked, the prefetched page of its year. No anchor of any page names a year
page, and every report before the newest year is listed only there (held out of tuning, forty-third round).

Modelled on http://xxgk.ah.gov.cn/UserData/DocHtml/731/2018/3/26/3618558579887.html (安徽省人民政府's 2017 report in the
province's 政府信息公开 platform, its document under a folder per date) and
http://aqxxgk.anqing.gov.cn/show.php?id=385009 (安庆市's 信息公开 of a department, 索引号 and 发布机构 per document). A
year bar whose addresses live only in prefetch hints is this family's choice (the `prefetch` link type of HTML's
resource hints; the cited pages do not show the year bar). Unlike relnext (`<link rel="next">` chaining a list's
pages), linkheader (rel links in HTTP Link headers), yeartabs or tpltabs (tabs whose lists a script fetches or
clones), the year pages are static pages whose only mention is a resource hint in the head.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/nb/index.html (the newest year's reports, 解读, look-alikes; the year bar; the prefetch hints),
  /xxgk/nb/<YYYY>/index.html (a year's reports), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/nb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
YEAR_TABS = """<script type="text/javascript">
// a year tab opens the page its year's prefetch hint names (the hints let the browser fetch them ahead)
document.addEventListener("DOMContentLoaded", function () {
  var pages = {};
  document.querySelectorAll('link[rel="prefetch"][data-year]').forEach(function (l) { pages[l.dataset.year] = l.href; });
  document.querySelectorAll(".yearbar span[data-year]").forEach(function (tab) {
    tab.addEventListener("click", function () { if (pages[tab.dataset.year]) location.href = pages[tab.dataset.year]; });
  });
});
</script>"""


def year_page(year: int) -> str:
    return f"{FOLDER}{year}/index.html"


def build_prefetchyear(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "prefetchyear"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.4.6 (CentOS) PHP/5.4.16")
    urls: dict[str, str] = {}
    non_reports = kit.column_non_reports(county, noise)
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="pf-art")
    years = sorted({kit.entry_year(a) for a in arts}, reverse=True)
    by_year: dict[int, list[Article]] = {y: [a for a in arts if kit.entry_year(a) == y] for y in years}
    for year in years[1:]:
        kit.report_list_page(b, www, county, family, year_page(year), f"{year}年{LABEL}", kit.link_list(by_year[year]),
                             by_year[year], nav=nav)
    hints = "\n".join(f'<link rel="prefetch" href="{year_page(y)}" data-year="{y}">' for y in years[1:])
    on = ' class="on"'
    bar = '<div class="yearbar">' + "".join(
        f'<span data-year="{y}"{on if y == years[0] else ""}>{y}年</span>' for y in years) + "</div>"
    items = kit.newest_first(by_year[years[0]] + non_reports)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, bar + kit.link_list(items), items, nav=nav,
                         scripts=hints + "\n" + YEAR_TABS)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="pf-news")
    return urls
