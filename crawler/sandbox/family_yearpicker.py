"""A TRS county portal whose 政府信息公开年报 column keeps one folder per year (`<year>n/`), with tabs for the three
newest years only; every older year is reached through a layui laydate year picker whose `done` callback builds the
folder's address from the year chosen, so no page names an older year's folder (held out of tuning, eighth round).

The per-year folders are modelled on https://www.trs.gov.cn/zwgk/zfxxgkzl/zfxxgknb/2020n/202101/t20210130_66621740.html
(铜仁: the 年报 column `/zwgk/zfxxgkzl/zfxxgknb/` with a `2020n/` folder per year, TRS articles
`<yyyymm>/t<yyyymmdd>_<id>.html` inside it); the picker on laydate's year type with a `done` callback that changes
`window.location.href`, as in https://blog.csdn.net/weixin_30889885/article/details/98457962 and
https://blog.csdn.net/aihiao/article/details/113063900 (`type: 'year'`, `min`/`max`). That the tabs stop at three
years and the picker is the only way to older ones is this family's choice; the cited pages do not show the column's
index. Unlike yeartabs (every year a tab over an inline JSON object), zwgkhost and nbmodule (`<select>`s whose options
list the years) and laypage (a page count), nothing here enumerates the years but the picker's `min` and `max`: a
crawler must supply the values itself.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 → 政府信息公开年报
  (/zwgk/zfxxgkzl/zfxxgknb/index.html: the newest year's list, tabs for the three newest years, the picker).
- /zwgk/zfxxgkzl/zfxxgknb/<year>n/index.html for every year from the first report's to the newest (暂无信息 where
  a year has none): every unit's reports of that year, the year's 解读, look-alikes in the newest year.
- /js/laydate/laydate.js: a small laydate (year panel of `<li lay-ym="<year>">`, `done(value)` on click).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/zfxxgkzl/zfxxgknb/"
TABS = 3
LAYDATE_JS = b"""/* laydate (year type only): a panel of years between min and max; done(value) on choosing one */
window.laydate = {
  render: function (opts) {
    var elem = document.querySelector(opts.elem);
    if (!elem) { return; }
    elem.addEventListener("click", function () {
      var min = parseInt(opts.min, 10), max = parseInt(opts.max, 10), html = "";
      for (var y = max; y >= min; y--) { html += '<li lay-ym="' + y + '">' + y + '\\u5e74</li>'; }
      var box = document.createElement("div");
      box.className = "layui-laydate";
      box.innerHTML = '<ul class="layui-laydate-list laydate-year-list">' + html + "</ul>";
      box.addEventListener("click", function (e) {
        var v = e.target.getAttribute("lay-ym");
        if (v) { elem.value = v; document.body.removeChild(box); if (opts.done) { opts.done(v); } }
      });
      document.body.appendChild(box);
    });
  }
};
"""


def picker_script(first: int, last: int) -> str:
    return ('<script type="text/javascript" src="/js/laydate/laydate.js"></script>\n<script type="text/javascript">'
            "window.onload = function () { laydate.render({ elem: '#nbYear', type: 'year', "
            f"min: '{first}-01-01', max: '{last}-12-31', done: function (value) {{ if (value) {{ "
            f"window.location.href = '{NB}' + value + 'n/index.html'; }} }} }}); }};</script>")


def build_yearpicker(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "yearpicker"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM")
    urls: dict[str, str] = {}
    first, last = min(a.report.year for a in arts), max(a.report.year for a in arts)
    tabs = list(range(last, last - TABS, -1))
    by_year: dict[int, list[Article]] = {y: [] for y in range(first, last + 1)}
    for art in arts:
        by_year[art.report.year].append(art)
    for art in noise["interpretations"]:
        by_year[int(art.key.removeprefix("jd"))].append(art)
    by_year[last] += kit.lookalikes(county)[:3]
    for year, items in by_year.items():
        items[:] = kit.newest_first(items)
        for art in items:
            aid = stable_int("yp-art", county.pinyin, art.key, digits=8)
            kit.article_page(b, www, county, family, art, kit.trs_path(f"{NB}{year}n/", art.day, aid), nav=nav,
                             column="政府信息公开年报", needs_browser=year not in tabs,
                             index_no=kit.site_index_no(county, art, aid), report_urls=urls)
    scripts = picker_script(first, last)

    def column(year: int) -> str:
        on = ' class="on"'
        tab_html = "".join(f'<li{on if y == year else ""}><a href="{NB}{y}n/index.html">{y}年度</a></li>' for y in tabs)
        items = by_year[year]
        listing = trs_list_html(items, f"{NB}{year}n/") if items else '<p class="tip">暂无信息</p>'
        return (f'<div class="nb-year"><ul class="tabs">{tab_html}</ul><div class="more-year">更多年份：<input type="text" '
                f'id="nbYear" class="layui-input" placeholder="请选择年份" readonly></div></div>{listing}')

    for year in by_year:
        b.html_page(www, f"{NB}{year}n/index.html", page(county, family, f"{year}年度政府信息公开年报", column(year),
                                                         column="政府信息公开年报", nav=nav, host=www.host,
                                                         scripts=scripts), b.list_date(by_year[year]), "list")
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", column(last).replace(
        'href="./', f'href="{NB}{last}n/'), column="政府信息公开年报", nav=nav, host=www.host, scripts=scripts),
        b.list_date(by_year[last]), "list")
    b.add(www, "/js/laydate/laydate.js", Page(LAYDATE_JS, SITE_DATE, "application/javascript"), "asset")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=f"{NB}index.html",
                                  news_salt="yp-news", guide_folder="/zwgk/zfxxgkzn/", news_digits=8)
    home = (f'{kit.focus_box(news)}<div class="nb"><h3>政府信息公开年报</h3>'
            f'{kit.link_list([kit.newest_gov_report(arts)])}<a href="{NB}index.html">更多</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
