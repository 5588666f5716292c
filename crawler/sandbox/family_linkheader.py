"""A county portal whose 政府信息公开年报 column is drawn from a paged JSON interface that keeps its paging in the HTTP
response headers, as REST guides recommend: each answer's body is a bare array of rows; the total is in
`X-Total-Count` and the other pages' addresses only in the `Link` header (RFC 8288: `<…?page=2&per_page=10>;
rel="next", <…>; rel="last"`, `first` and `prev` where they apply). The column's script asks the first page, draws
its rows and follows each answer's `rel="next"` until there is none. No page or body names a later page (held out
of tuning, twenty-fifth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 lists a script fills from loaded
data) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports kept, a 2012 one
among them), with the paging of the HTTP API guides Chinese back ends follow:
https://docs.gechiui.com/kancloud-http-api-guide/11.html (分页: "分页的相关信息会包含在 Link Header 和 X-Total-Count 中",
no `previous`/`next` on the first/last page) and http://static.kancloud.cn/phpxy/tapngo/247891 (a PHP API whose list
paging is all in headers: X-Total-Count, X-Last-Page, Link). A 年报 column on such an interface is this family's
choice; the cited portal pages do not show their interfaces. Unlike nextjson (the next page's address in the JSON
body), rangelist (pages asked by a Range request header) and relnext (`<link rel="next">` in an HTML head), the
later pages are named only in a response header.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/ndbg/index.html (the empty list and its loader), /api/v2/ndbg/articles?page=<n>&per_page=<k> (the
  rows, newest first: `per_page` 10 by default, at most 20; a page past the last answers `[]`), articles
  /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json
from math import ceil

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/ndbg/index.html"
API = "/api/v2/ndbg/articles"
LABEL = "政府信息公开年报"
PER_PAGE, MAX_PER_PAGE = 10, 20
LOADER = f"""<script type="text/javascript">
// the interface pages by headers: X-Total-Count, and Link: <…>; rel="next" until the last page
function nbLoad(url) {{
  fetch(url).then(function (r) {{
    var next = /<([^>]+)>;\\s*rel="next"/.exec(r.headers.get("Link") || "");
    return r.json().then(function (rows) {{
      var ul = document.getElementById("nbList");
      rows.forEach(function (row) {{
        var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
        a.href = row.url; a.target = "_blank"; a.textContent = row.title; span.className = "date"; span.textContent = row.date;
        li.appendChild(a); li.appendChild(span); ul.appendChild(li);
      }});
      if (next) {{ nbLoad(next[1]); }}
    }});
  }});
}}
nbLoad("{API}?page=1&per_page={PER_PAGE}");
</script>"""


def page_url(host: str, number: int, per_page: int) -> str:
    return f"http://{host}{API}?page={number}&per_page={per_page}"


def paging_headers(host: str, total: int, number: int, per_page: int) -> tuple[tuple[str, str], ...]:
    """X-Total-Count and the RFC 8288 Link header of page `number`: first, prev, next and last where they apply."""
    last = max(1, ceil(total / per_page))
    rels = [("first", 1)] if number > 1 else []
    rels += [("prev", min(number - 1, last))] if number > 1 else []
    rels += [("next", number + 1)] if number < last else []
    rels += [("last", last)]
    link = ", ".join(f'<{page_url(host, n, per_page)}>; rel="{rel}"' for rel, n in rels)
    return ("X-Total-Count", str(total)), ("Link", link)


def answer(b: Build, host: str, items: list[Article], number: int, per_page: int) -> Page:
    rows = items[(number - 1) * per_page:number * per_page]
    return Page(json.dumps(kit.json_rows(rows, host), ensure_ascii=False).encode(), b.list_date(rows or items),
                "application/json; charset=utf-8", ignores_query=False,
                extra_headers=paging_headers(host, len(items), number, per_page))


def positive(value: str, default: int) -> int:
    return int(value) if value.isdigit() and int(value) > 0 else default


def build_linkheader(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "linkheader"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="openresty")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    kit.trs_column_pages(b, www, county, family, items, urls, nav=nav, folder="/xxgk/ndbg/", salt="lh-art",
                         scripted_except=newest)
    for number in range(1, ceil(len(items) / PER_PAGE) + 1):   # the pages the loader walks
        b.add(www, f"{API}?page={number}&per_page={PER_PAGE}", answer(b, www.host, items, number, PER_PAGE), "list")

    def other_page(method, query, headers, body):   # any page and size the client asks, as the interface pages them
        per_page = min(positive(query.get("per_page", ""), PER_PAGE), MAX_PER_PAGE)
        return answer(b, www.host, items, positive(query.get("page", ""), 1), per_page)

    www.dynamic[API] = other_page
    b.html_page(www, COLUMN, page(county, family, LABEL, f'<h2>{LABEL}</h2><ul class="list" id="nbList"></ul>{LOADER}',
                                  column=LABEL, nav=nav, host=www.host), b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="lh-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
