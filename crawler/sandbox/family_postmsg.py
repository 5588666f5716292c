"""A county portal whose 政府信息公开年报 column gets its rows from the 信息公开平台 on another sub-host through a
cross-document messaging proxy: the column page (www) holds an empty `<ul>`, a hidden `<iframe>` of the platform's
`proxy.html` (`xxgkpt.X.gov.cn`, which the registry does not declare) and a script that, once the frame has loaded,
posts it a query (`postMessage({api: "nbList", channel: "nb"}, <the platform's origin>)`). The proxy page draws
nothing: its script checks the message's origin, asks its own host's interface (`"/interface/" + api + ".do?channel="
+ channel`, JSON) and posts the rows back to the portal's window, whose listener draws them. The interface's
address is written whole nowhere; it is composed in one document from a message another document sent (held out of
tuning, twenty-fourth round).

Modelled on https://tech.china.com/news/net/156/20160510/22620851_1.html (政府网站集约化: an 应用支撑平台 that serves
the sites above it through interfaces and components), http://www.handmsg.com/page/2009/0602/5713665.shtml (a
政府信息公开管理平台 whose main node and sub-nodes share one data store) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 lists drawn by script). The postMessage
proxy frame (the cross-domain idiom of pages that read a platform's interface from another origin without CORS) is
this family's choice; the cited pages do not show how their lists cross hosts. Unlike jsonp (the interface's
address whole in a `<script src>`), refframe (a framed list that shows its own links) or eventstream (a stream the
page opens itself), the page never requests the rows: a frame on another origin does, at an address built from a
message.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the empty list, the proxy frame, the script), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
- xxgkpt.X.gov.cn (undeclared): /proxy.html (the messaging proxy), /interface/nbList.do?channel=nb (the rows, JSON).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
PROXY = "/proxy.html"
INTERFACE = "/interface/nbList.do"
CHANNEL = "nb"
LABEL = "政府信息公开年报"
JSON_UTF8 = "application/json; charset=utf-8"
PROXY_HTML = r"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>proxy</title></head><body>
<script type="text/javascript">
// a page of the portal's own domain asks; the interface is same-origin here, so no CORS is needed
window.addEventListener("message", function (e) {
  if (!/^https?:\/\/([\w-]+\.)*DOMAIN_PATTERN(:\d+)?$/.test(e.origin)) { return; }
  var q = e.data || {};
  fetch("/interface/" + q.api + ".do?channel=" + encodeURIComponent(q.channel))
    .then(function (r) { return r.json(); })
    .then(function (rows) { e.source.postMessage({rows: rows}, e.origin); });
});
</script></body></html>"""


def column_script(platform: str) -> str:
    """The column page's half: query the proxy frame once it has loaded, draw what it posts back."""
    return f"""<script type="text/javascript">
var PLATFORM = "http://{platform}", proxy = document.getElementById("nbProxy");
proxy.addEventListener("load", function () {{
  proxy.contentWindow.postMessage({{api: "nbList", channel: "{CHANNEL}"}}, PLATFORM);
}});
window.addEventListener("message", function (e) {{
  if (e.origin !== PLATFORM || !e.data || !e.data.rows) {{ return; }}
  var ul = document.getElementById("nbList");
  e.data.rows.forEach(function (row) {{
    var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
    a.href = row.url; a.target = "_blank"; a.textContent = row.title; span.className = "date"; span.textContent = row.date;
    li.appendChild(a); li.appendChild(span); ul.appendChild(li);
  }});
}});
</script>"""


def proxy_page(domain: str) -> str:
    """The platform's half: answer a portal page's message with its own interface's rows."""
    return PROXY_HTML.replace("DOMAIN_PATTERN", domain.replace(".", "\\."))


def rows_json(items: list[Article]) -> str:
    return json.dumps([{"title": a.title, "url": a.url, "date": a.date_text} for a in items], ensure_ascii=False)


def build_postmsg(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "postmsg"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    platform = kit.sub_host(b, county, "xxgkpt", "Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    for art in items:
        doc_id = stable_int("pm-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=LABEL, needs_browser=art is not newest,
                         index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    b.add(platform, f"{INTERFACE}?channel={CHANNEL}",
          Page(rows_json(items).encode(), b.list_date(items), JSON_UTF8, ignores_query=False), "list")

    def other_channel(method, query, headers, body):   # the platform's other channels: none of this portal's rows
        return Page(b"[]", SITE_DATE, JSON_UTF8, role="list")

    platform.dynamic[INTERFACE] = other_channel
    b.html_page(platform, PROXY, proxy_page(county.host.removeprefix("www.")), SITE_DATE, "asset")
    frame = f'<iframe id="nbProxy" src="http://{platform.host}{PROXY}" style="display:none" title="proxy"></iframe>'
    main = f'<h2>{LABEL}</h2><ul class="list" id="nbList"></ul>{frame}{column_script(platform.host)}'
    b.html_page(www, COLUMN, page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host),
                b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="pm-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
