"""A county portal whose 政府信息公开年报 are drawn by one list page for every kind of unit, the kind handed to it by
the page the user came from through the browser's sessionStorage: the column's entrance (/xxgk/nb/index.html) has three
links (县政府 | 县直部门 | 乡镇（街道）) to the same `list.html`, each with an onclick that first stores its channel
(`sessionStorage.setItem('nbChannel', 'bm')`); list.html is an empty `<ul>` and a script that reads the stored channel
(the government's, `bj`, when there is none) and fetches `/xxgk/nb/data/<channel>.json` for the rows. So the
departments' and townships' reports are named only by JSON files whose address the list page composes from a value
another page left in the tab's session storage (held out of tuning, twenty-fourth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 lists split by kind of unit,
部门 and 乡镇街道, drawn by script), https://tech.china.com/news/net/156/20160510/22620851_1.html (集约化 platforms that
serve their sites' lists through shared interfaces and components) and
https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports, a 2012 one among them).
One list page fed by a channel passed through sessionStorage is this family's choice (a front-end idiom of pages
built on such interfaces); the cited pages do not show where their lists' parameters travel. Unlike unitcookie (a
cookie the server reads), tabindex (an address built from a tab's position) or routerbundle (routes in a bundle),
the channel never travels in any URL, request or response: only the browser's storage carries it from page to page.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  entrance), /xxgk/nb/index.html (the entrance), /xxgk/nb/list.html (the list page), /xxgk/nb/data/<bj|bm|xz>.json
  (the rows), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

ENTRANCE = "/xxgk/nb/index.html"
LIST = "/xxgk/nb/list.html"
LABEL = "政府信息公开年报"
# channel, label, the kinds of unit whose reports it lists (the government's also the column's non-reports)
CHANNELS = (("bj", "县政府", ("gov", "office")), ("bm", "县直部门", ("department", "zone")),
            ("xz", "乡镇（街道）", ("township",)))
DRAW = """<script type="text/javascript">
// the entrance stored the kind of unit chosen; without one, the government's own list
var channel = sessionStorage.getItem("nbChannel") || "bj";
fetch("/xxgk/nb/data/" + channel + ".json").then(function (r) { return r.json(); }).then(function (rows) {
  var ul = document.getElementById("nbList");
  rows.forEach(function (row) {
    var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
    a.href = row.url; a.target = "_blank"; a.textContent = row.title; span.className = "date"; span.textContent = row.date;
    li.appendChild(a); li.appendChild(span); ul.appendChild(li);
  });
});
</script>"""


def data_path(channel: str) -> str:
    return f"/xxgk/nb/data/{channel}.json"


def rows_json(items: list[Article]) -> str:
    return json.dumps([{"title": a.title, "url": a.url, "date": a.date_text} for a in items], ensure_ascii=False)


def build_sessionstore(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sessionstore"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    for channel, _, kinds in CHANNELS:
        listed = [a for a in items if (a.report.unit.kind if a.report else "gov") in kinds]
        for art in listed:
            doc_id = stable_int("ss-art", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                             column=LABEL, needs_browser=art is not newest,
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
        b.html_page(www, data_path(channel), rows_json(listed), b.list_date(listed), "list",
                    content_type="application/json; charset=utf-8")
    entries = "".join(f'<li><a href="list.html" onclick="sessionStorage.setItem(\'nbChannel\', \'{channel}\')">'
                      f"{label}</a></li>" for channel, label, _ in CHANNELS)
    b.html_page(www, ENTRANCE, page(county, family, LABEL, f'<h2>{LABEL}</h2><ul class="nbEntry">{entries}</ul>',
                                    column=LABEL, nav=nav, host=www.host), b.list_date(items), "section")
    b.html_page(www, LIST, page(county, family, LABEL, f'<h2>{LABEL}</h2><ul class="list" id="nbList"></ul>' + DRAW,
                                column=LABEL, nav=nav, host=www.host), b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=ENTRANCE, news_salt="ss-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
