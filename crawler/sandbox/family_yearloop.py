"""A county portal whose 年报 column draws its year menu with a script loop: the column page holds only
`<div id="yearNav"></div>` and a script that counts from the newest year down to the first
(`for (var y = last; y >= first; y--)`) and makes each year's link by concatenation (`y + "/index.html"`); the
year pages, which list that year's reports by plain link, are named by no page (held out of tuning, eighteenth
round).

Modelled on http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水: the
年报 reached per publication year, the year a value the page puts together) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, one column per department). A year menu
computed by a counting loop is this family's choice; the cited pages do not show the script. Unlike yeartabs or
yearpicker (years named in the page's tabs or options), docwrite (links written out whole) or routerbundle (routes
listed in a bundle), no page holds a year page's address: only the loop's bounds and the pieces it joins.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the shell and the loop), /xxgk/nb/<YYYY>/index.html (the reports and look-alikes
  published that year: every unit), articles /xxgk/nb/<YYYY>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/nb/"


def year_loop(first: int, last: int) -> str:
    return f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var nav = document.getElementById("yearNav"), first = {first}, last = {last};
  for (var y = last; y >= first; y--) {{
    var a = document.createElement("a");
    a.href = y + "/index.html"; a.textContent = y + "年"; a.className = "year";
    nav.appendChild(a);
  }}
}});
</script>"""


def build_yearloop(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "yearloop"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    years: dict[int, list] = {}
    for art in items:
        years.setdefault(art.day.year, []).append(art)

    def doc_id(art):
        return stable_int("yl-art", county.pinyin, art.key, digits=6)

    kit.column_pages(b, www, county, family, items, urls, nav=nav, scripted_except=newest, serial=doc_id,
                     path=lambda art: kit.trs_path(f"{FOLDER}{art.day:%Y}/", art.day, doc_id(art)))
    first, last = min(years), max(years)
    for year in range(first, last + 1):   # the loop names every year between the bounds: each answers
        chunk = kit.newest_first(years.get(year, []))
        folder = f"{FOLDER}{year}/"
        main = f"<h2>{year}年政府信息公开年报</h2>{trs_list_html(chunk, folder) if chunk else '<p>暂无信息</p>'}"
        b.html_page(www, f"{folder}index.html", page(county, family, f"{year}年政府信息公开年报", main,
                                                     column="政府信息公开年报", nav=nav, host=www.host),
                    b.list_date(chunk) if chunk else b.list_date(items), "list")
    shell = '<h2>政府信息公开年报</h2><div id="yearNav"></div><p>请选择年份查看。</p>'
    b.html_page(www, f"{FOLDER}index.html", page(county, family, "政府信息公开年报", shell, column="政府信息公开年报",
                                                 nav=nav, host=www.host, scripts=year_loop(first, last)),
                b.list_date(items), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav,
                            reports_href=f"{FOLDER}index.html", news_salt="yl-news")
    return urls
