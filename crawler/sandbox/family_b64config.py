"""A county portal whose 政府信息公开年报 list is drawn by a script from a JSON configuration: the config names the
detail page's address (`/zwgk/ndbg/show.html?id=`), says its ids are base64-encoded, and lists each entry's plain
`infoid`; the script builds each link as that address plus `btoa(infoid)`, so the reports' addresses are written in
no page (held out of tuning, ninth round).

The detail pages' `?id=` of an encoded id are modelled on CMSs such as the 南县 one,
http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县: articles by a numeric content id), and the 年报 column
on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a column page whose list is filled in by a script
from data it loads). That the id is base64-encoded in the browser (as many front ends do to hide sequential ids, e.g.
`?id=MTIzNDU2Nzg5`) and that the config drives the list is this family's choice; the cited pages do not show it.
Unlike ajax, jsonly and loadmore (JSON lists that carry each entry's address), onclickid (an id passed to a
script in an onclick) and hashspa (a hash route), the address is composed from a template and an encoding the
crawler must apply itself.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /zwgk/ndbg/index.html (the list box and its script), /zwgk/ndbg/nbconfig.json (the config: every
  unit's reports of every year, 解读, look-alikes), /zwgk/ndbg/show.html?id=<base64 of the infoid> (each entry).
"""

from __future__ import annotations

import base64
import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/ndbg/"
DETAIL = NB + "show.html"
CONFIG = NB + "nbconfig.json"
LIST_SCRIPT = f"""<script type="text/javascript">
(function () {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "{CONFIG}");
  xhr.onload = function () {{
    var cfg = JSON.parse(xhr.responseText), ul = document.getElementById("nbList");
    cfg.rows.forEach(function (row) {{
      var id = cfg.idEncoding === "base64" ? btoa(String(row.infoid)) : String(row.infoid);
      var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
      a.href = cfg.detailUrl + id; a.target = "_blank"; a.textContent = row.title;
      span.className = "date"; span.textContent = row.pubDate;
      li.appendChild(a); li.appendChild(span); ul.appendChild(li);
    }});
  }};
  xhr.send();
}})();
</script>"""


def encoded_id(infoid: int) -> str:
    """What the script's btoa(String(infoid)) gives (a 9-digit id: 12 characters, no padding)."""
    return base64.b64encode(str(infoid).encode()).decode()


def build_b64config(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "b64config"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)

    def infoid(art):
        return stable_int("b64-art", county.pinyin, art.key, digits=9) % 900_000_000 + 100_000_000

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                            serial=infoid, path=lambda art: f"{DETAIL}?id={encoded_id(infoid(art))}")
    rows = [{"infoid": infoid(art), "title": art.title, "pubDate": art.date_text} for art in entries]
    config = {"columnName": "政府信息公开年报", "detailUrl": f"{DETAIL}?id=", "idEncoding": "base64", "rows": rows}
    b.add(www, CONFIG, Page(json.dumps(config, ensure_ascii=False).encode(), b.list_date(entries),
                            "application/json; charset=utf-8"), "list")
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", '<ul class="list" id="nbList"></ul>',
                                             column="政府信息公开年报", nav=nav, host=www.host, scripts=LIST_SCRIPT),
                b.list_date(entries), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=NB + "index.html",
                            news_salt="b64-news")
    return urls
