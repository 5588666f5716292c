"""A county portal whose 政府信息公开年报 are listed only by its 信息公开日历 (publication calendar): the calendar page
has a year `<select>`; a script asks `/xxgk/rili/days.json?year=<year>` for the days of that year on which the
disclosure catalogue published something (`{"year": 2023, "days": {"2023-03-20": 2, …}}`), marks them, and a click on a
marked day asks `/xxgk/rili/list.do?day=<YYYY-MM-DD>` for that day's entries (an HTML fragment of links). The 年报
column shows the newest government report and the column's non-reports only, and points to the calendar; every other
report is named only by the answer for its own day, whose address a script composes from a key of the year's JSON
(held out of tuning, twenty-third round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 → 部门目录, a 信息公开平台 of
dated entries per unit), http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉市统计局: a 政府信息公开
platform whose 公开目录 entries are dated and filed by 发布日期) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/
1779102018.html (南平: reports of every year, a 2012 one among them, in one 专栏). A calendar widget that lists by
publication day, its days from a per-year JSON, is this family's choice; the cited pages show dated catalogues, not
a calendar. Unlike daterange (a GET form of two typed dates), yearpicker (a year folder built by a date picker's
callback) or yeartabs (inline JSON of every entry), no page or JSON holds any report's address but the day's answer.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报 column,
  the calendar), /xxgk/nb/index.html (the newest government report only), /xxgk/rili/index.html (the calendar),
  /xxgk/rili/days.json?year=<Y>, /xxgk/rili/list.do?day=<D>, articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
CALENDAR = "/xxgk/rili/index.html"
DAYS = "/xxgk/rili/days.json"
DAY_LIST = "/xxgk/rili/list.do"
LABEL = "政府信息公开年报"
JSON_TYPE = "application/json; charset=utf-8"
SCRIPT = """<script>
var sel = document.getElementById("nbYear");
function loadYear() {
  fetch("/xxgk/rili/days.json?year=" + sel.value).then(function (r) { return r.json(); }).then(function (data) {
    var box = document.getElementById("calendar");
    box.innerHTML = "";
    Object.keys(data.days).forEach(function (day) {   // a marked day: something was published on it
      var cell = document.createElement("span");
      cell.className = "marked"; cell.textContent = day.slice(5) + "（" + data.days[day] + "）";
      cell.onclick = function () { openDay(day); };
      box.appendChild(cell);
    });
  });
}
function openDay(day) {
  fetch("/xxgk/rili/list.do?day=" + day).then(function (r) { return r.text(); }).then(function (html) {
    document.getElementById("dayList").innerHTML = html;
  });
}
sel.onchange = loadYear;
loadYear();
</script>"""


def build_pubcalendar(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pubcalendar"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    for art in items:
        doc_id = stable_int("pc-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=LABEL, needs_browser=art is not newest,
                         index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    by_day: dict[str, list] = {}
    for art in items:
        by_day.setdefault(art.date_text, []).append(art)
    years = sorted({art.day.year for art in items}, reverse=True)
    for year in years:
        days = {d: len(a) for d, a in sorted(by_day.items()) if d.startswith(f"{year}-")}
        body = json.dumps({"year": year, "days": days}, ensure_ascii=False).encode()
        b.add(www, f"{DAYS}?year={year}", Page(body, SITE_DATE, JSON_TYPE, ignores_query=False), "list")
    for day, listed in by_day.items():
        b.html_page(www, f"{DAY_LIST}?day={day}", f"<ul>{kit.link_list(listed)}</ul>", b.list_date(listed), "list",
                    ignores_query=False)

    def no_days(method, query, headers, body):   # a year the catalogue has nothing for
        answer = {"year": query.get("year", ""), "days": {}}
        return Page(json.dumps(answer).encode(), SITE_DATE, JSON_TYPE, role="list")

    def no_entries(method, query, headers, body):
        return Page("<p>当日无公开信息。</p>".encode(), SITE_DATE, role="list")

    www.dynamic[DAYS] = no_days
    www.dynamic[DAY_LIST] = no_entries
    options = "".join(f'<option value="{y}"{" selected" if y == years[0] else ""}>{y}年</option>' for y in years)
    calendar = (f'<h2>信息公开日历</h2><p>选择年份：<select id="nbYear">{options}</select></p>'
                '<div id="calendar"></div><div id="dayList"></div>')
    b.html_page(www, CALENDAR, page(county, family, "信息公开日历", calendar + SCRIPT, column="信息公开日历", nav=nav,
                                    host=www.host), SITE_DATE, "section")
    shown = kit.newest_first([newest, *(a for a in items if a.report is None)])   # the served look-alikes
    main = (f"<h2>{LABEL}</h2>{kit.link_list(shown)}"
            f'<p>历年年度报告请按发布日期在<a href="{CALENDAR}">{esc("信息公开日历")}</a>中查阅。</p>')
    b.html_page(www, COLUMN, page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host),
                b.list_date(shown), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="pc-news",
                                  more=((CALENDAR, "信息公开日历"),))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
