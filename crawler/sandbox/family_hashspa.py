"""A hash-routed single-page list app over a POSTed JSON API (a Shaanxi-style Java CMS), held out of tuning.

Modelled on https://yangling.gov.cn/zwgk/gknb/bmnb/1619593655548706818.html (杨凌示范区: 政务公开 → 公开年报 →
部门年报, articles named by 19-digit snowflake ids under the channel's path) and
https://sfj.weinan.gov.cn/sqhzzfjcgszl/1.html (渭南: lists split into 各县(市、区) / 市级部门). The list page is
the kind of Vue/jQuery app such CMSs ship: an empty `<div id="app">`, channels and pages as hash routes
(`#/bmnb?page=2`), data from `fetch(…, {method: "POST"})` with a JSON body.

- www.X.gov.cn: home (news; the newest report), 政务公开 (/zwgk/index.html) → 公开年报 (/zwgk/gknb/), the app.
- The app's menu: 政府年报 (#/zfnb), 部门年报 (#/bmnb), 镇街年报 (#/zjnb), 往年年报 (#/wnnb: 2008-2018); 6 a page,
  pager buttons are hash links. POST /api/cms/content/list {"channel", "pageNum", "pageSize"} answers
  {"total", "pages", "rows": [{"title", "url", "date"}]} (GET with the same query parameters answers too).
- Articles: /zwgk/gknb/<channel>/<snowflake>.html, static. Only the newest report is linked statically.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

API = "/api/cms/content/list"
PAGE_SIZE = 6
CHANNELS = {"zfnb": "政府年报", "bmnb": "部门年报", "zjnb": "镇街年报", "wnnb": "往年年报"}
APP_SCRIPT = """<script type="text/javascript">
(function () {
  function route() {
    var m = /^#\\/(\\w+)(?:\\?page=(\\d+))?/.exec(location.hash || "#/zfnb") || [null, "zfnb", "1"];
    var channel = m[1], n = parseInt(m[2] || "1", 10);
    fetch("%(api)s", {method: "POST", headers: {"Content-Type": "application/json;charset=UTF-8"},
                      body: JSON.stringify({channel: channel, pageNum: n, pageSize: %(size)d})})
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var html = '<ul class="list">';
        d.rows.forEach(function (it) {
          html += '<li><a href="' + it.url + '" target="_blank">' + it.title + '</a><span>' + it.date + '</span></li>';
        });
        html += '</ul><div class="pager">';
        for (var i = 1; i <= d.pages; i++) { html += '<a href="#/' + channel + '?page=' + i + '">' + i + '</a> '; }
        document.getElementById("app").innerHTML = html + '</div>';
      });
  }
  window.addEventListener("hashchange", route);
  document.addEventListener("DOMContentLoaded", route);
})();
</script>"""


def build_hashspa(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hashspa"
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("新闻动态", "/xwdt/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    current = [a for a in arts if a.report.template != "pre2019"]
    channels: dict[str, list[Article]] = {k: [] for k in CHANNELS}
    for a in arts:
        kind = a.report.unit.kind
        key = ("wnnb" if a.report.template == "pre2019" else "zfnb" if kind in ("gov", "office")
               else "zjnb" if kind == "township" else "bmnb")
        channels[key].append(a)
    channels["zfnb"] += noise["interpretations"] + kit.lookalikes(county)[:2]
    newest = current[:1]
    for key, items in channels.items():
        items[:] = kit.newest_first(items)
        for art in items:
            snowflake = 1_600_000_000_000_000_000 + stable_int(county.pinyin, art.key, digits=15) * 1000
            kit.article_page(b, www, county, family, art, f"/zwgk/gknb/{key}/{snowflake}.html", nav=nav,
                             column=CHANNELS[key], index_no=f"{county.site_id_code}/{art.day:%Y}-{snowflake % 100000}",
                             needs_browser=art.report is not None and art not in newest, report_urls=urls)

    def handler(method, query, headers, body):
        asked = dict(query)
        if method == "POST":
            try:
                asked = json.loads(body.decode("utf-8") or "{}")
            except ValueError:
                asked = {}
        items = channels.get(str(asked.get("channel", "")))
        if items is None:
            return Page(json.dumps({"total": 0, "pages": 0, "rows": [], "msg": "栏目不存在"}).encode(), SITE_DATE,
                        "application/json;charset=UTF-8", role="api")
        try:
            n = max(int(asked.get("pageNum", 1)), 1)
        except (TypeError, ValueError):
            n = 1
        pages = paginate(items, PAGE_SIZE)
        chunk = pages[n - 1] if n <= len(pages) else []
        data = {"total": len(items), "pages": len(pages),
                "rows": [{"title": a.title, "url": "/" + a.url.split("://", 1)[1].split("/", 1)[1], "date": a.date_text}
                         for a in chunk]}
        return Page(json.dumps(data, ensure_ascii=False).encode(), b.list_date(chunk or items),
                    "application/json;charset=UTF-8", role="api")

    www.dynamic[API] = handler
    for key, items in channels.items():
        for n in range(1, len(paginate(items, PAGE_SIZE)) + 1):
            b.pages[f"http://{www.host}{API}?{urlencode({'channel': key, 'pageNum': n, 'pageSize': PAGE_SIZE})}"] = "api"
            b.post_pages.append({"url": f"http://{www.host}{API}", "content_type": "application/json;charset=UTF-8",
                                 "body": json.dumps({"channel": key, "pageNum": n, "pageSize": PAGE_SIZE})})
    menu = "".join(f'<li><a href="#/{k}">{v}</a></li>' for k, v in CHANNELS.items())
    app = (f'<div class="side"><h3>公开年报</h3><ul>{menu}</ul></div>'
           '<div class="box"><div id="app"><p class="loading">加载中…</p></div></div>')
    b.html_page(www, "/zwgk/gknb/index.html", page(county, family, f"公开年报_{county.gov_name}", app, nav=nav,
                                                   scripts=APP_SCRIPT % {"api": API, "size": PAGE_SIZE}, host=www.host),
                b.list_date(arts), "list")
    www.add("/zwgk/gknb/", www.pages["/zwgk/gknb/index.html"])
    b.html_page(www, "/zwgk/index.html", page(county, family, "政务公开", '<ul><li><a href="/zwgk/gknb/">公开年报</a></li>'
                                              '<li><a href="/zwgk/zn/index.html">公开指南</a></li></ul>',
                                              column="政务公开", nav=nav, host=www.host), SITE_DATE, "section")

    def news_path(art: Article) -> str:
        return f"/xwdt/{1_500_000_000_000_000_000 + stable_int(art.key, county.pinyin, digits=15) * 1000}.html"

    news = kit.news_items(county, noise, 2)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻动态", list_path="/xwdt/index.html",
                    article_path=news_path)
    home = (f'{kit.focus_box(news)}<div class="nb"><h2>公开年报</h2>{kit.link_list(newest)}'
            '<a href="/zwgk/gknb/">更多</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
