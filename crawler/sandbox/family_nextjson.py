"""A county portal whose 政府信息公开年报 column is an empty box filled from a paginated JSON interface of the kind
REST frameworks write (Django REST framework's PageNumberPagination, Spring HATEOAS, many newer 数字政府 platforms):
each answer is `{"count": N, "next": "<whole URL of the next page>", "previous": …, "results": [...]}`, and the
column's script follows `next` until it is null. Only the first page's address is written in the column page; the
later pages' addresses are written nowhere but in the `next` field of the page before (held out of tuning,
eleventh round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a city's 2012 report, "本报告电子版
可在…政府信息公开专栏下载": the reports of every year kept in one 专栏) and
https://www.xjwq.gov.cn/info/1050/64208.htm (a 2024 report page of a county portal, a report as an article of
an information-disclosure column). That the column is drawn from a REST interface paginated by a `next` link (the
page shape of https://gist.github.com/jlaine/77a077ad680c0911bdd138623b1cd74a: `count`, `next` "URL of the next
page", `previous`, `results`) is this family's choice (the cited gov.cn pages do not show their list interface). Unlike scrollcursor (the script builds the next
request from the last entry's id), loadmore (a `page=n` the button's script counts) and ajax/jsonly (one JSON list),
the client never composes a page address: it is handed each one whole.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /zwgk/ndbg/index.html (the empty list and its loader), the reports at
  /zwgk/ndbg/<YYYY>/<id>.html.
- /api/v1/nb/articles/ (the first page, 10 entries newest first), /api/v1/nb/articles/?page=<n> (each later page,
  named only by the `next` of the page before; an unknown page answers 404 as DRF's does).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/zwgk/ndbg/"
API = "/api/v1/nb/articles/"
PAGE_SIZE = 10
LOADER = f"""<script type="text/javascript">
function drawPage(url) {{
  fetch(url, {{headers: {{"Accept": "application/json"}}}}).then(function (r) {{ return r.json(); }}).then(function (res) {{
    var ul = document.getElementById("nbList");
    res.results.forEach(function (row) {{
      var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
      a.href = row.link; a.target = "_blank"; a.textContent = row.title;
      span.className = "date"; span.textContent = row.pub_date;
      li.appendChild(a); li.appendChild(span); ul.appendChild(li);
    }});
    if (res.next) {{ drawPage(res.next); }}
  }});
}}
document.addEventListener("DOMContentLoaded", function () {{ drawPage("{API}"); }});
</script>"""


def api_url(host: str, number: int) -> str:
    """The whole address of page `number` (1: the bare interface), as the `next`/`previous` fields write it."""
    return f"http://{host}{API}" + (f"?page={number}" if number > 1 else "")


def build_nextjson(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "nextjson"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    newest = kit.newest_gov_report(arts)

    def doc_id(art):
        return stable_int("nj-art", county.pinyin, art.key, digits=6)

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                            serial=doc_id, path=lambda art: f"{NB}{art.day:%Y}/{doc_id(art)}.html")
    pages = [entries[i:i + PAGE_SIZE] for i in range(0, len(entries), PAGE_SIZE)]
    for n, rows in enumerate(pages, 1):
        answer = {"count": len(entries),
                  "next": api_url(www.host, n + 1) if n < len(pages) else None,
                  "previous": api_url(www.host, n - 1) if n > 1 else None,
                  "results": [{"id": doc_id(a), "title": a.title,
                               "link": a.url, "pub_date": a.date_text} for a in rows]}
        path = API + (f"?page={n}" if n > 1 else "")
        b.add(www, path, Page(json.dumps(answer, ensure_ascii=False).encode(), b.list_date(rows),
                              "application/json", ignores_query=False), "list")
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", '<ul class="list" id="nbList"></ul>',
                                             column="政府信息公开年报", nav=nav, host=www.host, scripts=LOADER),
                b.list_date(entries), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=NB + "index.html",
                            news_salt="nj-news")
    return urls
