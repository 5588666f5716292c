"""A district portal whose 政府信息公开年报 专栏 is an empty box drawn from a HAL interface of the kind Spring Data REST
writes (the Java stack many newer 政务公开 platforms run on), served as `application/hal+json`: each answer is
`{"_embedded": {"gknb": [...]}, "_links": {"self": …, "next": {"href": …}}, "page": {…}}`, every entry's page named
only by its own `_links.article.href` (a path on the portal, no `url` field), and the column's script follows
`_links.next.href` until an answer has no `next`. Only the first page's address is written in the column page; the
later pages' addresses are written nowhere but in the `_links` of the page before, and the answers carry no
`text/` or `application/json` type (held out of tuning, sixty-fifth round).

Modelled on http://www.tjjz.gov.cn/zwgk/zfxxgk/zfxxgkqzf1/zfxxgknb2/2021n/202203/t20220301_5817391.html (天津市蓟州区's
2021 report in the district's 政府信息公开年报 column, a folder a year `zfxxgknb2/<YYYY>n/` of TRS articles
`<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family's articles take, a folder of a kind of unit added),
http://www.tjhb.gov.cn/zwgk/zfxxgk/zfxxgkjz/qrmzfxkhjdbsc/zfxxgknb38/202601/t20260120_7227396.html (河北区新开河街道's 2025
report: a 街道's report on its district's portal), https://www.tjbd.gov.cn/zwgk/zfxxgkqjjg/whlyj/zfxxgknb18/202601/t20260126_7231121.html
(宝坻区文化和旅游局's 2025 report: a 委办局's) and http://www.kzrd.com/news/HTML_M/202502/2026.html (a copy of 天津市和平区's
2018 report: a pre-2019 district report). The HAL interface is
this family's choice (HAL, draft-kelly-json-hal: `_links` of link objects with `href`, `_embedded` resources; Spring
Data REST's paged collections add `first`/`next`/`last` links and a `page` object; the cited pages do not show their
list interface). Unlike nextjson (a whole URL in a top-level `next` field, rows with a `link` field, served as
application/json), relnext (an HTML page's `<link rel="next">`) or linkheader (HTTP Link headers), the next page and
every entry's page are `href`s nested in `_links` objects of a hal+json answer, relative to the host.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the 专栏), /zwgk/zfxxgk/zfxxgknb/index.html (the 专栏: an empty box and its loader),
  /gknb/api/gknb?page=<n>&size=10 (the pages, zero-based, newest first; an unknown page answers 404),
  /gknb/api/gknb/<7 digits> (each entry's own resource, its `self`),
  articles /zwgk/zfxxgk/zfxxgknb/<YYYY>n/<qzf|bm|jd|jd_wz>/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html (the year a report's
  own, anything else's its publication year).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, moment
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

HAL_TYPE = "application/hal+json"
ROOT = "/zwgk/zfxxgk/zfxxgknb/"
COLUMN = ROOT + "index.html"
API = "/gknb/api/gknb"
PAGE_SIZE = 10
LABEL = "政府信息公开年报"
# the folder of a kind of unit (qzf: the district government, bm: 委办局, jd: 街道); jd_wz: not a report
UNIT_FOLDERS = {"gov": "qzf", "office": "qzf", "department": "bm", "township": "jd", "zone": "bm"}
LOADER = f"""<script type="text/javascript">
function drawPage(href) {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", href);
  xhr.setRequestHeader("Accept", "application/hal+json");
  xhr.onload = function () {{
    var res = JSON.parse(xhr.responseText), ul = document.getElementById("gknbList");
    (res._embedded ? res._embedded.gknb : []).forEach(function (row) {{
      var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
      a.href = row._links.article.href; a.target = "_blank"; a.textContent = row.title;
      span.className = "date"; span.textContent = row.publishDate;
      li.appendChild(a); li.appendChild(span); ul.appendChild(li);
    }});
    if (res._links.next) {{ drawPage(res._links.next.href); }}
  }};
  xhr.send();
}}
document.addEventListener("DOMContentLoaded", function () {{ drawPage("{API}?page=0&size={PAGE_SIZE}"); }});
</script>"""


def page_href(number: int) -> str:
    """The host-relative address of the zero-based page `number`, as the `_links` write it."""
    return f"{API}?page={number}&size={PAGE_SIZE}"


def hal_entry(art: Article, entry_id: int, host: str) -> dict:
    """One entry as a HAL resource: its title and date, its own resource's link (`self`, served too) and its page's
    (`article`), both host-relative."""
    return {"title": art.title, "publishDate": art.date_text,
            "_links": {"self": {"href": f"{API}/{entry_id}"}, "article": {"href": art.url.split(host, 1)[1]}}}


def hal_page(rows: list[Article], number: int, pages: int, total: int, ids: dict[str, int], host: str) -> dict:
    """One answer of the paged collection: the rows as embedded resources, the collection's links (`next` and
    `prev` only where there is one), Spring Data REST's `page` object."""
    links = {"first": {"href": page_href(0)}, "self": {"href": page_href(number)}}
    if number > 0:
        links["prev"] = {"href": page_href(number - 1)}
    if number + 1 < pages:
        links["next"] = {"href": page_href(number + 1)}
    links["last"] = {"href": page_href(pages - 1)}
    return {"_embedded": {"gknb": [hal_entry(a, ids[a.key], host) for a in rows]}, "_links": links,
            "page": {"size": PAGE_SIZE, "totalElements": total, "totalPages": pages, "number": number}}


def build_halnext(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "halnext"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)

    def doc_id(art: Article) -> int:
        return stable_int("hn-art", county.pinyin, art.key, digits=7)

    def path(art: Article) -> str:
        kind = UNIT_FOLDERS[art.report.unit.kind] if art.report else "jd_wz"
        year = kit.entry_year(art)
        return kit.trs_path(f"{ROOT}{year}n/{kind}/", art.day, doc_id(art))

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                            serial=doc_id, path=path, column=LABEL)
    ids = {a.key: doc_id(a) for a in entries}
    chunks = [entries[i:i + PAGE_SIZE] for i in range(0, len(entries), PAGE_SIZE)]
    for n, rows in enumerate(chunks):
        answer = hal_page(rows, n, len(chunks), len(entries), ids, www.host)
        b.add(www, page_href(n), Page(json.dumps(answer, ensure_ascii=False).encode(), b.list_date(rows), HAL_TYPE,
                                      ignores_query=False), "list")
    for art in entries:   # each entry's own resource, as Spring Data REST serves an item at its `self` link
        b.add(www, f"{API}/{ids[art.key]}", Page(json.dumps(hal_entry(art, ids[art.key], www.host), ensure_ascii=False)
                                               .encode(), moment(art.day), HAL_TYPE), "list")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, '<ul class="list" id="gknbList"></ul>', entries,
                         nav=nav, scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="hn-news")
    return urls
