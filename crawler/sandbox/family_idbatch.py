"""A county portal whose 政府信息公开年报 column is drawn in two requests: the list interface answers only each
entry's id, title and date (`/api/info/list?channelId=<c>`), and the column's script then asks a second interface for
the entries' addresses, keyed by the ids of the first (`/api/info/urls?ids=<id>,<id>,…`, a JSON object id → path).
No page and no list answer writes an address; they exist only in the answer to a request whose query the script
composes from another answer's values (held out of tuning, twelfth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a disclosure column whose list a script
fills from data it loads) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: the reports of
every year kept in one 专栏, "本报告电子版可在…政府信息公开专栏下载"). Splitting a list from its links (ids first, a batch
look-up of static URLs by id second, as CMSs that publish pages separately from their content database do) is
this family's choice; the cited pages do not show their interfaces. Unlike modalid (one address template in the
page, filled with each id), b64config (a config naming the address and encoding the ids), nextjson (a list
handing each next page's address whole) and ajax/jsonly (one list that carries the links), the addresses come
from a second interface whose query is made of the first one's ids, and the paths (a hash per entry) cannot be
guessed from an id.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, the 年报 column), /zwgk/nb/index.html (an empty list, `data-channel` and the two-step loader), the reports
  at /zwgk/nb/<YYYYMM>/<32 hex>.shtml.
- /api/info/list?channelId=<c> (every entry: infoId, title, pubDate; no address), /api/info/urls?ids=… (the
  addresses of the ids asked for; unknown ids are left out).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/nb/"
LIST_API = "/api/info/list"
URLS_API = "/api/info/urls"
LOADER = f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var ul = document.getElementById("nbList");
  fetch("{LIST_API}?channelId=" + ul.getAttribute("data-channel")).then(function (r) {{ return r.json(); }})
    .then(function (res) {{
      var ids = res.data.map(function (row) {{ return row.infoId; }});
      return fetch("{URLS_API}?ids=" + ids.join(",")).then(function (r) {{ return r.json(); }}).then(function (urls) {{
        res.data.forEach(function (row) {{
          var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
          a.href = urls[row.infoId]; a.target = "_blank"; a.textContent = row.title;
          span.className = "date"; span.textContent = row.pubDate;
          li.appendChild(a); li.appendChild(span); ul.appendChild(li);
        }});
      }});
    }});
}});
</script>"""


def build_idbatch(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "idbatch"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.22.1")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    newest = kit.newest_gov_report(arts)
    ids = {art.key: stable_int("ib-id", county.pinyin, art.key, digits=8) for art in entries}
    paths = {str(ids[art.key]): f"{NB}{art.day:%Y%m}/{stable_hex('ib-path', county.pinyin, art.key, length=32)}.shtml"
             for art in entries}
    kit.column_pages(b, www, county, family, entries, urls, nav=nav, scripted_except=newest,
                     serial=lambda art: ids[art.key], path=lambda art: paths[str(ids[art.key])])
    channel = stable_int("ib-channel", county.pinyin, digits=4)
    listing = {"code": 200, "msg": "success", "total": len(entries),
               "data": [{"infoId": ids[a.key], "title": a.title, "pubDate": a.date_text} for a in entries]}
    b.add(www, f"{LIST_API}?channelId={channel}",
          Page(json.dumps(listing, ensure_ascii=False).encode(), b.list_date(entries), "application/json",
               ignores_query=False), "list")
    asked = ",".join(str(ids[a.key]) for a in entries)   # what the script asks for: the list's ids, in its order
    b.add(www, f"{URLS_API}?ids={asked}",
          Page(json.dumps({i: paths[i] for i in asked.split(",")}).encode(), b.list_date(entries),
               "application/json", ignores_query=False), "list")

    def url_lookup(method, query, headers, body):   # any other batch of ids: the known ones' addresses
        wanted = [i for i in query.get("ids", "").split(",") if i in paths][:200]
        return Page(json.dumps({i: paths[i] for i in wanted}).encode(), SITE_DATE, "application/json",
                    role="list", ignores_query=False)

    www.dynamic[URLS_API] = url_lookup
    column = f'<ul class="list" id="nbList" data-channel="{channel}"></ul>'
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", column, column="政府信息公开年报",
                                             nav=nav, host=www.host, scripts=LOADER), b.list_date(entries), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=NB + "index.html",
                            news_salt="ib-news")
    return urls
