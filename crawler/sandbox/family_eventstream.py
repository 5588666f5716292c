"""A county 信息公开 platform whose 政府信息公开年报 list arrives as a stream of server-sent events: the column page is
an empty list and a script that opens `new EventSource("/xxgk/nb/stream?channelId=<c>")`; the answer,
`text/event-stream`, sends one `event: item` per entry (`id:` and a `data:` line of JSON with title, date and
address), then `event: end`, on which the script closes the source (a long-lived push channel instead of a polled
interface; held out of tuning, thirteenth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a disclosure column whose list a script
fills from data it loads) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's
reports in one 专栏), with the event stream format of the HTML standard's server-sent events (`event:`, `id:`,
`data:`, `retry:` fields; blank line between events; https://docs.rs/axum/0.4.4/axum/response/sse/struct.Event.html
and MDN's "Using server-sent events" describe it). Pushing a column's entries over SSE is this family's choice; the
cited pages do not show their transport. Unlike ajax/jsonly/nextjson/idbatch (lists fetched by XHR/fetch as JSON,
one answer per request) and jsonp (a script answer), the list is a `text/event-stream` answer that only an
EventSource (or a reader of that format) turns into entries; no address is written in HTML or JSON.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, the 年报 column), /xxgk/nb/index.html (an empty `<ul id="nbList" data-channel>`, the EventSource loader),
  /xxgk/nb/stream?channelId=<c> (the events: every unit's reports of every year and look-alikes, newest first),
  the articles at /xxgk/nb/<YYYY>/<MMDD>/<24 hex>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/xxgk/nb/"
STREAM = NB + "stream"
EVENT_STREAM = "text/event-stream; charset=utf-8"
LOADER = f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var ul = document.getElementById("nbList");
  var source = new EventSource("{STREAM}?channelId=" + ul.getAttribute("data-channel"));
  source.addEventListener("item", function (e) {{
    var row = JSON.parse(e.data);
    var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
    a.href = row.link; a.target = "_blank"; a.textContent = row.title;
    span.className = "date"; span.textContent = row.pubDate;
    li.appendChild(a); li.appendChild(span); ul.appendChild(li);
  }});
  source.addEventListener("end", function () {{ source.close(); }});
}});
</script>"""


def event_stream(events: list[tuple[str, str, dict]]) -> bytes:
    """`events` (name, id, data) in the server-sent events format: a `retry:` first (reconnect in 10 minutes, so a
    source the script did not close does not hammer the server), then `event:`, `id:`, one `data:` line each."""
    blocks = ["retry: 600000\n"] + [f"event: {name}\nid: {ident}\ndata: {json.dumps(data, ensure_ascii=False)}\n"
                                    for name, ident, data in events]
    return ("\n".join(blocks) + "\n").encode()


def build_eventstream(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "eventstream"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.24.0")
    newest = kit.newest_gov_report(arts)

    def ident(art):
        return stable_int("es-id", county.pinyin, art.key, digits=9)

    def path(art):
        return f"{NB}{art.day:%Y/%m%d}/{stable_hex('es-path', county.pinyin, art.key, length=24)}.html"

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                            serial=ident, path=path)
    events = [("item", str(ident(art)), {"title": art.title, "pubDate": art.date_text, "link": path(art)})
              for art in entries]
    events.append(("end", "0", {"total": len(entries)}))
    channel = stable_int("es-channel", county.pinyin, digits=5)
    b.add(www, f"{STREAM}?channelId={channel}",
          Page(event_stream(events), b.list_date(entries), EVENT_STREAM, ignores_query=False,
               extra_headers=(("Cache-Control", "no-cache"),)), "list")
    column = f'<ul class="list" id="nbList" data-channel="{channel}"></ul>'
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", column, column="政府信息公开年报",
                                             nav=nav, host=www.host, scripts=LOADER), b.list_date(entries), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=NB + "index.html",
                            news_salt="es-news")
    return urls
