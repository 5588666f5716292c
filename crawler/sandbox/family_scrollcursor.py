"""年报 lists that grow on scroll, with no button and no pager: when the end of the list comes into view a script
fetches the next entries as JSON, asking for those *after the last one shown* (a cursor, the last entry's id),
not for a page number (a JEECMS-style county portal), held out of tuning.

The URL layout is modelled on http://guyang.gov.cn/jdbsc/24971296.jhtml (固阳县: a 镇's 2022 report in the
街道办事处 column /jdbsc/, JEECMS articles /<column>/<id>.jhtml); the list is the kind of mobile-first template
newer installations of such CMSs ship (an IntersectionObserver on a sentinel below the list, `fetch` of a JSON
stream keyed by the last entry's id), not seen on that page itself. Unlike the loadmore family (a 加载更多 button
and `page=n` fragments) and the laypage family (a count and page numbers), nothing on the page says there is more,
and the next request cannot be guessed from a number: it needs the id of the last entry of the previous answer.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.jhtml) →
  政府信息公开年报 (/zfxxgknb/index.jhtml) → 本级 (/zfxxgknb/bj/index.jhtml: the government's and its office's
  reports from 2008 on, 解读, look-alikes), 部门 (/zfxxgknb/bm/index.jhtml), 街道办事处 (/jdbsc/index.jhtml).
- Each column's HTML holds its first 5 entries (`<li data-id>`); GET /api/content/stream.jspx?channelId=<c>&after=
  <id> answers {"items": [the next 5], "next": <last id or null>}; an unknown id answers no items.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

CHUNK = 5
STREAM = "/api/content/stream.jspx"
COLUMNS = {"bj": ("/zfxxgknb/bj/", "本级年报"), "bm": ("/zfxxgknb/bm/", "部门年报"), "xz": ("/jdbsc/", "街道办事处")}
SCROLL_SCRIPT = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  var list = document.getElementById("infoList"), sentinel = document.getElementById("sentinel"), busy = false;
  var channel = list.getAttribute("data-channel"), done = false;
  var seen = new IntersectionObserver(function (entries) {
    if (!entries[0].isIntersecting || busy || done) { return; }
    var last = list.lastElementChild;
    if (!last) { return; }
    busy = true;
    fetch("%(stream)s?channelId=" + channel + "&after=" + last.getAttribute("data-id"))
      .then(function (r) { return r.json(); })
      .then(function (data) {
        data.items.forEach(function (it) {
          var li = document.createElement("li"), a = document.createElement("a");
          li.setAttribute("data-id", it.id); a.href = it.url; a.textContent = it.title; a.target = "_blank";
          li.appendChild(a); list.appendChild(li);
        });
        done = !data.next; busy = false;
      });
  });
  seen.observe(sentinel);
});
</script>""".replace("%(stream)s", STREAM)


def build_scrollcursor(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "scrollcursor"
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.jhtml"), ("新闻中心", "/xwzx/index.jhtml")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    groups = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    newest = next(a for a in groups["bj"] if a.report and a.report.template != "pre2019")
    channel = {k: stable_int("jc-ch", county.pinyin, k, digits=3) for k in COLUMNS}
    streams: dict[tuple[str, str], bytes] = {}
    ids: dict[str, int] = {}
    for key, items in groups.items():
        folder, name = COLUMNS[key]
        items[:] = kit.newest_first(items)
        for i, art in enumerate(items):
            ids[art.key] = stable_int("jc-art", county.pinyin, art.key, digits=8)
            kit.article_page(b, www, county, family, art, f"{folder}{ids[art.key]}.jhtml", nav=nav, column=name,
                             index_no=f"{county.site_id_code}-{art.day:%Y}-{ids[art.key] % 10000:04d}",
                             needs_browser=art.report is not None and i >= CHUNK and art is not newest,
                             report_urls=urls)
        chunks = paginate(items, CHUNK)
        for n in range(1, len(chunks)):
            after = str(ids[chunks[n - 1][-1].key])
            nxt = ids[chunks[n][-1].key] if n + 1 < len(chunks) else None
            data = {"items": [{"id": ids[a.key], "title": a.title, "url": a.url, "date": a.date_text}
                              for a in chunks[n]], "next": nxt}
            streams[(str(channel[key]), after)] = json.dumps(data, ensure_ascii=False).encode()
            b.pages[f"http://{www.host}{STREAM}?channelId={channel[key]}&after={after}"] = "api"
        first = "".join(f'<li data-id="{ids[a.key]}"><a href="{esc(a.url)}" target="_blank" title="{esc(a.title)}">'
                        f'{esc(a.title)}</a><span class="date">{a.date_text}</span></li>' for a in chunks[0])
        main = (f'<div class="list"><h2>{esc(name)}</h2><ul id="infoList" data-channel="{channel[key]}">{first}</ul>'
                '<div id="sentinel"></div></div>')
        b.html_page(www, f"{folder}index.jhtml", page(county, family, f"{name}_{county.gov_name}", main,
                                                      column="政府信息公开年报", nav=nav, host=www.host,
                                                      scripts=SCROLL_SCRIPT), b.list_date(items), "list")

    def stream(method, query, headers, body):
        data = streams.get((query.get("channelId", ""), query.get("after", "")), b'{"items": [], "next": null}')
        return Page(data, SITE_DATE, "application/json;charset=UTF-8", role="api", ignores_query=False)

    www.dynamic[STREAM] = stream
    menu = "".join(f'<li><a href="{folder}index.jhtml">{esc(name)}</a></li>' for folder, name in COLUMNS.values())
    b.html_page(www, "/zfxxgknb/index.jhtml", page(county, family, "政府信息公开年报", f"<ul class='sub'>{menu}</ul>",
                                                    column="政务公开", nav=nav, host=www.host), SITE_DATE, "section")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.jhtml", title="政务公开",
                      article_path=lambda art: f"/zwgk/{stable_int(county.pinyin, art.key)}.jhtml",
                      reports_href="/zfxxgknb/index.jhtml")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心",
                           list_path="/xwzx/index.jhtml",
                           article_path=lambda art: f"/xwzx/{stable_int(county.pinyin, art.key)}.jhtml")
    home = f'{kit.focus_box(news)}{kit.report_box([newest])}'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.jhtml")
    return urls
