"""A district portal whose 政府信息公开年报 column is an empty box drawn from a JSON:API interface (jsonapi.org 1.0, the
format Drupal's and many Java 数字政府 platforms' content APIs answer in), served as `application/vnd.api+json`: each
answer is `{"data": [...], "included": [...], "links": {"next": …}, "meta": {…}}`, every entry of `data` a `gknb`
resource with a title and a date but no address, tied by `relationships.webpage.data` (a type and an id) to a
`webpage` resource in the top-level `included` array — a compound document — whose `links.self` is the page's URL.
`included` is sorted by id, not in the order of `data`, so an entry's page is found only by joining type and id. The
next page is named only by `links.next` of the answer before, a whole URL with JSON:API's bracketed, percent-encoded
paging parameters (`page%5Boffset%5D=10&page%5Blimit%5D=10`); the column page names only the first (held out of
tuning, sixty-seventh round).

Modelled on http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/2016777152224657410.html (西安市莲湖区桃园路街道's 2025
report) and http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/2015688824118050818.html (北关街道's 2025 report):
a Shaanxi district portal whose 信息公开年报 column keeps its 部门 and 街道 reports in a `bmxxgknb` folder, each at
`<19-digit id>.html` (a snowflake id, what newer Java content platforms mint), the layout this family takes, the
government's own reports in a `zfxxgknb` folder beside it (the builder's choice), and
https://www.guiyang.gov.cn/zwgk/zfxxgks/zfxxgknb/2018n/202001/t20200117_43521616.html (贵阳市's 2018 report: a
pre-2019 report kept in its column). That the column is drawn from a JSON:API interface is this family's choice
(JSON:API 1.0: compound documents, `relationships` resource linkage, `included`, pagination `links`; the cited pages
are text and do not show how their lists load). Unlike nextjson (a top-level `next` and rows with a `link` field),
halnext (each entry's page in its own nested `_links.article.href`) or graphql (a POSTed query), no entry carries its
page: the address sits in another array of the answer, tied to the entry only by a type and an id.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the column), /zwgk/zfxxgk/xxgknb/index.html (an empty list and its loader),
  /api/v1/gknb?include=webpage&page%5Boffset%5D=<n>&page%5Blimit%5D=10 (the pages, newest first; an unknown page
  answers 404), /api/v1/gknb/<19 digits> (each entry's own resource, its `links.self`), articles
  /zwgk/zfxxgk/xxgknb/<zfxxgknb|bmxxgknb>/<19 digits>.html (the government's in zfxxgknb, its units' in bmxxgknb).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, moment
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

JSONAPI_TYPE = "application/vnd.api+json"
ROOT = "/zwgk/zfxxgk/xxgknb/"
COLUMN = ROOT + "index.html"
API = "/api/v1/gknb"
PAGE_SIZE = 10
LABEL = "政府信息公开年报"
# the government's own reports (and the column's other entries) in zfxxgknb, every unit's in bmxxgknb
GOV_FOLDER, UNIT_FOLDER = "zfxxgknb", "bmxxgknb"
LOADER = f"""<script type="text/javascript">
function drawPage(href) {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", href);
  xhr.setRequestHeader("Accept", "{JSONAPI_TYPE}");
  xhr.onload = function () {{
    var doc = JSON.parse(xhr.responseText), pages = {{}}, ul = document.getElementById("xxgknbList");
    (doc.included || []).forEach(function (res) {{ pages[res.type + ":" + res.id] = res; }});
    doc.data.forEach(function (row) {{
      var link = row.relationships.webpage.data, page = pages[link.type + ":" + link.id];
      var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
      a.href = page.links.self; a.target = "_blank"; a.textContent = row.attributes.title;
      span.className = "date"; span.textContent = row.attributes.publishDate;
      li.appendChild(a); li.appendChild(span); ul.appendChild(li);
    }});
    if (doc.links.next) {{ drawPage(doc.links.next); }}
  }};
  xhr.send();
}}
document.addEventListener("DOMContentLoaded", function () {{ drawPage("{API}?include=webpage&page[offset]=0&page[limit]={PAGE_SIZE}"); }});
</script>"""


def page_path(offset: int) -> str:
    """The address of the page starting at `offset`, its brackets percent-encoded as the `links` write them."""
    return f"{API}?include=webpage&page%5Boffset%5D={offset}&page%5Blimit%5D={PAGE_SIZE}"


def resource(art: Article, entry_id: int, page_id: int, base: str) -> dict:
    """One entry as a JSON:API resource object: its attributes, its own link, and its webpage by type and id only."""
    return {"type": "gknb", "id": str(entry_id),
            "attributes": {"title": art.title, "publishDate": art.date_text},
            "relationships": {"webpage": {"data": {"type": "webpage", "id": str(page_id)}}},
            "links": {"self": f"{base}{API}/{entry_id}"}}


def compound_page(rows: list[Article], offset: int, total: int, ids: dict[str, tuple[int, int]], base: str) -> dict:
    """One answer: the rows as `data`, their webpages in `included` (sorted by id, not by row), the pagination links
    (`prev` and `next` only where there is one), the total in `meta`."""
    data = [resource(a, *ids[a.key], base) for a in rows]
    included = sorted(({"type": "webpage", "id": str(ids[a.key][1]), "links": {"self": a.url}} for a in rows),
                      key=lambda res: res["id"])
    last = (total - 1) // PAGE_SIZE * PAGE_SIZE
    links = {"self": base + page_path(offset), "first": base + page_path(0)}
    if offset > 0:
        links["prev"] = base + page_path(offset - PAGE_SIZE)
    if offset + PAGE_SIZE < total:
        links["next"] = base + page_path(offset + PAGE_SIZE)
    links["last"] = base + page_path(last)
    return {"jsonapi": {"version": "1.0"}, "data": data, "included": included, "links": links,
            "meta": {"total": total}}


def build_jsonapi(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsonapi"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    base = f"http://{www.host}"

    def page_id(art: Article) -> int:
        return stable_int("ja-page", county.pinyin, art.key, digits=19)

    def path(art: Article) -> str:
        unit = art.report.unit.kind if art.report else "gov"
        return f"{ROOT}{GOV_FOLDER if unit == 'gov' else UNIT_FOLDER}/{page_id(art)}.html"

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                            serial=page_id, path=path, column=LABEL)
    ids = {a.key: (stable_int("ja-entry", county.pinyin, a.key, digits=19), page_id(a)) for a in entries}
    for offset in range(0, len(entries), PAGE_SIZE):
        rows = entries[offset:offset + PAGE_SIZE]
        answer = compound_page(rows, offset, len(entries), ids, base)
        b.add(www, page_path(offset), Page(json.dumps(answer, ensure_ascii=False).encode(), b.list_date(rows),
                                           JSONAPI_TYPE, ignores_query=False), "list")
    for art in entries:   # each entry's own resource at its `links.self`: a single resource, no `included`
        entry_id, _ = ids[art.key]
        single = {"jsonapi": {"version": "1.0"}, "data": resource(art, *ids[art.key], base)}
        b.add(www, f"{API}/{entry_id}", Page(json.dumps(single, ensure_ascii=False).encode(), moment(art.day),
                                             JSONAPI_TYPE), "list")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, '<ul class="list" id="xxgknbList"></ul>', entries,
                         nav=nav, scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="ja-news")
    return urls
